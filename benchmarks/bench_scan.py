"""Benchmark: end-to-end `footprint scan` of a large generated persona on a loopback site.

    .venv/bin/python benchmarks/bench_scan.py                 # 5,000 posts, 250 pages, 500 photos
    .venv/bin/python benchmarks/bench_scan.py --large         # and 50,000 posts, 2,500 pages, 5,000 photos
    .venv/bin/python benchmarks/bench_scan.py --posts 1000    # a quick check

Targets (issue 13): the 5,000-post scan in <= 30 s wall; with --large,
50,000 posts in <= 1 GB peak memory (both processes) and time per post
within 1.2x of that at 5,000. --rounds N repeats the sizes in turn and gives
min/median/max (the machine is shared).

What runs. A fictional persona ("Robin Hale", texts from synth.py) is
written to a temp dir as an ActivityPub actor whose outbox has one page per
20 posts (`next` links), every tenth post carrying a small JPEG with EXIF GPS
(Pillow, the demo's EXIF writer: clusters at a home street, at Sydney
Airport in shift hours, and scattered elsewhere). crawler/localsite.py
LocalSite serves it on 127.0.0.1. The scan itself runs in a child process
of this script as `footprint scan` runs it: analysis.scan.run_scan, i.e.
crawler.runner.crawl (its own `python -m footprint.crawler.run` grandchild,
no_throttle=True, max_pages above the page count) while analysis.warmup loads
spaCy (and the geocoder once photos with GPS are stored) in a thread, then
pipeline.analyse_scan, then scan.write_report (report.json + report.html);
the phases are timed by wrapping those two calls.
Peak memory: ru_maxrss of the scan process (analysis, report) and of its
crawler child, reported apart; the target is judged on their sum, an upper
bound on what is resident at once.
The site server and data generation are not timed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import importlib.util
import json
import math
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from benchutil import peak_rss_mb, run_child, write_result  # noqa: E402
from synth import ALIASES, SUBJECT, make_posts  # noqa: E402

HANDLE = "robinh"
PER_PAGE = 20
PHOTO_EVERY = 10
TARGET_WALL_S = 30.0
TARGET_RSS_MB = 1024.0
TARGET_GROWTH = 1.2
HOME = (-33.95480, 151.00930)          # a residential street, as in the demo persona
WORK = (-33.93640, 151.16620)          # Sydney Airport T1 forecourt
AP_CONTEXT = "https://www.w3.org/ns/activitystreams"


def _photos_module():
    """data/demo/make_photos.py (not a package): its Photo, exif_for and render."""
    spec = importlib.util.spec_from_file_location("make_photos", ROOT / "data" / "demo" / "make_photos.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_photos", mod)     # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


def _photo(mp, i: int, when: dt.datetime):
    """Photo i: 40% near home (evenings), 30% at the airport (shift hours), 30% around Sydney."""
    kind = i % 10
    if kind < 4:
        lat, lon = mp._near(HOME, (i * 7) % 60 - 30, (i * 11) % 60 - 30)
        when = when.replace(hour=20 + i % 3)
    elif kind < 7:
        lat, lon = mp._near(WORK, (i * 13) % 150 - 75, (i * 5) % 150 - 75)
        when = when.replace(hour=9 + i % 6)
    else:
        lat, lon = -33.7 - (i * 0.0137) % 0.4, 150.9 + (i * 0.0211) % 0.4
    colour = ((i * 37) % 256, (i * 91) % 256, (i * 53) % 256)
    return mp.Photo(f"p{i}.jpg", lat, lon, 20.0, when.strftime("%Y:%m:%d %H:%M:%S"), "+10:00", "generated", colour)


def build_site(root: Path, n_posts: int) -> dict:
    """Write the persona's actor, outbox pages and photos under root; return counts."""
    mp = _photos_module()
    posts = make_posts(n_posts)
    social = root / "social"
    (social / f"@{HANDLE}").mkdir(parents=True)
    (root / "media").mkdir()
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")
    (root / "_types.toml").write_text('"social/*.json" = "application/activity+json"\n', encoding="utf-8")
    actor = f"{{{{BASE}}}}/social/@{HANDLE}"
    (social / f"@{HANDLE}.json").write_text(json.dumps({
        "@context": AP_CONTEXT, "id": actor, "type": "Person", "preferredUsername": HANDLE, "name": SUBJECT,
        "summary": "<p>Shift worker, netball tragic, coffee snob. Views my own.</p>", "url": actor,
        "outbox": f"{actor}/outbox", "published": "2026-01-01T00:00:00Z"}), encoding="utf-8")
    pages = math.ceil(n_posts / PER_PAGE)
    (social / f"@{HANDLE}" / "outbox.json").write_text(json.dumps({
        "@context": AP_CONTEXT, "id": f"{actor}/outbox", "type": "OrderedCollection", "totalItems": n_posts,
        "first": f"{actor}/outbox?page=1", "last": f"{actor}/outbox?page={pages}"}), encoding="utf-8")
    start = dt.datetime(2026, 1, 1, 7, 0)
    photos = 0
    newest_first = posts[::-1]
    for page in range(1, pages + 1):
        chunk = newest_first[(page - 1) * PER_PAGE: page * PER_PAGE]
        items = []
        for p in chunk:
            when = start + dt.timedelta(minutes=97 * p.id)
            published = when.strftime("%Y-%m-%dT%H:%M:%SZ")
            attachment = []
            if p.id % PHOTO_EVERY == 0:
                photo = _photo(mp, p.id // PHOTO_EVERY, when)
                mp.render(photo).save(root / "media" / photo.name, "JPEG", quality=60, exif=mp.exif_for(photo))
                attachment.append({"type": "Document", "mediaType": "image/jpeg", "name": "a photo",
                                   "url": f"{{{{BASE}}}}/media/{photo.name}", "width": 64, "height": 48})
                photos += 1
            note = {"id": f"{actor}/statuses/{p.id}", "type": "Note", "published": published,
                    "url": f"{actor}/{p.id}", "attributedTo": actor, "to": [f"{AP_CONTEXT}#Public"],
                    "content": f"<p>{html.escape(p.text)}</p>", "attachment": attachment, "tag": []}
            items.append({"id": f"{actor}/statuses/{p.id}/activity", "type": "Create", "actor": actor,
                          "published": published, "to": [f"{AP_CONTEXT}#Public"], "object": note})
        body = {"@context": AP_CONTEXT, "id": f"{actor}/outbox?page={page}", "type": "OrderedCollectionPage",
                "partOf": f"{actor}/outbox", "orderedItems": items}
        if page < pages:
            body["next"] = f"{actor}/outbox?page={page + 1}"
        (social / f"@{HANDLE}" / f"outbox_page={page}.json").write_text(json.dumps(body), encoding="utf-8")
    return {"posts": n_posts, "pages": pages, "photos": photos}


def write_consent(base: str, out: Path) -> Path:
    today = dt.date.today()
    path = out / "consent.toml"
    path.write_text("\n".join([
        "[subject]", f'name = "{SUBJECT}"', f"aliases = {json.dumps(ALIASES)}", 'organisation = "dibp"', "",
        "[consent]", f'given_by = "{SUBJECT}"', f"given_on = {today.isoformat()}",
        f"expires_on = {(today + dt.timedelta(days=30)).isoformat()}", 'purpose = "awareness-demo"',
        'statement = "Benchmark scan of a fictional persona."', "",
        "[[profiles]]", f'url = "{base}/social/@{HANDLE}"', 'platform = "activitypub"', ""]), encoding="utf-8")
    return path


def scan_child(consent_path: Path, db: Path, out_dir: Path, max_pages: int, result_path: Path,
               processes: int = 1, polite: bool = False) -> None:
    """The scan as `footprint scan` runs it (analysis.scan.run_scan), in this (child) process, timed by phase."""
    t0 = time.perf_counter()
    # Only what `footprint scan` imports before its crawl starts: the analysis stack (spaCy, ONNX Runtime,
    # networkx; about 2 s) is imported by the warm-up thread while the crawl runs, as in the CLI. Importing
    # analysis.pipeline here to wrap it (as this benchmark did before round 11) put those seconds in front
    # of the crawl, where no `footprint scan` has them.
    import footprint.cli.operations as scan
    from footprint.crawler.consent import load_consent
    from footprint.crawler.store import Store
    consent = load_consent(consent_path, allow_local=True)
    t1 = time.perf_counter()
    marks: dict[str, float] = {}
    rss = RssByStage()

    def timed(name, func):
        def run(*args, **kwargs):
            marks[name + "_start"] = time.perf_counter()
            with rss.stage(name):
                out = func(*args, **kwargs)
            marks[name] = time.perf_counter()
            return out
        return run

    scan.crawl = timed("crawl", scan.crawl)

    class TimedWarmup(scan.Warmup):
        def join(self):
            super().join()
            import footprint.analysis.pipeline as pipeline       # loaded by the warm-up by now
            if not hasattr(pipeline.analyse_scan, "timed"):
                pipeline.analyse_scan = timed("analysis", pipeline.analyse_scan)
                pipeline.analyse_scan.timed = True
                for name in _ANALYSIS_STAGES:        # RSS only: where in the analysis the peak sits
                    setattr(pipeline, name, rss.wrap(name, getattr(pipeline, name)))
                pipeline.Store.save_analysis = rss.wrap("save_analysis", pipeline.Store.save_analysis)
                scan.write_report = rss.wrap("write_report", scan.write_report)

    scan.Warmup = TimedWarmup
    outcome = scan.run_scan(consent, out_dir, db, allow_local=True, max_pages=max_pages, no_throttle=not polite,
                            n_process=processes)
    t4 = time.perf_counter()
    with Store(db) as store:
        kinds = store.counts(outcome.scan_id)
    report = outcome.report
    write_result(result_path, {
        "phases": {"startup+consent": t1 - t0, "crawl": marks["crawl"] - t1,
                   "wait for warm-up": marks["analysis_start"] - marks["crawl"],
                   "analysis": marks["analysis"] - marks["analysis_start"], "report": t4 - marks["analysis"]},
        "wall": t4 - t0, "processes": processes, "polite": polite,
        "rss_scan_mb": peak_rss_mb(),
        "rss_crawler_mb": peak_rss_mb(resource.RUSAGE_CHILDREN),
        "rss_by_stage_mb": rss.table(),
        "cpu_scan_s": _cpu_s(resource.RUSAGE_SELF), "cpu_crawler_s": _cpu_s(resource.RUSAGE_CHILDREN),
        "cpu_main_thread_s": time.thread_time(),      # the scan's critical path when the other core is free
        "profiles": outcome.profiles, "items": kinds, "findings": len(report["findings"]),
        "risk": report["risk"]["score"], "band": report["risk"]["band"],
        "categories": sorted({f["category"] for f in report["findings"]}),
        "outputs": {p.name: p.stat().st_size for p in outcome.paths}})


_ANALYSIS_STAGES = ("detect", "link", "score_findings", "build_advice", "build_graph", "build_plan", "build_report")


class RssByStage:
    """The scan process' resident size sampled every 20 ms in a thread: per stage (the innermost one
    running), the highest RSS seen and the RSS at its end; "other" is the time outside every stage."""

    def __init__(self):
        import threading
        self.page = os.sysconf("SC_PAGE_SIZE")
        self.current = ["other"]
        self.high: dict[str, float] = {}
        self.end: dict[str, float] = {}
        threading.Thread(target=self._sample, daemon=True, name="bench-rss").start()

    def now(self) -> float:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * self.page / 2**20

    def _sample(self) -> None:
        while True:
            name, mb = self.current[-1], self.now()
            self.high[name] = max(self.high.get(name, 0.0), mb)
            time.sleep(0.02)

    def stage(self, name: str):
        import contextlib

        @contextlib.contextmanager
        def run():
            self.current.append(name)
            try:
                yield
            finally:
                mb = self.now()
                self.high[name] = max(self.high.get(name, 0.0), mb)
                self.end[name] = mb
                self.current.pop()
        return run()

    def wrap(self, name: str, func):
        def run(*args, **kwargs):
            with self.stage(name):
                return func(*args, **kwargs)
        return run

    def table(self) -> dict[str, list[float]]:
        return {k: [round(self.end.get(k, 0.0)), round(v)] for k, v in self.high.items()}


def _cpu_s(who: int) -> float:
    """User + system CPU seconds of this process (all threads) or of its waited-for children."""
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def run_size(n_posts: int, keep: bool = False, processes: int = 1, polite: bool = False) -> dict:
    """Generate, serve and scan one persona size; the scan's numbers plus the site's counts."""
    from footprint.crawler.localsite import LocalSite
    tmp = Path(tempfile.mkdtemp(prefix=f"bench-scan-{n_posts}-"))
    try:
        t0 = time.perf_counter()
        counts = build_site(tmp / "site", n_posts)
        gen = time.perf_counter() - t0
        print(f"[{n_posts}] generated {counts['pages']} outbox pages and {counts['photos']} photos in {gen:.1f} s",
              file=sys.stderr, flush=True)
        with LocalSite(tmp / "site") as site:
            consent = write_consent(site.base, tmp)
            res_path = tmp / "result.json"
            max_pages = counts["pages"] + counts["photos"] + 100
            args = ["--child-scan", str(consent), "--db", str(tmp / "scan.db"), "--out-dir", str(tmp / "report"),
                    "--max-pages", str(max_pages), "--result", str(res_path), "--processes", str(processes)] + (["--polite"] if polite else [])
            t0 = time.perf_counter()
            res = run_child(__file__, args, res_path)
            outer = time.perf_counter() - t0
            requests = len(site.log)
        res.update(counts, process_wall=outer, requests=requests, max_pages=max_pages, generate_s=gen,
                   load=os.getloadavg()[0])
        return res
    finally:
        if not keep:
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            print(f"kept {tmp}", file=sys.stderr)


def show(res: dict) -> bool:
    """Print one run; True when it meets the wall and memory targets."""
    ph = res["phases"]
    rss_total = res["rss_scan_mb"] + res["rss_crawler_mb"]
    prof = res["profiles"][0] if res["profiles"] else {}
    print(f"\n== scan of {res['posts']} posts, {res['pages']} outbox pages, {res['photos']} photos ==")
    print(f"crawled: {res['requests']} requests served; stored {res['items']}; profile status "
          f"{prof.get('status')} ({prof.get('pages')} pages, {prof.get('items')} items){' ' + prof['detail'] if prof.get('detail') else ''}")
    print(f"report: {res['findings']} findings, risk {res['risk']} ({res['band']}), "
          f"categories {', '.join(res['categories'])}; files {res['outputs']}")
    print("phase split: " + ", ".join(f"{k} {v:.1f} s" for k, v in ph.items()))
    complete = res["items"]["post"] == res["posts"] and res["items"]["image"] == res["photos"]
    if not complete:
        print(f"INCOMPLETE CRAWL: stored {res['items']['post']}/{res['posts']} posts and "
              f"{res['items']['image']}/{res['photos']} photos; the numbers below do not measure the full persona")
    wall_ok, rss_ok = res["process_wall"] <= TARGET_WALL_S and complete, rss_total <= TARGET_RSS_MB
    print(f"wall (scan process, start to report written): {res['process_wall']:.1f} s "
          f"= {1000 * res['process_wall'] / res['posts']:.2f} ms/post")
    print(f"peak RSS: scan process {res['rss_scan_mb']:.0f} MB, crawler child {res['rss_crawler_mb']:.0f} MB, "
          f"sum {rss_total:.0f} MB")
    if res.get("rss_by_stage_mb"):
        print("scan process RSS by stage (end / highest while innermost), MB: " + ", ".join(
            f"{k} {e} / {h}" for k, (e, h) in res["rss_by_stage_mb"].items()))
    if "cpu_scan_s" in res:
        print(f"CPU: scan process {res['cpu_scan_s']:.1f} s (all threads; main thread "
              f"{res.get('cpu_main_thread_s', float('nan')):.1f} s), crawler child {res['cpu_crawler_s']:.1f} s; "
              f"load average {res.get('load', float('nan')):.1f} at the end")
    return wall_ok, rss_ok


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--posts", type=int, default=5_000, help="posts in the persona (default 5000)")
    ap.add_argument("--large", action="store_true", help="also scan 10x the posts, pages and photos and compare")
    ap.add_argument("--keep", action="store_true", help="keep the generated site, db and report")
    ap.add_argument("--json", type=Path, help="also write the raw results here")
    ap.add_argument("--processes", type=int, default=1, help="spaCy worker processes (footprint scan --processes)")
    ap.add_argument("--polite", action="store_true",
                    help="crawl with the real-site settings (delay, AutoThrottle) instead of unthrottled loopback")
    ap.add_argument("--rounds", type=int, default=1, help="repeat each size this many times (min/median/max)")
    ap.add_argument("--child-scan", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--out-dir", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--max-pages", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child_scan:
        scan_child(args.child_scan, args.db, args.out_dir, args.max_pages, args.result, args.processes, args.polite)
        return 0
    sizes = [args.posts] + ([args.posts * 10] if args.large else [])
    rounds: list[list[dict]] = [[] for _ in sizes]
    for _ in range(max(1, args.rounds)):          # sizes in turn, so both see the same machine load
        for i, n in enumerate(sizes):
            rounds[i].append(run_size(n, args.keep, args.processes, args.polite))
    for i, runs_of_size in enumerate(rounds):
        walls = sorted(r["process_wall"] for r in runs_of_size)
        rss = sorted(r["rss_scan_mb"] + r["rss_crawler_mb"] for r in runs_of_size)
        if len(walls) > 1:
            print(f"\n{sizes[i]} posts over {len(walls)} runs: wall min/median/max "
                  f"{walls[0]:.1f} / {statistics.median(walls):.1f} / {walls[-1]:.1f} s; peak RSS sum "
                  f"{rss[0]:.0f} / {statistics.median(rss):.0f} / {rss[-1]:.0f} MB")
    runs = [min(rs, key=lambda r: abs(r["process_wall"] - statistics.median(x["process_wall"] for x in rs)))
            for rs in rounds]                     # the median run of each size is the one shown in detail
    ok = True
    for i, res in enumerate(runs):
        wall_ok, rss_ok = show(res)
        if i == 0:
            print(f"target <= {TARGET_WALL_S:.0f} s wall: {'OK' if wall_ok else 'MISSED'}; "
                  f"target <= {TARGET_RSS_MB:.0f} MB peak: {'OK' if rss_ok else 'MISSED'}")
            ok &= wall_ok and rss_ok
        else:
            print(f"target <= {TARGET_RSS_MB:.0f} MB peak at {res['posts']} posts: {'OK' if rss_ok else 'MISSED'}")
            ok &= rss_ok
    if len(runs) == 2:
        small, large = (r["process_wall"] / r["posts"] for r in runs)
        growth = large / small
        print(f"\ntime per post: {1000 * small:.2f} ms at {runs[0]['posts']}, {1000 * large:.2f} ms at "
              f"{runs[1]['posts']}: ratio {growth:.2f}x (target <= {TARGET_GROWTH}x: "
              f"{'OK' if growth <= TARGET_GROWTH else 'MISSED'})")
        for phase in runs[0]["phases"]:
            a, b = runs[0]["phases"][phase] / runs[0]["posts"], runs[1]["phases"][phase] / runs[1]["posts"]
            print(f"  {phase}: {1000 * a:.3f} -> {1000 * b:.3f} ms/post ({b / a if a else float('nan'):.2f}x)")
        ok &= growth <= TARGET_GROWTH
    if args.json:
        args.json.write_text(json.dumps(rounds, indent=1), encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
