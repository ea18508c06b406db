"""Round 13 (lead's mends after merging): the agency's vessel or people acting through a participle phrase is a third
party ("a Border Force cutter heading north joined the search"), and a bio's one-word fragment that no first-name
gazetteer knows is no person spoken to ("Dad. Runner."). All people are fictional."""
from __future__ import annotations

import pytest

from footprint.analysis.detect.extract import Extractor
from footprint.crawler.items import PostItem, ProfileItem
from footprint.crawler.orgs import load_org

PROFILE = "https://social.example/@kimv"


@pytest.fixture(scope="module")
def ex():
    return Extractor(load_org("dibp"), "Kim Vella", ["kimv"])


def _items(summary, posts):
    items = [ProfileItem(platform="activitypub", url=PROFILE, profile=PROFILE, name="Kim Vella", summary=summary)]
    items += [PostItem(platform="activitypub", url=f"{PROFILE}/{n}", profile=PROFILE, text=t,
                       published="2026-03-01T10:00:00Z") for n, t in enumerate(posts)]
    return items


OUTSIDE_BIO = "Weekend skipper with the bay rescue flotilla. Tides, tea and terrible puns."


@pytest.mark.parametrize("text", [
    "A Border Force cutter heading north joined the search for an hour before it had to push on.",
    "The ABF officers wearing blue gloves opened every second esky on the ramp, then waved us on.",
    "Two Border Force officers standing at the gate asked the tour group to move along.",
    "A Border Force boat sitting off the point shadowed us all the way into the harbour.",
])
def test_agency_acting_through_a_participle_is_no_employer(ex, text):
    dets = ex.extract(_items(OUTSIDE_BIO, [text]))
    assert "employer" not in {d.category for d in dets}


@pytest.mark.parametrize("text", [
    "Our Border Force crew working the night shift found 3 kg in a teddy bear.",
    "I'm Border Force; our cutter heading north picked up two boats of fishers before lunch.",
])
def test_first_person_membership_beside_a_participle_stays_staff(ex, text):
    dets = ex.extract(_items("Dad. Runner. Tea drinker.", [text]))
    assert "employer" in {d.category for d in dets}


@pytest.mark.parametrize("bio, post", [
    ("Kim. Dad. Runner.", "Nice day on the river."),
    ("Husband. Dad. Baker of bad bread. Welder.", "Long week."),
    ("Mum. Nurse. Swimmer.", "Quiet one."),
])
def test_bio_fragment_is_no_name_spoken_to(ex, bio, post):
    dets = ex.extract(_items(bio, [post]))
    assert not any(d.category == "family" for d in dets), [d for d in dets if d.category == "family"]


@pytest.mark.parametrize("post, name", [
    ("Proud of my son Lachlan, first swim meet done.", "Lachlan"),
    ("Dinner at the club with my wife Tamsin.", "Tamsin"),
])
def test_names_still_found_beside_kin_words(ex, post, name):
    dets = [d for d in ex.extract(_items("Kim. Swimmer.", [post])) if d.category == "family"]
    assert any(name.lower() in str(getattr(d, "key", "")).lower() for d in dets), dets


def _scan(summary, posts):
    from footprint.analysis.pipeline import analyse_items
    findings, *_ = analyse_items(_items(summary, posts), org=load_org("dibp"), subject="Kim Vella", aliases=["kimv"])
    return findings


@pytest.mark.parametrize("post, name", [
    ("Rode home buzzing. Sarge (Bec Hollis) says it's a record for the quay. lol", "Bec Hollis"),
    ("Skip (Marguerite Dunn) reckons the swell will drop by Thursday, fingers crossed", "Marguerite Dunn"),
    ("Super (Tomasz Wierzbicki) bought the pies again. Legend.", "Tomasz Wierzbicki"),
])
def test_rank_with_bracketed_full_name_is_a_colleague_of_staff(post, name):
    found = _scan("Border Force officer. Brisbane.", [post])
    assert any(f.category == "colleague" and name in f.value for f in found), [f.value for f in found]


@pytest.mark.parametrize("post", [
    "Skip (Marguerite Dunn) reckons the swell will drop by Thursday, fingers crossed",
    "Sarge (Bec Hollis) from the footy club says the canteen roster is out",
])
def test_rank_with_bracketed_name_is_no_colleague_without_staff(post):
    found = _scan("Dad. Fisho. Weekend sailor.", [post])
    assert not any(f.category == "colleague" for f in found), [f.value for f in found]
