"""Round 4, home (issue 9): home said the way locals say it.

A lower-case suburb after a home phrase ("our street in <suburb>"), a move told in prose ("the year we
moved out to <suburb>"), near home ("round the corner from us in <suburb>"), a local club's ground in a post
that also says "our street", and a bio field that is a suburb beside its region. Near misses: someone
else's move, a ground with no home in the post, a bio of teams, a region alone. None of these sentences
is in tests/devset/.
"""
from __future__ import annotations

import pytest

from tests.kit_posts import bio, kit_extractor, post


@pytest.fixture(scope="module")
def extractor():
    return kit_extractor()


def homes(extractor, item):
    return {d.key for d in extractor.extract([item]) if d.category == "home_location"}


@pytest.mark.parametrize("text,key", [
    ("the bins on our street in campbelltown haven't been collected in a fortnight", "place:campbelltown nsw"),
    ("Ever since we moved up to Chermside the commute has been half an hour shorter.", "place:chermside qld"),
    ("Best banh mi in the state is round the corner from us in Cabramatta.", "place:cabramatta nsw"),
    ("Our local in Footscray has a trivia night that gets savagely competitive.", "place:footscray vic"),
    ("Junior cricket at the Lilydale reserve all morning, then a street cricket rematch on our street.",
     "place:lilydale vic"),
])
def test_home_said_the_local_way(extractor, text, key):
    assert key in homes(extractor, post(text))


@pytest.mark.parametrize("text", [
    "My brother moved to Dandenong last year and loves it.",
    "Grand final at the Auburn oval this weekend, go the Tigers.",
    "Conference in Geelong next week, hotel booked.",
    "a lot of concord in the team today",                     # a gazetteer word in lower case, no home phrase
])
def test_near_misses_are_not_home(extractor, text):
    assert not homes(extractor, post(text))


@pytest.mark.parametrize("text,key", [
    ("Dad of two | Penrith | Western Sydney | bad puns", "place:penrith nsw"),
    ("Nurse. Runner. Campbelltown, South West Sydney.", "place:campbelltown nsw"),
    ("Parramatta Eels | Western Sydney Wanderers | coffee", None),
    ("Western Sydney born and bred", None),
])
def test_a_bio_suburb_beside_its_region(extractor, text, key):
    assert homes(extractor, bio(text)) == ({key} if key else set())


def found(extractor, text, category):
    return {d.key for d in extractor.extract([post(text)]) if d.category == category}


@pytest.mark.parametrize("text,key", [
    ("Heating in our building in Belconnen packed it in, whole floor in beanies today #ABF", "place:belconnen act"),
    ("Four new spaniels arrived at the detector dog facility at Bulla today, ABF handlers fighting over them.",
     "place:bulla detector dog facility"),
    ("Our floor in Parramatta is getting hot desks, thanks Home Affairs", "place:parramatta nsw"),
])
def test_the_workplace_said_as_ours(extractor, text, key):
    assert key in found(extractor, text, "work_location")


@pytest.mark.parametrize("text", [
    "My sister's office in Belconnen has a gym on level two.",
    "Their building in Parramatta won an architecture award.",
])
def test_someone_elses_workplace(extractor, text):
    assert not found(extractor, text, "work_location")


@pytest.mark.parametrize("text,key", [
    ("Fourteen days on, fourteen off on the cutter, the dog thinks I'm a visitor.", "routine:14 on 14 off"),
    ("It's 28 days on, 28 days off out at the island.", "routine:28 on 28 off"),
    ("Swim squad 6am Mon, Wed and Fri, coffee straight after.", "routine:monday wednesday friday 06:00"),
])
def test_routines_at_sea_and_in_short_day_names(extractor, text, key):
    assert key in found(extractor, text, "routine")


@pytest.mark.parametrize("text", [
    "Needed 21 off 14 in the last two overs and we fell short.",
    "Sun was out at 6am and the whole beach was packed.",
])
def test_scores_and_a_lone_short_word_are_no_routine(extractor, text):
    assert not found(extractor, text, "routine")
