"""Children named only by what they did for a junior team, in the corpus of a subject whose bio says parent.

A bio reads "Proud dad of twins" and names nobody; months later a post says
"Lachie bagged two goals for the Thirroul Under 9s". Neither text alone
says whose child Lachie is; together they do. This reads the whole corpus
(the linking stage's units): when a profile field states the subject is a
parent, a sentence that opens on a lone given name (no surname) and says
the child scored or starred for a junior side (Under 9s, U12s, juniors,
Auskick, nippers) names one of the subject's children. A corpus that names
more such players than a family has children (MAX_CHILDREN), or talks of
coaching, is a coach's or a reporter's: nothing is found there.
"""
from __future__ import annotations

import re
from typing import Iterable

from footprint.analysis.detect.detectors.context import NAME_RX, SubjectNames
from footprint.analysis.detect.detectors.first_names import first_names
from footprint.analysis.detect.detectors.lexicon import Lexicon, load_lexicon
from footprint.analysis.findings import Detection
from footprint.analysis.link.corpus_units import in_corpus_order, sentence_evidence, sentences
from footprint.analysis.detect.name_letters import compile_wide

DETECTOR = "PeopleLinker"
CONFIDENCE = 0.7
MAX_CHILDREN = 4
# A lower-case opening name, possessive or subject of a verb: "matilda's under 11s", "hugo kicked".
_LOWER_FIRST = re.compile(r"^[\W_]*([a-z]{3,})(?=(?:\x27s|’s)\b|\s+(?:was|is|has|had|kicked|scored|got|won|made|started|lost|bagged)\b)")
# A lone given name's possessive inside the sentence, not after another name word ("Taylor Swift's").
_POSSESSIVE = compile_wide(r"(?<![@\w\x27’-])([A-Za-z][a-z]{2,})(?:\x27s|’s)\b")
# A child the sentence says is someone else's or another relative ("she's my niece", "my mate's boy").
_SOMEONE_ELSES = re.compile(r"(?i)\b(?:niece|nephew|grand(?:son|daughter|kid|child)s?|godson|goddaughter|cousin|"
                            r"(?:friend|mate|sister|brother|neighbour|neighbor)(?:\x27s|’s))\b")
# Lower-case words the gazetteer may hold as names but a sentence opens on as words.
_LOWER_NOT_NAMES = frozenset({"today", "tonight", "everyone", "someone", "nobody", "christmas", "easter", "school",
                              "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "summer",
                              "winter", "autumn", "spring", "mum", "dad", "nan", "pop", "mother", "father", "baby"})
_DROPPED = compile_wide(r"\b(?i:dropped|dropping|drop|took|taking|walked|walking|drove|driving)\s+(?i:off\s+)?"
                      r"([A-Z][a-z]+)\b(?!\s+[A-Z])")
# A child's own junior side: "<Name>'s <club, up to three words> under 8s" / "... U10s" / "... Auskick".
_OWN_SIDE = compile_wide(r"(?<![\w@])([A-Za-z][a-z]{2,})(?:\x27s|’s)\s+(?:[\w\x27’]+\s+){0,3}?"
                       r"(?i:(?:under|u)[\s-]?\d{1,2}s?|juniors?|auskick|nippers|miniroos|netsetgo)\b")
_FIRST_WORDS = compile_wide(r"^[\W_]*([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:\s+([A-Z][a-z]+))?")


def _rx(words: Iterable[str]) -> re.Pattern:
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?i)\b(?:{body})\b")


