"""Round 3 people classes (issue 9): kin titles before a given name, child nouns, a partner addressed in the next
sentence, marriage stated by the event, a child known only from a parent's bio and a junior side; friends spoken
to by full name, from a club, in a wedding party or under a nickname; colleagues as co-<role>s, fellow <role>s,
under a rank prefix, or farewelled from a named unit.

Table-driven, positives with near-miss decoys. Every person here is fictional.
"""
from __future__ import annotations

import pytest

from tests.people_posts import CORINNE

ACCOUNT = CORINNE.url
post, bio, people, findings_of = CORINNE.post, CORINNE.bio, CORINNE.people, CORINNE.findings_of


@pytest.fixture(scope="module")
def extractor():
    return CORINNE.extractor()


FAMILY = [
    # kin title + given name, anywhere, possessive, bracketed, other languages
    ("Pavlova for pudding at Nana Beryl's, as every Christmas since 1987.", ["Beryl"]),
    ("Opa Dieter still fixes every bike on the street at 84.", ["Dieter"]),
    ("Drove the kids to Griffith to see Nonna Carmela and the cousins.", ["Carmela"]),
    ("Morning tea with Mum (Lorraine) and the dog at the beach kiosk.", ["Lorraine"]),
    ("Aunty Merle sent a card with twenty dollars in it like I'm still nine.", ["Merle"]),
    # child nouns other than son/daughter
    ("Our boy Hamish made the rep team, couldn't be prouder.", ["Hamish"]),
    ("My girl Sadie painted the dog blue. Send help.", ["Sadie"]),
    ("The youngest, Ezra, refuses to wear shoes to kinder.", ["Ezra"]),
    ("Twins Milla and Jack turned four today 🎂", ["Jack", "Milla"]),
    ("Book week parade: Isla (Year 2) and Reuben (Prep) at Thornbury Primary as two very tired wizards.",
     ["Isla", "Reuben"]),
    # partner addressed in the next sentence
    ("Fish and chips on the pier with my other half. Callum, you still owe me a potato scallop.", ["Callum"]),
    ("The hubby finally fixed the gutter. Owen, I take back everything I said.", ["Owen"]),
    # marriage by event
    ("Fifteen years since Naomi Ferris and I got married on a wet day in Daylesford.", ["Naomi Ferris"]),
    ("Rhys and I tied the knot at the registry office, then had pies.", ["Rhys"]),
    ("Can't believe my wedding to Priyanka was a decade ago.", ["Priyanka"]),
    ("Happy anniversary Damien, still my favourite person.", ["Damien"]),
    ("Wished my nonna, Assunta, a happy 95th over the phone.", ["Assunta"]),
    ("Master 9 (Kai) announced he is now vegetarian, except for snags.", ["Kai"]),
    ("Miss 6, Tilly, has opinions about my haircut.", ["Tilly"]),
    ("Bodhi (my youngest) ate a crayon at the cafe.", ["Bodhi"]),
    ("Pub dinner with my wife for her birthday. Love you Nadia x", ["Nadia"]),
    ("Our anniversary today: twelve years with Sebastian, somehow.", ["Sebastian"]),
    ("I married my uni sweetheart Gemma Hart fifteen years ago this week.", ["Gemma Hart"]),
    ("Lil man Arlo turned three and demanded a dinosaur cake.", ["Arlo"]),
    ("Our littlest, Wren, slept through the night for the first time!", ["Wren"]),
    ("My better half Imogen's birthday today, so I'm attempting a pav.", ["Imogen"]),
]
FAMILY_DECOYS = [
    "Uncle Sam takes half my overtime anyway.",
    "Lunch at Nonna Lucia's Kitchen in Carlton, decent gnocchi.",
    "Priya's Nan Joan makes the best scones at the CWA.",
    "Watching Aunty Donna on Netflix again.",
    "Our girl Ellie Perry smashed another fifty for Australia!",
    "Happy anniversary Steph and Luke, you two are the best.",
    "Jake and I tied for second at the pub quiz.",
    "Saw that Brooke and Liam got married in Fiji, lovely photos on insta.",
    "Dinner with my wife. Jenny from across the road joined us.",
    "Quiet night in with the missus. Christopher Nolan, what was that ending?",
    "Kids Helpline has a new number.",
    "The little one at the next table screamed through the whole movie.",
    "Tim's twins Noah and Ava start school next year.",
    "Miss 4 (Paige's daughter) is staying over tonight.",
    "Dinner with my wife. Thanks Uber Eats for nothing.",
    "Co-parenting with Kyle's mum on the school committee is a nightmare.",
    # a friend's relatives are not the subject's family
    "My mate's Nonna Pina made us lunch, legend.",
    "Jess's little one, Harper, is the cutest.",
    "Dave and the missus popped round. Kylie, you're a saint.",
    "Our neighbour's boy Kai kicked a footy through our window.",
    "Proud of my mate Sam and his wedding to Lucy yesterday.",
]
ASSOCIATES = [
    ("Op-shopping with my bestie @linh.t all arvo. Linh Tran you are a bad influence.", ["Linh Tran"]),
    ("@benji_okoro Benji Okoro you owe me a parma after that bet.", ["Benji Okoro"]),
    ("Bush walk with Odette Marsh, my hiking buddy since year 7, rained the whole time.", ["Odette Marsh"]),
    ("Groomsman Tobias Crane lost the rings twice before the ceremony.", ["Tobias Crane"]),
    ("My mate from the surf club, Nell Haines, talked me into the ocean swim.", ["Nell Haines"]),
    ("Shout out to Fitzy (Liam Fitzgerald) and the old school gang, we won the reunion trivia.", ["Liam Fitzgerald"]),
    ("Tagging @ivo_r — Ivo Radic, you still have my esky from the Falls trip.", ["Ivo Radic"]),
    ("Reunion golf day with Spud (Simon Pugh) and the old school boys, lost six balls.", ["Simon Pugh"]),
]
ASSOCIATE_DECOYS = [
    "@abcnews Leigh Sales you were brilliant on the debate.",
    "Jono's best man Grant Pell gave a shocker of a speech.",
    "Bianca Tate you were robbed on MasterChef!",
]
COLLEAGUES = [
    ("Ran the search training at Border Force with my co-instructors Asha Patel and Greg Lowe.",
     ["Asha Patel", "Greg Lowe"]),
    ("Skip Jonno (Jonathan Reyes) let me lead the boarding party, ABF life.", ["Jonathan Reyes"]),
    ("Morning tea for Dianne Cole from our Passenger Ops team, 25 years at Border Force.", ["Dianne Cole"]),
    ("Fellow trainee Mia Hoang and I both passed the ABF firearms course.", ["Mia Hoang"]),
    ("Insp Whitfield gave the shift a rev-up at the Border Force office this morning.", ["Whitfield"]),
    ("Our instructors Nuala Byrne and Sam Oduya ran the ABF search refresher.", ["Nuala Byrne", "Sam Oduya"]),
]
COLLEAGUE_DECOYS = [
    "Sergeant Pepper on vinyl, still the best.",
    "My co-parent Shane has the kids this weekend.",
    "Congrats to Inspector Gadget fans everywhere.",
    "Fellow students Tom and Rhea came round for dinner.",
    "Our trainers Kat and Jo at the gym are savage.",
]


