"""Round 8 people (issue 9): the general person mechanism (detectors/person_roles.py). Every person a post
names in a personal social act gets the strongest role cue of any sentence naming them: a kin noun of any
register (with or without my/our, before the name or in apposition after it, a writer naming their own kin
role, an engagement), a work cue, else a shared act. Near misses: public figures, screens and books, someone
else's relatives, service people, pets, third-person outings, the subject. Every person here is fictional.
"""
from __future__ import annotations

import pytest

from tests.people_posts import Account

MAEVE = Account("Maeve Talbot", "maevet", 8)
post, people = MAEVE.post, MAEVE.people


@pytest.fixture(scope="module")
def extractor():
    return MAEVE.extractor()


FAMILY = [
    ("footy on the telly with the old lady Glenys, she yelled at the umpire all night", ["Glenys"]),
    ("hubbie Lachlan made pav for the street party 🍓", ["Lachlan"]),
    ("Beach day with my munchkins Ottilie and Rafferty, sand in every crevice", ["Ottilie", "Rafferty"]),
    ("lil bro Cosimo finally moved out of home lmao", ["Cosimo"]),
    ("Maeve Talbot captains the Masters side and rows with brother Eamon Talbot on weekends.", ["Eamon Talbot"]),
    ("Our youngest, Perpetua, rode her bike without training wheels this arvo!!", ["Perpetua"]),
    ("Nanna shift today: Wilhelmina and Ferris at the pool till they were prunes", ["Ferris", "Wilhelmina"]),
    ("She said yes!!! 💍 Cannot wait to spend forever with you Ambrose", ["Ambrose"]),
    ("To the best son-in-law a mum could ask for, happy birthday Dashiell 🎂", ["Dashiell"]),
    ("Our Marigold turned three today and demanded a dinosaur cake", ["Marigold"]),
    ("Ernestine, my stepmum, taught me to bake bread in this very kitchen", ["Ernestine"]),
    ("Mother's Day pancakes from my tribe 🥞 Hugo flipped them and Clementine ate them #mothersday", ["Clementine", "Hugo"]),
    ("chillin with the hubbo Radomir, finally a sunday off", ["Radomir"]),                 # slang kin, unknown name
    ("road trip w my sistas Mereana and Ataahua 🚗", ["Ataahua", "Mereana"]),                # plural slang, a pair
    ("Maeve and husband Bogdan opened the new clubrooms on Saturday.", ["Bogdan"]),        # third person
    ("SIL minded the kids all weekend so we could get away. ta Zofia, you're a gem 💐", ["Zofia"]),  # kin, then thanks
]
FAMILY_DECOYS = [
    "Prince Leopold waved at the crowd during the royal visit, my nan was beside herself",   # a royal
    "Finished the new Odessa Quay thriller. Her husband Lorcan was the killer all along",     # a book's characters
    "Congrats to my mate Bronwyn, her daughter Isadora got into medicine!",                   # a friend's child
    "my taxi driver Demetrius showed me photos of his grandkids the whole way",               # a driver's family
    "Father Aloysius said a lovely mass for the parish picnic",                               # a priest
    "Our old girl Biscuit needs a vet check, the kelpie's limping again",                      # a dog
    "Happy Father's Day to my mate Clancy, the best dad I know",                               # a friend, not a child
    "Congrats to Harriet and Ignatius on getting engaged! So happy for you both 💍",          # another couple
]


@pytest.mark.parametrize("text,expected", FAMILY)
def test_any_kin_cue_makes_the_named_one_family(extractor, text, expected):
    assert people(extractor, text, "family") == sorted(expected)
    assert people(extractor, text, "associate") == []          # family is stronger than a shared act


@pytest.mark.parametrize("text", FAMILY_DECOYS)
def test_public_others_and_pets_are_no_family(extractor, text):
    assert people(extractor, text, "family") == []


COLLEAGUE = [
    ("smashed out a double with Rosalind in ED, home at 3am", ["Rosalind"]),
    ("Send-off lunch for Ignatius Kerr today, 27 years in the job and never missed a Christmas roster",
     ["Ignatius Kerr"]),
    ("My 2IC Fenwick Oduya is acting up while I'm on long service leave.", ["Fenwick Oduya"]),
    ("Big thanks to Philomena Grace (my team leader) for going in to bat for us", ["Philomena Grace"]),
    ("the best TL anyone could ask for, cheers Bartholomew", ["Bartholomew"]),
    ("Honoured to have worked alongside Perpetua Lang for a decade on the wharves", ["Perpetua Lang"]),
]
COLLEAGUE_DECOYS = [
    "Residents on level 3 were lovely today, Mr Abernethy gave me a mint",                   # someone the job serves
    "Cheers, Lorcan (night shift, gate 4)",                                                  # a sign-off
    "My neighbour's boss Ferdinand owns half the street",                                    # someone else's boss
]


