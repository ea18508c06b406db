"""Round 15 (branch r15open): official detail, systems, vulnerability and routine told casually.

Official: finds in slang with the hiding place (pulled out of door panels, stuffed in a tyre), a stowaway found alive in a
box, an office's officers lost, a unit losing its people. Systems: kit by maker or nickname with its trouble (error codes,
a meltdown, a battery that will not last, everyone read as a mismatch, an age to warm up), a list joke of what dies on a
shift, a named system's fault told as the punchline, an acronym's link dropping out every arvo. Vulnerability: a debt
kept from a partner, credit refused, a separation's lawyer on the card, a loss and the quiet after, nobody noticing,
drinks counted around the shift. Routine: a shift fragment whose hours are the next fragment, on and off times, "<time>
starts", back on days, a weekly habit after handover.
Near misses: garden weeds by the kilo, a shed's old coins, a migration agent's client, a club's boat in refit, a café's
staff, a home printer, a school's laptops, a surprise present, a fraud block, a lost gadget, a race's start, a gym's
opening hours, a line's enquiry hours.
None of these sentences is in data/sentences/ or tests/devset/.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.detectors.official_information import _weighs_other
from footprint.analysis.detect.detectors.routine import time_range
from footprint.analysis.detect.detectors.vulnerability import _lost_person
from tests.kit_posts import found, kit_extractor, open_categories


@pytest.fixture(scope="module")
def extractor():
    return kit_extractor()


@pytest.mark.parametrize("text,category", [
    # 1. finds in slang, with where the goods were hidden
    ("dug 9 kilos of ice out of the sills of a ute off the car carrier", "official_information"),
    ("found gear taped inside the speaker boxes of a band's road cases lol", "official_information"),
    ("pulling ciggies out of the false floor of a campervan all arvo", "official_information"),
    ("someone found alive inside a sealed container after five days at sea, he's ok", "official_information"),
    # 2. staffing lost
    ("Broome has lost three boarding officers this year and none of it is being backfilled", "official_information"),
    ("the branch is losing five people in October, no word on who", "official_information"),
    # 3. kit by maker or nickname, with its trouble
    ("the Nuctech on lane 4 has been throwing error codes all shift", "systems_information"),
    ("handhelds kept freezing at the cargo terminal this morning", "systems_information"),
    ("SmartGates had another meltdown when three flights landed together, arrivals was chaos", "systems_information"),
    ("Stuff that breaks on a night shift: the cargo x-ray, the kettle, me.", "systems_information"),
    ("TRIPS link drops out every afternoon about 4, like it clocks off", "systems_information"),
    # 4. money hidden or refused
    ("sitting at $8,200 on the Amex and I haven't told my husband", "vulnerability"),
    ("nobody in the family knows about the payday loan", "vulnerability"),
    ("klarna knocked me back for a pair of shoes, that's where we're at", "vulnerability"),
    ("mediation for the divorce went on the credit card, another $3k", "vulnerability"),
    # 5. grief, isolation, drinking
    ("since I lost Shirley the evenings are so quiet I leave the radio on", "vulnerability"),
    ("never felt this invisible, sat through the whole review and no one said a word", "vulnerability"),
    ("three tinnies before my shift most days, which is fine, probably", "vulnerability"),
    # 6. times as ranges and lists
    ("on at 0530, off at 1400, every day this week", "routine"),
    ("5:30am starts at the airport all month, pray for me", "routine"),
    ("back on days from tuesday, 6 till 2:30", "routine"),
    # 7. a weekly habit tied to the shift
    ("every Friday after knock-off it's a parma at the local", "routine"),
])
def test_round15_casual_disclosures(extractor, text, category):
    assert category in open_categories(extractor, text)


@pytest.mark.parametrize("text,category", [
    ("pulled 20 kilos of blackberry vines out of the back fence line, arms shredded", "official_information"),
    ("found cash inside an old biscuit tin while clearing out Nan's shed, about forty bucks in old coins",
     "official_information"),
    ("My client's partner visa was refused; we're lodging the appeal at the tribunal on Friday.", "official_information"),
    ("the sailing club's boat is in refit so no twilight races till November", "official_information"),
    ("our café has lost three baristas since Easter and nobody's replacing them", "official_information"),
    ("my home printer drops out every afternoon at 3, I swear it's haunted", "systems_information"),
    ("the kids' school laptops keep freezing during NAPLAN practice", "systems_information"),
    ("bought her a $300 necklace for our anniversary and she has no idea", "vulnerability"),
    ("the bank declined a suspicious charge on my card from overseas, good catch", "vulnerability"),
    ("Lost my Garmin in June, it turned up in the car in August.", "vulnerability"),
    ("two pints at the footy club presentation and home by nine", "vulnerability"),
    ("race starts at 6am at the bay tomorrow, nerves", "routine"),
    ("the pool opens at 5:30am on weekdays, says their sign", "routine"),
    ("Enquiries on weekdays, 9:30 to 4, or leave a message with the secretary.", "routine"),
    ("flight's on at 0600, off at 1400 in Cairns, holiday mode", "routine"),
])
def test_round15_near_misses(extractor, text, category):
    assert category not in open_categories(extractor, text)


@pytest.mark.parametrize("text,value,excerpt", [
    # a fragment naming the shift and the fragment after it giving its hours: the value and the excerpt hold both
    ("lates. 1430 to 2300. pray for me", "late shifts (14:30–23:00)", "1430 to 2300"),
    ("Nights. 2130 til 0600. Four of them.", "night shifts (21:30–06:00)", "2130 til 0600"),
    ("on at 1345, off at 2215, then the drive home", "shifts (13:45–22:15)", "1345"),
])
def test_round15_shift_hours_shown(extractor, text, value, excerpt):
    dets = [d for d in found(extractor, text) if d.category == "routine"]
    assert [d.value for d in dets] == [value]
    assert excerpt in dets[0].evidence.excerpt


@pytest.mark.parametrize("text,expected", [
    ("7 till 3:30", ("07:00", "15:30")),       # a morning start's end with no am/pm is the afternoon
    ("9:30 to 4", ("09:30", "16:00")),
    ("10:30 till 6", ("10:30", "06:00")),      # from 10 on, the start may be the night's: left as said
    ("2200 til 0630", ("22:00", "06:30")),     # four digits say the hour themselves
    ("10pm to 6am", ("22:00", "06:00")),
])
def test_round15_time_range(text, expected):
    assert time_range(text) == expected


@pytest.mark.parametrize("text,person", [
    ("Lost my Dave in June", True),
    ("lost my husband last spring", True),
    ("Lost my Fitbit in June", False),
    ("Lost my Kindle last year", False),
])
def test_round15_lost_person(text, person):
    assert _lost_person(text) is person


@pytest.mark.parametrize("text,category,pattern", [
    # each new rule names itself in the finding (the explanation's pattern)
    ("Found nine kilos of coke stuffed in the spare tyre of a hire car off the Darwin ferry this arvo.",
     "official_information", "seizure_slang"),
    ("a teenager found alive inside a reefer after two days, hypothermic but talking", "official_information", "found_in_cargo"),
    ("the unit is losing four officers in March and nobody's said who", "official_information", "staff_lost"),
    ("the Heimann in shed 2 kept rejecting every third pallet on the cargo shift", "systems_information", "kit_trouble"),
    ("up to $4,300 on the overdraft and the missus has no idea", "vulnerability", "debt_hidden"),
    ("eftpos said no at the servo, twice, in front of the whole queue", "vulnerability", "credit_refused"),
])
def test_round15_rule_named(extractor, text, category, pattern):
    assert pattern in {d.pattern for d in found(extractor, text) if d.category == category}


@pytest.mark.parametrize("text,weighs_other", [
    ("pulled 20 kilos of blackberry vines out of the fence", True),
    ("38 kilos of weeds from the veggie patch", True),
    ("22 kilos of ice out of the door panels", False),        # goods: a find's measure
    ("a kilo and a half sewn into his golf bag", False),     # no "of": the weight is the goods'
])
def test_round15_weighs_other(text, weighs_other):
    assert _weighs_other(text) is weighs_other
