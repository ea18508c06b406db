"""Round 7 (branch r7open), the open categories the blind sets still missed, said in many voices: a centre's
head count, a stand-off on a roof and how long it ran, a removal charter; an office shutting and fly-in teams,
roles axed; sightings off a reef and a cutter sent, patrol runs cut per day; a tariff change and an importer
under audit; a thin night roster, a caseload target; an appeal expected to be lost; a blitz on car ships.
Systems: a cloud migration of passenger data. Vulnerability: bereaved and alone, grievance at a young boss or
an expected payout, crypto losses, drinking alone after nights, a car loan and a card at its limit. Routine:
"every thu 1915", a gym before work, a fishing spot on Saturdays, "on a Sunday".
Near misses: the same words about home wifi, a trip, a TV drama, a windfall, a widowed parent who is busy,
a council closure, a social glass of wine, a minister on the news.
None of these sentences is in data/sentences/.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.detectors import routine
from tests.kit_posts import found, kit_extractor, open_categories

@pytest.fixture(scope="module")
def extractor():
    return kit_extractor()


@pytest.mark.parametrize("text,category", [
    # official information: detention facts, restructures, surveillance, trade, staffing, litigation, blitzes
    ("centre's sitting on 178 fellas at the mo and we've got exactly one sick bay. do the maths", "official_information"),
    ("Yellow block stand-off went eleven hours yesterday, two of them up on the laundry roof the whole time.",
     "official_information"),
    ("Removal charter booked for the 3rd of March, 27 going and about 60 of us escorting.", "official_information"),
    ("Couple of longliners loitering off Scott Reef again, the cutter leaves Darwin on Friday to move them on.",
     "official_information"),
    ("surveillance runs over the top end go from three a day to just the one after July. good luck everyone",
     "official_information"),
    ("Heads up for anyone in ceramics: the tiles get moved to a new tariff line in February, duty jumps to 7%, guidance out in January.",
     "official_information"),
    ("three of us on the whole arrivals hall after midnight now they've trimmed the roster lol", "official_information"),
    ("Sitting at 210 cases and the target is 120 by the end of the financial year.", "official_information"),
    ("Our appeal against the tribunal's reinstatement of that cancelled visa is in the Federal Court in May, and between us the second argument is dead in the water.",
     "official_information"),
    ("Next couple of ro-ro ships out of Japan are getting smashed, every single car stripped back to the chassis.",
     "official_information"),
    # systems
    ("Leading our move of the arrivals data from on-prem SQL Server to a cloud data lake, go-live over the Anzac Day weekend, analysts will be able to search every incoming passenger card.",
     "systems_information"),
    # vulnerability
    ("Two years since Len died. Place echoes now. I've started talking back to the TV.", "vulnerability"),
    ("feeling like they'll pay me out in the next spill, and honestly the more i think about it the more it burns after 19 years",
     "vulnerability"),
    ("down 55% on my alts since march, don't tell the wife", "vulnerability"),
    ("Finished four nights, home by 8, half a bottle of scotch gone by noon, nobody here to say anything.", "vulnerability"),
    ("The Hilux repayments are killing me, 75k loan on it and the Mastercard hit its limit last week.", "vulnerability"),
    # routine
    ("every thu 1915 futsal at Lidcombe, been the same crew for years", "routine"),
    ("Weekdays it's the 5:20 session at the gym on Parramatta Road, then a 7:30 start at work.", "routine"),
    ("saturdays you'll find me chasing bream off the Woy Woy jetty", "routine"),
])
def test_said_in_many_voices_is_found(extractor, text, category):
    assert category in open_categories(extractor, text)


@pytest.mark.parametrize("text", [
    "Our home wifi went down again, third Telstra outage this month, the kids are feral.",
    "Back Saturday from Hobart after a lovely long weekend away.",
    "Binge-watched a prison drama where the inmates take over the roof, couldn't stop.",
    "Cashed out my bitcoin and cleared the car loan, feels amazing to be debt free!",
    "Dad's been on his own since Mum passed but he's flat out with bowls and the Men's Shed.",
    "Council is closing the Kogarah library for six months while they renovate.",
    "A glass of red with the neighbours on Friday arvo is the best part of the week.",
    "The minister's press conference about the new tariff was all over the news tonight.",
    "We went fishing off the jetty on a Sunday in March and caught nothing.",
    # the agency's vessel as a sight on a tour (a count of tourists is no workforce figure)
    "Took 24 tourists on the harbour cruise past the Border Force cutter this arvo, cameras out.",
])
def test_near_misses_stay_quiet(extractor, text):
    assert open_categories(extractor, text) == set()


@pytest.mark.parametrize("text,days,time", [
    ("every thu 1915 futsal at Lidcombe", ["thursday"], "19:15"),
    ("Wed 1830 indoor soccer at the Auburn courts, every week", ["wednesday"], "18:30"),
    ("each fri we meet at the Kiama pub", ["friday"], ""),
])
def test_abbreviated_day_after_every_and_a_24_hour_time(extractor, text, days, time):
    hits = [d for d in found(extractor, text) if d.category == "routine"]
    assert hits, text
    attrs = hits[0].attrs
    assert attrs["weekdays"] == days
    assert (attrs["times"][0] if attrs["times"] else "") == time


def test_year_after_a_month_is_no_time():
    det = routine.RoutineDetector()
    assert det._times("the sunday 2019 reunion") == []


@pytest.mark.parametrize("text", [
    "sat 9am? reckon I can make it, see you there",      # one appointment, no recurrence
    "Sun 2019 was the year we moved",
])
def test_one_abbreviated_day_without_a_recurrence_is_no_routine(extractor, text):
    assert "routine" not in open_categories(extractor, text)


@pytest.mark.parametrize("text", [
    "Detainee management system was down for the whole night shift, we did every count on paper.",
    "CIS fell over at 1pm, 40 containers sat on the wharf uncleared. Fourth time this month, back to handwritten registers.",
])
def test_a_system_failing_is_systems_not_official_information(extractor, text):
    got = open_categories(extractor, text)
    assert "systems_information" in got and "official_information" not in got


@pytest.mark.parametrize("text", [
    "Is the NBN down for anyone else in Penrith? Router lights all red.",
    "PSA: that brand of smart doorbell has serious security weaknesses, patch it.",
    "Steam servers down again, can't even launch the game.",
    "Coming home Sunday from Adelaide, see everyone at footy next week.",
    "Our pub's quiz runs Tue and Wed from 7pm, everyone welcome.",
])
def test_forum_outages_trips_and_venue_hours_are_not_the_subjects(extractor, text):
    assert open_categories(extractor, text) == set()


@pytest.mark.parametrize("text,named", [
    ("The Hilux repayments are killing me, 75k loan on it and the Mastercard hit its limit last week.",
     "financial_stress car loan credit card"),
    ("down 55% on my alts since march, don't tell the wife", "financial_stress crypto losses"),
    ("Behind on the mortgage and the bank keeps calling.", "financial_stress mortgage"),
])
def test_financial_stress_names_the_debt(extractor, text, named):
    hits = [d for d in found(extractor, text) if d.category == "vulnerability"]
    assert f"vulnerability:{named}" in {d.key for d in hits}
    assert all(part in hits[0].value for part in named.split(" ", 1)[1].split(" ") if part)


@pytest.mark.parametrize("text,expected", [
    ("the cutter leaves Darwin on Friday", True),
    ("next couple of ro-ro ships", True),
    ("charter goes on the 14th", True),
    ("pack the insect repellent", False),
])
def test_told_with_when(text, expected):
    from footprint.analysis.detect.detectors.official_information import _WHEN_RX
    assert (_WHEN_RX.search(text) is not None) is expected


def test_an_invitation_with_the_subjects_own_routine_still_counts(extractor):
    assert "routine" in open_categories(extractor, "I run every Saturday at 7am at Bicentennial Park, come along!")


@pytest.mark.parametrize("text,expected", [
    ("Usually down at the Woy Woy jetty on a Sunday with a bucket of prawns.", True),
    ("If you take half an hour to back your trailer in at Foreshore Road on a Saturday, please practise at home.", False),
    ("We fished at Kurnell on a Sunday in March and caught nothing.", False),
])
def test_on_a_day_is_habitual_unless_said_to_the_reader(extractor, text, expected):
    assert ("routine" in open_categories(extractor, text)) is expected


def test_a_deadline_is_no_schedule(extractor):
    text = "Ruby from my shift reckons I'll be snoring at the desk by 9pm. #nightshift"
    assert "routine" not in open_categories(extractor, text)
