"""Profile memory of `analyse_scan` + `write_report` on a stored scan, phase by phase.

    .venv/bin/python benchmarks/bench_scan.py --posts 50000 --keep      # prints "kept DIR"
    .venv/bin/python benchmarks/prof_scan.py DIR/scan.db                # RSS by phase
    .venv/bin/python benchmarks/prof_scan.py DIR/scan.db --trace        # and tracemalloc's top lines

Why: the scan's peak RSS is one number; to bring it down one needs to know
which stage holds what. Each stage the pipeline calls is wrapped; a thread
samples the resident size every 20 ms, so each stage gets the RSS at its
end and the highest RSS seen while it ran. With --trace, tracemalloc also
gives each stage's traced peak and the top allocating lines at the end of
detection and of the advice (slow: about 2x).
The spaCy model and geocoder load inside `detect` here (a real scan loads them
during the crawl), so `detect`'s RSS includes about 300 MB of them.
"""
from __future__ import annotations

import argparse
import functools
import os
import resource
import sys
import tempfile
import threading
import time
import tracemalloc
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * PAGE / 2**20


class Sampler(threading.Thread):
    """RSS sampled every 20 ms; `high(t0)` is the highest since perf_counter() was t0."""

    def __init__(self):
        super().__init__(daemon=True)
        self.samples: list[tuple[float, float]] = []
        self.stop = False

    def run(self):
        while not self.stop:
            self.samples.append((time.perf_counter(), rss_mb()))
            time.sleep(0.02)

    def high(self, t0: float) -> float:
        return max([r for t, r in self.samples if t >= t0] + [rss_mb()])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", type=Path)
    ap.add_argument("--trace", action="store_true", help="tracemalloc peaks and top lines (slow)")
    ap.add_argument("--top", type=int, default=12)
    ap.add_argument("--no-write", action="store_true", help="skip write_report")
    ap.add_argument("--stages", action="store_true", help="also time the steps inside detect and extract")
    ap.add_argument("--detections", type=Path,
                    help="pickle of detect()'s output: written if missing, else read instead of detecting "
                         "(to profile the stages after detection quickly; no model is loaded then)")
    args = ap.parse_args(argv)

    from footprint.analysis import pipeline
    from footprint.analysis.detect.extract import Extractor
    from footprint.analysis.link import geo, people, visibility
    from footprint.cli import operations
    from footprint.crawler.store import Store

    sampler = Sampler()
    sampler.start()
    rows: list[tuple] = []
    t_start = time.perf_counter()
    depth = [0]

    def wrap(owner, name, label=None, snap=False):
        func = getattr(owner, name)

        @functools.wraps(func)
        def run(*a, **kw):
            depth[0] += 1
            t0, c0 = time.perf_counter(), time.thread_time()
            if args.trace and depth[0] == 1:
                tracemalloc.reset_peak()
            try:
                return func(*a, **kw)
            finally:
                depth[0] -= 1
                traced = tracemalloc.get_traced_memory() if args.trace else (0, 0)
                rows.append((t0, "  " * depth[0] + (label or name), time.perf_counter() - t0, time.thread_time() - c0,
                             rss_mb(), sampler.high(t0), traced[0] / 2**20, traced[1] / 2**20))
                if snap and args.trace:
                    top = tracemalloc.take_snapshot().statistics("lineno")[:args.top]
                    print(f"-- top lines alive after {label or name} --", file=sys.stderr)
                    for st in top:
                        print(f"   {st.size / 2**20:8.1f} MB {st.count:9d}  {st.traceback[0]}", file=sys.stderr)
        setattr(owner, name, run)

    wrap(Store, "items_for_scan")
    if args.stages:                       # the steps inside detect and extract, for growth with N
        from footprint.analysis.detect import extract as extract_mod
        from footprint.analysis.link import home_agree, home_bio, home_spot, home_talk, staff_gate, tracks
        for name in ("relist_page_phones", "resolve_contact_use", "name_department_parts", "name_generic_sites",
                     "strongest_role", "_dedupe"):
            wrap(extract_mod, name, f"extract: {name}")
        wrap(extract_mod.Extractor, "_run_items", "extract: _run_items")
        for owner, names in ((geo, ("image_geotags", "post_geotags", "to_points", "infer_home", "infer_work_site",
                                    "infer_routine")),
                             (home_spot, ("infer_home_spot", "with_posts")), (home_bio, ("name_from_stated", "name_home")),
                             (home_talk, ("infer_home_talk",)), (home_agree, ("infer_home_agree",)),
                             (tracks, ("infer_from_tracks",)), (staff_gate, ("apply",))):
            for name in names:
                wrap(owner, name, f"detect: {owner.__name__.rsplit('.', 1)[-1]}.{name}")
        from footprint.analysis.report import outputs
        for name in ("validate_report", "redact_report", "write_private"):
            wrap(outputs, name, f"report: {name}")
    wrap(pipeline, "canonical_order")
    wrap(Extractor, "extract", "detect: extract")
    wrap(people, "link_people", "detect: link_people")
    if args.detections and args.detections.exists():
        import pickle
        cached = pickle.loads(args.detections.read_bytes())
        pipeline.detect = lambda *a, **kw: cached
    wrap(pipeline, "detect", snap=True)
    wrap(pipeline, "link")
    wrap(visibility, "assign", "visibility.assign")
    wrap(pipeline, "score_findings")
    wrap(pipeline, "apply_contributions")
    wrap(pipeline, "build_advice", snap=True)
    wrap(pipeline, "link_accounts")
    wrap(pipeline, "build_graph")
    wrap(pipeline, "build_plan")
    wrap(pipeline, "build_report")
    wrap(Store, "save_analysis")
    wrap(pipeline, "analyse_scan")
    wrap(operations, "write_report")

    if args.trace:
        tracemalloc.start()
    rows.append((0.0, "start", 0.0, 0.0, rss_mb(), rss_mb(), 0, 0))
    with Store(args.db) as store:
        scan_id = store.scans()[-1]["id"]
        if args.detections and not args.detections.exists():
            import pickle
            detect = pipeline.detect

            def saving(*a, **kw):
                out = detect(*a, **kw)
                args.detections.write_bytes(pickle.dumps(out))
                return out
            pipeline.detect = saving
        report = pipeline.analyse_scan(store, scan_id).report
        if not args.no_write:
            with tempfile.TemporaryDirectory() as out:
                operations.write_report(store, scan_id, report, Path(out))
    total = time.perf_counter() - t_start
    print(f"{'phase':32s} {'s':>7s} {'CPU s':>7s} {'RSS end':>8s} {'RSS max':>8s} {'traced':>8s} {'tr.peak':>8s}")
    for _, name, secs, cpu, end, high, tr, trp in sorted(rows):
        print(f"{name:32s} {secs:7.2f} {cpu:7.2f} {end:8.0f} {high:8.0f} {tr:8.0f} {trp:8.0f}")
    print(f"findings {len(report['findings'])}, advice {len(report['advice'])}, "
          f"graph nodes {len(report['graph']['nodes'])}, risk {report['risk']['score']}; "
          f"wall {total:.1f} s, peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    sampler.stop = True
    return 0


if __name__ == "__main__":
    sys.exit(main())
