"""Round 11 (branch r11open): official, systems and vulnerability told as vents, boasts, jokes, Q&A and profiles.

Official information: a site's head count said any way ("eighteen of us", "just two on the overnight", "me and
one other", "a workforce of 300"), a unit merged, folded or handed to a contractor with its heads or its date, a
rate of checks ("1 in 150 gets opened", "flags every second ..."). Systems: a system that hangs or eats the work,
a password unchanged for years or shared, kit that fails on a schedule, patching behind; the customer of a system
(a family at the kiosks, a gamer's servers) is not its operator. Vulnerability: buy-now-pay-later juggled, a
partner gone in three words, help sought for strain, alone at the pub, lonely in any register. A Q&A answer is read
with its question. Near misses: a tourist watching officers, a story's seizure, a school's or a ward's staffing,
a club merging, a gamer's crash, a household password, a promotion won.
None of these sentences is in data/sentences/ or tests/devset/.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.detectors import official_cues
from tests.kit_posts import kit_extractor, open_categories


@pytest.fixture(scope="module")
def extractor():
    return kit_extractor()


@pytest.mark.parametrize("text,cue", [
    ("there used to be seventeen of us on the late shift", "staffing"),
    ("just two on the overnight at the cargo gate", "staffing"),
    ("2 on nights for the whole wharf", "staffing"),
    ("it was me and one other on the early shift", "staffing"),
    ("I run a workforce of 300 across the terminal", "staffing"),
    ("we're down to four at the depot since the cuts", "staffing"),
    ("the licensing unit is being folded into enforcement by July", "restructure"),
    ("the help desk goes to an external provider in March, 30 of us", "restructure"),
    ("our team gets merged with the Perth one next month", "restructure"),
    ("about 1 in 150 boxes gets opened", "rate"),
    ("the new alert list flags every second forwarder", "rate"),
])
def test_general_official_cues(text, cue):
    assert cue in {name for _, name, _ in official_cues.cues(text)}


@pytest.mark.parametrize("text", [
    "every second weekend I have the kids",
    "our netball club is merging with the Tigers, 3 of us moving over",
    "the pharmacy goes to a new owner in March",
    "I check the mail every other day",
    "the bakery is closing in June, sad",
    "the office closes at 5 on Friday for the team lunch",
    "our team is closing the case on Friday, 3 of us on it",
    "the branch closes for Christmas on the 23rd",
])
def test_general_official_cues_near_misses(text):
    assert not {name for _, name, _ in official_cues.cues(text)} & {"staffing", "restructure", "rate"}


@pytest.mark.parametrize("text,category", [
    # head counts and rosters
    ("seventeen of us on the late shift at the mail centre when I started, nine now and no backfill", "official_information"),
    ("only two on the overnight at the container gate again, no relief for meal breaks", "official_information"),
    ("Q: how many on a typical night shift? A: most nights four, last night me and one other.", "official_information"),
    # restructures and outsourcing not yet public
    ("the licensing unit gets folded into enforcement by July, 7 of us, nobody's announced it", "official_information"),
    ("call centre goes to an external provider in March, we find out next week which 5 of us keep a job",
     "official_information"),
    # finds, rates
    ("about 1 in 150 boxes at the depot gets opened, the rest go straight out", "official_information"),
    ("4 kilos of meth inside the legs of flat-packed bunk beds this arvo", "official_information"),
    # systems
    ("the leave system ate everyone's overtime again this fortnight", "systems_information"),
    ("admin password on the counter pcs hasn't changed since 2016", "systems_information"),
    ("the whole shift logs in with the team leader's account because new logins take a month", "systems_information"),
    ("the cargo x-ray freezes every night around 2 and takes half an hour to come back", "systems_information"),
    # vulnerability
    ("juggling klarna and afterpay till payday again", "vulnerability"),
    ("husband walked out in april", "vulnerability"),
    ("I knock off early on Fridays for counselling, completely burnt out", "vulnerability"),
    ("steak dinner at the pub on my own again, he's still out west on the mines", "vulnerability"),
])
def test_open_categories_in_any_register(extractor, text, category):
    assert category in open_categories(extractor, text)


@pytest.mark.parametrize("text,category", [
    ("Watched a couple of customs officers board a cargo ship from the lookout, then rode on to Mackay.",
     "official_information"),
    ("In episode four the hero finds 20 kilos of heroin inside a grand piano.", "official_information"),
    ("our kindergarten is down to two teachers for 40 kids on Fridays", "official_information"),
    ("the footy club is being folded into the Bulldogs next season, 14 of us moving across", "official_information"),
    ("the game servers froze mid match and we lost the whole tournament", "systems_information"),
    ("arrival kiosks froze so our whole family got processed at the counter, lovely officer", "systems_information"),
    ("my streaming password hasn't changed since 2013 and the cousins all use it", "systems_information"),
    ("Got the acting EL1! Cake for the team on Friday.", "vulnerability"),
    ("Partner's at a conference till Thursday, so it's toast for dinner and the cricket.", "vulnerability"),
    ("IAmA baggage officer for the ABF at the airport, ask me anything", "official_information"),
    ("shout out to Deb for swapping shifts so I could make the mediation, legend", "vulnerability"),
])
def test_near_misses(extractor, text, category):
    assert category not in open_categories(extractor, text)
