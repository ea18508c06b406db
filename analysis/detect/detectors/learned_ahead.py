"""Whether a scan's detectors read meaning, so extraction embeds candidate passages ahead at all.

The passages themselves are embedded in a worker thread, a window ahead of the detectors
(`analysis/detect/embed_overlap.py`); a scan whose detectors include none of the sentence model's
categories embeds nothing.
"""
from __future__ import annotations

from typing import Iterable


def reads_meaning(detectors: Iterable) -> bool:
    """Whether any of the detectors is one of the categories the sentence model reads."""
    from footprint.analysis.detect.meaning import LABELS
    return any(d.CATEGORY in LABELS for d in detectors)
