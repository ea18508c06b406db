"""Round 8 (r8places): home said informally, without "I live in".

The start of a daily commute, a room or chore of the home beside one named place, a home near a suburb's landmark,
a child's local school in a parent's post, a pronoun on a club or about page that points back at the subject, a bio
"<Town> girl/boy/lass" with emoji. Near misses: the evening leg, a one-off trip, someone else's commute or yard, a
holiday rental, a restaurant elsewhere, a car in traffic, an away game, a school the writer teaches at or visits.

Every person here is fictional; places are ordinary Australian suburbs and towns; the texts are written for these tests.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from footprint.analysis.detect import localities
from footprint.analysis.detect.detectors.home_loose import marked_bio_place

sys.path.insert(0, str(Path(__file__).parent))
from kit_posts import bio as kit_bio, kit_extractor, post as kit_post  # noqa: E402


@pytest.fixture(scope="module")
def kit():
    return kit_extractor()


def _home(kit, items) -> set[str]:
    """Home keys without their state ("place:glenfield nsw" -> "place:glenfield"): the tables differ on states."""
    return {localities.strip_state(d.key) for d in kit.extract(items) if d.category == "home_location"}


POSTS = {
    # --- the start of a daily commute, many registers
    "a line from a suburb, most mornings": ("Eight years on the Hurstville line from Oatley most mornings, I know every pothole",
                                            "place:oatley nsw"),
    "I drive out of, each morning": ("I drive out of Werribee at 6 each morning to beat the West Gate mess", "place:werribee vic"),
    "cycle out of a suburb every morning": ("every morning i cycle out of Brunswick along the Upfield path", "place:brunswick vic"),
    # --- a room or chore of the home beside one named place
    "verandah beside a suburb": ("coffee on the verandah, Thornlie doing its best spring impression ☀️", "place:thornlie wa"),
    "our flat, lower-case suburb": ("new rug for our flat, brunswick winter sorted", "place:brunswick vic"),
    "a chore then the suburb's arvo": ("Hung out the washing, weeded the veggie patch, Sunday in Eltham done", "place:eltham vic"),
    "the backyard, the suburb smells": ("Lamb on the bbq in the backyard, Rosebud smells like summer", "place:rosebud vic"),
    "our back fence, a season in a suburb": ("Wisteria all over our back fence, spring in Karrinyup is unreal",
                                             "place:karrinyup wa"),
    "home to a town, the dog at the gate": ("home to Yeppoon finally, dog going nuts at the gate", "place:yeppoon qld"),
    "the back garden on a street": ("From the back garden on Banksia Street this morning, a kookaburra on the fence",
                                    "address:banksia street"),
    "rain on the roof, the town at its moodiest": ("Rain on the tin roof, kettle on, Katoomba at its moodiest",
                                                   "place:katoomba nsw"),
    "washing on the line, the town's heat": ("washing on the line and a cuppa, Ipswich heat is no joke today",
                                             "place:ipswich qld"),
    # --- a home near a suburb's landmark
    "live streets back from a surf club": ("we live three streets back from the Maroubra surf club, fall asleep to the waves",
                                           "place:maroubra nsw"),
    "we're on a road near a showground": ("we're on Mulgoa Road near the Penrith showground, the kids can walk to school",
                                          "place:penrith nsw"),
    "our place behind the shops": ("our place is right behind the Modbury shops, handy for milk runs", "place:modbury sa"),
    "our new place a short walk from the shops": ("Our new place is a short walk from the Engadine shops and the kids "
                                                  "can walk to school", "place:engadine nsw"),
    "we back onto a reserve": ("We back onto the Rooty Hill reserve, so the dog thinks it's her backyard",
                               "place:rooty hill nsw"),
    # --- a child's local school in a parent's post
    "Miss N at a public school": ("Miss 8 won the spelling bee at Hurstville Public, she's unbearable now",
                                  "place:hurstville nsw"),
    "proud of a named child, state school": ("So proud of Eliza, 1st in the athletics carnival at Sandgate State School",
                                             "place:sandgate qld"),
    "our youngest starts at a high": ("our youngest starts at Craigieburn Secondary College next year, gulp",
                                      "place:craigieburn vic"),
    "a fete at a primary": ("Morphett Vale Primary fete tomorrow, I've baked 60 lamingtons", "place:morphett vale sa"),
    "a named child's school in lower-case register": ("so proud of Ruby!! school captain at Kellyville Public next yr 😭",
                                                      "place:kellyville nsw"),
    # --- the writer's own patch, its one place as a sentence's subject
    "near ours, the suburb going downhill": ("the bottle-o near ours got broken into again. Doonside is a mess lately",
                                             "place:doonside"),
    "our street, the town freezing": ("our street's a skating rink this morning. Bathurst is minus 4 ❄️", "place:bathurst nsw"),
    # --- the subject by pronoun on a club page, a bio's bare "Lives in"
    "he lives in, after the subject's name": ("Kit joined the club in 2016. He lives in Kaleen with wife Sunita and a very loud kelpie.",
                                             "place:kaleen act"),
    "she calls a suburb home": ("Say hello to our secretary Kit Finch! She calls Ngunnawal home and runs the canteen roster.",
                                "place:ngunnawal act"),
    "she's settled in": ("Kit Finch, goalkeeper. Raised in Wagga, she's settled in Belconnen these days with her partner.",
                         "place:belconnen act"),
}

NEAR_MISSES = {
    # round 15: a train, bus or ferry boarded every weekday leaves from a station the writer may drive or walk to: no home
    # without a home word or their own street (tests/test_round15_r15home.py)
    "time out of a suburb, every weekday": "the 7:04 out of Glenfield every weekday, same dodgy aircon",
    "bus route number, every morning": "45 mins on the 380 from Maroubra every morning, audiobooks save me",
    "lower-case train leaves, daily": "train leaves engadine 6.12am daily, pray for me",
    "ferry, same seat": "Ferry from Mosman at 7:20, same seat on the top deck, best commute going",
    "terse M-F, ex a town": "M-F on the 7.32 ex Wyong. send help",
    # a commute: the evening leg, a one-off, a holiday, someone else's, a work start
    "the evening leg": "the 6:10 from Wynyard every night is standing room only",
    "a one-off train to the game": "Caught the train from Central to the footy, what a night",
    "a holiday bus": "Bus from Noosa to the airport at 6am, holiday's over",
    "a brother's commute": "my brother gets the 6:30 from Campbelltown every morning, madness",
    "a partner's commute": "hubby catches the 7:05 out of Werribee every weekday and still complains",
    "a stretch with an end": "on the 5:45 bus from Kambah every day this month, earlies are killing me",
    # a room or yard: someone else's, a rental, a restaurant, a hotel, going somewhere
    "a sister's backyard": "backyard cricket at my sister's in Rockingham, her yard's bigger",
    "an Airbnb verandah": "gorgeous verandah at our Airbnb in Bright, home tomorrow",
    "a restaurant courtyard": "The courtyard at Casa Nonna in Fitzroy does a mean carbonara",
    "a hotel balcony": "our hotel balcony in Surfers has a view for days",
    "chores then a drive": "Mowed the lawn then drove to Penrith for the footy",
    "a team on the telly": "on the verandah with a beer, Richmond is losing again",
    "a tour stop": "our place is a mess. Newcastle is next on the tour though",
    # a landmark: traffic, an away game
    "stuck in traffic near a ground": "we're on the M4 stuck in traffic near the Penrith stadium, kick-off at 3",
    "an away game": "Away game at the Campbelltown showground, we lost by 40",
    # a school: teaching there, visiting, one's own old school, another family's kids, an opponent
    "teaches at the high school": "I've taught Year 10 science at Werribee Secondary College for nine years",
    "a guest speaker": "Guest speaker at Hornsby Girls High careers day, great questions from the kids",
    "their own old school": "Remembering my own days at Penrith High, 1996 was a wild year",
    "a niece's school": "my niece won the cross country at Oatley Public, so proud of her",
    "coaching against a school": "Coaching our netball girls against Engadine High today, we got smashed",
    "a school no gazetteer knows, alone": "Sports day at Sandpiper Cove Primary, Noah came third in the sack race",
    # the writer's patch, but the sentence's subject is no place
    "a person opens the sentence": "our street flooded overnight. Sharon is furious about her car",
    "a common word opens the sentence": "our street lost power again. Coffee is the only answer",
    # a pronoun pointing at someone else
    "a teammate lives": "Kit's teammate Josh lives in Belconnen with his wife and twin boys",
    "he is a friend": "Caught up with Darren at the pub. He lives in Kaleen now with his new partner.",
    "a brother lives": "Kit coaches the juniors on Saturdays. His brother lives in Florey.",
    # a Sunday out with the family: a day trip, not a home
    "a Sunday lunch out": "Sunday lunch in Kiama with my wife and our son, then a walk on the headland",
}


@pytest.mark.parametrize("text,key", list(POSTS.values()), ids=list(POSTS))
def test_home_said_informally(kit, text, key):
    assert localities.strip_state(key) in _home(kit, [kit_post(text)])


@pytest.mark.parametrize("text", list(NEAR_MISSES.values()), ids=list(NEAR_MISSES))
def test_near_misses_are_not_home(kit, text):
    assert _home(kit, [kit_post(text)]) == set()


BIOS = {
    "suburb girl with emoji": ("Coogee girl 🌊 flat whites and bad puns", "place:coogee nsw"),
    "proud town boy": ("Proud Ballarat boy 🏉 dad, dog, dodgy knees", "place:ballarat vic"),
    "town lass": ("Mildura lass 🍇 crosswords and grandkids", "place:mildura vic"),
    "bare lives in": ("Keen birder, worse cook. Lives in Macgregor with the family.", "place:macgregor act"),
}

BIO_MISSES = {
    "country girl": "Country girl at heart 🐴 city girl by necessity",
    "an overseas dream": "Bali girl 🌺 in my dreams. Spreadsheets by day.",
    "a phrase, not a place": "Good vibes girl ✨ coffee first",
    "born and bred: where they grew up": "Geelong born n bred. Nurse, runner, Cats tragic.",
}


@pytest.mark.parametrize("text,key", list(BIOS.values()), ids=list(BIOS))
def test_bio_home(kit, text, key):
    assert localities.strip_state(key) in _home(kit, [kit_bio(text)])


@pytest.mark.parametrize("text", list(BIO_MISSES.values()), ids=list(BIO_MISSES))
def test_bio_misses(kit, text):
    assert _home(kit, [kit_bio(text)]) == set()


@pytest.mark.parametrize("fragment,bare", [
    ("Proud Mackay boy", "Mackay"), ("Cronulla girl", "Cronulla"), ("Mildura lass", "Mildura"),
    ("Ulladulla-ish", "Ulladulla"), ("Country girl at heart", "Country girl at heart"),
])
def test_strip_loose_kin_words(fragment, bare):
    assert localities.strip_loose(fragment) == bare


@pytest.mark.parametrize("bio,expected", [
    ("Cronulla girl 🌊 coffee", "Cronulla NSW"),
    ("Bali girl 🌺 dreams", None),            # no gazetteer knows it: a "girl" mark never guesses a name
    ("Quandong Flat based | photos", "Quandong Flat"),   # the older marks still guess an unknown name
])
def test_marked_bio_place(bio, expected):
    hit = marked_bio_place(bio)
    assert (hit[0] if hit else None) == expected


def test_evidence_says_why(kit):
    """Each informal home finding carries its rule and the words that made it."""
    ds = [d for d in kit.extract([kit_post("I drive out of Glenfield at 6 every weekday, same dodgy aircon")])
          if d.category == "home_location"]
    assert [d.pattern for d in ds] == ["commute_start"]
    assert ds[0].support[-1] == "daily trip" and ds[0].confidence < 0.8


# --- two weak signals that agree, across posts (analysis/link/home_agree.py)
from footprint.analysis.link.home_agree import infer_home_agree  # noqa: E402
from footprint.crawler.items import PostItem  # noqa: E402


def _posts(*texts):
    return [PostItem(profile="https://social.example/@kfinch", url=f"https://social.example/@kfinch/{i}",
                     platform="activitypub", text=t, published="2024-05-0%dT09:00:00Z" % (i + 1))
            for i, t in enumerate(texts)]


AGREE = {
    "lunch with wife, daughter starts at the high": (
        ("Sunday lunch in Wirrimbi with my wife and our daughter, then gelato on the pier",
         "Matilda starts at Wirrimbi High next year, where did the time go"), "place:wirrimbi nsw"),
    "with the kids at a town, Miss N at its public": (
        ("Markets with the kids at Tallong this morning, bought far too much honey",
         "Miss 7 lost her first tooth at Tallong Public today"), "place:tallong nsw"),
}
# round 18: both towns are real NSW localities, which the full locality table (analysis/detect/au_localities.py) knows

AGREE_NOT = {
    "the school twice, no outing": ("Isla's first day at Gannet Bay Primary today", "Sports carnival at Gannet Bay Primary, Isla came 2nd"),
    "outing and school in different places": ("Lunch in Wirrimbi with my wife and the kids",
                                              "Our eldest starts at Tallong High next year"),
    "an outing on holiday": ("Holiday lunch in Wirrimbi with the family", "Our eldest starts at Wirrimbi High next year"),
    "the school is where the writer teaches": ("Lunch in Wirrimbi with my wife and kids",
                                               "Teaching Year 8 at Wirrimbi High, our eldest starts there next year"),
}


@pytest.mark.parametrize("texts,key", list(AGREE.values()), ids=list(AGREE))
def test_school_and_outing_agree(texts, key):
    found = infer_home_agree(_posts(*texts))
    assert {d.key for d in found} == {key}
    assert len({d.evidence.url for d in found}) == 2          # both posts are its evidence


@pytest.mark.parametrize("texts", list(AGREE_NOT.values()), ids=list(AGREE_NOT))
def test_school_and_outing_disagree(texts):
    assert infer_home_agree(_posts(*texts)) == []


def test_agreement_yields_to_a_stated_home(kit):
    posts = _posts("Sunday lunch in Wirrimbi with my wife and our daughter", "Matilda starts at Wirrimbi High next year",
                   "Our street in Kaleen is a car park every school morning")
    stated = [d for d in kit.extract(posts) if d.category == "home_location"]
    assert stated and infer_home_agree(posts, stated) == []
