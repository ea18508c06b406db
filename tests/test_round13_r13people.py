"""Round 13 people (issue 9, branch r13people): family, friends and co-workers stated the short ways.

Family: a relation clipped or in brackets before or after the name ("Jett (bf)", "my gf Saskia", "Oksana (MIL)"),
in lower case and past a tagged handle glossed with the full name; the relation and the name in neighbouring
sentences ("Happy heavenly birthday Dad. Norman Teague, ..."); a relation told by a deed (a marriage of years, a
home set up together, a partner who left, a care run or a junior side in brackets for a child).
Co-workers: a work role clipped ("my sup", "new TL") or placed at work ("my mate from work <Name>").
Friends: a glossed nickname whose surname has a particle; the subject's own name with 's or "and" in the third person.
Each table holds its near misses (an honorary uncle who is a mate, gluten free, a greeting, a supplement stack, a screen
crush, a thing on a work line, a coach's player). Every person here is fictional.
"""
from __future__ import annotations

import pytest

from tests.people_posts import Account

HOLLIE = Account("Hollie Brennan", "hols", 5)


@pytest.fixture(scope="module")
def extractor():
    return HOLLIE.extractor()


def _people(extractor, text: str, category: str) -> list[str]:
    return [p.lower() for p in HOLLIE.people(extractor, text, category)]


FAMILY = [
    # a relation clipped or in brackets, after or before the name, any case
    ("Jett (bf) reckons the campervan will make it to Broome. It will not.", "jett"),
    ("Saskia (gf) and I finally finished the jigsaw, 2000 pieces of sky", "saskia"),
    ("Oksana (MIL) brought enough pierogi for a battalion", "oksana"),
    ("Bernard (FIL) fixed the letterbox without being asked, legend", "bernard"),
    ("Congrats to Yolanda (SIL) on finishing her nursing degree!!", "yolanda"),
    ("Lachlan (cuz) is crashing on the couch till Friday", "lachlan"),
    ("Thibault (boyfriend) says we should cancel the trip, not a chance", "thibault"),
    ("dinner w my gf Saskia at the noodle bar, she ordered for both of us", "saskia"),
    ("my bf dominic has discovered sourdough, send help", "dominic"),
    ("beach day with my gf @tilly.w (Matilda Wren) and the dog's ball", "matilda wren"),
    ("Partner: Anselm (bf, 5 yrs)", "anselm"),
    # the relation and the name in neighbouring sentences
    ("Happy heavenly birthday Dad. Norman Teague, the best fisherman on the Murray.", "norman teague"),
    ("Love you Mum. Philippa, you hold this family together.", "philippa"),
    ("Harvey kicked his first goal! My boy is over the moon.", "harvey"),
    ("Juniper (7) read a whole chapter book by herself. My girl is a bookworm.", "juniper"),
    # a relation told by a deed
    ("Desmond and I, thirty years married this week and still arguing about the thermostat", "desmond"),
    ("Celeste and I picked up the keys to our first home this arvo 🔑", "celeste"),
    ("Mikael hung the swing the summer we moved in", "mikael"),
    ("The place feels empty since Renata left", "renata"),
    ("Jarrod moved out and took the good frypan, unbelievable", "jarrod"),
    ("creche drop-off for Esme, then the 7.40 train", "esme"),
    ("school run for Otto and Lila, both forgot their hats", "lila"),
    ("Both Magpies won today, Kit (U9s) and Romy (U12s) 🏆", "romy"),
    # a relation label in a list; a relative's birthday then the name; a child past a nameless aside
    ("- Gf: Charlotte, 31, vet nurse", "charlotte"),
    ("Nan's 85th! Beryl Oakley, still beating us all at canasta", "beryl oakley"),
    ("Felix got his Ps! Lock up your letterboxes. My eldest on the road", "felix"),
]

