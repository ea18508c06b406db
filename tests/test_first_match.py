"""The remembered regex-list lookups (first_match.py, Detector.denied) answer exactly as the plain loops do."""
from __future__ import annotations

import re

import pytest

from footprint.analysis.detect.detectors import first_match as fm
from footprint.analysis.detect.detectors.base import Detector

CUES = (re.compile(r"\bso proud of\b", re.I), re.compile(r"\bour (?:boy|girl)\b", re.I), re.compile(r"\bx*", re.I))
KIN = (re.compile(r"\bnonna\b", re.I), re.compile(r"\bpop\b", re.I))


def plain(rxs, text):
    return next((m.group(0) for rx in rxs for m in [rx.search(text)] if m), "")


@pytest.mark.parametrize("rxs,text", [
    (CUES, "So proud of our girl Matilda today"),          # the first pattern in list order wins
    (CUES, "Our boy Hamish started prep"),                   # a later pattern
    (CUES[:2], "Long shift at the wharf, home by nine"),    # none
    (CUES, "Long shift at the wharf"),                       # an empty match still counts as a match
    (KIN, "Nonna's heart is full"),
    (KIN, "Pop and me at the footy"),
    ((), "anything"),
])
def test_first_text_matches_the_loop_asked_twice(rxs, text):
    assert fm.first_text(rxs, text) == plain(rxs, text)
    assert fm.first_text(rxs, text) == plain(rxs, text)      # the remembered answer
    m = fm.first_match(rxs, text)
    assert (m.group(0) if m else "") == plain(rxs, text)


def test_lists_with_one_text_are_told_apart_and_a_full_memo_starts_again(monkeypatch):
    monkeypatch.setattr(fm, "MEMO_SIZE", 3)
    monkeypatch.setattr(fm, "_MEMO", {})
    text = "Nonna is so proud of our boy"
    assert fm.first_text(CUES, text) == "so proud of"
    assert fm.first_text(KIN, text) == "Nonna"
    for i in range(5):
        assert fm.first_text(KIN, f"pop {i}") == "pop"
    assert len(fm._MEMO) <= 3
    assert fm.first_text(CUES, text) == "so proud of"


class _Deny(Detector):
    CATEGORY = "family"
    DENY = (re.compile(r"\bfictional\b", re.I), re.compile(r"\bcharacter\b", re.I))


@pytest.mark.parametrize("text,expected", [
    ("My favourite fictional character", "fictional"),
    ("The character arc in season two", "character"),
    ("Dinner with my sister Zoe", None),
])
def test_denied_remembers_per_text_and_follows_a_replaced_deny_list(text, expected):
    det = _Deny()
    assert det.denied(text) == expected
    assert det.denied(text) == expected
    det.DENY = ()                      # corporate_identifier replaces its list after __init__
    assert det.denied(text) is None
