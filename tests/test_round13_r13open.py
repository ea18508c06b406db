"""Round 13 (branch r13open): official, systems and vulnerability told casually, and the learned component's false positives.

Systems: field kit that cannot reach a lookup, a records system that logs you out and loses the draft, cameras out and
an incident log that will not save, a security marking and a network reachable only from the office. Official: a
scoring change before its announcement, a site short of staff for a big job, a class of dogs or handlers and where
they are posted, officers moved between sites. Vulnerability: a redundancy offer resented, a retirement shortfall with
sleepless nights, a farewell nobody mentioned, a promotion to someone younger, drugs got informally, pay-later tallies,
a quiet house, a child every second weekend. Near misses: irony about an outage, a manager's mood, a small loan, a bad
mood, a radio log, a game raid, a lost item found, a puppy class.
None of these sentences is in data/sentences/ or tests/devset/.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.detectors import official_cues
from footprint.analysis.detect.detectors.official_information import _SYSTEM_FAULT_RX
from tests.kit_posts import kit_extractor, open_categories


@pytest.fixture(scope="module")
def extractor():
    return kit_extractor()


@pytest.mark.parametrize("text,cue", [
    ("the new scoring for sponsors switches on 1 March before it's announced", "leak"),
    ("new triage model goes live ahead of any announcement", "leak"),
    ("the rules change in August, still embargoed", "leak"),
    ("nothing's been announced but the audits start next month", "leak"),
    ("our risk model goes live on the 3rd", "policy_change"),
    ("graduating class of 9 dogs next Friday, 5 going to Melbourne airport", "deployment"),
    ("the new intake: 12 recruits, 8 sent to the north", "deployment"),
    ("we're getting 3 new x-ray operators in Feb and losing 5 to the airport", "deployment"),
])
def test_round13_official_cues(text, cue):
    assert cue in {name for _, name, _ in official_cues.cues(text)}


@pytest.mark.parametrize("text", [
    "Our puppy preschool class graduates on the 20th, seven pups and seven very proud owners",
    "the litter had six pups, four going to new homes",
    "two of the kids go to the local school",
    "three of us going to the beach house for the long weekend",
    "the footy club's new season starts in March, rego is open",
])
def test_round13_official_cue_near_misses(text):
    assert not {name for _, name, _ in official_cues.cues(text)} & {"leak", "deployment", "policy_change"}


@pytest.mark.parametrize("text,fault", [
    ("the incident log won't let you save after 11pm", True),
    ("perimeter cams dead since Friday", True),
    ("the file share's been read-only since the migration", True),
    ("the records system logs you out after 20 minutes", True),
    ("the handhelds can't get onto the alert check past the ranges", True),
    ("saved a fortune on the flights", False),
    ("the kids logged out of the holiday club early", False),
])
def test_round13_kit_faults(text, fault):
    assert bool(_SYSTEM_FAULT_RX.search(text)) is fault


@pytest.mark.parametrize("text,category", [
    # systems told casually
    ("handhelds on the wharf can't get onto the alert list check so I radio the desk and spell out every name",
     "systems_information"),
    ("the case management thing logged me out mid-report AGAIN, 40 mins of notes gone. system's older than my apprentice",
     "systems_information"),
    ("perimeter cams on the east fence dead since Friday and the incident log won't let you save after 11pm",
     "systems_information"),
    ("all our submissions are marked SENSITIVE and the work laptops only connect on the office network", "systems_information"),
    ("the radio repeater on the hill has been dead a week so the boat crews go off their own phones", "systems_information"),
    # official information told casually
    ("the new scoring for sponsors switches on 1 March before it's announced: anyone with more than 20% withdrawn "
     "nominations gets audited", "official_information"),
    ("four of us to turn around a cruise ship of 3,000 because half the team was at a training day", "official_information"),
    ("the next intake of six handlers finishes on the 18th; four go to the seaport, two to the mail exchange",
     "official_information"),
    ("we're getting 3 new x-ray operators in Feb and losing 5 to the airport", "official_information"),
    ("graduating class of 9 dogs next Friday, 5 going to Melbourne airport", "official_information"),
    # vulnerability told casually
    ("they offered me voluntary redundancy after 19 years of service. nineteen. and a cake, apparently", "vulnerability"),
    ("super statement came. I'm about 90 grand short of retiring at 60 and I'm up at 3am doing the maths", "vulnerability"),
    ("31 years here and nobody in the team has asked about a farewell", "vulnerability"),
    ("22 years at the port and they haven't even done a card", "vulnerability"),
    ("acting role went to someone who joined after my kids were born. again", "vulnerability"),
    ("got some test and tren through a mate of a mate, no script, paid cash", "vulnerability"),
    ("Klarna 3, Me 0 lol", "vulnerability"),
    ("place is dead quiet since the kids moved out, don't really see anyone outside of shifts", "vulnerability"),
    ("she's taken the kids to her mum's in Bendigo and I get them every other weekend now", "vulnerability"),
    # other people, other words (written after the fixes, to check they are general)
    ("toughbooks in the patrol cars can't load the warrant lookup past Bendigo, so I ring comms and they read it to me",
     "systems_information"),
    ("every file on my desk is marked PROTECTED and none of it can leave the building", "systems_information"),
    ("Genetec cameras at the loading dock have been off since the weekend, nobody's fixed them", "systems_information"),
    ("from the 1st, any provider over 25% rejected claims gets referred for audit, not announced yet", "official_information"),
    ("the new batch of four beagles finishes the course in May, three headed to the international mail gateway",
     "official_information"),
    ("grabbed some anavar off a bloke at my gym, cash only", "vulnerability"),
    ("Zip 2 Afterpay 1 Klarna 1 and it's only the 9th", "vulnerability"),
    ("honestly I don't talk to anyone except the people at work anymore", "vulnerability"),
    ("I see my boy every second weekend since his mum moved to Mildura with her new partner", "vulnerability"),
])
def test_round13_open_categories(extractor, text, category):
    assert category in open_categories(extractor, text)


@pytest.mark.parametrize("text,category", [
    ("IT says it's a 'known issue'. Known to whom, exactly?", "vulnerability"),
    ("My boss has stopped pretending the budget is fine", "vulnerability"),
    ("anyone able to spot me fifty till Thursday", "vulnerability"),
    ("ask me again when I'm less grumpy", "vulnerability"),
    ("Mostly weather reports and check-ins on the repeater.", "systems_information"),
    ("cant make the dungeon run wed", "official_information"),
    ("found the keys in about two minutes", "official_information"),
    ("Our puppy preschool class graduates on the 20th, seven pups and seven very proud owners", "official_information"),
    ("26 years in this branch and not one person has mentioned a send-off", "official_information"),
    ("Farewell drinks for Priya tonight, 20 years at Border Force", "official_information"),
    ("the kids' school app logs you out every ten minutes, I've given up on it", "systems_information"),
    ("passed over for the first XI again, coach says next week", "vulnerability"),
    ("my team leader is in a mood today", "vulnerability"),
    ("anyone spot me a tenner for lunch", "vulnerability"),
    ("found my glasses in like 30 seconds, on my head", "official_information"),
    ("raid at 9 tonight, bring flasks", "official_information"),
    ("Living in Belconnen means I can sleep in till seven.", "vulnerability"),
])
def test_round13_near_misses(extractor, text, category):
    assert category not in open_categories(extractor, text)
