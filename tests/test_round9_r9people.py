"""Round 9 people (issue 9, branch r9people): home, family, friends, routine and vulnerability said informally.

Home: a suburb alone as one fragment of a bio or terse post, the home by its building ("the unit in X", "we're out in
X now"), a suburb's club down the road, real suburbs GeoNames' populated places lack (data/patterns/suburbs_au.tsv).
Family: a partner by title and initial, a child taken to junior sport, an ex who left. Friends: a godparent of a named
child, a wedding-party role served for someone. Routine: a roster in its shorthand, a weekday list with a time.
Vulnerability: passed over again and again, unvalued, alone after a loss, drinking and sedatives told sideways, and a
learned reading naming no harm at all is held back. Every near miss sits beside its positives. Every person and
place use here is fictional.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect import localities
from tests.people_posts import Account

ROWAN = Account("Rowan Ellery", "rowel", 9)


@pytest.fixture(scope="module")
def extractor():
    return ROWAN.extractor()


def _found(extractor, text: str, category: str) -> list:
    return [d for d in extractor.extract([ROWAN.post(text)]) if d.category == category]


def _keys(extractor, text: str, category: str) -> list[str]:
    return sorted({d.key for d in _found(extractor, text, category)})


@pytest.mark.parametrize("name,expected", [
    ("Yagoona", "Yagoona NSW"), ("Kedron QLD", "Kedron QLD"), ("Wanniassa", "Wanniassa ACT"), ("Albion Park", "Albion Park NSW"),
    ("Ellenbrook", "Ellenbrook WA"), ("Glenorchy", "Glenorchy TAS"),
])
def test_suburbs_geonames_lacks_are_known(name, expected):
    assert localities.lookup(name) == (expected, "suburb")


@pytest.mark.parametrize("word", ["Success", "Holt", "Elizabeth", "Labrador", "Miami", "Paradise"])
def test_suburb_names_that_are_words_or_names_stay_out(word):
    assert not any(name.lower() == word.lower() for name, _ in localities.suburb_rows())


HOME = [
    ("Rowie. Thirroul. Sourdough since the lockdowns.", "place:thirroul nsw"),                    # bio fragment
    ("Three kids, two dogs, one tired mum. Greenacre NSW", "place:greenacre nsw"),                # fragment with state
    ("Aspley. 39 degrees and the aircon just died.", "place:aspley qld"),                         # terse post
    ("Unanderra, 5am, the magpies have started already", "place:unanderra nsw"),                  # opening with a comma
    ("the granny flat in Kallangur finally has a working oven", "place:kallangur qld"),          # the home by building
    ("we're out in Doreen now, the estate still has no shops", "place:doreen vic"),               # where we are now
    ("quiz night at the Yagoona RSL down the road, came third", "place:yagoona nsw"),             # local club
    ("Saturday swim at the Nundah pool round the corner then pancakes", "place:nundah qld"),      # local amenity
    ("Out of Kellyville at 6:05, M2 into town. Every single weekday.", "place:kellyville nsw"),   # habit next sentence
    ("we live up in Kallangur these days, the kids love the new school", "place:kallangur qld"),  # live up in
    ("the missus and I are down in Drysdale now, closer to the beach", "place:drysdale vic"),    # "and I are down in"
    ("🏡 Coorparoo | 🐶 dog mum | ☕", "place:coorparoo qld"),                                     # emoji-split bio
    ("Pakenham VIC 3810", "place:pakenham vic"),                                                  # suburb, state, postcode
    ("we're just round the corner from the Ashgrove shops", "place:ashgrove qld"),               # amenity said after
    ("the Bardon pool is a two minute walk from ours", "place:bardon qld"),                      # minutes from ours
    ("renting a studio in Kallangur with a very loud cockatoo next door", "place:kallangur qld"),  # renting a studio in
]
HOME_DECOYS = [
    "Helped my brother paint the unit in Kallangur, never again",                   # someone else's flat
    "Drove down to Thirroul for lunch, the pies are worth it",                      # a day trip
    "away game at the Yagoona club on Saturday, we got flogged",                    # a club played at
    "Byron Bay. Day 4. Bliss.",                                                      # a holiday
    "Sydney, I love you but your traffic is a crime",                               # a city spoken to
    "Lock up your letterboxes, Ballarat. #proudmum",                                 # a town spoken to at the end
    "Penrith. What a game last night.",                                              # a team
    "Room 2155",                                                                     # a number is no postcode alone
    "Customs officer. Fremantle. Coffee.",                                           # the employer's site, named alone
]


@pytest.mark.parametrize("text,key", HOME)
def test_home_said_tersely(extractor, text, key):
    assert key in _keys(extractor, text, "home_location")


@pytest.mark.parametrize("text", HOME_DECOYS)
def test_home_near_misses(extractor, text):
    assert _keys(extractor, text, "home_location") == []


FAMILY = [
    ("Mr J is on school pick-up all week so I'm doing the late run at the gym", ["Mr J"]),
    ("Mrs P has booked us a night away for our anniversary, no kids!", ["Mrs P"]),
    ("I take Percival to junior soccer every Sunday, freezing but worth it", ["Percival"]),
    ("Dropping Henrietta at under 9s netball then off to the shops", ["Henrietta"]),
    ("spent the morning at auskick with Barnaby, he kicked his first goal", ["Barnaby"]),
    ("Taking Ignatius and Henrietta to nippers every Sunday morning", ["Henrietta", "Ignatius"]),
    ("Rosalind took the good chairs when she went back to Adelaide. I kept the cat.", ["Rosalind"]),
    ("A year since Desmond packed up and moved back to Cairns. The flat is so quiet.", ["Desmond"]),
]
FAMILY_DECOYS = [
    "Mrs K said the kids were angels on the excursion, her class is lucky",         # a teacher
    "Mr B from next door fixed our fence, legend",                                  # a neighbour
    "Mr Whippy came down our street and the kids lost their minds",                 # an ice-cream van
    "I coach the under 9s, took Oscar to junior footy trials with the rest of my squad",   # a coach's player
    "Quilter since 1987. Nan of six. Dapto.",                                       # a town alone is no name spoken to
    "Sent six applications this month. Nobody has written back.",                   # nobody
    "Zip is maxed and the car needs tyres, love this for me",                       # a BNPL brand
    "Fergus took the ball up the middle and scored, what a game",                   # no separation story
]


@pytest.mark.parametrize("text,expected", FAMILY)
def test_family_said_informally(extractor, text, expected):
    assert sorted(d.attrs["person"] for d in _found(extractor, text, "family")) == sorted(expected)


@pytest.mark.parametrize("text", FAMILY_DECOYS)
def test_family_near_misses(extractor, text):
    assert _found(extractor, text, "family") == []


ASSOCIATES = [
    ("Happy birthday to Ottoline's godmother Philippa Marsh, the best dresser I know", "associate:philippa marsh"),
    ("Best man duties done for @lachyb (Lachlan Brierley). Nobody cried. Much.", "associate:lachlan brierley"),
    ("Bridesmaid for Keely Vaughn today, my feet are destroyed", "associate:keely vaughn"),
    ("bestie @jojo.k and me at the twilight markets again", "associate:@jojo.k"),
]
ASSOCIATE_DECOYS = [
    "Prince Edmund's godmother was at the service, apparently",          # a royal's godparent
    "I kept the dog. Murphy and I walk the same loop every morning now.",  # a dog named like a person
    "Spent the morning at junior cricket with Hamish, he got a wicket",  # a child, not a mate
]


@pytest.mark.parametrize("text,key", ASSOCIATES)
def test_associates_by_role_served(extractor, text, key):
    assert key in _keys(extractor, text, "associate")


@pytest.mark.parametrize("text", ASSOCIATE_DECOYS)
def test_associate_near_misses(extractor, text):
    assert _keys(extractor, text, "associate") == []


ROUTINES = [
    ("roster this block is 2E 2L 3 off, then nights", "routine:2e 2l 3 off"),
    ("rostered 3D 2N 4 off again, body clock is cooked", "routine:3d 2n 4 off"),
    ("my pattern is D D N N O O O O, four days off feels like a holiday", "routine:d d n n o o o o"),
    ("back on 12s from Monday, send coffee", "routine:12s"),
    ("Tuesdays and Thursdays at 5:30 we row the river", "routine:tuesday thursday 05:30"),
    ("rostered on 2 nights 2 days 4 off", "routine:2 nights 2 days 4 off"),
    ("kindy drop 7.40, bus 7.55, at my desk by 8.45. every day", "routine:07:40"),
    ("plane days = 12s, the rest are 8s", "routine:12s"),
    ("ride the bike in to Southbank, 15 mins from home, best part of the day", "routine:ride"),
]
ROUTINE_DECOYS = [
    "the under 12s are undefeated this season",             # a junior grade
    "My son plays in the Under 12s",
    "The pool is open Monday, Wednesday and Friday at 6am until March.",   # a venue's hours
    "2E 2L = my life",                                       # two codes and nothing else
    "doors 7.30, support 8.15, headliner 9.30",              # a gig's running order
    "flight at 6.10 tomorrow, train at 8.30 then the bus",   # a one-off trip
]


@pytest.mark.parametrize("text,key", ROUTINES)
def test_routine_in_its_own_notation(extractor, text, key):
    assert key in _keys(extractor, text, "routine")


@pytest.mark.parametrize("text", ROUTINE_DECOYS)
def test_routine_near_misses(extractor, text):
    assert _keys(extractor, text, "routine") == []


VULNERABLE = [
    ("Applied for the senior role four times now. Not applying a fifth.", "grievance"),
    ("knocked back for higher duties AGAIN. 14 years in. whatever.", "grievance"),
    ("Twenty years there and not one thank you. I'm a glorified hat stand.", "grievance"),
    ("Since my husband passed it's just me and the cat most nights.", "isolation"),
    ("Ever since Gwen left, the weekends are very long.", "isolation"),
    ("Been on the red harder than I should since the redundancy letter.", "substance"),
    ("a few pints plus since the diagnosis, not gonna lie", "substance"),
    ("honestly having a few more than I should lately", "substance"),
    ("four hours' sleep again, a mate gave me some of his Stilnox", "substance"),
    ("I have been sleeping terribly.", "mental_health"),
    ("Afterpay is maxed and the rent is due Friday", "financial_stress"),
    ("took out one of those cash loans to cover the rego, the interest is a joke", "financial_stress"),
]
VULNERABLE_DECOYS = [
    "Farewell arvo tea for Bartholomew Ngata today, 31 years in the service and not one sick day",
    "she got knocked back for the promotion, gutted for her",             # someone else's
    "just me and the dog at the beach this morning, bliss",               # no loss
    "my partner says I talk in dot points now",                           # the learned model's neutral sentences
    "some nights that feels like the better end of the deal",
    "the legend still won't shout at the pub",
    "Slept like a log after the long walk, ten hours straight",
]


@pytest.mark.parametrize("text,signal", VULNERABLE)
def test_vulnerability_told_sideways(extractor, text, signal):
    assert any(k.startswith(f"vulnerability:{signal}") for k in _keys(extractor, text, "vulnerability"))


@pytest.mark.parametrize("text", VULNERABLE_DECOYS)
def test_vulnerability_near_misses(extractor, text):
    assert _keys(extractor, text, "vulnerability") == []
