"""Round 11 (r11sites): work sites said tersely or in passing, and shift routines said in jargon.

Each class is written in several registers (a terse caption with a time and a place, ALL CAPS, lower-case forum talk,
Taglish, a blog line, a formal sentence) with near misses beside it. Every person, place and phrase here is fictional
or a public place name, written for these tests, never taken from a held-out set.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from footprint.crawler.items import PostItem, ProfileItem

sys.path.insert(0, str(Path(__file__).parent))
from kit_posts import PROFILE, SUBJECT, kit_extractor, found_beside_bio as scan  # noqa: E402


@pytest.fixture(scope="module")
def kit():
    return kit_extractor()


def keys(dets, category: str) -> set[str]:
    return {d.key for d in dets if d.category == category}


# --- a place with the start of the work day, as staff caption it
START_SITES = {
    "caption, place then time": ("Townsville wharf, 0545. Coffee number two.", "place:townsville wharf"),
    "emoji and a start": ("Port Kembla 🌅 0515 start", "place:port kembla"),
    "muster first": ("0600 muster, Geelong. Fog everywhere", "place:geelong"),
    "scenery before the start": ("first light over Port Adelaide before a 6am start", "place:port adelaide"),
    "sign-on at a town": ("Up at 4 for a 0530 sign-on at Gladstone", "place:gladstone"),
    "ALL CAPS": ("BUNBURY. 0630 START. RAIN.", "place:bunbury"),
    "back on after days off": ("Eden. 0600. Back on in three days.", "place:eden"),
    "Taglish": ("grabe ang lamig sa Geelong wharf, 0530 start na naman", "place:geelong wharf"),
    "muster at a dock after the gym": ("laps at 5 then the 6:30 muster at Appleton Dock", "place:appleton dock"),
    "sign on, emoji": ("Kwinana 🚢 0445 sign on", "place:kwinana"),
    "shouted wharf and town": ("WHARF AT 0500 TOMORROW, PORT LINCOLN", "place:port lincoln"),
    "commute ends at the kind": ("I cycle from Marrickville to the international terminal for a 5am start",
                                 "place:the international terminal"),
}


@pytest.mark.parametrize("text, key", START_SITES.values(), ids=START_SITES.keys())
def test_a_place_beside_the_work_days_start_is_the_work_site(kit, text, key):
    assert key in keys(scan(kit, text), "work_location")


START_NOT = {
    "a sunrise swim": "Sunrise at Bondi 0600, best swim of the year",
    "a holiday flight": "Flight to Darwin at 6am, holiday mode",
    "markets at a time": "Gladstone markets 0700, bacon and egg roll",
    "a fun run's start": "Whyalla 5am start for the fun run, wish me luck",
    "a footy game's start": "Port Adelaide footy 2pm start, go Power",
    "the commute's origin": "left Marrickville at 0430, 0530 start",
    "a road, not a town": "Weekdays it's the 5:20 session at the gym on Parramatta Road, then a 7:30 start at work.",
}


@pytest.mark.parametrize("text", START_NOT.values(), ids=START_NOT.keys())
def test_a_start_time_beside_leisure_or_the_commute_is_no_site(kit, text):
    assert not [d for d in scan(kit, text) if d.category == "work_location" and d.pattern.startswith("work_at_place_start")]
    if "Marrickville" in text or "Parramatta" in text:
        assert not any("marrickville" in k or "parramatta" in k for k in keys(scan(kit, text), "work_location"))
    else:
        assert not keys(scan(kit, text), "work_location")


def test_a_start_caption_from_someone_who_is_not_staff_is_no_site(kit):
    assert not keys(scan(kit, "Port Kembla 🌅 0515 start", summary="Gardener and dad. Views my own."), "work_location")


# --- a site in a work anecdote
ANECDOTES = {
    "a berth and the port by name": ("did the car carrier at berth 4 on tuesday, Port of Gladstone, long day",
                                     "place:port of gladstone"),
    "lower-case berth": ("boarded a tanker at Botany berth 7, four of us", "place:botany berth"),
    "the racks of a data centre": ("the login is on a sticky note on the server rack at the Fyshwick data centre lol",
                                   "place:fyshwick data centre"),
    "the patch a team covers": ("these days we cover Kwinana and the Swan", "place:kwinana wa"),
    "an airport by its code": ("worked primary at OOL all day, feet are done", "place:gold coast airport"),
}


@pytest.mark.parametrize("text, key", ANECDOTES.values(), ids=ANECDOTES.keys())
def test_a_site_in_a_work_anecdote(kit, text, key):
    assert key in keys(scan(kit, text), "work_location")


@pytest.mark.parametrize("text", [
    "our cruise leaves from Berth 2 tomorrow, so excited",
    "flights landing at CNS were delayed by the storm",
], ids=["a passenger's cruise", "flights landing"])
def test_a_berth_or_airport_met_as_a_traveller_is_no_site(kit, text):
    assert not keys(scan(kit, text), "work_location")


# --- an office by its floor, desk or team
OFFICES = {
    "desk and level, city office": ("Desk on level 12, Adelaide office. Looking at a wall.", "place:adelaide office"),
    "a building's name in the office": ("I manage a team at the Brisbane Customs House office",
                                        "place:brisbane customs house office"),
    "the Department's city office": ("run a section of 14 at the Department's Hobart office on Murray Street",
                                     "place:hobart office"),
    "lvl, lower case": ("lvl 3, Melbourne office, window desk finally", "place:melbourne office"),
    "a pod in a building": ("my pod's on level 5 of the Parramatta building, near the kitchen", "place:parramatta building"),
}


@pytest.mark.parametrize("text, key", OFFICES.values(), ids=OFFICES.keys())
def test_an_office_by_its_floor_desk_or_team(kit, text, key):
    assert key in keys(scan(kit, text), "work_location")


def test_a_city_office_without_floor_desk_or_team_is_not_read_as_ones_own(kit):
    assert not keys(scan(kit, "The Adelaide office sent a card for Mum, lovely of them."), "work_location")
    assert not keys(scan(kit, "the Adelaide building has 40 floors, wild"), "work_location")


def test_a_city_in_a_profile_headline_is_no_work_site(kit):
    items = [ProfileItem(profile=PROFILE, url=PROFILE, platform="html", name=SUBJECT,
                         summary="Senior Analyst | Home Affairs | Canberra")]
    assert not keys(kit.extract(items), "work_location")


# --- shift routines said in jargon
ROUTINES = {
    "half a roster with its start day": ("14 on starts Monday, see you in a fortnight", "routine:14 on"),
    "half a roster, abbreviated day": ("28 on begins thurs", "routine:28 on"),
    "last night of a block": ("last night of my 7 on 🙌", "routine:7 on"),
    "a shift's name then its hours": ("Swing is 1400 till 2200, earlies 0600 till 1400", "routine:swings"),
    "swing's, lower case": ("swing's 2 till 10 this week", "routine:swings"),
    "the writer's shift by its day": ("after my thursday late I can get to the markets by 8", "routine:thursday lates"),
    "a day's early": ("my monday early is the worst, 4am alarm", "routine:monday earlies"),
    "hours then a count on": ("0515-1345, three on, then the beach", "routine:05:15 shift"),
    "sign-on and a roster": ("sign on 0445, three on three off", "routine:3 on 3 off"),
    "days start at": ("work days start at 0500 so I'm useless by 8pm", "routine:05:00 shift start"),
    "sign-on's at": ("sign-on's at 0445, four on", "routine:04:45 shift start"),
    "clock then sign-on": ("0515 sign on, no coffee yet", "routine:05:15 shift start"),
    "a terse start": ("Boat day. On at 0530.", "routine:05:30 shift start"),
    "an even swing, no unit": ("28 on, 28 off at Christmas Island", "routine:28 on 28 off"),
}


@pytest.mark.parametrize("text, key", ROUTINES.values(), ids=ROUTINES.keys())
def test_shift_jargon_is_a_routine(kit, text, key):
    assert key in keys(scan(kit, text), "routine")


ROUTINES_NOT = {
    "a programme about a night shift": "This week's episode follows the night shift at a big city hospital.",
    "a TV series description": "Tonight's episode follows the night shift at the international airport.",
    "a bare day at a park": "Sundays at Centennial Park.",
    "a church group's night": "Alex leads our Thursday night bible study.",
    "on the boat, not a count": "10pm to 6am two on the boat, then home",
    "a race's start": "the race starts at 7am tomorrow",
    "school days": "school days start at 8:40",
    "a late night in": "I got in at 3am after the party",
    "a score, not a swing": "21 on 14 off at the break",
}


@pytest.mark.parametrize("text", ROUTINES_NOT.values(), ids=ROUTINES_NOT.keys())
def test_not_the_subjects_shift_routine(kit, text):
    assert not keys(scan(kit, text), "routine")


def test_a_shift_titled_without_hours_cites_the_sentence_that_gives_them(kit):
    dets = [d for d in scan(kit, "Knitting on nights\nThis one's for the long hauls. 10pm to 6am, four on, so I knit "
                                 "on crib break.") if d.category == "routine"]
    assert dets and all("10pm to 6am" in d.evidence.excerpt for d in dets)
    assert any("22:00" in d.value for d in dets)
