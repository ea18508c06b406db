"""Round 4 people classes (issue 9): a relative named a few tokens after the relation phrase past an emoji or a
dash, couples stated by the event ("<Name> and I ... married / set a date / split up"), ex-partners, a child known
from a child's own occasion or a junior side in a parent's corpus (also written in lower case); a tagged friend's
nickname, oldest friends and co-hosts; colleagues by work role (field partner, trainer, coxswain, examination floor).

Table-driven, positives with near-miss decoys. Every person here is fictional.
"""
from __future__ import annotations

import pytest

from tests.people_posts import CORINNE

post, bio, people, findings_of = CORINNE.post, CORINNE.bio, CORINNE.people, CORINNE.findings_of


@pytest.fixture(scope="module")
def extractor():
    return CORINNE.extractor()


FAMILY = [
    # the name a few tokens on, past an emoji or a dash, with or without "the"/"my"
    ("Parma night w/ my better half 🍗🍺 Siobhan reckons this pub does the best one in Geelong.", ["Siobhan"]),
    ("Brunch w the other half 🥞 Priya says the hollandaise is too lemony.", ["Priya"]),
    ("Cuppa on the deck with the wife ☕️ — Annette spotted a koala in the gum.", ["Annette"]),
    ("Footy tipping with hubby: Rajesh is beating me by two again 😤", ["Rajesh"]),
    ("Wedding planning w my fiancé 💍 Dominic wants a sausage sizzle reception lol", ["Dominic"]),
    ("Arvo at the footy w my fella 🏉 Nathan lost his voice by half time.", ["Nathan"]),
    # couples by the event: years married, a date set, a separation
    ("Anton and I 20 years married on Saturday, where did that go.", ["Anton"]),
    ("Felicity and I have finally set a date 💍💍", ["Felicity"]),
    ("Brendan and I split up last year but we co-parent pretty well now.", ["Brendan"]),
    ("Gareth and I separated in the winter, still mates for the kids' sake.", ["Gareth"]),
    # ex-partners, named at once or as the next sentence's subject with the children
    ("my ex Shaun has the kids over easter so i'm doing nothing.", ["Shaun"]),
    ("My ex-husband Leon forgot the school pickup again.", ["Leon"]),
    ("My ex-wife and I share the boys. Renata has them on weekdays and I get weekends.", ["Renata"]),
]
FAMILY_DECOYS = [
    "Dinner with my wife. Sharon from next door brought dessert.",          # a full stop: the next subject is anyone
    "Quiet one with the missus at the pub, the barman Luke remembered our order.",
    "Bec and I set a date for our next trivia night.",                     # a date for something else
    "Shelley and I split the bill as always.",
    "Jo and I separated the recycling for an hour, riveting.",
    "My ex-boss Trevor still owes me lunch.",
    "My ex-boss retired. Glenda has the keys to the shop now.",
    "Brunch with the other half 🥞 Vegemite toast is underrated.",
]
ASSOCIATES = [
    ("Out fishing with @gazza_m today. Gaz landed a 4kg snapper!", ["@gazza_m", "Gaz"]),
    ("Bushwalk with @millsy_22 this morning. Millsy found a lyrebird nest.", ["@millsy_22", "Millsy"]),
    ("Camping trip with @chooka_lee. Chook's old Falcon overheated at Lithgow.", ["@chooka_lee", "Chook"]),
    ("Road trip to Bathurst with @davo.k, Davo's old Falcon overheated at Lithgow.", ["@davo.k", "Davo"]),
    ("Beers with Tommo and Dave's cousin at the pub.", ["Tommo"]),          # the list ends before the possessive
    ("Drinks with my oldest mate Cormac Doyle at the Lord Nelson.", ["Cormac Doyle"]),
    ("Podcast ep 12 is live! My co-host Imelda Sorensen brought the snacks.", ["Imelda Sorensen"]),
    # a fellow of a profession that is not the employer's: someone the subject knows
    ("A fellow vet from the rescue clinic, Teagan Holt, checked our kelpie over.", ["Teagan Holt"]),
    ("Met a fellow dog trainer at the expo, Morgan Ruiz, who swears by clicker work.", ["Morgan Ruiz"]),
]
ASSOCIATE_DECOYS = [
    "Fishing with @gazza_m today. Sharon from next door landed a bream.",   # someone else is the next subject
    "Ingrid and I have set a date!! March next year in Margaret River 💍",  # a fiancée, not a friend
    "That fellow at the bus stop was yelling at pigeons.",
    "Fellow grad Jess Lim and I both got posted to Cargo at ABF, stoked.",   # the colleague detector's
]
COLLEAGUES = [
    ("My field partner Oksana Petrenko and I found 2kg of ice in a fridge at the ABF container depot.",
     ["Oksana Petrenko"]),
    ("The senior trainer, Lachlan Moss, signed off my ABF firearms requal.", ["Lachlan Moss"]),
    ("Our coxswain Ronan Keefe brought the ABF cutter home through a 3m swell.", ["Ronan Keefe"]),
    ("ABF life: Priyanka from the examination floor found a snake in a parcel.", ["Priyanka"]),
]
COLLEAGUE_DECOYS = [
    "Back on the x-ray line at the mail centre tomorrow, Border Force life never stops.",
    "Recorded ep 40 with my co-host Fergus Lindqvist, we argued about pies for an hour.",
    "Watching the rowing on TV, the coxswain for Oxford was tiny.",
]


