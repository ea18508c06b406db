"""Precision, recall and F1 per category of footprint's detection (the Extractor's text detectors
and geo's post geotags, as `pipeline.detect` runs them) on tests/devset/devset.jsonl.

A prediction counts at (row, category) level: the row shows that category.
Key agreement (does the detected key name the same fact?) is reported
beside it, matched with rapidfuzz. Decoy rows (no labels) must produce nothing.

    .venv/bin/python benchmarks/eval_devset.py [-v] [--ids b6]

Rows whose id starts with "b" were written blind (by a helper that never read the detectors):
score them apart with --ids to see how detection does on text it was not shaped around.
"""
from __future__ import annotations

import re

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from footprint.analysis.link import geo  # noqa: E402
from footprint.analysis.detect.extract import Extractor  # noqa: E402
from footprint.analysis.findings import CATEGORIES  # noqa: E402
from footprint.crawler.orgs import load_org  # noqa: E402
from benchutil import prf  # noqa: E402
from devset_parse import parse_row  # noqa: E402

DEVSET = ROOT / "tests" / "devset" / "devset.jsonl"
KEY_MATCH = 80


def load(path: Path = DEVSET) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run(rows: list[dict], extractor: Extractor) -> dict[str, list]:
    """Detections per row id (the items' URLs are unique per row)."""
    items, owner = [], {}
    for row in rows:
        item = parse_row(row)
        if item.url in owner:          # several dev rows share a profile URL: keep rows apart
            item.url = f"{item.url}#{row['id']}"
        items.append(item)
        owner[item.url] = row["id"]
    per_row: dict[str, list] = defaultdict(list)
    for d in extractor.extract(items) + geo.post_geotags(items):
        per_row[owner[d.evidence.url]].append(d)
    return per_row


_PREFIX = re.compile(r"^[a-z_]+:")


def _key_ok(gold: str, keys: list[str]) -> bool:
    """Keys match when their parts after the category prefix ("family:", "contact:") agree."""
    g = _PREFIX.sub("", gold)
    return any(fuzz.token_set_ratio(g, _PREFIX.sub("", k)) >= KEY_MATCH for k in keys)


def score(rows: list[dict], per_row: dict[str, list]) -> dict:
    tp, fp, fn = defaultdict(int), defaultdict(int), defaultdict(int)
    key_hits, key_total = defaultdict(int), defaultdict(int)
    errors, decoy_hits = [], []
    for row in rows:
        gold = defaultdict(list)
        for lab in row["labels"]:
            gold[lab["category"]].append(lab["key"])
        pred = defaultdict(list)
        for d in per_row.get(row["id"], []):
            pred[d.category].append(d.key)
        if not row["labels"] and pred:
            decoy_hits.append(row["id"])
        for cat in CATEGORIES:
            if cat in gold and cat in pred:
                tp[cat] += 1
                for k in gold[cat]:
                    key_total[cat] += 1
                    key_hits[cat] += _key_ok(k, pred[cat])
            elif cat in pred:
                fp[cat] += 1
                errors.append(("FP", row["id"], cat, pred[cat]))
            elif cat in gold:
                fn[cat] += 1
                errors.append(("FN", row["id"], cat, gold[cat]))
    table = {}
    for cat in CATEGORIES:
        p, r, f = prf(tp[cat], fp[cat], fn[cat], empty=1.0)
        table[cat] = {"tp": tp[cat], "fp": fp[cat], "fn": fn[cat], "precision": p, "recall": r, "f1": f,
                      "key_agreement": key_hits[cat] / key_total[cat] if key_total[cat] else 1.0}
    T, F, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
    mp, mr, mf = prf(T, F, N, empty=1.0)
    micro = {"precision": mp, "recall": mr, "f1": mf}
    macro = {m: sum(t[m] for t in table.values()) / len(table) for m in ("precision", "recall", "f1")}
    return {"table": table, "micro": micro, "macro": macro, "decoy_hits": decoy_hits, "errors": errors,
            "rows": len(rows), "decoys": sum(not r["labels"] for r in rows)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list every false positive and negative")
    ap.add_argument("--devset", type=Path, default=DEVSET)
    ap.add_argument("--ids", default="", help="score only rows whose id starts with this (e.g. b6 for the blind rows)")
    args = ap.parse_args(argv)
    rows = [r for r in load(args.devset) if r["id"].startswith(args.ids)]
    if not rows:
        raise SystemExit(f"no dev rows with an id starting {args.ids!r}")
    subject = json.loads((args.devset.parent / "subject.json").read_text())
    # each row is judged alone: no row's unnamed description of the org's work is evidence of another row's employer
    ex = Extractor(load_org("dibp"), subject["name"], subject["aliases"], work_across_items=False)
    t0 = time.perf_counter()
    per_row = run(rows, ex)
    elapsed = time.perf_counter() - t0
    res = score(rows, per_row)
    print(f"dev set: {res['rows']} rows ({res['decoys']} decoys), extracted in {elapsed:.2f}s\n")
    print(f"{'category':22} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4} {'keys':>6}")
    for cat, t in res["table"].items():
        print(f"{cat:22} {t['precision']:6.3f} {t['recall']:6.3f} {t['f1']:6.3f} {t['tp']:4d} {t['fp']:4d} {t['fn']:4d} "
              f"{t['key_agreement']:6.3f}")
    for name in ("micro", "macro"):
        m = res[name]
        print(f"{name:22} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f}")
    print(f"\ndecoy rows with any detection: {len(res['decoy_hits'])} {res['decoy_hits']}")
    if args.verbose:
        by_id = {r["id"]: r for r in rows}
        for kind, rid, cat, keys in res["errors"]:
            src = by_id[rid]["source"]
            print(f"{kind} {rid} {cat} {keys} :: {src[:160]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
