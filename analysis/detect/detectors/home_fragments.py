"""A bio fragment that names a city and, finer, one of its suburbs: the suburb is the home (round 13).

Terse bios give the city first and the suburb in brackets, after a comma or a dash, or the other way round
("Canberra (Kaleen)", "Perth, Bassendean to be exact", "Hobart - Sandy Bay", "Toowong, Brisbane"); a city beside its
own suburb is that suburb's region, not a second home. The pairing itself is the home cue: nobody writes their office
as "<City> (<Suburb>)" without a work word, so it is read even in a bio that names the employer (the employer's
own sites are still left out by the callers). Both sides come from analysis.detect.localities; the suburb must be in
the city's state.
"""
from __future__ import annotations

import re
from functools import lru_cache

from footprint.analysis.detect import localities
from footprint.analysis.detect.nlp import PATTERN_DIR

_WORD = r"[A-Za-z][A-Za-z'’]+(?:\s+[A-Za-z][A-Za-z'’]+){0,2}"
# "<A> (<B>)", "<A>, <B>", "<A> - <B>", "<A>: <B>", each optionally closed by "to be exact", "(ish)", a state
_PAIR = re.compile(rf"^\s*(?:(?:home|location|based|living|live|lives)\s*(?:in|:)?\s*)?(?P<a>{_WORD})\s*(?:\(\s*(?P<b>{_WORD})\s*(?:-?ish)?\s*\)"
                   rf"|(?:,|\s[-–—:]|:)\s*(?P<c>{_WORD}?)(?:\s+(?:to\s+be\s+(?:exact|precise)|specifically|technically|"
                   rf"proper|actually))?)\s*[.!]?\s*$", re.I)
_EXACTLY = re.compile(r"\b(?:to\s+be\s+(?:exact|precise)|specifically|technically)\b", re.I)


def _state(name: str) -> str:
    return name.rsplit(" ", 1)[-1] if " " in name else ""


def _city(found) -> bool:
    return found is not None and (found[1] == "city" or localities.regional_city(found[0]))


def city_suburb(fragment: str, not_words: frozenset | set = frozenset()) -> tuple[str, str, str] | None:
    """("Suburb STATE", "suburb", fragment) when `fragment` is a city and one of its suburbs, either order.

    `not_words`: words of the employer's sites (a site is work, not home)."""
    m = _PAIR.match(fragment or "")
    if m is None:
        return None
    a, b = m.group("a"), m.group("b") or m.group("c")
    if not b or not a[:1].isupper() or not b[:1].isupper():
        return None
    fa, fb = localities.exact(a, wide=True), localities.exact(b, wide=True)
    for city, sub, word in ((fa, fb, b), (fb, fa, a)):
        if _city(city) and sub is not None and sub[1] == "suburb" and not _city(sub) \
                and _state(city[0]) == _state(sub[0]) and not set(word.lower().split()) <= set(not_words):
            return sub[0], sub[1], fragment
    return None


def finer(hits: list) -> list:
    """The hits (name, kind, ...) with a city dropped when exactly one suburb of the same state is beside it: "Hobart. Sandy
    Bay." says one home, the suburb."""
    subs = [h for h in hits if h[1] == "suburb" and not localities.regional_city(h[0])]
    if len(subs) != 1 or len(hits) < 2:
        return hits
    state = _state(subs[0][0])
    cities = [h for h in hits if h is not subs[0] and (h[1] == "city" or localities.regional_city(h[0]))
              and _state(h[0]) == state]
    return [h for h in hits if h not in cities] if len(cities) == len(hits) - 1 else hits


# a bio or blog title signed off with where it is written from ("Bread, bikes and bad puns out of <Suburb>",
# "Notes on quilting from <Suburb>"); where one came from is not where one is ("originally from", "born in", "ex-")
_SIGNED = re.compile(r"\b(?:from|out\s+of|outta)\s+(?:(?:sunny|leafy|sleepy|beautiful|downtown|suburban)\s+)?"
                     r"(?P<place>[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+){0,2})\s*[.!]?\s*$")
_ORIGIN = re.compile(r"\b(?:originally|born|hails?|hailing|came|come|comes|coming|moved|grew\s+up|raised|ex|expat|transplant(?:ed)?|"
                     r"via|formerly|escaped|refugee|visiting|travell?ing|flying|flew|drove|back|home|returned|greetings|"
                     r"postcards?|letters?|reporting|live)\b", re.I)


def signed_from(text: str, not_words: frozenset | set = frozenset()) -> tuple[str, str, str] | None:
    """("Suburb STATE", "suburb", the words) when a short bio or title ends on "from <Suburb>" or "out of <Suburb>" and
    nothing in its last sentence says origin or travel; a city ("from Melbourne") is left to the region rules."""
    flat = " ".join((text or "").split())
    if not flat or len(flat) > 160:
        return None
    m = _SIGNED.search(flat)
    if m is None:
        return None
    last = re.split(r"[.!?|·•\n]\s+", flat[:m.start()])[-1]
    if _ORIGIN.search(last):
        return None
    words = m.group("place").split()
    for n in range(len(words), 0, -1):
        found = localities.exact(" ".join(words[:n]), wide=True)
        if found:
            if found[1] != "suburb" or localities.regional_city(found[0]) or set(" ".join(words[:n]).lower().split()) <= set(not_words):
                return None
            return found[0], found[1], " ".join(flat[m.start():].split())
    return None


@lru_cache(maxsize=1)
def word_towns() -> frozenset[str]:
    """Town names that are also ordinary words or given names (data/patterns/word_towns.tsv), lower case."""
    path = PATTERN_DIR / "word_towns.tsv"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(x.strip().lower() for x in lines if x.strip() and not x.startswith("#"))


def word_town(bare: str) -> bool:
    """Whether a fragment that is only this name ("Research", "Prospect") may be a word rather than a home."""
    return " ".join((bare or "").lower().split()) in word_towns()
