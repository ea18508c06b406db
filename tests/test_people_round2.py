"""Round 2 people classes (issue 9): colleagues named without the word "colleague", family stated as a name
with the relation beside it, ex-partners, club members as associates, and one finding per person.

Table-driven, positives with decoys. Every person here is fictional.
"""
from __future__ import annotations

import pytest

from tests.people_posts import JODIE

ACCOUNT = JODIE.url
post, bio, people, findings_of = JODIE.post, JODIE.bio, JODIE.people, JODIE.findings_of


@pytest.fixture(scope="module")
def extractor():
    return JODIE.extractor()


COLLEAGUES = [
    ("My team lead Nadia Petrovic signed off my leave, back at Border Force next week.", ["Nadia Petrovic"]),
    ("The boss, Warren Lyle, shouted the shift pizza after the Border Force audit.", ["Warren Lyle"]),
    ("Caught up with Tayla Brennan and Josh Mercer, fellow recruits from the ABF College intake.",
     ["Josh Mercer", "Tayla Brennan"]),
    ("Davo from B shift brought in a slab after his last night at Border Force.", ["Davo"]),
    ("Thanks to the team at Border Force, especially Imogen Clarke and Raj Dutta, for the send-off.",
     ["Imogen Clarke", "Raj Dutta"]),
    ("Our director Helen Marsh spoke at the Border Force awards night.", ["Helen Marsh"]),
    ("Massive find by my workmate Kez on the belt today, three kilos in a suitcase lining.", ["Kez"]),
    ("Tash from night shift found a pistol in a speaker box, what a legend.", ["Tash"]),
]
COLLEAGUE_DECOYS = [
    "The boss of the footy club, Gary Dunn, reckons we need a new ruckman.",
    "Our director Wes Anderson has a new film out, loved it.",
    "Especially loved Nina Park in the new series.",
    "Kez from the bakery found my lost keys, what a legend.",
]
FAMILY = [
    ("Dinner at Nonna's with Gemma (wife) and the in-laws.", ["Gemma"]),
    ("Lachlan Reid - husband, chef, terrible at parking.", ["Lachlan Reid"]),
    ("Mum and Dad (Carol and Geoff) flew in from Perth.", ["Carol", "Geoff"]),
    ("Handover day again. Co-parenting with Shannon is getting easier.", ["Shannon"]),
    ("My ex, Brendan, finally sent the passports back.", ["Brendan"]),
]
FAMILY_DECOYS = [
    "Seinfeld (the show) is still the best thing on telly.",
    "My ex-boss Trent is hosting trivia again.",
    "Parenting with Dylan's mum on the committee is a nightmare.",
    "Mum and Dad jokes are the worst.",
]
ASSOCIATES = [
    ("Choir practice ran late, Marguerite and Ines carried the altos as usual.", ["Ines", "Marguerite"]),
    ("Sailing on Saturday: Hamish and Priscilla crewed for me at the yacht club.", ["Hamish", "Priscilla"]),
    ("Nippers at the surf club this morning, Declan and Sasha ran the water safety.", ["Declan", "Sasha"]),
    ("Dave is my oldest mate.", ["Dave"]),
]
ASSOCIATE_DECOYS = [
    "The choir sang Handel and Bach at the cathedral, stunning.",
    "Jenny went sailing with Mark at the yacht club.",
    "Sailing with the tide out of Pittwater, just me and the boat.",
    "Our kelpie Bluey swam out to the surf club flags.",
]


@pytest.mark.parametrize("text,names", COLLEAGUES)
def test_colleagues_named_by_role_intake_shift_or_team(extractor, text, names):
    assert people(extractor, text, "colleague") == names


@pytest.mark.parametrize("text", COLLEAGUE_DECOYS)
def test_colleague_decoys_name_nobody(extractor, text):
    assert people(extractor, text, "colleague") == []


@pytest.mark.parametrize("text,names", FAMILY)
def test_family_named_with_the_relation_beside_them(extractor, text, names):
    assert people(extractor, text, "family") == names
    assert people(extractor, text, "associate") == []          # a wife is not also a friend


@pytest.mark.parametrize("text", FAMILY_DECOYS)
def test_family_decoys_name_nobody(extractor, text):
    assert people(extractor, text, "family") == []


@pytest.mark.parametrize("text,names", ASSOCIATES)
def test_club_members_and_stated_mates_are_associates(extractor, text, names):
    assert people(extractor, text, "associate") == names


@pytest.mark.parametrize("text", ASSOCIATE_DECOYS)
def test_associate_decoys_name_nobody(extractor, text):
    assert people(extractor, text, "associate") == []


@pytest.mark.parametrize("items,value,urls", [
    # a full name with a stated relation, then the first name alone in a shared activity: one finding
    ([post("Ben Okafor moved into our spare room at the end of July.", 1),
      post("Saturday barbie with Ben, first time on the grill.", 2)],
     "Ben Okafor (housemate)", {f"{ACCOUNT}/1", f"{ACCOUNT}/2"}),
    ([post("Huge shout out to my mate Jess Holloway for the lift.", 1),
      post("Gym session with Jess before work, legs day.", 2)],
     "Jess Holloway (mate)", {f"{ACCOUNT}/1", f"{ACCOUNT}/2"}),
    # a nickname given once beside the full name, then used alone
    ([post("Rob Tait, Robbo to everyone at the club, has been my fishing mate for twenty years.", 1),
      post("Beers with Robbo after the club comp.", 2)],
     "Rob Tait (mate)", {f"{ACCOUNT}/1", f"{ACCOUNT}/2"}),
])
def test_one_person_is_one_finding(items, value, urls):
    found = findings_of(items, "associate")
    assert [f.value for f in found] == [value]
    assert {e.url for e in found[0].evidence} == urls


def test_two_people_sharing_a_first_name_stay_apart():
    items = [post("Huge shout out to my mate Jess Holloway for the lift.", 1),
             post("Coffee with my friend Jess Taylor at the markets.", 2),
             post("Gym session with Jess before work.", 3)]
    values = sorted(f.value for f in findings_of(items, "associate"))
    assert "Jess Holloway (mate)" in values and "Jess Taylor (friend)" in values
    assert not any(v.startswith("Jess Holloway") and v != "Jess Holloway (mate)" for v in values)


def test_a_spouse_named_once_stays_family_when_named_alone_later():
    items = [bio("Husband to Kirsty, dad of two."), post("Surfed Bells at dawn with Kirsty, glassy.", 2)]
    fam = findings_of(items, "family")
    assert [f.value.split(" (")[0] for f in fam] == ["Kirsty"]
    assert {e.url for e in fam[0].evidence} == {ACCOUNT, f"{ACCOUNT}/2"}
    assert findings_of(items, "associate") == []


def test_a_negative_controls_spouse_is_family_and_her_team_lead_no_colleague():
    """Controls have real families; a private firm's team lead is not a colleague at the Department."""
    items = [bio("Migration lawyer at Haddad & Lin Lawyers, Parramatta. Wife to Tomasz, mum to Elodie."),
             post("My team lead Nadia Petrovic signed off my leave, off to Bali with Tomasz.", 2),
             post("Anniversary dinner, Tomasz (husband) booked the Thai place.", 3)]
    fam = {f.value.split(" (")[0] for f in findings_of(items, "family")}
    assert {"Tomasz", "Elodie"} <= fam
    assert findings_of(items, "colleague") == []
