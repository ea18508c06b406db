"""Round 5, routine (issue 9): a junior side's fixture on a named day at a clock time, and abbreviated days
listed with spaces ("Mon Wed Fri"). Near misses: a junior final watched once, an age limit, "the sun sat".
None of these sentences is in tests/devset/ or data/lexicons/.
"""
from __future__ import annotations

import pytest

from tests.kit_posts import keys as kit_keys, kit_extractor


@pytest.fixture(scope="module")
def extractor():
    return kit_extractor()


def keys(extractor, text):
    return kit_keys(extractor, text, "routine")


@pytest.mark.parametrize("text,key", [
    ("Sunday 7.30am Under 10s netball at Ferntree Park, I'm on oranges.", "routine:sunday 07:30 ferntree park"),
    ("Saturday 8.15am U12s footy at Ryde Oval, BYO chairs", "routine:saturday 08:15 ryde oval"),
    ("Swimming squad at the aquatic centre 5.45am Tues Thurs Sat.", "routine:tuesday thursday saturday 05:45"),
])
def test_fixtures_and_spaced_day_lists(extractor, text, key):
    assert key in keys(extractor, text)


@pytest.mark.parametrize("text", [
    "Watched the U17s final on Sunday, what a match.",
    "The sun sat low over the bay at 6pm, gorgeous.",
    "Under 18s can't buy tickets, sorry.",
])
def test_near_misses_are_not_routine(extractor, text):
    assert not keys(extractor, text)
