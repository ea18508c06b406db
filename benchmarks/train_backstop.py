"""Train the learned backstop (analysis/detect/backstop.py) on the seen held-out sets and choose its thresholds.

Input: build/seen/ from benchmarks/seen_sentences.py (every passage of every seen persona, labelled with the
categories of the facts it proves). For each category a logistic regression over the passage's MiniLM vector
and its words (tf-idf of words and word pairs, weighted WORD_WEIGHT) says whether the passage tells that kind
of thing.

Thresholds are chosen where the backstop is meant to work: on people the rules had never seen. A history file
holds the reports (rules alone) that the code of a round's start made of held-out sets it had never read
(benchmarks/history/README.md): round 15's, of sets 30 to 35, round 17's, of sets 36 to 41, round 18's, of
sets 42 to 45, and round 20's, of sets 50 to 53. For each history the backstop is fitted on the seen sets before its sets and the development rows not written from their misses,
and completes its reports as backstop.py would (a passage the rules did not cite for the category, at or above the
threshold, naming a person or a place where the category needs one). The counts of both are pooled, and each
category's threshold is the highest whose pooled F1 gain, averaged with its neighbours on the grid, is within 90%
of the best; a category that never rose, or found fewer than MIN_GAIN more facts per history, gets none.
The shipped model is then fitted on every seen set with those thresholds.

    .venv/bin/python benchmarks/train_backstop.py            # validate, print before / after per category
    .venv/bin/python benchmarks/train_backstop.py --write    # and fit on every seen set, write data/backstop/
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from seen_sentences import OUT, SEEN_SETS, extractor_for  # noqa: E402

GRID = [round(x, 2) for x in np.arange(0.30, 0.96, 0.05)]
C = 2.0
WORD_WEIGHT = 3.0
MIN_GAIN = 3          # a category is switched on only if it finds at least this many more facts (fewer is noise)
HISTORIES = [ROOT / "benchmarks" / "history" / "r15start_sets30-35.jsonl.gz",
             ROOT / "benchmarks" / "history" / "r17start_sets36-41.jsonl.gz",
             ROOT / "benchmarks" / "history" / "r18start_sets42-45.jsonl.gz",
             ROOT / "benchmarks" / "history" / "r20start_sets50-53.jsonl.gz"]
# Each history, and the development rows written from its sets' misses (kept out of its validation fit).
WRITTEN_FROM = {"r15start_sets30-35": ("r15",), "r17start_sets36-41": ("r17",),
                "r18start_sets42-45": ("r18",), "r20start_sets50-53": ("r20",)}


def load() -> tuple[list[dict], np.ndarray, dict]:
    """The seen sets' passages, then the development rows' (set 0), with their vectors; the seen personas' reports."""
    rows = [json.loads(line) for line in (OUT / "sentences.jsonl").read_text(encoding="utf-8").splitlines()]
    vecs = np.load(OUT / "vectors.npy").astype(np.float32)
    rows += [json.loads(line) for line in (OUT / "devrows.jsonl").read_text(encoding="utf-8").splitlines()]
    vecs = np.vstack([vecs, np.load(OUT / "devvectors.npy").astype(np.float32)])
    reports = {(r["set"], r["persona"]): r for r in map(json.loads, (OUT / "reports.jsonl").read_text(encoding="utf-8").splitlines())}
    assert len(rows) == len(vecs)
    assert all(r["set"] in SEEN_SETS or r["set"] == 0 for r in rows), "an unseen set in the training data"
    return rows, vecs, reports


def candidates(rows: list[dict], reports: dict) -> list[dict[str, list]]:
    """For each passage, {category: [(value, key), ...]} as backstop.values_for gives them (the passage parsed alone
    with its persona's organisation's pipeline, the rules' deny lists applied)."""
    from footprint.analysis.detect.backstop import CATEGORIES
    from footprint.analysis.detect.backstop_values import passage_of, values_for
    from footprint.analysis.detect.detectors.context import SubjectNames

    by_persona = defaultdict(list)
    for i, r in enumerate(rows):
        if r["set"]:                    # the development rows are only trained on, never completed
            by_persona[(r["set"], r["persona"])].append(i)
    values: list = [{} for _ in rows]
    for k, idx in by_persona.items():
        subj = reports[k]["truth"]["subject"]
        ex = extractor_for(subj["organisation"])
        subject = SubjectNames(subj["name"], subj.get("aliases", []))
        for i, doc in zip(idx, ex.nlp.pipe([rows[i]["text"] for i in idx], batch_size=64)):
            sent = passage_of(doc, ex.shared)
            values[i] = {c: values_for(c, sent, ex.shared, subject, ex.backstop_deny) for c in CATEGORIES}
    return values


