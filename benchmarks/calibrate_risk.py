"""Re-check the risk score's blend parameters on the development cases (never on held-out people).

The score's dimensions come from detection; how they are blended into a band is set by four numbers in
`data/risk.toml` (`ungated_share`, `gate_floor`, `exposure_scale`, and the susceptibility weight stays as
it is). This scans every development persona once (the same path as `footprint scan`), takes the
fixture cases of `tests/test_risk.py`, and grid-searches the blend: a setting is admissible when every
case lands in its intended band, and the best is the one whose worst case lies furthest inside its band
(margin in score points). The current setting is printed beside it.

    .venv/bin/python benchmarks/calibrate_risk.py [--max-ungated 0.3] [--seen]

`--seen` adds the held-out sets whose misses have been read (SEEN_SETS; tests/heldout/README.md keeps
their status): sixty-odd people written by others, scanned with the detection they really get, so the
blend is set on realistic findings and not only on personas the detectors were debugged against. The
fixture cases must all stay in band (tests/test_risk.py asserts them); among the settings that keep
them, the one with the most people in their band wins, then the widest worst margin among the people.
Honest sets are refused: a band fitted on them would no longer measure anything.

`--max-ungated` caps the share of the score that needs no identification: a person nobody can tell is
staff, and who leaks nothing official, then scores at most `100 * share`.
"""
from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from footprint.analysis.score.risk import Model, band_for, load_params, score_findings  # noqa: E402

SEEN_SETS = ("heldout/set1", "heldout/set2", "heldout/set3", "heldout/set4", "heldout/set5")
BAND_EDGES = {"low": (0.0, 25.0), "moderate": (25.0, 50.0), "high": (50.0, 75.0), "critical": (75.0, 100.0)}


def fixture_cases() -> list[tuple[str, dict[str, float], set[str]]]:
    """(name, dimensions, admissible bands) for the hand-built cases of tests/test_risk.py."""
    from tests.test_risk import PERSONAS
    return [(f"fixture: {name}", score_findings(build()).dimensions, bands) for name, (build, bands) in PERSONAS.items()]


def persona_cases(set_name: str = "dev") -> list[tuple[str, dict[str, float], set[str]]]:
    """(name, dimensions, {intended band}) for every persona of a set, scanned end to end."""
    import evaluate
    out = []
    label = "persona" if set_name == "dev" else set_name.split("/")[-1]
    with tempfile.TemporaryDirectory() as td:
        for name, toml, site_dir in evaluate.discover(None, set_name):
            run = evaluate.run_persona(name, toml, site_dir, Path(td))
            report = json.loads((Path(td) / name / "report.json").read_text(encoding="utf-8"))
            out.append((f"{label} {name}", report["risk"]["dimensions"], {run.score.intended_band}))
    return out


def margin(score: float, bands: set[str]) -> float:
    """How far inside the best admissible band a score lies, in points (negative: outside every one)."""
    def inside(band: str) -> float:
        lo, hi = BAND_EDGES[band]
        return hi - score if band == "low" else score - lo if band == "critical" else min(score - lo, hi - score)
    return max(inside(b) for b in bands)


def evaluate_setting(model: Model, cases) -> tuple[float, int, list[float]]:
    scores = [round(model.combine(dims), 1) for _, dims, _ in cases]
    margins = [margin(s, bands) for s, (_, _, bands) in zip(scores, cases)]
    right = sum(band_for(s) in bands for s, (_, _, bands) in zip(scores, cases))
    return min(margins), right, scores


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--max-ungated", type=float, default=0.3)
    ap.add_argument("--seen", action="store_true", help="also the held-out sets already read (SEEN_SETS)")
    args = ap.parse_args(argv)
    fixtures = fixture_cases()
    people = persona_cases() + [c for name in (SEEN_SETS if args.seen else ()) for c in persona_cases(name)]
    cases = fixtures + people
    base = load_params()
    current = evaluate_setting(Model(base), cases)
    best = None
    for s, f, k in itertools.product([x / 100 for x in range(20, int(args.max_ungated * 100) + 1, 5)],
                                     [x / 100 for x in range(50, 81)],
                                     [x / 100 for x in range(100, 305, 5)]):
        model = Model(dataclasses.replace(base, ungated_share=s, gate_floor=f, exposure_scale=k))
        fixtures_worst = evaluate_setting(model, fixtures)[0]
        if fixtures_worst < 0:
            continue                                   # a fixture case out of its band: tests/test_risk.py fails
        worst, right, scores = evaluate_setting(model, cases)
        people_worst = evaluate_setting(model, people)[0]
        key = (right, people_worst)
        if best is None or key > best[0]:
            best = (key, (s, f, k), scores)
    (right, worst), (s, f, k), scores = best
    print(f"{len(cases)} development cases ({len(fixtures)} fixtures, {len(people)} people)")
    print(f"current: ungated_share={base.ungated_share} gate_floor={base.gate_floor} "
          f"exposure_scale={base.exposure_scale}: {current[1]}/{len(cases)} bands right, worst margin {current[0]:.1f}")
    print(f"best:    ungated_share={s} gate_floor={f} exposure_scale={k}: {right}/{len(cases)} bands right, "
          f"worst margin {worst:.1f}")
    print(f"\n| case | intended | score now | band now | score best | band best |\n| --- | --- | --- | --- | --- | --- |")
    for (name, _, bands), now, new in zip(cases, current[2], scores):
        print(f"| {name} | {'/'.join(sorted(bands))} | {now} | {band_for(now)} | {new} | {band_for(new)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
