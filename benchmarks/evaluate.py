"""Persona evaluation: scan every fictional persona end to end and score the reports against ground truth.

Each persona (the demo persona in data/demo/ and every tests/personas/<name>/)
is served on loopback by LocalSite, given a consent record as the persona
would write it, crawled and analysed by `footprint.cli.operations.run_scan` (the same
path as `footprint scan`), and its report scored by
`footprint.analysis.evaluation.score_report`: recall per fact, precision per finding (a
finding is a false positive when it matches no fact of its category), decoy
hits and the risk band. Across personas it prints per-category precision,
recall and F1, micro and macro totals, band accuracy and the Spearman
correlation between risk scores and the intended ranking.

    .venv/bin/python benchmarks/evaluate.py                 # all personas
    .venv/bin/python benchmarks/evaluate.py -p recruit -v   # one persona, list misses and false positives
    .venv/bin/python benchmarks/evaluate.py --write-doc     # also update docs/quality.md (between markers)
    .venv/bin/python benchmarks/evaluate.py --set heldout/set1 --write-doc   # a blind held-out set

`--set dev` (the default) is the development set: the demo and tests/personas/, which the
detectors were debugged against. `--set heldout/<name>` is a set under tests/heldout/, written
blind by someone who never saw the detectors (tests/heldout/README.md): its numbers are the ones
that say how footprint does on people it was not built around. Never debug a detector against it.
`--set blinddev` is tests/blinddev/: development personas written blind to the detectors, which
developers may read and fix against (its first numbers say how unseen text fares; later ones do not).
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from footprint.analysis.evaluation import PersonaScore, load_truth, score_report  # noqa: E402
from footprint.analysis.findings import CATEGORIES  # noqa: E402
from benchutil import write_marked  # noqa: E402
from footprint.crawler.consent import load_consent  # noqa: E402
from footprint.cli.demo import Persona, write_demo_consent  # noqa: E402
from footprint.crawler.localsite import LocalSite  # noqa: E402

PERSONA_DIR = ROOT / "tests" / "personas"
HELDOUT_DIR = ROOT / "tests" / "heldout"
BLIND_DEV_DIR = ROOT / "tests" / "blinddev"        # development personas written blind (developers may read them)
SETS = {"dev": PERSONA_DIR, "blinddev": BLIND_DEV_DIR,
        **{f"heldout/{p.name}": p for p in sorted(HELDOUT_DIR.glob("set*")) if p.is_dir()}}
DEMO = ("demo", ROOT / "data" / "demo" / "persona.toml", ROOT / "data" / "demo" / "site")
DOC = ROOT / "docs" / "quality.md"


def markers(set_name: str) -> tuple[str, str]:
    tag = "persona-eval" if set_name == "dev" else f"persona-eval-{set_name.replace('/', '-')}"
    return f"<!-- {tag}:start -->", f"<!-- {tag}:end -->"


def command(set_name: str) -> str:
    return ".venv/bin/python benchmarks/evaluate.py " + ("" if set_name == "dev" else f"--set {set_name} ") + "--write-doc"
DEMO_RANK = 1          # data/demo/persona.toml predates `rank`; Casey Morgan is built to be the most exposed


@dataclass
class PersonaRun:
    name: str
    truth: dict
    score: PersonaScore
    rank: int
    seconds: float
    profiles: list[dict]
    report: dict | None = None


def discover(names: list[str] | None = None, set_name: str = "dev") -> list[tuple[str, Path, Path]]:
    """(name, persona.toml, site dir) for every persona of a set (the dev set also has the demo)."""
    root = SETS[set_name]
    found = ([DEMO] if set_name == "dev" else []) + [
        (p.name, p / "persona.toml", p / "site") for p in sorted(root.iterdir())
        if (p / "persona.toml").is_file() and (p / "site").is_dir()]
    if names:
        unknown = set(names) - {n for n, _, _ in found}
        if unknown:
            raise SystemExit(f"unknown persona(s): {', '.join(sorted(unknown))}")
        found = [f for f in found if f[0] in names]
    return found


def persona_of(truth: dict) -> Persona:
    s = truth["subject"]
    return Persona(s["name"], s.get("aliases", []), s["organisation"], truth["profiles"],
                   s.get("risk_band", truth.get("risk_band", "")), [])


def run_persona(name: str, toml: Path, site_dir: Path, workdir: Path) -> PersonaRun:
    """Serve, consent, scan and score one persona (quietly)."""
    from footprint.cli.operations import run_scan

    truth = load_truth(toml)
    t0 = time.perf_counter()
    out = workdir / name
    with LocalSite(site_dir) as site:
        consent_path = write_demo_consent(site.base, out, persona_of(truth), today=dt.date.today())
        consent = load_consent(consent_path, allow_local=True)
        with contextlib.redirect_stdout(io.StringIO()):
            outcome = run_scan(consent, out, out / "footprint.sqlite3", allow_local=True, no_throttle=True,
                               formats=("json",))
        score = score_report(outcome.report, truth, site.base)
    rank = int(truth["subject"].get("rank", DEMO_RANK if name == "demo" else 0))
    return PersonaRun(name, truth, score, rank, time.perf_counter() - t0, outcome.profiles, outcome.report)


def spearman(runs: list[PersonaRun]) -> float | None:
    """Spearman's rho between risk scores and the intended order (rank 1 = most at risk, so rho uses -rank)."""
    ranked = [r for r in runs if r.rank]
    if len(ranked) < 3:
        return None
    from scipy.stats import spearmanr
    rho = spearmanr([r.score.score for r in ranked], [-r.rank for r in ranked]).statistic
    return float(rho)


