"""How many people could ANY simple model of the six risk dimensions put in their intended band?

`calibrate_risk.py` fits the score's few parameters; when it finds nothing better, is the model's shape to blame
or do the dimensions not carry the bands? This answers with leave-one-set-out cross-validation of flexible
classifiers (logistic regression, with and without the identifiability interactions, and a shallow tree) on the
people of calibrate_risk's cache, twice: on the dimensions detection gave (what the score sees) and on
dimensions built from each person's labelled facts (perfect detection, each fact at confidence 0.8). It also
scores the labelled facts with the current `data/risk.toml`, to show where the bands would go as detection
recall grows.

    .venv/bin/python benchmarks/calibrate_risk.py --seen --cache /tmp/cases.json   # scans once
    .venv/bin/python benchmarks/band_ceiling.py /tmp/cases.json
"""
from __future__ import annotations

import argparse
import collections
import json
import math
import sys
import tomllib
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.tree import DecisionTreeClassifier

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from footprint.analysis.score.risk import DIMENSIONS, Model, band_for, load_params  # noqa: E402

BANDS = ["low", "moderate", "high", "critical"]
FACT_CONFIDENCE = 0.8


def truth_of(case: dict) -> dict:
    """The person's persona.toml (the case's name is "<group> <persona>")."""
    group, name = case["name"].split(" ", 1)
    if case["name"] == "dev demo":
        path = ROOT / "data" / "demo" / "persona.toml"
    else:
        base = {"dev": ROOT / "tests" / "personas", "blinddev": ROOT / "tests" / "blinddev"}.get(group, ROOT / "tests" / "heldout" / group)
        path = base / name / "persona.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


def truth_logs(truth: dict) -> dict[str, float]:
    logs: dict[str, float] = collections.defaultdict(float)
    for fact in truth.get("facts", []):
        logs[fact["category"]] += math.log(1 - FACT_CONFIDENCE)
    return dict(logs)


def cross_validated(X: np.ndarray, y: np.ndarray, ok: list[set[int]], groups: np.ndarray, make) -> int:
    """People in an accepted band when each set is predicted by a model fitted on all the others."""
    right = 0
    for g in sorted(set(groups)):
        held = groups == g
        predicted = make().fit(X[~held], y[~held]).predict(X[held])
        right += sum(p in ok[i] for p, i in zip(predicted, np.flatnonzero(held)))
    return right


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cache", help="calibrate_risk.py's --cache file")
    args = ap.parse_args()
    cases = [c for c in json.loads(Path(args.cache).read_text()) if c["group"] != "fixture"]
    model = Model(load_params())
    y = np.array([BANDS.index(c["bands"][0]) for c in cases])
    ok = [{BANDS.index(b) for b in c["bands"]} for c in cases]
    groups = np.array([c["group"] for c in cases])
    truths = [truth_logs(truth_of(c)) for c in cases]
    X = {"detected": np.array([[model.dimensions(c["logs"])[d] for d in DIMENSIONS] for c in cases]),
         "labelled facts": np.array([[model.dimensions(t)[d] for d in DIMENSIONS] for t in truths])}
    makers = {"logistic regression": lambda: LogisticRegression(C=3.0, max_iter=3000),
              "logistic regression + interactions": "interactions",
              "tree, depth 3": lambda: DecisionTreeClassifier(max_depth=3, min_samples_leaf=4, random_state=0)}
    print(f"{len(cases)} people; leave-one-set-out over {len(set(groups))} groups\n")
    print("| dimensions from | current risk.toml | " + " | ".join(makers) + " |")
    print("| --- | --- | " + " | ".join("---" for _ in makers) + " |")
    for source, dims in X.items():
        logs = [c["logs"] for c in cases] if source == "detected" else truths
        now = sum(band_for(model.score(lg)) in c["bands"] for lg, c in zip(logs, cases))
        cells = []
        for make in makers.values():
            feats = dims
            if make == "interactions":
                feats = np.hstack([dims, dims[:, [0]] * dims[:, 1:]])
                make = makers["logistic regression"]
            cells.append(f"{cross_validated(feats, y, ok, groups, make)}/{len(cases)}")
        print(f"| {source} | {now}/{len(cases)} | " + " | ".join(cells) + " |")
    confusion = collections.Counter((c["bands"][0], band_for(model.score(t))) for c, t in zip(cases, truths))
    print("\nlabelled facts scored by the current risk.toml (intended -> scored):")
    for (want, got), n in sorted(confusion.items(), key=lambda kv: (BANDS.index(kv[0][0]), BANDS.index(kv[0][1]))):
        print(f"  {want:9} -> {got:9} {n}")


if __name__ == "__main__":
    main()
