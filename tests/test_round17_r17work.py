"""Round 17 (r17work): employment said casually (a terse member blurb, the uniform, identity as a parent, the org that
rosters you, a role on the org's vessel), work locations said casually (a mail centre at the airport, a desk in a suburb,
a training room, a base, an embassy posting, the college), and the controls that keep suppliers, interpreters, lawyers and
TV viewers out. Every person and place is fictional.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.extract import Extractor
from footprint.crawler.items import PostItem, ProfileItem
from footprint.crawler.orgs import load_org

P = "https://social.example/@kw"
NAME = "Kerry Walsh"
STAFF_BIO = "Border Force officer. Views my own."
PLAIN_BIO = "Coffee, cricket, kids. Opinions mine."
ABF, HA = "Australian Border Force", "Department of Home Affairs"
CUS = "Australian Customs and Border Protection Service"


@pytest.fixture(scope="module")
def extractor():
    return Extractor(load_org("dibp"), NAME)


def _scan(extractor, text: str, bio: str) -> list:
    items = [ProfileItem(profile=P, url=P, platform="activitypub", name=NAME, summary=bio),
             PostItem(profile=P, url=f"{P}/1", platform="activitypub", text=text, published="2026-06-11T09:00:00Z")]
    return [d for d in extractor.extract(items) if d.evidence.url != P]


def _values(dets: list, category: str) -> set[str]:
    return {d.value.lower() for d in dets if d.category == category}


def _alone(extractor, text: str) -> list:
    return extractor.extract([PostItem(profile=P, url=f"{P}/2", platform="activitypub", text=text,
                                       published="2026-06-11T09:00:00Z")])


def _employers(dets: list) -> set[str]:
    return {d.value for d in dets if d.category == "employer"}


# --- 1. employment said casually
@pytest.mark.parametrize("text, org", [
    # a terse member blurb: org abbreviation + place + posting
    ("Kerry Walsh. ABF, Townsville, 2 yrs left on the posting.", ABF),
    ("Kerry W. ABF, Broome, last year of the posting and loving it.", ABF),
    ("Kerry. Home Affairs, Canberra, 4 years into the posting.", HA),
    ("ABF, Mackay. I clear every yacht that comes up the coast, rain or shine.", ABF),
    ("Border Force, Kilburn site. Back from leave and my locker has been moved.", ABF),
    ("Border Force, marine unit: another fortnight off Broome with the same four blokes.", ABF),
    # the uniform
    ("in the border force blues at Perth Airport today, send coffee", ABF),
    ("Sunday night ironing the ABF shirt again, where did the weekend go", ABF),
    ("Spilt gravy down my Customs uniform before the shift even started.", CUS),
    ("my abf uniform shrank in the wash, or it's the Easter eggs", ABF),
    # identity as a parent or person
    ("I'm the Border Force mum who always turns up to netball straight off a night shift.", ABF),
    ("Yep, the ABF dad at the school gate in boots, that's me.", ABF),
    ("Just your average customs girl who misses sleep.", CUS),
    # the org as the one that rosters you
    ("Border Force has had us on 6 till 2:30 for years and my body clock is a wreck.", ABF),
    ("ABF have me on nights again, goodbye sunlight", ABF),
    ("Home Affairs has me rostered on Christmas Day again.", HA),
    ("customs have put me on earlies for the whole of March", CUS),
    # a role on the org's vessel
    ("As 2nd engineer on one of the Border Force cutters, I spend half the year at sea.", ABF),
    ("Deckhand on an ABF patrol boat, three weeks on, three off.", ABF),
    ("I crew one of the Customs boats out of Cairns and the seasickness never fully goes.", CUS),
    ("Ten years as a coxswain on the Border Force cutters and I still get seasick.", ABF),
])
def test_employment_said_casually(extractor, text, org):
    dets = _alone(extractor, text)
    assert org in _employers(dets)


# --- 3. employment false positives: suppliers, interpreters, lawyers, TV viewers, passengers
@pytest.mark.parametrize("text", [
    "Proud breeder! Two of our labrador pups are now working with Border Force as detector dogs.",
    "Our kennel has supplied beagles to the Border Force detector dog program since 2015.",
    "Interpreting at a Home Affairs interview at the Parramatta office this morning for a Dari-speaking client.",
    "Long day at a visa cancellation hearing for a client, Home Affairs' lawyers were well prepared.",
    "As an agent I attend Home Affairs interviews at the Parramatta office most weeks.",
    "Binge-watching Border Security on the couch, that sniffer dog deserves a raise.",
    "Nothing beats Border Security reruns on a rainy Sunday.",
    "Saw a Border Force officer in the blues at Perth Airport, she was lovely to my mum.",
    "The ABF patrol boat came into the marina today, the kids waved at the crew.",
    "My neighbour is the Border Force mum who runs the canteen, legend.",
    "Border Force have had the airport queues out the door for years.",
    "Border Force have us queuing for an hour every time we fly home, ridiculous.",
    "Bought a Customs uniform costume for the kid's book week parade, nailed it.",
    "My brother crews one of the Customs boats out of Darwin.",
    # round 17 guards on the new casual rules
    "Border Force, please answer your phone, I've been on hold for an hour about my visa.",
    "Border Force had us at the airport for three hours over a packet of jerky.",
    "Customs had us in the queue for an hour at Brisbane Airport, never again.",
    "The kids dressed up in the Border Force uniforms for book week, so cute.",
    "A bloke in the ABF shirt at the counter sorted our bags out in two minutes.",
    "Proud Border Force mum today, my son graduated from the college!",
    "I'm the Border Force wife who keeps the home running while he's at sea.",
    "Went out on one of the ABF boats at the open day, the kids loved it.",
    "Her Border Force uniform still hangs in the wardrobe, we miss her.",
])
def test_employment_false_positives(extractor, text):
    dets = _alone(extractor, text)
    assert not {d.category for d in dets} & {"employer", "work_location"}


@pytest.mark.parametrize("text", [
    "Proud breeder! Two of our labrador pups are now working with Border Force as detector dogs.",
    "Interpreting at a Home Affairs interview at the Parramatta office this morning for a Dari-speaking client.",
    "Long day at a visa cancellation hearing in Melbourne for a client.",
    "Binge-watching Border Security on the couch, that sniffer dog deserves a raise.",
])
def test_controls_no_work_location_even_in_staff_scan(extractor, text):
    assert "work_location" not in {d.category for d in _scan(extractor, text, PLAIN_BIO)}


# the label-line rule ("ABF, <town>.") on a traveller's or a news item's fragment: no employer (the site rules' own
# reading of "Border Force, Sydney Airport." is older and left as it is)
@pytest.mark.parametrize("text", [
    "Border Force, Sydney Airport. Took forever with our bags, two hours in the queue.",
    "ABF, Melbourne: two arrests after a cocaine seizure at the docks.",
])
def test_label_line_guards(extractor, text):
    assert "employer" not in {d.category for d in _alone(extractor, text)}


# --- 2. work location said casually, in a scan that says the subject is staff
@pytest.mark.parametrize("text, site", [
    ("Another day sorting parcels at the mail centre at the airport, x-ray never sleeps.", "mail centre"),
    ("Screening parcels at the international mail centre in Clyde all week.", "mail centre"),
    ("Back at my desk in Belconnen after a week of leave and 400 emails to read.", "belconnen"),
    ("Work was fine, just stuck at my desk in Chermside all day.", "chermside"),
    ("Running induction in the training room at Eagle Farm this week.", "eagle farm"),
    ("Back to Coonawarra base after the patrol, first shower in a fortnight.", "coonawarra"),
    ("Three more months on my posting at the embassy in Jakarta, then home.", "jakarta"),
    ("My posting at the embassy in Bangkok ends in June.", "bangkok"),
    ("Teaching the new recruits at the ABF College this week, so much energy.", "abf college"),
    ("Two years on staff at the ABF College now and I still get lost in the car park.", "abf college"),
])
def test_work_location_said_casually(extractor, text, site):
    assert any(site in v for v in _values(_scan(extractor, text, STAFF_BIO), "work_location"))


@pytest.mark.parametrize("text", [
    "Picked up a parcel from the mail centre near the airport, finally.",
    "Working from my desk in Belconnen today, the cat approves.",
    "Booked the training room at the Chermside library for our book club.",
    "Went to the open day at Coonawarra base with the kids, the boats were great.",
    "Renewed my passport at the embassy in Jakarta, painless.",
    "Graduation at the police college in Goulburn today, so proud of my niece.",
    "Sorting the kids' old clothes at the op shop in Chermside all morning.",
    "My sister's posting at the embassy in Jakarta ends in June, we miss her.",
])
def test_work_location_near_misses(extractor, text):
    assert "work_location" not in {d.category for d in _scan(extractor, text, PLAIN_BIO)}


@pytest.mark.parametrize("text", [
    "My sister's posting at the embassy in Jakarta ends in June, we miss her.",
    "Booked the training room at the Chermside library for our book club, first meeting Tuesday.",
    "Working from my desk in Belconnen today, the cat approves.",
    "Dropped my niece at the ABF College for her first day, so proud.",
    "Officially a graduate of the ABF College, passing out parade was emotional.",
])
def test_work_location_near_misses_in_staff_scan(extractor, text):
    assert "work_location" not in {d.category for d in _scan(extractor, text, STAFF_BIO)}