def summarise(runs: list[PersonaRun]) -> dict:
    """Per-category precision/recall/F1 over all personas, micro and macro totals, decoys, bands, rho."""
    found, matched = defaultdict(list), defaultdict(list)
    for r in runs:
        for c, hs in r.score.found.items():
            found[c] += hs
        for c, hs in r.score.matched.items():
            matched[c] += hs
    table = {}
    for c in CATEGORIES:
        if not found[c] and not matched[c]:
            continue
        p = sum(matched[c]) / len(matched[c]) if matched[c] else 1.0
        rec = sum(found[c]) / len(found[c]) if found[c] else 1.0
        table[c] = {"precision": p, "recall": rec, "f1": 2 * p * rec / (p + rec) if p + rec else 0.0,
                    "facts": len(found[c]), "findings": len(matched[c])}
    all_m = [h for hs in matched.values() for h in hs]
    all_f = [h for hs in found.values() for h in hs]
    mp = sum(all_m) / len(all_m) if all_m else 1.0
    mr = sum(all_f) / len(all_f) if all_f else 1.0
    micro = {"precision": mp, "recall": mr, "f1": 2 * mp * mr / (mp + mr) if mp + mr else 0.0}
    macro = {k: sum(t[k] for t in table.values()) / len(table) for k in ("precision", "recall", "f1")} if table else {}
    return {"table": table, "micro": micro, "macro": macro,
            "decoys": sum(len(r.score.decoy_hits) for r in runs),
            "bands_right": sum(r.score.band == r.score.intended_band for r in runs), "personas": len(runs),
            "rho": spearman(runs)}


