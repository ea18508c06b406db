"""Cross-validated quality of the sentence classifier (analysis/detect/meaning.py) on its own corpus.

Why: the corpus is the learned layer's training data and its only held-apart measure. Each example is read by a
regression fitted without its fold (stratified K-fold over label and kind, fixed seed), so the numbers say how
the model does on sentences it was not fitted on. For each label it prints precision and recall at the
threshold in use (meaning.THRESHOLDS) and at a grid of thresholds, the threshold that keeps precision at or above
--precision with the most recall, and the worst-read examples (-v).

    .venv/bin/python benchmarks/eval_meaning.py [-k 5] [--precision 0.9] [-v]

Needs the corpus' vector cache to be fresh (`python -m footprint.analysis.detect.meaning` writes it) and
scikit-learn.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from footprint.analysis.detect import logreg, meaning  # noqa: E402

GRID = (0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)


def folds(strata: list[str], k: int, seed: int = 13) -> np.ndarray:
    """Fold number per example, each stratum (label/kind) dealt round the folds after a seeded shuffle."""
    rng = np.random.default_rng(seed)
    out = np.zeros(len(strata), dtype=int)
    by: dict[str, list[int]] = {}
    for i, s in enumerate(strata):
        by.setdefault(s, []).append(i)
    start = 0
    for key in sorted(by):
        idx = np.array(by[key])
        rng.shuffle(idx)
        out[idx] = (np.arange(len(idx)) + start) % k
        start += len(idx)
    return out


def cross_validated(examples, vectors, k: int, c: float) -> tuple[list[str], np.ndarray]:
    """Out-of-fold class probabilities (examples x classes) and the classes' order."""
    labels = np.array([e.label for e in examples])
    fold = folds([f"{e.label}/{e.kind}" for e in examples], k)
    classes = sorted(set(labels))
    probs = np.zeros((len(examples), len(classes)), dtype=np.float32)
    for f in range(k):
        train, test = fold != f, fold == f
        model = logreg.fit(vectors[train], labels[train], c)
        col = [list(model.classes).index(x) for x in classes]
        probs[test] = model.proba(vectors[test])[:, col]
    return classes, probs


def decide(classes: list[str], p: np.ndarray, thresholds: dict[str, float]) -> list[str]:
    """meaning.MeaningClassifier's rule without the near-copy and floor: best label if over its threshold and "none"."""
    out = []
    none = classes.index(meaning.NONE)
    for row in p:
        best = max((classes.index(lab) for lab in meaning.LABELS if lab in classes), key=lambda j: row[j])
        ok = row[best] >= thresholds[classes[best]] and row[best] >= row[none]
        out.append(classes[best] if ok else meaning.NONE)
    return out


def pr(pred: list[str], gold: np.ndarray, label: str) -> tuple[float, float, int, int, int]:
    pred = np.array(pred)
    tp = int(((pred == label) & (gold == label)).sum())
    fp = int(((pred == label) & (gold != label)).sum())
    fn = int(((pred != label) & (gold == label)).sum())
    return tp / max(1, tp + fp), tp / max(1, tp + fn), tp, fp, fn


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-k", type=int, default=5)
    ap.add_argument("--precision", type=float, default=0.9, help="precision a suggested threshold must keep")
    ap.add_argument("-v", "--verbose", action="store_true", help="list each label's missed and wrongly taken examples")
    args = ap.parse_args(argv)
    examples = meaning.load_corpus()
    vectors = meaning._cached_vectors(examples)
    if vectors is None:
        print("the corpus' vector cache is stale: run python -m footprint.analysis.detect.meaning first", file=sys.stderr)
        return 2
    vectors = meaning.cached(vectors)
    gold = np.array([e.label for e in examples])
    classes, p = cross_validated(examples, vectors, args.k, meaning.C)
    print(f"{len(examples)} examples, {args.k}-fold, C={meaning.C}")
    print(f"{'label':24} {'n':>4} {'thr':>5} {'P':>5} {'R':>5}  best thr for P>={args.precision}: P R")
    for lab in meaning.LABELS:
        now = pr(decide(classes, p, meaning.THRESHOLDS), gold, lab)
        best = None
        for t in GRID:
            got = pr(decide(classes, p, {**meaning.THRESHOLDS, lab: t}), gold, lab)
            if got[0] >= args.precision and (best is None or got[1] > best[1][1]):
                best = (t, got)
        grid = "  ".join(f"{t:.2f}:{x[0]:.2f}/{x[1]:.2f}" for t in GRID
                         for x in [pr(decide(classes, p, {**meaning.THRESHOLDS, lab: t}), gold, lab)])
        print(f"{lab:24} {int((gold == lab).sum()):4d} {meaning.THRESHOLDS[lab]:5.2f} {now[0]:5.2f} {now[1]:5.2f}  "
              + (f"{best[0]:.2f}: {best[1][0]:.2f} {best[1][1]:.2f}" if best else "none"))
        print(f"    P/R by threshold: {grid}")
        if args.verbose:
            pred = decide(classes, p, meaning.THRESHOLDS)
            col = classes.index(lab)
            for i, e in enumerate(examples):
                if (e.label == lab) != (pred[i] == lab):
                    what = "MISS" if e.label == lab else f"FP({e.label}/{e.kind})"
                    print(f"      {what:28} p={p[i, col]:.2f} {e.text[:110]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
