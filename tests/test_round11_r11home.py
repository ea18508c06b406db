"""Round 11 (r11home): home said informally, in profile fields, bios and asides. Every person and home is fictional.

- a profile field named for where one lives (or a pin), a schema.org address, a username that is a suburb and a
  person word (analysis/detect/detectors/home_handle.py);
- a terse bio or about line: a suburb among short fragments, lower case, "<Town> based", "<Town> local", a suburb's
  local short name (data/patterns/place_nicknames.tsv) or short form ("Mt", "Pt", "Nth");
- home by a landmark or an aside (our street backs onto, across the road from a school, the flat near, up the hill in,
  her place is near), third person with "lives out at", a child's local club named for its suburb;
- the start of a daily commute told from its place ("<Suburb> to the city, five days a week", out the door at 4:10);
- "<Suburb> born and bred" is a home only when the scan states no other (analysis/link/home_bio.py); a regional city
  one was born and bred in, or named alone as a whole bio, is a region (data/patterns/regional_cities.tsv).
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect import localities
from footprint.analysis.detect.detectors.home_handle import handle_place
from footprint.analysis.detect.detectors.home_loose import BORN_AND_BRED
from footprint.analysis.findings import Detection, Evidence
from footprint.analysis.link import home_bio
from footprint.crawler.items import ProfileItem

from kit_posts import PROFILE, SUBJECT, bio, kit_extractor, post


@pytest.fixture(scope="module")
def kit():
    return kit_extractor()


def _homes(kit, item) -> set[str]:
    return {d.key for d in kit.extract([item]) if d.category == "home_location"}


def _profile(fields: dict | None = None, summary: str = "", handle: str = "kfinch") -> ProfileItem:
    return ProfileItem(profile=PROFILE, url=PROFILE, platform="activitypub", name=SUBJECT, handle=handle, summary=summary,
                       fields=dict(fields or {}))


# --------------------------------------------------------------------------- structured fields

@pytest.mark.parametrize("fields, key", [
    ({"Lives": "Kingston, TAS"}, "place:kingston tas"),
    ({"Where I live": "Nowra"}, "place:nowra nsw"),
    ({"Living in": "Bundoora"}, "place:bundoora vic"),
    ({"Hood": "Lyneham"}, "place:lyneham act"),
    ({"Neighbourhood": "Annerley"}, "place:annerley qld"),
    ({"📍": "Morphett Vale, SA"}, "place:morphett vale sa"),
    ({"🏠": "Nth Ryde"}, "place:north ryde nsw"),
    ({"Where": "Joondalup, Perth"}, "place:joondalup wa"),
    ({"address": "Bulimba, QLD"}, "place:bulimba qld"),        # a schema.org PostalAddress as the crawler flattens it
    ({"homeLocation": "Glenorchy"}, "place:glenorchy tas"),
])
def test_a_field_named_for_home_is_a_home(kit, fields, key):
    assert key in _homes(kit, _profile(fields))


@pytest.mark.parametrize("fields", [
    {"Team": "Penrith Panthers"}, {"Work": "Port Botany"}, {"Pronouns": "they/them"}, {"Footy": "Sandringham Dragons"},
    {"Languages": "English, Tagalog"},
])
def test_other_fields_are_no_home(kit, fields):
    assert _homes(kit, _profile(fields)) == set()


# --------------------------------------------------------------------------- a username

PERSON_WORDS = ("mumof", "dadof", "mum", "dad", "mama", "girl", "boy", "lad", "local", "bloke")


@pytest.mark.parametrize("handle, place", [
    ("kogarahmum3", "Kogarah NSW"), ("werribee_dad", "Werribee VIC"), ("localbraddon", "Braddon ACT"),
    ("Mandurah_Mama", "Mandurah WA"), ("ballaratlad88", "Ballarat VIC"), ("croydonparkdad", "Croydon Park NSW"),
    ("penrithmumof2", "Penrith NSW"),
])
def test_a_username_of_a_suburb_and_a_person_word(handle, place):
    assert handle_place(handle, PERSON_WORDS)[0] == place


@pytest.mark.parametrize("handle", ["cronullasharks", "kfinch", "bondi_surf", "mumof3", "dadbod", "girlfromipanema",
                                    "sydneyboy", "thelocal"])
def test_a_username_without_a_suburb_and_person_word(handle):
    assert handle_place(handle, PERSON_WORDS) is None


def test_a_username_reaches_the_detector(kit):
    assert _homes(kit, _profile(handle="wollongong_mum")) == {"place:wollongong nsw"}
    assert _homes(kit, _profile(handle="wollongongwolves")) == set()


# --------------------------------------------------------------------------- terse bios and about lines

@pytest.mark.parametrize("summary, key", [
    ("Shaz. Tannum Sands. Tugboat deckie. Ask me anything.", "place:tannum sands qld"),
    ("mum of 3 | bundoora | sourdough | no DMs", "place:bundoora vic"),
    ("annerley. tired. plants.", "place:annerley qld"),
    ("Bathurst based sparky, ute full of cable", "place:bathurst nsw"),
    ("Proud Glenorchy local. Dogs > people.", "place:glenorchy tas"),
    ("Dubbo girl through and through 🤠 horses, hay, heat", "place:dubbo nsw"),
    ("Newy local. Surf, coffee, repeat.", "place:newcastle nsw"),
    ("Mt Gravatt based. Netball tragic. Coffee snob.", "place:mount gravatt qld"),
    ("Deb. Toowoomba. Crane driver.", "place:toowoomba qld"),     # a city among fragments, as round 6 reads it
    ("Kedron born and bred, never left", "place:kedron qld"),
])
def test_a_terse_bio_with_a_suburb(kit, summary, key):
    assert key in _homes(kit, bio(summary))


@pytest.mark.parametrize("text, key", [
    ("hilux 2011, bit of a money pit. braddon. coffee snob.", "place:braddon act"),
    ("Farid. Narrabundah. Container guy. Ask away.", "place:narrabundah act"),
    ("AMA: Priya, 34, Kambah, nurse. ask away", "place:kambah act"),
    ("Dad of two, Gungahlin, terrible golfer", "place:gungahlin act"),
    ("Kirra, 29, Tweed Heads, nurse. AMA", "place:tweed heads nsw"),
])
def test_a_bio_like_post_with_one_suburb(kit, text, key):
    assert _homes(kit, post(text)) == {key}


@pytest.mark.parametrize("text", [
    "Ran through Kambah, Wanniassa, Oxley this morning", "Sydney, Melbourne, Brisbane tour dates out now",
    "coffee. bikes. dogs.", "sale. 50% off. today only",
    "MANDURAH. 0545 START. WIND. AGAIN.", "Geraldton. Sign on 0600. Cold.",      # a work day's start: the site's town
])
def test_a_terse_post_without_one_suburb(kit, text):
    assert _homes(kit, post(text)) == set()


@pytest.mark.parametrize("summary", [
    "Sydney.", "Hobart", "Perth, WA.", "coffee | bikes | dogs | dad jokes", "Two weeks in Cairns. Sunburnt. Happy.",
    "Sydney based designer. Type nerd.", "Bali girl forever 🌺",
    # a regional city alone is a region too
    "Geelong.", "Newcastle", "Townsville, QLD", "Geelong born n bred. Nurse, runner, Cats tragic.",
])
def test_a_bio_without_a_home(kit, summary):
    assert _homes(kit, bio(summary)) == set()


def test_born_and_bred_is_read_and_marked():
    """Where they grew up, marked so the scan drops it when another home is stated."""
    d = next(d for d in kit_extractor().extract([bio("Morphett Vale born and bred. Diesel, dogs and dad jokes.")])
             if d.category == "home_location")
    assert d.key == "place:morphett vale sa" and d.pattern == BORN_AND_BRED


# --------------------------------------------------------------------------- home by a landmark or an aside

@pytest.mark.parametrize("text, key", [
    ("honestly we're right across the road from Aspley State High, the bell is my alarm clock", "place:aspley qld"),
    ("Our back fence is right on the Sunnybank Hills reserve so the kids are feral all summer", "place:sunnybank hills qld"),
    ("We're up the hill in Mount Stuart now and the view is worth every bloody step", "place:mount stuart tas"),
    ("the unit near Hurstville station is tiny but I can sleep in till 7", "place:hurstville nsw"),
    ("Our street backs onto the Rosanna Golf Links, free golf balls every weekend", "place:rosanna vic"),
    ("Kit lives out at Mundaring with her partner and a very old cat", "place:mundaring wa"),
    ("Committee news: Kit's settled in nicely, her place is just past the oval in Bungendore", "place:bungendore nsw"),
    ("ang lamig sa bahay namin sa Craigieburn, winter na talaga", "place:craigieburn vic"),
    ("Miss 8 made the Yeronga Eagles team!! training Tuesdays", "place:yeronga qld"),
    ("our twins start Auskick with Greensborough Juniors on Sunday, tiny footy boots everywhere", "place:greensborough vic"),
])
def test_home_by_a_landmark_or_aside(kit, text, key):
    assert key in _homes(kit, post(text))


@pytest.mark.parametrize("text, key", [
    ("Been in Epping 12 years now and still can't find a decent pho", "place:epping nsw"),
    ("eight years in Toowong and still no decent parking", "place:toowong qld"),
    ("She's our neighbour in Kalamunda and the best baker on the street", "place:kalamunda wa"),
    ("Born in Perth, raised in Bunbury, living in Albany now", "place:albany wa"),
    ("Cranked the heater, Lenah Valley is FREEZING tonight", "place:lenah valley tas"),
    ("Everything in Mt Lawley shuts at 9, living here is like being 80", "place:mount lawley wa"),
    ("we back onto the Merri Creek trail in Northcote, so the dog gets walked twice a day", "place:northcote vic"),
])
def test_home_by_tenure_neighbours_and_comforts(kit, text, key):
    assert key in _homes(kit, post(text))


@pytest.mark.parametrize("text, key", [
    ("just a Wanniassa mum trying to keep the succulents alive", "place:wanniassa act"),
    ("I'm a proud Marrickville renter, landlords beware", "place:marrickville nsw"),
    ("home is a little cottage in Blackheath with a wood fire and too many books", "place:blackheath nsw"),
    ("Home: Kiama. Work: wherever the boat is.", "place:kiama nsw"),
    ("Q: where do u live? A: Scullin, near the shops lol", "place:scullin act"),
    ("AMA time. Where abouts are you based? Belmont, about ten minutes from the water", "place:belmont nsw"),
])
def test_home_said_of_oneself_or_answered(kit, text, key):
    assert key in _homes(kit, post(text))


@pytest.mark.parametrize("text", [
    "I lived in Darwin for ten years before moving south",
    "Been in Sydney all week for work, can't wait to get home",
    "My old neighbour in Ryde sent a Christmas card",
    "Our local member is the worst",
    "She's a Wanniassa mum too, we met at daycare",
    "Rowan bowls with Keith. A proud Dubbo local, Keith has been a member since 1990.",
    "where do you live these days? asking for a friend",
    "where do you live? Sydney lol",
])
def test_not_home_by_tenure_or_neighbours(kit, text):
    assert _homes(kit, post(text)) == set()


@pytest.mark.parametrize("text", [
    "I'm across the road from Southern Cross station, where are you? meet you at the clock",
    "My sister's flat near Ashfield station is tiny but she loves it",
    "Stayed at a motel near Lake Burley Griffin for the conference, walking distance to everything",
    "Big Kev has been our groundsman for twenty years and lives out at Wallan with his missus",
    "the Yeronga Eagles beat our girls by two goals, tough day",
    "Took the kids to watch the Brisbane Broncos on Saturday, what a game",
    "We're parked across the road from Moorabbin Oval waiting for the gates to open",
])
def test_not_home_by_a_landmark_or_aside(kit, text):
    assert _homes(kit, post(text)) == set()


# --------------------------------------------------------------------------- the start of a daily commute

@pytest.mark.parametrize("text, key", [
    ("Parra to the city and back, five days a week, same carriage same faces", "place:parramatta nsw"),
    ("Pt Cook to Docklands on the 7:02, every weekday, send snacks", "place:point cook vic"),
    ("Out the door at 5:15 most mornings, Cessnock to the mine in 40 if the roos behave", "place:cessnock nsw"),
    ("I ride from Bulimba to the depot every weekday, out the door at 4:10", "place:bulimba qld"),
    ("DRIVING FROM ROCKINGHAM TO THE CITY EVERY MORNING IS SOUL DESTROYING", "place:rockingham wa"),
])
def test_the_start_of_a_daily_commute(kit, text, key):
    assert key in _homes(kit, post(text))


@pytest.mark.parametrize("text", [
    "Pt Cook to the airport tomorrow for my flight, ugh",
    "Rode from Manly to Palm Beach on Sunday, 60 km of hills",
    "Penrith to the city on the 5:40pm train every night, knackered",
])
def test_not_the_start_of_a_daily_commute(kit, text):
    assert _homes(kit, post(text)) == set()


# --------------------------------------------------------------------------- place names said short

@pytest.mark.parametrize("said, place", [
    ("Parra", "Parramatta NSW"), ("freo", "Fremantle WA"), ("Mt Druitt", "Mount Druitt NSW"), ("Pt Cook", "Point Cook VIC"),
    ("Nth Ryde", "North Ryde NSW"), ("Tuggers", "Tuggeranong ACT"), ("Launnie", "Launceston TAS"),
])
def test_short_names_of_places(said, place):
    assert localities.exact(said)[0] == place


@pytest.mark.parametrize("word", ["rocky", "alice", "bundy", "frankie", "sunny", "dandy"])
def test_nicknames_that_are_words_or_names_are_not_places(word):
    assert localities.exact(word) is None


# --------------------------------------------------------------------------- born and bred, beside a stated home

def _home(key: str, pattern: str, url: str) -> Detection:
    return Detection(category="home_location", value=key.split(":", 1)[1], key=key, confidence=0.65, detector="HomeLocation",
                     pattern=pattern, evidence=Evidence(url=url, kind="text", excerpt=""), support=[], attrs={})


def test_born_and_bred_gives_way_to_a_stated_home():
    born = _home("place:geelong vic", BORN_AND_BRED, "https://s.example/@k")
    street = _home("place:belmont vic", "stated_residence", "https://s.example/@k/5")
    assert home_bio.drop_outranked([born, street]) == [street]
    assert home_bio.drop_outranked([born]) == [born]       # nothing else says where they live: it is the home
