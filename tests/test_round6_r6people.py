"""Round 6 people classes (issue 9): friends met in a pastime (on the water, birding, sailing crews, online
games by @handle, a team-mate's milestone, a team's captain or skipper); family named by a spouse, in-law or
step title straight before the given name in emoji-heavy posts; colleagues named as "fellow <agency> officer"
or under a work title the subject owns; a club's third-person page about the subject, whose "she" is the
subject. Table-driven, positives with near-miss decoys. Every person here is fictional.
"""
from __future__ import annotations

import pytest

from tests.people_posts import Account

# a fictional account; "Imogen" is hers, so a club page that opens "Imogen ..." is about her
IMOGEN = Account("Imogen Sallis", "immy_s", 6)
post, people, findings_of = IMOGEN.post, IMOGEN.people, IMOGEN.findings_of


@pytest.fixture(scope="module")
def extractor():
    return IMOGEN.extractor()


ASSOCIATES = [
    # the person and the subject at a pastime together
    ("Priscilla Vandermeer and I out in the kayaks at first light, dolphins everywhere 🐬", ["Priscilla Vandermeer"]),
    ("Lake Eppalock with my fishing buddy Rowan, two redfin and a sunburn", ["Rowan"]),
    ("twitched a rufous owl at Mount Molloy with Lachlan Pereira, lifer for both of us!!", ["Lachlan Pereira"]),
    ("Big weekend on the Derwent, Harriet Oduya crewed for me in the twilight series and we won our division",
     ["Harriet Oduya"]),
    ("@rusty_kat carried us in the last raid again, absolute machine 🎮", ["@rusty_kat"]),
    ("Ezra Whitcombe talked me into the 6am ocean swim and I regret nothing", ["Ezra Whitcombe"]),
    # a team-mate's milestone, a team's role before a name
    ("So proud of Marigold Tesch, 100 games for the Saints netball side tonight!!", ["Marigold Tesch"]),
    ("Congrats to our goalie Ferdinand Oakes on his debut, clean sheet too", ["Ferdinand Oakes"]),
    ("Great season in the A grade comp, huge effort from captain Verity Halloran all year.", ["Verity Halloran"]),
    ("Pennant bowls today, our skipper Cedric Mbeki got us home by two shots", ["Cedric Mbeki"]),
    ("Off on the cape walk with my birding companion Solveig, 38 species by lunch", ["Solveig"]),
    ("Shoutout to my pickleball partner Fenella for getting me out of bed every Thursday", ["Fenella"]),
]
ASSOCIATE_DECOYS = [
    "So proud of Ash Barty, what a final on the telly last night 🎾",           # a star on the screen
    "Watching the Origin, Nathan carried us through the second half",         # a fan's "us"
    "My cousin's mate Dylan came out on the boat with us, good bloke",        # someone else's mate
    "The captain came on the PA to say we'd land in Perth early",             # a flight's captain
    "Our cavoodle Harvey crewed for me on the paddleboard, as in he sat there",  # a pet
    "Grabbed bait from Stavros at the tackle shop before we headed out",       # a shop owner
    "Halfway through the new novel, Captain Lena Rix is such a good character",  # a character in a book
]


@pytest.mark.parametrize("text,expected", ASSOCIATES)
def test_pastime_company_is_an_associate(extractor, text, expected):
    assert people(extractor, text, "associate") == sorted(expected)


@pytest.mark.parametrize("text", ASSOCIATE_DECOYS)
def test_pastime_near_misses_name_no_associate(extractor, text):
    assert people(extractor, text, "associate") == []


FAMILY = [
    ("Hubby Bartholomew built the kids a treehouse 😍🌳 no permit obviously", ["Bartholomew"], "husband"),
    ("🎉🎉 MIL Rosalind turns 75 today!! 🥂", ["Rosalind"], "mother-in-law"),
    ("lol hubs Fergus tried to fix the washing machine 🤣🤣", ["Fergus"], "husband"),
    ("😍 SIL Annika and BIL Tobias brought the pav 🍓", ["Annika", "Tobias"], None),
    ("Step-mum Georgina drove up from Wagga for the weekend 💕", ["Georgina"], "stepmother"),
    ("Brother-in-law Malcolm did the whole roast 🍗🔥", ["Malcolm"], "brother-in-law"),
    ("the in-laws, Dorothy and Keith, arrived two days early 🙃", ["Dorothy", "Keith"], None),
]
FAMILY_DECOYS = [
    "My friend's hubby Desmond is a plumber if anyone needs one 🔧",
    "MIL rang three times before lunch 🙄",
    "Binged a show where the stepdad Conrad is the villain 😱",
]


