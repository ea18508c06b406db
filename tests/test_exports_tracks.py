"""Tracks, Strava, GPX, Swarm and Google readers on real sample files and generated downloads with ground truth."""
from __future__ import annotations

import gzip
import io
import json
import zipfile
from pathlib import Path

import pytest

from footprint.crawler.exports.history import location_history
from conftest import SHARED_DATA

from footprint.analysis.link import geo, location_truth, tracks
from footprint.analysis.findings import Finding
from footprint.crawler.exports import detect_platform, open_archive, read_export
from footprint.crawler.exports.google import is_sidecar, sidecar_geo
from footprint.crawler.exports.locations import LocationError, location_points, parse_latlng
from footprint.crawler.exports.synth import Place, make_strava, offset, records_json
from footprint.crawler.exports.tracks import TrackError, read_tracks

FIX = Path(__file__).parent / "fixtures" / "exports"
SHARED = SHARED_DATA / "exports"          # AGPL samples are read there only (not copied)
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data/exports not present")

HOME = Place(-33.8121, 151.0034)
WORK = offset(HOME, 4000, 6000)


# --------------------------------------------------------------------------- track files

@pytest.mark.parametrize("path, points, start, end_m, started", [
    (FIX / "gpx/around-visnjan-with-car.gpx", 104, (45.2735, 13.7142), 26, "2020-12-18T06:15:50+00:00"),
    (FIX / "gpx/Mojstrovka.gpx", 184, (46.4350, 13.7483), 28, None),     # bogus 1901 times -> no time
    (FIX / "garmin/2013-02-06-12-11-14.fit", 583, (57.3846, -4.4299), 42, "2013-02-06T12:11:14+00:00"),
])
def test_real_track_files(path, points, start, end_m, started):
    with open(path, "rb") as fh:
        [track] = read_tracks(path.name, fh)
    assert track.points == points
    assert (round(track.start.lat, 4), round(track.start.lon, 4)) == start
    assert abs(geo.haversine_m(track.start.lat, track.start.lon, track.end.lat, track.end.lon) - end_m) < 3
    assert (track.started.isoformat() if track.started else None) == started


@needs_shared
def test_real_google_fit_tcx():
    path = SHARED / "google/fit_activity_2022.tcx"
    with open(path, "rb") as fh:
        [track] = read_tracks(path.name, fh)
    assert track.sport == "Biking" and track.points == 11      # the first trackpoint has no position
    assert round(track.start.lat, 3) == 34.412 and track.started.isoformat().startswith("2022-08-01T20:41")


@pytest.mark.parametrize("name, data", [
    ("broken.gpx", b"<gpx><trk><trkseg><trkpt lat="),
    ("broken.tcx", b"<TrainingCenterDatabase><Activities>"),
    ("broken.fit", b"\x0e\x10\x00\x00garbage"),
    ("broken.gpx.gz", b"not gzip"),
])
def test_broken_track_files_raise_one_error(name, data):
    with pytest.raises(TrackError):
        read_tracks(name, io.BytesIO(data))


# --------------------------------------------------------------------------- readers on real samples

@pytest.mark.parametrize("folder, platform", [
    (FIX / "gpx", "gpx"), (FIX / "garmin", "gpx"), (FIX / "swarm", "swarm"), (FIX / "google", "google"),
])
def test_detects_platform(folder, platform):
    with open_archive(folder) as archive:
        assert detect_platform(archive) == platform


def test_swarm_sample_checkin():
    [post] = read_export(FIX / "swarm").items
    assert post.visibility == "followers"
    assert post.location["lat"] == 38.456 and post.location["lon"] == -122.345
    assert post.location["name"] == "Restaurant Name"
    assert post.mentions == ["Natalie Downe"] and "wedding anniversary" in post.text
    assert post.published.startswith("2017-05-")


def test_gpx_folder_posts_carry_track_endpoints():
    posts = read_export(FIX / "gpx").items
    assert {p.url for p in posts} == {"export:gpx:Mojstrovka.gpx#0", "export:gpx:around-visnjan-with-car.gpx#0"}
    assert all(p.visibility == "unknown" and "track" in p.location for p in posts)


