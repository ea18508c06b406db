"""The report as Markdown, as a findings CSV, and as a terminal summary.

Each medium has its own injection: Markdown links and HTML in scraped text,
spreadsheet formulas in CSV cells (=HYPERLINK(...)), Rich console markup and
terminal escape codes. Every scraped string is neutralised for the medium
it is written to; structure (headings, links we choose to make) is ours.
"""
from __future__ import annotations

import csv
import io
import re
from typing import Any

from rich import box
from rich.console import Console, Group
from rich.markup import escape as rich_escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from footprint.analysis.report.assessment import NOT_ASSESSED_LINE, is_assessment
from footprint.analysis.findings import CATEGORIES
from footprint.analysis.report.common import (
    category_title, clean, dimension_values, findings_by_category, fmt_num, geo_rows, one_line, pct,
    only_private, safe_url, sorted_advice, visibility_label, when,
)
from footprint.analysis.report.plan import plan_headline, plan_of, split_steps, text_chart
from footprint.analysis.report.schemas import validate_report

BAND_STYLES = {"low": "bold green", "moderate": "bold yellow", "high": "bold dark_orange", "critical": "bold red"}

# ASCII punctuation that means something in CommonMark / GFM tables.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]#+!|~&<])")   # brackets escaped, so "(" alone starts nothing
_MD_LEADING = re.compile(r"^(\s*)([-=+>]|\d+[.)])")
CSV_FIELDS = ("id", "category", "value", "severity", "confidence", "contribution", "evidence_count",
              "first_evidence_url", "explanation")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def md(value: Any, limit: int | None = None) -> str:
    """Scraped text as inert Markdown: one line, every markup character escaped."""
    text = one_line(value, limit)
    text = _MD_SPECIAL.sub(r"\\\1", text).replace("](", "]\\(")      # "(...)" stays readable in a terminal
    return _MD_LEADING.sub(lambda m: m.group(1) + "\\" + m.group(2) if len(m.group(2)) == 1
                           else m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], text)


def md_link(url: Any) -> str:
    """An autolink for a plain http(s) URL; anything else as escaped text."""
    href = safe_url(url)
    if href is None or re.search(r"[<>\s\"'`|]", href):
        return md(url, 200)
    return f"<{href}>"


def render_markdown(report: dict) -> str:
    """The report as Markdown, sections in the HTML order: advice before findings."""
    validate_report(report)
    return markdown_text(report)


