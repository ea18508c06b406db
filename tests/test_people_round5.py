"""Round 5 people classes (issue 9): children named together on a school run in a parent's corpus (parenthood
from a bio or a handle), children named after a plural child noun, a mother named in the sentence after "Mum";
friends as co-authors, "bestie" beside a handle, ride partners, club mates and captains; colleagues under a
manager or classification title.

Table-driven, positives with near-miss decoys. Every person here is fictional.
"""
from __future__ import annotations

import pytest

from tests.people_posts import CORINNE

SUBJECT = CORINNE.subject
post, bio, people, findings_of = CORINNE.post, CORINNE.bio, CORINNE.people, CORINNE.findings_of


@pytest.fixture(scope="module")
def extractor():
    return CORINNE.extractor()


FAMILY = [
    # a plural child noun, then the children named
    ("School holidays with the kids: Jasper and Maeve built a cubby out of the couch cushions.", ["Jasper", "Maeve"]),
    ("My two, Lenny and Pip, have eaten every mango in Queensland.", ["Lenny", "Pip"]),
    ("Took the littlies to the show. Fergus and Ada lasted an hour before the meltdown.", ["Ada", "Fergus"]),
    # Mum / Dad, then the name in the next sentence
    ("Popped in on Mum this arvo. Dulcie is 86 on Sunday and still drives to bowls.", ["Dulcie"]),
    ("Rang Dad for his birthday. Bernard reckons 70 is the new 50.", ["Bernard"]),
    ("Our three: Hattie, Rolf and Juno, all home for Christmas at last.", ["Hattie", "Juno", "Rolf"]),
]
FAMILY_DECOYS = [
    "Took the kids to see the ducks. Warren the ranger let them feed the eels.",
    "Popped in on Mum this arvo. Her neighbour Dulcie waved from the fence.",
    "Visited Mum today, then dinner at Marco's.",
    "Rang Dad about the ute. Trevor from the garage reckons it's the alternator.",
    "Golf with the boys. Dave and Rick lost four balls between them.",      # mates, not sons
    "Drove Mum to her appointment. Dr Okafor says the hip is healing well.",
]
ASSOCIATES = [
    ("Book launch tonight with Henrietta Blaine, my co-author and partner in crime since uni.", ["Henrietta Blaine"]),
    ("Sunday 80km loop with my ride partner Tobias Grell, headwind the whole way home.", ["Tobias Grell"]),
    ("Chess club mate Ignatius Moreau beat me in 14 moves, humbling.", ["Ignatius Moreau"]),
    ("Our club captain Rosalind Achebe gave a top speech at presentation night.", ["Rosalind Achebe"]),
]
ASSOCIATE_DECOYS = [
    "Read a great book by a co-author of the IPCC report last week.",
    "The club captain role is up for election next month, nominations open.",
]
COLLEAGUES = [
    ("My manager Priscilla Nguyen signed off my leave at ABF, finally.", ["Priscilla Nguyen"]),
    ("My EL1 Desmond Farrow let us leave early, Border Force has its moments.", ["Desmond Farrow"]),
]
COLLEAGUE_DECOYS = [
    "My manager says no leave until March, classic.",
]


@pytest.mark.parametrize("text,names", FAMILY)
def test_children_after_a_plural_noun_or_a_parent_named_next(extractor, text, names):
    assert people(extractor, text, "family") == names


@pytest.mark.parametrize("text", FAMILY_DECOYS)
def test_family_decoys_name_no_relative(extractor, text):
    assert people(extractor, text, "family") == []


@pytest.mark.parametrize("text,names", ASSOCIATES)
def test_friends_by_co_authorship_ride_or_club(extractor, text, names):
    assert people(extractor, text, "associate") == sorted(names)


@pytest.mark.parametrize("text", ASSOCIATE_DECOYS)
def test_associate_decoys(extractor, text):
    assert people(extractor, text, "associate") == []


@pytest.mark.parametrize("text,names", COLLEAGUES)
def test_colleagues_by_manager_or_classification(extractor, text, names):
    assert people(extractor, text, "colleague") == names


@pytest.mark.parametrize("text", COLLEAGUE_DECOYS)
def test_colleague_decoys(extractor, text):
    assert people(extractor, text, "colleague") == []


