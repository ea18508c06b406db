"""Round 7 people classes (issue 9): family named only by the post's context (a parent's or grandparent's
pride at a child's milestone, "my/our <Name>", a marriage of years, "the old man <Name>", "the kid" after a
name, a name owning the grandparent who minds them); colleagues named by a shared work task with the person
acting, or by a short rank before a surname even in a social post. Table-driven, positives with near-miss
decoys. Every person here is fictional.
"""
from __future__ import annotations

import pytest

from tests.people_posts import Account

BRONTE = Account("Bronte Kilgour", "bronte_k", 7)
post, people = BRONTE.post, BRONTE.people


@pytest.fixture(scope="module")
def extractor():
    return BRONTE.extractor()


FAMILY = [
    # pride + a child's milestone, no relation word before the name
    ("Wilbur's first hat-trick for the Seagulls U10s this morning ⚽ #proudmum", ["Wilbur"], "child"),
    ("Aveline lost her first wobbly tooth today, tooth fairy owes her a gold coin", ["Aveline"], "child"),
    ("Thaddeus passed his driving test first go!! L plates in the bin. Chuffed old man here.", ["Thaddeus"], "child"),
    ("Nonna's heart is full, Serafina sang at the school assembly this morning #proudnonna", ["Serafina"], "grandchild"),
    ("Rosalind's Year 12 formal tonight, she looked a million bucks. Mum is so proud 🥹", ["Rosalind"], "child"),
    ("Couldn't be prouder of our girl. Henrietta graduated as a vet on Friday 🎓", ["Henrietta"], "child"),
    ("Off to Bunnings after Oskar's first game for the under 11s, proud dad", ["Oskar"], "child"),
    # my/our <Name>, with the family in the post
    ("So proud of our Lysander, made head chef at the pub, cooking runs in the family", ["Lysander"], "child"),
    ("big week for our Philippa, first day on the tools as a chippy", ["Philippa"], "family member"),
    # a marriage of years, the subject's own
    ("Thirty-two years of marriage and Bartholomew still can't load the dishwasher 🙄", ["Bartholomew"], "spouse"),
    ("Pearl anniversary lunch by the river. Cordelia booked it months ago 💕", ["Cordelia"], "spouse"),
    # the old man, the kid
    ("Saturday at the races with the old man Reginald, he picked two winners", ["Reginald"], "parent"),
    ("Leopold beat me at Mario Kart again. The kid is ruthless.", ["Leopold"], "child"),
    # a name owning the grandparent who minds them, in the subject's voice
    ("Rosie's grandma does the school run on Mondays so I can start early", ["Rosie"], "child"),
    ("Pop here. Ignatia wrote her first word today and it was pop 😭", ["Ignatia"], "grandchild"),
    ("Better half: Anselm. Two kids, one dog.", ["Anselm"], "spouse"),
]
FAMILY_DECOYS = [
    "Watching Jayden Fitzwilliam's first game for the Crows on telly, what a debut",       # a footballer on screen
    "So proud of my nephew's mate Caspian, he made the state squad",                       # someone else's kid's mate
    "Went to Juniper's school concert with her mum Talulah, my old uni friend",            # a friend's child
    "My Uber driver Oswaldo said his daughter just got her P plates",                      # a driver's child
    "Happy ruby anniversary to Gwen and Lionel from all of us at the bowls club",          # another couple
    "Five year work anniversary at the council today, thanks Dominique for the cake",      # not a marriage
    "Caspar from next door out-kicked me at the park. Kid's a gun.",                       # a neighbour's child
    "So proud of my student Henrietta, first in the state for physics",                   # a teacher's pupil
]


@pytest.mark.parametrize("text,expected,relation", FAMILY)
def test_context_makes_the_named_one_family(extractor, text, expected, relation):
    dets = [d for d in extractor.extract([post(text)]) if d.category == "family"]
    assert sorted(d.attrs["person"] for d in dets) == sorted(expected)
    assert {d.attrs["relation"] for d in dets} == {relation}


