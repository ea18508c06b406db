"""Round 19 (r19controls): no false accusations. A person who is not the org's staff must not be made its staff by a
sentence that denies it ("is not, and has never been, employed by Home Affairs or <org>"), compares with it ("a badge
like the coppers or <org>"), reports what others take them for and says no ("people ask if I'm <org>. Nope."), or
names the org's people as others (the shuttle that takes <org> staff). A grievance against the employer needs the
employer; a staffing label from the model needs words of staffing; "took us three days" is no head count. Real staff
written as tersely must still be found. Every person and sentence is fictional and in our own words.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.detectors import official_cues
from footprint.analysis.detect.detectors.veto_scope import list_start
from footprint.analysis.detect.extract import Extractor
from footprint.crawler.items import PostItem, ProfileItem
from footprint.crawler.orgs import load_org

P = "https://people.example/u/rp"
NAME = "Rowan Pike"
SOCIAL = "Coffee, footy and too many cookbooks."
AT_WORK = "Border Force officer at Darwin airport. Dad of two."


@pytest.fixture(scope="module")
def extractor():
    return Extractor(load_org("dibp"), NAME)


def _found(extractor, texts, category: str, summary: str = SOCIAL) -> list:
    texts = [texts] if isinstance(texts, str) else texts
    items = [ProfileItem(profile=P, url=P, platform="activitypub", name=NAME, summary=summary)] + [
        PostItem(profile=P, url=f"{P}/{k}", platform="activitypub", text=t, published="2026-05-02T09:00:00Z")
        for k, t in enumerate(texts, 1)]
    return [d for d in extractor.extract(items) if d.category == category]


# --- a list before the mention: the words before the list are read ---------------------------------------------------

@pytest.mark.parametrize("text, head", [
    ("employed by Home Affairs or Border Force", "employed by "),
    ("a patch like the coppers or Border Force", "a patch like the "),
    ("never with the AFP, Home Affairs or Border Force", "never with the "),
    ("I love the dogs and Border Force", "I love the "),
    ("I work for Border Force", "I work for "),
])
def test_list_start(text, head):
    assert text[:list_start(text, text.index("Border Force"))] == head


# --- employer: denied, compared, believed and denied, others ------------------------------------------------------

NOT_STAFF = [
    # denied across a parenthetical and a list
    "For the record, Mia is not, and has never been, employed by Home Affairs or Border Force.",
    "I have never worked for the AFP, Home Affairs or Border Force, whatever the comments say.",
    "Did fifteen years with the state police before I retired, never had anything to do with Border Force.",
    # a comparison across a list
    "No, a first aid certificate does not get you a patch like the paramedics or Border Force.",
    # what others take the writer for, answered no
    "Everyone at the servo asks if I'm Border Force because of the navy shirt. Nope. I deliver fuel.",
    "Folks assume I'm ABF when they see the lanyard. I'm not, I fix the baggage belts for the airport.",
    "People think I'm a customs officer when I'm in the hi-vis, but I'm not.",
    "Am I Border Force? Haha no, I sell perfume at the duty free.",
    "Got mistaken for Border Force again at the ferry terminal, it's the cargo pants.",
    # the org's people as a group the writer serves
    "I drive the shuttle that takes Border Force staff from the long-term car park to the terminal.",
    "Teaching a first aid refresher to Border Force officers at the college on Thursday.",
]

STILL_STAFF = [
    "Back on the line at T2 tomorrow, ABF life.",
    "Ten years with Border Force this month and still love the job.",
    "Kids at school asked if I'm a cop. No, I'm Border Force, which is way cooler apparently.",
    "My nephew asked if I'm Border Force. Yep, twelve years on the wharf now.",
    "Proud to be one of the Border Force officers at Darwin airport.",
    "I'm not a morning person, and at Border Force the shifts start at five.",
]


@pytest.mark.parametrize("text", NOT_STAFF)
def test_not_made_staff(extractor, text):
    assert _found(extractor, text, "employer") == []


@pytest.mark.parametrize("text", STILL_STAFF)
def test_staff_still_found(extractor, text):
    assert {d.value for d in _found(extractor, text, "employer")} == {"Australian Border Force"}


# --- grievance and topic labels ---------------------------------------------------------------------------------

def test_grievance_needs_the_employer(extractor):
    """A retired officer's gripe is no grievance against the org when nothing ties the subject to it; staff keep it."""
    gripe = "Acting sergeant for two years and they gave the stripes to a kid from another station. Still bitter."
    assert not [d for d in _found(extractor, gripe, "vulnerability") if d.key == "vulnerability:grievance"]
    staff = _found(extractor, ["Border Force officer at the airport, eight years in.", gripe], "vulnerability",
                   summary=AT_WORK)
    assert [d for d in staff if d.key == "vulnerability:grievance"]