def fit_predict(rows: list[dict], vecs: np.ndarray, cats: list[str], train: np.ndarray, test: np.ndarray,
                c: float = C, word_weight: float = WORD_WEIGHT) -> np.ndarray:
    """Each category's probability for the test passages, from a model fitted on the train passages."""
    from sklearn.linear_model import LogisticRegression

    from footprint.analysis.detect.backstop import word_features

    texts = [r["text"] for r in rows]
    tf, x_train = word_features([texts[i] for i in np.flatnonzero(train)], vecs[train], word_weight)
    _, x_test = word_features([texts[i] for i in np.flatnonzero(test)], vecs[test], word_weight, tf)
    probs = np.zeros((int(test.sum()), len(cats)), dtype=np.float32)
    for j, cat in enumerate(cats):
        y = np.array([cat in r["labels"] for r in rows])
        probs[:, j] = LogisticRegression(C=c, tol=1e-6, max_iter=10000).fit(x_train, y[train]).predict_proba(x_test)[:, 1]
    return probs


def _matches(f: dict, fact: dict) -> bool:
    """The evaluation's own matcher (URLs kept as {{BASE}} on both sides)."""
    from footprint.analysis.evaluation import _matches_fact
    return _matches_fact(f, fact, set(fact.get("urls", [])))


def covered(report: list[dict], cat: str, url: str, text: str) -> bool:
    """A rule finding of the category already cites this passage (backstop.cites, as extract.py decides)."""
    from footprint.analysis.detect.backstop import cites

    return any(cites(e["excerpt"], text) for f in report if f["category"] == cat for e in f["evidence"] if e["url"] == url)


def proposals_for(rows, probs, values, cats, thresholds, readable) -> dict:
    """{(set, persona): [finding, ...]} the backstop would add at these thresholds."""
    out = defaultdict(list)
    for i, r in enumerate(rows):
        if not readable[i]:
            continue
        for j, cat in enumerate(cats):
            t = thresholds.get(cat)
            if t is None or probs[i, j] < t:
                continue
            for v, _ in values[i][cat]:
                out[(r["set"], r["persona"])].append({"category": cat, "value": v, "p": float(probs[i, j]),
                                                      "evidence": [{"url": r["url"], "excerpt": r["text"]}]})
    return out


GATED = frozenset({"colleague", "official_information", "systems_information", "work_location"})


def score(reports: dict, added: dict, cats: list[str]) -> dict:
    """Per category: facts found, facts, findings matched, findings (rules plus what the backstop adds; a report
    with no employer or corporate identifier takes none of the backstop's work categories, as extract.py gates).
    An added finding that proves only facts the rules had found is left out of the count: the matcher would
    credit it, but it tells the person nothing new, and thresholds must not be chosen for it."""
    tally = {c: [0, 0, 0, 0] for c in cats}
    for k, rep in reports.items():
        findings = list(rep["report"])
        facts = rep["truth"].get("facts", [])
        found = [fact for fact in facts if any(_matches(f, fact) for f in findings)]
        employed = any(f["category"] in ("employer", "corporate_identifier") for f in findings)
        for a in added.get(k, []):
            if a["category"] in GATED and not employed:
                continue
            if covered(rep["report"], a["category"], a["evidence"][0]["url"], a["evidence"][0]["excerpt"]):
                continue
            proves = [fact for fact in facts if _matches(a, fact)]
            if proves and all(fact in found for fact in proves):
                continue
            findings.append(a)
        for fact in facts:
            if fact["category"] in tally:
                tally[fact["category"]][1] += 1
                tally[fact["category"]][0] += any(_matches(f, fact) for f in findings)
        for f in findings:
            if f["category"] in tally:
                tally[f["category"]][3] += 1
                tally[f["category"]][2] += any(_matches(f, fact) for fact in facts)
    return tally


def prf(t: list[int]) -> tuple[float, float, float]:
    r = t[0] / t[1] if t[1] else 0.0
    p = t[2] / t[3] if t[3] else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


NEAR_BEST = 0.9       # of thresholds within this share of the best gain, the highest is taken (the fewest false findings)


def smoothed_best(curve: list[float]) -> int | None:
    """The highest grid index whose F1 gain, averaged with its neighbours', is within NEAR_BEST of the largest;
    None when nothing gains."""
    sm = [float(np.mean(curve[max(0, k - 1):k + 2])) for k in range(len(curve))]
    best = max(sm)
    if best <= 0:
        return None
    return max(k for k, v in enumerate(sm) if v >= NEAR_BEST * best)