@pytest.mark.parametrize("text", FAMILY_DECOYS)
def test_context_near_misses_name_no_family(extractor, text):
    assert people(extractor, text, "family") == []


COLLEAGUES = [
    ("Esperanza covered my break on the checkout line today, legend", ["Esperanza"]),
    ("Clocked off at 6, Bertrand took my shift so I could get to the footy", ["Bertrand"]),
    ("Ignatius Fairweather and I ran the induction for the new starters at the warehouse", ["Ignatius Fairweather"]),
    ("night shift on ward 6 was feral, Soraya and I didn't sit down once", ["Soraya"]),
    ("whinge incoming. new TL started monday. Percival Ashdown (percy) already changing the roster", ["Percival Ashdown"]),
    ("the bloke who trained me at the depot, Amos Delacroix, retires tomorrow", ["Amos Delacroix"]),
    # a short rank before a surname makes a colleague even in a social post
    ("Pints with Sgt Achterberg tonight, he's off to Darwin. Good bloke.", ["Achterberg"]),
    ("Brunch with Snr Const Okafor before she transfers to highway patrol", ["Okafor"]),
    ("so apparently Warwick Pemberton (wazza), the new TL, wants us in by 6. joy", ["Warwick Pemberton"]),
    ("Cornelius helped me on the forklift all arvo, top bloke", ["Cornelius"]),
    ("Handover done, Yusra and me are off to the pub", ["Yusra"]),
    ("smoko with Baz and Tully, the usual whinge about the roster", ["Baz", "Tully"]),
    ("Spent the night shift with Kev on the line", ["Kev"]),
]
COLLEAGUE_DECOYS = [
    "My neighbour Sgt Vasquez lent me his ladder again",                     # a neighbour who is a sergeant
    "Found a copy of Sgt. Pepper at the op shop for five bucks",              # an album
    "Patients on ward 4 were lovely, Mrs Abernathy gave me a mint",           # a patient
    "Esperanza and I went for a swim at Coogee then brunch",                  # no work in the sentence
    "Handover done, off to the pub for a quiet one",                          # the cue word opening the sentence
    "Night shift done, brunch at the beach with Harriet after",               # company after work, not at it
    "Backyard barbie with Lionel and Greer. Lionel's first go on the grill, poor snags",   # a home barbecue
]


@pytest.mark.parametrize("text,expected", COLLEAGUES)
def test_work_task_or_rank_makes_a_colleague(extractor, text, expected):
    assert people(extractor, text, "colleague") == sorted(expected)


@pytest.mark.parametrize("text", COLLEAGUE_DECOYS)
def test_work_near_misses_name_no_colleague(extractor, text):
    assert people(extractor, text, "colleague") == []


def test_context_family_and_colleague_are_not_also_friends(extractor):
    """A person the post's context makes family or a co-worker is not reported again as a friend."""
    for text in ("Beers with Sarge Kowalczyk. He is off to Broome. Good bloke.",
                 "Leopold beat me at Mario Kart again. The kid is ruthless.",
                 "Ignatius Fairweather and I ran the induction for the new starters at the warehouse"):
        assert people(extractor, text, "associate") == []


ASSOCIATES = [
    ("Stroke seat behind Winifred Oyelaran at the regatta, we took bronze", ["Winifred Oyelaran"]),
    ("Sat next to Ambrose on the bunch ride, he talked the whole way", ["Ambrose"]),
]
ASSOCIATE_DECOYS = [
    "Parked behind Winifred Oyelaran at the shops, she waved",                # no pastime together
    "Queued behind Ambrose Tully at the servo for twenty minutes",
]


@pytest.mark.parametrize("text,expected", ASSOCIATES)
def test_crew_position_in_a_pastime_is_an_associate(extractor, text, expected):
    assert people(extractor, text, "associate") == sorted(expected)


@pytest.mark.parametrize("text", ASSOCIATE_DECOYS)
def test_position_without_a_pastime_names_no_associate(extractor, text):
    assert people(extractor, text, "associate") == []
