"""Posts written all in lower case, read with the capitals their writer skipped ("shout out to jodie farr").

Voice-to-text and phone posts skip capitals, and the pipeline finds people by them: the tagger and NER read
"jodie farr" as two nouns, so a colleague, a fishing mate or a son is lost although every rule around them
would fire on "Jodie Farr". A text with (almost) no capital in mid-sentence (`lowercase`) is given back with
the capitals a careful writer would have used, letter for letter the same length (`Recaser.recase`; a writer
whose longer posts are mostly so has their short ones read so too), so every
detector runs on it unchanged and evidence can be cut from the writer's own words (`own_words`):

- "i" (and "i'm", "i've") is "I";
- a full name: a given name of the gazetteer (first_names.py) followed by a word of three letters or more that
  is no English word and no given name (the MiniLM vocabulary, verb endings taken off, people.toml
  `lower_not_surnames`: "arvo", "lol"): "trent maddock", "jodie farr";
- a given name alone when it is no English word ("shanelle", "koby"), or when the same writer capitalises it
  elsewhere or wrote it in a full name ("trent reckons" after "trent maddock"), never after "the"/"a";

Towns are left as written: detectors read them in any case, and a one-word site of the organisation counts only in
capitals ("my nan grew up in villawood" is no work place).

Words only sometimes a name ("will", "may", "mark", "grace") and stop words are never capitalised alone; such a
word is a given name only before a family name of the gazetteer ("mark harrowfield", not "border farce").
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Iterable

from spacy.lang.en.stop_words import STOP_WORDS

from footprint.analysis.detect.detectors.first_names import first_names, surnames
from footprint.analysis.detect.detectors.lexicon import load_lexicon
from footprint.analysis.detect.name_letters import fold

# At most this share of a text's words (two letters or more) capitalised in mid-sentence, "I" and acronyms aside,
# and at least MIN_WORDS words: a writer who capitalises names is left alone.
LOWER_SHARE = 0.03
MIN_WORDS = 6
WRITER_SHARE = 0.6      # of a writer's posts of MIN_WORDS or more: then their short posts are read as lower case too
_WORD = re.compile(r"(?<![\w@#/.:-])[A-Za-z]+(?:['’][A-Za-z]+)?(?![\w@/-]|\.\w)")
_STARTS = re.compile(r"(?:^|[.!?…]\s+|\n\s*)[\"'“(]*([A-Za-z])")
_I = re.compile(r"(?<![\w'’])i(?=(?:['’](?:m|ve|d|ll))?(?![\w'’]))")
_DETS = frozenset({"the", "a", "an", "this", "that", "these", "those", "every", "some", "any", "no", "each", "our",
                   "your", "his", "their", "its", "her"})
RARE_RANK = 15_000      # vocabulary rank past which a gazetteer family name is mostly a name ("robson" 23,698; "baker" 6,243)
_ENDINGS = ("ing", "ed", "es", "s", "d", "er", "ers")


@lru_cache(maxsize=1)
def _vocab() -> dict[str, int]:
    """Whole words of the MiniLM vocabulary (30,000 of English text, many given names among them) by their rank,
    which follows how often the word is written (about: "the" first, "robson" far down)."""
    from footprint.analysis.detect.embed import VOCAB

    try:
        return {w: i for i, w in enumerate(VOCAB.read_text(encoding="utf-8").split()) if not w.startswith("##")}
    except OSError:
        return {}


def _english() -> dict[str, int]:
    return _vocab()


@lru_cache(maxsize=1)
def _not_surnames() -> frozenset[str]:
    return frozenset(load_lexicon("people").phrases("lower_not_surnames"))


def _english_word(w: str) -> bool:
    eng = _english()
    return w in eng or w in STOP_WORDS or w in _not_surnames() \
        or any(w.endswith(e) and (w[:-len(e)] in eng or _doubled(w[:-len(e)]) in eng) for e in _ENDINGS
               if len(w) - len(e) >= 3)                     # "reckons", "trialling"


def _doubled(stem: str) -> str:
    """A stem whose last consonant was doubled before an ending ("triall" -> "trial"), else ""."""
    return stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiou" else ""


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    return frozenset(load_lexicon("people").phrases("lower_not_names"))


def _given(w: str) -> bool:
    return len(w) >= 3 and w not in STOP_WORDS and w not in _not_names() and w not in _not_surnames() \
        and fold(w) in first_names().names


def _surname(w: str) -> bool:
    """A family name's shape after a given name: a word of three letters or more, with a vowel, that is no English
    word and no given name ("farr", "maddock"; not "reckons", "arvo", "fwy", "shanelle"), or a family name of the
    gazetteer that English text seldom writes as a word ("robson"; not "baker", "hill")."""
    if not (len(w) >= 3 and w.isalpha() and any(c in "aeiou" for c in w)) or _given(w) or w in _not_surnames():
        return False
    return not _english_word(w) or (fold(w) in surnames() and _vocab().get(w, 0) >= RARE_RANK)


def _full_name(given: str, after: str) -> bool:
    """`given` and `after` (both in lower case, side by side) are a full name: a given name before a family name's
    shape ("jodie farr", "rhonda feltus"), or a word only sometimes a name or also a town before a family name the
    gazetteer knows ("mark harrowfield"; not "border farce", "warwick parra")."""
    from footprint.analysis.detect import localities

    if not (after.islower() and _surname(after)):
        return False
    if _given(given) and not localities.exact(given):
        return True
    return (_given(given) or given in first_names().ambiguous) and fold(after) in surnames()


def lowercase(text: str, min_words: int = MIN_WORDS, sign: bool = True) -> bool:
    """Written without capitals: at most LOWER_SHARE of the words capitalised after a sentence's first word ("I",
    acronyms such as "ABF" and "T2" aside), at least MIN_WORDS words, and a sign of it: a sentence opening in lower
    case or a lower-case "i". A careful writer's post that happens to name nobody ("Sunday is the only morning
    nobody rings me, bliss.") is not lower case; `sign=False` (for a writer already known to write so) skips it."""
    starts = {m.start(1) for m in _STARTS.finditer(text)}
    if sign and not (any(text[s].islower() for s in starts) or _I.search(text)):
        return False
    words = [m for m in _WORD.finditer(text) if len(m.group()) > 1]
    caps = sum(1 for m in words if m.group()[:1].isupper() and m.start() not in starts and not m.group().isupper()
               and not m.group().startswith(("I'", "I’")))
    return len(words) >= min_words and caps <= LOWER_SHARE * len(words)


