"""associate: a named friend or associate who is not a colleague (Introduction)."""
from __future__ import annotations

from ..nlp import is_verb
from .base import Detector
from .context import WordSet
from .relation_forms import relation_forms


class AssociateDetector(Detector):
    CATEGORY = "associate"
    LEXICON = "associate"
    OWNED = 0.8          # "my mate Dave"
    OPENING = 0.7        # "Housemate Tegan made a roast"
    LOOKBACK = 4

    def __init__(self, lexicon=None):
        super().__init__(lexicon)
        self.triggers = WordSet(self.words("triggers"))
        self.own = set(lexicon.phrases("own")) if lexicon else {"my", "our"}
        self.housemate = self.regexes("housemate")

    def analyze(self, doc, item, ctx):
        out = []
        # a person a family form names ("married to my best friend Nadine") is family, not a friend
        seen: set[str] = {h.name.lower() for h in relation_forms().hits(doc, ctx) if h.form.category == "family"}
        for sent in self.allowed_sents(ctx):
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
        out += self._moved_in(doc, ctx, seen)
        return out + self._forms(doc, ctx, seen)

    def _forms(self, doc, ctx, seen: set[str]):
        """Friends named by what was done with them: "beers with Tommo and Rick", "thanks @jess for the lift"."""
        out = []
        for hit in relation_forms().hits(doc, ctx):
            if hit.form.category != self.CATEGORY or hit.name.lower() in seen:
                continue
            seen.add(hit.name.lower())
            d = self.detection(ctx, value=f"{hit.name} ({hit.relation})", key=f"associate:{hit.name}",
                               confidence=hit.form.confidence, pattern=f"form_{hit.form.id}", excerpt_text=hit.sentence,
                               support=[hit.support], attrs={"relation": hit.relation, "person": hit.name})
            if d:
                out.append(d)
        return out

    def _moved_in(self, doc, ctx, seen: set[str]):
        """A named person moving into the subject's home: a housemate."""
        out = []
        for sent in self.allowed_sents(ctx):
            for rx in self.housemate:
                for m in rx.finditer(sent.text):
                    start = sent.span.start_char + m.start(1)
                    span = doc.char_span(start, start + len(m.group(1)), alignment_mode="contract")
                    if span is None or not all(ctx.is_name_token(t) for t in span):
                        continue
                    name = span.text
                    if ctx.subject.matches(name) or name.lower() in seen:
                        continue
                    seen.add(name.lower())
                    d = self.detection(ctx, value=f"{name} (housemate)", key=f"associate:{name}", confidence=self.OWNED,
                                       pattern="moved_in_housemate", excerpt_text=sent.text,
                                       support=[m.group(0)[len(m.group(1)):].strip().lower()[:40]],
                                       attrs={"relation": "housemate", "person": name})
                    if d:
                        out.append(d)
        return out

    def _how(self, doc, span, sent):
        i, steps = span.start - 1, 0
        while i >= sent.span.start and steps < self.LOOKBACK:
            low = doc[i].lower_
            if low in self.own:
                return "owned"
            if low in ("a", "the", "of", "an", "his", "her", "their", "your") or is_verb(doc[i]):
                return None
            i -= 1
            steps += 1
        first = next(t for t in sent.span if not t.is_punct)
        if span.start == first.i and span.text[:1].isupper() and span.end < len(doc) and doc[span.end].text != ",":
            return "opening"
        return None
