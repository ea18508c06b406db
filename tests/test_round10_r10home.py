"""Round 10 (r10home): home said or shown informally. Every person, place of residence and photo is fictional.

- one geotagged photo whose post says home in one word, or shows a part of a house (analysis/link/home_spot.py,
  analysis/detect/detectors/home_scene.py), and a post's own place said to be home (the detector's analyze_item);
- home said in passing (our corner, a house style, a rented room, a house up at a locality, streets from the shops,
  a family living above a shop), a forum "about" line with a region after its suburb;
- suburbs of regional and remote towns the tables did not know (data/patterns/suburbs_au.tsv).
"""
from __future__ import annotations

import math
import re
from datetime import datetime

import pytest

from footprint.analysis.detect import localities
from footprint.analysis.detect.detectors.home_scene import scene
from footprint.analysis.link.home_spot import infer_home_spot
from footprint.crawler.items import ImageItem, PostItem, ProfileItem
from footprint.crawler.orgs import load_org

from kit_posts import PROFILE as KIT, bio as kit_bio, kit_extractor, post as kit_post

PROFILE = "https://social.example/@tamsin"
HOME = (-19.2810, 146.7760)          # a fictional yard in a Townsville suburb


def _shot(i: int, when: datetime, text: str, dx: float = 0.0, dy: float = 0.0, centre=HOME):
    """A photo `dx`, `dy` metres from `centre`, attached to a post saying `text`."""
    lat = centre[0] + dy / 111_320
    lon = centre[1] + dx / (111_320 * math.cos(math.radians(centre[0])))
    post_url = f"{PROFILE}/posts/{i}"
    return [ImageItem(profile=PROFILE, url=f"https://media.example/tamsin/{i}.jpg", sha256=f"{i:064x}", post_url=post_url,
                      lat=lat, lon=lon, taken_at=when.strftime("%Y:%m:%d %H:%M:%S")),
            PostItem(profile=PROFILE, url=post_url, platform="activitypub", text=text,
                     published=when.strftime("%Y-%m-%dT%H:%M:%SZ"))]


WED_AM, SUN = datetime(2026, 5, 6, 8, 20), datetime(2026, 5, 10, 15, 5)

# --------------------------------------------------------------------------- one photo with a word of home

ONE_PHOTO = {
    "just Home.": ("Home.", True),
    "fifo home week": ("home week 🙌 the lawn is a jungle and the dog won't let me out of his sight", True),
    "home for a fortnight": ("Off the boat. home for a fortnight, finally", True),
    "days off at home": ("days off, home, doing absolutely nothing", True),
    "all caps": ("HOME!!! 21 days on the rigs done and dusted", True),
    "balcony plants": ("Sunday. coffee and the chillies on the balcony are going mad", True),
    "out the front": ("first frangipani out the front has flowered", True),
    "kitchen bench": ("lanyard's off and on the kitchen bench where it belongs", True),
    "clothesline": ("the clothesline's finally up, only took me three weekends", True),
    "our front gate": ("storm took out our front gate overnight", True),
    # near misses: home as where the writer is going, a team's ground, someone else's place, somewhere public
    "heading home": ("heading home, what a day", False),
    "on my way home": ("on my way home, traffic's a shocker", False),
    "home game": ("home game today, up the Cowboys", False),
    "home time": ("home time! 🍻", False),
    "nearly home": ("nearly home", False),
    "resort balcony": ("cocktails on the balcony at the resort", False),
    "mum's balcony": ("Mum's balcony, best view in town", False),
    "dog at the park": ("the dog at the park this morning, mud everywhere", False),
    "botanic gardens": ("walk round the botanic gardens before lunch", False),
    "a dog alone": ("the dog is very pleased with himself", False),
    "front of the station": ("out the front of the station waiting for a cab", False),
}


