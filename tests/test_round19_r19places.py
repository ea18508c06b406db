"""Round 19 (r19places): home and work places stated the ways people state them. Every person is fictional; the
places are real suburbs and towns, the sentences written for these tests.

- a personal card (a blog's h-card, a schema.org Person) with a job, an employer and a bare locality gives the home;
  a street or office address, or an employer named for its place ("Toowong Motors"), keeps it the workplace's;
- a suburb said in passing as home: an age opening a self-introduction, the way home ending in a suburb, years lived
  there said as now, a verdict on it, "<Suburb>, via <Place>" in a bio; not a trip, a past home or someone else's;
- the organisation's office by its town ("the Home Affairs office in Wagga"), a flight to the writer's own office, a
  team day at "the <City> office", a workplace hashtag beside the organisation's ("#ABF #PortOfGeelong").
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.detectors.home_card import local_firm, place_in_name
from footprint.crawler.items import ProfileItem

from kit_posts import PROFILE, SUBJECT, bio, found_beside_bio, kit_extractor, post


@pytest.fixture(scope="module")
def kit():
    return kit_extractor()


def _homes(kit, item) -> set[str]:
    """The rules' home values (the learned backstop's readings left out)."""
    return {d.value for d in kit.extract([item]) if d.category == "home_location" and not d.pattern.startswith("backstop")}


def _work(kit, text: str) -> set[str]:
    return {d.value for d in found_beside_bio(kit, text) if d.category == "work_location" and not d.pattern.startswith("backstop")}


# --- 1. a card's locality beside an employer
@pytest.mark.parametrize("fields, home", [
    ({"jobTitle": "Visa Processing Officer", "worksFor": "Department of Home Affairs", "address": "Chiltern VIC, Australia",
      "locality": "Chiltern"}, "Chiltern VIC"),
    ({"jobTitle": "Border Force Officer", "worksFor": "Australian Border Force", "address": "Bentley Park QLD"}, "Bentley Park QLD"),
    ({"jobTitle": "Harvest coordinator", "worksFor": "Riverland Citrus Growers", "locality": "Berri"}, "Berri SA"),
    ({"jobTitle": "Landscape designer", "address": "Norwood SA"}, "Norwood SA"),       # a job title alone (round 15)
])
def test_personal_card_locality_is_the_home(kit, fields, home):
    item = ProfileItem(profile=PROFILE, url=PROFILE, platform="html", name=SUBJECT, fields=fields)
    assert home in _homes(kit, item)


@pytest.mark.parametrize("fields", [
    {"jobTitle": "Bookkeeper", "worksFor": "Ascot Vale Accounting", "address": "Ascot Vale VIC"},          # named for its place
    {"jobTitle": "Mechanic", "worksFor": "Kedron Motors", "locality": "Lutwyche"},                         # the shop's suburb
    {"jobTitle": "Clerk", "worksFor": "Kestrel Logistics", "address": "14 Frome Street, Adelaide SA"},     # a street address
    {"jobTitle": "Agent", "worksFor": "Harbourside Visas", "address": "Suite 4, 20 Smith Street, Darwin NT"},
])
def test_workplace_card_address_is_no_home(kit, fields):
    item = ProfileItem(profile=PROFILE, url=PROFILE, platform="html", name=SUBJECT, fields=fields)
    assert not _homes(kit, item)


@pytest.mark.parametrize("name, place", [
    ("Toowong Motors", "Toowong QLD"), ("Botany Freight Co", "Botany NSW"), ("Australian Border Force", None),
    ("Department of Home Affairs", None), ("Kimberley Shell Co.", None), ("Haddad Migration Lawyers", None),
])
def test_employer_named_for_a_place(name, place):
    assert place_in_name(name) == place
    assert local_firm({"worksFor": name}) == place


# --- 2. a suburb stated in passing
@pytest.mark.parametrize("text, home", [
    ("G'day all. 41, from Thirroul, second season in the comp.", "Thirroul NSW"),
    ("Hi everyone, 29, from Kirrawee, long-time lurker.", "Kirrawee NSW"),
    ("Walked home along the creek to Bardon after the shift finished.", "Bardon QLD"),
    ("Cycled home over the bridge to Yeronga, legs like jelly.", "Yeronga QLD"),
    ("Best thing about Scottsdale: the bakery knows my order.", "Scottsdale TAS"),
    ("Worst thing about living in Ulverstone: the wind.", "Ulverstone TAS"),
    ("Lived in Mount Gravatt for nine years now and still love it.", "Mount Gravatt QLD"),
    ("Been living in Moonah for twelve years.", "Moonah TAS"),
])
def test_home_said_in_passing(kit, text, home):
    assert home in _homes(kit, post(text))


def test_bio_suburb_via_where_they_came_from(kit):
    assert "Fairfield NSW" in _homes(kit, bio("Recipes from my nonna's kitchen. Fairfield, via Palermo."))


@pytest.mark.parametrize("text", [
    "Drove from Sydney for the weekend, what a trip.",
    "Flew home from Bali last night, exhausted.",
    "Lived in London for two years in my twenties.",
    "I lived in Coburg for ten years before we moved north.",
    "Lived in Fairfield for six years as a kid.",
    "Best thing about the holiday in Cowes: no emails.",
    "Best thing about Hobart airport: free parking.",
    "Drove home to my sister's in Bathurst.",
    "Scored 38, from Geelong's best bowler.",
    "Walked along the river to Southbank for lunch.",
])
def test_no_home_in_trips_past_homes_or_others(kit, text):
    assert not _homes(kit, post(text))


# --- 3. work places said as offices
@pytest.mark.parametrize("text, value", [
    ("The Home Affairs office in Wagga has a new manager, four of us on the counter now.", "Wagga office"),
    ("Back at the counter: the Home Affairs office in Bunbury is flat out.", "Bunbury office"),
    ("The Border Force office in Gladstone is small, six of us.", "Gladstone office"),
    ("Flew up to the Darwin office for the quarterly planning day.", "Darwin office"),
    ("Went to the Hobart office for our quarterly team day.", "Hobart office"),
    ("Long day with the pups #ABF #detectordogs #PortOfGeelong", "Port of Geelong"),
    ("Checked 40 bags before lunch #BorderForce #CairnsAirport", "Cairns Airport"),
])
def test_work_place_said_as_an_office(kit, text, value):
    assert value in _work(kit, text)


@pytest.mark.parametrize("text", [
    "The Service NSW office in Dubbo renewed my licence.",          # another organisation's office
    "Weekend in the sun #PortOfGeelong #holiday",                   # no organisation hashtag
    "Sunset walk #PortOfGeelong #nofilter",
    "Flew to Darwin for a wedding.",
])
def test_no_work_place_in_others_offices_or_outings(kit, text):
    assert not _work(kit, text)


def test_the_employer_before_office_is_no_place(kit):
    assert "Border Force office" not in _work(kit, "The Border Force office in Gladstone is small, six of us.")