def main() -> int:
    import gzip

    from footprint.analysis.detect.backstop import CATEGORIES, MIN_WORDS, readable as readable_unit, write_model
    from footprint.analysis.findings import CATEGORIES as ALL_CATEGORIES

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--write", action="store_true", help="fit on every seen set and write data/backstop/")
    ap.add_argument("-C", type=float, default=C)
    ap.add_argument("--word-weight", type=float, default=WORD_WEIGHT)
    ap.add_argument("--history", type=Path, nargs="+", default=HISTORIES,
                    help="history files; thresholds are chosen on their pooled counts")
    ap.add_argument("--curves", action="store_true", help="print facts found / findings added at every threshold")
    args = ap.parse_args()
    rows, vecs, reports = load()
    cats, allcats = list(CATEGORIES), list(ALL_CATEGORIES)
    readable = np.array([readable_unit(r["kind"], r["field"]) and len(r["text"].split()) >= MIN_WORDS for r in rows])
    values = candidates(rows, reports)
    sets = np.array([r["set"] for r in rows])
    runs = []
    for path in args.history:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            history = {(r["set"], r["persona"]): r for r in map(json.loads, fh)}
        val_sets = sorted({k[0] for k in history})
        # Validation trains on what was written before the history's sets were read: seen sets before them and the
        # development rows not written from their misses (round 15's rows were written from those of sets 30 to 35).
        later = WRITTEN_FROM.get(path.name.removesuffix(".jsonl.gz"), ())
        early_dev = np.array([r["set"] == 0 and not r["persona"].startswith(later or ("\0",)) for r in rows])
        train, test = ((sets < val_sets[0]) & (sets > 0) | early_dev) & readable, np.isin(sets, val_sets)
        probs = fit_predict(rows, vecs, cats, train, test, args.C, args.word_weight)
        idx = np.flatnonzero(test)
        run = (history, probs, [rows[i] for i in idx], [values[i] for i in idx], [bool(readable[i]) for i in idx])
        runs.append(run)
        print(f"{path.name}: fitted on sets 1-{val_sets[0] - 1} and the development rows ({int(train.sum())} passages), "
              f"completing the history's reports of sets {val_sets[0]}-{val_sets[-1]} ({len(history)} personas)")
    print(f"C={args.C}, word weight {args.word_weight}; thresholds chosen on the pooled counts")

    def pooled(th: dict, which: list[str]) -> dict:
        out = {c: [0, 0, 0, 0] for c in which}
        for history, probs, vrows, vvalues, vread in runs:
            for c, tally in score(history, proposals_for(vrows, probs, vvalues, cats, th, vread) if th else {}, which).items():
                out[c] = [a + b for a, b in zip(out[c], tally)]
        return out

    base = pooled({}, allcats)
    print(f"{'category':22} {'rules P/R/F1':>20} {'t':>5} {'+backstop P/R/F1':>20}  facts +found  finds +added")
    chosen = {}
    for cat in cats:
        curve, tallies = [], []
        for t in GRID:
            tally = pooled({cat: t}, [cat])[cat]
            curve.append(prf(tally)[2] - prf(base[cat])[2])
            tallies.append(tally)
        k = smoothed_best(curve)
        if k is not None and tallies[k][0] - base[cat][0] < MIN_GAIN * len(runs):
            k = None
        chosen[cat] = GRID[k] if k is not None else None
        b, a = base[cat], (tallies[k] if k is not None else base[cat])
        print(f"{cat:22} {'%.3f/%.3f/%.3f' % prf(b):>20} {chosen[cat] or '-':>5} {'%.3f/%.3f/%.3f' % prf(a):>20}"
              f"  {b[1]:5} {a[0] - b[0]:+6} {b[3]:6} {a[3] - b[3]:+6}")
        if args.curves:
            print("    " + "  ".join(f"{t}:{x[0] - b[0]:+d}/{x[3] - b[3]:+d}" for t, x in zip(GRID, tallies)))
    th = {c: t for c, t in chosen.items() if t}
    after = pooled(th, allcats)
    tot = lambda t: [sum(t[c][i] for c in allcats) for i in range(4)]  # noqa: E731
    print(f"{'all 14 categories':22} {'%.3f/%.3f/%.3f' % prf(tot(base)):>20} {'':>5} {'%.3f/%.3f/%.3f' % prf(tot(after)):>20}")
    for (history, probs, vrows, vvalues, vread), path in zip(runs, args.history):
        b1, a1 = score(history, {}, allcats), score(history, proposals_for(vrows, probs, vvalues, cats, th, vread), allcats)
        print(f"  {path.name:32} {'%.3f/%.3f/%.3f' % prf(tot(b1))} -> {'%.3f/%.3f/%.3f' % prf(tot(a1))}")
    if args.write:
        write_model(rows, vecs, cats, th, args.C, args.word_weight, list(readable))
        print("wrote data/backstop/model.npz")
    return 0

if __name__ == "__main__":
    raise SystemExit(main())
