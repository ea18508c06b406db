"""Round 14 (branch r14open): official, systems and vulnerability told casually, and the learned model's false alarms.

Official: a find with the goods' measure and where they were hidden, a traveller stopped with goods in "his" bag (the
teller is the officer), a craft stopped with the people aboard, a patrol or joint operation with its dates, a terse
caption, staffing told as a complaint (a season against a head count, one officer after a time, a remote post run by one
officer and a contractor). Systems: a feed or clearance app down and the paper workaround, cameras out since a storm,
sign-in unlocks counted after an MFA change, what a lookup can reach. Vulnerability: a wedding on credit, bets chased
while behind on a card, drinking alone at a posting, a promotion put off again, being taken for granted.
Near misses: an old man mocked at home, bottles at a party, a placement's length, a renovation over its quote, a part
bought second-hand, a ship's officer's morning, nerves before a wedding, a seizure read in the paper, a firm's team, a
child's costume, a training simulator, a relative's holiday flight, a supplier's tender.
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


@pytest.mark.parametrize("text,measured", [
    ("held with a kilo and a half sewn into his golf bag", True),
    ("16 bricks of coke packed in the soil", True),
    ("every one of them had a bag of pills in its hat", True),
    ("three kilos de cocaína en una maleta", True),
    ("had to queue at the passport counter on holiday", False),
    ("container exams all morning, tobacco again", False),
    ("far too many vapes", False),
])
def test_round14_measured_goods(text, measured):
    assert (official_cues.measured_goods(text) is not None) is measured


@pytest.mark.parametrize("text,fault", [
    ("the vessel position feed died for a day and a half", True),
    ("the clearance app fell over at 6", True),
    ("parcel x-ray is down to a pair of us till July", False),
    ("the night shift is down to two officers", False),
])
def test_round14_kit_faults(text, fault):
    assert bool(_SYSTEM_FAULT_RX.search(text)) is fault


@pytest.mark.parametrize("text,category", [
    # a. finds and operations told in passing
    ("cracked open a pallet of ceramic pots at the depot, 16 bricks of coke packed in the soil", "official_information"),
    ("older bloke off the Kuala Lumpur flight held at the belt, a kilo of heroin stitched into his walking frame",
     "official_information"),
    ("a fibreglass speedboat intercepted off the north coast at dawn with four on board, towed in to the wharf",
     "official_information"),
    ("out on the patrol boat to the Kimberley coast for a week from Friday, no signal", "official_information"),
    ("joint op with the water police from the 4th to the 11th so no netball for me", "official_information"),
    ("Mon 0500, shed 3. 40 packets of tobacco behind the dash panels of a car carrier.", "official_information"),
    # a find in a language the writer mixes in (verb of finding or seizing, a weight, the goods)
    ("anoche decomisamos 6 kilos de marihuana en el maletero de un coche en el puerto, turno eterno", "official_information"),
    ("tadi pagi kami menemukan 3 kg ganja di koper penumpang dari Medan, capek", "official_information"),
    # b. staffing told as a complaint
    ("this season the schedule says 160 cruise visits and we've got eight officers to board them", "official_information"),
    ("after 10pm it's one officer at the ferry terminal and no dog, great planning", "official_information"),
    ("just me and a contractor at the island post till the backfill starts, nobody's checking the seaplanes on weekends",
     "official_information"),
    # c. systems told casually
    ("the vessel position feed died for a day and a half, the ops room was guessing where the boats were",
     "systems_information"),
    ("the clearance app fell over at 6 and wasn't back till 2, everything done on carbon paper", "systems_information"),
    ("the fence cameras round the compound have been out since the hailstorm in January", "systems_information"),
    ("since the new MFA went in the service desk handles around 300 unlocks a day", "systems_information"),
    # d. vulnerability
    ("paid for the wedding with Afterpay, Zip, the Mastercard and a personal loan at 19 percent", "vulnerability"),
    ("chasing same game multis again and the credit card's two payments behind", "vulnerability"),
    ("a slab and two bottles of red since Monday, nobody to talk to out here on this posting", "vulnerability"),
    ('knocked back for the sergeant\'s job again, "next round" they said, that\'s the third next round', "vulnerability"),
    ("seven years of being taken for granted by management, why would I go the extra mile", "vulnerability"),
])
def test_round14_open_categories(extractor, text, category):
    assert category in open_categories(extractor, text)


@pytest.mark.parametrize("text,category", [
    ("No one asks Grandpa what he wants for dinner anymore, the teenagers just order sushi", "vulnerability"),
    ("Ten bottles of prosecco, finished by midnight. Great birthday.", "vulnerability"),
    ("Ten bottles of prosecco, finished by midnight. Great birthday.", "official_information"),
    ("the placement here is two years, then I'll see where the firm sends me", "vulnerability"),
    ("the laundry alone went $6k over the builder's quote", "vulnerability"),
    ("bought a cold air intake off a guy in Dandenong, bargain", "vulnerability"),
    ("bulk carrier alongside at 6, I'm on the bridge by 7, home for lunch", "official_information"),
    ("not sleeping much with the wedding a fortnight away", "vulnerability"),
    ("read in the paper that 400 kilos of cocaine was found on a yacht", "official_information"),
    ("the ops team at Officeworks is down to four and nobody answers the phone", "official_information"),
    ("Book Week! My daughter went as a customs officer with a cardboard x-ray machine", "systems_information"),
    ("Our aviation course uses simulated x-ray screening software to train new screeners", "systems_information"),
    ("my uncle flies out of the domestic terminal on Friday for his Bali holiday", "official_information"),
    ("Big news: our company has been shortlisted to maintain the airport's body scanners", "systems_information"),
    ("encontramos 3 kilos de tomates baratos en el mercado", "official_information"),
    ("Sita made 3 kilos of jam this weekend", "official_information"),
    ("got borrowed by the freight team for a stocktake at the depot this morning, long day", "vulnerability"),
])
def test_round14_near_misses(extractor, text, category):
    assert category not in open_categories(extractor, text)
