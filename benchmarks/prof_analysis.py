"""Where footprint's analysis time goes, per text: spaCy components, embeddings, detectors, linking.

    .venv/bin/python benchmarks/prof_analysis.py                  # the throughput benchmark's 4,000 posts
    .venv/bin/python benchmarks/prof_analysis.py --personas       # the dev personas' stored items instead

Why: bench_analysis.py gives one number per tool; to make footprint faster one
needs to know which stage costs what. Two passes over the same texts, after a
warm-up: (1) footprint's spaCy pipeline component by component (each
component's `pipe` over docs the previous ones made, so the times add up to
the pipeline's); (2) `pipeline.detect` + `link` + scoring as bench_analysis
times it, with timers wrapped around the sentence encoder (count, tokens),
the classifier, each detector class, the per-doc facts and each stage after
extraction. Times are this thread's CPU seconds (time.thread_time), each wrapped
function's own time without the wrapped calls inside it. The personas' items come from a crawl of each persona's loopback
site (as benchmarks/evaluate.py does); the crawl is not timed.
"""
from __future__ import annotations

import argparse
import collections
import contextlib
import datetime as dt
import functools
import io
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

WARMUP = 50
# CPU seconds of this thread: on a shared machine wall time mostly measures the others' load. The encoder
# runs on the calling thread (one intra-op thread), so its time is counted too.
CLOCK = time.thread_time
T: dict[str, float] = collections.defaultdict(float)
N: dict[str, int] = collections.defaultdict(int)


_STACK: list[list[float]] = []


def timed(owner, name: str, label: str):
    """Replace owner.name by a wrapper adding its own wall time to T[label]: exclusive of the time of
    other wrapped calls inside it (the classifier's embeddings are not its detector's), outermost
    call of the same function only."""
    func = getattr(owner, name)
    active = [0]

    @functools.wraps(func)
    def wrapper(*a, **kw):
        if active[0]:
            return func(*a, **kw)
        active[0] += 1
        _STACK.append([0.0])
        t0 = CLOCK()
        try:
            return func(*a, **kw)
        finally:
            spent = CLOCK() - t0
            inner = _STACK.pop()[0]
            T[label] += spent - inner
            N[label] += 1
            if _STACK:
                _STACK[-1][0] += spent
            active[0] -= 1

    setattr(owner, name, wrapper)


class GcTimer:
    """Seconds the cyclic garbage collector ran, per generation (gc.callbacks)."""

    def __init__(self):
        self.t = collections.defaultdict(float)
        self.n = collections.defaultdict(int)
        self._t0 = 0.0

    def __call__(self, phase, info):
        if phase == "start":
            self._t0 = CLOCK()
        else:
            self.t[info["generation"]] += CLOCK() - self._t0
            self.n[info["generation"]] += 1


def bench_items(n: int):
    from bench_analysis import post_items
    from synth import ALIASES, SUBJECT, make_posts
    from footprint.crawler.orgs import load_org
    return [("bench", post_items(make_posts(n, 13)), load_org("dibp"), SUBJECT, ALIASES)]


def persona_items():
    """Each dev persona's crawled items (crawled as evaluate.py does, not timed)."""
    from evaluate import discover, persona_of
    from footprint.analysis.evaluation import load_truth
    from footprint.cli.demo import write_demo_consent
    from footprint.cli.operations import run_scan
    from footprint.crawler.consent import load_consent
    from footprint.crawler.localsite import LocalSite
    from footprint.crawler.orgs import parse_org
    from footprint.crawler.store import Store
    from footprint.analysis import pipeline

    out = []
    tmp = tempfile.mkdtemp(prefix="fp-prof-")
    for name, toml, site_dir in discover(None, "dev"):
        truth = load_truth(toml)
        work = Path(tmp) / name
        with LocalSite(site_dir) as site:
            consent = load_consent(write_demo_consent(site.base, work, persona_of(truth), today=dt.date.today()),
                                   allow_local=True)
            with contextlib.redirect_stdout(io.StringIO()):
                scan_id = run_scan(consent, work, work / "footprint.sqlite3", allow_local=True, no_throttle=True,
                                   formats=("json",)).scan_id
        store = Store(work / "footprint.sqlite3")
        spec = store.scan_spec(scan_id)
        items = pipeline.canonical_order(store.items_for_scan(scan_id))
        out.append((name, items, parse_org(spec.org_profile, name), store.scan(scan_id)["subject"], list(spec.aliases)))
    from footprint.analysis.detect import embed
    embed.encoder()._recent.clear()       # the scans embedded these sentences: profile them embedded afresh
    return out


