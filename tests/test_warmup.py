"""The warm-up that runs while the crawl child crawls: it fills the caches the analysis would fill (the
same spaCy pipeline cache key), and loads the reverse geocoder only once a stored item has coordinates."""
from __future__ import annotations

import pytest

from footprint.analysis import pipeline  # noqa: F401 - before any test patches nlp.get_nlp: extract binds it at import
from footprint.analysis.detect import embed, meaning, nlp
from footprint.analysis.link import geo
from footprint.crawler.orgs import parse_org
from footprint.cli.warmup import Warmup
from footprint.crawler.consent import load_consent
from footprint.crawler.items import ImageItem, PostItem
from footprint.crawler.store import Store

PROFILE = "http://127.0.0.1:9/@caseym"


def _post(n: int, location=None) -> PostItem:
    return PostItem(profile=PROFILE, url=f"{PROFILE}/{n}", platform="activitypub", text=f"post {n}",
                    location=location)


def _image(n: int, lat=None, lon=None) -> ImageItem:
    return ImageItem(profile=PROFILE, url=f"http://127.0.0.1:9/media/{n}.jpg", sha256=f"{n:064x}", lat=lat, lon=lon)


@pytest.fixture
def consent(write_consent):
    return load_consent(write_consent(profiles=[{"url": PROFILE, "platform": "activitypub"}]), allow_local=True)


@pytest.mark.parametrize("items, expected", [
    ([], False),
    ([_post(1), _post(2, {"name": "Bondi"})], False),                 # a place name only: nothing to geocode
    ([_image(1)], False),                                              # a photo without GPS
    ([_post(1), _image(2, -33.95, 151.01)], True),
    ([_post(1, {"name": "home", "lat": -33.95, "lon": 151.01})], True),
])
def test_first_coordinates(tmp_path, consent, items, expected):
    with Store(tmp_path / "fp.sqlite3") as store:
        scan_id = store.start_scan(consent)
        store.add_items(scan_id, consent.subject, items)
        found, last = store.first_coordinates(scan_id)
        assert found is expected
        assert store.first_coordinates(scan_id, last) == (False, last)     # nothing new since `last`


def test_polls_only_new_items(tmp_path, consent):
    with Store(tmp_path / "fp.sqlite3") as store:
        scan_id = store.start_scan(consent)
        store.add_items(scan_id, consent.subject, [_post(1)])
        found, last = store.first_coordinates(scan_id)
        assert not found
        store.add_items(scan_id, consent.subject, [_image(2, -33.95, 151.01)])
        assert store.first_coordinates(scan_id, last)[0]


@pytest.mark.parametrize("with_coordinates", [False, True])
def test_geocoder_loaded_only_with_coordinates(tmp_path, consent, monkeypatch, with_coordinates):
    keys, loads = [], []
    monkeypatch.setattr(nlp, "get_nlp", lambda org: keys.append((org.id, str(org.source), hash(org))))
    monkeypatch.setattr(geo, "_geocoder", lambda: loads.append(1))
    monkeypatch.setattr(meaning, "classifier", lambda: keys.append("classifier"))
    monkeypatch.setattr(embed, "encoder", lambda: keys.append("encoder"))
    db = tmp_path / "fp.sqlite3"
    with Store(db) as store:
        scan_id = store.start_scan(consent)
        store.add_items(scan_id, consent.subject, [_post(1), _image(2, -33.95, 151.01) if with_coordinates
                                                   else _image(2)])
        spec = store.scan_spec(scan_id)
    warmup = Warmup(consent, db)
    warmup.start()
    warmup.join()
    assert warmup.error is None
    assert loads == ([1] if with_coordinates else [])
    # the pipeline is built under the key analyse_scan will look up (from the stored spec)
    org = parse_org(spec.org_profile, f"organisation profile of scan {scan_id}")
    assert keys == [(org.id, str(org.source), hash(org)), "classifier", "encoder"]


def test_join_without_start_returns(consent, tmp_path):
    Warmup(consent, tmp_path / "fp.sqlite3").join()


def test_detectors_lexicons_parsed_by_the_warmup(tmp_path, consent, monkeypatch):
    """The analysis' own load_detectors() then finds every lexicon already parsed (the same objects)."""
    from footprint.analysis.detect.detectors import lexicon, load_detectors
    for name, fake in (("get_nlp", lambda org: None), ("classifier", None), ("encoder", None)):
        monkeypatch.setattr({"get_nlp": nlp, "classifier": meaning, "encoder": embed}[name], name,
                            fake or (lambda: None))
    lexicon._parsed.cache_clear()
    warmup = Warmup(consent, tmp_path / "fp.sqlite3")
    warmup.start()
    warmup.join()
    assert warmup.error is None
    assert lexicon._parsed.cache_info().currsize == len(list(lexicon.LEXICON_DIR.glob("*.toml")))
    misses = lexicon._parsed.cache_info().misses
    _, lexicons = load_detectors()
    assert lexicon._parsed.cache_info().misses == misses          # nothing parsed again
    assert all(lexicon.load_lexicon(name) is lex for name, lex in lexicons.items())
