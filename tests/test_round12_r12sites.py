"""Round 12 (r12sites): work sites and routines said tersely, by nickname or in passing, by someone known as staff.

Each class in several registers (a forum grumble in lower case, a terse caption, a Q&A answer, a profile-ish "Work:"
line, emoji, a heading of fragments) with near misses beside it. Every person, place and phrase here is written for
these tests (public place names only), never taken from a held-out set.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest


sys.path.insert(0, str(Path(__file__).parent))
from kit_posts import kit_extractor, values, found_beside_bio as scan  # noqa: E402


@pytest.fixture(scope="module")
def kit():
    return kit_extractor()


# --- a site by its place and kind alone, no work word beside it
SITES = {
    "nickname office": ("The Belco office finally got new chairs. Only took four years", "belco office"),
    "our + a city": ("our Hobart office is tiny but the view of the Derwent makes up for it", "hobart office"),
    "lower-case forum depot": ("i work out of our townsville depot mostly, sometimes the port", "townsville depot"),
    "kennels this week": ("the pups are settling in at the Moorebank kennels this week", "moorebank kennels"),
    "a shed with the shift": ("quiet one at the Eagle Farm shed today, two containers all shift", "eagle farm shed"),
    "building by its lifts": ("Home Affairs, in the Belconnen building (the one where the lifts break every week)",
                              "belconnen building"),
    "moved into a building": ("moved across to the Wollongong building last month, better coffee at least",
                              "wollongong building"),
    "a wharf's smoko room": ("LOL the Mackay wharf smoko room has a new fridge and we're all thrilled", "mackay wharf"),
    "Q and A": ("Q: where are you based these days? A: the Fremantle office, third floor, facing the car park",
                "fremantle office"),
    "based at a town's office": ("I'm based at the Wagga office now, country life suits me", "wagga office"),
    "you-know blog": ("you know you've been at the Pinkenba kennels too long when the beagles know your car",
                      "pinkenba kennels"),
}


@pytest.mark.parametrize("text, value", SITES.values(), ids=SITES.keys())
def test_a_staff_members_site_by_place_and_kind(kit, text, value):
    assert value in values(scan(kit, text), "work_location")


SITES_NOT = {
    "chips on the wharf": "fish and chips on the Manly wharf with the kids, perfect arvo",
    "sunset jetty": "sunset from the Busselton jetty, 2km of it and worth every step",
    "married at a quay": "we got married at the Williamstown quay, best day ever",
    "sister's law firm": "My sister just started at the Geelong office of her law firm",
    "a shed at home": "Dad built our Orange shed himself in 1982",
    "fishing by its catch": "chasing flathead off the Tuncurry jetty again, nothing biting",
    "a precinct's name": "Drinks on the rooftop at Victoria Quay, what a view",
    "another agency's office": "Dropped Dad at the Wagga office of Centrelink, two hours in the queue",
    "a passenger's ferry": "ferry from the Manly wharf to the city, sun out, life is good",
}


@pytest.mark.parametrize("text", SITES_NOT.values(), ids=SITES_NOT.keys())
def test_leisure_others_and_precincts_are_no_work_site(kit, text):
    assert not values(scan(kit, text), "work_location")


def test_a_site_by_place_and_kind_needs_a_staff_scan(kit):
    assert not values(scan(kit, "The Belco office finally got new chairs", summary="Barista. Dog person."),
                      "work_location")


# --- the org's role then the place, said of oneself or as a bio line
ROLE_AT = {
    "bio line": ("Border Force officer based in Eden, clearing the fishing fleet", "eden"),
    "proud to be": ("Proud to be a Border Force officer based in Broome", "broome"),
    "first person at a wharf": ("I'm a Border Force officer at Portland wharf, have been for 11 years", "portland wharf"),
}


@pytest.mark.parametrize("text, value", ROLE_AT.values(), ids=ROLE_AT.keys())
def test_the_orgs_role_then_the_place(kit, text, value):
    assert any(v.startswith(value) for v in values(scan(kit, text), "work_location"))


ROLE_AT_NOT = {
    "an officer met": "the Border Force officer at Tullamarine made me unpack my whole bag",
    "a cousin's job": "My cousin is a Border Force officer based in Broome",
    "a traveller told": "an ABF officer at Darwin port told us we couldn't bring the mangoes in",
}


@pytest.mark.parametrize("text", ROLE_AT_NOT.values(), ids=ROLE_AT_NOT.keys())
def test_someone_elses_role_at_a_place_is_not_the_subjects_site(kit, text):
    assert not values(scan(kit, text), "work_location")


# --- a site by its kind alone in a work sentence
KIND_ALONE = {
    "dog teams at the port": ("cruise ship in at the port this morning, two dog teams on it", "the port"),
    "tied up at the wharf": ("tied up at the wharf, home port at last", "the wharf"),
    "nights in the compound": ("night shift in the compound again, 35 degrees at midnight", "the compound"),
    "another 5am at a jetty": ("another 5am at Barney Point jetty", "barney point jetty"),
    "terse town then facility": ("Fremantle. Victoria Quay. 0600. Car carrier.", "victoria quay"),
    "kennel duty at a town": ("kennel duty at Mickleham all week, new pups arrived", "mickleham vic"),
}


@pytest.mark.parametrize("text, value", KIND_ALONE.values(), ids=KIND_ALONE.keys())
def test_a_site_by_its_kind_in_a_work_sentence(kit, text, value):
    assert value in values(scan(kit, text), "work_location")


KIND_ALONE_NOT = {
    "watching a ship with the kids": "Took the kids down to watch the cruise ship in at the port, huge thing",
    "a day off": "sitting on the jetty, no work tomorrow",
    "boarding the dog": "dropped the dog at the kennels before our trip, she'll be fine",
    "a marina": "our boat is back in the water, tied up at the marina till spring",
    "a beach at dawn": "Fremantle. Bathers Beach. 0600. Flat as a tack.",
}


@pytest.mark.parametrize("text", KIND_ALONE_NOT.values(), ids=KIND_ALONE_NOT.keys())
def test_a_kind_at_leisure_is_no_work_site(kit, text):
    assert not values(scan(kit, text), "work_location")


# --- airports by the suburb they sit in, beside an airport word
AIRPORTS = {
    "suburb and a plane": ("Mascot ✈️ lates", "sydney airport"),
    "international side": ("back at Eagle Farm international tomorrow, 0500 sign-on", "brisbane airport"),
    "planes counted": ("Garbutt 0500 start, two RAAF jets and a Virgin", "townsville airport"),
    "arrivals hall": ("Marrara arrivals hall at 11pm, two flights in from Denpasar", "darwin airport"),
    "city international and a terminal": ("ABF at Adelaide International, T1", "adelaide airport"),
}


@pytest.mark.parametrize("text, value", AIRPORTS.values(), ids=AIRPORTS.keys())
def test_an_airport_by_its_suburb(kit, text, value):
    assert value in values(scan(kit, text), "work_location")


AIRPORTS_NOT = {
    "a traveller": "Mascot ✈️ off to Bali for two weeks, see ya suckers",
    "a suburb's restaurant": "Great little Vietnamese place in Mascot, go the pho",
    "picking someone up": "picking Mum up from Eagle Farm international at 6, her flight's late",
    "the tennis": "Watching the Adelaide International on telly, what a rally",
}


@pytest.mark.parametrize("text", AIRPORTS_NOT.values(), ids=AIRPORTS_NOT.keys())
def test_an_airport_suburb_without_work_is_no_work_site(kit, text):
    assert not {v for v in values(scan(kit, text), "work_location") if "airport" in v}


# --- routines said tersely
ROUTINES = {
    "heading of fragments": ("Wednesday. 6:30. Centennial Park.", "wednesday 06:30 at centennial park"),
    "day, time, ride": ("Saturday 7am ride out to Kurnell with Jono, coffee at the bakery after", "saturday 07:00 ride"),
    "touch footy": ("Tuesday 6pm touch footy at the Kensington fields", "tuesday 18:00 touch footy at kensington"),
    "ritual": ("Sunday 8am Marrickville markets dumplings. Ritual.", "sunday 08:00 markets"),
    "run club, abbreviated": ("Thurs 5:30 run club from the Newstead brewery, rain or shine",
                              "thursday 05:30 run club from newstead"),
    "mornings heading": ("Sat mornings: Carriageworks market, then the dog park", "saturday market"),
    "commuter's grumble": ("the 6:42 from Blacktown is late again", "weekday 06:42 commute from blacktown"),
    "bus never shows": ("the 5:15 bus from Belconnen never shows", "weekday 05:15 bus from belconnen"),
    "a block's start": ("0530 starts this month, on the M5 by 4:50", "05:30 shift start"),
    "my earlies": ("covering my earlies so Deb can go to the wedding", "early shifts"),
    "shift and its time": ("Earlies 0445", "early shifts"),
    "on call by turns": ("every third week I'm on call", "on-call roster (every third week)"),
    "on call one in four": ("on call one weekend in four, this is mine", "on-call roster (one weekend in four)"),
    "time before the day": ("Jess's netball is at 8am Saturday at the Bankstown courts", "saturday 08:00 netball at bankstown"),
    "trivia is at night": ("Wednesday 7:30 trivia at the Marrickville bowlo, as always", "wednesday 19:30 trivia at marrickville"),
    "days joined by n": ("Training Tues n Thurs 4:30 at the courts", "tuesday and thursday 04:30 training"),
    "hours for a block": ("Doing the 0500 to 1330 stretch out at the cargo sheds all month.", "05:00 shift start"),
    "my train leaves": ("my train leaves hornsby 6.47am daily lol someone send coffee", "weekday 06:47 train"),
}


@pytest.mark.parametrize("text, value", ROUTINES.values(), ids=ROUTINES.keys())
def test_a_terse_routine(kit, text, value):
    assert value in values(scan(kit, text), "routine")


ROUTINES_NOT = {
    "a dated event": "Saturday 14 March, 7am: charity fun run at the Domain. See you there!",
    "this Saturday only": "This Saturday only, 9am, book fair at the school hall",
    "done once": "Last Sunday 8am we did the Bondi to Bronte walk, first time ever",
    "a club's AGM": "The club's AGM is on Tuesday 6pm at the clubhouse, all members welcome",
    "a fixture": "Tigers v Lions, Saturday 2pm at Henson Park",
    "a conditional shift": "I'll be there every week I'm not on nights",
    "a machine's habit": "the rostering app crashes at 7:30 every morning without fail",
    "a number's hours": "ring the front desk weekdays between 9 and 5",
    "you as anyone": "you open your inbox on a Monday and there's 300 emails waiting",
    "someone else's call": "Mum's on call for the whole street",
    "a plan": "See you at 9am Sunday for brunch at Bills!",
    "an appointment": "My dentist appointment is at 3pm Thursday",
    "a meeting": "Tuesday 10am coffee with the new team lead, wish me luck",
    "someone else's shift": "Supervisor Ngaire Tapsell runs the tightest night shift in the state",
    "a venue's hours": "Exhibition open 10am to 4pm all week at the gallery",
}


@pytest.mark.parametrize("text", ROUTINES_NOT.values(), ids=ROUTINES_NOT.keys())
def test_one_offs_and_others_habits_are_no_routine(kit, text):
    assert not values(scan(kit, text), "routine")
