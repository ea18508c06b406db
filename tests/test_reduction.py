"""analysis/score/reduction.py gives, from counts, exactly what advice and the plan computed by copying
findings: `_reduction`'s signature, `Model.term` of the reduced finding (same bits), the category sums
`math.fsum` gives over the kept terms, and the action's places; also after findings change (`update`)."""
from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from footprint.analysis.findings import CATEGORIES, Evidence, Finding
from footprint.analysis.score.advice import Removal, _reduction, _urls
from footprint.analysis.score.reduction import Reductions, exact_partials
from footprint.analysis.score.risk import Model, load_params

from tests.risk_fixtures import KINDS, MASTO, PROFILE_POOL, URL_POOL

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
AUDIENCES = [None, "public", "unknown", "followers", "private", "friends-of-friends"]

evidence_st = st.builds(lambda url, kind, profile, vis: Evidence(url=url, kind=kind, excerpt="...", profile=profile,
                                                               visibility=vis),
                        st.sampled_from(URL_POOL), st.sampled_from(KINDS + ["inferred"]),
                        st.sampled_from(PROFILE_POOL + [""]), st.sampled_from(AUDIENCES))


@st.composite
def findings_st(draw):
    out = []
    for i in range(draw(st.integers(1, 10))):
        cat = draw(st.sampled_from(list(CATEGORIES)[:4]))       # few categories: several findings share one
        attrs = {}
        sources = draw(st.one_of(st.none(), st.lists(st.sampled_from(URL_POOL), max_size=4),
                                 st.sampled_from(URL_POOL)))
        if sources is not None:
            attrs["sources"] = sources                           # repeats, empty, and a bare string too
        evs = draw(st.lists(evidence_st, min_size=0 if i else 1, max_size=6))
        out.append(Finding(id=f"f{i}", category=cat, value=f"{cat} {i}", key=f"{cat} {i}",
                           confidence=draw(st.floats(0.0, 1.0)), evidence=evs, explanation="test", attrs=attrs))
    return out


removal_st = st.builds(
    Removal,
    st.frozensets(st.sampled_from(URL_POOL), min_size=1, max_size=6),
    st.one_of(st.none(), st.frozensets(st.sampled_from(KINDS + ["inferred"]), min_size=1)),
    st.one_of(st.none(), st.frozensets(st.sampled_from(list(CATEGORIES)[:4]), min_size=1)),
    st.one_of(st.none(), st.frozensets(st.sampled_from([f"f{i}" for i in range(10)]), min_size=1)),
)


def _expected(cur, removal, model):
    """What advice and the plan computed before: reduced copies, their terms, the category sums again."""
    changed = {}
    for i, f in enumerate(cur):
        if f is None:
            continue
        r, gone = _reduction(f, removal)
        if r is not f:
            changed[i] = (r, gone)
    logs = {}
    for cat in {cur[i].category for i in changed}:
        idx = [i for i, f in enumerate(cur) if f is not None and f.category == cat]
        kept = [model.term(cur[i]) for i in idx if i not in changed]
        kept += [model.term(changed[i][0]) for i in idx if i in changed and changed[i][0] is not None]
        logs[cat] = math.fsum(kept) if kept else None
    places = _urls([cur[i] for i in changed]) & removal.urls
    return changed, logs, places


def _check(red, cur, removal, model):
    changed, logs, places = _expected(cur, removal, model)
    effects = red.effects(range(len(cur)), removal)
    assert set(effects) == set(changed)
    for i, (r, gone) in changed.items():
        assert effects[i].gone == (r is None)
        if r is not None:
            assert effects[i].signature == gone
            got, want = red.counts[i].term(effects[i], model), model.term(r)
            assert got == want and math.copysign(1, got) == math.copysign(1, want)
    base = {c: 0.25 for c in CATEGORIES}
    got = red.category_logs(base, effects)
    for cat, lg in logs.items():
        assert got.get(cat) == lg
    assert red.places(effects, removal.urls) == places
    return changed


@FAST
@given(findings_st(), st.lists(removal_st, min_size=1, max_size=4))
def test_counts_give_what_copies_gave_and_after_steps_too(findings, removals):
    model = Model(load_params())
    cur = list(findings)
    red = Reductions(cur, model)
    for removal in removals:                     # each removal tried, then applied as a plan step
        changed = _check(red, cur, removal, model)
        new = {i: r for i, (r, _) in changed.items()}
        red.update(new, {i: model.term(r) for i, r in new.items() if r is not None})
        for i, r in new.items():
            cur[i] = r


def test_one_post_of_a_fact_shown_in_thousands_touches_only_its_own_evidence():
    urls = [f"{MASTO}/{i}" for i in range(3_000)]
    evs = [Evidence(url=u, kind="text", excerpt="...", profile=MASTO) for u in urls]
    home = Finding(id="f1", category="home_location", value="Parramatta", key="parramatta", confidence=0.8,
                   evidence=evs + [Evidence(url=MASTO, kind="inferred", excerpt="...", profile=MASTO)],
                   explanation="test", attrs={"sources": urls})
    model = Model(load_params())
    red = Reductions([home], model)
    removal = Removal(frozenset({urls[5]}))
    effect = red.effects([0], removal)[0]
    r, gone = _reduction(home, removal)
    assert effect.signature == gone == ((5,), (5,))
    assert red.counts[0].term(effect, model) == model.term(r)


@pytest.mark.parametrize("values", [[], [0.0], [-0.0, -0.0], [1e16, 1.0, -1e16], [-0.1] * 10,
                                    [-1e-300, -3.0, -2.5e-17, -7.0, -1e-300]])
def test_exact_partials_sum_exactly(values):
    parts = exact_partials(values)
    assert math.fsum(parts) == math.fsum(values)
    drop = values[:1]
    assert math.fsum(parts + [-v for v in drop]) == math.fsum(values[1:])
