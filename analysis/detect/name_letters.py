"""Letters of names in any cased script: "Thảo", "Siobhán", "Łukasz" and "Søren" are title case too.

Name shapes were written as ASCII classes (`[A-Z][a-z]+`), so a name spelled with its diacritics was no name at all.
`widen` rewrites the letter ranges of a pattern's character classes to take in the cased letters of Latin (with
Vietnamese), Greek, Cyrillic and Armenian; `fold` takes a name to the bare Latin letters a gazetteer lookup compares
("Thảo" -> "thao", "Łukasz" -> "lukasz", "Strauß" -> "strauss"), while values keep the spelling as written.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Blocks of cased alphabets beyond ASCII: Latin-1 to Latin Extended-B, Greek to Cyrillic Supplement and Armenian,
# Latin Extended Additional (Vietnamese) and Greek Extended.
_BLOCKS = ((0xC0, 0x24F), (0x370, 0x58F), (0x1E00, 0x1FFF))


def _runs(pred) -> str:
    """The code points of `_BLOCKS` that satisfy `pred`, as the ranges of a character class body."""
    out, start = [], None
    for lo, hi in _BLOCKS:
        for cp in range(lo, hi + 2):
            ok = cp <= hi and pred(chr(cp))
            if ok and start is None:
                start = cp
            elif not ok and start is not None:
                out.append(chr(start) if cp - 1 == start else f"{chr(start)}-{chr(cp - 1)}")
                start = None
    return "".join(out)


UPPER_EXTRA = _runs(lambda c: c.isupper() or c.istitle())
LOWER_EXTRA = _runs(str.islower)
UPPER = "A-Z" + UPPER_EXTRA          # class bodies: f"[{UPPER}][{LOWER}]+" is a title-case word
LOWER = "a-z" + LOWER_EXTRA


def widen(pattern: str) -> str:
    """`pattern` with each character class's `A-Z` and `a-z` ranges widened to every cased letter.

    Classes with digits (`[A-Za-z0-9_]`: handles, addresses, codes) are left as they are: those are ASCII by rule."""
    out, i, n = [], 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if c != "[":
            out.append(c)
            i += 1
            continue
        j = i + 1                                   # find the class's closing bracket
        if j < n and pattern[j] == "^":
            j += 1
        if j < n and pattern[j] == "]":
            j += 1
        while j < n and pattern[j] != "]":
            j += 2 if pattern[j] == "\\" else 1
        body = pattern[i:j + 1]
        if "0-9" not in body and "\\d" not in body:
            body = body.replace("A-Z", UPPER).replace("a-z", LOWER)
        out.append(body)
        i = j + 1
    return "".join(out)


def compile_wide(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile` of the widened pattern."""
    return re.compile(widen(pattern), flags)


# Letters NFKD does not take apart: a stroke or a ligature is part of the letter.
_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "ẞ": "SS",
                             "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
                             "ı": "i", "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T", "ŀ": "l", "Ŀ": "L", "ƒ": "f"})


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """`word` without its diacritics: NFKD, combining marks dropped, stroked letters and ligatures spelled out."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word.translate(_FOLD_EXTRA))
    return "".join(c for c in decomposed if not unicodedata.combining(c))

