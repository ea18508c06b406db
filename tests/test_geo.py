"""Geotags, reverse geocoding, and home / work site / routine inference."""
from __future__ import annotations

import math
import random
from datetime import datetime, timedelta

import pytest

from footprint.analysis.link.geo import (GeoPoint, haversine_m, image_geotags, infer_home, infer_routine, infer_work_site,
                          post_geotags, reverse_geocode, to_points)
from footprint.crawler.orgs import load_org
from footprint.crawler.adapters.images import read_image_metadata
from footprint.crawler.items import ImageItem, PostItem
from tests.conftest import sample

PROFILE = "https://social.example/@alex"
HOME = (-33.8150, 151.0030)                 # a fictional home in Parramatta
SYDNEY_T1 = (-33.9366, 151.1664)


def _jitter(lat: float, lon: float, metres: float, rng: random.Random) -> tuple[float, float]:
    bearing, dist = rng.uniform(0, 2 * math.pi), rng.uniform(0, metres)
    dlat = dist * math.cos(bearing) / 111_320
    dlon = dist * math.sin(bearing) / (111_320 * math.cos(math.radians(lat)))
    return lat + dlat, lon + dlon


def _photo(i: int, lat: float, lon: float, when: datetime | None, *, posted_at: str | None = None) -> ImageItem:
    return ImageItem(profile=PROFILE, url=f"https://media.example/alex/{i}.jpg", sha256=f"{i:064x}",
                     post_url=f"{PROFILE}/{i}", posted_at=posted_at, lat=lat, lon=lon,
                     taken_at=when.strftime("%Y:%m:%d %H:%M:%S") if when else None,
                     make="Apple", model="iPhone 13")


def _series(centre, start: datetime, n: int, *, step=timedelta(days=1), spread_m=40.0, seed=1):
    rng = random.Random(seed)
    return [_photo(i, *_jitter(*centre, spread_m, rng), start + i * step) for i in range(n)]


# --------------------------------------------------------------------------- reverse geocoding

@pytest.mark.parametrize("lat, lon, expected", [
    (-33.8150, 151.0030, "Parramatta NSW"),        # GeoNames spells it "Paramatta": fixed
    (-37.8136, 144.9631, "Melbourne VIC"),
    (-35.2809, 149.1300, "Canberra ACT"),
    (43.4674, 11.8851, "Arezzo, IT"),
    (39.05134, -94.28877, "Blue Springs, US"),
    (91.0, 0.0, ""),
    (float("nan"), 10.0, ""),
])
def test_reverse_geocode(lat, lon, expected):
    assert reverse_geocode(lat, lon) == expected


# --------------------------------------------------------------------------- geotags

def test_image_geotag_fields():
    image = _photo(7, -33.81501, 151.00302, datetime(2026, 4, 5, 21, 14), posted_at="2026-04-05T11:20:00Z")
    [d] = image_geotags([image])
    assert (d.category, d.value, d.key) == ("geotag", "-33.8150, 151.0030 (Parramatta NSW)", "geotag:-33.8150,151.0030")
    assert d.evidence.kind == "image_metadata" and d.evidence.url == image.url
    assert d.evidence.excerpt == "GPS -33.8150, 151.0030; taken 2026-04-05 21:14; Apple iPhone 13"
    assert (d.evidence.posted_at, d.evidence.profile) == ("2026-04-05T11:20:00Z", PROFILE)
    assert d.attrs["post_url"] == f"{PROFILE}/7" and d.attrs["taken_at"] == "2026:04:05 21:14:00"


@pytest.mark.parametrize("lat, lon", [(None, None), (4294967295.0, 11.0), (0.0, 0.0), (float("nan"), 1.0),
                                      ("north", 1.0), (-33.8, None)])
def test_image_geotag_bad_coordinates_give_none(lat, lon):
    image = ImageItem(profile=PROFILE, url="https://media.example/x.jpg", sha256="0", lat=lat, lon=lon)
    assert image_geotags([image]) == []


def test_image_geotags_skip_non_images():
    assert image_geotags([None, "x", PostItem(PROFILE, f"{PROFILE}/1", "activitypub")]) == []


def test_post_geotag():
    post = PostItem(PROFILE, f"{PROFILE}/9", "activitypub", published="2026-04-05T09:00:00Z",
                    location={"name": "Parramatta Park", "lat": -33.8139, "lon": 150.9980})
    [d] = post_geotags([post])
    assert d.key == "geotag:-33.8139,150.9980" and d.evidence.kind == "post_metadata"


