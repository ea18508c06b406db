"""The removal plan: greedy, really re-scored, one site per step, stops where the contract says."""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings

from footprint.analysis.score.advice import build_advice, remove_evidence
from footprint.analysis.score.plan import MIN_DROP, apply_steps, build_plan
from footprint.analysis.score.risk import band_for, risk_score
from tests.risk_fixtures import BLOG, CV, MASTO, PHOTO_A, PHOTO_B, PLATFORMS, abf_officer, ev, findings_st, fnd

FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _plan(findings):
    return build_plan(findings, build_advice(findings, PLATFORMS), PLATFORMS)


@FAST
@given(findings_st(max_size=14))
def test_every_score_after_is_a_full_rescore_and_never_increases(findings):
    plan = _plan(findings)
    assert plan.start == risk_score(findings)
    previous = plan.start
    for k, step in enumerate(plan.steps):
        assert step.score_after == risk_score(apply_steps(findings, plan.steps[: k + 1]))
        assert step.score_after <= previous
        assert step.band_after == band_for(step.score_after)
        previous = step.score_after
    report = plan.to_report()
    assert report["end"]["score"] == (plan.steps[-1].score_after if plan.steps else plan.start)


@FAST
@given(findings_st(max_size=12))
def test_plan_stops_at_low_or_when_nothing_helps(findings):
    advice = build_advice(findings, PLATFORMS)
    plan = build_plan(findings, advice, PLATFORMS)
    if band_for(plan.end) == "low":
        assert all(s.band_after != "low" for s in plan.steps[:-1])
        return
    left = apply_steps(findings, plan.steps)
    for a in advice:                        # no action on what is left lowers the score by MIN_DROP
        drop = round(risk_score(left) - risk_score(remove_evidence(left, a.removal)), 1)
        assert drop < MIN_DROP, (a.kind, a.where, [s.to_report() for s in plan.steps])


def test_steps_point_at_advice_and_stay_on_one_site():
    findings = abf_officer() + [
        fnd("emp2", "employer", "Australian Border Force", 0.9, ev(f"{BLOG}/about", profile=BLOG)),
        fnd("emp3", "employer", "ABF", 0.9, ev(CV, "profile_field", CV)),
    ]
    advice = build_advice(findings, PLATFORMS)
    ranks = {a.rank: a for a in advice}
    plan = build_plan(findings, advice, PLATFORMS)
    assert plan.start >= 50 and plan.steps and plan.end < plan.start
    sites = {MASTO: "Mastodon", BLOG: "your blog", CV: "the web page"}
    for s in plan.steps:
        assert s.advice_rank in ranks
        assert set(s.where) <= set(ranks[s.advice_rank].where) | set(s.removal.urls)
        owners = {MASTO if u in (PHOTO_A, PHOTO_B) else next((p for p in sites if u.startswith(p)), u)
                  for u in s.where}
        assert len(owners) == 1, s.where                   # one site per step
        if s.site in sites and s.kind in {"identity", "category", "fact"}:
            assert sites[s.site] in s.action
        other = {"Mastodon": "Delete & redraft", "your blog": "aggregators", "the web page": "Edit intro"}
        for name, words in other.items():
            if s.site in sites and sites[s.site] != name and s.kind != "identity":
                assert words not in s.how


@pytest.mark.parametrize("findings,expect_steps", [
    ([], 0),
    ([fnd("fam", "family", "Sarah (wife)", 0.9, ev(f"{MASTO}/1"))], 0),     # already low
])
def test_nothing_to_do_gives_an_empty_plan(findings, expect_steps):
    plan = _plan(findings)
    assert len(plan.steps) == expect_steps
    assert plan.to_report()["end"] == plan.to_report()["start"]


def test_gate_split_across_sites_is_taken_together():
    """One employer mention on two sites: either site alone changes nothing; the plan takes both in a row."""
    findings = [
        fnd("emp", "employer", "Australian Border Force", 0.95, ev(f"{MASTO}/1"), ev(f"{MASTO}/2"),
            ev(f"{BLOG}/about", profile=BLOG), ev(f"{BLOG}/2026/x", profile=BLOG)),
        fnd("home", "home_location", "Parramatta NSW", 0.9, ev(f"{MASTO}/3")),
        fnd("fam", "family", "Sarah (wife)", 0.9, ev(f"{MASTO}/4")),
        fnd("debt", "vulnerability", "debt", 0.9, ev(f"{MASTO}/5")),
    ]
    plan = _plan(findings)
    assert band_for(plan.start) in ("high", "critical") and band_for(plan.end) == "low"
    pair = [s for s in plan.steps if s.together]
    assert len(pair) == 2 and pair[1].step == pair[0].step + 1
    assert {s.site for s in pair} == {MASTO, BLOG}
    before = plan.steps[pair[0].step - 2].score_after
    assert before - pair[0].score_after < MIN_DROP <= pair[0].score_after - pair[1].score_after
    assert "work together" in pair[0].action


# --- platform steps are data (data/platforms.toml), validated on load ---------------------------

from footprint.analysis.score.platforms import PlatformConfigError, load_platforms, parse_platforms  # noqa: E402

GOOD = {"general": {k: "x" for k in ("camera", "strip", "post_location", "employer_fields", "work_through")},
        "platforms": {"other": {"label": "the site", "post": "p", "profile": "q", "photo": "r"}},
        "aliases": {"blog": "other"}}


@pytest.mark.parametrize("change,message", [
    (lambda d: d["platforms"].pop("other"), "needs [platforms.other]"),
    (lambda d: d["platforms"]["other"].pop("photo"), "photo: expected non-empty text"),
    (lambda d: d["platforms"]["other"].update(pots="typo"), "unknown key(s) pots"),
    (lambda d: d["general"].pop("camera"), "missing camera"),
    (lambda d: d["aliases"].update(toot="mastodon"), "every alias must name a listed platform"),
    (lambda d: d.update(extra={}), "unknown table(s) extra"),
])
def test_bad_platform_steps_are_named(change, message):
    import copy
    data = copy.deepcopy(GOOD)
    change(data)
    with pytest.raises(PlatformConfigError, match=re.escape(message)):
        parse_platforms(data, "platforms.toml")


def test_shipped_platform_steps_load_and_alias():
    steps = load_platforms()
    assert steps.normalise("Mastodon") == "activitypub" and steps.normalise("", "https://www.linkedin.com/in/x") == "linkedin"
    assert "Delete & redraft" in steps.how("post", "activitypub")
    assert steps.how("post", "no-such-platform") == steps.how("post", "other")
