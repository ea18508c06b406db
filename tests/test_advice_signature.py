"""Advice dedupes candidate actions on what they take away (analysis/score/advice.py `_reduction`):
two removals must count as one exactly when they leave every finding the same, as the kept
evidence (by identity) and kept sources said before, which held too much memory at 50,000 posts."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from footprint.analysis.score.advice import Removal, _reduce, _reduction
from footprint.analysis.score.risk import finding_sources

from tests.risk_fixtures import KINDS, MASTO, URL_POOL, ev, findings_st, fnd

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

removal_st = st.builds(
    Removal,
    st.frozensets(st.sampled_from(URL_POOL), min_size=1, max_size=5),
    st.one_of(st.none(), st.frozensets(st.sampled_from(KINDS + ["inferred"]), min_size=1)),
)


def _kept_signature(finding, r):
    """The signature as it was: the kept evidence objects and sources (None when nothing is left)."""
    if r is None:
        return None
    return tuple(map(id, r.evidence)), tuple(finding_sources(r))


@FAST
@given(findings_st(min_size=1, max_size=6), removal_st, removal_st)
def test_same_removed_exactly_when_same_kept(findings, a, b):
    for f in findings:
        (ra, ga), (rb, gb) = _reduction(f, a), _reduction(f, b)
        assert ra is _reduce(f, a) or (ra.evidence == _reduce(f, a).evidence and ra.attrs == _reduce(f, a).attrs)
        if ra is f or rb is f:
            continue                     # untouched: not part of a signature
        assert ((None if ra is None else ga) == (None if rb is None else gb)) == \
            (_kept_signature(f, ra) == _kept_signature(f, rb))


def test_one_post_of_a_widely_shown_fact_gives_a_small_signature():
    urls = [f"{MASTO}/{i}" for i in range(2_000)]
    home = fnd("home", "home_location", "Parramatta", 0.8, *(ev(u) for u in urls),
               ev(MASTO, "inferred"), sources=urls)
    r, gone = _reduction(home, Removal(frozenset({urls[7]})))
    assert len(r.evidence) == 2_000 and finding_sources(r) == urls[:7] + urls[8:]
    assert gone == ((7,), (7,))
