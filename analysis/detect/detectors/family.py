"""family: an identifiable family member, by relation and name (Introduction: families)."""
from __future__ import annotations

from footprint.analysis.detect.detectors.base import Detector
from footprint.analysis.detect.detectors.relation_forms import form_detections

_PLURAL = {"twins": "twin", "kids": "child", "boys": "son", "girls": "daughter", "children": "child", "sons": "son",
           "daughters": "daughter", "grandkids": "grandchild", "grandchildren": "grandchild", "mom": "mum",
           "in-laws": "in-law", "inlaws": "in-law", "parents": "parent", "folks": "parent", "grandparents": "grandparent"}


class FamilyDetector(Detector):
    CATEGORY = "family"
    LEXICON = "family"
    OWNED = 0.85        # "my wife Sarah"
    VOCATIVE = 0.75     # "Mum (Linda)", "Grandma Joan"
    LOOKBACK = 4

    def __init__(self, lexicon=None):
        super().__init__(lexicon)
        p = self.words
        self.own, self.modifiers, self.not_family = set(p("own")), set(p("modifiers")), set(p("not_family"))
        self.collective, self.vocative = set(p("collective")), set(p("vocative"))
        self.mates = set(p("mates_collective"))
        self.school_rx = self.regexes("school")
        self.work_rx = self.regexes("workplace")

    def _owned(self, doc, rel, sent) -> str | None:
        """How the relation is the subject's: 'owned' (my/our), 'vocative' (Mum ...), 'the' (the twins, ...), else None."""
        i = rel.start - 1
        if i >= sent.span.start and doc[i].lower_ in self.not_family:
            return None
        steps = 0
        while i >= sent.span.start and steps < self.LOOKBACK:
            low = doc[i].lower_
            if low in self.own:
                return "owned"
            if low not in self.modifiers and not doc[i].is_punct:
                break
            i -= 1
            steps += 1
        first = next(t for t in sent.span if not t.is_punct)
        if rel.start == first.i and rel.text[:1].isupper() and rel.text.lower() in self.vocative:
            return "vocative"
        if (rel.start - 1 >= sent.span.start and doc[rel.start - 1].lower_ == "the" and rel.text.lower() in self.collective
                and rel.end < len(doc) and doc[rel.end].text == ","):
            if rel.text.lower() in self.mates and rel.start - 2 >= sent.span.start and doc[rel.start - 2].lower_ == "with":
                return None           # "golf with the boys, Dave and Rick": mates (the associate detector's)
            return "the"
        return None

    def analyze(self, doc, item, ctx):
        out = []
        for rel in ctx.facts.relations:
            sent = ctx.facts.sent_of(rel.start)
            how = self._owned(doc, rel, sent)
            if how is None or (rel.end < len(doc) and doc[rel.end].lower_ in ("'s", "’s", "of", "in")):
                continue
            relation = _PLURAL.get(rel.text.lower(), rel.text.lower())
            names = ctx.names_after(rel.end, sent.span.end, allow_list=rel.text.lower() in self.collective)
            attrs_extra = self._extras(sent.text)
            for name in names:
                score = self.OWNED if how != "vocative" else self.VOCATIVE
                d = self.detection(ctx, value=f"{name} ({relation})", key=f"family:{name}", confidence=score,
                                   pattern=f"relation_{how}_name", excerpt_text=sent.text, support=[rel.text.lower()],
                                   attrs={"relation": relation, "person": name, **attrs_extra})
                if d:
                    out.append(d)
        return out + self._forms(doc, ctx, {d.attrs["person"].lower() for d in out})

    def _forms(self, doc, ctx, seen: set[str]):
        """Relations stated other ways: "husband to Sarah", "the kids, Mia & Noah", "my other half Jen"."""
        return form_detections(self, doc, ctx, seen, self._extras)

    def _extras(self, text: str) -> dict:
        extra = {}
        for rx in self.school_rx:
            m = rx.search(text)
            if m:
                extra["school"] = m.group(1).strip()
                break
        for rx in self.work_rx:
            m = rx.search(text)
            if m:
                extra["workplace"] = m.group(1).strip()
                break
        return extra
