"""The evaluation personas (tests/personas/*): their files parse, their truth points at real items, the
committed sites match their generator, and one small persona scores perfectly end to end.

The full evaluation across all personas is `benchmarks/evaluate.py` (about a minute); here only the
smallest persona is scanned, to keep the test fast.
"""
from __future__ import annotations

import importlib.util
import sys
import tomllib
import urllib.request
from pathlib import Path

import pytest

from footprint.analysis.evaluation import load_truth
from footprint.crawler.adapters.images import read_image_metadata
from footprint.crawler.localsite import LocalSite
from tests.site_checks import check_site_files

ROOT = Path(__file__).resolve().parents[1]
PERSONA_DIR = ROOT / "tests" / "personas"
NAMES = sorted(p.name for p in PERSONA_DIR.iterdir() if (p / "persona.toml").is_file())
BANDS = {"low", "moderate", "high", "critical"}
SMALL = "seaport"


def _module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def evaluate():
    return _module(ROOT / "benchmarks" / "evaluate.py", "_footprint_evaluate")


def test_enough_personas_with_negative_controls():
    assert len(NAMES) >= 6
    truths = [load_truth(PERSONA_DIR / n / "persona.toml") for n in NAMES]
    assert sum(t["subject"]["risk_band"] == "low" for t in truths) >= 2
    ranks = [t["subject"]["rank"] for t in truths]
    assert len(set(ranks)) == len(ranks) and min(ranks) >= 2      # rank 1 is the demo persona


@pytest.mark.parametrize("name", NAMES)
def test_persona_truth_is_well_formed(name):
    truth = tomllib.loads((PERSONA_DIR / name / "persona.toml").read_text(encoding="utf-8"))
    sub = truth["subject"]
    assert sub["name"] and sub["organisation"] == "dibp" and sub["risk_band"] in BANDS and isinstance(sub["rank"], int)
    assert 2 <= len(truth["profiles"]) <= 3
    for fact in truth["facts"]:
        assert fact["category"] and fact["keys"] and fact["urls"], fact
    for decoy in truth.get("decoys", []):
        assert decoy["phrase"] and decoy["not_categories"] and decoy["url"], decoy
    if sub["risk_band"] == "low":           # negative controls: nothing the organisation owns
        cats = {f["category"] for f in truth["facts"]}
        assert not cats & {"employer", "colleague", "official_contact", "corporate_identifier", "official_information",
                           "systems_information", "work_location"}
        assert len(truth.get("decoys", [])) >= 5


@pytest.mark.parametrize("name", NAMES)
def test_persona_files_parse(name):
    site = PERSONA_DIR / name / "site"
    assert check_site_files(site) >= 5


@pytest.mark.parametrize("name", NAMES)
def test_truth_urls_and_profiles_are_served(name):
    truth = load_truth(PERSONA_DIR / name / "persona.toml")
    with LocalSite(PERSONA_DIR / name / "site") as site:
        urls = {site.base + p["path"] for p in truth["profiles"]}
        urls |= {u.replace("{{BASE}}", site.base) for f in truth["facts"] for u in f["urls"]}
        urls |= {d["url"].replace("{{BASE}}", site.base) for d in truth.get("decoys", [])}
        for url in sorted(urls):
            with urllib.request.urlopen(url, timeout=5) as resp:
                assert resp.status == 200, url
        for d in truth.get("decoys", []):       # the decoy phrase is really on that page
            url = d["url"].replace("{{BASE}}", site.base)
            with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "text/html"}), timeout=5) as r:
                assert d["phrase"].lower() in r.read().decode("utf-8").lower(), (url, d["phrase"])


@pytest.mark.parametrize("name", NAMES)
def test_committed_site_matches_generator(name, tmp_path):
    build = _module(PERSONA_DIR / "build.py", "_persona_build")
    fresh = build.build(name, tmp_path / "site")
    committed = PERSONA_DIR / name / "site"
    rel = lambda root: sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())  # noqa: E731
    assert rel(fresh) == rel(committed)
    for r in rel(fresh):
        a, b = (fresh / r).read_bytes(), (committed / r).read_bytes()
        if r.endswith(".jpg"):       # pixels may differ by encoder version; the EXIF story must not
            assert read_image_metadata(a) == read_image_metadata(b), r
        else:
            assert a == b, r


def test_small_persona_end_to_end(evaluate, tmp_path):
    """Serve, consent, crawl, analyse and score one persona: every fact, no false positive, no decoy, right band."""
    run = evaluate.run_persona(SMALL, PERSONA_DIR / SMALL / "persona.toml", PERSONA_DIR / SMALL / "site", tmp_path)
    score = run.score
    assert score.missed_facts == [] and score.false_positives == []
    assert score.decoy_hits == [] and score.band == score.intended_band
    summary = evaluate.summarise([run])
    assert summary["micro"]["f1"] == 1.0 and summary["bands_right"] == 1
