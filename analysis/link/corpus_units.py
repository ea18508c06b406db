"""Reading the subject's whole corpus sentence by sentence, the same way for every corpus-level people rule.

The rules that need two texts together (a parent's bio and a junior side, an unnamed "wife" and a home
move) walk the linking stage's units in one fixed order, so their evidence does not depend on crawl
order, and cite the sentence they read in the unit it came from.
"""
from __future__ import annotations

import re

from footprint.analysis.detect.detectors.base import excerpt as make_excerpt
from footprint.analysis.findings import Evidence

_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def in_corpus_order(units: list) -> list:
    """The units oldest first, then by address: the same order whatever order the crawl stored them in."""
    return sorted(units, key=lambda u: (u.posted_at or "", u.url, u.field or "", u.text))


def sentences(text: str) -> list[str]:
    return _SENT_SPLIT.split(text)


def sentence_evidence(unit, sentence: str) -> Evidence:
    """Evidence citing one sentence of a unit at the unit's own address."""
    return Evidence(url=unit.url, kind=unit.kind, excerpt=make_excerpt(sentence), posted_at=unit.posted_at,
                    profile=unit.profile)
