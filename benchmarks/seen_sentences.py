"""The seen held-out sets as labelled sentences: training data for the learned backstop (analysis/detect/backstop.py).

Every persona of a *seen* held-out set (SEEN_SETS: sets whose texts and misses have been read, so they are no
longer honest tests) is scanned end to end as benchmarks/evaluate.py does. Each text unit of each crawled item is
cut into the passages the sentence model reads (`learned.passages`), and each passage is labelled with every
category of a ground-truth fact it would prove to the matcher (analysis/evaluation.py): the item's URL is one of
the fact's URLs and one of its keys is in the passage. Alongside, each persona's report says which facts the rules
already found, so the backstop can be judged on what it adds.

Unread sets are never touched: SEEN_SETS is an explicit list, and a set is added to it only when the round that
reads it says so (tests/heldout/README.md). Output (not committed, rebuilt in a few minutes):

    .venv/bin/python benchmarks/seen_sentences.py            # -> build/seen/sentences.jsonl, reports.jsonl, vectors.npy
    .venv/bin/python benchmarks/seen_sentences.py --devset   # -> build/seen/devrows.jsonl, devvectors.npy

On a shared machine the scan of 53 sets is long (over an hour at load 20): `--parts` writes each set (and the
development rows) to its own folder under build/seen/parts/, claiming it first, so several copies started at once
share the work, a killed run loses one set at most, and a rerun resumes; `--merge` then joins the folders in set order:

    for i in 1 2 3; do .venv/bin/python benchmarks/seen_sentences.py --parts & done; wait
    .venv/bin/python benchmarks/seen_sentences.py --merge

`--devset` turns the development rows (tests/devset/devset.jsonl: our own sentences in many voices, a third of them
near misses that must yield nothing) into passages the same way: a passage holds a row's category when it names
the label's key (a person, a place), or, for the open categories and keys not in the text, when the row is that
category at all; every passage of a near-miss row holds none.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from evaluate import discover, run_persona  # noqa: E402
from footprint.analysis.detect.backstop import OFF_ENV  # noqa: E402

# Sets whose texts were read in earlier rounds (tests/heldout/README.md, status table). Sets 36 and later are
# honest tests: never list one here before a round has measured and then read it.
SEEN_SETS = tuple(range(1, 54))
OUT = ROOT / "build" / "seen"


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


@lru_cache(maxsize=None)
def extractor_for(org_ref: str):
    """An organisation's extractor, for its spaCy pipeline, shared word sets and detectors (the subject's name plays
    no part in cutting or labelling passages)."""
    from footprint.analysis.detect.extract import Extractor
    from footprint.crawler.orgs import load_org

    return Extractor(load_org(org_ref), "")


def passage_rows(items: list, org_ref: str) -> list[dict]:
    """(url, kind, field, text) for every passage the sentence model would read in the items."""
    from footprint.analysis.detect.detectors.context import DocFacts
    from footprint.analysis.detect.detectors.learned import passages
    from footprint.analysis.detect.extract import _units

    ex = extractor_for(org_ref)
    units = [(items[u.item_index], u) for i, it in enumerate(items) for u in _units(it, i)]
    rows = []
    for (item, unit), doc in zip(units, ex.nlp.pipe([u.text for _, u in units], batch_size=64)):
        facts = DocFacts(doc, ex.shared)
        seen = set()
        for s in passages(facts.sents):
            if s.text in seen or not s.text.strip():
                continue
            seen.add(s.text)
            rows.append({"url": item.url, "kind": unit.kind, "field": unit.field or "", "text": s.text})
    return rows


def label(rows: list[dict], truth: dict, base: str) -> None:
    """Each row's categories: facts it would prove (URL and key), and decoys it holds (categories it must not be)."""
    sub = lambda u: u.replace("{{BASE}}", base)  # noqa: E731
    for r in rows:
        t = _norm(r["text"])
        r["labels"] = sorted({f["category"] for f in truth.get("facts", [])
                              if r["url"] in {sub(u) for u in f.get("urls", [])}
                              and any(_norm(k) in t for k in f.get("keys", []))})
        r["not"] = sorted({c for d in truth.get("decoys", []) if sub(d["url"]) == r["url"] and _norm(d["phrase"]) in t
                           for c in d.get("not_categories", [])})


def dev_rows() -> list[dict]:
    """The development rows as labelled passages (set 0, persona = the row's id)."""
    from devset_parse import parse_row
    from eval_devset import DEVSET, load

    out = []
    for row in load():
        rows = passage_rows([parse_row(row)], "dibp")
        labels = [(lab["category"], lab["key"].split(":", 1)[-1].lower()) for lab in row.get("labels", [])]
        for r in rows:
            low = _norm(r["text"])
            r["labels"] = sorted({c for c, k in labels
                                  if k in low or not any(k2 in _norm(x["text"]) for x in rows for c2, k2 in labels if c2 == c)})
            r.update(set=0, persona=row["id"], url=row["id"], **{"not": []})
        out += rows
    return out