@pytest.mark.parametrize("text, home", ONE_PHOTO.values(), ids=ONE_PHOTO.keys())
def test_one_photo_with_a_word_of_home(text, home):
    found = infer_home_spot(_shot(0, WED_AM, text))
    assert bool(found) is home
    if home:
        assert {d.pattern for d in found} == {"one_spot_with_home_words"}
        assert found[0].confidence >= 0.5 and abs(found[0].attrs["lat"] - HOME[0]) < 0.001
        assert re.search(r"-19\.28\d\d, 146\.77\d\d", found[0].evidence.excerpt)     # the point, for the reader


def test_the_same_spot_on_two_days_with_parts_of_a_house():
    """A lanyard on the kitchen bench one weekday morning, the balcony plants on a Sunday: one home."""
    items = _shot(0, WED_AM, "lanyard on the kitchen bench, coffee, go") + _shot(1, SUN, "basil on the balcony has gone feral", 6, -4)
    found = infer_home_spot(items)
    assert {d.pattern for d in found} == {"repeated_spot_with_home_words"} and len({d.key for d in found}) == 1


def test_one_photo_at_a_work_site_is_not_home():
    org = load_org("dibp")
    site = next(s for s in org.sites if s.lat is not None)
    assert infer_home_spot(_shot(0, WED_AM, "Home.", centre=(site.lat, site.lon)), org=org) == []


# --------------------------------------------------------------------------- a post's own place said to be home

def _placed(text: str, lat=-27.4430, lon=153.0160, name=""):
    loc = {"lat": lat, "lon": lon, **({"name": name} if name else {})}
    return PostItem(profile=KIT, url=f"{KIT}/placed", platform="feed", text=text, location=loc,
                    published="2026-05-09T06:30:00Z")


@pytest.fixture(scope="module")
def kit():
    return kit_extractor()


PLACED = {
    "front door": ("six hill repeats straight out our front door, legs are jelly", True),
    "from the garden": ("a pic from the garden this arvo, the grevillea is full of lorikeets", True),
    "back deck at our place": ("storm rolling in, watched it from the back deck at our place", True),
    "our back fence": ("the creek from our back fence after all that rain", True),
    "terse Home": ("Home.", True),
    "home week": ("home week. fishing rod is already in the ute", True),
    # near misses: a post's place that is a visit, a park, a team's ground, home as where the writer is going
    "visiting": ("visiting Nan, her garden is a jungle", False),
    "park": ("hill repeats at the park, legs are jelly", False),
    "home game": ("home game at the ground tonight", False),
    "heading home": ("heading home after the markets", False),
}


@pytest.mark.parametrize("text, home", PLACED.values(), ids=PLACED.keys())
def test_post_place_said_to_be_home(kit, text, home):
    found = [d for d in kit.extract([_placed(text)]) if d.category == "home_location"]
    assert bool(found) is home
    if home:
        assert "-27.4430, 153.0160" in found[0].evidence.excerpt       # the point, whatever the place's name
        assert found[0].attrs["lat"] == pytest.approx(-27.443)


def test_post_place_with_a_name_still_carries_its_point(kit):
    found = [d for d in kit.extract([_placed("a pic from the garden this arvo", name="Newmarket")])
             if d.category == "home_location"]
    assert found and found[0].value.startswith("Newmarket") and "-27.4430, 153.0160" in found[0].evidence.excerpt


# --------------------------------------------------------------------------- home said in passing