@pytest.mark.parametrize("text, counted", [
    ("Took us three days to sort out who had swapped the tags between two trucks.", False),
    ("Took us two hours to get out of the car park after the footy.", False),
    ("us three on the overnight desk again, send coffee", True),
])
def test_us_three_is_a_head_count_not_a_span(text, counted):
    assert (official_cues.staffing(text) is not None) is counted


@pytest.mark.parametrize("text, staffing", [
    ("Ramp car park full by 6, three tinnies with no bungs in, one bloke launched without his trailer strap.", False),
    ("Took us three days to sort out who had swapped the tags and paperwork between two trucks in Tarcoola.", False),
    ("Skeleton crew on the wharf again, three of us to clear two ships.", True),
    ("Only two of us on the overnight counter at the airport all week, the rest are off with flu.", True),
])
def test_staffing_label_needs_staffing_words(extractor, text, staffing):
    found = _found(extractor, ["Border Force officer, cargo side, eight years in.", text], "official_information",
                   summary=AT_WORK)
    got = [d for d in found if d.key == "official_information:workforce" and d.evidence.url.endswith("/2")]
    assert bool(got) is staffing


# --- vulnerability: money that is not the writer's trouble --------------------------------------------------------

@pytest.mark.parametrize("text, stressed", [
    ("Dinghy for sale, 15hp, rego til Mar. $2,900 ono. Text me on 0491 570 321.", False),
    ("Brother's van got towed by the council over unpaid fines. $600 to get it out. Highway robbery.", False),
    ("Lunch with Kez (Keziah Marr) who runs the forklift school out at the estate. Still owes me forty bucks.", False),
    ("Still owe the bank three grand on the car and the rego's due, not sleeping.", True),
    ("Mate, I'm broke till payday, had to borrow off my sister for rego again.", True),
])
def test_money_that_is_not_the_writers_stress(extractor, text, stressed):
    assert bool(_found(extractor, text, "vulnerability")) is stressed


# --- the org as the one the writer hands over to, or as a client -------------------------------------------------

@pytest.mark.parametrize("text, staff", [
    ("Big night. Walked a traveller over to Border Force after his suitcase alarmed at the belt. Not my job after that.", False),
    ("Handed the whole pallet across to Border Force once the sniffer dog sat down. Back to my forklift.", False),
    ("Years back I built a booking form where the government client (Home Affairs) wanted sixty pages of specs.", False),
    ("Went along with a client to her interview at the Home Affairs office in Chatswood, three hours of waiting.", False),
    ("Walked the new recruits over to the Border Force kennels for their first day, proud sergeant moment.", True),
])
def test_handed_over_or_a_client_is_no_job(extractor, text, staff):
    assert bool(_found(extractor, text, "employer")) is staff


def test_day_job_with_the_orgs_crews_is_still_staff(extractor):
    text = "Day job teaching radio procedure to Border Force crews, so weekends are for the garden."
    assert {d.value for d in _found(extractor, text, "employer")} == {"Australian Border Force"}


@pytest.mark.parametrize("text, told", [
    ("One skipper with four passports in four names in his chart drawer.", True),      # goods named: a find told
    ("Ramp car park full by 6, three tinnies with no bungs in.", False),
    ("Skeleton crew on the wharf again.", True),
])
def test_a_staffing_label_is_told_by_staffing_words_or_goods(text, told):
    from types import SimpleNamespace
    from footprint.analysis.detect.detectors.lexicon import load_lexicon
    from footprint.analysis.detect.detectors.official_information import OfficialInformationDetector
    det = OfficialInformationDetector(load_lexicon("official_information"))
    assert det._kind_told(SimpleNamespace(text=text), "workforce", []) is told
