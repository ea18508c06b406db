"""Whose employment, and whose home: table-driven tests with positives beside decoys.

Employment must be the subject's own: another employer's job title or org field,
work about the Department (clients, cases, journalism, research, trade), TV and
someone else's job are not. A private firm's phone is not an official contact.
Home is where the subject lives, not a visit, a holiday, a relative's or
friend's place, a posting or a past address. All people and firms are fictional.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.detectors import load_detectors
from footprint.analysis.detect.detectors.employment import EmploymentResolver
from footprint.analysis.detect.extract import Extractor
from footprint.crawler.orgs import load_org
from footprint.crawler.items import PostItem, ProfileItem

SUBJECT, ALIASES = "Robin Ashby", ["robin_a"]
HOME = "https://social.example/@robin_a"


@pytest.fixture(scope="module")
def extractor():
    return Extractor(load_org("dibp"), SUBJECT, ALIASES)


@pytest.fixture(scope="module")
def resolver():
    _, lexicons = load_detectors()
    return EmploymentResolver(lexicons["employment"], load_org("dibp").roles)


def post(text: str, n: int = 1) -> PostItem:
    return PostItem(profile=HOME, url=f"{HOME}/{n}", platform="activitypub", text=text, published="2026-03-02T08:00:00Z")


def person(**kw) -> ProfileItem:
    return ProfileItem(profile=HOME, url=HOME, platform="html", name=SUBJECT, **kw)


def cats(extractor, items) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for d in extractor.extract(items):
        out.setdefault(d.category, set()).add(d.key)
    return out


# ------------------------------------------------------------------ the resolver on work fields

@pytest.mark.parametrize("text, aliases, own, rule", [
    ("Australian Border Force", [("Australian Border Force", False)], True, "org_named_in_work_field"),
    ("Cargo Examination Officer, ABF", [("ABF", False)], True, "org_named_in_work_field"),
    ("Customs Officer", [("Customs", True)], True, "ambiguous_name_with_org_role"),
    ("Immigration Officer, Sydney Airport", [("Immigration", True)], True, "ambiguous_name_with_org_role"),
    ("Principal Solicitor, Lindqvist Immigration Law", [("Immigration", True)], False, "other_employer"),
    ("Tan & Co Migration Lawyers", [], False, "no_org_named"),
    ("Senior Reporter, Immigration and Borders", [("Immigration", True)], False, "about_org"),
    ("Licensed Customs Broker", [("Customs", True)], False, "other_employer"),
    ("Interpreter, Immigration matters", [("Immigration", True)], False, "outside_role"),
    ("Harbour Customs Brokerage Pty Ltd", [("Customs", True)], False, "other_employer"),
    ("Immigration", [("Immigration", True)], False, "ambiguous_name_only"),
    ("Researcher, Centre for Border Force Studies", [("Border Force", False)], False, "other_employer"),
    ("Retired ABF officer", [("ABF", False)], False, "other_employer"),
])
def test_work_field_ownership(resolver, text, aliases, own, rule):
    verdict = resolver.field(text, aliases)
    assert (verdict.own, verdict.rule) == (own, rule), verdict.explain()


@pytest.mark.parametrize("sentence, vetoed", [
    ("Lodged my client's appeal against the Department of Immigration refusal.", True),
    ("My story on Border Force staffing runs tomorrow.", True),
    ("Binge-watched Border Security with the kids.", True),
    ("My husband has worked for Border Force for twenty years.", True),
    ("Our importers had three boxes held by Customs, the brokerage phones ran hot.", True),
    ("Security screening is my job, not Border Force.", True),
    ("He now wants to be an ABF officer.", True),
    ("Eight years as an ABF officer and I still love it.", False),
    ("Night shift again at Border Force, anyone awake?", False),
    ("Started my new role with the Australian Border Force this morning.", False),
])
def test_outside_view_veto(resolver, sentence, vetoed):
    assert (resolver.about(sentence) is not None) == vetoed


# ------------------------------------------------------------------ end to end through the extractor

EMPLOYER_CASES = [
    # (items, employer expected, official_contact expected)
    ([person(fields={"jobTitle": "Principal Solicitor, Lindqvist Immigration Law", "worksFor": "Lindqvist Immigration Law"},
             phones=["+61 2 5550 4412"])], False, False),
    ([person(fields={"jobTitle": "Senior Reporter, Immigration and Borders", "worksFor": "The Harbour Herald"},
             phones=["+61 2 5550 3390"])], False, False),
    ([person(fields={"org": "Quayline Logistics Pty Ltd", "jobTitle": "Licensed Customs Broker"}, phones=["+61 2 5550 7731"]),
      post("Call the office on 02 5550 7731, work phone answered 9 to 5.")], False, False),
    ([person(summary="Reporter. DMs open for tips.", fields={"Beat": "Immigration and Border Force"})], False, False),
    ([person(fields={"jobTitle": "Cargo Examination Officer", "worksFor": "Australian Border Force"},
             phones=["+61 2 5550 1200"])], True, True),
    ([person(fields={"jobTitle": "Customs Officer"}, phones=["+61 2 5550 1201"])], True, True),
    ([person(summary="Fishing and footy."), post("Back at my desk at Immigration on Monday after three weeks of leave.")],
     True, False),
    # a bare "the Department" could be Health or Defence: not employment by the organisation on its own
    ([person(summary="Fishing and footy."), post("I work for the Department, so no politics from me on here.")], False, False),
    ([person(summary="Fishing and footy."),
      post("Ten years working for the Department now, most of them at ABF cargo.")], True, False),
]


@pytest.mark.parametrize("items, employer, official", EMPLOYER_CASES)
def test_employment_is_the_subjects_own(extractor, items, employer, official):
    got = cats(extractor, items)
    assert ("employer" in got) == employer, got
    assert ("official_contact" in got) == official, got


def test_an_official_email_stays_official_whatever_the_job_title(extractor):
    """A department address is the department's, even on a page that names another employer."""
    got = cats(extractor, [person(fields={"jobTitle": "Migration Lawyer"}),
                           post("Official enquiries to r.ashby@abf.gov.au please.")])
    assert "official_contact" in got or "corporate_identifier" in got


