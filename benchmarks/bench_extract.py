"""Throughput of Extractor.extract against plain `nlp.pipe` of the same model over the same texts.

Target (issue 3): the extractor runs at >= 0.8x the speed of the model alone.

    .venv/bin/python benchmarks/bench_extract.py [--repeat 10] [--n-process 1]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import spacy  # noqa: E402

from footprint.analysis.detect.extract import Extractor, _units  # noqa: E402
from footprint.analysis.detect.nlp import MODEL  # noqa: E402
from footprint.crawler.orgs import load_org  # noqa: E402
from devset_parse import parse_row  # noqa: E402
from eval_devset import load  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=10, help="copies of the dev set to process")
    ap.add_argument("--n-process", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=64)
    args = ap.parse_args(argv)
    items = [parse_row(r) for r in load()] * args.repeat
    texts = [u.text for i, it in enumerate(items) for u in _units(it, i)]
    plain = spacy.load(MODEL)
    ex = Extractor(load_org("dibp"), "Alex Morgan", ["alexm"], n_process=args.n_process, batch_size=args.batch_size)
    list(plain.pipe(texts[:50]))
    ex.extract(items[:50])                       # warm both up
    t0 = time.perf_counter()
    for _ in plain.pipe(texts, batch_size=args.batch_size, n_process=args.n_process):
        pass
    t_plain = time.perf_counter() - t0
    t0 = time.perf_counter()
    dets = ex.extract(items)
    t_ex = time.perf_counter() - t0
    print(f"{len(items)} items, {len(texts)} texts, {sum(map(len, texts))} chars")
    print(f"plain nlp.pipe ({'+'.join(plain.pipe_names)}): {t_plain:.2f}s  {len(texts) / t_plain:.0f} texts/s")
    print(f"Extractor.extract ({'+'.join(ex.nlp.pipe_names)} + {len(ex.detectors)} detectors): "
          f"{t_ex:.2f}s  {len(texts) / t_ex:.0f} texts/s, {len(dets)} detections")
    print(f"relative throughput: {t_plain / t_ex:.2f}x (target >= 0.8x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
