"""Posts written in capitals, read with ordinary case ("MY BOY LACHLAN'S FIRST GOAL!!!").

Excitement is typed in capitals, and in capitals every word looks like a name to the tagger and no name
stands out: "MY BOY" is two proper nouns and the child is lost. A text whose letters are mostly capitals
(SHOUT_SHARE of its words of two letters or more, at least MIN_WORDS of them) is given back in ordinary
case before it is parsed: every capitalised word lower-cased, then a sentence's first word, "I", and the
given names the gazetteer knows (never a word that is only sometimes a name: "WILL", "MAY", nor a
function word: "EVER") capitalised
again. Acronyms that mean something in capitals (a state, an agency, "EL1", "U12S") keep them
(people.toml `shout_keep`, and any word with a digit). Mixed-case text is returned unchanged.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from footprint.analysis.detect.detectors.first_names import first_names
from footprint.analysis.detect.detectors.lexicon import load_lexicon

SHOUT_SHARE = 0.7
MIN_WORDS = 3
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*[A-Za-z]|[A-Za-z]")
_CAPS = re.compile(r"(?<![\w@#])([A-Z][A-Z'’]*[A-Z]|[A-Z])(?![\w@])")
_STARTS = re.compile(r"(^|[.!?…]+[\s\"'“(]*|\n[\s\"'“(]*)([a-z])")
_POSSESSIVE = re.compile(r"^(.*?)(['’]S)$")


@lru_cache(maxsize=1)
def _keep() -> frozenset[str]:
    return frozenset(load_lexicon("people").phrases("shout_keep"))


def shouting(text: str) -> bool:
    """Mostly capitals: SHOUT_SHARE of the words of two letters or more, and at least MIN_WORDS of them."""
    words = [w for w in _WORD.findall(text) if len(w) > 1]
    caps = sum(1 for w in words if w.isupper())
    return caps >= MIN_WORDS and caps >= SHOUT_SHARE * len(words)


def _calm_word(m: re.Match) -> str:
    word = m.group(1)
    if word.lower() in _keep():
        return word
    base, poss = word, ""
    pm = _POSSESSIVE.match(word)
    if pm:
        base, poss = pm.group(1), pm.group(2).lower()
    names = first_names()
    if base == "I":
        return "I" + poss
    title = base[:1] + base[1:].lower()
    if len(base) > 1 and base.lower() not in STOP_WORDS and names.is_first_name(title):   # "EVER" is a word
        return title + poss
    return base.lower() + poss


def calm(text: str) -> str:
    """The text in ordinary case when it is shouted, else the text itself."""
    if not text or not shouting(text):
        return text
    out = _CAPS.sub(_calm_word, text)
    out = re.sub(r"(?<![\w'’])i(?=(?:['’](?:m|ve|d|ll))?(?![\w]))", "I", out)
    return _STARTS.sub(lambda m: m.group(1) + m.group(2).upper(), out)