def write_jsonl(rows: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def write_vectors(rows: list[dict], path: Path) -> None:
    from footprint.analysis.detect import embed
    from footprint.analysis.detect.meaning import model_texts
    np.save(path, embed.encoder().encode(model_texts([r["text"] for r in rows])).astype(np.float16))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", type=int, nargs="*", default=list(SEEN_SETS))
    ap.add_argument("--no-vectors", action="store_true", help="skip embedding the passages")
    ap.add_argument("--devset", action="store_true", help="the development rows instead of the seen sets")
    ap.add_argument("--parts", action="store_true", help="one folder per set under build/seen/parts (resumable; "
                                                         "run several at once to share the sets)")
    ap.add_argument("--merge", action="store_true", help="join build/seen/parts into build/seen")
    args = ap.parse_args()
    os.environ[OFF_ENV] = "off"         # the reports are the rules' alone: the backstop is judged on what it adds
    unseen = [s for s in args.sets if s not in SEEN_SETS]
    if unseen:
        raise SystemExit(f"set(s) {unseen} are not seen sets: they are honest tests and stay out of training")
    if args.merge:
        return merge_parts(args.sets)
    if args.parts:
        return build_parts(args.sets, not args.no_vectors)
    return build(OUT, args.sets, args.devset, not args.no_vectors)


def build(out: Path, sets: list[int], devset: bool, vectors: bool) -> int:
    """The seen sets' passages and reports (or the development rows') into `out`."""
    if devset:
        out.mkdir(parents=True, exist_ok=True)
        rows = dev_rows()
        write_jsonl(rows, out / "devrows.jsonl")
        if vectors:
            write_vectors(rows, out / "devvectors.npy")
        print(f"{len(rows)} dev passages, {sum(1 for r in rows if r['labels'])} labelled -> {out}")
        return 0
    from footprint.crawler.store import Store

    out.mkdir(parents=True, exist_ok=True)
    rows_all, reports = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for s in sets:
            set_name = f"heldout/set{s}"
            for name, toml, site in discover(None, set_name):
                run = run_persona(name, toml, site, Path(tmp) / f"set{s}")
                db = Path(tmp) / f"set{s}" / name / "footprint.sqlite3"
                with Store(db) as store:
                    scan_id = store.scans()[-1]["id"]
                    items = store.items_for_scan(scan_id)
                base = _base_of(items)
                rows = passage_rows(items, run.truth["subject"]["organisation"])
                label(rows, run.truth, base)
                for r in rows:
                    r.update(set=s, persona=name, url=r["url"].replace(base, "{{BASE}}"))
                rows_all += rows
                reports.append({"set": s, "persona": name, "base": base, "truth": run.truth,
                                "report": _compact(run.report, base)})
            print(f"set {s}: {len(rows_all)} passages so far", flush=True)
    write_jsonl(rows_all, out / "sentences.jsonl")
    write_jsonl(reports, out / "reports.jsonl")
    if vectors:
        write_vectors(rows_all, out / "vectors.npy")
    print(f"{len(rows_all)} passages, {sum(1 for r in rows_all if r['labels'])} labelled -> {out}")
    return 0


PARTS = OUT / "parts"
DEV_PART = "dev"


def build_parts(sets: list[int], vectors: bool) -> int:
    """Each set not yet claimed, then the development rows, into PARTS/<set>. A set is claimed by creating
    PARTS/<set>.claim (atomic), written to PARTS/<set>.tmp and renamed when whole; a claim without its folder is a
    killed run's: remove the .claim and the .tmp to redo it."""
    PARTS.mkdir(parents=True, exist_ok=True)
    for task in [str(s) for s in sets] + [DEV_PART]:
        try:
            (PARTS / f"{task}.claim").mkdir()
        except FileExistsError:
            continue
        tmp = PARTS / f"{task}.tmp"
        build(tmp, [] if task == DEV_PART else [int(task)], task == DEV_PART, vectors)
        tmp.rename(PARTS / task)
    return 0


def merge_parts(sets: list[int]) -> int:
    """PARTS/<set> for every set, in order, and PARTS/dev, into OUT (refused while any is missing)."""
    folders = [PARTS / str(s) for s in sets]
    missing = [f.name for f in folders + [PARTS / DEV_PART] if not f.is_dir()]
    if missing:
        raise SystemExit(f"not built yet: {missing} (run with --parts)")
    for name in ("sentences.jsonl", "reports.jsonl"):
        with (OUT / name).open("w", encoding="utf-8") as fh:
            for f in folders:
                fh.write((f / name).read_text(encoding="utf-8"))
    n = sum(1 for f in folders for _ in (f / "sentences.jsonl").open(encoding="utf-8"))
    if all((f / "vectors.npy").exists() for f in folders):
        vecs = np.vstack([np.load(f / "vectors.npy") for f in folders])
        assert len(vecs) == n, (len(vecs), n)
        np.save(OUT / "vectors.npy", vecs)
    for name in ("devrows.jsonl", "devvectors.npy"):
        if (PARTS / DEV_PART / name).exists():
            shutil.copy(PARTS / DEV_PART / name, OUT / name)
    print(f"{n} passages of sets {sets[0]}-{sets[-1]} and the development rows -> {OUT}")
    return 0


def _base_of(items: list) -> str:
    """The loopback site's scheme and host, which the ground truth writes {{BASE}}."""
    parts = urlsplit(items[0].url)
    return f"{parts.scheme}://{parts.netloc}"


def _compact(report: dict, base: str) -> list[dict]:
    return [{"category": f["category"], "value": f["value"],
             "evidence": [{"url": e["url"].replace(base, "{{BASE}}"), "excerpt": e["excerpt"]} for e in f["evidence"]]}
            for f in report["findings"]]


if __name__ == "__main__":
    raise SystemExit(main())