class JuniorSport:
    def __init__(self, lexicon: Lexicon | None = None):
        lex = lexicon or load_lexicon("family")
        self.parent_rx = lex.regex.get("parent_bio", ())
        self.junior_rx = lex.regex.get("junior_team", ())
        self.scored = _rx(lex.phrases("junior_deeds"))
        self.coaching = _rx(lex.phrases("coaching"))
        self.parent_post_rx = lex.regex.get("parent_post", ())
        # a child's own occasion, a school run, or a young child's day (an age, a lesson, bedtime, nappies: round 10)
        self.activity_rx = (lex.regex.get("child_activity", ()) + lex.regex.get("school_run", ())
                            + lex.regex.get("child_context", ()))
        self.pets = load_lexicon("people").phrases("pets")
        self.pet_rx = _rx(self.pets)                        # "Pepper's a nine-year-old border collie": a dog
        self.handle_rx = lex.regex.get("parent_handle", ())
        self.names = first_names()

    def _child_name(self, sent: str) -> str:
        """The lone given name a sentence opens on ("Arlo kicked", "Hugo's first recital"), also written in
        lower case as a forum's register has it ("matilda's under 11s"): the gazetteer must know it, it
        must not be a word that is only sometimes a name, and no surname may follow."""
        m = _FIRST_WORDS.match(sent)
        if m and self.names.is_first_name(m.group(1)):
            if m.group(2) and NAME_RX.match(m.group(2)) and m.group(2).lower() not in ("under", "and"):
                return ""                         # "Jayden Smith kicked...": a full name, not a parent's kid
            return m.group(1)
        low = _LOWER_FIRST.match(sent)
        if low is None:                           # "so proud of hugo's first recital", "Cried at Elsie's concert"
            low = next((p for p in _POSSESSIVE.finditer(sent)
                        if not re.search(r"[A-Z][a-z]+\s+$", sent[:p.start()])), None)   # not "Taylor Swift's"
        if low is None or low.group(1).lower() in self.names.ambiguous or low.group(1).lower() in _LOWER_NOT_NAMES:
            return ""
        name = low.group(1).capitalize()
        return name if self.names.is_first_name(name) else ""

    def _dropped(self, sent: str) -> str:
        """A given name taken somewhere on a school run: "Dropped Tess (Year 4) and Wally at ... Primary"."""
        m = _DROPPED.search(sent)
        if m is None or m.group(1).lower() in self.names.ambiguous or not self.names.is_first_name(m.group(1)):
            return ""
        return m.group(1)

    def _siblings(self, sent: str, first: str) -> list[str]:
        """The given names listed with the first child ("Odin (Year 2) and Bea", "Tess, Wally and Max")."""
        m = re.search(rf"(?<![\w@]){re.escape(first)}((?:\s*\([^)]{{1,20}}\))?(?:\s*(?:,|and|&|n)\s*[A-Z][a-z]+"
                     rf"(?:\s*\([^)]{{1,20}}\))?)+)", sent, re.IGNORECASE if first[:1].islower() else 0)
        if not m:
            return []
        out = []
        for w in re.findall(r"(?:,|and|&|n)\s*([A-Z][a-z]+)", m.group(1)):
            if self.names.is_first_name(w) and w.lower() not in self.names.ambiguous and w != first:
                out.append(w)
        return out

    def children(self, units: list, subject: SubjectNames, detections: list[Detection]) -> list[Detection]:
        """Family detections for the children a parent's corpus names by their junior-sport deeds."""
        units = in_corpus_order(units)
        bio = next((m.group(0) for u in units if u.kind == "profile_field" for rx in self.parent_rx
                    for m in [rx.search(u.text)] if m), None)
        if bio is None:                  # the handle may ("dadof3danny"): every unit's account address carries it
            bio = next((m.group(0) for u in units for rx in self.handle_rx
                        for m in [rx.search((u.profile or "").rsplit("/", 1)[-1])] if m), None)
        if bio is None:                  # no bio says so, a post may ("my kid's been crook", "#mumlife")
            bio = next((m.group(0) for u in units if u.kind != "profile_field" for rx in self.parent_rx + self.parent_post_rx
                        for m in [rx.search(u.text)] if m), None)
        if bio is None or any(self.coaching.search(u.text) for u in units):
            return []
        # a colleague or a stated friend is not the subject's child; a name seen only in an outing (a relation form
        # or a shared act read by person_roles) may be
        taken = {d.attrs.get("person", "").lower() for d in detections
                 if d.category == "colleague" or d.category == "associate" and not d.pattern.startswith(("form_", "role_"))}
        found: dict[str, tuple] = {}
        for u in units:
            if u.kind == "profile_field" or self.pet_rx.search(u.text):
                continue                          # a post about a pet names the pet as a child is named
            for sent in sentences(u.text):
                # the school run's name first: it is rare, and the activity regexes are only needed beside it
                name = self._child_name(sent) or next((n for n in [self._dropped(sent)] if n and any(
                    rx.search(sent) for rx in self.activity_rx)), "")
                if not name or subject.matches(name) or name.lower() in taken or _SOMEONE_ELSES.search(sent):
                    continue
                junior = next((j.group(0) for rx in self.junior_rx for j in [rx.search(sent)] if j), None)
                deed = self.scored.search(sent)
                if junior and deed:
                    found.setdefault(name, (u, sent, junior, deed.group(0)))
                    continue
                side = _OWN_SIDE.search(sent) if junior else None
                if side and side.group(1).lower() == name.lower():   # "Juno's Seddon Saints under 8s": her side
                    found.setdefault(name, (u, sent, junior, side.group(0)))
                    continue
                act = next((a.group(0) for rx in self.activity_rx for a in [rx.search(sent)] if a), None)
                if act:                           # "Hugo's first dance recital": a child's own occasion
                    for kid in [name] + self._siblings(sent, name):   # "Odin and Bea off to ... Public"
                        found.setdefault(kid, (u, sent, act, act))
        if len(found) > MAX_CHILDREN:
            return []
        out = []
        for name, (u, sent, junior, deed) in found.items():
            ev = sentence_evidence(u, sent)
            out.append(Detection(category="family", value=f"{name} (child)", key=f"family:{name.lower()}",
                                 confidence=CONFIDENCE, detector=DETECTOR, pattern="junior_sport_child_of_parent_bio",
                                 evidence=ev, support=[bio.lower(), junior.lower(), deed.lower()],
                                 attrs={"relation": "child", "person": name}))
        return out