@pytest.mark.parametrize("text,names", FAMILY)
def test_family_named_by_title_child_noun_next_sentence_or_wedding(extractor, text, names):
    assert people(extractor, text, "family") == names


@pytest.mark.parametrize("text", FAMILY_DECOYS)
def test_family_decoys_name_no_relative(extractor, text):
    assert people(extractor, text, "family") == []


@pytest.mark.parametrize("text,names", ASSOCIATES)
def test_friends_spoken_to_from_a_club_wedding_party_or_nickname(extractor, text, names):
    assert people(extractor, text, "associate") == names


@pytest.mark.parametrize("text", ASSOCIATE_DECOYS)
def test_associate_decoys_name_nobody(extractor, text):
    assert people(extractor, text, "associate") == []


@pytest.mark.parametrize("text,names", COLLEAGUES)
def test_colleagues_by_co_role_rank_unit_or_fellow(extractor, text, names):
    assert people(extractor, text, "colleague") == names


@pytest.mark.parametrize("text", COLLEAGUE_DECOYS)
def test_colleague_decoys_name_nobody(extractor, text):
    assert people(extractor, text, "colleague") == []


@pytest.mark.parametrize("profile,posts,children", [
    # the bio says parent, a post names a lone given name scoring for a junior side: the subject's child
    ("Proud mum of two. Coffee first.", ["Indi slotted three goals for the Bulli Under 11s, what a kid!",
                                         "Movie night with Indi and her cousins."], ["Indi"]),
    ("Dad of twins | ABF | Thirroul", ["Arlo kicked his first goal at Auskick today 🥹"], ["Arlo"]),
    # no parenthood in the bio: nobody's child
    ("Coffee first. Cronulla.", ["Indi slotted three goals for the Bulli Under 11s, what a kid!"], []),
    # a coach names other people's children
    ("Proud dad of three", ["Coaching the U12s again this year.",
                            "Zane scored twice for the U12s, Ruby kept a clean sheet."], []),
    # a full name is not a parent's way of naming a child
    ("Proud dad of three", ["Jayden Brooks scored a hat-trick for the Under 14s."], []),
])
def test_child_known_from_parent_bio_and_junior_side(profile, posts, children):
    items = [bio(profile)] + [post(t, n) for n, t in enumerate(posts, 1)]
    fam = findings_of(items, "family")
    assert sorted(f.value.split(" (")[0] for f in fam) == children
    assert all(f.category != "associate" or f.value.split(" (")[0] not in children for f in findings_of(items, "associate"))


def test_friend_spoken_to_by_full_name_then_first_name_alone_is_one_finding():
    items = [post("Me and my bestie @linh.t at the night market. Linh Tran you are a bad influence.", 1),
             post("Yum cha with Linh again, she ordered for the table.", 2)]
    found = findings_of(items, "associate")
    assert [f.value for f in found] == ["Linh Tran (friend)"]
    assert {e.url for e in found[0].evidence} == {f"{ACCOUNT}/1", f"{ACCOUNT}/2"}


def test_nickname_before_bracketed_full_name_links_the_nickname_later():
    items = [post("Shout out to Fitzy (Liam Fitzgerald) and the old school gang, we won the reunion trivia.", 1),
             post("Beers with Fitzy at the RSL after work.", 2)]
    found = findings_of(items, "associate")
    assert [f.value for f in found] == ["Liam Fitzgerald (friend)"]
    assert {e.url for e in found[0].evidence} == {f"{ACCOUNT}/1", f"{ACCOUNT}/2"}