def component_times(nlp, texts: list[str], batch_size: int = 64) -> list[tuple[str, float]]:
    """Seconds per component, each run with its `pipe` over the docs the ones before it made."""
    rows = []
    t0 = CLOCK()
    docs = [nlp.make_doc(t) for t in texts]
    rows.append(("tokenizer", CLOCK() - t0))
    for name, proc in nlp.pipeline:
        t0 = CLOCK()
        run = proc.pipe(docs, batch_size=batch_size) if hasattr(proc, "pipe") else map(proc, docs)
        docs = list(run)
        rows.append((name, CLOCK() - t0))
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--posts", type=int, default=4000)
    ap.add_argument("--personas", action="store_true")
    args = ap.parse_args(argv)

    from footprint.analysis import pipeline
    from footprint.analysis.detect import embed, meaning
    from footprint.analysis.detect.detectors import context
    from footprint.analysis.detect.detectors.registry import DETECTORS
    from footprint.analysis.detect.extract import Extractor, _units
    from footprint.analysis.detect.nlp import get_nlp, needs_ner
    from footprint.analysis.link import geo, people
    from footprint.analysis.link.linking import link
    from footprint.analysis.score.risk import apply_contributions, score_findings

    sets = persona_items() if args.personas else bench_items(args.posts)
    org = sets[0][2]
    # warm-up: models, caches, imports
    _, items, org, subj, al = sets[0]
    link(pipeline.detect(items[:WARMUP], org, subj, al))
    nlp = get_nlp(org)

    texts = [u.text for _, items, *_ in sets for i, it in enumerate(items) for u in _units(it, i)]
    comp = component_times(nlp, texts)
    docs = list(nlp.pipe(texts[:2000]))
    gated = sum(needs_ner(d) for d in docs) / max(1, len(docs))

    # sentences are embedded one at a time (`_encode`) or a window's at once, in batches (`encode_ahead`)
    timed(embed.SentenceEncoder, "_encode", "embed: MiniLM (ONNX + tokenizer)")
    timed(embed.SentenceEncoder, "encode_ahead", "embed: MiniLM (ONNX + tokenizer)")
    run = embed.SentenceEncoder._run

    def counted_run(self, token_ids):
        N["sentences embedded"] += len(token_ids)
        return run(self, token_ids)

    embed.SentenceEncoder._run = counted_run
    timed(meaning.MeaningClassifier, "judge_many", "classifier: regression + nearest examples")
    for cls in DETECTORS:
        timed(cls, "analyze", f"detector {cls.__name__}")
        if "analyze_item" in cls.__dict__:
            timed(cls, "analyze_item", f"detector {cls.__name__} (item)")
    timed(context.DocFacts, "__init__", "DocFacts")
    timed(people, "link_people", "people.link_people")
    for fn in ("image_geotags", "post_geotags", "infer_home", "infer_work_site", "infer_routine"):
        timed(geo, fn, f"geo.{fn}")
    total = {"detect (all)": 0.0, "link + score": 0.0}
    t_nlp = [0.0]
    orig_pipe = Extractor._parsed_items

    def parsed(self, units, *rest):        # time spent inside nlp.pipe's generator (spaCy), apart from the detectors
        gen = orig_pipe(self, units, *rest)
        while True:
            t0 = CLOCK()
            try:
                x = next(gen)
            except StopIteration:
                t_nlp[0] += CLOCK() - t0
                return
            t_nlp[0] += CLOCK() - t0
            yield x

    Extractor._parsed_items = parsed
    import gc
    gct = GcTimer()
    gc.callbacks.append(gct)
    n_texts = 0
    for name, items, org, subj, al in sets:
        n_texts += sum(len(_units(it, i)) for i, it in enumerate(items))
        t0 = CLOCK()
        dets = pipeline.detect(items, org, subj, al)
        t1 = CLOCK()
        f = link(dets)
        apply_contributions(f, score_findings(f))
        t2 = CLOCK()
        total["detect (all)"] += t1 - t0
        total["link + score"] += t2 - t1
    whole = sum(total.values())
    print(f"{'bench' if not args.personas else 'dev personas'}: {n_texts} texts ({len(set(texts))} distinct), "
          f"{N['sentences embedded']} sentences embedded, NER run on {gated:.0%} of texts (first 2,000); "
          f"gc: " + ", ".join(f"gen{g} {gct.n[g]}x {gct.t[g]:.2f}s" for g in sorted(gct.t)) +
          f"; {len(gc.get_objects())} tracked objects")
    print(f"\n| stage | seconds | share | ms per text |\n| --- | --- | --- | --- |")

    def row(label, s):
        print(f"| {label} | {s:.2f} | {s / whole:.0%} | {1000 * s / n_texts:.3f} |")

    row("**whole (detect + link + score)**", whole)
    row("spaCy `nlp.pipe` (inside extraction)", t_nlp[0])
    row("of which: cyclic GC (anywhere)", sum(gct.t.values()))
    for label in sorted(T, key=T.get, reverse=True):
        row(label, T[label])
    row("link + score", total["link + score"])
    shown = t_nlp[0] + sum(T.values()) + total["link + score"]
    row("rest (extraction plumbing: contexts, item facts, dedupe; geo)", whole - shown)
    comp_total = sum(s for _, s in comp)
    print(f"\nspaCy components, separately ({len(texts)} texts, batch 64): {comp_total:.2f} s\n")
    print("| component | seconds | share of spaCy |\n| --- | --- | --- |")
    for name, s in comp:
        print(f"| {name} | {s:.2f} | {s / comp_total:.0%} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
