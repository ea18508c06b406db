"""The held-out personas (tests/heldout/set1/*, set2/*) are well formed, WITHOUT running the scanner on them.

Why only structure: the set is blind (tests/heldout/README.md). Scoring a detector against it
is done once, for a number, never while debugging. These checks make sure that number would
mean something: every file parses, every truth URL is an item the site really serves, every
fact's words (or coordinates) are really at one of its URLs, decoy phrases are on their pages,
and the committed sites are exactly what the generator renders from content.py.
"""
from __future__ import annotations

import html
import importlib.util
import math
import re
import sys
import tomllib
import urllib.request
from collections import Counter
from pathlib import Path

import pytest

from footprint.crawler.adapters.images import read_image_metadata
from footprint.crawler.localsite import LocalSite
from tests.site_checks import check_site_files

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests" / "heldout"
SETS = sorted(d.name for d in HELDOUT.iterdir() if d.is_dir() and d.name.startswith("set"))
CASES = [(s, p.name) for s in SETS for p in sorted((HELDOUT / s).iterdir()) if (p / "persona.toml").is_file()]
BANDS = {"low", "moderate", "high", "critical"}
CATEGORIES = {"employer", "colleague", "official_contact", "corporate_identifier", "work_location", "home_location",
              "geotag", "routine", "family", "associate", "personal_contact", "official_information",
              "systems_information", "vulnerability"}
ORG_ONLY = {"employer", "colleague", "official_contact", "corporate_identifier", "official_information",
            "systems_information", "work_location"}
PEOPLE = {"family", "associate", "colleague"}
CONSENT_PLATFORMS = {"activitypub", "bluesky", "feed", "html"}    # data/schema/consent.schema.json, profiles[].platform


def _truth(set_name: str, name: str) -> dict:
    return tomllib.loads((HELDOUT / set_name / name / "persona.toml").read_text(encoding="utf-8"))


def _names(set_name: str) -> list[str]:
    return [n for s, n in CASES if s == set_name]


def _module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def _file_for(site: Path, url: str) -> Path:
    """The committed file that serves a truth URL ({{BASE}}/...), as LocalSite maps them."""
    rel = url.removeprefix("{{BASE}}/")
    for cand in (rel, rel + ".html", rel + ".json", rel.rstrip("/") + "/index.html"):
        if cand and (site / cand).is_file():
            return site / cand
    raise AssertionError(f"no file serves {url}")


def _distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6_371_000 * math.asin(math.sqrt(a))


@pytest.mark.parametrize("set_name", SETS)
def test_set_shape(set_name):
    """At least ten personas, three or more negative controls, a full rank order, every category, 80-120 facts."""
    truths = {n: _truth(set_name, n) for n in _names(set_name)}
    assert len(truths) >= 10
    assert sum(t["subject"]["risk_band"] == "low" for t in truths.values()) >= 3
    ranks = sorted(t["subject"]["rank"] for t in truths.values())
    assert ranks == list(range(1, len(truths) + 1))
    counts = Counter(f["category"] for t in truths.values() for f in t["facts"])
    assert set(counts) == CATEGORIES, CATEGORIES - set(counts)
    assert 80 <= sum(counts.values()) <= 125          # "about 80-120"


@pytest.mark.parametrize("set_name", SETS)
def test_bands_follow_rank(set_name):
    """A persona ranked more exposed never has a lower intended band than one ranked below it."""
    order = ["low", "moderate", "high", "critical"]
    subs = sorted((_truth(set_name, n)["subject"] for n in _names(set_name)), key=lambda s: s["rank"])
    levels = [order.index(s["risk_band"]) for s in subs]
    assert levels == sorted(levels, reverse=True)