class Recaser:
    """The capitals one writer skips, read from all of their texts: given names they capitalise somewhere, or
    write in a full name somewhere, count as names when they write them alone in lower case."""

    def __init__(self, texts: Iterable[str] = ()):
        known: set[str] = set()
        long = lower = 0
        for text in texts:
            if len(_WORD.findall(text)) >= MIN_WORDS:
                long += 1
                lower += lowercase(text)
            words = list(_WORD.finditer(text))
            low = lowercase(text)
            for k, m in enumerate(words):
                w = m.group()
                if w[:1].isupper() and not w.isupper() and k and _given(w.lower()):
                    known.add(w.lower())               # capitalised in mid-sentence: the writer's name for someone
                elif low and w.islower() and _full_name(w, _next(text, words, k)):
                    known.add(w)                       # "trent maddock": "trent" is a name in this writer's posts
        self.known = frozenset(known)
        # a writer whose longer posts are mostly lower case writes the short ones so too ("koby turns 7 tomorrow")
        self.lower_writer = long >= 3 and lower >= WRITER_SHARE * long

    def recase(self, text: str) -> str:
        """`text` with a careful writer's capitals when it is written in lower case, else `text` itself (the
        same length either way)."""
        if not text or not (lowercase(text) or self.lower_writer and lowercase(text, min_words=2, sign=False)):
            return text
        chars = list(text)

        def cap(m: re.Match) -> None:
            chars[m.start()] = chars[m.start()].upper()

        for m in _I.finditer(text):
            cap(m)
        words = list(_WORD.finditer(text))
        low = [m.group().lower() for m in words]
        for k, m in enumerate(words):
            w = low[k]
            if not m.group().islower():
                continue
            prev = low[k - 1] if k else ""
            if _full_name(w, _next(text, words, k)):
                cap(m)
                cap(words[k + 1])
                continue
            if _given(w) and prev not in _DETS and (w in self.known or not _english_word(w)):
                cap(m)
        return "".join(chars)


def _next(text: str, words: list, k: int) -> str:
    """The word after words[k] when only spaces part them ("jodie farr", not "park, gallops"), else ""."""
    if k + 1 >= len(words) or not text[words[k].end():words[k + 1].start()].isspace():
        return ""
    return words[k + 1].group()


def own_words(dets: list, recased: str, original: str) -> list:
    """Detections whose evidence was cut from the recased text, given the writer's own letters back (the two
    texts differ only in case, letter for letter)."""
    if recased == original:
        return dets
    low = original.lower()
    out = []
    for d in dets:
        ex = d.evidence.excerpt
        at = low.find(ex.lower()) if ex else -1
        if at >= 0:
            d = replace(d, evidence=replace(d.evidence, excerpt=original[at:at + len(ex)]))
        out.append(d)
    return out