HOME_CASES = [
    ("Ten years in our little house in Petersham and the roof still leaks.", True),
    ("We've lived in Kambah since the kids were born.", True),
    ("Finally got the keys! Our place in Marrickville is tiny but it's ours.", True),
    ("I live in Newtown, two minutes from the station.", True),
    ("Dinner at my parents place in Dubbo, Mum made her lamb.", False),
    ("Back home in Toowoomba for Mum's 70th.", False),
    ("Our place in Noosa for the week is right on the river.", False),
    ("I lived in Wollongong for two years after uni.", False),
    ("Got moved to Mascot for the month to cover the cargo shed.", False),
    ("Jess just moved to Newtown and her flat is gorgeous.", False),
    ("Moving to Cairns for three weeks of training.", False),
    ("Another break-in reported in Blacktown overnight.", False),
    ("Staying at my mate's place in Coogee while the bathroom gets redone.", False),
]


@pytest.mark.parametrize("text, fires", HOME_CASES)
def test_home_is_where_the_subject_lives(extractor, text, fires):
    got = cats(extractor, [post(text)])
    assert ("home_location" in got) == fires, got


@pytest.mark.parametrize("fields, fires", [
    ({"address": "7 Example Crescent, Gungahlin ACT 2912"}, True),
    ({"homeLocation": "Ashfield NSW", "jobTitle": "Barista"}, True),
    ({"locality": "Marrickville"}, True),
    # a staff page or business card: the address is the office's
    ({"jobTitle": "Registered Migration Agent", "worksFor": "Westgate Visa Services",
      "address": "Level 3, 88 Macquarie Street, Parramatta NSW"}, False),
    ({"jobTitle": "Freight Forwarder", "org": "Botany Freight Co", "locality": "Mascot"}, False),
    ({"address": "PO Box 412, Marrickville NSW 2204"}, False),
])
def test_home_from_profile_fields(extractor, fields, fires):
    got = cats(extractor, [person(fields=fields)])
    assert ("home_location" in got) == fires, got


@pytest.mark.parametrize("text, category, key", [
    ("Email me at sam dot ryder at abf dot gov dot au if you need the swap sheet.", "official_contact",
     "contact:sam.ryder@abf.gov.au"),
    ("Work email is sam.ryder [at] border [dot] gov [dot] au, not this account.", "official_contact",
     "contact:sam.ryder@border.gov.au"),
    ("My login at work is srd441 and IT still can't reset it.", "corporate_identifier", "userid:srd441"),
    ("Network login srd441 locked again, third time this week.", "corporate_identifier", "userid:srd441"),
    ("Long week on shift at Tulla, the arrivals hall was a zoo.", "work_location", "place:melbourne airport"),
])
def test_informal_identifiers_and_sites(extractor, text, category, key):
    assert key in cats(extractor, [post(text)]).get(category, set())


@pytest.mark.parametrize("text", [
    "Email me at sam dot ryder at gmail dot com about the kayak.",
    "Meet me at the cafe at seven, it's near the station.",
    "My login at work is broken again.",
])
def test_informal_identifier_decoys(extractor, text):
    got = cats(extractor, [post(text)])
    assert "official_contact" not in got and "corporate_identifier" not in got, got
