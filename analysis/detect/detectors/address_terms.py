"""Address terms before a name: "Anh Marcus Bui", "Pak Budi", "Kyria Eleni", "Aunty Rose".

People are written with the respect or kinship the writer shows them, in the languages Australian families speak;
the term is not part of the person's name, and the same person written bare must be one finding. An "Aunty" or
"Uncle" who is an Elder of the community is respect, not kin: without "my"/"our" and in a sentence about community or
Country it is no family finding by itself. The words are data (people.toml: address_terms,
address_terms_given, address_terms_anglo and respect_cues).
"""
from __future__ import annotations

import re
from functools import lru_cache

from footprint.analysis.detect.detectors.first_names import _faker_names, first_names
from footprint.analysis.detect.detectors.lexicon import load_lexicon
from footprint.analysis.detect.name_letters import fold

_RESPECT_TITLES = frozenset({"aunty", "auntie", "uncle"})   # "aunt" is never said to an Elder


class AddressTerms:
    """Which leading word of a found name is an address term, and when an Aunty or Uncle is respect."""

    def __init__(self) -> None:
        lex = load_lexicon("people")
        self.sure = frozenset(lex.phrases("address_terms"))
        self.given = frozenset(lex.phrases("address_terms_given"))
        self.anglo = frozenset(lex.phrases("address_terms_anglo"))
        fam = load_lexicon("family")
        kin = set(fam.phrases("kin_titles_grandparent")) | set(fam.phrases("kin_titles_other")) | set(fam.phrases("vocative"))
        # terms that say respect and no kinship unless owned: "Pak", "Kyria", "Cô" (a teacher), "Anh" (a team leader)
        polite = (self.sure | self.given | self.anglo | set(fam.phrases("kin_titles_owned"))) - kin
        self.polite_rx = re.compile(r"(?<![\w'’])(?P<own>(?:my|our)\s+)?(?P<term>" + "|".join(map(re.escape, sorted(polite))) + r")\s+(?P<name>\w+)",
                                    re.I)
        cues = sorted(lex.phrases("respect_cues"), key=len, reverse=True)
        self.respect_titles = frozenset(lex.phrases("respect_titles"))
        self.elder_rx = lex.regex.get("respect_elder", ())
        work = sorted(lex.phrases("respect_work_cues"), key=len, reverse=True)
        self.work_rx = re.compile(r"\b(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in work) + r")\b", re.I)
        self.respect_rx = re.compile(r"\b(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues) + r")\b", re.I)

    @property
    def english_names(self) -> frozenset[str]:
        return _english_names()

    def leading_term(self, name: str) -> str:
        """The address term `name` opens with ("Anh" of "Anh Marcus Bui"), or "" when its first word is its own."""
        words = name.split()
        if len(words) < 2 or not words[1][:1].isupper():
            return ""
        low, after = words[0].lower(), fold(words[1].lower())
        if low in self.sure or low in self.given and first_names().is_first_name(words[1]) \
                or low in self.anglo and after in self.english_names:
            return words[0]
        return ""

    def strip(self, name: str) -> str:
        """`name` without its leading address terms ("Chị Lan" -> "Lan")."""
        while term := self.leading_term(name):
            name = name[len(term):].lstrip()
        return name

    def addressed_politely(self, sentence: str, name: str) -> bool:
        """The name comes after a polite address term the writer does not own ("Cô Mai at Saturday school", "Pak
        Budi from the warung"): who they are to the writer is not kin, whatever else the sentence says."""
        first = name.split()[0]
        return any(m.group("name") == first and not m.group("own") and m.group("term")[:1].isupper()
                   for m in self.polite_rx.finditer(sentence))

    def respect_not_kin(self, relation: str, sentence: str, support: tuple[str, ...] = ()) -> bool:
        """A title of respect the writer does not own: an Aunty or Uncle in a sentence about community or Country (an
        Elder), or an Ate, Kuya or Tita written before a name in a sentence about work (an older co-worker)."""
        words = {relation.lower(), *(w.lower() for w in support)}
        elder = words & _RESPECT_TITLES
        coworker = {w.lower() for w in support} & self.respect_titles
        if not (elder or coworker):
            return False
        titles = "|".join(map(re.escape, sorted(elder | coworker)))
        if re.search(r"\b(?:my|our|me)\s+(?:\w+\s+)?(?:" + titles + r")\b", sentence, re.I):
            return False                # "my Aunty Rose gave the welcome", "my Ate Marites": the writer's own
        return bool(elder and (self.respect_rx.search(sentence) or any(rx.search(sentence) for rx in self.elder_rx))
                    or coworker and self.work_rx.search(sentence))


@lru_cache(maxsize=1)
def _english_names() -> frozenset[str]:
    return frozenset(fold(n) for n in _faker_names())


@lru_cache(maxsize=1)
def address_terms() -> AddressTerms:
    return AddressTerms()