@pytest.mark.parametrize("handle,summary,posts,children", [
    # parenthood from the handle alone, the children named together on a school run to a named school
    ("mumof3mel", "Coffee, cricket, chaos.", ["Ottilie and Banjo off to Seddon Public on the bus, finally some quiet."],
     ["Banjo", "Ottilie"]),
    # parenthood from the bio, the children dropped off with a school year in brackets
    ("gregsy", "dad of two | plumber | Wollongong", ["Dropped Lachlan (Year 3) and Clara at Corrimal Primary, then work."],
     ["Clara", "Lachlan"]),
    # homework in a lower-case forum register
    ("dad_of_2_sam", "", ["Percy and Winifred did their spelling words without a fight tonight, miracle."],
     ["Percy", "Winifred"]),
    # no parenthood anywhere: a teacher's or a neighbour's post names nobody's children
    ("msharlow", "Year 3 teacher. Reader.", ["Ottilie and Banjo off to Seddon Public on the bus, finally some quiet."], []),
    # parenthood, but the names are adults taking a school tour
    ("mumof3mel", "", ["Toured Seddon Public with the principal, Mrs Okoro, lovely grounds."], []),
])
def test_children_on_a_school_run_in_a_parents_corpus(handle, summary, posts, children):
    from footprint.crawler.items import PostItem, ProfileItem
    account = f"https://social.example/@{handle}"
    items = [ProfileItem(profile=account, url=account, platform="activitypub", name=SUBJECT, handle=handle,
                         summary=summary)]
    items += [PostItem(profile=account, url=f"{account}/{n}", platform="activitypub", text=t,
                       published=f"2026-05-{n:02d}T08:00:00Z") for n, t in enumerate(posts, 1)]
    found = [f.value for f in findings_of(items, "family") if not f.value.endswith("school)")]   # a child's school
    assert sorted(v.split(" (")[0] for v in found) == children


@pytest.mark.parametrize("text,mentions,names", [
    ("@keely_rose bestie forever 💕 happy birthday", ["keely_rose"], ["@keely_rose"]),
    ("Brunch with my bestie @ren_ito, the eggs were average", ["ren_ito"], ["@ren_ito"]),
    ("Cheers to @bazza_w (Baz) for fixing my flat tyre on the Hume.", ["bazza_w"], ["@bazza_w", "Baz"]),
    # a tag beside no friend word, in no outing or thanks: nobody's friend
    ("Watching @netflix with a friend from work", ["netflix"], []),
    ("@abcnews your bestie list of cafes was rubbish", ["abcnews"], []),
])
def test_friend_by_a_tag_beside_the_friend_word_or_thanked_with_a_nickname(extractor, text, mentions, names):
    from footprint.crawler.items import PostItem
    account = "https://social.example/@corvale"
    item = PostItem(profile=account, url=f"{account}/1", platform="activitypub", text=text,
                    published="2026-04-01T08:00:00Z", mentions=mentions)
    found = sorted(d.attrs["person"] for d in extractor.extract([item]) if d.category == "associate")
    assert found == sorted(names)


@pytest.mark.parametrize("text,names", [
    ("Anniversary dinner with the boss at home, Yasmin, at the Thai place on Sydney Rd.", ["Yasmin"]),
    ("The boss at home (Linh) has vetoed the second dog.", ["Linh"]),
])
def test_partner_as_the_boss_at_home(extractor, text, names):
    assert people(extractor, text, "family") == names


@pytest.mark.parametrize("text", [
    "The boss at work, Geraldine, approved my roster swap.",
    "Our boss of the house renovation crew, Terry, is a legend.",
])
def test_a_boss_at_work_is_not_a_partner(extractor, text):
    assert people(extractor, text, "family") == []


@pytest.mark.parametrize("profile,posts,children", [
    ("mum of two | Footscray", ["Freezing on the sideline for Juno's Seddon Saints under 8s this morning."], ["Juno"]),
    ("mum of two | Footscray", ["Freezing on the sideline watching Seddon Saints under 8s, Juno's cousin played."], []),
    ("Footscray local", ["Freezing on the sideline for Juno's Seddon Saints under 8s this morning."], []),
])
def test_a_childs_own_junior_side_in_a_parents_corpus(profile, posts, children):
    from test_people_round3 import bio
    items = [bio(profile)] + [post(t, n) for n, t in enumerate(posts, 1)]
    assert sorted(f.value.split(" (")[0] for f in findings_of(items, "family")) == children


@pytest.mark.parametrize("posts,partners", [
    # "my wife" with no name in one post, the same person finding the household's home in another
    (["Anniversary lunch with my wife, 14 years and counting.", "Marta found us a two-bedder near the beach in Altona!"],
     ["Marta"]),
    (["The hubby is asleep on the couch again 🙄", "Desmond reckons we should move up to the Sunny Coast, he's dreaming."],
     ["Desmond"]),
    # no unnamed partner anywhere: a friend finding a flat is nobody's spouse
    (["Big week at work.", "Marta found us a two-bedder near the beach in Altona!"], []),
    # two people doing the move: unclear, nothing claimed
    (["Lunch with my wife.", "Marta found us a flat in Altona.", "Gideon picked the removalists for our new place."], []),
    # the partner is named elsewhere already: no second partner
    (["Lunch with my wife Sofia.", "Marta found us a flat in Altona, legend of an agent."], ["Sofia"]),
])
def test_unnamed_partner_named_by_the_home_move(posts, partners):
    items = [post(t, n) for n, t in enumerate(posts, 1)]
    found = [f.value.split(" (")[0] for f in findings_of(items, "family")]
    assert sorted(found) == partners
