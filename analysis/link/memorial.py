"""A late parent or grandparent remembered by full name and the years of a life, told by a kin word elsewhere.

A memorial blog is titled "Remembering <Full Name> (1949-2026)"; its about line says "a page for Dad, kept by his son".
Neither alone says who the full name is to the subject: together they do. The corpus must name ONE such life (two
memorials, of a parent and a friend, make it unclear) and the kin words of the same post or profile must agree on one
relation ("My dad loved him" of a club's coach is no kin word for the coach); a name already placed is left alone. The cues are data in family.toml (`memorial_*`).
"""
from __future__ import annotations

from footprint.analysis.detect.detectors.context import SubjectNames
from footprint.analysis.detect.detectors.first_names import first_names
from footprint.analysis.detect.detectors.lexicon import Lexicon, load_lexicon
from footprint.analysis.findings import Detection
from footprint.analysis.link.corpus_units import in_corpus_order, sentence_evidence, sentences

DETECTOR = "PeopleLinker"
CONFIDENCE = 0.65
_KIN = {"dad": "father", "father": "father", "papa": "father", "mum": "mother", "mom": "mother", "mother": "mother",
        "mama": "mother", "pop": "grandfather", "poppy": "grandfather", "grandad": "grandfather", "grandpa": "grandfather",
        "grandfather": "grandfather", "nan": "grandmother", "nana": "grandmother", "nanna": "grandmother",
        "grandma": "grandmother", "grandmother": "grandmother"}
_BY = {("his", "son"): "father", ("his", "daughter"): "father", ("her", "son"): "mother", ("her", "daughter"): "mother",
       ("his", "grandson"): "grandfather", ("his", "granddaughter"): "grandfather", ("her", "grandson"): "grandmother",
       ("her", "granddaughter"): "grandmother"}


class Memorial:
    def __init__(self, lexicon: Lexicon | None = None):
        lex = lexicon or load_lexicon("family")
        r = lambda n: lex.regex.get(n, ())     # noqa: E731
        self.name_rx, self.cue_rx, self.kin_rx = r("memorial_name"), r("memorial_cue"), r("memorial_kin")

    def remembered(self, units: list, subject: SubjectNames, detections: list[Detection]) -> list[Detection]:
        units = in_corpus_order(units)
        lives: dict[str, tuple] = {}
        relations: dict[str, set[str]] = {}       # the kin words of each post or profile (by its address)
        for u in units:
            cue = any(rx.search(u.text) for rx in self.cue_rx)
            for rx in self.name_rx:
                for m in rx.finditer(u.text):
                    words = m.group("name").split()
                    while words and not first_names().is_first_name(words[0]):
                        words = words[1:]             # "Remembering Douglas Penhall": the cue word opens the run
                    name = " ".join(words)
                    if cue and len(words) >= 2 and not subject.matches(name):
                        lives.setdefault(name, (u, m.group(0)))
            for rx in self.kin_rx:
                for m in rx.finditer(u.text):
                    groups = m.groupdict()
                    if groups.get("kin"):
                        rel = _KIN.get(groups["kin"].lower(), "")
                    else:
                        by = groups["by"].lower().rstrip("s")
                        rel = _BY.get((groups["pron"].lower(), by), "father" if groups["pron"].lower() == "his" else "mother")
                    relations.setdefault(u.url, set()).add(rel)
        if len(lives) != 1:
            return []
        (name, (u, said)), = lives.items()
        kin = relations.get(u.url, set()) - {""}
        if len(kin) != 1:
            return []                               # no kin word beside the memorial, or two that disagree
        taken = {d.attrs.get("person", "").lower() for d in detections if isinstance(d.attrs, dict)}
        if name.lower() in taken:
            return []
        relation = next(iter(kin))
        sent = next((s for s in sentences(u.text) if name in s), u.text)
        return [Detection(category="family", value=f"{name} (late {relation})", key=f"family:{name.lower()}",
                          confidence=CONFIDENCE, detector=DETECTOR, pattern="memorial_named_kin",
                          evidence=sentence_evidence(u, sent), support=[said.lower()[:60], relation],
                          attrs={"relation": relation, "person": name, "late": True})]
