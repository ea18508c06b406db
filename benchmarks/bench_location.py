"""Benchmark: 1 million location points (Takeout Records.json) streamed and analysed.

    .venv/bin/python benchmarks/bench_location.py              # 1,000,000 points
    .venv/bin/python benchmarks/bench_location.py --points 100000

Target (issue 12): read and analysed within 60 s wall and 1 GB peak memory
on 2 cores. What runs: crawler/exports/synth.records_json writes a fictional
person's Records.json (one fix every 2 minutes: nights at home, weekday
working hours at work, commutes between) into a zip, as Takeout ships it
(not timed). The measured child process then does what a scan does with a
`private_location = true` download: open_archive (every safety check),
location_members (layout detection), stream every point with ijson, reduce
to stays, cluster them (geo.cluster_points) into home and work, and
annotate findings (analysis/link/location_truth.py). Peak memory is the child's
ru_maxrss (sklearn and numpy imports included). It also checks the answer:
home and work within 150 m of the generated truth.
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.benchutil import peak_rss_mb, run_child, write_result  # noqa: E402

HOME = (-33.8121, 151.0034)
TARGET_S, TARGET_MB = 60.0, 1024.0


def build(folder: Path, points: int) -> Path:
    from footprint.crawler.exports.synth import Place, offset, records_json

    home = Place(*HOME)
    work = offset(home, 4000, 6000)
    path = folder / "takeout-location.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        with zf.open("Takeout/Location History (Timeline)/Records.json", "w", force_zip64=True) as fh:
            records_json(fh, n=points, home=home, work=work)
    return path


def child(archive: Path, result: Path) -> None:
    start = time.perf_counter()
    from footprint.analysis.link import geo, location_truth
    from footprint.analysis.findings import Finding
    from footprint.crawler.exports.synth import Place, offset

    from footprint.crawler.exports.history import location_history
    truth = location_truth.truth_from_points(location_history([{"path": str(archive), "private_location": True}]))
    home = Place(*HOME)
    work = offset(home, 4000, 6000)
    finding = Finding("f1", "geotag", "x", "k", 0.9, [], "PostGeotag: post_location",
                      attrs={"lat": home.lat + 0.0003, "lon": home.lon})
    location_truth.annotate([finding], truth)
    elapsed = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_SELF)
    write_result(result, {
        "points": truth.points, "stays": truth.stays, "seconds": round(elapsed, 2),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
        "peak_mb": round(peak_rss_mb(), 1),
        "home_error_m": round(geo.haversine_m(*truth.home, home.lat, home.lon), 1) if truth.home else None,
        "work_error_m": round(geo.haversine_m(*truth.work, work.lat, work.lon), 1) if truth.work else None,
        "annotated": "real home" in finding.explanation,
    })


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--points", type=int, default=1_000_000)
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        archive = build(folder, args.points)
        print(f"generated {args.points:,} points in {time.perf_counter() - t0:.1f} s "
              f"({archive.stat().st_size / 1e6:.1f} MB zip)")
        res = run_child("benchmarks/bench_location.py", ["--child", str(archive), str(folder / "r.json")],
                        folder / "r.json")
    ok = res["seconds"] <= TARGET_S and res["peak_mb"] <= TARGET_MB and res["home_error_m"] is not None and res["home_error_m"] <= 150
    print(f"read+analysed {res['points']:,} points -> {res['stays']:,} stays in {res['seconds']} s "
          f"({res['cpu_s']} s CPU), "
          f"peak {res['peak_mb']} MB; home error {res['home_error_m']} m, work error {res['work_error_m']} m, "
          f"public geotag near home annotated: {res['annotated']}")
    print(f"target <= {TARGET_S:.0f} s and <= {TARGET_MB:.0f} MB, home <= 150 m: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