SAID = {
    "our corner": ("the bakery on our corner in Coorparoo does a wicked vanilla slice", "place:coorparoo qld"),
    "back home after the trip": ("Back home in Wendouree after the trip, washing machine hasn't stopped", "place:wendouree vic"),
    "renting a room off a cousin": ("renting the sleepout off my cousin in Kangaroo Flat till settlement", "place:kangaroo flat vic"),
    "our little weatherboard": ("Six years in our little weatherboard in Golden Square and the floorboards still creak",
                                "place:golden square vic"),
    "house out at": ("Quiet little house out at Nerrina, just us and the roos", "place:nerrina vic"),
    "streets from the shops": ("we're three streets back from the Manunda shops, handy for milk runs", "place:manunda qld"),
    "all caps fibro": ("ALL MOVED IN!!! our fibro in Calala finally has curtains", "place:calala nsw"),
    "bungalow up in": ("quick update from the bungalow up in Trinity Park, mangoes everywhere", "place:trinity park qld"),
    "two-bedder": ("lowkey obsessed w our two-bedder in Hermit Park", "place:hermit park qld"),
    "she and her husband live above": ("Kit Finch has run the canteen roster for years. She and her husband live above "
                                       "the bakery in Redan.", "place:redan vic"),
    # small localities the tables did not know
    "home in a pilbara suburb": ("Home in South Hedland after twelve days on the barge", "place:south hedland wa"),
    "our unit by the beach": ("our unit in Cable Beach has a gecko in every corner", "place:cable beach wa"),
    "island lawn": ("Mowed the lawn in Burnt Pine, cows watching over the fence", "place:burnt pine nsw"),
    "live up in": ("we live up in Larapinta now, the ranges at sunset never get old", "place:larapinta nt"),
    # more of the same kinds, said otherwise
    "the pub on our corner": ("the pub on our corner in Redan has a new chef and it's dangerous", "place:redan vic"),
    "renting above a bakery": ("renting a tiny studio above a bakery in Earlville, smells amazing every morning",
                               "place:earlville qld"),
    "sharing a place with": ("sharing a place with two nurses in Manunda, never a dull moment", "place:manunda qld"),
    "humble abode": ("our humble abode in Kangaroo Flat survived the storm", "place:kangaroo flat vic"),
    "after the holidays": ("back home in Eaglehawk after the holidays and the cat is furious", "place:eaglehawk vic"),
    "we live above the shop": ("The kids and I live upstairs above the shop in Redan, commute is 14 stairs",
                               "place:redan vic"),
    "settled into a rental": ("Just settled into a rental out at Nerrina, the roos come right up to the fence",
                              "place:nerrina vic"),
    "new digs": ("loving the new digs in Youngtown", "place:youngtown tas"),
    "by name, with family": ("Kit Finch and her family live upstairs above the newsagency in Rockville.", "place:rockville qld"),
    "by first name, with partner": ("Kit and his partner live in Wandal with three cats.", "place:wandal qld"),
    "island locality": ("Our little fibro in Poon Saan rattles every time the wind swings round", "place:poon saan wa"),
}

NOT_SAID = {
    "a team": "Great game against Redan today, we got flogged",
    "a trip ahead": "Road trip to Cable Beach next month, can't wait",
    "someone else's weatherboard": "Visiting my sister's little weatherboard in Golden Square",
    "a mate renting": "Dazza's renting a room in Mowbray, helping him move his stuff",
    "a house for sale": "Drove past a quiet house up at Nerrina that's for sale",
    "streets from the shops, someone else": "The crash was two streets from the Manunda shops",
    "a colleague above a shop": "My colleague Dana Pryce is a legend. She and her husband live above the bakery in Redan.",
    "renting a car": "Renting a car in Cable Beach for the week",
    "a cottage for the long weekend": "We stayed in a cute cottage in Golden Square for the long weekend",
    "a brother renting": "My brother's renting a studio above a bakery in Earlville",
    "the pub on the corner": "The pub on the corner in Redan was packed for the grand final",
    "a home game": "Playing Eaglehawk at home this Saturday",
    "someone else by name, with family": "Kit has coached our under 9s for years. Dana Pryce and her family live above the "
                                         "shop in Redan.",
}


@pytest.mark.parametrize("text, key", SAID.values(), ids=SAID.keys())
def test_home_said_in_passing(kit, text, key):
    assert {d.key.lower() for d in kit.extract([kit_post(text)]) if d.category == "home_location"} == {key}


