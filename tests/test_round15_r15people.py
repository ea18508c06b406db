"""Round 15 people (branch r15people): associates and family stated the ways people state them.

Friends: a thanks or a favour in a pastime ("kindly taken my shift at the op shop"), a full name doing the shared
thing ("<Name> paced the first 20 km of the marathon"), a role in a pastime the subject owns ("our director" of a
play, "my skip" at bowls, "co-admin of this group is"), a tag with a space after the @, a lower-case nickname glossed
with the full name, an honorary uncle the post says is no relation.
Family: a relation in brackets either way round ("<Name> (her dad) and I separated", "<Name> (the kids' dad)",
"<Name> (15, <school>)", "<Name> (eldest, 12)"), a relation word without "my" ("big bro 🧔 <Name>"), children in a
family blog's kitchen, "partner of @handle" in a bio.
Near misses in every table: the same role words at the subject's work, ancestors, a working dog, a business partner,
a public figure thanked, "@ 5pm". Every person here is fictional.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.mentions import join_mentions
from tests.people_posts import Account

ROWAN = Account("Rowan Ashby", "rashby", 7)


@pytest.fixture(scope="module")
def extractor():
    return ROWAN.extractor()


def _people(extractor, text: str, category: str) -> list[str]:
    return [p.lower() for p in ROWAN.people(extractor, text, category)]


def _bio_people(extractor, summary: str, category: str) -> list[str]:
    return sorted(d.attrs["person"].lower() for d in extractor.extract([ROWAN.bio(summary)]) if d.category == category)


ASSOCIATES = [
    # a favour or a thanks in a pastime
    ("Kirsten Maddox has kindly taken my shift at the op shop so I can get to the wedding", "kirsten maddox"),
    ("Grateful to Damian Shore for covering my spot on the tuckshop roster this week", "damian shore"),
    ("Shout out to Leonie Park for running the cake stall all morning, sold out by ten", "leonie park"),
    ("big thank u to Harvey Quinlan who lent me his ute for the tip run", "harvey quinlan"),
    # a full name doing the shared thing
    ("Stefan Morrow paced me for the first 15 km of the half marathon, what a legend", "stefan morrow"),
    ("Caleb Fenwick filmed the whole thing so there's proof I stood up on the paddleboard", "caleb fenwick"),
    # a role in a pastime the subject owns
    ("Dress rehearsal tonight. Our director Yvonne Castle is a saint with this cast", "yvonne castle"),
    ("Pennants final on Saturday: my skip for ten years, Gordon Lyle, reckons we're a chance", "gordon lyle"),
    ("Co-admin of this group is Tessa Morland, message either of us", "tessa morland"),
    ("My training partner is Andre Buckley, 5am hill reps three times a week", "andre buckley"),
    ("Church youth group co-leader Naomi Fitch ran the games night, only one broken chair", "naomi fitch"),
    # tags and nicknames
    ("cake by @ bree_bakes (bestie, made it from scratch) 🎂", "@bree_bakes"),
    ("Fantasy league update: @ tom_kirwan is top of the ladder and insufferable", "@tom_kirwan"),
    ("robbo (rob carmody) talked me into the mud run. regret", "rob carmody"),
    ("Uncle Sione drove me to the footy again, no relation but he's looked out for me for years", "sione"),
]

ASSOCIATE_DECOYS = [
    "Huge thanks to Anthony Albanese for the speech tonight",
    "Shout out to Taylor Swift for the best concert of my life",
    "Thanks to the stall holder at the farmers market for the tip about the figs",
    "Shout out to Bunnings for the sausage sizzle, raised $800 for the school",
    "Big thanks to my patient Mr Haldane for the lovely card, made my week",
    "Opening night of the new Marvel film, the cast was incredible",
]


@pytest.mark.parametrize("text,person", ASSOCIATES)
def test_friends_stated_the_ways_people_state_them(extractor, text, person):
    assert person in _people(extractor, text, "associate")
    assert person not in _people(extractor, text, "colleague")
    assert person not in _people(extractor, text, "family")


@pytest.mark.parametrize("text", ASSOCIATE_DECOYS)
def test_no_friend_in_a_public_figure_a_business_or_a_patient(extractor, text):
    assert _people(extractor, text, "associate") == []


COLLEAGUES_STILL = [
    # the same role words at the subject's work stay co-workers
    ("Our director Fiona Marsh told the whole branch about the restructure at work today", "fiona marsh"),
    ("Our team leader Sheridan Boyce ran a great briefing this morning before the shift", "sheridan boyce"),
]


@pytest.mark.parametrize("text,person", COLLEAGUES_STILL)
def test_work_roles_at_work_stay_colleagues(extractor, text, person):
    assert person in _people(extractor, text, "colleague")
    assert person not in _people(extractor, text, "associate")


FAMILY = [
    # a relation in brackets, both orders
    ("Mum (Gwendolyn) is lending me rent this month", "gwendolyn"),
    ("Reuben (her dad) and I separated last year, we co-parent fine", "reuben"),
    ("Fletcher (the kids' dad) has them this weekend", "fletcher"),
    ("Isla (15, Kelvin Grove State College) made the state netball squad!!", "isla"),
    ("Marcus (7, Prep at St Joseph's) lost his first tooth today", "marcus"),
    ("Orla (eldest, 12) is now taller than me", "orla"),
    # a relation word without "my"
    ("big bro 🧔 Callum turned 35 today, happy birthday old man", "callum"),
    ("Husband Laurent has taken up sourdough, the kitchen is a disaster", "laurent"),
    # children in a family blog
    ("The kids made pancakes this morning. Matilda is four and insists on cracking the eggs", "matilda"),
    ("School run diaries: Atticus started prep class today and didn't look back", "atticus"),
    ("Our two had a bake-off. Lennox measured everything twice", "lennox"),
    ("The kids and I planted a veggie patch. Harriet is in charge of the strawberries, she's six", "harriet"),
    ("Homeschooling diary: Jasper, eight, built a volcano that actually erupted", "jasper"),
]

FAMILY_DECOYS = [
    "My great-great-grandfather Ezekiel Ashby was born in 1864 in Cornwall",
    "Found the baptism record for great-grandmother Agatha, born 1871 in Ballarat",
    "Ancestry update: 3x great grandfather Obadiah Penrose, convict, arrived Hobart 1832",
    "My girl Tess found the missing hiker after six hours, best search dog in the state",
    "Our detector dog Jazz is nine and still the best sniffer on the team",
    "Uncle Sione drove me to the footy again, no relation but he's looked out for me for years",
    "my two cents: Oscar started prep class today and the teacher is great",
]


@pytest.mark.parametrize("text,person", FAMILY)
def test_family_stated_the_ways_people_state_them(extractor, text, person):
    assert person in _people(extractor, text, "family")


@pytest.mark.parametrize("text", FAMILY_DECOYS)
def test_no_family_in_ancestors_dogs_or_honorary_titles(extractor, text):
    assert _people(extractor, text, "family") == []


BIOS = [
    ("Gardener, reader, partner of @leo_marchetti. Brisbane northside.", ["@leo_marchetti"]),
    ("Mum of two | partner of @sam.okafor | coffee snob", ["@sam.okafor"]),
    ("Border Force officer. Husband to @jen.ruiz. Views my own.", ["@jen.ruiz"]),
    ("Business partner of @acme_builds, kitchens and bathrooms since 2010", []),
    ("Founding partner of @smithlegal", []),
]


@pytest.mark.parametrize("summary,people", BIOS)
def test_partner_of_a_handle_in_a_bio(extractor, summary, people):
    assert _bio_people(extractor, summary, "family") == people
    assert _bio_people(extractor, summary, "colleague") == []


@pytest.mark.parametrize("text,joined", [
    ("cake by @ tilly_bakes (bestie)", "cake by @tilly_bakes (bestie)"),
    ("the legend that is @ mel.kowalski", "the legend that is @mel.kowalski"),
    ("Meet @ 5pm at the pub", "Meet @ 5pm at the pub"),
    ("I'm @ home all day", "I'm @ home all day"),
    ("drinks @ the pub, then @ home.", "drinks @ the pub, then @ home."),
])
def test_a_spaced_tag_is_joined_only_when_handle_shaped(text, joined):
    assert join_mentions(text) == joined