def markdown_text(report: dict) -> str:
    """`render_markdown` for a report already validated."""
    risk, scan, subject = report["risk"], report["scan"], report["subject"]
    out: list[str] = [] if is_assessment(report) else [f"**{NOT_ASSESSED_LINE.replace(':', '**:', 1)}", ""]
    out += [
        f"# Public footprint report: {md(subject['name'], 120)}",
        "",
        f"- Organisation: {md(subject['organisation'], 120)}",
        f"- Scanned: {md(when(scan['started_at']))} to {md(when(scan['finished_at']))}",
        f"- Consent: {md(report['consent']['purpose'])}, given {md(report['consent']['given_on'])}, "
        f"expires {md(report['consent']['expires_on'])}",
        "",
    ]
    out += _md_narrative(report) + _md_plan(report)
    out += [
        "## Risk",
        "",
        f"**Score: {fmt_num(risk['score'])}/100, band: {md(str(risk['band']).upper())}**",
        "",
    ]
    if risk.get("summary"):
        out += [md(risk["summary"]), ""]
    out += ["| Dimension | Score | |", "| --- | ---: | --- |"]
    for dim, value in dimension_values(risk):
        out.append(f"| {dim.capitalize()} | {pct(value)} | `{_bar(value, 20)}` |")
    out += ["", "## Profiles scanned", "", "| Profile | Platform | Status | Pages | Items | Detail |",
            "| --- | --- | --- | ---: | ---: | --- |"]
    for p in scan["profiles"]:
        out.append(f"| {md_link(p['url'])} | {md(p['platform'])} | {md(p['status'])} | {md(p.get('pages', ''))} "
                   f"| {md(p['items'])} | {md(p.get('detail', ''), 200)} |")

    has_plan = plan_of(report) is not None
    out += ["", "## Every action on its own" if has_plan else "## What to do first", ""]
    advice = sorted_advice(report["advice"])
    if has_plan and advice:
        out += ["What each action would save if it were the only thing you did; the plan puts them in order.", ""]
    if not advice:
        out.append("No advice: nothing exposing was found in what could be fetched.")
    for a in advice:
        effort = f", effort {md(a['effort'])}" if a.get("effort") else ""
        out.append(f"{int(a['rank'])}. **{md(a['action'])}**  ")
        out.append(f"   Lowers your score by {fmt_num(a['risk_reduction'])} points{effort}; findings: "
                   + ", ".join(md(i) for i in a["finding_ids"]))
        for u in a.get("where") or []:
            out.append(f"   - {md_link(u)}")
        out.append(f"   How: {md(a['how'])}")
        out.append("")

    out += ["## Findings", ""]
    groups = findings_by_category(report["findings"])
    if not groups:
        out.append("Nothing exposed was found.")
    for cat, items in groups:
        out += [f"### {md(category_title(cat))} ({len(items)})", ""]
        policy = CATEGORIES[cat].policy if cat in CATEGORIES else ()
        if policy:
            out += [f"Policy: {md('; '.join(policy))}", ""]
        for f in items:
            out.append(f"- **{md(f['value'], 300)}** ({md(f['id'])}): severity {md(f['severity'])}, "
                       f"confidence {pct(f['confidence'])}, adds {fmt_num(f['contribution'])} points"
                       + ("; private now, would be exposed if shared" if only_private(f) else ""))
            if f.get("explanation"):
                out.append(f"  - Why: {md(f['explanation'])}")
            extra = [p for p in f.get("policy") or [] if p not in (policy or [])]
            if extra:
                out.append(f"  - Policy: {md('; '.join(f['policy']))}")
            for ev in f["evidence"]:
                posted = f", {md(when(ev['posted_at']))}" if ev.get("posted_at") else ""
                out.append(f"  - {md(ev['kind'])}{posted} ({md(visibility_label(ev))}): {md_link(ev['url'])}")
                out.append(f"    > {md(ev['excerpt'], 600)}")
        out.append("")

    rows = geo_rows(report)
    out += ["## Locations", ""]
    if rows:
        out += ["| Finding | Category | Latitude | Longitude | Where |", "| --- | --- | ---: | ---: | --- |"]
        for r in rows:
            out.append(f"| {md(r['finding']['id'])} | {md(r['finding']['category'])} | {md(r['lat_text'])} | "
                       f"{md(r['lon_text'])} | {md_link(r['url']) if r['url'] else ''} |")
    else:
        out.append("No coordinates were found in your content.")
    graph = report.get("graph") or {}
    n_nodes = len(graph.get("nodes") or [])
    n_edges = len(graph.get("edges") or graph.get("links") or [])
    out += ["", "## Entity graph", "", f"{n_nodes} entities and {n_edges} links (drawn in the HTML report).", ""]
    tool = report["tool"]
    out += ["---", f"{md(tool['name'])} {md(tool['version'])}, report schema {md(report['schema_version'])}", ""]
    return "\n".join(out)


def _md_step(step: dict) -> list[str]:
    places = step.get("where") or []
    out = [f"{int(step['step'])}. **{md(step['action'])}**  ",
           f"   Score after: **{fmt_num(step['score_after'])}** ({md(step['band_after'])}), effort {md(step['effort'])}"]
    out += [f"   - {md_link(u)}" for u in places[:3]]
    if len(places) > 3:
        out.append(f"   - and {len(places) - 3} more places")
    if step.get("how"):
        out.append(f"   How: {md(step['how'])}")
    return out + [""]


def _md_plan(report: dict) -> list[str]:
    """The plan first: headline, a text step chart, the first steps, then the rest."""
    plan = plan_of(report)
    if plan is None:
        return []
    out = ["## Your plan: what to do first", "", md(plan_headline(plan)), ""]
    if plan["steps"]:
        out += ["```text", *text_chart(plan), "```", ""]
    shown, rest = split_steps(plan)
    for step in shown:
        out += _md_step(step)
    if rest:
        out += [f"### Steps {rest[0]['step']} to {rest[-1]['step']}", ""]
        for step in rest:
            out += _md_step(step)
    return out


def _md_narrative(report: dict) -> list[str]:
    if report.get("consent", {}).get("purpose") != "awareness-demo":
        return []
    from footprint.analysis.report.narrative import adversary_view
    lines = adversary_view(report)
    if not lines:
        return []
    out = ["## What a criminal group would see", ""]
    for i, line in enumerate(lines, 1):
        refs = " ".join(md_link(u) for u in line.urls)
        out.append(f"{i}. **{md(line.stage)}**: {md(line.text)} {refs}".rstrip())
    return out + [""]


def _bar(value: float, width: int) -> str:
    full = round(max(0.0, min(1.0, value)) * width)
    return "#" * full + "." * (width - full)


