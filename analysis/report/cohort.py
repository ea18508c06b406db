"""An anonymised summary across many reports, for trainers running an opt-in programme.

Only counts leave this module: how many people expose each category, the
band distribution, and the most common first plan steps as generic action
kinds. No name, URL, value or excerpt from any report is ever copied into
the output: every label comes from this module's own vocabulary (category
ids, band names, action kinds). Any count below MIN_CELL people is
suppressed ("fewer than 5"), and so is a second band when one alone would
let the suppressed one be worked out from the total.
"""
from __future__ import annotations

import csv
import io
import json
import os
from collections import Counter
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from footprint.analysis.findings import CATEGORIES
from footprint.analysis.report.common import category_title
from footprint.analysis.report.plan import BAND_FILLS
from footprint.analysis.report.schemas import ReportInvalid, validate_report

MIN_CELL = 5
BAND_ORDER = ("low", "moderate", "high", "critical")
SUPPRESSED = "fewer than 5"
# Plan step kinds in words: generic, never a value from a report.
KIND_WORDS = {
    "post": "Delete or edit one post",
    "profile": "Edit one profile",
    "photo": "Replace one photo",
    "camera": "Strip photo locations, camera location off",
    "employer_fields": "Hide employer fields on a profile",
    "post_location": "Stop adding locations to posts",
    "fact": "Remove one detail on one site",
    "identity": "Stop being identifiable as staff on one site",
    "category": "Remove one kind of detail on one site",
}
COHORT_FILES = ("cohort.json", "cohort.csv", "cohort.html")


class CohortInputError(ValueError):
    """A file given to `footprint cohort` is missing, not a report, or does not match the schema."""


def load_reports(paths: list[Path]) -> list[dict]:
    """Every report, validated; the first bad file raises CohortInputError naming it (one line)."""
    if not paths:
        raise CohortInputError("give at least one REPORT.json")
    out = []
    for p in paths:
        p = Path(p)
        try:
            text = p.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise CohortInputError(f"{p}: no such file") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise CohortInputError(f"{p}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None
        try:
            report = json.loads(text)
        except json.JSONDecodeError:
            raise CohortInputError(f"{p}: not a report (not JSON)") from None
        if not isinstance(report, dict) or "findings" not in report or "risk" not in report:
            raise CohortInputError(f"{p}: not a footprint report")
        try:
            validate_report(report)
        except ReportInvalid as exc:
            raise CohortInputError(f"{p}: does not match the report schema: {str(exc).splitlines()[0]}") from None
        out.append(report)
    return out


def _first_step_kind(report: dict) -> str:
    plan = report.get("plan")
    if not isinstance(plan, dict) or not plan.get("steps"):
        return "No step needed" if isinstance(plan, dict) else "No plan in the report"
    step = plan["steps"][0]
    words = KIND_WORDS.get(step.get("kind", ""), "Other action")
    cats = {f["id"]: f["category"] for f in report["findings"]}
    counts = Counter(cats[i] for i in step.get("finding_ids", []) if i in cats)
    if counts and step.get("kind") in ("post", "profile", "photo", "fact", "category"):
        top = sorted(counts, key=lambda c: (-counts[c], list(CATEGORIES).index(c)))[0]
        words += f" ({category_title(top).lower()})"
    return words


def _cell(n: int) -> int | None:
    return n if n >= MIN_CELL else None


@dataclass
class Cohort:
    people: int | None                          # None: fewer than MIN_CELL people, so every count is hidden
    categories: dict[str, int | None]
    bands: dict[str, int | None]
    first_steps: list[tuple[str, int]]          # only kinds with at least MIN_CELL people
    other_first_steps: int | None               # people whose first step kind is rarer

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "footprint cohort summary", "min_cell": MIN_CELL, "people": self.people,
                "suppressed": f"null means {SUPPRESSED} people",
                "categories": self.categories, "bands": self.bands,
                "first_steps": [{"action": k, "people": n} for k, n in self.first_steps],
                "other_first_steps": self.other_first_steps}


def summarise(reports: list[dict]) -> Cohort:
    """Counts across people (one report per person: the latest of each subject)."""
    latest: dict[str, dict] = {}
    for r in reports:
        key = f"{r['subject']['name']}\x00{r['subject']['organisation']}"
        if key not in latest or str(r["scan"]["finished_at"]) > str(latest[key]["scan"]["finished_at"]):
            latest[key] = r
    people = list(latest.values())
    cats = Counter(c for r in people for c in {f["category"] for f in r["findings"]})
    bands = Counter(r["risk"]["band"] for r in people)
    band_cells = {b: _cell(bands.get(b, 0)) for b in BAND_ORDER}
    hidden = [b for b in BAND_ORDER if band_cells[b] is None]
    if len(hidden) == 1 and bands.get(hidden[0], 0) > 0:                     # the total would give it away: hide the next smallest too
        shown = sorted((bands[b], BAND_ORDER.index(b), b) for b in BAND_ORDER if band_cells[b] is not None)
        if shown:
            band_cells[shown[0][2]] = None
    steps = Counter(_first_step_kind(r) for r in people)
    common = sorted(((k, n) for k, n in steps.items() if n >= MIN_CELL), key=lambda kn: (-kn[1], kn[0]))
    rest = sum(n for k, n in steps.items() if n < MIN_CELL)
    return Cohort(_cell(len(people)), {c: _cell(cats.get(c, 0)) for c in CATEGORIES}, band_cells, common,
                  _cell(rest) if rest else 0)