@needs_shared
def test_google_photos_sidecars():
    items = read_export(SHARED / "google/photos", "google").items
    images = {i.url.split(":", 2)[2]: i for i in items if i.kind == "image"}
    eiffel = images["PXL_20231006_063851485.jpg.json#photo"]
    assert (eiffel.lat, eiffel.lon) == (48.8583736, 2.291901)
    assert eiffel.posted_at == "2023-10-06T06:38:51+00:00"
    assert eiffel.visibility == "followers"          # its album (métadonnées.json) records sharing access
    gopher = images["PinClipart.com_gopher-clipart_4000243.jpg.supplemental-metadata.json#photo"]
    assert gopher.lat is None                        # no geoData at all
    assert not any("métadonnées" in i.url for i in items)   # album metadata is not a photo


@pytest.mark.parametrize("meta, expected", [
    ({"geoData": {"latitude": 0, "longitude": 0}, "geoDataExif": {"latitude": 1.5, "longitude": 2.5}}, (1.5, 2.5, None)),
    ({"geoData": {"latitude": 0.0, "longitude": 0.0}}, None),
    ({"geoData": {"latitude": 91, "longitude": 2}}, None),
])
def test_sidecar_geo_prefers_real_coordinates(meta, expected):
    assert sidecar_geo(meta) == expected


@pytest.mark.parametrize("name, yes", [
    ("Takeout/Google Photos/Trip/IMG_1.jpg.json", True),
    ("Takeout/Google Photos/Trip/IMG_1.jpg.supplemental-metadata.json", True),
    ("Takeout/Google Photos/Trip/IMG_1.jpg.supplemental-metad(1).json", True),
    ("Takeout/Google Photos/Trip/métadonnées.json", False),
    ("Takeout/Google Photos/Trip/metadata.json", False),
])
def test_sidecar_names(name, yes):
    assert is_sidecar(name) is yes


# --------------------------------------------------------------------------- location history formats

@pytest.mark.parametrize("name, count, first", [
    ("Location History.json", 2, (37.6955289, -121.9287261)),
])
def test_location_history_copied_sample(name, count, first):
    pts = list(location_points(lambda: open(FIX / "google" / name, "rb")))
    assert len(pts) == count and (pts[0].lat, pts[0].lon) == first and pts[0].time.year == 2015


@needs_shared
@pytest.mark.parametrize("name, count, labels", [
    ("Records.json", 3, {}),
    ("semantic_history_activitySegments.json", 6, {}),
    ("Timeline_ios_location-history.json", 11, {}),
    ("Timeline_android_semanticSegments.json", 6, {"home": (50.0506312, 14.3439906), "work": (50.0506312, 14.3439906)}),
    ("Timeline_frequentPlaces_synthetic.json", 8, {"home": (48.8566, 2.3522), "work": (48.8606, 2.3376)}),
    ("Timeline_Edits_minimal.json", 1, {}),
])
def test_google_location_formats(name, count, labels):
    pts = list(location_points(lambda: open(SHARED / "google" / name, "rb")))
    assert len(pts) == count
    assert {p.label: (p.lat, p.lon) for p in pts if p.label} == labels
    assert all(geo.valid_coords(p.lat, p.lon) for p in pts)


@pytest.mark.parametrize("text, expected", [
    ("50.0506312°, 14.3439906°", (50.0506312, 14.3439906)),
    ("geo:27.720022,-97.347951", (27.720022, -97.347951)),
    ("48.8566, 2.3522", (48.8566, 2.3522)),
    ({"latE7": 355831402, "lngE7": -1193393903}, (35.5831402, -119.3393903)),
    ("0°, 0°", None), ("somewhere", None), (None, None),
])
def test_parse_latlng(text, expected):
    assert parse_latlng(text) == expected


def test_location_not_json_is_one_error():
    with pytest.raises(LocationError):
        list(location_points(lambda: io.BytesIO(b"{not json")))


# --------------------------------------------------------------------------- generated ground truth

@pytest.fixture(scope="module")
def strava(tmp_path_factory):
    folder = tmp_path_factory.mktemp("strava") / "export_123"
    truth = make_strava(folder, home=HOME, work=WORK)
    return folder, truth