@pytest.mark.parametrize("location,fires", [
    ({"name": "Bondi Beach", "lat": -33.8915, "lon": 151.2767}, True),
    ({"lat": "-35.2809", "lon": "149.13"}, True),
    ({"lat": -37.81, "lon": 144.96}, True),
    ({"name": "Manly", "lat": -33.797, "lon": 151.286}, True),
    ({"lat": -12.46, "lon": 130.84}, True),
    ({"lat": -31.95, "lon": 115.86}, True),
    ({"lat": -27.47, "lon": 153.03}, True),
    ({"lat": -42.88, "lon": 147.33}, True),
    ({"lat": -34.93, "lon": 138.60}, True),
    ({"lat": -19.26, "lon": 146.82}, True),
    ({"name": "Enmore Theatre"}, False),
    ({"lat": "north", "lon": "east"}, False),
    ({"lat": 123.0, "lon": 500.0}, False),
    ({"lat": 0, "lon": 0}, False),
    ({"lat": float("nan"), "lon": 151.0}, False),
    (None, False),
])
def test_post_geotag_table(location, fires):
    dets = post_geotags([PostItem(PROFILE, f"{PROFILE}/1", "activitypub", text="Out and about.", location=location)])
    assert bool(dets) is fires
    if fires:
        assert dets[0].evidence.kind == "post_metadata" and dets[0].key.startswith("geotag:")


# real photos: read with the crawler's EXIF reader

REAL = [("DSCN0010.jpg", (43.46745, 11.88513)), ("IMG_5195.HEIC", (39.05134, -94.28877)),
        ("exiftool-GPS.jpg", (54.98967, -1.91417)), ("pillow-ultrahdr.jpg", (30.62765, 119.73877)),
        ("pillow-empty_gps_ifd.jpg", None), ("pillow-exif_gps.jpg", None)]


@pytest.mark.parametrize("name, expected", REAL)
def test_real_photo_geotags(name, expected):
    meta = read_image_metadata(sample(f"exif/{name}").read_bytes())
    item = ImageItem(profile=PROFILE, url=f"https://media.example/{name}", sha256="0", lat=meta.lat, lon=meta.lon,
                     taken_at=meta.taken_at, make=meta.make, model=meta.model, error=meta.error)
    found = image_geotags([item])
    if expected is None:
        assert found == []
    else:
        [d] = found
        assert (d.attrs["lat"], d.attrs["lon"]) == pytest.approx(expected, abs=1e-4)
        lat, lon = (float(x) for x in d.key.removeprefix("geotag:").split(","))
        assert (lat, lon) == pytest.approx(expected, abs=6e-5)       # 4 decimals


def test_truncated_photo_gives_no_geotag():
    meta = read_image_metadata(sample("exif/DSCN0010.jpg").read_bytes()[:300])
    item = ImageItem(profile=PROFILE, url="https://media.example/t.jpg", sha256="0", lat=meta.lat, lon=meta.lon)
    assert image_geotags([item]) == []


# --------------------------------------------------------------------------- home

@pytest.mark.parametrize("n", [5, 6, 9])
def test_home_from_night_photos(n):
    # weeknights at 22:30 on consecutive days, scattered 40 m around the home
    photos = _series(HOME, datetime(2026, 3, 2, 22, 30), n, seed=n)
    [d] = infer_home(photos)
    assert d.category == "home_location" and d.evidence.kind == "inferred"
    assert haversine_m(d.attrs["lat"], d.attrs["lon"], *HOME) < 150
    assert d.value == f"near Parramatta NSW (inferred from {n} night/weekend photos)"
    assert d.attrs["n"] == n and len(d.attrs["sources"]) == n


def test_home_confidence_grows_with_n():
    few = infer_home(_series(HOME, datetime(2026, 3, 2, 23, 0), 4))[0].confidence
    many = infer_home(_series(HOME, datetime(2026, 3, 2, 23, 0), 12))[0].confidence
    assert few < many <= 0.95


def test_home_from_weekend_daytime_photos():
    photos = _series(HOME, datetime(2026, 3, 7, 11, 0), 5, step=timedelta(days=7))   # Saturdays 11:00
    assert len(infer_home(photos)) == 1


def test_home_picks_densest_cluster():
    other = (-33.7000, 151.1000)
    photos = _series(HOME, datetime(2026, 3, 2, 22, 0), 8) + _series(other, datetime(2026, 3, 2, 23, 0), 4, seed=9)
    [d] = infer_home(photos)
    assert haversine_m(d.attrs["lat"], d.attrs["lon"], *HOME) < 150


