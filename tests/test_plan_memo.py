"""The plan remembers what each candidate would do between greedy steps (analysis/score/plan.py
`_State.tried`) and asks again only where a step changed something it depends on: the plan must
be the same as when every candidate is re-tried at every step."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from footprint.analysis.score import plan as plan_mod
from footprint.analysis.score.advice import build_advice
from footprint.analysis.score.plan import build_plan

from tests.risk_fixtures import PLATFORMS, abf_officer, findings_st

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _both(findings, monkeypatch):
    advice = build_advice(findings, PLATFORMS)
    remembered = build_plan(findings, advice, PLATFORMS).to_report()
    tried = plan_mod._State.tried

    def afresh(self, c):
        self.memo.clear()
        return tried(self, c)

    with monkeypatch.context() as m:
        m.setattr(plan_mod._State, "tried", afresh)
        fresh = build_plan(findings, advice, PLATFORMS).to_report()
    return remembered, fresh


@FAST
@given(findings_st(min_size=4, max_size=24))
def test_remembered_plan_equals_the_plan_tried_afresh(findings):
    with pytest.MonkeyPatch.context() as mp:
        remembered, fresh = _both(findings, mp)
    assert remembered == fresh


def test_abf_officer_plan_equals_the_plan_tried_afresh(monkeypatch):
    remembered, fresh = _both(abf_officer(), monkeypatch)
    assert remembered["steps"] and remembered == fresh
