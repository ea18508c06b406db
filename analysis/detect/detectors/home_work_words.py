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