def test_strava_reads_every_activity_and_format(strava):
    folder, truth = strava
    result = read_export(folder)
    assert result.platform == "strava" and not result.warnings
    posts = [i for i in result.items if i.kind == "post"]
    assert len(posts) == truth.activities
    assert all(p.url.startswith("https://www.strava.com/activities/") for p in posts)
    assert all(p.visibility == "unknown" and p.published for p in posts)
    assert {p.location["sport"] for p in posts} == {"Run", "Ride"}


@pytest.mark.parametrize("zipped", [False, True])
def test_home_from_track_endpoints_within_150_m(strava, tmp_path, zipped):
    folder, truth = strava
    path = folder
    if zipped:
        path = tmp_path / "strava.zip"
        with zipfile.ZipFile(path, "w") as zf:
            for f in folder.rglob("*"):
                if f.is_file():
                    zf.write(f, f.relative_to(folder.parent).as_posix())
    items = read_export(path).items
    dets = tracks.infer_from_tracks(items)
    [home] = [d for d in dets if d.category == "home_location"]
    assert geo.haversine_m(home.attrs["lat"], home.attrs["lon"], HOME.lat, HOME.lon) <= 150
    [work] = [d for d in dets if d.category == "work_location"]
    assert geo.haversine_m(work.attrs["lat"], work.attrs["lon"], WORK.lat, WORK.lon) <= 150
    assert any(d.category == "routine" for d in dets)


def test_tracks_on_one_day_reveal_no_home():
    from footprint.crawler.exports.synth import make_strava as _make
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        _make(Path(tmp), home=HOME, work=WORK, days=1)
        dets = tracks.infer_from_tracks(read_export(Path(tmp)).items)
    assert not [d for d in dets if d.category == "home_location"]


def test_location_truth_finds_home_and_work_and_marks_public_findings(tmp_path):
    folder = tmp_path / "Takeout" / "Standortverlauf"           # German Takeout folder name
    folder.mkdir(parents=True)
    with open(folder / "Records.json", "wb") as fh:
        records_json(fh, n=12_000, home=HOME, work=WORK)
    truth = location_truth.truth_from_points(location_history([{"path": str(tmp_path), "private_location": True}]))
    assert geo.haversine_m(*truth.home, HOME.lat, HOME.lon) <= 150
    assert geo.haversine_m(*truth.work, WORK.lat, WORK.lon) <= 150
    near = Finding("f1", "geotag", "x", "k", 0.9, [], "PostGeotag: post_location",
                   attrs={"lat": HOME.lat + 0.0005, "lon": HOME.lon})
    far = Finding("f2", "geotag", "y", "k2", 0.9, [], "PostGeotag: post_location",
                  attrs={"lat": HOME.lat + 0.05, "lon": HOME.lon})
    assert location_truth.annotate([near, far], truth) == 1
    assert "real home" in near.explanation and "real" not in far.explanation
    assert near.contribution == 0.0                  # explanations only


def test_location_truth_only_where_the_consent_allows(tmp_path):
    folder = tmp_path / "lh" / "Takeout"
    folder.mkdir(parents=True)
    with open(folder / "Records.json", "wb") as fh:
        records_json(fh, n=200, home=HOME, work=WORK)
    assert next(location_history([{"path": str(tmp_path / "lh"), "private_location": True}]), None) is not None
    assert list(location_history([{"path": str(tmp_path / "lh")}])) == []                 # not allowed: not read
    assert list(location_history([{"path": str(tmp_path / "lh"), "private_location": False}])) == []


# --------------------------------------------------------------------------- demo persona's downloads

