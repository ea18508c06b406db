"""Identity categories on the round-2 failure classes: positives beside decoys, in new words.

Employer through a unit, a workplace or a signature line; work locations at the
organisation's kinds of facility; an official email that registered an account
(corporate identifier) against one offered as a contact; a desk phone in a post about
work; messaging handles; home stated in words; and a migration agent who deals with the
Department and visits clients in detention, who must get neither an employer nor a work
location. Every person, number and address is fictional.
"""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from footprint.analysis import pipeline
from footprint.analysis.detect.extract import Extractor
from footprint.crawler.orgs import load_org
from footprint.crawler.items import ImageItem, PostItem, ProfileItem

SUBJECT, ALIASES = "Robin Ashby", ["robbo_a"]
HOME = "https://social.example/@robbo_a"


@pytest.fixture(scope="module")
def org():
    return load_org("dibp")


@pytest.fixture(scope="module")
def extractor(org):
    return Extractor(org, SUBJECT, ALIASES)


def post(text: str, n: int = 1) -> PostItem:
    return PostItem(profile=HOME, url=f"{HOME}/{n}", platform="activitypub", text=text, published="2026-03-02T08:00:00Z")


def person(**kw) -> ProfileItem:
    return ProfileItem(profile=HOME, url=HOME, platform="html", name=SUBJECT, **kw)


def keys(extractor, items, category: str) -> set[str]:
    return {d.key for d in extractor.extract(items) if d.category == category}


# ------------------------------------------------------------------ employer

@pytest.mark.parametrize("text, expected", [
    ("Back on the x-ray line at the mail centre tomorrow, Border Force life never stops.", "employer:australian border force"),
    ("Three weeks at sea on the cutter and the swell never let up. #BorderForce", "employer:australian border force"),
    ("Thanks for the advice on the reel.\n-- Kez | ABF | Darwin", "employer:australian border force"),
    ("New boots are rubbish, do not buy. Cheers, Jono (BFO, Port Botany)", "employer:australian border force"),
    ("Nine years on the Marine Unit crew and still no sea legs.", "employer:marine unit"),
    # decoys: outside professionals, fans and news
    ("I liaise with the Department of Immigration every day on behalf of partner visa applicants.", None),
    ("Migration agent. I work closely with the Department of Immigration on skilled visas.", None),
    ("Our practice lodges dozens of import declarations with Border Force every month.", None),
    ("As an agent I correspond with the Department and represent clients at interviews.", None),
    ("Great doco last night | Border Security reruns are the best telly.", None),
])
def test_employer_units_workplaces_signatures(extractor, text, expected):
    found = keys(extractor, [post(text)], "employer")
    assert (expected in found) if expected else not found


def test_bio_line_with_disclaimer_is_employment(extractor):
    assert "employer:australian border force" in keys(
        extractor, [person(summary="Aust Border Force, Sydney cargo. Views my own.")], "employer")


# ------------------------------------------------------------------ work location

@pytest.mark.parametrize("text, expected", [
    ("Rostered at Yongah Hill all next month, night shift again.", "place:yongah hill immigration detention centre"),
    ("I work at the Brisbane wharf now, container exams mostly.", "place:port of brisbane"),
    ("Got posted to Wickham Point, pack the insect repellent.", "place:wickham point detention centre"),
    ("Back at Melbourne CEF on Monday after leave, reefers stacked to the sky.", "place:melbourne container examination facility"),
    ("Started at the Perth mail centre this week, x-ray line all day.", "place:perth international mail centre"),
    ("I work in Belconnen these days, the commute is easy.", "place:belconnen act"),
    ("Working out of Darwin for the dry season, boarding parties most days.", "place:darwin nt"),
    # decoys: a client visit, someone else's job, a trip, a state
    ("Spent the morning visiting clients at Villawood, two are close to a decision.", None),
    ("Visited a client at Yongah Hill today, the drive is brutal.", None),
    ("My sister works in Parramatta and loves it.", None),
    ("Drove past the Port of Brisbane on the way to the island ferry.", None),
    ("I work in Queensland most winters, fruit picking.", None),
])
def test_work_location_facilities(extractor, text, expected):
    found = keys(extractor, [post(text)], "work_location")
    assert (expected in found) if expected else not found


def test_work_in_place_dropped_for_non_staff_scan(extractor):
    """A scan with a profile that never ties the subject to the org: "I work in Parramatta" is not a work site."""
    items = [person(fields={"jobTitle": "Principal Solicitor", "worksFor": "Lindqvist Migration Lawyers"}),
             post("I work in Parramatta most days, the food court is great.")]
    assert not keys(extractor, items, "work_location")


def test_migration_agent_page_is_no_employer_nor_work_site(extractor):
    agent = person(fields={"jobTitle": "Registered Migration Agent", "worksFor": "Harbourview Visa Consulting",
                           "description": "I deal directly with the Department of Immigration and Border Protection on "
                                          "partner and protection visas, and regularly visit clients held at Villawood."})
    items = [agent, post("Visited two clients at Villawood this morning, long wait at the gate."),
             post("Lodged three applications with the Department of Immigration today.", 2)]
    found = extractor.extract(items)
    assert not [d for d in found if d.category in ("employer", "work_location", "official_contact")]


