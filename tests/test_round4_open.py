"""Round 4, open categories (issue 9): drinking that crept up, strain and medication, the bosses told off,
gates out on one side of a terminal. Near misses: strength coaching, someone else's drinking, a
committee told off, a supermarket's checkouts. None of these sentences is in tests/devset/ or data/sentences/.
"""
from __future__ import annotations

import pytest

from tests.kit_posts import keys, kit_extractor


@pytest.fixture(scope="module")
def extractor():
    return kit_extractor()


@pytest.mark.parametrize("text,key", [
    ("It was a glass of bubbly on Fridays, now it's two bottles on a weeknight and nobody's celebrating.",
     "vulnerability:substance"),
    ("a six-pack every night after the late shift, it's the only way I switch off", "vulnerability:substance"),
    ("Doc put me on sertraline in May, I'm burnt out and can't sleep past four.", "vulnerability:mental_health"),
    ("Not sleeping, completely burned out, and work keeps piling it on.", "vulnerability:mental_health"),
    ("Knocked back for the promotion a second time, the brass can go jump.", "vulnerability:grievance"),
])
def test_vulnerability_said_plainly(extractor, text, key):
    assert key in keys(extractor, text, "vulnerability")


@pytest.mark.parametrize("text", [
    "When the squat stalls, take weight off the bar and build back up over a training block.",
    "My brother went from a beer at the footy to a six-pack every night and we're worried.",
    "The body corporate can go jump with this special levy.",
    "She's on sertraline now and doing much better, so proud of her.",
])
def test_near_misses_are_not_vulnerability(extractor, text):
    assert not keys(extractor, text, "vulnerability")


@pytest.mark.parametrize("text,expected", [
    ("eGates out of action on one side at arrivals, every passenger through the manual desks.", True),
    ("Half the self-checkouts at Kmart are dead on one side again.", False),
])
def test_gates_out_on_one_side(extractor, text, expected):
    assert bool(keys(extractor, text, "systems_information")) is expected