def csv_cell(value: Any) -> str:
    """A CSV cell a spreadsheet will not run: formula-like text gets a leading quote."""
    text = clean(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def findings_csv(report: dict) -> str:
    """One row per finding, formula-injection safe, with a header row."""
    validate_report(report)
    return csv_text(report)


def csv_text(report: dict) -> str:
    """`findings_csv` for a report already validated."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(CSV_FIELDS)
    for f in report["findings"]:
        evidence = f["evidence"]
        writer.writerow([csv_cell(v) for v in (
            f["id"], f["category"], f["value"], f["severity"], f["confidence"], f["contribution"],
            len(evidence), evidence[0]["url"] if evidence else "", f.get("explanation", ""),
        )])
    return buf.getvalue()


def _r(value: Any, limit: int | None = None) -> str:
    """Scraped text for Rich markup: controls removed, markup escaped."""
    return rich_escape(one_line(value, limit))


def print_summary(report: dict, console: Console, banner: bool = True) -> None:
    """Score panel, dimension bars, top 5 advice and findings per category."""
    validate_report(report)
    if banner and not is_assessment(report):
        console.print(NOT_ASSESSED_LINE, style="bold reverse red", markup=False, highlight=False, soft_wrap=True)
    risk = report["risk"]
    band = str(risk["band"])
    style = BAND_STYLES.get(band, "bold")
    head = Text.assemble(
        ("Risk score ", "bold"), (f"{fmt_num(risk['score'])}/100", style), "  ", (band.upper(), f"reverse {style}"),
    )
    parts: list[Any] = [head]
    if risk.get("summary"):
        parts.append(Text(one_line(risk["summary"])))
    dims = Table.grid(padding=(0, 1))
    for dim, value in dimension_values(risk):
        full = round(value * 24)
        colour = "red" if value >= 0.75 else "dark_orange" if value >= 0.5 else "yellow" if value >= 0.25 else "green"
        dims.add_row(dim.capitalize(), f"[{colour}]{'█' * full}[/][dim]{'░' * (24 - full)}[/]", pct(value))
    parts.append(dims)
    title = f"footprint: {_r(report['subject']['name'], 60)} ({_r(report['subject']['organisation'], 40)})"
    console.print(Panel(Group(*parts), title=title, border_style=style.replace("bold ", "")))

    plan = plan_of(report)
    if plan is not None:
        _print_plan(plan, console)
        console.print(f"{len(report['advice'])} single actions, each with what it saves on its own, are in the "
                      "report files.", highlight=False)
    advice = Table(title="Top advice" if plan is None else "Biggest single actions", box=box.SIMPLE_HEAVY,
                   expand=False)
    advice.add_column("#", justify="right")
    advice.add_column("Action")
    advice.add_column("Lowers by", justify="right")
    advice.add_column("Effort")
    top = sorted_advice(report["advice"])[:5] if plan is None else []
    for a in top:
        advice.add_row(str(int(a["rank"])), _r(a["action"], 120), fmt_num(a["risk_reduction"]),
                       _r(a.get("effort", ""), 10))
    if top:
        console.print(advice)
    elif plan is None:
        console.print("No advice: nothing exposing was found in what could be fetched.")

    counts = Table(title="Findings by category", box=box.SIMPLE_HEAVY)
    counts.add_column("Category")
    counts.add_column("Findings", justify="right")
    counts.add_column("Points", justify="right")
    for cat, items in findings_by_category(report["findings"]):
        counts.add_row(_r(category_title(cat)), str(len(items)),
                       fmt_num(sum(float(f.get("contribution", 0)) for f in items)))
    console.print(counts)
    bad = [p for p in report["scan"]["profiles"] if p.get("status") != "ok"]
    for p in bad:
        console.print(f"[yellow]![/] {_r(p['url'], 100)}: {_r(p['status'])}"
                      + (f" ({_r(p['detail'], 100)})" if p.get("detail") else ""))


def _print_plan(plan: dict, console: Console) -> None:
    """The plan's first steps with the score and band after each, then how many more."""
    console.print(Text(one_line(plan_headline(plan)), style="bold"))
    if not plan["steps"]:
        return
    shown, rest = split_steps(plan)
    table = Table(title="Your plan: what to do first", box=box.SIMPLE_HEAVY, expand=False)
    table.add_column("Step", justify="right")
    table.add_column("Action")
    table.add_column("Score after", justify="right")
    table.add_column("Band")
    for s in shown:
        band = str(s["band_after"])
        table.add_row(str(int(s["step"])), _r(s["action"], 320), fmt_num(s["score_after"]),
                      Text(band, style=BAND_STYLES.get(band, "")))
    console.print(table)
    if rest:
        console.print(f"{len(rest)} more step{'s' * (len(rest) != 1)} in the report "
                      f"(to {fmt_num(plan['end']['score'])}, {plan['end']['band']}).", highlight=False)
