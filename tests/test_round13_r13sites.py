"""Round 13 (r13sites): work locations said in passing by someone known as staff, and routines without "every".

Each class in several registers (a profile line, a signature, a club page about the subject, a forum grumble in lower
case, a Q&A answer, a terse caption, emoji) with near misses beside it. Every person, place and phrase here is written
for these tests (public place names only), never taken from a held-out set.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest


sys.path.insert(0, str(Path(__file__).parent))
from kit_posts import found_in_posts, kit_extractor, values, found_beside_bio as scan  # noqa: E402


@pytest.fixture(scope="module")
def kit():
    return kit_extractor()


def scan_posts(kit, summary: str, *texts: str) -> list:
    return found_in_posts(kit, summary, *texts)


# --- a. a place right beside the employer's name, in a staff scan
BESIDE = {
    "org then town": ("Senior officer, ABF Rockhampton. Opinions mine.", "rockhampton qld"),
    "org, town seaport": ("Border Force, Cairns seaport. Reef on my days off", "cairns seaport"),
    "signature with office": ("Kit Finch | Australian Border Force Newcastle office | ext. on request", "newcastle office"),
    "officer at the Port of": ("Kit Finch is a Border Force officer at the Port of Gladstone and our treasurer.",
                               "port of gladstone"),
    "with org out at suburb": ("been with Border Force out at Eagle Farm nine years, still lost in the car park",
                               "eagle farm qld"),
    "port then with org": ("Down at the Port of Geelong with Border Force these days, so yes I'll look in your esky",
                           "port of geelong"),
    "dog trainer at centre": ("Detector dog trainer for the ABF at the Bullsbrook centre. Ask me about spaniels.",
                              "bullsbrook centre"),
    "club page, weekdays in": ("Kit Finch spends weekdays with Border Force in Mackay and weekends in a kayak.", "mackay qld"),
    "Q and A": ("Q: what do you do? A: cargo exams with Border Force at Port Kembla, mostly steel", "port kembla nsw"),
    "emoji list": ("me: Border Force at Welshpool 🛃, 2 kids, 1 cattle dog, 0 free time", "welshpool wa"),
}


@pytest.mark.parametrize("text, value", BESIDE.values(), ids=BESIDE.keys())
def test_a_place_beside_the_employer_is_the_work_location(kit, text, value):
    assert value in values(scan(kit, text), "work_location")


BESIDE_NOT = {
    "the org's news": "Border Force seized 30kg of meth at Port Botany, says the news. Wild.",
    "a past place": "Joined Border Force in 2016 after uni in Armidale, never looked back",
    "a cousin's posting": "My cousin is with Border Force in Broome, I just sell boats",
    "a traveller searched": "got pulled aside by Border Force at Perth airport coming home from Bali lol",
    "a hometown": "Grew up in Bundaberg, now with Border Force and loving it",
    "a job left": "Left Border Force and moved to Launceston. Best call I ever made.",
    "a list of facts": "a bit about me: 41, Ballarat, Home Affairs (visa side), bad at darts",
    "a raid": "Border Force and the AFP raided a warehouse in Dandenong South this morning",
}


@pytest.mark.parametrize("text", BESIDE_NOT.values(), ids=BESIDE_NOT.keys())
def test_a_place_beside_the_org_that_is_not_the_work(kit, text):
    assert not {d for d in scan(kit, text) if d.category == "work_location" and d.pattern == "work_at_place_beside_org"}


def test_a_control_beside_the_department_gets_no_work_location(kit):
    """A migration agent names the Department beside her suburb: not staff, so no work location."""
    dets = scan_posts(kit, "Registered migration agent. Parramatta. I help families through visa paperwork.",
                      "Lodged three partner visas with Home Affairs in Parramatta today, fingers crossed",
                      "Home Affairs, Parramatta: queue out the door again this morning")
    assert not values(dets, "work_location")


def test_a_headline_city_names_the_terminal_but_is_no_site_itself(kit):
    dets = scan_posts(kit, "Border Force officer, Brisbane. Views my own.",
                      "told the team at T1 today I'm going part time",
                      "0415 alarm for earlies at the international terminal. So tired")
    found = values(dets, "work_location")
    assert {"brisbane airport t1", "brisbane airport"} <= found and "brisbane qld" not in found


# --- b. a site said short in a work post
SHORT = {
    "the wharf in a town": ("back at the wharf in Eden after two weeks off, prawn boats everywhere", "eden wharf"),
    "the office in the CBD": ("parked under the office in the Hobart CBD by 7:10, first in again", "hobart cbd office"),
    "a met flight at a code": ("four of us on for the Auckland flight at MEL this morning, dogs flat out", "melbourne airport"),
    "plane days": ("Plane days I'm at the airport from 9, every other day it's the office", "the airport"),
}


@pytest.mark.parametrize("text, value", SHORT.values(), ids=SHORT.keys())
def test_a_site_said_short_in_a_work_post(kit, text, value):
    assert value in values(scan(kit, text), "work_location")


HASHTAGS = {
    "lower-case tag": ("Boarding the bulk carriers again today #gladstone #portlife", "gladstone qld"),
    "camel-case tag": ("Container exams all morning, tobacco again #PortHedland", "port hedland wa"),
    "ships and an emoji": ("three ships cleared before smoko 🚢 #Newcastle", "newcastle nsw"),
}


@pytest.mark.parametrize("text, value", HASHTAGS.values(), ids=HASHTAGS.keys())
def test_a_work_post_tagged_with_its_town(kit, text, value):
    assert value in values(scan(kit, text), "work_location")


HASHTAGS_NOT = {
    "drinks": "sunset drinks with the girls #cairns",
    "a road trip": "Long weekend road trip! #Dubbo #Mudgee",
    "a puppy at the beach": "our new puppy at the beach #Newcastle",
}


@pytest.mark.parametrize("text", HASHTAGS_NOT.values(), ids=HASHTAGS_NOT.keys())
def test_a_tagged_town_with_no_work(kit, text):
    assert not values(scan(kit, text), "work_location")


SHORT_NOT = {
    "my own flight": "catching the Singapore flight from Tullamarine tonight, holiday mode on",
    "the ferry wharf": "fish and chips at the wharf in Eden with the kids, perfect arvo",
}


@pytest.mark.parametrize("text", SHORT_NOT.values(), ids=SHORT_NOT.keys())
def test_a_site_in_passing_that_is_not_the_work(kit, text):
    assert not values(scan(kit, text), "work_location")


# --- c. routines without "every"
ROUTINES = {
    "day sport time place": ("Tuesday badminton at 7:30 at the Kingsgrove sports centre, then kebabs", "tuesday"),
    "day sport, time at courts": ("Monday squash, 7pm at the Ashfield courts. Losing streak continues.", "monday 19:00"),
    "abbreviated heading": ("Wed = darts at the Royal, 8pm. Non-negotiable.", "wednesday 20:00"),
    "club page in brackets": ("Kit comes straight from an early shift to Thursday rehearsals (7pm, St Columba's hall).",
                              "thursday 19:00"),
    "nippers at 8": ("Saturday nippers at 8 at Coogee, I'm on the water safety roster", "saturday 08:00"),
    "lower case bouldering": ("sunday 9.30 bouldering at the Blochaus with my brother, forearms destroyed", "sunday 09:30"),
    "hours and a span of days": ("11pm till 7, Sunday to Wednesday. Sleep is a rumour.", "23:00"),
    "the way in to the start": ("05:10 wheels rolling for the 6am start, coffee in the cup holder", "06:00 shift start"),
    "unless on nights": ("Book club night at the Leichhardt library, 6:30, every week unless I'm on nights", "18:30"),
}


@pytest.mark.parametrize("text, part", ROUTINES.values(), ids=ROUTINES.keys())
def test_a_routine_without_every(kit, text, part):
    got = values(scan(kit, text), "routine")
    assert any(part in v for v in got), got


ROUTINES_NOT = {
    "a final": "Saturday's grand final at 3pm at the Parkes courts, come cheer!",
    "a past outing with a date": "We went to Tuesday's trivia at 7 at the Royal on 3 March and came second",
    "a shop's hours": "The bakery is open Tuesday to Saturday 7am-2pm, closed Mondays.",
    "a TV slot": "Gogglebox is on Wednesday at 7:30 on Ten, don't call me",
    "next week's AGM": "Next Thursday at 6pm is the AGM at the Bexley library",
    "a night out on Saturday": "Stayed out till 1am at the Newtown pub on Saturday, great night.",
    "an invitation": "See you at 9am Sunday for brunch at Bills!",
    "someone else's week": "my neighbour Deb does her aqua class Monday 9am at the Ryde pool, she swears by it",
}


@pytest.mark.parametrize("text", ROUTINES_NOT.values(), ids=ROUTINES_NOT.keys())
def test_a_day_and_time_that_is_no_routine(kit, text):
    assert not values(scan(kit, text), "routine")


def test_a_shift_said_as_the_exception_is_no_shift(kit):
    got = values(scan(kit, "Book club night at the Leichhardt library, 6:30, every week unless I'm on nights"), "routine")
    assert not any("night shifts" in v for v in got)


GROUPS = {
    "ride crew": ("huge thanks to the tuesday night ride crew, Bazza, Steph and Nico, for the bday cake", "tuesday"),
    "paddle group": ("our Sunday morning paddle group turned ten today, same jetty, same bad jokes", "sunday"),
    "trivia mob": ("the Thursday trivia mob finally won a round, all hail the sport nerds", "thursday"),
}


@pytest.mark.parametrize("text, day", GROUPS.values(), ids=GROUPS.keys())
def test_a_weekly_group_named_by_its_day(kit, text, day):
    assert any(day in v for v in values(scan(kit, text), "routine"))


GROUPS_NOT = {
    "a crew with no activity": "Brendan from the Sunday crew gave me his old surf rod, absolute gem",
    "a support group": "Joanne sits next to me at the Thursday bereavement group and always brings biscuits",
    "a one-off": "thanks to next Saturday's ride crew for organising the bus",
}


@pytest.mark.parametrize("text", GROUPS_NOT.values(), ids=GROUPS_NOT.keys())
def test_a_group_by_a_day_that_is_no_routine(kit, text):
    assert not {d for d in scan(kit, text) if d.category == "routine" and d.pattern == "day_group"}


def test_a_site_by_its_initials_is_the_one_named_in_full_elsewhere(kit):
    dets = scan_posts(kit, "Border Force officer. Views my own.",
                      "first week at the Eastern Creek depot done, my feet hate me",
                      "0530 start at EC again, frost everywhere")
    assert [d.value for d in dets if d.category == "work_location" and d.evidence.url.endswith("/1")] == ["Eastern Creek depot"]


def test_initials_named_nowhere_say_nothing(kit):
    assert not values(scan(kit, "0530 start at EC again, frost everywhere"), "work_location")


@pytest.mark.parametrize("text", ["picked up the kids from the Ballarat bus depot after their camp",
                                  "Dad built our Orange shed himself in 1982"])
def test_a_depot_or_shed_that_is_not_the_staff_members(kit, text):
    assert not values(scan(kit, text), "work_location")