@pytest.mark.parametrize("text,expected,relation", FAMILY)
def test_spouse_and_in_law_titles_name_family(extractor, text, expected, relation):
    dets = [d for d in extractor.extract([post(text)]) if d.category == "family"]
    assert sorted(d.attrs["person"] for d in dets) == sorted(expected)
    if relation:
        assert {d.attrs["relation"] for d in dets} == {relation}


@pytest.mark.parametrize("text", FAMILY_DECOYS)
def test_title_near_misses_name_no_family(extractor, text):
    assert people(extractor, text, "family") == []


COLLEAGUES = [
    ("Stoked to line up with fellow Border Force officer Thaddeus Quill in the work cricket side", ["Thaddeus Quill"]),
    ("our director Philippa Osei told us the section is moving to Parramatta in June", ["Philippa Osei"]),
    ("My new EL1 Cormac Reyes has already rewritten the roster, love that for us", ["Cormac Reyes"]),
    ("our acting branch manager Leopold Achebe says leave is frozen till March 🙃", ["Leopold Achebe"]),
    ("Proud to have delivered the wharf review with Cressida Vane, our Regional Director.", ["Cressida Vane"]),
    ("Retirement lunch for Noreen Balfour today, 31 years at the wharf and never a sick day", ["Noreen Balfour"]),
]
COLLEAGUE_DECOYS = [
    "Our director Sofia Coppola has a new film out, loved it",                 # a film's director
    "Our choir director Winifred had us on the high notes all night",         # a choir's
    "Fellow Swiftie Marlowe Quinn scored us tickets 😭",                       # a fan, not a co-worker
    "Farewell drinks for Uncle Desmond tonight, 40 years at the brickworks",  # a relative's retirement
]


@pytest.mark.parametrize("text,expected", COLLEAGUES)
def test_work_titles_and_fellow_officers_are_colleagues(extractor, text, expected):
    assert people(extractor, text, "colleague") == sorted(expected)


@pytest.mark.parametrize("text", COLLEAGUE_DECOYS)
def test_title_near_misses_name_no_colleague(extractor, text):
    assert people(extractor, text, "colleague") == []


def test_third_person_club_page_gives_colleague_and_associate_from_one_sentence(extractor):
    text = ("Imogen combines with fellow Border Force officer Oriana Blackwood, our goal keeper, "
            "and captain Delphine Asante in the defensive circle.")
    assert people(extractor, text, "colleague") == ["Oriana Blackwood"]
    assert people(extractor, text, "associate") == ["Delphine Asante"]


THIRD_PERSON = [
    # "she" after the subject's name is the subject: her brother, her teammate are the subject's
    ("Imogen joined the Newtown Jets in 2020 and has played 70 games alongside her brother Barnaby.",
     "family", ["Barnaby"]),
    ("Imogen keeps goal for the Balmain Owls. She and teammate Wilhelmina Tso share the defensive end.",
     "associate", ["Wilhelmina Tso"]),
]
THIRD_PERSON_DECOYS = [
    # "she" is someone else named first
    ("Corinna Platt is our wing defence. She and her sister Bree carpool to every game.", "family"),
    ("Imogen and Corinna Platt share a lane. Corinna swims with her brother Max on Sundays.", "family"),
]


@pytest.mark.parametrize("text,category,expected", THIRD_PERSON)
def test_third_person_page_about_the_subject(extractor, text, category, expected):
    assert people(extractor, text, category) == expected


@pytest.mark.parametrize("text,category", THIRD_PERSON_DECOYS)
def test_third_person_page_about_someone_else(extractor, text, category):
    assert people(extractor, text, category) == []


def test_a_relative_by_title_is_not_also_a_friend_after_linking():
    items = [post("Sister-in-law Philippa and I did the colour run 🌈 so much powder", 1)]
    assert [f for f in findings_of(items, "associate") if "Philippa" in f.value] == []
    assert any("Philippa" in f.value for f in findings_of(items, "family"))


ADDRESSED = [
    # a role without a name, then the post's only given name spoken to
    ("hubby did the school run AND the washing ❤️ love u Florian", "family", ["Florian"]),
    ("the missus reckons I can't cook. happy anniversary Greta x", "family", ["Greta"]),
    ("FIL came over to regrout the shower. cheers Leonard 🛁", "family", ["Leonard"]),
    ("my 2IC took the late half of my shift so I could see the concert, owe u one Benedict", "colleague", ["Benedict"]),
]
ADDRESSED_DECOYS = [
    ("hubby and I had dinner at Beatrice's place, thanks Beatrice for having us", "family"),    # another name too
    ("my friend's hubby fixed our gate, cheers Clement", "family"),                            # someone else's hubby
    ("the missus is at her sister's, just me and the dog. love you Biscuit", "family"),        # a pet
    ("my supervisor is on leave so it's me and the kelpie at home, love you Pepper", "colleague"),
]


