"""Round 20 (r20work): work told casually. A work system named by what staff call it, or told failing across the aside
that names it; the job's war stories told as anecdotes (a traveller handed to the police, a cohort's losses, kit off the
register, a phishing test's toll, a cheat caught at a test, a matter marked as not public yet); a grievance or a strained
couple told in a few words. The same shapes about a home router, a bank app, a school portal, a club, a TV show or a
sports team must not be found. Every person and sentence is fictional and in our own words.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.detectors.system_asides import asides
from footprint.analysis.detect.extract import Extractor
from footprint.crawler.items import PostItem, ProfileItem
from footprint.crawler.orgs import load_org

P = "https://people.example/u/tq"
NAME = "Tamsin Quill"
AT_WORK = "Border Force officer at Cairns airport. Mum of two, bad at golf."


@pytest.fixture(scope="module")
def extractor():
    return Extractor(load_org("dibp"), NAME)


def _found(extractor, text: str, category: str) -> list:
    items = [ProfileItem(profile=P, url=P, platform="activitypub", name=NAME, summary=AT_WORK),
             PostItem(profile=P, url=f"{P}/1", platform="activitypub", text=text, published="2026-05-02T09:00:00Z")]
    return [d for d in extractor.extract(items) if d.category == category]


# --- the aside itself ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The rostering app at work, which the whole shift calls the Slot Machine, wiped our overtime.", "the Slot Machine"),
    ("Our intel database (we call it the Swamp) only searches by surname.", "the Swamp"),
    ("The records system at work (we call it Dusty) locked the whole team out.", "Dusty"),
    ("the handhelds we use at the gate (we call them the bricks) won't upload", "the bricks"),
])
def test_nickname_named(text, name):
    assert asides().named(text).name == name


def test_nickname_back_and_contract():
    a = asides().named_back("The old hands call it the Crystal Ball and ignore it.",
                            "The new triage tool flags every third traveller as high risk.")
    assert a.name == "the Crystal Ball" and "triage tool" in a.head
    assert asides().contract("the kiosks (we call them the bricks) don't sync") == "the kiosks don't sync"


# --- systems information ------------------------------------------------------------------------------------------------

SYSTEMS = [
    ("The new rostering app at work, which the whole shift calls the Slot Machine, wiped everyone's overtime claims on Monday.",
     "Slot Machine"),
    ("Our intel database (we call it the Swamp) only lets you search by surname, so half the checks come back empty.", "Swamp"),
    ("The leave portal we use at the office, which everybody calls the Black Hole, ate my long service application again.",
     "Black Hole"),
    ("The cargo targeting tool has been flagging every second container since the patch; the old hands call it the Slot Machine.",
     "Slot Machine"),
    ("Our incident logging system, which the team calls Clippy, only runs on the desktops in the back office.", "Clippy"),
    ("The new triage tool marks every third traveller as high risk since the upgrade. The old hands call it the Crystal Ball.",
     "Crystal Ball"),
    ("Our procurement module, which we all call Gollum, locked everybody out at end of financial year.", "Gollum"),
    ("PSA the handhelds we use at the gate (we call them the bricks) won't upload when the signal drops.", "bricks"),
    ("The fingerprint readers at work keep dropping off the network so nothing uploads until the end of shift.", "readers"),
    ("The department's video link to the detention centre drops out every fifteen minutes, so a hearing takes all day.",
     "video link"),
    ("The armoury's key cabinet forgot everybody's PIN codes again and we stood around for an hour.", "key cabinet"),
    ("Staff welfare files still sit on a shared drive that half the branch can open.", "shared drive"),
    ("Remote hearings freeze every few minutes on the department's Zoom set-up, so nothing finishes on time.", "set-up"),
    ("The body scanner at the domestic terminal was out for four hours this morning, every passenger patted down.", "scanner"),
]

NOT_SYSTEMS = [
    "The home router keeps dropping off the wifi so nothing syncs to the laptop.",
    "My bank app, which I call the Black Hole, ate my transfer again.",
    "The school portal locked all of us parents out for a day.",
    "ImmiAccount was down for three hours this morning, every applicant in the country locked out.",
    "Our club's booking system, which everyone calls the Lottery, double-booked the courts again.",
    "Our netball club's app, which the girls call the Oracle, lost everyone's fixtures again.",
    "The kids call the new vacuum robot Dusty and it keeps getting stuck under the couch.",
    "The team call it the Wall and we can never get through their defence.",
    "We call it the Shed and it's where Dad keeps the tinny.",
    "The printer at the library keeps dropping off the wifi, so nothing prints.",
    "Watching Border Security last night, the x-ray at Sydney was down for two hours and they hand searched everything.",
    "Read in the paper that the visa system crashed for six hours, nobody has explained why.",
]


@pytest.mark.parametrize("text, word", SYSTEMS)
def test_systems_found(extractor, text, word):
    found = _found(extractor, text, "systems_information")
    assert found and any(word.lower() in (d.value + " " + d.evidence.excerpt).lower() for d in found), found


@pytest.mark.parametrize("text", NOT_SYSTEMS)
def test_systems_not_found(extractor, text):
    assert not _found(extractor, text, "systems_information")


def test_nickname_is_no_official_information(extractor):
    text = "The cargo targeting tool has been flagging every second container since the patch; the old hands call it the Slot Machine."
    assert not _found(extractor, text, "official_information")


# --- official information -----------------------------------------------------------------------------------------------

OFFICIAL = [
    "Big morning at the counter: a lady off the Manila flight with $25k in notes sewn into her jacket lining. Handed her to the AFP by ten.",
    "Twelve pallets of steel pipe invoiced as Thai to get around the anti-dumping duty. Brief of evidence goes to the CDPP next week.",
    "Range week. Six of our 24 recruits already sent home, three more on final warnings.",
    "Half the intake failed the qualification shoot after they cut our range days.",
    "Two radios and a taser missing from the armoury, guess who's filling in the paperwork.",
    "4 thermal imaging kits missing off the register and I'm the one doing the loss report.",
    "The latest phishing test got us good: 22 people clicked and five typed in their passwords.",
    "A woman tried to sit the citizenship test with an earpiece and her brother feeding her answers; we caught her on question 8.",
    "The boss flies to Perth Monday with the Minister for the processing centre deal that nobody is supposed to know about yet.",
    "Pulling the numbers on student visa refusals for the Minister's office briefing, up 30% on last year, you didn't hear it from me.",
]

NOT_OFFICIAL = [
    "Found a wallet on the bus and handed it to the police, hope they find the owner.",
    "Watching Border Security: a bloke with $30k in cash in his boots, handed him to the cops.",
    "Six of our 24 kids sent home with gastro this week, the school is a petri dish.",
    "Half the team failed the beep test at preseason training.",
    "My sister is pregnant, but you didn't hear it from me.",
    "The bank says 14 people clicked on the scam text in our street.",
    "Two of my keys missing from the key safe at home again, teenagers.",
]


@pytest.mark.parametrize("text", OFFICIAL)
def test_official_found(extractor, text):
    assert _found(extractor, text, "official_information")


@pytest.mark.parametrize("text", NOT_OFFICIAL)
def test_official_not_found(extractor, text):
    assert not _found(extractor, text, "official_information")


# --- vulnerability ------------------------------------------------------------------------------------------------------

VULNERABLE = [
    ("Passed over for the team leader spot again. Fourteen years on the wharf and not good enough.", "grievance"),
    ("They knocked back my higher duties again, apparently the budget is closed.", "grievance"),
    ("I've been acting in the role since February with no higher duties allowance because of a freeze.", "grievance"),
    ("Mia and I are barely talking this month, the night shifts are killing us.", "relationship"),
    ("The fly-in fly-out weeks are wearing us both down and we've started couples counselling.", "relationship"),
]

NOT_VULNERABLE = [
    "Jack got passed over for the starting spot in the under 16s again, he's gutted.",
    "Passed over for the firsts again, selectors hate me, back to the seconds on Saturday.",
    "My mate and his wife are barely talking since the renovation.",
    "Our selection for the regional team got knocked back on a technicality.",
    "We are barely talking about anything but the renovation, ha.",
]


@pytest.mark.parametrize("text, kind", VULNERABLE)
def test_vulnerability_found(extractor, text, kind):
    found = _found(extractor, text, "vulnerability")
    assert any(kind in d.key for d in found), found


@pytest.mark.parametrize("text", NOT_VULNERABLE)
def test_vulnerability_not_found(extractor, text):
    assert not _found(extractor, text, "vulnerability")


def test_run_on_rant_shows_the_grievance(extractor):
    """A rule's excerpt of a run-on sentence shows the words it matched, not only the sentence's opening."""
    text = ("Rant, sorry. We've got thirty-odd misconduct files open across the state at the moment, one of them a bloke at "
            "the wharf who was telling a mate which containers were flagged, and I am the one writing every letter, and I've "
            "been acting up a level for nine months with no higher duties allowance because the form is 'with head office', "
            "so yeah.")
    found = [d for d in _found(extractor, text, "vulnerability") if d.pattern == "acting_unpaid"]
    assert found and "no higher duties allowance" in found[0].evidence.excerpt
