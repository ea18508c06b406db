"""Round 9 (branch r9offinfo): official information told tersely, and one finding per kind of disclosure in a post.

A site's head count on a line or shift, an operation, visit, charter or transfer with its day, a decision before
it is announced, a target or an instruction, an incident inside a facility, a dog handler's find: the learned
reading, confirmed by a general cue (detectors/official_cues.py). A post that tells two kinds yields two
findings, each citing its own sentence. A staffing line that mentions nights is the site's roster, not the
subject's routine. Near misses: a grudge, a joke about one's pace, the news, a shop's, hospital's or school's
staffing, a TV show, a sports team, a holiday charter.
None of these sentences is in data/sentences/ or tests/devset/.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.detectors import official_cues
from tests.kit_posts import found, kit_extractor, open_categories


@pytest.fixture(scope="module")
def extractor():
    return kit_extractor()


@pytest.mark.parametrize("text,kind", [
    ("three of us on the whole arrivals hall tonight, two A380s due", "workforce"),
    ("only me and Kez on the parcel line the whole weekend", "workforce"),
    ("They've trimmed the overnight at the container port down to two officers.", "workforce"),
    ("we open maybe one parcel in forty now", "search"),     # round 11: a rate of checks is how searches are done
    ("Big job with the water police around the Abrolhos from the 3rd, a week out there.", "operations"),
    ("charter out of Darwin next thurs, flying 2 extra escorts up for it", "operations"),
    ("Nobody's been told yet but the Cairns office closes in June.", "policy"),
    ("It goes to the Minister on Thursday and we're recommending the cap comes down.", "policy"),
    ("team target is now 11 finalisations a day each", "casework"),
    ("told at the stand-up to refuse anything without bank statements, no more requests", "casework"),
    ("Two men in Delta compound have stopped eating, one is on day eight.", "detentions"),
    ("my girl Tilly sat on a duffel off the Denpasar flight, $40k in the lining", "seizures"),
])
def test_each_cue_names_its_kind(text, kind):
    assert kind in [k for k, _, _ in official_cues.cues(text)]


@pytest.mark.parametrize("text", [
    "The chemist had two staff for the whole Saturday morning rush.",
    "Hospital had one nurse for the whole corridor overnight.",
    "Our under 12s are down to nine players for the grand final.",
    "Booked a fishing charter out of Exmouth from the 9th, can't wait.",
    "Lunch with the crew on Friday, my shout.",
    "My manager signed off the leave form at last.",
    "me + the whole team at the Christmas party",
])
def test_near_misses_show_no_cue(text):
    assert official_cues.cues(text) == []


@pytest.mark.parametrize("text", [
    "two of us on the entire cargo terminal tonight, four freighters due. wish us luck",
    "Skeleton crew on the outbound line, just me and a casual until midnight.",
    "nites on the wharf going to 2 officers from july, nobody asked us",
    "Our patrol crew is down to four, the other boat has no one to run it.",
    "Big job with the navy up past the Wessel Islands from the 12th, ten days, phones off.",
    "Our paper on the student caps goes to the Minister Monday, we're recommending a lower number.",
    "Instruction from upstairs: grant the low-risk partner cases without calling anyone.",
    "Guy in the green block has refused meals for nine days, medical sees him every shift.",
    "So proud of Juno today, she sat on a surfboard bag off the Bali flight and there were three kilos of pills in the fins 🐶",
])
def test_told_tersely_is_found(extractor, text):
    assert "official_information" in open_categories(extractor, text)


@pytest.mark.parametrize("text", [
    "The promotion went to some bloke who has never boarded anything bigger than a ferry.",
    "I get through files at the pace of a tired tortoise, my supervisor finds it funny.",
    "The papers say the humanitarian intake gets cut by 5,000 next year.",
    "The chemist had two staff for the whole Saturday morning rush, poor things.",
    "Our under 12s are down to nine players for the grand final.",
    "watching the airport customs show, the spaniel found a whole salami in a suitcase",
    "Booked a fishing charter out of Exmouth from the 9th, can't wait.",
    "The brewery down the road is cutting its night shift to two brewers from March.",
])
def test_near_misses_stay_quiet(extractor, text):
    assert "official_information" not in open_categories(extractor, text)


def test_two_kinds_in_one_post_are_two_findings(extractor):
    text = ("Rocco sat on a suitcase off the Manila flight, two kilos of cash in a false bottom. "
            "Only three of us on the whole floor for two widebodies as well.")
    dets = [d for d in found(extractor, text) if d.category == "official_information"]
    keys = {d.key for d in dets}
    assert {"official_information:seizures", "official_information:workforce"} <= keys
    excerpts = {d.key: d.evidence.excerpt for d in dets}
    assert "cash" in excerpts["official_information:seizures"]
    assert "three of us" in excerpts["official_information:workforce"]


@pytest.mark.parametrize("text", [
    "two of us on nights for the whole container port this week",
    "They're cutting nights at the airport to two officers from next month.",
    "just me n Shaz on nites at the mail centre all week 😩",
])
def test_a_site_roster_on_nights_is_no_routine(extractor, text):
    cats = open_categories(extractor, text)
    assert "routine" not in cats and "official_information" in cats


def test_own_hours_stay_a_routine():
    assert not official_cues.site_roster("I'm on nights this week, just me and Dave on the desk")


def test_two_kinds_in_two_short_sentences_are_two_findings(extractor):
    # Short sentences are read by meaning as one passage: the rules' seizure does not hide the head count.
    text = "Seized 2 kg of ice off the Bangkok flight. Only two of us on the floor."
    keys = {d.key for d in found(extractor, text) if d.category == "official_information"}
    assert {"official_information:seizures", "official_information:workforce"} <= keys
