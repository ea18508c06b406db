"""Round 12 people (issue 9, branch r12people): family and friends told by a deed, an alias or an event of the post.

Family: a partner by a household title and initial, then spoken to by name in the same post; a partner praised as one
("husband of the year") beside the post's one given name; a birth announcement's baby and the partner who gave birth; a
child by a title and an age and the child's other parent; an ex told by a separation with the children's weekends; a
child on a custody weekend; a child's first day at a school of any name; a junior side by club and age; across the
corpus, an unnamed partner named as the one a secret is kept from, and a late parent remembered by a life's years.
Friends: sitting or living beside the subject, a rival spoken to, asked to be godfather, a coach thanked by title.
Each table holds its near misses. Every person here is fictional.
"""
from __future__ import annotations

import pytest

from footprint.crawler.items import ProfileItem
from tests.people_posts import Account

SABINE = Account("Sabine Coutts", "sabinec", 12)


@pytest.fixture(scope="module")
def extractor():
    return SABINE.extractor()


def _people(extractor, text: str, category: str) -> list[str]:
    return [p.lower() for p in SABINE.people(extractor, text, category)]


FAMILY = [
    # a household title and initial, then the partner spoken to by name
    ("Mr G did the school run in his dressing gown 😂 love u Simon", "simon"),
    ("Date night with Mrs R, she picked the wine. Happy anniversary Louise ❤️", "louise"),
    ("Mr C has the flu so I'm on bins this week. Cheers Patrick, get well", "patrick"),
    ("Valentine's = Mrs H and a burnt roast 🔥 love ya Cathy", "cathy"),
    ("date night w Mr H. thanks for the tulips Rupert xx", "rupert"),
    # a partner praised as one, with the post's one given name
    ("Chloe organised the whole party for my 40th. Best wife in the world ❤️", "chloe"),
    ("Adrian fixed the dryer with a coat hanger #husbandgoals", "adrian"),
    ("Greg did every night feed this week so I could sleep. Husband of the century.", "greg"),
    ("Bianca cleaned out the whole garage while I was away. luckiest husband alive", "bianca"),
    ("Nadia made a banner for the finish line. Best partner on the planet 🏁", "nadia"),
    # a birth told by its news: the baby and the partner who gave birth
    ("Welcome to the world, Arlo James Beckett. 3.9kg of pure chaos, born at 3.12am. Jess was a machine.", "arlo james beckett"),
    ("Welcome to the world, Arlo James Beckett. 3.9kg of pure chaos, born at 3.12am. Jess was a machine.", "jess"),
    ("Wren Alice Doherty arrived safely at 11.05pm, 2.9kg. So proud of Tahlia.", "tahlia"),
    ("Our son Fletcher was born Friday night, 3.5kg. Georgia is a legend.", "georgia"),
    ("Welcome to the world Otis Fairweather, 7 lb 2 oz, born yesterday. Mieke did all the hard work.", "mieke"),
    ("Bub's here! Welcome Leo Thomas Grant, 3.7kg ❤️", "leo thomas grant"),
    # a child by a title and an age, and the child's other parent
    ("Miss T (6) and her mum Melissa ran the cake stall at the school fete", "melissa"),
    ("Master J (8) and his dad Aaron built the billy cart, I supervised", "aaron"),
    ("Picked up the kids' mum Rebecca from the airport, solo parenting done", "rebecca"),
    # an ex told by a separation with the children's weekends; a child on the custody weekend
    ("Pete moved out in June. Week about with the girls now, still getting used to it.", "pete"),
    ("first christmas since Sharon left in march. the boys are with me every second weekend", "sharon"),
    ("Keira's netball grand final and it's meant to be his weekend. Guess who's late.", "keira"),
    # a child's first day at a school of any name; a junior side by club and age
    ("Young Ruby's first day at St Columba's College, blazer to her knees", "ruby"),
    ("so proud of Angus and the Redbacks 14s, premiers!! #proudmum", "angus"),
    # a child named without a name, then spoken to by name; a baby's hyphenated name; the other parent's weekend
    ("the little man turned 3 today 🎂 love you Hugo", "hugo"),
    ("birthday girl had the best day at the zoo. love you Matilda xx", "matilda"),
    ("Ellie-Mae is here!! 3.1kg, 49cm, mum and bub doing well", "ellie-mae"),
    ("Jarrod has the kids this weekend so I'm going to sleep for two days", "jarrod"),
]

FAMILY_DECOYS = [
    "Trent is my comedy husband at trivia (he has an actual husband, Nigel)",
    "Watched Bluey with my niece all afternoon #auntielife",
    "Mrs K from Year 2 sent a note home. Permission slip due Friday.",
    "Congrats to Ben and Tess on baby Hazel, 3.3kg, born Tuesday!",
    "Our mare foaled last night, a 48kg colt, welcome to the world Biscuit",
    "Rex weighed in at 34 kg at the vet this morning, he was born a glutton",
    "Josh is husband of the year material according to his wife Sally",
    "Watching Gogglebox, Lee is the best husband on the telly",
    "Reading Mr H.G. Wells again. Thanks for the loan Rupert",
    "Nanna has the kids this weekend so it's date night",
    "Our dog Milo turned 3 today 🎂 love you Milo",
    "Steph has the kids from her class on camp this week",
]


@pytest.mark.parametrize("text,person", FAMILY)
def test_family_by_deed_alias_or_event(extractor, text, person):
    assert person in _people(extractor, text, "family")


@pytest.mark.parametrize("text", FAMILY_DECOYS)
def test_family_near_misses(extractor, text):
    people = _people(extractor, text, "family")
    assert not people or people == ["hazel"] and "Hazel" in text   # a friend's baby may be read as a relation word's