@pytest.mark.parametrize("case", ["travel", "daytime", "one_night", "too_few", "at_work_site"])
def test_no_home(case):
    rng = random.Random(3)
    kwargs = {}
    if case == "travel":      # one night photo in each of eight cities
        cities = [(-37.81, 144.96), (-27.47, 153.03), (-31.95, 115.86), (-34.93, 138.60), (-42.88, 147.33),
                  (-12.46, 130.84), (-35.28, 149.13), (-16.92, 145.77)]
        photos = [_photo(i, *_jitter(*c, 50, rng), datetime(2026, 3, 2 + i, 22, 0)) for i, c in enumerate(cities)]
    elif case == "daytime":   # weekdays 10:00-16:00 at the same spot
        photos = _series(HOME, datetime(2026, 3, 2, 10, 0), 5, step=timedelta(days=1, hours=1))
    elif case == "one_night":  # a burst at one party
        photos = _series(HOME, datetime(2026, 3, 6, 22, 0), 8, step=timedelta(minutes=10))
    elif case == "too_few":     # two nights at one spot
        photos = _series(HOME, datetime(2026, 3, 2, 22, 0), 2)
    else:                     # night shifts at the airport are not a home
        photos = _series(SYDNEY_T1, datetime(2026, 3, 2, 23, 0), 6)
        kwargs["org"] = load_org("dibp")
    assert infer_home(photos, **kwargs) == []


@pytest.mark.parametrize("tz, expected", [("Australia/Sydney", 1), ("UTC", 0)])
def test_home_from_utc_post_times(tz, expected):
    # posts with only a UTC time: 11:30Z is 22:30 in Sydney (AEST), but 11:30 on a weekday in UTC
    rng = random.Random(5)
    posts = [PostItem(PROFILE, f"{PROFILE}/{i}", "activitypub", published=f"2026-04-{6 + i:02d}T11:30:00Z",
                      location=dict(zip(("lat", "lon"), _jitter(*HOME, 30, rng)))) for i in range(5)]
    assert len(infer_home(posts, tz=tz)) == expected


def test_min_samples_parameter():
    photos = _series(HOME, datetime(2026, 3, 2, 22, 0), 4)
    assert infer_home(photos, min_samples=3) and not infer_home(photos, min_samples=5)


def _at(i: int, dx_m: float, dy_m: float, when: datetime, centre=HOME) -> ImageItem:
    lat = centre[0] + dy_m / 111_320
    lon = centre[1] + dx_m / (111_320 * math.cos(math.radians(centre[0])))
    return _photo(i, lat, lon, when)


# Three phone photos at home, each on its own day, within ~30 m of each other, are a home; the same
# number of photos from a two-day weekend away, a single party night, or spread 400 m apart are not.
HOME_CASES = {
    "three weeknights, three days": ([(0, 0, datetime(2026, 5, 4, 21, 40)), (18, 9, datetime(2026, 5, 13, 22, 5)),
                                      (-7, 21, datetime(2026, 5, 27, 23, 15))], 1),
    "a weekday night, two weekend afternoons": ([(5, -4, datetime(2026, 6, 3, 22, 30)), (-12, 10, datetime(2026, 6, 13, 14, 0)),
                                                 (20, 15, datetime(2026, 6, 21, 10, 45))], 1),
    "late night after midnight counts": ([(0, 0, datetime(2026, 7, 1, 0, 40)), (10, 10, datetime(2026, 7, 8, 1, 10)),
                                          (-10, 5, datetime(2026, 7, 15, 23, 50))], 1),
    "two-day weekend away, five photos": ([(0, 0, datetime(2026, 5, 16, 10, 0)), (15, 0, datetime(2026, 5, 16, 21, 30)),
                                           (5, 20, datetime(2026, 5, 16, 23, 0)), (-10, 5, datetime(2026, 5, 17, 9, 15)),
                                           (0, -12, datetime(2026, 5, 17, 20, 45))], 0),
    "one party night": ([(0, 0, datetime(2026, 5, 9, 21, 0)), (5, 5, datetime(2026, 5, 9, 22, 0)),
                         (8, -3, datetime(2026, 5, 9, 23, 30))], 0),
    "three days but 400 m apart": ([(0, 0, datetime(2026, 5, 4, 22, 0)), (400, 0, datetime(2026, 5, 5, 22, 0)),
                                    (0, 400, datetime(2026, 5, 6, 22, 0))], 0),
    "three days but in work hours": ([(0, 0, datetime(2026, 5, 4, 10, 0)), (5, 5, datetime(2026, 5, 5, 11, 0)),
                                      (8, -3, datetime(2026, 5, 6, 15, 30))], 0),
}


@pytest.mark.parametrize("shots, expected", HOME_CASES.values(), ids=HOME_CASES.keys())
def test_home_from_few_photos(shots, expected):
    photos = [_at(i, dx, dy, when) for i, (dx, dy, when) in enumerate(shots)]
    homes = infer_home(photos)
    assert len(homes) == expected
    if homes:
        assert homes[0].attrs["days"] == 3 and haversine_m(homes[0].attrs["lat"], homes[0].attrs["lon"], *HOME) < 40


