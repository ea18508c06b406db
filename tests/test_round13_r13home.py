"""Round 13 (r13home): home said in passing, in terse bios and in photos. Every person and home is fictional.

- a terse bio's city with its suburb in brackets, after a comma or dash, or the other way round, even beside the
  employer (analysis/detect/detectors/home_fragments.py); a bio signed off "from <Suburb>" / "out of <Suburb>";
  a city fragment beside its own suburb's fragment is the suburb;
- the writer's home said beside a suburb in an aside: their road, neighbours, bins, front door, "where we live",
  the last bit home, minutes from home, the new place (`home_beside` in data/lexicons/home_location.toml);
- a post whose place is named "Home"; a geotagged photo on the couch or from the week they moved in; two photos of
  one spot on different days with the yard's tree, the hammock or the suburb's hashtag (analysis/link/home_spot.py).
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.detectors.home_fragments import city_suburb, signed_from
from footprint.analysis.pipeline import detect
from footprint.crawler.items import ImageItem, PostItem, ProfileItem
from footprint.crawler.orgs import load_org

from kit_posts import PROFILE, SUBJECT, bio, kit_extractor, post


@pytest.fixture(scope="module")
def kit():
    return kit_extractor()


def _homes(kit, item) -> set[str]:
    return {d.key for d in kit.extract([item]) if d.category == "home_location"}


@pytest.mark.parametrize("fragment, suburb", [
    ("Canberra (Wanniassa)", "Wanniassa ACT"),
    ("Brisbane, Wynnum to be exact", "Wynnum QLD"),
    ("Subiaco, Perth", "Subiaco WA"),
    ("Hobart: Moonah", "Moonah TAS"),
    ("Melbourne (Bentleigh-ish)", "Bentleigh VIC"),
    ("Melbourne (Bentleighton)", None),           # a name no table knows: nothing guessed
    ("Sydney (Subiaco)", None),                   # a suburb of another state's city
    ("Perth, Adelaide", None),                    # two cities
    ("Coffee, Kambah", None),                     # no city
])
def test_city_suburb(fragment, suburb):
    found = city_suburb(fragment)
    assert (found[0] if found else None) == suburb


@pytest.mark.parametrize("text, key", [
    ("Ranger turned policy officer at Home Affairs. Darwin (Rapid Creek). Barra when the tide's right.", "place:rapid creek nt"),
    ("Grant writer | Adelaide (Glenelg) | dog mum", "place:glenelg sa"),
    ("Perth, Armadale technically. Cricket tragic, worse umpire.", "place:armadale wa"),
    ("Hobart — Sorell. Beekeeper. Night shift survivor.", "place:sorell tas"),
    ("Melbourne. Box Hill. Dumplings, debt, dad jokes.", "place:box hill vic"),
    ("Pickles, preserves and petty complaints from Indooroopilly", "place:indooroopilly qld"),
    ("Slow runs and fast opinions out of Dee Why.", "place:dee why nsw"),
    # near misses
    ("Originally from Ringwood. Now all over the place.", None),
    ("Photos and yarns from Darwin", None),                        # a city is a region, not a home
    ("Travel notes from Manly and beyond", None),
    ("Sydney (Subiaco in my dreams)", None),
])
def test_terse_bio_home(kit, text, key):
    homes = _homes(kit, bio(text))
    assert (key in homes) if key else not homes


@pytest.mark.parametrize("text, key", [
    ("Possum in the roof again, the whole of our street in Ngunnawal can hear it", "place:ngunnawal act"),
    ("the neighbours in Palmerston have got the karaoke out, send help", "place:palmerston nt"),
    ("Got off the tram at the Preston shops and walked home in the drizzle", "place:preston vic"),
    ("bins out in Chermside at 11.58pm, the truck comes at 6", "place:chermside qld"),
    ("The Frankston netball courts are round the corner from our place, Miss 9 has no excuse", "place:frankston vic"),
    ("Fog so thick in Kew this morning I couldn't see past our front gate", "place:kew vic"),
    ("saw a fox trot past our place in Lyneham at dawn", "place:lyneham act"),
    ("Kit and his husband Mateo live in Sandgate with a very old kelpie.", "place:sandgate qld"),
    ("Lindisfarne parkrun is five minutes from home so I really have no excuse", "place:lindisfarne tas"),
    ("second winter in this house in Mitchelton and the heater still rattles", "place:mitchelton qld"),
    ("moved into the Subiaco flat last week, still no internet", "place:subiaco wa"),
    ("first night at our Ashgrove place, eating pizza off a box", "place:ashgrove qld"),
    ("Woke to kookaburras on the back fence, Mitchelton mornings are the best", "place:mitchelton qld"),
    ("Our Thornbury place sold!! On to the next chapter in the hills", None),
    ("Mum's Kew house is finally on the market", None),
    ("The Glenelg place we stayed at had the best view", None),
    # near misses
    ("My brother's neighbours in Karrinyup keep peacocks, wild", None),
    ("Our old neighbours from Glenelg came for lunch", None),
    ("Walked home from the Joondalup game in the rain, we lost by 40", None),
    ("Visiting the in-laws in Unley, their neighbours are lovely", None),
])
def test_home_beside_a_suburb(kit, text, key):
    homes = _homes(kit, post(text))
    assert (key in homes) if key else not homes


K = (-35.2181, 149.1052)       # a fictional home's point (GeoNames calls it Belconnen)


def _post(i: int, text: str, location: dict | None = None) -> PostItem:
    return PostItem(profile=PROFILE, url=f"{PROFILE}/{i}", platform="activitypub", text=text,
                    published="2026-03-0%dT09:00:00Z" % i, location=location)


def _img(i: int, lat: float, lon: float, day: int) -> ImageItem:
    return ImageItem(profile=PROFILE, url=f"https://media.example/k/{i}.jpg", sha256=str(i) * 64,
                     post_url=f"{PROFILE}/{i}", lat=lat, lon=lon, taken_at=f"2026:03:0{day} 15:00:00")


def _home_findings(items) -> list:
    return [d for d in detect([bio("Border Force officer."), *items], load_org("dibp"), SUBJECT, [])
            if d.category == "home_location"]


@pytest.mark.parametrize("name, home", [
    ("Home", True), ("home sweet home", True), ("Our place", True), ("🏡", True),
    ("Home Cafe Kaleen", False), ("Home Affairs Belconnen", False), ("Homebush", False),
    # round 15: home labelled, then where it is
    ("Home, 14 Wattle Cres", True), ("home - Kaleen", True), ("🏠 Kaleen", True), ("Home: Kaleen ACT", True),
    ("Home Beach", False), ("Home Depot, Kaleen", False),
])
def test_post_place_named_home(name, home):
    found = _home_findings([_post(1, "pancakes for dinner", {"name": name, "lat": K[0], "lon": K[1]})])
    assert bool(found) is home


@pytest.mark.parametrize("captions, home", [
    (["Flat out on the couch after the longest week"], True),
    (["The week we moved in: boxes, pizza, no curtains"], True),
    (["Birthday cake at ours for Mr 6"], True),
    (["First figs off the fig tree", "Storm rolling in, the hammock can wait"], True),      # two days, one spot
    (["Autumn colours #kaleen", "Frosty start #kaleen"], True),                            # the suburb's own hashtag
    # near misses
    (["On the couch at the hotel, conference tomorrow"], False),
    (["Autumn colours #kaleen"], False),                          # one photo with a hashtag says where, not home
    (["First figs off the fig tree"], False),                     # one yard-ish cue alone
])
def test_photos_with_home_words(captions, home):
    items = []
    for i, cap in enumerate(captions, 1):
        items += [_post(i, cap), _img(i, K[0] + 0.0001 * i, K[1], i)]
    assert bool(_home_findings(items)) is home


@pytest.mark.parametrize("text, suburb", [
    ("Bread and bad puns from Footscray", "Footscray VIC"),
    ("Born and raised in Kew, writing from Footscray", None),   # "raised" in the same line: origin talk
    ("Greetings from Footscray", None),
    ("Stories from Melbourne", None),
])
def test_signed_from(text, suburb):
    found = signed_from(text)
    assert (found[0] if found else None) == suburb


@pytest.mark.parametrize("text, key", [
    ("Prospect local. Two kids. Cricket.", "place:prospect sa"),
    ("Research VIC 3095. Beekeeper. Grandad.", "place:research vic"),
    ("Adelaide (Prospect). Tennis. Tea.", "place:prospect sa"),
    # near misses: a town's name that is a word or a given name, alone among bio fragments
    ("Research. Teaching. Coffee. Repeat.", None),
    ("Hope. Faith. Gin.", None),
    ("Keith. Dad. Fisherman.", None),
    ("Plenty. Of. Nothing.", None),
])
def test_word_towns_need_a_cue(kit, text, key):
    homes = _homes(kit, bio(text))
    assert (key in homes) if key else not homes


def _home(value: str, kind: str, confidence: float, url: str) -> "Detection":
    from footprint.analysis.findings import Detection, Evidence
    return Detection(category="home_location", value=value, key=f"place:{value}", confidence=confidence,
                     detector="HomeLocationDetector", pattern="test", evidence=Evidence(url=url, kind="text", excerpt=value),
                     support=[value], attrs={"place": value, "place_kind": kind})


@pytest.mark.parametrize("coarse, fine, folded", [
    (("Tuggeranong ACT", "suburb", 0.7), ("Kambah ACT", "suburb", 0.8), True),     # a district and one of its suburbs
    (("Canberra ACT", "city", 0.5), ("Kambah ACT", "suburb", 0.8), True),          # a city and a suburb of its state
    (("Geelong VIC", "suburb", 0.6), ("Corio VIC", "suburb", 0.7), True),          # a regional city
    # near misses
    (("Perth WA", "city", 0.5), ("Kambah ACT", "suburb", 0.8), False),             # another state
    (("Tuggeranong ACT", "suburb", 0.7), ("Ngunnawal ACT", "suburb", 0.8), False),  # not one of its suburbs
    (("Canberra ACT", "city", 0.9), ("Kambah ACT", "suburb", 0.6), False),         # the finer one said less surely
])
def test_fold_coarse_home(coarse, fine, folded):
    from footprint.analysis.link.home_fold import fold_coarse
    out = fold_coarse([_home(*coarse, "https://x.example/1"), _home(*fine, "https://x.example/2")])
    keys = {d.key for d in out if d.category == "home_location"}
    assert (keys == {f"place:{fine[0]}"}) is folded
    assert len(out) == 2          # evidence is kept either way


def test_fold_needs_one_finer_home():
    """Two suburbs in the city's state: which one the city stands for is not said, so nothing is folded."""
    from footprint.analysis.link.home_fold import fold_coarse
    out = fold_coarse([_home("Canberra ACT", "city", 0.5, "https://x.example/1"),
                       _home("Kambah ACT", "suburb", 0.8, "https://x.example/2"),
                       _home("Ngunnawal ACT", "suburb", 0.8, "https://x.example/3")])
    assert "place:Canberra ACT" in {d.key for d in out}


@pytest.mark.parametrize("handle, key", [
    ("sandgategran", "place:sandgate qld"),
    ("moonah_renter", "place:moonah tas"),
    ("thornbury_nonna", "place:thornbury vic"),
    # near misses: a team, a trade
    ("sandgatesharks", None),
    ("wynnumbaker", None),
])
def test_handle_with_kin_or_residence_word(kit, handle, key):
    item = ProfileItem(profile=PROFILE, url=PROFILE, platform="activitypub", name=SUBJECT, summary="Border Force officer.",
                       handle=handle)
    homes = {k.lower() for k in _homes(kit, item)}
    assert (key in homes) if key else not homes