# ------------------------------------------------------------------ official email vs account identifier; desk phone

@pytest.mark.parametrize("text, category, key", [
    ("Signed up for the union portal with my work email kez.o@abf.gov.au, hopefully allowed.", "corporate_identifier", "contact:kez.o@abf.gov.au"),
    ("Registered on the cargo forum using kez.o@border.gov.au because my gmail was locked.", "corporate_identifier", "contact:kez.o@border.gov.au"),
    ("My login for the training site is kez.o@abf.gov.au if anyone needs to check completions.", "corporate_identifier", "contact:kez.o@abf.gov.au"),
    ("Email me at kez.o@abf.gov.au about the swap sheet.", "official_contact", "contact:kez.o@abf.gov.au"),
    ("Cargo team this week, call me on 02 5550 7721 if the paperwork is wrong.", "official_contact", "contact:+61255507721"),
    ("On shift till 6, ring me on 02 5550 7722 if the manifest comes through.", "official_contact", "contact:+61255507722"),
    ("Ring my desk on 02 5550 7723 if the cargo report is late.", "official_contact", "contact:+61255507723"),
    # personal: a mobile, or a fixed line said to be home
    ("Selling my old bike, call me on 0491 570 171.", "personal_contact", "contact:+61491570171"),
    ("Ring me on 02 5550 7724 after 7pm, that's home, about the trailer.", "personal_contact", "contact:+61255507724"),
])
def test_contact_category(extractor, text, category, key):
    found = {(d.category, d.key) for d in extractor.extract([post(text)])
             if d.category in ("official_contact", "personal_contact", "corporate_identifier")}
    assert found == {(category, key)}


# ------------------------------------------------------------------ messaging handles

@pytest.mark.parametrize("text, expected", [
    ("Hit me up on snap: robbo_ash88 if you're keen for the footy.", "contact:snapchat:robbo_ash88"),
    ("Discord: robboplays, come raid with us Thursday.", "contact:discord:robboplays"),
    ("My Signal is kez.o77, ping me there for the surf report.", "contact:signal:kez.o77"),
    ("Telegram me @kez_fishes for the boat ramp roster.", "contact:telegram:kez_fishes"),
    ("sc: robbo_ash88", "contact:snapchat:robbo_ash88"),
    ("hmu on discord robboplays for the LAN night", "contact:discord:robboplays"),
    ("find me on telegram, handle is kez_fishes", "contact:telegram:kez_fishes"),
    ("Signal was down all morning and nobody noticed.", None),
    ("Misc: the discord server is down again.", None),
    ("Don't DM me about the car, it's sold.", None),
])
def test_messaging_handles(extractor, text, expected):
    found = keys(extractor, [post(text)], "personal_contact")
    assert (expected in found) if expected else not found


# ------------------------------------------------------------------ home in words

@pytest.mark.parametrize("text, expected", [
    ("Our sharehouse in Erskineville has one bathroom for five people.", "place:erskineville nsw"),
    ("Just moved into a place in Dulwich Hill, unpacking forever.", "place:dulwich hill nsw"),
    ("We finally moved into a little rental in Kambah, the dog loves the yard.", "place:kambah act"),
    ("Been renting in Ashfield for three years now.", "place:ashfield nsw"),
    ("Got a room in a sharehouse in Glebe, rent is insane.", "place:glebe nsw"),
    ("Coffee snob, bad surfer. Live in Marrickville.", "place:marrickville nsw"),
    # decoys: someone else's home, a stay, a posting
    ("My brother's sharehouse in Newtown is a pigsty.", None),
    ("Staying at a sharehouse in Glebe for the week of the conference.", None),
    ("Jess just moved into a flat in Newtown, so jealous.", None),
])
def test_home_in_words(extractor, text, expected):
    found = keys(extractor, [post(text)], "home_location")
    assert (expected in found) if expected else not found


# ------------------------------------------------------------------ inferred home near a work site

AIRPORT = (-33.9366, 151.1664)      # the org's Sydney Airport site


def _night_photos(n: int = 5) -> list[ImageItem]:
    start = datetime(2026, 3, 2, 22, 30)
    return [ImageItem(profile=HOME, url=f"https://media.example/r/{i}.jpg", sha256=f"{i:064x}",
                      lat=AIRPORT[0] + i * 1e-5, lon=AIRPORT[1], make="Apple", model="iPhone 13",
                      taken_at=(start + timedelta(days=i)).strftime("%Y:%m:%d %H:%M:%S")) for i in range(n)]


@pytest.mark.parametrize("texts, home", [
    ([], True),                                             # not staff: nights near a site are still home
    (["Proud to be a Border Force officer, twelve years this week."], False),   # staff: a night shift
])
def test_inferred_home_near_site_only_skipped_for_staff(org, texts, home):
    items = [post(t, i) for i, t in enumerate(texts)] + _night_photos()
    dets = pipeline.detect(items, org, SUBJECT, ALIASES)
    assert any(d.category == "home_location" and d.detector == "HomeInference" for d in dets) is home