@pytest.mark.parametrize("text", NOT_SAID.values(), ids=NOT_SAID.keys())
def test_not_home_said_in_passing(kit, text):
    assert [d.key for d in kit.extract([kit_post(text)]) if d.category == "home_location"] == []


# --------------------------------------------------------------------------- a forum "about" line: a suburb and its region

ABOUT = {
    "south east melb": ("Torana tragic, fourth rebuild. Cranbourne, south east Melb.", "place:cranbourne vic"),
    "town way": ("Sparky. Holden nut. Mowbray, Launceston way.", "place:mowbray tas"),
    "northside": ("Cert IV chippy | ute tragic | Aitkenvale, northside", "place:aitkenvale qld"),
    "out west": ("Grandad of four. Penrith, out west. Ford man till I die.", "place:penrith nsw"),
}


@pytest.mark.parametrize("summary, key", ABOUT.values(), ids=ABOUT.keys())
def test_about_line_suburb_and_region(kit, summary, key):
    as_bio = {d.key.lower() for d in kit.extract([kit_bio(summary)]) if d.category == "home_location"}
    as_post = {d.key.lower() for d in kit.extract([kit_post("About me: " + summary)]) if d.category == "home_location"}
    assert as_bio == {key} and as_post == {key}


@pytest.mark.parametrize("summary", [
    "Supporter of the Cats, Geelong way of life.",
    "Ford man. Drove the Hume, Melbourne way, twice a month for work.",
])
def test_about_line_without_a_home(kit, summary):
    assert [d for d in kit.extract([kit_bio(summary)]) if d.category == "home_location"] == []


# --------------------------------------------------------------------------- regional and remote suburbs

@pytest.mark.parametrize("name, state", [("Burnt Pine", "NSW"), ("Middlegate", "NSW"), ("Redan", "VIC"), ("Nerrina", "VIC"),
                                         ("South Hedland", "WA"), ("Pretty Pool", "WA"), ("Cable Beach", "WA"),
                                         ("Bilingurr", "WA"), ("Larapinta", "NT"), ("Mica Creek", "QLD"),
                                         ("Whyalla Norrie", "SA"), ("Rocherlea", "TAS")])
def test_regional_suburbs_are_known(name, state):
    assert localities.lookup(name) == (f"{name} {state}", "suburb")


@pytest.mark.parametrize("word", ["Headstone", "Eureka", "Ironbark", "East Side"])
def test_words_that_are_not_read_as_suburbs(word):
    assert localities.exact(word) is None


@pytest.mark.parametrize("text, kind", [("Home.", "terse"), ("our back deck", "strong"), ("the balcony", "house"),
                                        ("mowed", "cue"), ("heading home", ""), ("Home Affairs open day", "")])
def test_scene_kinds(text, kind):
    assert scene(text)[0] == kind


def test_post_place_without_a_name_is_named_from_its_point(kit):
    """No place named: the nearest locality names the home (GeoNames, offline), the point stays beside it."""
    found = [d for d in kit.extract([_placed("Home.")]) if d.category == "home_location"]
    assert found and found[0].value.endswith(" QLD") and found[0].key == "geo:-27.443,153.016"


def test_post_place_takes_the_suburb_its_words_state():
    """A blog post with a georss point at home that GeoNames calls the next suburb over, whose words state the suburb:
    one home, named once by the words, the point beside it."""
    from footprint.analysis.link.linking import link
    from footprint.analysis.pipeline import detect
    post = PostItem(profile=KIT, url=f"{KIT}/loaf", platform="feed", published="2026-01-04T05:00:00Z",
                    text="Fed the starter at the kitchen bench in Kambah with the window open.",
                    location={"lat": -35.3840, "lon": 149.0580})
    homes = [f for f in link(detect([post], load_org("dibp"), "Kit Finch", ["kfinch"])) if f.category == "home_location"]
    assert [f.key.lower() for f in homes] == ["place:kambah act"]