@pytest.mark.parametrize("text,names", FAMILY)
def test_family_past_an_emoji_by_the_event_or_an_ex(extractor, text, names):
    assert people(extractor, text, "family") == names


@pytest.mark.parametrize("text", FAMILY_DECOYS)
def test_family_decoys_name_no_relative(extractor, text):
    assert people(extractor, text, "family") == []


@pytest.mark.parametrize("text,names", ASSOCIATES)
def test_friends_by_nickname_of_a_tag_oldest_friend_or_co_host(extractor, text, names):
    assert people(extractor, text, "associate") == sorted(names)


@pytest.mark.parametrize("text", ASSOCIATE_DECOYS)
def test_associate_decoys(extractor, text):
    assert [n for n in people(extractor, text, "associate") if not n.startswith("@")] == []


@pytest.mark.parametrize("text,names", COLLEAGUES)
def test_colleagues_by_work_role(extractor, text, names):
    assert people(extractor, text, "colleague") == names


@pytest.mark.parametrize("text", COLLEAGUE_DECOYS)
def test_colleague_decoys(extractor, text):
    assert people(extractor, text, "colleague") == []


@pytest.mark.parametrize("profile,posts,children", [
    # a child's own occasion, with the bio's parenthood
    ("dad of two | sparky | Shellharbour", ["Hugo's first dance recital tonight 🩰 not a dry eye in the house",
                                            "Hugo's first day of grade 3 at Albion Park Public, hat on backwards"],
     ["Hugo"]),
    # a lower-case forum register, parenthood said in a post
    (None, ["my kid's been crook all week, no sleep for anyone", "matilda was sick again so we missed footy",
            "matilda's under 11s won the grand final!! so proud"], ["Matilda"]),
    # a long blog: "my daughter" in one post, her name doing child things in another
    ("Keen cyclist. Bad cook.", ["Going through old photos of my daughter, where did the years go.",
                                 "Olive's first day of kindy today. She didn't look back once."], ["Olive"]),
    # the possessive inside the sentence, lower or title case; a star's full name is nobody's child
    ("mum of 3 | nurse", ["so proud of hugo's first dance recital tonight 🩰"], ["Hugo"]),
    ("mum of 3 | nurse", ["Cried at Elsie's school concert, she sang the solo"], ["Elsie"]),
    ("mum of 3 | nurse", ["Went to Taylor Swift's show, school concert vibes from the crowd"], []),
    # no parenthood anywhere: nobody's child
    ("Coffee first. Cronulla.", ["Hugo's first dance recital tonight, not a dry eye in the house"], []),
    # a niece's occasion in a parent's corpus
    (None, ["my kids are feral this week", "Ruby's dance recital tonight was beautiful, she's my niece and I cried."],
     []),
    # a lower-case word that is not a name
    (None, ["my son is obsessed with trains", "today's school carnival was a washout"], []),
])
def test_child_known_from_parenthood_and_a_childs_occasion(profile, posts, children):
    items = ([bio(profile)] if profile else []) + [post(t, n) for n, t in enumerate(posts, 1)]
    assert sorted(f.value.split(" (")[0] for f in findings_of(items, "family")) == children


def test_fiancee_by_the_event_is_family_not_a_friend():
    items = [post("Ingrid and I have set a date!! March next year in Margaret River 💍", 1)]
    assert [f.value.split(" (")[0] for f in findings_of(items, "family")] == ["Ingrid"]
    assert findings_of(items, "associate") == []


@pytest.mark.parametrize("posts,colleagues,friends", [
    # a crew of the employer's with a bracketed nickname: one colleague, no friend
    (["Our coxswain Benedict Amos (Benny) kept the ABF patrol boat steady in a 3m swell."], ["Benedict Amos"], []),
    # the same pastime without the employer: a fellow member of the club
    (["Rowing club regatta today, Benedict (Benny) and Marguerite carried our boat."], [], ["Benedict", "Marguerite"]),
])
def test_crew_of_the_employer_is_colleague_not_club_friend(posts, colleagues, friends):
    items = [post(t, n) for n, t in enumerate(posts, 1)]
    assert sorted(f.value.split(" (")[0] for f in findings_of(items, "colleague")) == colleagues
    assert sorted(f.value.split(" (")[0] for f in findings_of(items, "associate")) == friends
