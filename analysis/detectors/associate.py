"""associate: a named friend or associate who is not a colleague (Introduction)."""
from __future__ import annotations

from .base import Detector
from .context import WordSet


class AssociateDetector(Detector):
    CATEGORY = "associate"
    LEXICON = "associate"
    OWNED = 0.8          # "my mate Dave"
    OPENING = 0.7        # "Housemate Tegan made a roast"
    LOOKBACK = 4

    def __init__(self, lexicon=None):
        super().__init__(lexicon)
        self.triggers = WordSet(lexicon.phrases("triggers") if lexicon else ())
        self.own = set(lexicon.phrases("own")) if lexicon else {"my", "our"}

    def analyze(self, doc, item, ctx):
        out = []
        seen: set[str] = set()
        for sent in ctx.facts.sents:
            if self.denied(sent.text):
                continue
            for m in self.triggers.rx.finditer(sent.text):
                span = doc.char_span(sent.span.start_char + m.start(), sent.span.start_char + m.end(), alignment_mode="expand")
                if span is None:
                    continue
                how = self._how(doc, span, sent)
                if how is None:
                    continue
                names = ctx.names_after(span.end, sent.span.end, skip_commas=how == "owned")
                word = m.group(0).lower()
                for name in names:
                    if name.lower() in seen:
                        continue
                    seen.add(name.lower())
                    d = self.detection(ctx, value=f"{name} ({word})", key=f"associate:{name}",
                                       confidence=self.OWNED if how == "owned" else self.OPENING,
                                       pattern=f"{word.replace(' ', '_')}_{how}", excerpt_text=sent.text, support=[word],
                                       attrs={"relation": word, "person": name})
                    if d:
                        out.append(d)
        return out

    def _how(self, doc, span, sent):
        i, steps = span.start - 1, 0
        while i >= sent.span.start and steps < self.LOOKBACK:
            low = doc[i].lower_
            if low in self.own:
                return "owned"
            if low in ("a", "the", "of", "an", "his", "her", "their", "your") or doc[i].pos_ == "VERB":
                return None
            i -= 1
            steps += 1
        first = next(t for t in sent.span if not t.is_punct)
        if span.start == first.i and span.text[:1].isupper() and span.end < len(doc) and doc[span.end].text != ",":
            return "opening"
        return None
