"""Round 15, second people wave (branch r15bpeople): family and friends said in passing. Every person is fictional.

Family: a partner known by name and a shared life (data/lexicons/family.toml `named_spouse`, round 15b lines), a parent
spoken to by name after "happy birthday mum" (`role_unnamed`), a language learner's Spanish kin words
(data/patterns/relations.jsonl, `own` "mi"/"mis", "y" joining a list). Friends: a full name with what the friend did or
runs (data/lexicons/associate.toml `friend_deed`, detectors/hobby_roles.py), a volunteer co-convenor.
Near misses in every table.
"""
from __future__ import annotations

import pytest

from tests.people_posts import Account

TEAGAN = Account("Teagan Holloway", "tholloway", 8)


@pytest.fixture(scope="module")
def extractor():
    return TEAGAN.extractor()


def _people(extractor, text: str, category: str) -> list[str]:
    return [p.lower() for p in TEAGAN.people(extractor, text, category)]


FAMILY = [
    ("Declan and I have lived in Wanniassa for twenty-six years and the gum out the front is older than both of us", ["declan"]),
    ("Since Marguerite stopped work after her surgery money has been tight in our house", ["marguerite"]),
    ("Priya's birthday today. 3 years with this legend 🥂", ["priya"]),
    ("Hamish and I are celebrating 30 years married this weekend", ["hamish"]),
    ("me and Kristof moved up the coast after the kids left home", ["kristof"]),
    ("Lorenzo and I have been together since uni", ["lorenzo"]),
    ("happy bday mum. love you Rosalind xx", ["rosalind"]),
    ("happy fathers day dad, love ya Terry", ["terry"]),
    ("Mis hijos, Mateo y Valeria, me ayudan con la tarea", ["mateo", "valeria"]),
    ("Mi esposo Ignacio cocina los domingos", ["ignacio"]),
    ("Mi hija Camila tiene seis años", ["camila"]),
]

FAMILY_DECOYS = [
    "Christmas and I have never got on, too hot for a roast",
    "Sydney and I have lived in an uneasy truce for twenty years, the traffic wins",
    "happy bday mum's diner, 20 years on the main street!",
    "Biscuit and I have lived in this park every morning for 3 years, best dog in the street",
    "Mum's Kitchen does the best dumplings in town",
    "happy birthday mum! dinner at Rosalind's Bistro tonight",
]


@pytest.mark.parametrize("text,people", FAMILY)
def test_family_said_in_passing(extractor, text, people):
    assert set(people) <= set(_people(extractor, text, "family"))


@pytest.mark.parametrize("text", FAMILY_DECOYS)
def test_no_family_in_months_places_businesses_or_pets(extractor, text):
    assert _people(extractor, text, "family") == []


ASSOCIATES = [
    ("Panels are up! Thanks to everyone, especially to Desmond Farrugia, who carted my modules in his trailer",
     "desmond farrugia"),
    ("Big welcome back to our own Clement Okoro, who runs the men's breakfast on Fridays", "clement okoro"),
    ("Great talk on Saturday from Ingrid Solberg about native bees", "ingrid solberg"),
    ("Stumpy (Warwick Heale, for the newcomers) caught six flathead off the rocks", "warwick heale"),
    ("Mods: @ferntree_jo (Joanne Ferntree) runs chat when I'm asleep", "joanne ferntree"),
    ("shoutout @ karl_plays (Karl Lutz) for lending me his controller", "karl lutz"),
    ("Odette Brannigan from Blue Wren Ceramics has the stall next to mine at the markets", "odette brannigan"),
    ("Mi profesora, Paloma Serrano, teaches me on Zoom every Tuesday", "paloma serrano"),
    ("my co-convenor @ rhi.walks (Rhi to everyone) sorted the permits for the bushwalk", "@rhi.walks"),
]

ASSOCIATE_DECOYS = [
    "Thanks to the newcomers for turning up in the rain",
    "The mods have locked the thread, take it to DMs",
    "Great talk on Saturday from the Premier about housing",
    "Great talk today from Gareth Lindqvist at the conference keynote, very slick",
    "Especially to Maria Lopez, who carted my boxes at work today, cheers",
]


@pytest.mark.parametrize("text,person", ASSOCIATES)
def test_friends_named_with_what_they_do(extractor, text, person):
    assert person in _people(extractor, text, "associate")
    assert person not in _people(extractor, text, "colleague")


@pytest.mark.parametrize("text", ASSOCIATE_DECOYS)
def test_no_friend_in_groups_public_figures_businesses_or_work(extractor, text):
    assert _people(extractor, text, "associate") == []


def test_a_colleague_at_work_stays_a_colleague(extractor):
    text = "My colleague Dimitri Vance ran the training at work today"
    assert "dimitri vance" in _people(extractor, text, "colleague")
    assert _people(extractor, text, "associate") == []
