"""Re-fit the risk score's blend on labelled people: which exposure counts, and how the gate and exposure mix.

The score's dimensions come from detection; how they become a band is set in `data/risk.toml` by the blend
(`ungated_share`, `gate_floor`, `exposure_scale`) and the exposure weight of each dimension (`[score.exposure]`;
susceptibility stays at 1.0, the unit the others are measured in). This scans every labelled person once
(the same path as `footprint scan`), records each one's per-category log-survival sums (so any blend can be
re-scored without scanning again; `--cache FILE` keeps them between runs), takes the fixture cases of
`tests/test_risk.py`, and grid-searches round values of GRID.

A setting is admissible when every fixture case and every dev persona (demo included) lands in its intended
band, at least `--min-margin` points (0.5) from its edges: tests/test_risk.py and benchmarks/evaluate.py assert
those, and detection changing under them should not flip one. Among admissible settings the one with the
most people of the fitted part in band wins, then the larger ungated share (a missed employer costs less),
then the smallest total distance (points) outside the bands.

    .venv/bin/python benchmarks/calibrate_risk.py [--seen] [--no-more-below] [--cache /tmp/cases.json] [--refresh] [--against old.toml]

`--no-more-below` admits only settings that put no more people below their intended band than now: a band
too low is a false reassurance, worse than one too high.

Without `--seen` the people are the dev personas and the blind dev set (tests/blinddev/). `--seen` adds the
held-out sets whose misses have been read (SEEN_SETS; tests/heldout/README.md keeps their status) and
cross-checks against over-fitting:
fit on one half of the sets (FOLDS) and count bands on the other (held apart),
then the other way round, then fit on all. Honest sets are refused: a band fitted on them would no longer
measure anything.

The ungated share stays at or below `--max-ungated` (0.3): a person nobody can tell is staff, and who leaks
nothing official, then scores at most `100 * share`.
"""
from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import math
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from footprint.analysis.score.risk import DIMENSIONS, GATE_DIMENSIONS, Model, band_for, load_params  # noqa: E402

SEEN_SETS = tuple(f"heldout/set{n}" for n in range(1, 54))
BAND_LOW = {"low": 0.0, "moderate": 25.0, "high": 50.0, "critical": 75.0}
BAND_HIGH = {"low": 25.0, "moderate": 50.0, "high": 75.0, "critical": math.inf}
HARD = ("fixture", "dev")                          # tests assert these bands
FOLDS = (("dev + sets 1-5 + 14-15 + 18-19 + 22-23 + 26-27 + 30-31 + 34 + 36 + 38 + 40 + 42 + 44 + 46 + 48",
          ("dev", "set1", "set2", "set3", "set4", "set5", "set14", "set15", "set18", "set19", "set22", "set23", "set26",
           "set27", "set30", "set31", "set34", "set36", "set38", "set40", "set42", "set44", "set46", "set48", "set50", "set52")),
         ("sets 6-13 + 16-17 + 20-21 + 24-25 + 28-29 + 32-33 + 35 + 37 + 39 + 41 + 43 + 45 + 47 + 49 + blinddev",
          ("set6", "set7", "set8", "set9", "set10", "set11", "set12", "set13", "set16", "set17", "set20", "set21", "set24",
           "set25", "set28", "set29", "set32", "set33", "set35", "set37", "set39", "set41", "set43", "set45", "set47", "set49", "set51", "set53", "blinddev")))
# Round values only: a handful of parameters, each on a coarse grid.
GRID = {
    "exposure.locatability": (0.1, 0.25, 0.5),
    "exposure.leverage": (0.25, 0.5, 0.75),
    "exposure.reachability": (0.1, 0.25, 0.5),      # never 0: a way to approach the person always counts
    "exposure.leakage": (0.25, 0.5, 1.0),           # official information raises the score, not only the gate
    "exposure_scale": (0.75, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0),
    "gate_floor": (0.2, 0.3, 0.4, 0.45, 0.5),
    "ungated_share": (0.2, 0.3),   # at most 0.3: the only part of the score a missed employer leaves (round 3)
}


