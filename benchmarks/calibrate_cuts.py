"""Fit where the contract's band edges fall on the blend's raw score ([score.calibration] in data/risk.toml).

The blend (benchmarks/calibrate_risk.py fits its weights) orders people; this fits only the two knots that say at
which raw score "high" and "critical" begin, on the bands blind writers gave the seen held-out sets. It reports the
fit on all seen people, each fold of calibrate_risk.FOLDS fitted on one and counted on the other, the people below
their band (false reassurance), and which fixtures or development personas would change band.

    .venv/bin/python benchmarks/calibrate_cuts.py --cache FILE     # FILE as calibrate_risk.py --seen --cache writes it
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from calibrate_risk import FOLDS, HARD, load_cases  # noqa: E402
from footprint.analysis.score.risk import Model, load_params  # noqa: E402

ORDER = {"low": 0, "moderate": 1, "high": 2, "critical": 3}
HIGH_STARTS = np.arange(50.0, 70.01, 0.5)
CRITICAL_STARTS = np.arange(74.0, 82.01, 0.5)


def bands_at(raw: np.ndarray, high: float, critical: float) -> np.ndarray:
    """Band index of each raw score when "high" starts at `high` and "critical" at `critical` (moderate at 25)."""
    return np.select([raw < 25.0, raw < high, raw < critical], [0, 1, 2], 3)


def counts(raw, wanted, mask, high, critical) -> tuple[int, int]:
    """(people in one of their bands, people below all of them) among `mask`."""
    got = bands_at(raw, high, critical)
    right = np.array([g in w for g, w in zip(got, wanted)])
    below = np.array([g < min(w) for g, w in zip(got, wanted)])
    return int(right[mask].sum()), int(below[mask].sum())


def best(raw, wanted, mask) -> tuple[float, float]:
    """Most people in band less those below it (false reassurance counts twice: once as a wrong band, once more
    for hiding risk); among ties, the edges nearest the contract's 50 and 75."""
    grid = [(h, c) for h in HIGH_STARTS for c in CRITICAL_STARTS]

    def key(hc):
        right, below = counts(raw, wanted, mask, *hc)
        return right - below, -abs(hc[0] - 50.0) - abs(hc[1] - 75.0)
    return max(grid, key=key)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", help="the scanned cases (calibrate_risk.py --seen --cache FILE); scanned when absent")
    ap.add_argument("--refresh", action="store_true", help="scan again even when --cache exists")
    args = ap.parse_args(argv)
    cache = Path(args.cache) if args.cache else None
    if cache and cache.is_file() and not args.refresh:      # as it is, even from before the latest sets were read
        cases = json.loads(cache.read_text(encoding="utf-8"))
    else:
        cases = load_cases(argparse.Namespace(seen=True, cache=args.cache, refresh=args.refresh))
    print("groups:", " ".join(sorted({c["group"] for c in cases}, key=lambda g: (len(g), g))))
    params = load_params()
    model = Model(dataclasses.replace(params, calibration=((0.0, 100.0), (0.0, 100.0))))
    raw = np.array([model.raw_score(c["logs"]) for c in cases])
    wanted = [[ORDER[b] for b in c["bands"]] for c in cases]
    group = np.array([c["group"] for c in cases])
    hard = np.isin(group, HARD)
    people = ~hard & (group != "fixture")
    knots = dict(zip(params.calibration[1], params.calibration[0]))
    now = (knots.get(50.0, 50.0), knots.get(75.0, 75.0))
    print(f"{people.sum()} seen people, {hard.sum()} fixtures and dev personas; raw scores before calibration")
    for band, k in ORDER.items():
        sel = raw[people & np.array([w == [k] for w in wanted])]
        if len(sel):
            print(f"  {band:9s} {len(sel):4d} people: raw 10/25/50/75/90th percentile {np.percentile(sel, [10, 25, 50, 75, 90]).round(1)}")
    for name, edges in (("contract edges (50, 75)", (50.0, 75.0)), (f"data/risk.toml {now}", now)):
        r, b = counts(raw, wanted, people, *edges)
        print(f"{name}: {r}/{people.sum()} in band, {b} below")
    for (fit_name, fit_groups), (held_name, held_groups) in (FOLDS, FOLDS[::-1]):
        fit, held = people & np.isin(group, fit_groups), people & np.isin(group, held_groups)
        edges = best(raw, wanted, fit)
        print(f"fit on {fit_name[:40]}...: edges {edges}; fitted {counts(raw, wanted, fit, *edges)} "
              f"(contract {counts(raw, wanted, fit, 50.0, 75.0)}); held apart {counts(raw, wanted, held, *edges)} "
              f"(contract {counts(raw, wanted, held, 50.0, 75.0)})   [in band, below]")
    edges = best(raw, wanted, people)
    print(f"fit on all seen people: edges {edges}: {counts(raw, wanted, people, *edges)} [in band, below]")
    got = bands_at(raw, *now)
    for i in np.flatnonzero(hard):
        if got[i] not in wanted[i]:
            print(f"  with data/risk.toml's edges, {cases[i]['name']} (raw {raw[i]:.1f}) leaves {cases[i]['bands']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
