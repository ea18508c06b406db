"""Round 14 (r14sites): work sites the org does not list, said by someone known as staff, and routines stated once.

Each class in several registers (forum venting in lower case, a terse caption, a Q&A answer, a club newsletter line,
reflective prose, emoji) with near misses beside it. Every person, place and phrase here is written for these tests
(public place names only), never taken from a held-out set.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest


sys.path.insert(0, str(Path(__file__).parent))
from kit_posts import found_in_posts, PROFILE, kit_extractor, values, found_beside_bio as scan  # noqa: E402


@pytest.fixture(scope="module")
def kit():
    return kit_extractor()


def scan_posts(kit, summary: str, *texts: str) -> list:
    return [d for d in found_in_posts(kit, summary, *texts) if d.evidence.url != PROFILE]


# --- a. a town in a sentence about the writer's own shift, roster, break or uniform; a site by town and kind
OWN_WORK_TOWN = {
    "swap refused": ("tried to swap my saturday shift at Bayswater, no dice", "bayswater"),
    "smoko at work": ("smoko at work out at Kewdale, 41 degrees and the fridge is dead", "kewdale"),
    "overtime, other clause about kids": ("Overtime at Eagle Farm till 9 again, kids asleep when I get home", "eagle farm"),
    "uniform ruined": ("uniform's ruined, grease everywhere from the Botany freight yards", "botany freight yards"),
    "examination site": ("Q: where are you these days? A: the Pinkenba examination site, 6 till 2", "pinkenba examination site"),
    "port with a working week": ("Dampier port Mon-Fri now, home for tea every night", "dampier port"),
    "roster change": ("third roster change at Altona this month, I've stopped making plans", "altona"),
    "break between ships": ("ten minutes between ships at Port Kembla and I inhaled a sausage roll", "port kembla"),
    "island posting years": ("Three years on Christmas Island now and the crabs still win", "christmas island"),
    "cargo sheds": ("cargo sheds at Tullamarine all week 📦📦📦", "melbourne airport"),
    "town and kind in capitals": ("Adelaide Cargo Terminal doubles this week, pray for me", "adelaide cargo terminal"),
    "exam shed in the next clause": ("out at Welshpool most days, the exam shed is an oven", "welshpool"),
    "sheds with a span of days": ("at the Banksmeadow sheds tue-fri, mondays are admin", "banksmeadow sheds"),
}


@pytest.mark.parametrize("text, value", OWN_WORK_TOWN.values(), ids=OWN_WORK_TOWN.keys())
def test_a_town_in_a_sentence_about_own_work_is_the_work_location(kit, text, value):
    found = values(scan(kit, text), "work_location")
    assert any(value in v for v in found), found


OWN_WORK_NOT = {
    "after work drinks": "after work drinks in Subiaco, who's keen",
    "a mate at the pub, shift later": "caught up with a mate at the Railway in Kewdale, shift tomorrow",
    "a partner's roster": "My husband's roster at the Kwinana refinery changed again, so much for date night",
    "a friend on nights": "my sister's on nights at the Altona plant so I've got the kids",
    "a news story about a wharf": "A container fell off a ship at the Fremantle wharf overnight according to the news",
    "a volunteer roster": "Sunday nippers at Cottesloe, I'm on the water safety roster",
    "a stint elsewhere": "Got moved to Botany for the month to cover the cargo shed",
    "a tourist at the airport": "off to the airport for ten days in Bali, see ya",
    "a third party held": "Bloke in Kewdale got his truck searched twice a shift, poor him",
    "coffee on a wharf": "a pie on the wharf at Esperance, watching the seals",
    "a cousin's depot": "my cousin does nights at the Kewdale depot and sleeps all weekend",
    "nights away": "two nights in Dunsborough this week, no phone, bliss",
}


@pytest.mark.parametrize("text", OWN_WORK_NOT.values(), ids=OWN_WORK_NOT.keys())
def test_places_that_are_not_the_writers_work(kit, text):
    assert values(scan(kit, text), "work_location") == set()


# --- b. a workplace by its kind alone, named from the scan's city
def test_the_airport_takes_the_city_the_profile_gives(kit):
    found = values(scan_posts(kit, "Border Force officer. Living in Perth with two dogs.",
                              "nights at the airport again, third week running"), "work_location")
    assert "perth airport" in found


@pytest.mark.parametrize("bio, value", [
    ("Border Force officer. Living in Geraldton with the dogs.", "geraldton wharf"),
    ("Border Force officer. Living in Fremantle, kayak on weekends.", "fremantle port"),
    ("Border Force officer. Views my own.", "the wharf"),
])
def test_the_wharf_takes_the_town_the_profile_gives(kit, bio, value):
    assert value in values(scan_posts(kit, bio, "on the wharf by 5 again, two bulkers waiting"), "work_location")


@pytest.mark.parametrize("text, value", [
    ("lates at the airport all week, body clock is cooked", "the airport"),
    ("stuck on the x-ray line at Clyde till 10 tonight", "clyde x-ray line"),
    ("on the primary line at Brisbane international all arvo", "brisbane primary line"),
    ("down the wharf all week, phone's in the locker", "the wharf"),
    ("airport life ✈️ #nightshift", "the airport"),
])
def test_a_workplace_by_its_kind_in_a_shift_post(kit, text, value):
    assert value in values(scan(kit, text), "work_location")


def test_an_inspection_line_alone_needs_the_scans_airport(kit):
    assert values(scan(kit, "primary line all arvo, feet are cactus"), "work_location") == set()


# --- c. routines stated once
ROUTINES = {
    "day, activity, park": ("Saturday parkrun at Lake Claremont, rain or shine", "saturday"),
    "day then a time span": ("Sunday: radio room 0700-1300 at the rescue base", "07:00"),
    "abbreviated days, time later": ("Tues and Fri the planes come in, so I'm at the airstrip office by 6:30", "06:30"),
    "parkrun every saturday with a friend": ("parkrun every saturday with Opal, 50th one done", "saturday"),
    "newsletter line": ("Thursday knitting circle, 7pm, the Subiaco library. Bring wool.", "thursday"),
    "working week at the port": ("Mon to Fri at the port, weekends belong to the boat", "weekday"),
}


@pytest.mark.parametrize("text, part", ROUTINES.values(), ids=ROUTINES.keys())
def test_a_routine_stated_once(kit, text, part):
    found = values(scan(kit, text), "routine")
    assert any(part in v for v in found), found


ROUTINES_NOT = {
    "gardening advice": "water your tomatoes at the same time each day and they'll reward you",
    "a brother's night shift": "my brother's on night shift at the smelter all month so mum's staying with us",
    "a mate on earlies": "my mate is on earlies at the bakery, so he's useless after 8pm",
    "a contact line": "weekdays you can reach me on the shop phone, it's on the club page",
    "a neighbour's habit": "someone on our street whipper-snips at 7am every sunday. i will find them",
    "trivia with a friend at a pub": "Tuesday trivia with Ada Ngata at the Royal, second again",
    "a venue's weekdays": "the post office at the shops is open Monday to Friday only",
    "someone from a day's group": "Marlee from the Thursday paddle crew found my lost hat, hero",
}


@pytest.mark.parametrize("text", ROUTINES_NOT.values(), ids=ROUTINES_NOT.keys())
def test_not_the_writers_routine(kit, text):
    assert values(scan(kit, text), "routine") == set()