def test_post_place_takes_its_own_words_suburb_over_another_stated_elsewhere():
    from footprint.analysis.link.linking import link
    from footprint.analysis.pipeline import detect
    at_home = PostItem(profile=KIT, url=f"{KIT}/loaf", platform="feed", published="2026-01-04T05:00:00Z",
                       text="Fed the starter at the kitchen bench in Kambah with the window open.",
                       location={"lat": -35.3840, "lon": 149.0580})
    commute = PostItem(profile=KIT, url=f"{KIT}/bus", platform="feed", published="2026-01-05T20:00:00Z",
                       text="Home in Tuggeranong at last, what a week.")
    homes = {f.key.lower() for f in link(detect([at_home, commute], load_org("dibp"), "Kit Finch", ["kfinch"]))
             if f.category == "home_location"}
    assert "place:kambah act" in homes and not any(k.startswith("geo:") for k in homes)


def test_a_photos_alt_text_reaches_home_spot():
    """A Mastodon post that says only "Sunday." with one geotagged photo described "Basil on the balcony": the
    description is part of the post the adapter yields, so the photo's own words place the home."""
    import json
    from footprint.crawler.adapters import parse
    note = {"@context": "https://www.w3.org/ns/activitystreams", "id": f"{PROFILE}/posts/9", "type": "Note",
            "content": "<p>Sunday.</p>", "published": "2026-05-10T05:05:00Z",
            "attachment": [{"type": "Document", "mediaType": "image/jpeg", "url": "https://media.example/tamsin/9.jpg",
                            "name": "Basil on the balcony, gone feral"}]}
    parsed = parse("activitypub", f"{PROFILE}/posts/9", json.dumps(note).encode(), PROFILE, "application/activity+json")
    posts = [i for i in parsed.items if isinstance(i, PostItem)]
    photo = ImageItem(profile=PROFILE, url="https://media.example/tamsin/9.jpg", sha256="9" * 64, post_url=posts[0].url,
                      lat=HOME[0], lon=HOME[1], taken_at="2026:05:10 15:05:00")
    found = infer_home_spot(posts + [photo])
    assert found and found[0].support == ["the balcony"]
    assert infer_home_spot([PostItem(profile=PROFILE, url=posts[0].url, platform="activitypub", text="Sunday."), photo]) == []


def _asks(*texts):
    return [PostItem(profile=KIT, url=f"{KIT}/q{i}", platform="html", text=t, published="2026-03-0%dT01:00:00Z" % (i + 1))
            for i, t in enumerate(texts)]


@pytest.mark.parametrize("question, adds", [
    ("anyone know a good exhaust shop near Alfredton? old one closed", True),
    ("Alfredton mechanic recs? the Falcon's making a noise", True),
    ("looking for a reliable sparky around alfredton, must do small jobs", True),
    ("where can I get a decent flat white in Alfredton before 6", True),
    # near misses: a question for a trip or a visit, a place that is not the home, a statement with no question
    ("any good cafes near Alfredton? visiting Mum next week", False),
    ("anyone know a good exhaust shop near Wendouree?", False),
    ("Alfredton traffic was a nightmare this morning", False),
])
def test_a_question_for_a_shop_near_the_home_is_its_evidence(question, adds):
    from footprint.analysis.link.linking import link
    from footprint.analysis.pipeline import detect
    about = kit_bio("Diesel fitter. LandCruiser nut. Alfredton, Ballarat way.")
    homes = [f for f in link(detect([about, *_asks(question)], load_org("dibp"), "Kit Finch", ["kfinch"]))
             if f.category == "home_location"]
    assert [f.key.lower() for f in homes] == ["place:alfredton vic"]          # never a home of its own
    assert (f"{KIT}/q0" in {e.url for e in homes[0].evidence}) is adds
