"""The home detector's work-word veto, read only where a work word says where the writer is (round 14).

A place beside "work", "shift" or "office" is often the workplace ("the office in Belconnen"), so the home rules skip
a sentence that says work. But the same words also tell the time of day in a sentence about home ("walked the dog
round <Suburb> before work", "drove home to <Suburb> after the night shift", "working from home in <Suburb>"):
there they say nothing of where the place is. Those phrases (`work_time` in data/lexicons/home_location.toml) are
blanked before the veto is read, so the veto stays for "the office in <Suburb>" and lifts for "before work".
"""
from __future__ import annotations

import re
from typing import Iterable

from footprint.analysis.detect.detectors.context import WordSet


class HomeWorkWords(WordSet):
    """A WordSet whose `search` ignores work words inside time-of-day phrases (see module doc)."""

    def __init__(self, words: Iterable[str], benign: Iterable[re.Pattern] = ()):
        super().__init__(words)
        self.benign = tuple(benign)

    def untimed(self, text: str) -> str:
        """`text` with its time-of-day work phrases blanked (same length, so offsets still hold)."""
        for rx in self.benign:
            text = rx.sub(lambda m: " " * len(m.group(0)), text)
        return text

    def search(self, text: str) -> bool:
        if not text or self.rx.search(text) is None:
            return False
        return self.rx.search(self.untimed(text)) is not None


# Round 20: a home cue governs its own clause. "I live at <Suburb> and fly to Canberra for the first week of every
# month" lost its home to the trip in the next clause ("for the first week"), and "Tuesdays the train to Brisbane for
# office days, the rest at home in <Suburb>" to the office in the clause before. A clause ends at clause punctuation or a
# word that joins a new clause with its own verb; not at "until" or "while", which bound the stay itself ("living in
# <Suburb> until the reno is done" keeps its veto).
_CLAUSE_END = re.compile(r"[;:!?]|,\s|\s[-–—]\s|\.\s|\s(?:and|but|so|then|plus)\s+(?!(?:my|our|the|a|an|his|her)\b)", re.I)
_CLAUSE_START = re.compile(r"[;:!?]|,\s|\s[-–—]\s|\.\s", re.I)


def clause_end(text: str, at: int) -> int:
    """Where the clause holding text[at] ends (the end of `text` when it runs on)."""
    m = _CLAUSE_END.search(text, at)
    return m.start() if m else len(text)


def own_clause(left: str) -> str:
    """The words of `left` (the text before a place) after its last clause punctuation: the home cue's own clause."""
    cuts = list(_CLAUSE_START.finditer(left))
    return left[cuts[-1].end():] if cuts else left