@pytest.mark.parametrize("text,expected", COLLEAGUE)
def test_any_work_cue_makes_a_colleague(extractor, text, expected):
    assert people(extractor, text, "colleague") == sorted(expected)


@pytest.mark.parametrize("text", COLLEAGUE_DECOYS)
def test_clients_sign_offs_and_others_bosses_are_no_colleagues(extractor, text):
    assert people(extractor, text, "colleague") == []
    assert people(extractor, text, "associate") == []


ASSOCIATE = [
    ("ocean swim every sunday with Persephone Adair, 200th one today 🌊", ["Persephone Adair"]),
    ("Huge thanks to Thaddeus who popped over and fixed the leaking tap", ["Thaddeus"]),
    ("Big ups to my brother from another mother, Caspian Rook, for the lift to the airport", ["Caspian Rook"]),
    ("Maeve's oldest friend Winifred Lyle opened the show on Saturday night.", ["Winifred Lyle"]),
    ("This album was recorded with Soren Halvard, my producer and friend of a decade.", ["Soren Halvard"]),
    ("Crashing on Barnaby's couch till the lease comes through", ["Barnaby"]),
    ("Quiz night with Henrietta Voss at the Royal, came dead last", ["Henrietta Voss"]),
    ("drinks w the netball ladies, Shona n Georgie, till the bar closed", ["Georgie", "Shona"]),
]
ASSOCIATE_DECOYS = [
    "Lunch with Anastasia? In my dreams. The Premier was opening the markets though.",       # a public figure
    "Yvette went kayaking with Roderick at the lake on Saturday.",                           # someone else's outing
    "Agility class with Tilly, the border collie nailed the weave poles",                   # a dog
    "Binged the Wren Hollow reruns with a cuppa, bliss",                                    # a show
    "Senator Okafor visited the hospital with the health minister today",                   # an official
    "Ernestina Vale's new single has been on repeat all week",                               # a singer
    "Hi, Maeve here, find me as @maevet on most apps",                                       # the subject
    "Nonna Pina's Cucina does the best arancini in Norwood",                                # a restaurant
    "Lunch with Dave's cousin at the pub, top bloke",                                       # someone's relative
    "Sports day at school. Ottilie came second in the sack race",                            # no social act
    "Maeve's clubmate Horatio lives in Kew with his wife and three boys",                    # a lone name on a page
    "Just me and Evander on the early counter again. Joy.",                                  # a shift, not an outing
]


@pytest.mark.parametrize("text,expected", ASSOCIATE)
def test_a_shared_act_makes_an_associate(extractor, text, expected):
    assert people(extractor, text, "associate") == sorted(expected)


@pytest.mark.parametrize("text", ASSOCIATE_DECOYS)
def test_public_figures_screens_and_other_outings_are_no_associates(extractor, text):
    assert [p for c in ("associate", "family", "colleague") for p in people(extractor, text, c)] == []


def test_a_corpus_node_takes_the_strongest_role_of_any_post():
    """ "brunch with Ottoline Varga" alone is an outing; "the missus Ottoline" in another post makes her family,
    and then she is no friend anywhere in the report."""
    items = [post("Long brunch with Ottoline Varga at the pier, then a nap", 1),
             post("the missus Ottoline has taken over the remote again", 2)]
    family = MAEVE.findings_of(items, "family")
    assert any("Ottoline" in f.value for f in family)
    assert not [f for f in MAEVE.findings_of(items, "associate") if "Ottoline" in f.value]


def test_an_unknown_word_after_a_kin_title_is_no_name_unless_spoken_to(extractor):
    """ "Dad on Nights" (a display name) names no father called Nights; "... cheers Magnus" after a kin word does."""
    assert people(extractor, "Dad on Nights", "family") == []
    assert people(extractor, "FIL drove up to fix the gutters. legend, cheers Thorvald", "family") == ["Thorvald"]
