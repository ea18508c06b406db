"""Round 3 of the open categories' failure classes (issue 9), table-driven, positives and near misses.

An insider tells operational detail casually (a find at the counter, a night's haul on the parcel line,
evidence at an operation's trial, patrol gaps, a section's job cuts, a recruit course's postings, a
detention incident); an internal system named by a bare acronym fails, screening kit at a named place is
broken, an HR product eats leave balances, a post-mortem in blog prose; vulnerability in slang (the punt,
buy-now-pay-later, the grog, a grievance, passed over while acting); routines in shift jargon with times.
Near misses: a mate's car impounded, a council fine, a savings question, a reality show, news, a
customer's complaint, one late night out, someone else's drinking or promotion. None of these sentences
is in data/sentences/ or tests/devset/.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.extract import Extractor
from footprint.crawler.orgs import load_org
from footprint.crawler.items import PostItem

PROFILE = "https://social.example/@rwebb"
OPEN = ("official_information", "systems_information", "vulnerability", "routine")


@pytest.fixture(scope="module")
def extractor():
    return Extractor(load_org("dibp"), "Rory Webb", ["rwebb"])


def post(text, n=1):
    return PostItem(profile=PROFILE, url=f"{PROFILE}/{n}", platform="activitypub", text=text,
                    published="2016-05-02T08:00:00Z")


POSITIVES = [
    # official information, told casually
    ("Had a retiree at the red lane with 90 undeclared codeine tablets hidden in her denture case today #BorderForce",
     "official_information"),
    ("Graveyard on the courier line: 17 cartons of 'yoga mats' from the one shipper in Shenzhen, every one lined with "
     "ketamine. 12 kilos by sunrise.", "official_information"),
    ("Cross-examined for most of Wednesday in the Operation Marlin importation trial, defence kept on about gaps in "
     "the exhibit register.", "official_information"),
    ("Nine positions in the passenger analysis unit go by the end of June and I'm writing the redundancy notices.",
     "official_information"),
    ("Course 51 graduated yesterday, 26 recruits, and 10 of them are being posted to Adelaide airport.",
     "official_information"),
    ("Since the cutter went into refit the tinnies cross the strait every night and none of it gets logged.",
     "official_information"),
    ("Detainee on the kitchen roof for six hours, tactical team went in at 3:30am and two of our officers got hurt.",
     "official_information"),
    # systems information
    ("CARGOLINK crashed at 10 and 25 consignments sat uncleared, third outage this month.", "systems_information"),
    ("The baggage x-ray at the domestic terminal is cactus again and every PAX lookup takes forever.",
     "systems_information"),
    ("The new HR platform is SuccessFactors underneath and the migration wiped everybody's annual leave balances.",
     "systems_information"),
    ("We found the root cause: an expired certificate on the case records gateway, no alerting, and the Citrix "
     "servers fell over one after another.", "systems_information"),
    # vulnerability in slang
    ("Blew another $450 on the punt this weekend, counting the days to payday.", "vulnerability"),
    ("Zip and Afterpay both coming out Thursday and my account has twelve bucks in it.", "vulnerability"),
    ("Most of the boys at the camp are on the piss every night and I'm no different.", "vulnerability"),
    ("A carton goes in two nights at my place these days.", "vulnerability"),
    ("This lot couldn't organise a sausage sizzle at Bunnings, management is hopeless.", "vulnerability"),
    ("Done caring about this place, they knocked back my leave for the fourth time.", "vulnerability"),
    ("Twelve months acting in the senior officer role and they gave it to someone from outside.", "vulnerability"),
    # routine in shift jargon with times
    ("Alarm 0345, sign on 0445 for the 5 to 1 all week #earlies", "routine"),
    ("Mon to Thu I'm up at 3.20 for the 4am cargo shed opening.", "routine"),
    ("Four on, four off, 1900 to 0700 at the container terminal.", "routine"),
    ("Monday to Friday I'm out of the yard at Smithfield by 4:30am.", "routine"),
]
DECOYS = [
    "Police impounded my cousin's car for no rego, he's livid.",
    "Copped a $350 council fine for parking the truck on my own street, daylight robbery.",
    "What's everyone's go-to high interest savings account? Got a bonus to park.",
    "Watching that airport customs show again, a kid had undeclared beef jerky in his pockets.",
    "Paper says customs caught a woman with 4 kilos of heroin in her shampoo at Perth, unreal.",
    "Third time this week the bank's app crashed on me, fix your IT ANZ.",
    "Smartgates at the airport were broken so we queued for an hour, worst start to a holiday.",
    "Out till 2am at the Surry Hills pub last Saturday, fun night.",
    "My uncle's on the grog every night since he retired, the family is worried.",
    "Took a punt on the new burger place and it was brilliant.",
    "She was acting as principal for a year and they gave the job to someone from outside, poor thing.",
    "Dentist at 3pm Tuesday, not looking forward to it.",
    "The bakery is open Mon to Sat 6am till 2pm, pop in for a pie.",
    "Our pub's trivia night runs Mon to Thu from 7:30pm, come along.",
    "The committee at my footy club couldn't organise a raffle, bless the volunteers.",
    "Watched a doco about Torres Strait patrol boats, the scenery is stunning.",
]


@pytest.mark.parametrize("text,category", POSITIVES)
def test_said_casually_is_found(extractor, text, category):
    got = {d.category for d in extractor.extract([post(text)])}
    assert category in got


@pytest.mark.parametrize("text", DECOYS)
def test_near_misses_get_no_open_category(extractor, text):
    got = {d.category for d in extractor.extract([post(text)])} & set(OPEN)
    assert got == set()


@pytest.mark.parametrize("text,signal", [
    ("Down another $600 on the nags, roll on payday.", "gambling"),
    ("Klarna and Afterpay both due Friday and I've got nothing left.", "financial_stress buy now pay later"),
    ("Half the crew on this rig drink every night and I'm one of them.", "substance"),
])
def test_slang_names_the_signal(extractor, text, signal):
    """The slang rules name the signal ("signs of gambling harm"), not just the category."""
    keys = {d.key for d in extractor.extract([post(text)]) if d.category == "vulnerability"}
    assert f"vulnerability:{signal}" in keys


def test_someone_elses_gambling_is_not_the_subjects(extractor):
    got = {d.category for d in extractor.extract([post("My brother blew another $800 on the punt this weekend.")])}
    assert "vulnerability" not in got
