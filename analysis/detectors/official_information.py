"""official_information: operations, seizures, detentions, policy, courts, casework, told from the inside (§5, §2)."""
from __future__ import annotations

from .base import Detector
from .context import WordSet


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

    def analyze(self, doc, item, ctx):
        out, seen = [], set()
        for sent in self.allowed_sents(ctx):
            insider = self._insider(sent, ctx)
            if not insider or (not sent.first_person and any(rx.search(sent.text) for rx in self.outsider)):
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
                    out.append(d)
        return out
