"""Round 5, routine (issue 9): a junior side's fixture on a named day at a clock time, and abbreviated days
listed with spaces ("Mon Wed Fri"). Near misses: a junior final watched once, an age limit, "the sun sat".
None of these sentences is in tests/devset/ or data/lexicons/.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.extract import Extractor
from footprint.crawler.items import PostItem
from footprint.crawler.orgs import load_org

PROFILE = "https://social.example/@kfinch"


@pytest.fixture(scope="module")
def extractor():
    return Extractor(load_org("dibp"), "Kit Finch", ["kfinch"])


def keys(extractor, text):
    item = PostItem(profile=PROFILE, url=f"{PROFILE}/1", platform="activitypub", text=text, published="2019-03-04T08:00:00Z")
    return {d.key for d in extractor.extract([item]) if d.category == "routine"}


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
