"""Base model vs footprint's pipeline on PERSON and LOCATION in the Broad Twitter Corpus (section E).

Entity-level precision/recall/F1 (exact span and type). spaCy PERSON -> PER;
GPE/LOC/FAC -> LOC. The tweets are tokenised as the corpus gives them.

    .venv/bin/python benchmarks/eval_btc.py [--conll PATH]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from footprint.analysis.detect.nlp import MODEL, get_nlp  # noqa: E402
from footprint.crawler.orgs import load_org  # noqa: E402
from benchutil import prf  # noqa: E402

CONLL = ROOT.parent / "shared" / "data" / "corpora" / "broad_twitter_corpus_e.conll"
MAP = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
TYPES = ("PER", "LOC")


def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    sents, words, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                sents.append((words, tags))
            words, tags = [], []
            continue
        parts = line.split()
        if len(parts) >= 2:
            words.append(parts[0])
            tags.append(parts[-1])
    if words:
        sents.append((words, tags))
    return sents


def gold_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    spans, start, label = set(), None, None
    for i, t in enumerate([*tags, "O"]):
        if t.startswith("B-") or t == "O" or (t.startswith("I-") and t[2:] != label):
            if start is not None and label in TYPES:
                spans.add((start, i, label))
            start, label = (i, t[2:]) if t != "O" else (None, None)
    return spans


def predict(nlp, words: list[str]) -> set[tuple[int, int, str]]:
    doc = Doc(nlp.vocab, words=words)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return {(e.start, e.end, MAP[e.label_]) for e in doc.ents if e.label_ in MAP}


def evaluate(nlp, sents) -> dict[str, tuple[float, float, float, int]]:
    counts = {t: [0, 0, 0] for t in TYPES}
    for words, tags in sents:
        gold, pred = gold_spans(tags), predict(nlp, words)
        for t in TYPES:
            g = {s for s in gold if s[2] == t}
            p = {s for s in pred if s[2] == t}
            counts[t][0] += len(g & p)
            counts[t][1] += len(p - g)
            counts[t][2] += len(g - p)
    out = {t: (*prf(*c), c[0] + c[2]) for t, c in counts.items()}
    tot = [sum(c[i] for c in counts.values()) for i in range(3)]
    out["ALL"] = (*prf(*tot), tot[0] + tot[2])
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--conll", type=Path, default=CONLL)
    args = ap.parse_args(argv)
    if not args.conll.is_file():
        print(f"corpus not found: {args.conll}", file=sys.stderr)
        return 2
    sents = read_conll(args.conll)
    print(f"{args.conll.name}: {len(sents)} tweets\n")
    print(f"{'pipeline':12} {'type':4} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5}")
    for name, nlp in (("base", spacy.load(MODEL)), ("footprint", get_nlp(load_org("dibp")))):
        for t, (p, r, f, n) in evaluate(nlp, sents).items():
            print(f"{name:12} {t:4} {p:6.3f} {r:6.3f} {f:6.3f} {n:5d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
