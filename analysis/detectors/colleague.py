"""colleague: other people identified as working at the organisation (§2, §5)."""
from __future__ import annotations

import re

from .base import Detector
from .context import WordSet

_MENTION = re.compile(r"(?<![\w.@])@([A-Za-z0-9_][A-Za-z0-9_.]{1,29}[A-Za-z0-9_])(?:@[\w.-]+)?")


class ColleagueDetector(Detector):
    CATEGORY = "colleague"
    LEXICON = "colleague"
    STRONG = 0.8
    WEAK_WITH_WORK = 0.7

    def __init__(self, lexicon=None):
        super().__init__(lexicon)
        self.strong = WordSet(lexicon.phrases("strong") if lexicon else ())
        self.weak = WordSet(lexicon.phrases("weak") if lexicon else ())

    def analyze(self, doc, item, ctx):
        out = []
        facts = ctx.facts
        for sent in facts.sents:
            strong = self.strong.find(sent.text)
            weak = self.weak.find(sent.text)
            if not strong and not weak or self.denied(sent.text):
                continue
            org_here = bool(ctx.item_facts.orgs) or any(sent.span.start <= m.start < sent.span.end for m in facts.org_mentions)
            if strong:
                score, support, pattern = self.STRONG, strong, "colleague_word"
            elif org_here or (ctx.shared.work_in(sent.text) and ctx.item_facts.work and ctx.item_facts.orgs):
                score, support, pattern = self.WEAK_WITH_WORK, weak, "work_word_with_org"
            else:
                continue
            names = self._names(doc, sent, ctx, strong or weak, whole_sentence=bool(strong))
            for name, handle in names:
                label = f"@{handle}" if handle else name
                d = self.detection(ctx, value=f"{label} (colleague)", key=f"colleague:{(handle or name).lower()}",
                                   confidence=score, pattern=pattern, excerpt_text=sent.text, support=support,
                                   attrs={"relation": "colleague", "person": name or "", "handle": handle or ""})
                if d:
                    out.append(d)
        return out

    def _names(self, doc, sent, ctx, triggers, whole_sentence: bool):
        found: dict[str, tuple[str, str]] = {}
        low = sent.lower
        for trig in triggers:
            pos = low.find(trig)
            if pos < 0:
                continue
            span = doc.char_span(sent.span.start_char + pos, sent.span.start_char + pos + len(trig), alignment_mode="expand")
            if span is None:
                continue
            j = span.end
            if j < sent.span.end and doc[j].lower_ in ("for", "to", "from", ","):
                j += 1
            for n in ctx.names_after(j, sent.span.end):
                found.setdefault(n.lower(), (n, ""))
        for ent in ctx.facts.persons if whole_sentence else ():
            if sent.span.start <= ent.start < sent.span.end:
                toks = [t for t in ent if ctx.is_name_token(t)]
                if toks and toks[-1].i == ent.end - 1:
                    name = " ".join(t.text for t in toks)
                    if not ctx.subject.matches(name) and not any(name.lower() in k or k in name.lower() for k in found):
                        found[name.lower()] = (name, "")
        for m in _MENTION.finditer(sent.text) if whole_sentence or ctx.item_facts.orgs else ():
            handle = m.group(1)
            if not ctx.subject.matches(handle):
                found.setdefault("@" + handle.lower(), ("", handle))
        return list(found.values())
