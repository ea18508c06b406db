"""Round 20 (r20places): homes, work places and routines said in passing. A home cue governs its own clause (a trip
or an office in the next or the last clause does not veto "I live at <Suburb>"); working from home in a place is home;
a swing may name its place and call its time off "home"; a commute timed at both ends is the usual one; arriving at a
facility by a set time is getting to work. Every person and sentence is fictional and in our own words.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.extract import Extractor
from footprint.crawler.items import PostItem, ProfileItem
from footprint.crawler.orgs import load_org

P = "https://people.example/u/tq"
NAME = "Tamsin Quill"
AT_WORK = "Border Force officer. Mum of two, bad at crosswords."


@pytest.fixture(scope="module")
def extractor():
    return Extractor(load_org("dibp"), NAME)


def _found(extractor, text: str, category: str) -> list:
    items = [ProfileItem(profile=P, url=P, platform="activitypub", name=NAME, summary=AT_WORK),
             PostItem(profile=P, url=f"{P}/1", platform="activitypub", text=text, published="2026-05-02T09:00:00Z")]
    return [d for d in extractor.extract(items) if d.category == category]


HOMES = [
    ("I live at Old Bar and drive to Taree for the first week of every month.", "Old Bar"),
    ("We live in Kendall but I fly to Brisbane for a fortnight each quarter.", "Kendall"),
    ("Mondays the early coach to Sydney for office days, the rest at home in Windang.", "Windang"),
    ("I work from home in Broulee three days a week and love it.", "Broulee"),
    ("We're working from home in Moruya until the floods clear the highway.", "Moruya"),
]
NOT_HOMES = [
    "Living in Kendall for the month while the house is fumigated.",
    "I live in Tuross Head for the school holidays.",
    "Staying at Old Bar for the week and flying home on Sunday.",
]


@pytest.mark.parametrize("text, place", HOMES)
def test_home_in_its_own_clause(extractor, text, place):
    assert any(place in d.value for d in _found(extractor, text, "home_location"))


@pytest.mark.parametrize("text", NOT_HOMES)
def test_a_stay_is_not_home(extractor, text):
    assert _found(extractor, text, "home_location") == []


ROUTINES = [
    ("Three weeks on out at Karratha, three weeks home with the kids.", "3 on 3 off"),
    ("Two weeks on at Barrow Island, two weeks home.", "2 on 2 off"),
    ("Four weeks on, four weeks home, and the kids have stopped asking.", "4 on 4 off"),
    ("6:10 train from Thirroul again, change at Wollongong, walk into the office by 7:30.", "06:10"),
    ("Ferry from Manly at 6:40, in at the desk by 7:30. Coffee on the wharf first.", "06:40"),
]
NOT_ROUTINES = [
    "We won two on Saturday, two at home last week.",
    "Missed the 6:40 ferry from Manly, at my desk by 9 anyway.",
    "The 6:40 bus from Belmont was cancelled, got in by 9.",
    "Train from Penrith at 5:50 for the airport, flight at 8.",
]


@pytest.mark.parametrize("text, key", ROUTINES)
def test_routine_said_plainly(extractor, text, key):
    assert any(key in d.value for d in _found(extractor, text, "routine"))


@pytest.mark.parametrize("text", NOT_ROUTINES)
def test_one_off_trips_are_not_routines(extractor, text):
    assert _found(extractor, text, "routine") == []


@pytest.mark.parametrize("text, place", [
    ("6:10 train from Thirroul again, change at Wollongong, walk into the Unanderra depot by 7:30.", "Unanderra depot"),
    ("I roll into the Dapto depot by 6 most days.", "Dapto depot"),
])
def test_arriving_by_a_time_is_work(extractor, text, place):
    assert any(place in d.value for d in _found(extractor, text, "work_location"))


@pytest.mark.parametrize("text", [
    "We walked into the Port Kembla markets by 10 and bought fish.",
])
def test_a_shopper_arrives_too(extractor, text):
    assert _found(extractor, text, "work_location") == []


# --- a comment clause after a routine does not veto it; a programme's description still does ---------------------

@pytest.mark.parametrize("text, key", [
    ("Tamsin drives to Kalgoorlie every Tuesday at 5am, which is when most episodes get planned.", "Tuesday 05:00"),
    ("Every Thursday at 7pm I record the show - that's when the episodes come together.", "Thursday 19:00"),
])
def test_comment_clause_keeps_routine(extractor, text, key):
    assert any(key in d.value for d in _found(extractor, text, "routine"))


@pytest.mark.parametrize("text", [
    "This episode follows the night shift at the airport every Monday at 4am.",
])
def test_programme_still_vetoed(extractor, text):
    assert _found(extractor, text, "routine") == []