def cohort_csv(c: Cohort) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["table", "label", "people"])
    w.writerow(["total", "people", SUPPRESSED if c.people is None else c.people])
    for cat, n in c.categories.items():
        w.writerow(["category", cat, SUPPRESSED if n is None else n])
    for band, n in c.bands.items():
        w.writerow(["band", band, SUPPRESSED if n is None else n])
    for kind, n in c.first_steps:
        w.writerow(["first_step", kind, n])
    w.writerow(["first_step", "other kinds", SUPPRESSED if c.other_first_steps is None else c.other_first_steps])
    return buf.getvalue()


def _bars(rows: list[tuple[str, int | None, str]], total: int | None) -> str:
    """A horizontal SVG bar chart, each label above its bar (narrow enough for a phone);
    suppressed rows say so instead of drawing a bar."""
    row_h, bar_w, width = 40, 340, 420
    height = row_h * len(rows) + 6
    parts = [f'<svg class="bars" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img">']
    for i, (label, n, colour) in enumerate(rows):
        y = 2 + i * row_h
        parts.append(f'<text x="0" y="{y + 13}" font-size="13" fill="#1b1f24">{escape(label)}</text>')
        if n is None:
            parts.append(f'<text x="0" y="{y + 31}" font-size="12" fill="#7b8794">{SUPPRESSED}</text>')
            continue
        w = 0 if not total else round(bar_w * n / total, 1)
        parts.append(f'<rect x="0" y="{y + 19}" width="{w}" height="14" rx="3" fill="{colour}"/>')
        parts.append(f'<text x="{w + 6}" y="{y + 31}" font-size="12" fill="#1b1f24">{n}</text>')
    parts.append("</svg>")
    return "".join(parts)


def cohort_html(c: Cohort) -> str:
    from footprint.analysis.report.html import CSP, CSS
    cats = sorted(c.categories.items(), key=lambda kv: (-(kv[1] or 0), list(CATEGORIES).index(kv[0])))
    cat_chart = _bars([(category_title(k), n, "#334e68") for k, n in cats], c.people)
    band_chart = _bars([(b, c.bands[b], BAND_FILLS[b]) for b in BAND_ORDER], c.people)
    step_rows = [(k, n, "#0b5cad") for k, n in c.first_steps]
    step_rows.append(("Other kinds", c.other_first_steps, "#7b8794"))
    steps_chart = _bars(step_rows, c.people)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta http-equiv="Content-Security-Policy" content="{escape(CSP, quote=True)}">'
        '<meta name="referrer" content="no-referrer"><meta name="robots" content="noindex, nofollow">'
        f"<title>Cohort summary</title><style>{CSS}.bars{{width:100%;height:auto;max-width:560px}}</style></head><body>"
        '<header class="top"><div class="inner"><h1>Cohort summary</h1>'
        f"<p>{SUPPRESSED if c.people is None else c.people} people · counts below {MIN_CELL} are not shown</p></div></header><main>"
        f'<section id="categories"><h2>What people expose</h2><p class="muted">People with at least one finding '
        f"in each category.</p>{cat_chart}</section>"
        f'<section id="bands"><h2>Risk bands</h2>{band_chart}</section>'
        f'<section id="first-steps"><h2>Most common first step</h2><p class="muted">The first step of each '
        f"person's removal plan, as a kind of action.</p>{steps_chart}</section>"
        "</main><footer>footprint cohort summary: counts only, no names, addresses or values.</footer></body></html>\n"
    )


def write_cohort(paths: list[Path], out_dir: Path) -> list[Path]:
    """Read the reports, summarise them, write cohort.json, cohort.csv and cohort.html (0600, in a 0700 folder)."""
    from footprint.analysis.report.outputs import write_private
    cohort = summarise(load_reports(paths))
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise CohortInputError(f"--out {out_dir} exists and is not a folder")
    if not out_dir.exists():
        out_dir.mkdir(parents=True, mode=0o700)
        os.chmod(out_dir, 0o700)
    data = {"cohort.json": json.dumps(cohort.to_dict(), indent=1) + "\n", "cohort.csv": cohort_csv(cohort),
            "cohort.html": cohort_html(cohort)}
    written = []
    for name, text in data.items():
        path = out_dir / name
        write_private(path, text.encode("utf-8"))
        written.append(path)
    return written
