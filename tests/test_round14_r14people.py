"""Round 14 people (issue 9, branch r14people): family named by a first name alone, friends from shared
activities, co-workers named once.

Family: a household nickname after the first name ("<Name> (the real boss at home)"), a marriage of years in either
order, an anniversary wished by name, what a partner forbids, a parent's introduction by the children's school years,
a custody handover, "(yes, my youngest)", a relative by the subject's own surname on a results list.
Friends: a club side's match report, a craft night, a language swap, a committee's office-holder, a game clan.
Co-workers: the writer's crew, department or shift, the newest member of the section.
Each table holds its near misses (a screen character, a child's coach, a shop assistant, a bare "<Name> cooked.",
a crew of a weekend ride, a namesake on the telly). Every person here is fictional.
"""
from __future__ import annotations

import pytest

from tests.people_posts import Account

IMOGEN = Account("Imogen Tarrant", "imt", 6)


@pytest.fixture(scope="module")
def extractor():
    return IMOGEN.extractor()


def _people(extractor, text: str, category: str) -> list[str]:
    return [p.lower() for p in IMOGEN.people(extractor, text, category)]


FAMILY = [
    # a household nickname after the first name
    ("Gideon (the real boss at home) has decided we're getting a puppy", "gideon"),
    ("Wendell (hubby) burnt the snags again, classic", "wendell"),
    ("Margot (co-pilot and wife) found the only open servo in the Nullarbor", "margot"),
    ("Huge thanks to Clem, my ever-patient better half, for minding the shop", "clem"),
    # a marriage of years, an anniversary, what a partner forbids
    ("Rufus and me have been married 22 years this spring", "rufus"),
    ("Ottilie and I got hitched nine years ago today. still my favourite person", "ottilie"),
    ("Happy 10th anniversary Lachlan, here's to ten more", "lachlan"),
    ("Anouk has banned me from buying any more house plants. The jungle stays at 61.", "anouk"),
    ("Dominic says no more kayaks. We own four.", "dominic"),
    # children by school years, custody, an aside
    ("Hello! I'm Pippa (Year 5) and Hugo's (Prep) mum and I'll be running the book fair", "hugo"),
    ("Changeover done. Rhys has the kids till Friday, the house is so quiet", "rhys"),
    ("Marlowe (yes, my youngest) just beat me at chess", "marlowe"),
    # the subject's surname on a child's result
    ("Cross country results: 1st Ada Kwan, 2nd Casper Tarrant, 3rd Eli Booth", "casper tarrant"),
]

FAMILY_DECOYS = [
    "Jenny on Neighbours is the worst, why would she marry him",
    "Coach Mitchell had the under 11s running laps in the hail",
    "Kayla at the Coles checkout sorted my refund in two minutes",
    "Dr Felicity Tarrant was on the news talking about flu season",
    "Happy anniversary to Tom and Bec, what a night",
    "Gary has banned me from the stationery cupboard at the office, fair enough",
    "Ron's daughter Tilly won the junior art prize, well done Tilly",
]

ASSOCIATES = [
    ("Twos win by 40! Dermot kicked four and Felix was best on ground, great day for the club", "dermot"),
    ("Captain Saoirse Byrne won the toss and we batted on a flat deck", "saoirse byrne"),
    ("Crochet circle at the community centre: Beatrice finally finished her granny squares", "beatrice"),
    ("Language swap with Matteo at the library, my Italian is still terrible", "matteo"),
    ("Thank you to our P&C president Rosalind Achebe for the fete, a massive effort", "rosalind achebe"),
    ("Raid night with the clan, Tobias carried us through the last dungeon", "tobias"),
]

ASSOCIATE_DECOYS = [
    "Coach Mitchell had the under 11s running laps in the hail",
    "Shout out to Kayla at the Coles checkout who sorted my refund in two minutes",
    "Lorraine cooked.",
    "Bontempelli kicked four on the telly last night, what a player",
]

COLLEAGUES = [
    ("Leroy from the night crew came to the barbecue and brought a pav", "leroy"),
    ("Quick debrief with Anjali from payroll about the overtime mess", "anjali"),
    ("Big welcome to Rohan, the newest member of our unit, coffee's on me", "rohan"),
    ("Cheers to Ingrid on my shift for swapping Sunday with me", "ingrid"),
]

COLLEAGUE_DECOYS = [
    "Brendan from the Sunday crew lent me his old surf rod",
    "Mick from the footy crew is hosting the grand final barbecue",
    "Parcel on our line came back torn open again",
    "Mr K (Kevin from accounts) wants the figures by Friday",
]


@pytest.mark.parametrize("text,person", FAMILY)
def test_family_by_first_name_and_context(extractor, text, person):
    assert person in _people(extractor, text, "family")


@pytest.mark.parametrize("text", FAMILY_DECOYS)
def test_family_near_misses(extractor, text):
    assert _people(extractor, text, "family") == []


@pytest.mark.parametrize("text,person", ASSOCIATES)
def test_friends_from_shared_activities(extractor, text, person):
    assert person in _people(extractor, text, "associate")


@pytest.mark.parametrize("text", ASSOCIATE_DECOYS)
def test_friend_near_misses(extractor, text):
    assert _people(extractor, text, "associate") == []


@pytest.mark.parametrize("text,person", COLLEAGUES)
def test_colleagues_named_once(extractor, text, person):
    assert person in _people(extractor, text, "colleague")


@pytest.mark.parametrize("text", COLLEAGUE_DECOYS)
def test_colleague_near_misses(extractor, text):
    assert _people(extractor, text, "colleague") == []


# Across posts: an unnamed partner ("the missus", "the hubby") in one post, then the one person given a household
# nickname beside the first name in another. Without the unnamed partner, or with a hired role, nobody.
NICKNAMED_PARTNER = [
    (["Long weekend plans: the missus wants the coast, I want the hills.",
      "Day 3 of the ride. Rosemary (the navigator) packed the panniers and found us a camp by the river."], "Rosemary"),
    (["Off on the annual road trip with the hubby tomorrow.", "Cormac, chief navigator, has us on a dirt road again"],
     "Cormac"),
    (["Day 3 of the ride. Rosemary (the navigator) packed the panniers and found us a camp by the river."], None),
    (["my husband is away this week.", "Wedding was gorgeous, Priya (the photographer) was amazing"], None),
]


@pytest.mark.parametrize("posts,person", NICKNAMED_PARTNER)
def test_unnamed_partner_named_by_a_household_nickname(posts, person):
    items = [IMOGEN.bio("Rider and tinkerer.")] + [IMOGEN.post(t, n + 1) for n, t in enumerate(posts)]
    found = [f.value for f in IMOGEN.findings_of(items, "family")]
    assert found == ([f"{person} (partner)"] if person else [])