def _capture_logs(sink: list):
    """Wrap the pipeline's score_findings so each scan also records its category log-survival sums
    (what every parameter but corroboration and visibility acts on), keeping the scan itself unchanged."""
    import footprint.analysis.pipeline as pipeline
    original = pipeline.score_findings

    def wrapped(findings, params=None):
        sink.append(Model(params).category_logs(list(findings)))
        return original(findings, params)
    return pipeline, original, wrapped


def collect_cases(set_names) -> list[dict]:
    """Every labelled case as {name, group, bands, rank, logs}: the fixtures, then each set's people,
    scanned once end to end; `logs` are per-category sums of ln(1 - c_eff), so any weight, gate or blend
    can be re-scored without scanning again."""
    import evaluate
    from tests.test_risk import PERSONAS
    model = Model()
    cases = [{"name": f"fixture: {name}", "group": "fixture", "bands": sorted(bands), "rank": 0,
              "logs": model.category_logs(build())} for name, (build, bands) in PERSONAS.items()]
    sink: list = []
    pipeline, original, wrapped = _capture_logs(sink)
    pipeline.score_findings = wrapped
    try:
        for set_name in set_names:
            group = set_name.split("/")[-1]
            with tempfile.TemporaryDirectory() as td:
                for name, toml, site_dir in evaluate.discover(None, set_name):
                    sink.clear()
                    run = evaluate.run_persona(name, toml, site_dir, Path(td))
                    cases.append({"name": f"{group} {name}", "group": group, "bands": [run.score.intended_band],
                                  "rank": run.rank, "logs": sink[-1], "reported": run.score.score})
                    print(f"scanned {group} {name}: {run.score.score}", file=sys.stderr)
    finally:
        pipeline.score_findings = original
    return cases


def with_setting(base, setting: dict):
    """RiskParams with GRID-style keys ("exposure.leverage", "gate_floor") replaced."""
    exposure = dict(base.exposure)
    top = {}
    for key, value in setting.items():
        if key.startswith("exposure."):
            exposure[key.split(".", 1)[1]] = value
        else:
            top[key] = value
    return dataclasses.replace(base, exposure=exposure, **top)


def scores(params, dims: np.ndarray) -> np.ndarray:
    """Every case's reported score under params (Model.combine, rounded to one decimal)."""
    model = Model(params)
    return np.array([round(model.combine(dict(zip(DIMENSIONS, row))), 1) for row in dims])


def grid_scores(base, dims: np.ndarray, settings: np.ndarray, keys: list[str]) -> np.ndarray:
    """Scores of every case under every setting at once (settings x cases); same formula as Model.combine."""
    col = {k: settings[:, i][:, None] for i, k in enumerate(keys)}
    get = lambda k, default: col.get(k, default)        # noqa: E731
    gate_surv = np.ones((len(settings), len(dims)))
    for g in GATE_DIMENSIONS:
        gate_surv = gate_surv * (1.0 - base.gate[g] * dims[:, DIMENSIONS.index(g)])
    total = sum(get(f"exposure.{d}", base.exposure[d]) * dims[:, j] for j, d in enumerate(DIMENSIONS))
    exposure = -np.expm1(-total / get("exposure_scale", base.exposure_scale))
    s, f = get("ungated_share", base.ungated_share), get("gate_floor", base.gate_floor)
    raw = 100.0 * (s * exposure + (1.0 - s) * (1.0 - gate_surv) * (f + (1.0 - f) * exposure))
    return np.round(np.clip(np.interp(raw, *base.calibration), 0.0, 100.0), 1)


def in_band(sc: np.ndarray, cases: list[dict], inset: float = 0.0) -> tuple[np.ndarray, np.ndarray]:
    """Per case: inside its band (at least `inset` points from either edge), and points outside it."""
    lo = np.array([min(BAND_LOW[b] for b in c["bands"]) for c in cases])
    hi = np.array([max(BAND_HIGH[b] for b in c["bands"]) for c in cases])
    inside = (sc >= lo + np.where(lo > 0, inset, 0.0)) & (sc < hi - inset)     # 0 is no edge to keep off
    return inside, np.maximum(lo - sc, 0) + np.maximum(sc - hi, 0)


