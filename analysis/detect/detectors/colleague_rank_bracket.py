"""A co-worker named by rank with the full name in brackets, in a staff member's post that says nothing of work:
"Sarge (Bec Hollis) says it's a record". The colleague detector reads ranks only in items about work; this one reads
the bracketed form anywhere once the scan shows the subject is the organisation's staff (USES_SCAN_CONTEXT), so a
fisher's "Skip (Dan Moore)" stays a friend's title when nothing ties the writer to the organisation."""
from __future__ import annotations

import re

from footprint.analysis.detect.detectors.colleague import ColleagueDetector


class ColleagueRankBracketDetector(ColleagueDetector):
    USES_SCAN_CONTEXT = True

    def __init__(self, lexicon=None):
        super().__init__(lexicon)
        words = sorted(self.ranks, key=len, reverse=True)
        self._gate = re.compile(r"(?<![\w.])(?:%s)\s*\(" % "|".join(re.escape(w) for w in words), re.I)

    def analyze(self, doc, item, ctx):
        if ctx.scan_employed is not True or not self._gate.search(doc.text):
            return []
        return self._rank_prefix(doc, ctx, bracketed_only=True)