# --------------------------------------------------------------------------- work site

@pytest.fixture(scope="module")
def org():
    return load_org("dibp")


def test_org_sites_have_coordinates(org):
    placed = {s.name: (s.lat, s.lon) for s in org.sites if s.lat is not None}
    assert placed["Sydney Airport"] == SYDNEY_T1 and "Villawood Immigration Detention Centre" in placed


@pytest.mark.parametrize("centre, start, expected", [
    (SYDNEY_T1, datetime(2026, 3, 2, 10, 0), "Sydney Airport"),                 # weekday mornings at T1
    ((-33.8826, 150.9804), datetime(2026, 3, 3, 14, 0), "Villawood Immigration Detention Centre"),
    (SYDNEY_T1, datetime(2026, 3, 2, 22, 0), None),                             # nights: not work hours
    (HOME, datetime(2026, 3, 2, 10, 0), None),                                  # no work site nearby
])
def test_infer_work_site(org, centre, start, expected):
    found = infer_work_site(_series(centre, start, 4, spread_m=150), org)
    assert [d.value for d in found] == ([expected] if expected else [])
    if expected:
        assert found[0].category == "work_location" and found[0].evidence.kind == "inferred"


# --------------------------------------------------------------------------- routine

def _gym_post(i: int, when_utc: str, **location) -> PostItem:
    return PostItem(PROFILE, f"{PROFILE}/gym{i}", "activitypub", text="leg day", published=when_utc,
                    location=location or {"name": "Parramatta Aquatic Centre"})


def test_routine_named_place():
    # Tuesdays at 06:10-06:50 Sydney time (AEDT, UTC+11 in March): 19:10Z-19:50Z on Monday UTC
    posts = [_gym_post(i, f"2026-03-{2 + 7 * i:02d}T19:{10 + 10 * i:02d}:00Z") for i in range(4)]
    [d] = infer_routine(posts)
    assert d.category == "routine" and d.value == "Tuesdays around 06:30 at Parramatta Aquatic Centre"
    assert d.attrs["n"] == 4 and len(d.attrs["sources"]) == 4


def test_routine_coordinates():
    rng = random.Random(2)
    photos = [_photo(i, *_jitter(-33.8170, 151.0040, 60, rng), datetime(2026, 3, 5, 18, 0) + timedelta(days=7 * i))
              for i in range(3)]
    [d] = infer_routine(photos)
    assert d.attrs["weekday"] == "Thursday" and d.attrs["hour"] == 18 and d.attrs["lat"] is not None


@pytest.mark.parametrize("times", [
    ["2026-03-02T19:30:00Z", "2026-03-03T19:30:00Z", "2026-03-04T19:30:00Z", "2026-03-05T19:30:00Z"],  # weekdays differ
    ["2026-03-02T19:30:00Z", "2026-03-02T19:45:00Z", "2026-03-02T20:00:00Z"],                          # one day only
    ["2026-03-02T19:30:00Z", "2026-03-09T23:30:00Z", "2026-03-16T03:30:00Z"],                          # hours differ
])
def test_no_routine(times):
    assert infer_routine([_gym_post(i, t) for i, t in enumerate(times)]) == []


def test_points_skip_junk():
    pts = to_points([None, 3, GeoPoint(1.0, 2.0, None, "u"), PostItem(PROFILE, "u2", "x", location={"lat": "bad"})])
    assert [p.url for p in pts] == ["u"]


def test_one_photo_on_many_pages_is_no_routine():
    """The same photo (one hash) shown on three pages, each dated a Saturday night by its page: one moment,
    not a routine. Three different photos at that place and hour are one."""
    same = [ImageItem(profile=PROFILE, url=f"https://media.example/alex/night.jpg?size={i}", sha256="ab" * 32,
                      post_url=f"{PROFILE}/n{i}", posted_at=f"2026-03-{7 + 7 * i:02d}T11:30:00Z",
                      lat=-33.8170, lon=151.0040, taken_at=None, make="Apple", model="iPhone 13") for i in range(3)]
    assert infer_routine(same) == []
    distinct = [ImageItem(profile=PROFILE, url=f"https://media.example/alex/night{i}.jpg", sha256=f"{i:064x}",
                          post_url=f"{PROFILE}/n{i}", posted_at=f"2026-03-{7 + 7 * i:02d}T11:30:00Z",
                          lat=-33.8170, lon=151.0040, taken_at=None, make="Apple", model="iPhone 13") for i in range(3)]
    [d] = infer_routine(distinct)
    assert d.attrs["weekday"] == "Saturday" and d.attrs["n"] == 3