def test_demo_downloads_are_in_the_demo_consent_and_reveal_home_only_by_endpoints(tmp_path):
    import sys
    from footprint.crawler.consent import load_consent
    from footprint.cli.demo import DEMO_DIR, load_persona, write_demo_consent
    sys.path.insert(0, str(DEMO_DIR))
    import make_photos

    persona = load_persona()
    consent = load_consent(write_demo_consent("http://127.0.0.1:9", tmp_path, persona, exports=True),
                           allow_local=True)
    assert [(e.path.name, e.platform) for e in consent.exports] == [("x-archive", "twitter"), ("strava", "strava")]
    x = read_export(DEMO_DIR / "exports/x-archive")
    assert x.platform == "twitter" and sum(i.kind == "post" for i in x.items) == 5
    items = read_export(DEMO_DIR / "exports/strava").items
    assert not [p for p in geo.infer_home(geo.to_points(items))]      # no night/weekend-photo style home
    [home] = [d for d in tracks.infer_from_tracks(items) if d.category == "home_location"]
    assert geo.haversine_m(home.attrs["lat"], home.attrs["lon"], *make_photos.HOME) <= 150
    assert all(geo.haversine_m(p.location["lat"], p.location["lon"], *make_photos.HOME) > 10 for p in items)


# --------------------------------------------------------------------------- end to end: scan with exports

def _consent(tmp_path: Path, exports: str) -> Path:
    import datetime as dt
    today = dt.date.today()
    path = tmp_path / "consent.toml"
    path.write_text(f"""[subject]
name = "Robin Vale"
organisation = "dibp"

[consent]
given_by = "Robin Vale"
given_on = {today.isoformat()}
expires_on = {(today + dt.timedelta(days=30)).isoformat()}
purpose = "personal-report"

{exports}""", encoding="utf-8")
    return path


@pytest.mark.slow
def test_scan_of_downloads_marks_public_home_from_private_history_without_scoring_it(tmp_path):
    """Strava tracks (public items) and Takeout location history (private ground truth) in one scan."""
    import jsonschema
    from footprint.cli.operations import run_scan
    from footprint.crawler.consent import load_consent

    make_strava(tmp_path / "strava", home=HOME, work=WORK, days=16)
    lh = tmp_path / "takeout" / "Takeout" / "Location History (Timeline)"
    lh.mkdir(parents=True)
    with open(lh / "Records.json", "wb") as fh:
        records_json(fh, n=8_000, home=HOME, work=WORK)
    base = '[[exports]]\npath = "strava"\n\n[[exports]]\npath = "takeout"\nplatform = "google"\n'
    reports = {}
    for allowed in (False, True):
        consent = load_consent(_consent(tmp_path, base + ("private_location = true\n" if allowed else "")))
        out = tmp_path / f"out-{allowed}"
        reports[allowed] = run_scan(consent, out, tmp_path / f"db-{allowed}.sqlite3", formats=("json",)).report
    schema = json.loads((Path(__file__).resolve().parents[1] / "data/schema/report.schema.json").read_text())
    for report in reports.values():
        jsonschema.validate(report, schema)
    assert reports[True]["risk"]["score"] == reports[False]["risk"]["score"]          # truth adds nothing
    homes = {a: [f for f in r["findings"] if f["category"] == "home_location"] for a, r in reports.items()}
    assert homes[False] and homes[True]
    assert "real home" in homes[True][0]["explanation"] and "real home" not in homes[False][0]["explanation"]
    assert "location history" in reports[True]["risk"]["summary"]
    assert all(not e["url"].startswith("export:google") for f in reports[True]["findings"] for e in f["evidence"])


@pytest.mark.parametrize("private_location", [False, True])
def test_location_history_never_becomes_items(tmp_path, private_location):
    takeout = tmp_path / "takeout.zip"
    buf = io.BytesIO()
    records_json(buf, n=50, home=HOME, work=WORK)
    with zipfile.ZipFile(takeout, "w") as zf:
        zf.writestr("Takeout/Historique des positions/Records.json", buf.getvalue())
        zf.writestr("Takeout/Google Photos/Trip/IMG_1.jpg.json", json.dumps(
            {"title": "IMG_1.jpg", "photoTakenTime": {"timestamp": "1767225600"},
             "geoData": {"latitude": HOME.lat, "longitude": HOME.lon, "altitude": 3.0}}))
    result = read_export(takeout, private_location=private_location)
    assert result.platform == "google"
    assert [(i.kind, i.visibility, i.lat) for i in result.items] == [("image", "private", HOME.lat)]
