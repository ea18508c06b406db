"""Round 10b (r10left): an org work site said by its own one-word name as locals write it.

"back at villawood", "TULLA by 5": a site's one-word name (not an acronym) matches in any case, and when it is not
written as the org lists it the sentence itself must speak of a shift. Near misses: the suburb as a childhood home,
the site in the news, a trip through the airport, the name written as a plain word in a staff scan. Every person
and post here is fictional, written for these tests.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from footprint.analysis.detect.nlp import org_patterns
from footprint.crawler.items import PostItem, ProfileItem
from footprint.crawler.orgs import load_org

sys.path.insert(0, str(Path(__file__).parent))
from kit_posts import PROFILE, SUBJECT, kit_extractor  # noqa: E402

VW, MEL = "place:villawood immigration detention centre", "place:melbourne airport"


@pytest.fixture(scope="module")
def kit():
    return kit_extractor()


def staff_scan(kit, text: str) -> set[str]:
    """Work-location keys of one post in a scan whose bio says the subject is Border Force staff."""
    items = [ProfileItem(profile=PROFILE, url=PROFILE, platform="html", name=SUBJECT,
                         summary="Border Force officer. Views my own."),
             PostItem(profile=PROFILE, url=f"{PROFILE}/9", platform="activitypub", text=text,
                      published="2019-03-04T08:00:00Z")]
    return {d.key for d in kit.extract(items) if d.evidence.url != PROFILE and d.category == "work_location"}


@pytest.mark.parametrize("text,key", [
    ("villawood again tmrw, wish me luck", VW),
    ("earlies at villawood all week 😴", VW),
    ("SHIFT AT VILLAWOOD DONE!!! beers", VW),
    ("rostered on at tullamarine over easter, the kids are filthy", MEL),
    ("tulla by 5am for the first arrivals, nobody talk to me", MEL),
    ("Ten years working at villawood and the visits hall still smells of instant coffee.", VW),
    ("Back at Villawood for nights this week.", VW),          # as the org lists it: unchanged
])
def test_one_word_site_any_case(kit, text, key):
    assert key in staff_scan(kit, text)


@pytest.mark.parametrize("text", [
    "my nan grew up in villawood in the 60s, says the milk bar is still there",
    "manus back in the headlines, read the whole piece on the train",
    "tulla traffic was a nightmare picking mum up off her flight from perth",
    "protest outside villawood on the news again tonight, turned it off",
    "cocos palms in the garden centre are half price",
])
def test_one_word_site_near_misses(kit, text):
    assert staff_scan(kit, text) == set()


@pytest.mark.parametrize("alias,case", [("Villawood", "any"), ("Tulla", "any"), ("Manus", "any"), ("CI", "exact"),
                                        ("OPT", "exact"), ("MEL", "exact"), ("Villawood IDC", "any")])
def test_site_alias_case(alias, case):
    """Acronyms stay exact ("opt", "mel", "ci" are words); a place's own name matches in any case."""
    rows = [r for r in org_patterns(load_org("dibp")) if r["pattern"] == alias and r["label"] == "FAC"]
    assert rows and rows[0]["case"] == case


def scan_keys(kit, summary: str, *posts: str) -> set[str]:
    """Work-location keys the posts (not the bio) give, in a scan whose bio is `summary`."""
    items = [ProfileItem(profile=PROFILE, url=PROFILE, platform="html", name=SUBJECT, summary=summary)]
    items += [PostItem(profile=PROFILE, url=f"{PROFILE}/{k}", platform="activitypub", text=t,
                       published="2019-03-04T08:00:00Z") for k, t in enumerate(posts)]
    return {d.key for d in kit.extract(items) if d.evidence.url != PROFILE and d.category == "work_location"}


# --- a kind with "the" alone is the one org site of that kind the scan names, never alone
@pytest.mark.parametrize("summary,post,key", [
    ("Border Force officer. Villawood IDC.", "back at the idc tonight, 12 hr shift", VW),
    ("ABF | Villawood Immigration Detention Centre | nights", "two doubles at the IDC this week and I am cooked", VW),
    ("Border Force officer at the Parramatta office.", "in the office by 7 for the roster meeting",
     "place:parramatta regional office"),
    ("Border Force officer, Sydney Airport.", "another double at the terminal, feet are gone", "place:sydney airport"),
    ("Border Force, Overseas Passenger Terminal.", "12 hr shift at the terminal, three ships in",
     "place:overseas passenger terminal"),
])
def test_kind_alone_takes_the_one_named_site(kit, summary, post, key):
    assert key in scan_keys(kit, summary, post)


@pytest.mark.parametrize("summary,post", [
    ("Border Force officer. Views my own.", "back at the idc tonight, 12 hr shift"),              # no site named
    ("Border Force officer. Views my own.", "in the office by 7 for the roster meeting"),
    ("Border Force officer, Sydney Airport and Overseas Passenger Terminal.",                     # two of the kind
     "another double at the terminal, feet are gone"),
    ("Border Force officer at the Parramatta office.", "at the tax office all morning working on my return"),
])
def test_kind_alone_near_misses(kit, summary, post):
    assert scan_keys(kit, summary, post) == set()


# --- an airport terminal by number in lower case, as staff type it; not a diabetes type, a sequel or a train line
@pytest.mark.parametrize("text,found", [
    ("t2 again tonight, send help", True),
    ("out of t2 at 3:10 after a double", True),
    ("earlies at t1 all week", True),
    ("t2 diabetic and on nights again, tough combo", False),
    ("my sister flies out of t2 tonight, crying already", False),
    ("T3 line delayed again", False),
])
def test_terminal_number_any_case(kit, text, found):
    assert bool(staff_scan(kit, text)) is found


def vulnerability(kit, text: str) -> set[str]:
    items = [PostItem(profile=PROFILE, url=f"{PROFILE}/1", platform="activitypub", text=text,
                      published="2019-03-04T08:00:00Z")]
    return {d.key for d in kit.extract(items) if d.category == "vulnerability"}


# --- a separation in a few words: read by meaning once a separation phrase makes it a candidate
@pytest.mark.parametrize("text,key", [
    ("Priya and I are done. 9 years.", "vulnerability:relationship"),
    ("Kel and I are finished. house goes on the market monday", "vulnerability:relationship"),
    ("just me and the dog now", "vulnerability:isolation"),
    ("just me and the cat now, the kids went with her", "vulnerability:isolation"),
    ("Tom and I are done with the renovation finally", None),
    ("just me and the dog on the beach this morning", None),
    ("Sam and I are done with the quiz for tonight, 2nd place", None),
    ("me and the boys are done for the season, what a year", None),
])
def test_terse_separation(kit, text, key):
    assert vulnerability(kit, text) == ({key} if key else set())