def render_markdown(runs: list[PersonaRun], s: dict, set_name: str = "dev") -> str:
    lines = [f"Generated by `{command(set_name)}` on {dt.date.today().isoformat()}: {len(runs)} fictional personas served on "
             "loopback, scanned end to end (`run_scan`) and scored with `analysis/evaluation.py` (recall per fact; "
             "a finding that matches no fact of its category counts as a false positive).", "",
             "| persona | intended band | band | score | rank | facts found | findings matching a fact | decoy hits |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in runs:
        f = [h for hs in r.score.found.values() for h in hs]
        m = [h for hs in r.score.matched.values() for h in hs]
        ok = "" if r.score.band == r.score.intended_band else " ✗"
        lines.append(f"| {r.name} | {r.score.intended_band} | {r.score.band}{ok} | {r.score.score:.1f} | {r.rank} | "
                     f"{sum(f)}/{len(f)} | {sum(m)}/{len(m)} | {len(r.score.decoy_hits)} |")
    lines += ["", "| category | P | R | F1 | facts | findings |", "| --- | --- | --- | --- | --- | --- |"]
    for c, t in s["table"].items():
        lines.append(f"| {c} | {t['precision']:.3f} | {t['recall']:.3f} | {t['f1']:.3f} | {t['facts']} | {t['findings']} |")
    for name in ("micro", "macro"):
        m = s[name]
        lines.append(f"| **{name}** | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | | |")
    rho = "n/a" if s["rho"] is None else f"{s['rho']:.3f}"
    lines += ["", f"Decoy hits: **{s['decoys']}**. Bands right: **{s['bands_right']}/{s['personas']}**. "
              f"Spearman rho between risk score and intended rank (1 = most at risk, so +1 is a perfect order): "
              f"**{rho}**."]
    lines += ["", NOTE if set_name == "dev" else HELDOUT_NOTE]
    return "\n".join(lines)


# Fixed context for the generated table (history, not recomputed).
NOTE = """**Read with care: these are development numbers.** The detectors were fixed against these personas and the dev rows, so they say little about people footprint was not built around; the held-out sets (section "Held-out evaluation" above) do. History: the six original personas beside the demo were written by the same person who then fixed the
detectors against them (general fixes only: line breaks end sentences, page-title site names and forum bylines
are not the subject's words, other people's postings, staff IDs in text, "NAME from my shift", housemates who
move in, scan-level employment before organisation-owned categories, and more; see tests/test_detectors.py), so
they are not held out and these numbers are optimistic. The first run, before any of those fixes, scored micro
P/R/F1 0.929/0.827/0.875, 4 decoy hits and 4/7 bands right. Persona content was also changed after seeing
scores, in one direction only: personal exposure was trimmed where a persona went beyond its one-line
description (the seaport officer's photos and phone, the analyst's suburb, partner and bus, the detention
officer's official email, phone and operational post, the negative controls' home, family and phone), because
the risk model puts even ordinary non-staff exposure, a suburb plus a named spouse, in the moderate band.
Decoys and facts were never edited to match detector output. The risk parameters (data/risk.toml) were then calibrated against
these personas and the risk fixtures (docs/risk-model.md, Calibration), so the band accuracy is not held out either.
"Rob (mate)" was added to the demo truth after the first run showed
it: a real named friend the truth had missed. The demo's remaining false positive, "Thursday 19:00 training", comes from the netball club's own post that the subject boosted."""


HELDOUT_NOTE = ("Held out: these personas were written blind, by a separate session that saw only the contract's "
                "category definitions, the policy and the persona file format, never the detectors, lexicons or "
                "patterns (tests/heldout/README.md); no detector was debugged against them.")


def write_doc(text: str, set_name: str = "dev", path: Path = DOC) -> None:
    """Replace the text between this set's markers in docs/quality.md (append the section if absent)."""
    start, end = markers(set_name)
    title = "Persona evaluation" if set_name == "dev" else f"Held-out evaluation, {set_name}"
    write_marked(path, f"{start}\n{text}\n{end}", start, end,
                 intro=f"### {title} (`benchmarks/evaluate.py`)\n\n    {command(set_name)}\n\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-p", "--persona", action="append", help="only this persona (repeatable)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list missed facts, false positives and decoy hits")
    ap.add_argument("--set", default="dev", choices=sorted(SETS), help="which persona set (default: dev)")
    ap.add_argument("--write-doc", action="store_true", help=f"write the tables into {DOC.relative_to(ROOT)}")
    ap.add_argument("--no-backstop", action="store_true", help="the rules alone, without the learned backstop")
    args = ap.parse_args(argv)
    if args.no_backstop:
        import os
        from footprint.analysis.detect.backstop import OFF_ENV
        os.environ[OFF_ENV] = "off"
    if args.verbose and args.set != "dev":
        print("note: held-out misses are for naming classes of failure; write new dev examples, never fix against these texts",
              file=sys.stderr)
    runs = []
    with tempfile.TemporaryDirectory(prefix="footprint-eval-") as tmp:
        for name, toml, site_dir in discover(args.persona, args.set):
            run = run_persona(name, toml, site_dir, Path(tmp))
            runs.append(run)
            sc = run.score
            print(f"{name:12} band {sc.band:9} (intended {sc.intended_band:9}) score {sc.score:5.1f} "
                  f"recall {sc.recall():.3f} precision {sc.precision():.3f} decoys {len(sc.decoy_hits)} "
                  f"[{run.seconds:.1f}s]", flush=True)
            if args.verbose:
                for m in sc.missed_facts:
                    print(f"    MISS {m['category']}: {m['value']}")
                for f in sc.false_positives:
                    print(f"    FP   {f['category']}: {f['value']}  <{f['url']}>")
                for d in sc.decoy_hits:
                    print(f"    DECOY {d['category']}: {d['decoy']}")
                for p in run.profiles:
                    if p.get("status") != "ok":
                        print(f"    PROFILE {p.get('url')}: {p.get('status')} {p.get('detail', '')}")
    s = summarise(runs)
    print()
    print(f"{'category':22} {'P':>6} {'R':>6} {'F1':>6} {'facts':>6} {'finds':>6}")
    for c, t in s["table"].items():
        print(f"{c:22} {t['precision']:6.3f} {t['recall']:6.3f} {t['f1']:6.3f} {t['facts']:6d} {t['findings']:6d}")
    for name in ("micro", "macro"):
        m = s[name]
        print(f"{name:22} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f}")
    rho = "n/a" if s["rho"] is None else f"{s['rho']:.3f}"
    print(f"\ndecoy hits {s['decoys']}; bands right {s['bands_right']}/{s['personas']}; spearman rho {rho}")
    if args.write_doc:
        write_doc(render_markdown(runs, s, args.set), args.set)
        print(f"wrote {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
