"""Snapshot every finding and detection, then diff two snapshots: the identity check for speed work.

    .venv/bin/python benchmarks/diff_findings.py dump before.json          # on the code before a change
    .venv/bin/python benchmarks/diff_findings.py dump after.json           # on the code after it
    .venv/bin/python benchmarks/diff_findings.py diff before.json after.json

Why: a throughput change must not change what footprint finds. Totals (F1,
counts) can stay equal while findings move, so this compares the findings
themselves: every dev persona's report.json findings (tests/personas and the
demo, and tests/blinddev where there is one, scanned end to end as
benchmarks/evaluate.py does; the loopback port is replaced by "PORT"; their
advice and plan too, each action re-scored), every
detection `Extractor` + geotags give on each dev row (tests/devset), and every
detection `pipeline.detect` gives on the throughput benchmark's generated posts
(benchmarks/synth.py, --posts, seed 13). `diff` prints each difference and exits
1 when there is any. Held-out sets are never read.
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

_PORT = re.compile(r"(127\.0\.0\.1|localhost):\d+")


def _clean(obj):
    """The report's values with the loopback port (a new one every run) made constant."""
    return json.loads(_PORT.sub(r"\1:PORT", json.dumps(obj, sort_keys=True)))


def _det(d) -> dict:
    return _clean({"category": d.category, "value": d.value, "key": d.key, "confidence": round(d.confidence, 6),
                   "detector": d.detector, "pattern": d.pattern, "url": d.evidence.url, "excerpt": d.evidence.excerpt,
                   "support": list(d.support), "attrs": d.attrs})


def persona_findings() -> dict[str, list]:
    """report.json findings (and the risk score) of every dev persona, scanned as evaluate.py does."""
    from evaluate import SETS, discover, persona_of
    from footprint.analysis.evaluation import load_truth
    from footprint.cli.demo import write_demo_consent
    from footprint.cli.operations import run_scan
    from footprint.crawler.consent import load_consent
    from footprint.crawler.localsite import LocalSite

    out = {}
    with tempfile.TemporaryDirectory(prefix="fp-diff-") as tmp:
        runs = [(set_name, p) for set_name in ("dev", "blinddev") if set_name in SETS for p in discover(None, set_name)]
        for set_name, (name, toml, site_dir) in runs:
            name = name if set_name == "dev" else f"{set_name}/{name}"
            truth = load_truth(toml)
            work = Path(tmp) / name
            with LocalSite(site_dir) as site:
                consent = load_consent(write_demo_consent(site.base, work, persona_of(truth), today=dt.date.today()),
                                       allow_local=True)
                with contextlib.redirect_stdout(io.StringIO()):
                    outcome = run_scan(consent, work, work / "footprint.sqlite3", allow_local=True, no_throttle=True,
                                       formats=("json",))
            rep = outcome.report
            out[name] = _clean({"risk": rep["risk"]["score"], "findings": rep["findings"], "advice": rep["advice"],
                                "plan": rep.get("plan")})
    return out


def devset_detections() -> dict[str, list]:
    from eval_devset import DEVSET, load, run
    from footprint.analysis.detect.extract import Extractor
    from footprint.crawler.orgs import load_org

    subject = json.loads((DEVSET.parent / "subject.json").read_text())
    per_row = run(load(), Extractor(load_org("dibp"), subject["name"], subject["aliases"]))
    return {rid: sorted((_det(d) for d in dets), key=lambda x: json.dumps(x, sort_keys=True))
            for rid, dets in sorted(per_row.items())}


def synth_detections(n: int) -> list:
    from bench_analysis import post_items
    from footprint.analysis import pipeline
    from footprint.crawler.orgs import load_org
    from synth import ALIASES, SUBJECT, make_posts

    dets = pipeline.detect(post_items(make_posts(n, 13)), load_org("dibp"), SUBJECT, ALIASES)
    return [_det(d) for d in dets]


def dump(path: Path, posts: int) -> None:
    snap = {"personas": persona_findings(), "devset": devset_detections(), "synth": synth_detections(posts)}
    path.write_text(json.dumps(snap, indent=0, sort_keys=True), encoding="utf-8")
    print(f"{path}: {len(snap['personas'])} personas ({sum(len(p['findings']) for p in snap['personas'].values())} findings), "
          f"{len(snap['devset'])} dev rows with detections ({sum(map(len, snap['devset'].values()))}), "
          f"{len(snap['synth'])} detections on {posts} generated posts")


def _keyed(rows: list) -> dict[str, int]:
    counts: dict[str, int] = {}
    for r in rows:
        k = json.dumps(r, sort_keys=True)
        counts[k] = counts.get(k, 0) + 1
    return counts


def diff(a: Path, b: Path) -> int:
    A, B = (json.loads(p.read_text(encoding="utf-8")) for p in (a, b))
    problems = []
    for name in sorted(set(A["personas"]) | set(B["personas"])):
        pa, pb = A["personas"].get(name), B["personas"].get(name)
        if pa is None or pb is None:
            problems.append(f"persona {name}: only in {'after' if pa is None else 'before'}")
            continue
        if pa["risk"] != pb["risk"]:
            problems.append(f"persona {name}: risk {pa['risk']} -> {pb['risk']}")
        if pa["findings"] != pb["findings"]:
            ka, kb = _keyed(pa["findings"]), _keyed(pb["findings"])
            gone = [k for k in ka if k not in kb]
            new = [k for k in kb if k not in ka]
            problems += [f"persona {name}: - {k[:300]}" for k in gone] + [f"persona {name}: + {k[:300]}" for k in new]
            if not gone and not new:
                problems.append(f"persona {name}: same findings in another order")
        for part in ("advice", "plan"):          # snapshots from before these were kept have neither
            if part in pa and part in pb and pa[part] != pb[part]:
                problems.append(f"persona {name}: {part} differs")
    for rid in sorted(set(A["devset"]) | set(B["devset"])):
        if A["devset"].get(rid, []) != B["devset"].get(rid, []):
            problems.append(f"dev row {rid}: {A['devset'].get(rid, [])} -> {B['devset'].get(rid, [])}"[:600])
    if A["synth"] != B["synth"]:
        ka, kb = _keyed(A["synth"]), _keyed(B["synth"])
        gone = [k for k in ka if ka[k] != kb.get(k, 0)]
        new = [k for k in kb if kb[k] != ka.get(k, 0)]
        problems += [f"synth: - {k[:300]}" for k in gone] + [f"synth: + {k[:300]}" for k in new]
        if not gone and not new:
            problems.append("synth: same detections in another order")
    for line in problems:
        print(line)
    n_f = sum(len(p["findings"]) for p in A["personas"].values())
    print(f"{'IDENTICAL' if not problems else f'{len(problems)} DIFFERENCES'}: {len(A['personas'])} personas "
          f"({n_f} findings, risk scores), {len(A['devset'])} dev rows ({sum(map(len, A['devset'].values()))} detections), "
          f"{len(A['synth'])} detections on generated posts")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--posts", type=int, default=4000, help="generated posts (the benchmark's corpus, seed 13)")
    c = sub.add_parser("diff")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        dump(args.out, args.posts)
        return 0
    return diff(args.before, args.after)


if __name__ == "__main__":
    raise SystemExit(main())
