"""Removal advice: real re-scored reductions, ranking, platform steps."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from footprint.analysis.score.advice import Removal, build_advice, remove_evidence
from footprint.analysis.findings import CATEGORIES
from footprint.analysis.score.risk import RiskInputError, risk_score, score_findings

from tests.risk_fixtures import BLOG, CV, MASTO, PHOTO_A, PHOTO_B, PLATFORMS, abf_officer, ev, findings_st, fnd

FAST = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SCHEMA = Path(__file__).resolve().parents[1] / "data" / "schema" / "report.schema.json"  # = the contract's (test_reports)


def _plain_removal(findings, urls):
    """Independent re-implementation for plain URL removal (no inferred evidence)."""
    out = []
    for f in findings:
        kept = [e for e in f.evidence if e.url not in urls]
        if kept:
            out.append(type(f)(**{**f.__dict__, "evidence": kept}))
    return out


def _drop(findings, removal):
    return round(risk_score(findings) - risk_score(remove_evidence(findings, removal)), 1)


# ---------------------------------------------------------------- properties

@FAST
@given(findings_st(max_size=14))
def test_risk_reduction_is_the_real_rescored_drop(findings):
    for item in build_advice(findings, PLATFORMS):
        assert item.risk_reduction == _drop(findings, item.removal)
        assert item.risk_reduction >= 0


@FAST
@given(findings_st(max_size=14))
def test_ranks_run_from_one_and_reductions_never_increase(findings):
    items = build_advice(findings, PLATFORMS)
    assert [a.rank for a in items] == list(range(1, len(items) + 1))
    for a, b in zip(items, items[1:]):
        assert a.risk_reduction >= b.risk_reduction
        if a.risk_reduction == b.risk_reduction:
            assert ["low", "medium", "high"].index(a.effort) <= ["low", "medium", "high"].index(b.effort)


@FAST
@given(findings_st(max_size=10))
def test_every_finding_is_covered_and_inputs_are_untouched(findings):
    before = [(f.id, len(f.evidence), dict(f.attrs)) for f in findings]
    items = build_advice(findings, PLATFORMS)
    assert {i for a in items for i in a.finding_ids} == {f.id for f in findings}
    assert [(f.id, len(f.evidence), dict(f.attrs)) for f in findings] == before


def test_plain_post_removal_matches_an_independent_rescore():
    findings = abf_officer() + [fnd("emp2", "employer", "Australian Border Force", 0.7, ev(f"{MASTO}/109"), ev(f"{MASTO}/300"))]
    base = score_findings(findings).score
    plain = [item for item in build_advice(findings, PLATFORMS) if item.kind in ("post", "photo")]
    assert len(plain) >= 5                        # the loop below must check something
    for item in plain:
        expected = round(base - score_findings(_plain_removal(findings, set(item.where))).score, 1)
        assert item.risk_reduction == expected, item.action


# ---------------------------------------------------------------- realistic cases

def test_the_employer_post_comes_first_for_the_abf_officer():
    items = build_advice(abf_officer(), PLATFORMS)
    top = items[0]
    assert top.finding_ids == ["emp"] and top.where == [f"{MASTO}/109"]
    assert top.action == "Delete this post, or edit out the part that names your employer."
    assert top.risk_reduction > 30
    assert "§2 identifying as a departmental employee" in top.policy


def test_partial_removal_lowers_confidence_without_removing_the_finding():
    findings = [fnd("emp", "employer", "Australian Border Force", 0.7, ev(f"{MASTO}/1"), ev(f"{BLOG}/2026/a", profile=BLOG)),
                fnd("fam", "family", "Sarah (wife)", 0.9, ev(f"{MASTO}/2"))]
    one = remove_evidence(findings, Removal(frozenset({f"{MASTO}/1"})))
    assert [f.id for f in one] == ["emp", "fam"] and len(one[0].evidence) == 1
    both = remove_evidence(findings, Removal(frozenset({f"{MASTO}/1", f"{BLOG}/2026/a"})))
    assert [f.id for f in both] == ["fam"]
    full, partial, gone = (score_findings(x).score for x in (findings, one, both))
    assert full > partial > gone


def test_inferred_home_goes_with_the_photos_it_came_from():
    findings = [
        fnd("geo1", "geotag", "-33.815, 151.003", 1.0, ev(PHOTO_A, "image_metadata")),
        fnd("geo2", "geotag", "-33.816, 151.004", 1.0, ev(PHOTO_B, "image_metadata")),
        fnd("home", "home_location", "Parramatta NSW", 0.8, ev(MASTO, "inferred", excerpt="2 night-time photos"),
            sources=[PHOTO_A, PHOTO_B]),
        fnd("emp", "employer", "Australian Border Force", 0.9, ev(f"{MASTO}/1")),
    ]
    one = remove_evidence(findings, Removal(frozenset({PHOTO_A})))
    home = next(f for f in one if f.id == "home")
    assert home.attrs["sources"] == [PHOTO_B]
    assert findings[2].attrs["sources"] == [PHOTO_A, PHOTO_B]          # input untouched
    items = {a.kind: a for a in build_advice(findings, PLATFORMS)}
    camera = items["camera"]
    assert set(camera.finding_ids) == {"geo1", "geo2", "home"}
    assert camera.where == [PHOTO_A, PHOTO_B] and camera.effort == "medium"
    assert "home" not in {f.id for f in remove_evidence(findings, camera.removal)}
    photo = next(a for a in build_advice(findings, PLATFORMS) if a.where == [PHOTO_A])
    assert "home" in photo.finding_ids and photo.risk_reduction < camera.risk_reduction


def test_settings_actions_for_employer_fields_and_post_locations():
    findings = [
        fnd("emp", "employer", "Australian Border Force", 0.9, ev(MASTO, "profile_field"), ev(CV, "profile_field", CV)),
        fnd("mob", "personal_contact", "0491 570 156", 0.9, ev(CV, "profile_field", CV)),
        fnd("g1", "geotag", "-33.8, 151.0", 0.9, ev(f"{MASTO}/7", "post_metadata")),
        fnd("g2", "geotag", "-33.9, 151.1", 0.9, ev(f"{MASTO}/8", "post_metadata"), ev(f"{MASTO}/8")),
    ]
    items = {a.kind: a for a in build_advice(findings, PLATFORMS)}
    fields = items["employer_fields"]
    assert fields.finding_ids == ["emp"] and fields.where == sorted([MASTO, CV])
    assert fields.action == "Hide the employer and workplace fields on your 2 profiles."
    assert "Extra fields" in fields.how and "Edit intro" in fields.how
    places = items["post_location"]
    assert places.finding_ids == ["g1", "g2"]
    kept = remove_evidence(findings, places.removal)
    assert [f.id for f in kept] == ["emp", "mob", "g2"]          # g2 still has its text evidence


@pytest.mark.parametrize("platform,url,kind,expected", [
    ("activitypub", f"{MASTO}/5", "text", "Delete & redraft"),
    ("mastodon", f"{MASTO}/5", "text", "Delete & redraft"),
    ("activitypub", MASTO, "profile_field", "Extra fields"),
    ("feed", f"{BLOG}/2026/03/post", "text", "aggregators"),
    ("html", CV, "profile_field", "Edit intro"),
    ("linkedin", CV, "profile_field", "hide or remove the current position"),
    ("bluesky", "https://bsky.example/profile/alex/post/1", "text", "Delete post"),
    ("export", "https://export.example/item/1", "text", "export of your data"),
    ("", "https://forum.example/t/1", "text", "Sign in to the site"),
    ("activitypub", PHOTO_A, "image_metadata", "exiftool -gps:all="),
    ("activitypub", PHOTO_A, "image_metadata", "Location Services > Camera > Never"),
])
def test_how_gives_platform_steps(platform, url, kind, expected):
    profile = url if kind == "profile_field" else url.rsplit("/", 1)[0]
    f = fnd("x", "employer" if kind != "image_metadata" else "geotag", "v", 0.9, ev(url, kind, profile))
    items = build_advice([f], {profile: platform})
    assert expected in items[0].how


@pytest.mark.parametrize("kind,effort", [(1, "low"), (3, "medium"), (8, "high")])
def test_effort_follows_the_number_of_places_to_act_on(kind, effort):
    photos = [f"https://social.example/media/p{i}.jpg" for i in range(kind)]
    findings = [fnd(f"g{i}", "geotag", f"-33.{i}, 151.0", 0.9, ev(u, "image_metadata")) for i, u in enumerate(photos)]
    widest = max(build_advice(findings, PLATFORMS), key=lambda a: len(a.where))
    assert widest.effort == effort


def test_ties_go_to_lower_effort():
    findings = [fnd("g1", "geotag", "-33.8, 151.0", 0.9, ev(PHOTO_A, "image_metadata")),
                fnd("g2", "geotag", "-33.9, 151.1", 0.0, ev(PHOTO_B, "image_metadata"))]
    items = build_advice(findings, PLATFORMS)
    assert items[0].risk_reduction == items[1].risk_reduction
    assert items[0].effort == "low" and items[0].where == [PHOTO_A]


def test_duplicate_ids_raise_the_documented_error():
    f = abf_officer()[0]
    with pytest.raises(RiskInputError):
        build_advice([f, f], PLATFORMS)


def test_no_findings_no_advice():
    assert build_advice([], PLATFORMS) == []


# ---------------------------------------------------------------- contract and speed

def test_advice_entries_validate_against_the_contract():
    import jsonschema
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))["properties"]["advice"]
    entries = [a.to_report() for a in build_advice(abf_officer(), PLATFORMS)]
    jsonschema.validate(entries, schema)
    assert entries[0]["rank"] == 1 and "policy" in entries[0]


def test_hundreds_of_findings_are_advised():
    cats = list(CATEGORIES)
    findings = []
    for i in range(500):
        cat = cats[i % len(cats)]
        kind = "image_metadata" if cat == "geotag" else ("profile_field" if i % 11 == 0 else "text")
        url = f"https://social.example/media/{i}.jpg" if kind == "image_metadata" else (
            MASTO if kind == "profile_field" else f"{MASTO}/{i % 300}")
        findings.append(fnd(f"f{i}", cat, f"{cat} {i}", 0.2 + (i // 14 % 8) / 10, ev(url, kind),
                            ev(f"{BLOG}/p/{i % 90}", profile=BLOG)))
    items = build_advice(findings, PLATFORMS)
    assert len(items) > 300
    top = items[0]
    assert top.risk_reduction == _drop(findings, top.removal)


def test_bundled_how_names_each_platform_with_its_own_steps_only():
    findings = [
        fnd("emp", "employer", "Australian Border Force", 0.9, ev(f"{MASTO}/1"), ev(f"{BLOG}/about", profile=BLOG)),
        fnd("sys", "systems_information", "SmartGate", 0.9, ev(f"{MASTO}/2")),
    ]
    identity = next(a for a in build_advice(findings, PLATFORMS) if a.kind == "identity")
    how = identity.how
    assert "On Mastodon: " in how and "On your blog: " in how
    assert how.index("On Mastodon: ") < how.index("Delete & redraft") < how.index("On your blog: ") < how.index("aggregators")
    assert "Edit intro" not in how and how.count("Delete & redraft") == 1
    single = build_advice([findings[1]], PLATFORMS)[0]
    assert "On Mastodon: " not in single.how and "Delete & redraft" in single.how