def spearman(sc: np.ndarray, cases: list[dict], groups) -> float | None:
    """Mean over sets of Spearman's rho between score and intended order (rank 1 = most at risk)."""
    from scipy.stats import spearmanr
    rhos = []
    for g in groups:
        idx = [i for i, c in enumerate(cases) if c["group"] == g and c["rank"]]
        if len(idx) >= 3:
            rhos.append(spearmanr(sc[idx], [-cases[i]["rank"] for i in idx]).statistic)
    return float(np.mean(rhos)) if rhos else None


def load_cases(args) -> list[dict]:
    sets = ("dev", "blinddev") + (SEEN_SETS if args.seen else ())
    cache = Path(args.cache) if args.cache else None
    if cache and cache.is_file() and not args.refresh:
        cases = json.loads(cache.read_text(encoding="utf-8"))
        groups = {c["group"] for c in cases}
        if all(s.split("/")[-1] in groups for s in sets):
            return [c for c in cases if c["group"] == "fixture" or c["group"] in {s.split("/")[-1] for s in sets}]
    cases = collect_cases(sets)
    if cache:
        cache.write_text(json.dumps(cases), encoding="utf-8")
    return cases


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--max-ungated", type=float, default=0.3)
    ap.add_argument("--seen", action="store_true", help="also the held-out sets already read (SEEN_SETS), with cross-checks")
    ap.add_argument("--min-margin", type=float, default=0.5,
                    help="points every fixture and dev persona must sit inside its band (default 0.5)")
    ap.add_argument("--cache", help="keep the scanned cases in this JSON file and reuse them")
    ap.add_argument("--refresh", action="store_true", help="scan again even when --cache exists")
    ap.add_argument("--against", help="compare with the parameters in this risk.toml (default: data/risk.toml)")
    ap.add_argument("--no-more-below", action="store_true",
                    help="admit only settings that put no more people of the fitted part below their band than now")
    args = ap.parse_args(argv)
    cases = load_cases(args)
    base = load_params()
    model = Model(base)
    dims = np.array([[model.dimensions(c["logs"])[d] for d in DIMENSIONS] for c in cases])
    group = np.array([c["group"] for c in cases])
    hard = np.isin(group, HARD)
    people = group != "fixture"
    grid = {k: v for k, v in GRID.items() if k != "ungated_share"}
    grid["ungated_share"] = tuple(v for v in GRID["ungated_share"] if v <= args.max_ungated + 1e-9)
    keys = list(grid)
    settings = np.array(list(itertools.product(*grid.values())), dtype=float)
    sc = grid_scores(base, dims, settings, keys)
    right, dist = zip(*(in_band(row, cases) for row in sc))
    right, dist = np.array(right), np.array(dist)
    # the cases tests assert must sit a little inside their bands: detection is being improved in parallel
    admissible = np.array([in_band(row, cases, args.min_margin)[0][hard].all() for row in sc])

    lo = np.array([min(BAND_LOW[b] for b in c["bands"]) for c in cases])
    hi = np.array([max(BAND_HIGH[b] for b in c["bands"]) for c in cases])
    now_params = load_params(args.against) if args.against else base
    now = scores(now_params, dims)
    below_all, now_below = sc < lo, now < lo                    # settings x cases, and now: below the intended band

    def best(mask: np.ndarray) -> int:
        idx = np.flatnonzero(admissible)
        if args.no_more_below:      # false reassurance: no more people of the fitted part below their band than now
            idx = idx[below_all[idx][:, mask].sum(axis=1) <= now_below[mask].sum()]
        # most in band; then the larger ungated share (detection misses about a third of facts on unseen
        # people, the employer among them: a missed gate should cost less); then least distance outside
        key = (right[idx][:, mask].sum(axis=1) * 1e6 + settings[idx, keys.index("ungated_share")] * 1e4
               - dist[idx][:, mask].sum(axis=1))
        return int(idx[np.argmax(key)])

    def setting_of(i: int) -> dict:
        return {k: round(float(v), 3) for k, v in zip(keys, settings[i])}

    order = [g for g in ("dev", "blinddev", *(s.split("/")[-1] for s in SEEN_SETS)) if g in set(group)]
    parts = [("fixtures", group == "fixture"), ("dev", group == "dev"), ("blinddev", group == "blinddev")]
    if args.seen:
        parts[2:2] = [("sets 1-5", np.isin(group, ("set1", "set2", "set3", "set4", "set5"))),
                      ("sets 6-13", np.isin(group, ("set6", "set7", "set8", "set9", "set10", "set11", "set12", "set13"))),
                      ("sets 14-21", np.isin(group, tuple(f"set{n}" for n in range(14, 22)))),
                      ("sets 22-29", np.isin(group, tuple(f"set{n}" for n in range(22, 30)))),
                      ("sets 30-35", np.isin(group, tuple(f"set{n}" for n in range(30, 36)))),
                      ("sets 36-41", np.isin(group, tuple(f"set{n}" for n in range(36, 42))))]
    now_right = in_band(now, cases)[0]
    print(f"{len(cases)} cases ({(~people).sum()} fixtures, {people.sum()} people); {len(settings)} settings, "
          f"{admissible.sum()} keep every fixture and dev persona {args.min_margin} points inside its band")
    current = {k: (now_params.exposure[k.split('.', 1)[1]] if k.startswith("exposure.") else getattr(now_params, k))
               for k in keys}
    print(f"\nnow ({args.against or 'data/risk.toml'}) {current}: {now_right[people].sum()}/{people.sum()} people in band")
    if args.seen:
        print("\ncross-check (fit on one part, count on the other, never seen by the fit):")
        for (fit_name, fit_groups), (held_name, held_groups) in (FOLDS, FOLDS[::-1]):
            fit, held = np.isin(group, fit_groups), np.isin(group, held_groups)
            i = best(fit)
            print(f"  fit on {fit_name}: {setting_of(i)}\n"
                  f"    fitted part {right[i, fit].sum()}/{fit.sum()} (now {now_right[fit].sum()}), "
                  f"held apart {held_name} {right[i, held].sum()}/{held.sum()} (now {now_right[held].sum()})")
    i = best(people)
    chosen = scores(with_setting(base, setting_of(i)), dims)     # the real Model, not the vectorised copy
    if not np.array_equal(chosen, sc[i]):
        raise SystemExit("grid_scores and Model.combine disagree: update grid_scores to the formula in risk.py")
    print(f"\nfit on all people: {setting_of(i)}: {right[i, people].sum()}/{people.sum()} in band")
    print("\n| part | bands right now | bands right fitted | Spearman now | Spearman fitted |\n| --- | --- | --- | --- | --- |")
    for name, mask in parts + [("all people", people)]:
        groups = [g for g in order if g in set(group[mask])]
        rho = [spearman(x, cases, groups) for x in (now, chosen)]
        rho_txt = " | ".join("" if r is None else f"{r:.3f}" for r in rho)
        print(f"| {name} | {now_right[mask].sum()}/{mask.sum()} | {right[i, mask].sum()}/{mask.sum()} | {rho_txt} |")
    for label, sc_ in (("now", now), ("fitted", chosen)):
        above, below = (sc_ >= hi) & people, (sc_ < lo) & people
        print(f"{'' if label == 'fitted' else chr(10)}people above / below their band, {label}: {above.sum()} above (mean {np.mean((sc_ - hi)[above]):.1f} "
              f"points over), {below.sum()} below (mean {np.mean((lo - sc_)[below]):.1f} points under)")
    print("\n| case | intended | score now | band now | score fitted | band fitted |\n| --- | --- | --- | --- | --- | --- |")
    for c, a, b in zip(cases, now, chosen):
        print(f"| {c['name']} | {'/'.join(c['bands'])} | {a} | {band_for(a)} | {b} | {band_for(b)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
