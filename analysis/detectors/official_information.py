"""official_information: operations, seizures, detentions, policy, courts, casework, told from the inside (§5, §2)."""
from __future__ import annotations

from . import learned
from .base import Detector
from .context import WordSet

# What a learned hit's nearest labelled example says it is about (data/sentences kinds), as the rules name it.
LEARNED_KINDS = {"seizures": ("seizures", "Seizures of goods"), "search": ("searches", "How searches are done"),
                 "detentions": ("detentions", "Detentions and removals"), "courts": ("courts", "Matters before the courts"),
                 "operations": ("operations", "Operations"), "casework": ("casework", "Day-to-day casework")}


class OfficialInformationDetector(Detector):
    CATEGORY = "official_information"
    LEXICON = "official_information"

    def __init__(self, lexicon=None):
        super().__init__(lexicon)
        self.insider = WordSet(self.words("insider"))
        self.outsider = self.regexes("outsider")

    def _insider(self, sent, ctx) -> list[str]:
        """Why this sentence is told from the inside: first person, implied first person, or work words."""
        words = self.insider.find(sent.text) + ctx.shared.first_person.find(sent.text)
        if sent.implied_first_person:
            words.append("(implied I)")
        return words

    def _told_from_inside(self, sent, ctx) -> list[str]:
        """The insider words of a sentence, or [] when it is not told from the inside (or an outsider tells it)."""
        insider = self._insider(sent, ctx)
        if not insider or (not sent.first_person and any(rx.search(sent.text) for rx in self.outsider)):
            return []
        return insider

    def analyze(self, doc, item, ctx):
        out, seen, hit = [], set(), set()
        for sent in self.allowed_sents(ctx):
            insider = self._told_from_inside(sent, ctx)
            if not insider:
                continue
            units = [(m.start_char - sent.span.start_char, m.end_char - sent.span.start_char) for m in ctx.facts.org_mentions
                     if sent.span.start <= m.start < sent.span.end]
            work = ctx.shared.work_in(sent.text) + [t.text.lower() for t in ctx.facts.terms("TOPIC")
                                                     if sent.span.start <= t.start < sent.span.end]
            for p in self.PATTERNS:
                m = next((m for m in p.regex.finditer(sent.text)
                          if not any(s <= m.start() < e for s, e in units)), None)   # "Visa Compliance team" is the unit
                if not m or p.key in seen:
                    continue
                seen.add(p.key)
                score = ctx.enhancer.enhance(p.confidence - 0.2, insider + work)      # insider is never empty here
                d = self.detection(ctx, value=p.value, key=f"official_information:{p.key}", confidence=score, pattern=p.id,
                                   excerpt_text=sent.text, support=[m.group(0).lower(), *insider],
                                   attrs={"topic": p.key})
                if d:
                    hit.add(sent.span.start)
                    out.append(d)
        for sent, v in learned.proposals(self, ctx, hit):
            insider = self._told_from_inside(sent, ctx)
            key, value = LEARNED_KINDS.get(v.kind, ("operations", "Operations"))
            if not insider or key in seen:
                continue
            seen.add(key)
            d = learned.detection(self, ctx, sent, v, value=value, key=f"official_information:{key}", support=insider,
                                  attrs={"topic": key})
            if d:
                out.append(d)
        return out
