"""The first match of a list of regexes in a text, remembered: several detectors (and one detector in several
passes) ask the same list about the same sentence, and the lists are long (docs/performance.md §0.9).

The memo keeps each list it was asked about alive beside its answers, so a list's id is never reused while
its answers are kept; it is bounded (cleared when full), so a 50,000-post scan holds a few docs' worth.
Only the patterns that may match are searched (regex_gate.py, made once per list): a pattern whose words
the text does not hold is skipped, and the substring tests cost a fraction of the searches.
"""
from __future__ import annotations

import re
from typing import Sequence

from footprint.analysis.detect.detectors.regex_gate import cached_gate

MEMO_SIZE = 8192
_MEMO: dict[tuple[int, str], tuple[Sequence[re.Pattern], re.Match | None]] = {}


def first_match(rxs: Sequence[re.Pattern], text: str) -> re.Match | None:
    """The first match, in list order, of any of the patterns in `text` (None when none matches)."""
    key = (id(rxs), text)
    hit = _MEMO.get(key)
    if hit is not None and hit[0] is rxs:
        return hit[1]
    gate = cached_gate(rxs)
    # the patterns that may match, in list order (a pattern none of whose words the text holds cannot)
    m = next((m for rx in (rxs if gate is None else gate.candidates(text)) for m in [rx.search(text)] if m), None)
    if len(_MEMO) >= MEMO_SIZE:
        _MEMO.clear()
    _MEMO[key] = (rxs, m)
    return m


def first_text(rxs: Sequence[re.Pattern], text: str) -> str:
    """The words the first matching pattern matched, or ""."""
    m = first_match(rxs, text)
    return m.group(0) if m else ""