@pytest.mark.parametrize("set_name,name", CASES)
def test_truth_is_well_formed(set_name, name):
    truth = _truth(set_name, name)
    sub = truth["subject"]
    assert sub["name"] and sub["organisation"] == "dibp" and sub["risk_band"] in BANDS and isinstance(sub["rank"], int)
    assert 1 <= len(truth["profiles"]) <= 3
    # the consent record the evaluation writes must be valid: its platforms are the consent schema's words
    assert all(p["platform"] in CONSENT_PLATFORMS for p in truth["profiles"]), truth["profiles"]
    for fact in truth["facts"]:
        assert fact["category"] in CATEGORIES and fact["value"] and fact["keys"] and fact["urls"], fact
        if fact["category"] in PEOPLE:           # "Sarah (wife)": the person with the relation
            assert re.search(r"\w \([\w -]+\)", fact["value"]), fact
        if "lat" in fact:
            assert -90 <= fact["lat"] <= 90 and -180 <= fact["lon"] <= 180 and fact.get("radius_m", 150) > 0
    for decoy in truth.get("decoys", []):
        assert decoy["phrase"] and decoy["not_categories"] and decoy["url"] and decoy["why"], decoy
        assert set(decoy["not_categories"]) <= CATEGORIES, decoy
    if sub["risk_band"] == "low":                # negative controls: nothing the organisation owns
        assert not {f["category"] for f in truth["facts"]} & ORG_ONLY
        assert len(truth.get("decoys", [])) >= 5
    else:
        assert any(f["category"] == "employer" for f in truth["facts"])


@pytest.mark.parametrize("set_name,name", CASES)
def test_site_files_parse(set_name, name):
    site = HELDOUT / set_name / name / "site"
    assert check_site_files(site) >= 5


@pytest.mark.parametrize("set_name,name", CASES)
def test_fact_evidence_is_at_its_urls(set_name, name):
    """Each fact's words are on one of its text URLs (for a place fact: or it has photos), and each of its
    photos lies within its radius: a fact never points only at pages that do not show it."""
    site = HELDOUT / set_name / name / "site"
    for fact in _truth(set_name, name)["facts"]:
        texts, photos = [], []
        for url in fact["urls"]:
            path = _file_for(site, url)
            if path.suffix == ".jpg":
                photos.append(path)
            else:
                texts.append(html.unescape(path.read_text(encoding="utf-8")).casefold())
        said = any(k.casefold() in t for k in fact["keys"] for t in texts)
        assert said or (photos and "lat" in fact), fact
        for path in photos:
            assert "lat" in fact, (fact, path.name)
            meta = read_image_metadata(path.read_bytes())
            dist = _distance_m(meta.lat, meta.lon, fact["lat"], fact["lon"])
            assert dist <= fact.get("radius_m", 150), (fact["value"], path.name, round(dist))


@pytest.mark.parametrize("set_name,name", CASES)
def test_truth_urls_and_profiles_are_served(set_name, name):
    truth = _truth(set_name, name)
    with LocalSite(HELDOUT / set_name / name / "site") as site:
        urls = {site.base + p["path"] for p in truth["profiles"]}
        urls |= {u.replace("{{BASE}}", site.base) for f in truth["facts"] for u in f["urls"]}
        urls |= {d["url"].replace("{{BASE}}", site.base) for d in truth.get("decoys", [])}
        for url in sorted(urls):
            with urllib.request.urlopen(url, timeout=5) as resp:
                assert resp.status == 200, url
        for d in truth.get("decoys", []):       # the decoy phrase is really on that page
            url = d["url"].replace("{{BASE}}", site.base)
            with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "text/html"}), timeout=5) as r:
                page = html.unescape(r.read().decode("utf-8")).lower()
                assert d["phrase"].lower() in page, (url, d["phrase"])


@pytest.mark.parametrize("set_name,name", CASES)
def test_committed_site_matches_generator(set_name, name, tmp_path):
    build = _module(ROOT / "tests" / "personas" / "build.py", "_persona_build")
    fresh = build.build(name, tmp_path / "site", base=HELDOUT / set_name)
    committed = HELDOUT / set_name / name / "site"
    rel = lambda root: sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())  # noqa: E731
    assert rel(fresh) == rel(committed)
    for r in rel(fresh):
        a, b = (fresh / r).read_bytes(), (committed / r).read_bytes()
        if r.endswith(".jpg"):       # pixels may differ by encoder version; the EXIF story must not
            assert read_image_metadata(a) == read_image_metadata(b), r
        else:
            assert a == b, r