RELATIVE_AT_WORK = [
    ("wifey's last shift at Royal Hobart Hospital before mat leave 🥹", "wife (works at Royal Hobart Hospital)"),
    ("So my husband just started at Officeworks Fyshwick, staff discount incoming", "husband (works at Officeworks Fyshwick)"),
    ("my job at Kmart Belconnen was the best part of uni", None),
    ("her husband works at Qantas so they fly for nothing", None),
    ("My brother just started at the Ballarat office of his accounting firm", None),
]

FAMILY_DECOYS = [
    "Somebody (bf) finished the milk and put the carton back",
    "Found a great gf bakery in Fremantle, the lemon tart is unreal",
    "sup legends, Marco here with the weekly fishing report",
    "my sup stack: zinc, vitamin d and way too much coffee",
    "Brandt Kasey (future hubby 😍) in the new superhero trailer",
    "Uncle Robbo (Rob Delaney, my mate since apprenticeship) taught the kids to cast a line",
    "Tobias (U14 Rep) coached by me this season, a great kid",
    "Nathaniel left the club in May and nobody has taken on the canteen",
    "My partner walks the same loop as me: Merewether to Bar Beach",
]

COLLEAGUES = [
    ("my sup Gretchen Albers let me swap the Sunday, absolute legend", "gretchen albers"),
    ("happy bday to my sup tomas who never complains about the roster", "tomas"),
    ("new TL started this week, Imran Qureshi, already fixed the leave backlog", "imran qureshi"),
    ("the boss at work, Lorraine Pike, signed off my long service leave", "lorraine pike"),
    ("My mate from work Benedikt Roth ran his first ultra on Sunday", "benedikt roth"),
    ("my supervisor kate let me knock off early lol", "kate"),
]

COLLEAGUE_DECOYS = [
    "Parcel on our line came back torn open again, third one this week",
    "The TL;DR: Ryan Oakes was right about the gutters",
    "sup nerds, Jordie here with another camping vlog",
]

ASSOCIATES = [
    ("Hollie's best man, Spud (Rafael de Souza), lost the rings twice", "rafael de souza"),
    ("Uncle Robbo (Rob Delaney, my mate since apprenticeship) taught the kids to cast a line", "rob delaney"),
    ("hols and @kt_m (Katie Moran) at the river for the long weekend", "katie moran"),
]

ASSOCIATE_DECOYS = [
    "Hollie and Rex at the dog beach, he rolled in something awful",
    "Hollie and Jamie Fox got married on Saturday under the fig tree",
    "Brennan & Ward Conveyancing moved to a new office on Bourke St",
]


@pytest.mark.parametrize("text,person", FAMILY)
def test_family_stated_the_short_ways(extractor, text, person):
    assert person in _people(extractor, text, "family")


@pytest.mark.parametrize("text", FAMILY_DECOYS)
def test_family_near_misses(extractor, text):
    assert _people(extractor, text, "family") == []


@pytest.mark.parametrize("text,person", COLLEAGUES)
def test_colleague_by_a_clipped_or_placed_work_role(extractor, text, person):
    assert person in _people(extractor, text, "colleague")


@pytest.mark.parametrize("text", COLLEAGUE_DECOYS)
def test_colleague_near_misses(extractor, text):
    assert _people(extractor, text, "colleague") == []


@pytest.mark.parametrize("text,person", ASSOCIATES)
def test_friends_glossed_or_beside_the_subject(extractor, text, person):
    assert person in _people(extractor, text, "associate")


@pytest.mark.parametrize("text", ASSOCIATE_DECOYS)
def test_friend_near_misses(extractor, text):
    assert _people(extractor, text, "associate") == []


@pytest.mark.parametrize("text,value", RELATIVE_AT_WORK)
def test_relative_without_a_name_at_a_named_workplace(extractor, text, value):
    found = [d.value for d in extractor.extract([HOLLIE.post(text)]) if d.category == "family"]
    assert found == ([value] if value else [])