@pytest.mark.parametrize("text,category,expected", ADDRESSED)
def test_role_then_the_name_spoken_to(extractor, text, category, expected):
    assert people(extractor, text, category) == expected


@pytest.mark.parametrize("text,category", ADDRESSED_DECOYS)
def test_role_then_an_address_that_is_not_the_role(extractor, text, category):
    assert people(extractor, text, category) == []


GROUPS_AND_NICKNAMES = [
    ("big thanks to the thursday night run crew, Dominika, Lars and Priya, for the surprise cake 🎂", "associate",
     ["Dominika", "Lars", "Priya"]),
    ("ggs tonight @nova_rix @tidal_mo, we actually won one 🎮", "associate", ["@nova_rix", "@tidal_mo"]),
    ("Spud (Raymond Quill) finally got the mower going again", "associate", ["Raymond Quill"]),
    ("shoutout to my raid group esp @quill_ix and @ember.no for carrying me all season", "associate",
     ["@ember.no", "@quill_ix"]),
    ("hubby 🥰 Anatole 🥰 made the whole christmas lunch", "family", ["Anatole"]),
    ("🥳 wifey Rosamund got the promotion!!! so proud", "family", ["Rosamund"]),
    ("flatmate Horatio has taken over the couch with his fantasy footy spreadsheets", "associate", ["Horatio"]),
    ("Nephew Cosmo turned 18 today 🎉", "family", ["Cosmo"]),
    ("proud dad of two moment: Hugo and Matilda both swam their first 50m", "family", ["Hugo", "Matilda"]),
    # a club page: "her" after the subject's name is the subject's
    ("Special thanks to Imogen, who kept goal straight off a night shift, and to her hubby Leopold for the oranges.",
     "family", ["Leopold"]),
]
GROUPS_AND_NICKNAMES_DECOYS = [
    ("Lunch with the cargo crew today, Desmond and Priya shouted me", "associate"),   # a work crew
    ("Mum (Colleen Hayes) turned 80 today", "associate"),                            # a relative, not a mate
    ("Watching the doco, Boof (Darren Lehmann) was brilliant on the telly", "associate"),
    ("fishing trip w the boys, Dazza caught nothing again", "family"),               # mates, not sons
    ("covered a double with Spud (Raymond Quill), best 2IC on the wharf", "associate"),   # a colleague
]


@pytest.mark.parametrize("text,category,expected", GROUPS_AND_NICKNAMES)
def test_groups_nicknames_and_titles(extractor, text, category, expected):
    assert people(extractor, text, category) == sorted(expected)


@pytest.mark.parametrize("text,category", GROUPS_AND_NICKNAMES_DECOYS)
def test_groups_nicknames_and_titles_near_misses(extractor, text, category):
    assert people(extractor, text, category) == []


SAME_POST = [
    ("new team leader on our floor is strict as. Ottilie Brandt if you're reading this pls let us have music",
     "colleague", ["Ottilie Brandt"]),
    ("stepkids here for the long weekend, Hugo and Matilda want the water park", "family", ["Hugo", "Matilda"]),
]
SAME_POST_DECOYS = [
    ("kids at the park today, Hugo and Matilda's mum brought a cake", "family"),     # someone else's children
    ("team leader meeting ran long. Ottilie Brandt from HR if you're reading this, thanks", "associate"),
]


@pytest.mark.parametrize("text,category,expected", SAME_POST)
def test_named_later_in_the_same_post(extractor, text, category, expected):
    assert people(extractor, text, category) == sorted(expected)


@pytest.mark.parametrize("text,category", SAME_POST_DECOYS)
def test_named_later_near_misses(extractor, text, category):
    assert people(extractor, text, category) == []


LOWER_CASE = [
    ("my mate robbo is flogging his tinnie, pm me if keen", "associate", ["Robbo"]),
    ("my hubby callum burnt the snags again lol", "family", ["Callum"]),
]
LOWER_CASE_DECOYS = [
    ("my mate reckons the tinnie is a lemon", "associate"),        # a verb, not a name
    ("my mate will sort the trailer out", "associate"),            # a word only sometimes a name
    ("My mate reckons Callum burnt the snags", "associate"),       # capitals used: lower case means no name
]


@pytest.mark.parametrize("text,category,expected", LOWER_CASE)
def test_lower_case_names_in_lower_case_posts(extractor, text, category, expected):
    assert people(extractor, text, category) == expected


@pytest.mark.parametrize("text,category", LOWER_CASE_DECOYS)
def test_lower_case_near_misses(extractor, text, category):
    assert people(extractor, text, category) == []
