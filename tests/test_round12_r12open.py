"""Round 12 (branch r12open): official, systems and vulnerability told in passing.

Official information: a raid, a patrol or a change still to come with its day, count or place (warrants, door knocks,
premises hit, overstayers sought), "we got told to" and a queue with its size, a lone officer or a few dogs on a whole
site, a region covered by one boat in either order, seized boats destroyed. Systems: named kit (x-ray, cameras,
radios, radar, a satellite link, tablets) failing in plain words ("playing up", "wouldn't sync", "out since"), and a
systems reading cites the sentence with the outage, not its neighbour. Vulnerability: broke or cooked until a named
day, lonely in an idiom, long service passed over for a junior. Near misses: a trip, pets, a shared load, other
trades' lone staff, household kit, someone else's money.
None of these sentences is in data/sentences/ or tests/devset/.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.detectors import official_cues
from footprint.analysis.detect.detectors.official_information import KIT_RX, _SYSTEM_FAULT_RX
from tests.kit_posts import found, kit_extractor, open_categories


@pytest.fixture(scope="module")
def extractor():
    return kit_extractor()


@pytest.mark.parametrize("text,cue", [
    ("the only officer on the cay until the relief boat comes", "staffing"),
    ("sole inspector left at the regional port for the month", "staffing"),
    ("just two dogs cleared for the cruise terminal so far", "staffing"),
    ("the entire western gulf is patrolled by one cutter this season", "staffing"),
    ("three handlers covering the whole seaport on Christmas night", "staffing"),
    ("door knocks at the packing sheds next week for anyone on an expired visa", "upcoming"),
    ("warrants on four premises tmrw, 5am brief", "upcoming"),
    ("we're hitting six addresses across the estate on the 12th", "upcoming"),
    ("hulls get destroyed at the base next week", "upcoming"),
    ("we got told to park the offshore files and clear onshore first", "target"),
    ("the queue's sitting on about 19k applications", "target"),
    ("me and a new starter holding departures over the school holidays", "staffing"),
    ("keep this between us: the cap drops in July", "leak"),
])
def test_round12_official_cues(text, cue):
    assert cue in {name for _, name, _ in official_cues.cues(text)}


@pytest.mark.parametrize("text", [
    "the only pilot on the whole tour was brilliant",
    "we minded two dogs for the entire week",
    "one car for the whole family this summer",
    "next footy trip leaves on the 14th, three buses",
    "road trip next week, hitting five wineries in the valley",
    "we split the petrol between us, two cars and a trailer",
    "our school holidays start next week",
    "only two lifeguards for the whole beach today",
    "she's the only one of us who can reverse a forklift at the cargo shed",
])
def test_round12_official_cue_near_misses(text):
    assert not {name for _, name, _ in official_cues.cues(text)} & {"staffing", "upcoming", "leak", "target"}


@pytest.mark.parametrize("text,fault", [
    ("the image viewer on the bag x-ray kept crashing after the patch", True),
    ("CCTV in the holding area has been out since Sunday", True),
    ("radios on the tender keep cutting out past the point", True),
    ("the scanner at the depot is useless since the firmware went on", True),
    ("the inspection app on the toughbooks wouldn't sync", True),
    ("rostering app lost everyone's swaps for the fortnight", True),
    ("we x-rayed every pallet down at the shed", False),
    ("the x-ray showed three kilos in the lining", False),
    ("walked down to the gates with the kids", False),
])
def test_round12_kit_faults(text, fault):
    assert bool(_SYSTEM_FAULT_RX.search(text)) is fault


@pytest.mark.parametrize("text,category", [
    # official: to come, or a site's staffing as a complaint or a boast
    ("we're doing door knocks on the packing sheds next month for workers whose visas have run out", "official_information"),
    ("warrants on four premises in the north tmrw, 5am brief, so no footy for me", "official_information"),
    ("the only officer on the cay till the relief boat comes, send biscuits", "official_information"),
    ("just two dogs cleared for the cruise terminal so far, the rest are still in training", "official_information"),
    # systems in passing
    ("the bag x-ray at the ferry wharf was down all afternoon", "systems_information"),
    ("CCTV in the holding area has been out since Sunday", "systems_information"),
    ("image viewer on the cargo x-ray kept crashing after IT pushed a patch", "systems_information"),
    # vulnerability in slang
    ("fridge and the flights both on afterpay. skint till tax time.", "vulnerability"),
    ("gets pretty lonely out at the station, some weeks I don't speak to a soul", "vulnerability"),
    ("25 years on the wharf and they give the team leader job to a kid straight out of uni", "vulnerability"),
    ("27 years on the boats and they hand the acting job to a kid who's never boarded a thing", "vulnerability"),
])
def test_round12_open_categories(extractor, text, category):
    assert category in open_categories(extractor, text)


@pytest.mark.parametrize("text,category", [
    ("the only pilot on the whole tour was brilliant, ten out of ten", "official_information"),
    ("next footy trip leaves on the 14th, three buses, book now", "official_information"),
    ("Only two baristas on for the Sunday rush, the queue went round the block.", "official_information"),
    ("Caught a bream off the jetty all by himself, proud dad moment", "official_information"),
    ("The camera on my phone has been cutting out since the update.", "systems_information"),
    ("the self-checkouts at the supermarket were down so we queued for ages", "systems_information"),
    ("Scores out of ten, every meal paid for myself.", "vulnerability"),
    ("Finally got the senior role after three goes! Shouting drinks Friday.", "vulnerability"),
    ("The kids get lonely when we travel for work", "vulnerability"),
    ("If the Department writes to you about your visa, come and see us at the advice desk first.", "official_information"),
    ("Ratings out of 10. I pay for my own flights, always.", "vulnerability"),
    # the writer's own shift with where it is worked is routine, not an operation
    ("late shift at the detention compound again, 33 degrees at 11pm", "official_information"),
    # a grievance's jibe names no operation
    ("27 years on the boats and they hand the acting job to a kid who's never boarded a thing", "official_information"),
])
def test_round12_near_misses(extractor, text, category):
    assert category not in open_categories(extractor, text)


def test_systems_finding_cites_the_outage_sentence(extractor):
    """Two sentences, one category each: the systems finding quotes the cameras, not the clipboards."""
    text = ("The cameras in the interview rooms have been out since Monday. "
            "Doing welfare checks on clipboards every half hour like it's the nineties.")
    systems = [d for d in found(extractor, text) if d.category == "systems_information"]
    assert systems
    assert all("cameras" in d.evidence.excerpt.lower() for d in systems)
    assert not any(d.category == "official_information" and "cameras" in d.evidence.excerpt.lower()
                   for d in found(extractor, text))


def test_kit_names_hardware():
    assert KIT_RX.search("the radar on the cutter") and not KIT_RX.search("the radiator in the lunchroom")