ASSOCIATES = [
    ("Heath Marlowe sits next to me at the Tuesday grief circle", "heath marlowe"),
    ("Fergus Doyle sits beside me in the tenor section and sings flat with total confidence", "fergus doyle"),
    ("Priscilla Venn from next door brought round a pavlova for no reason", "priscilla venn"),
    ("Rohan Pike from two doors down lent me his ladder again", "rohan pike"),
    ("Bianca Sutter, you absolute legend, the lasagne was perfect", "bianca sutter"),
    ("Imelda beat me by ninety seconds at the harbour swim. Imelda Strand, you menace.", "imelda"),
    ("We asked Lewis Kemp to be godfather and he cried", "lewis kemp"),
    ("Asked Tobias Renn to be my best man. He said yes before I finished the question", "tobias renn"),
    ("shout out to Coach Fiona Delaney for the extra session", "fiona delaney"),
    ("thanks to our skipper Hamish Doyle for organising the end of season trip", "hamish doyle"),
    ("Coach Pete Garnaut (legend) ran us through hill sprints till we cried", "pete garnaut"),
    ("Our vice-captain Kirra Dunn bowled beautifully today", "kirra dunn"),
    # a club's report in the third person: the full names in it are fellow members
    ("Walking club did the Coast Track. Gwen Arbuthnot set the pace and Lionel Hay brought up the rear", "lionel hay"),
    ("Ramblers did the Six Foot Track. Meredith Cole set the pace, Barry Ng was back marker", "barry ng"),
    ("Annika Voss and her kelpie took out the novice ribbon at the trials", "annika voss"),
    ("My sponsor Graham Tilley picked up at 2am when I needed him", "graham tilley"),
]

ASSOCIATE_DECOYS = [
    "reef run w/ Coral Charters tomorrow, 5am start",
    "three days out wide with Blackwater Sportfishing, hooked a marlin",
    "Booked the whale watch with Humpback Tours for Saturday",
    "Sharon from next door dropped in with scones",
    "Jarrah from next door beat me at chess again. Kid's a shark.",
    "Jenny went sailing with Mark at the yacht club",                     # someone else's outing, lone names
    "Agility trials today, Biscuit took out the novice ribbon",          # a dog at a club's trials
    "Sam Okafor lives in Wanniassa and keeps the club books in order",   # a member's life described, no shared deed
    "Thanks to our major sponsor Bendigo Bank for the new jerseys",      # a club's business sponsor
]


@pytest.mark.parametrize("text,person", ASSOCIATES)
def test_friends_by_what_follows_the_name(extractor, text, person):
    assert person in _people(extractor, text, "associate")


@pytest.mark.parametrize("text", ASSOCIATE_DECOYS)
def test_friend_near_misses(extractor, text):
    assert _people(extractor, text, "associate") == []


CORPUS_PARTNER = [
    (["the missus has her mum over all weekend so I'm hiding in the shed",
      "down $400 on the multis again. jodie doesnt know. dont tell her"], "Jodie"),
    (["My wife thinks I'm at the gym on Thursdays", "Lost the rent money at the pokies. If Marcus finds out I'm done."],
     "Marcus"),
    (["the wife is away at her sister's", "planning a surprise party for the big 40. don't tell Kylie!!"], None),
    (["Dropped $200 at the TAB. dont tell Gazza"], None),                 # no unnamed partner anywhere: nobody
]


@pytest.mark.parametrize("posts,partner", CORPUS_PARTNER)
def test_unnamed_partner_kept_in_the_dark(posts, partner):
    items = [SABINE.post(t, n + 1) for n, t in enumerate(posts)]
    found = [f.value for f in SABINE.findings_of(items, "family")]
    assert found == ([f"{partner} (partner)"] if partner else [])


MEMORIALS = [
    (["In loving memory of Beryl Whitcombe, 1931–2019. Miss you every day Mum."], "Beryl Whitcombe (late mother)"),
    (["Remembering Douglas Penhall (1948-2025). A page for him, kept by his son.", "Found his old reels in the shed."],
     "Douglas Penhall (late father)"),
    (["Senior Officer 2010-2019 at the port. Mum says hi."], None),      # a job's years, no memorial
    (["Vale Ronald Tse (1950-2024), the best coach our club ever had.", "Vale Joan Pirie (1939-2024), our first president."],
     None),                                                           # two lives and no kin word: nobody's parent
]


@pytest.mark.parametrize("posts,found", MEMORIALS + [
    (["Vale Ronald Tse (1950-2024), the best coach our club ever had. My dad loved him."], None),   # the dad's coach
])
def test_late_parent_remembered(posts, found):
    items = [SABINE.post(t, n + 1) for n, t in enumerate(posts)]
    values = [f.value for f in SABINE.findings_of(items, "family")]
    assert (found in values) if found else not any("late" in v for v in values)


def test_memorial_page_title_names_the_late_parent():
    """A memorial blog's title names the one remembered; its about line says who they were to the writer."""
    page = ProfileItem(profile="https://blog.example/dad", url="https://blog.example/dad", platform="html",
                       name="Remembering Lionel Ashcroft (1949-2026)", handle="",
                       summary="A page for Dad, kept by his son. Photos, stories and the odd fishing lie.")
    post = SABINE.post("Found his old tackle box in the shed today.")
    assert "Lionel Ashcroft (late father)" in [f.value for f in SABINE.findings_of([page, post], "family")]


@pytest.mark.parametrize("summary", [
    "Husband, dad, Dapto.",                     # a bio's list of roles ending on the town
    "Wife, mum, Kiama. Coffee first.",
])
def test_bio_roles_ending_on_a_town_name_no_relative(extractor, summary):
    found = [d.attrs.get("person") for d in extractor.extract([SABINE.bio(summary)]) if d.category == "family"]
    assert found == []
