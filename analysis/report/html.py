"""The report as ONE self-contained HTML page: offline, phone-friendly, inert.

The page is read by the person scanned, often on a phone, and it quotes
content crawled from the web, so it is built to be harmless whatever that
content is: no JavaScript at all, a CSP that forbids every load except
inline styles and data: images, every string escaped with
html.escape(quote=True) in text and attributes, and only http(s) URLs
turned into links (rel="noopener noreferrer nofollow"). Advice comes
before findings: what to do matters more than what was found.
"""
from __future__ import annotations

import re
from html import escape
from typing import Any, Iterator

from footprint.analysis.report.assessment import NOT_ASSESSED_LINE, is_assessment
from footprint.analysis.findings import CATEGORIES
from footprint.analysis.report.redact import redact_report
from footprint.analysis.report.common import (
    DIMENSION_HELP, category_title, clean, dimension_values, findings_by_category, fmt_num,
    geo_rows, one_line, only_private, pct, safe_url, sorted_advice, visibility_label, when,
)
from footprint.analysis.report.svg import MAX_NODES, graph_picture
from footprint.analysis.report.plan import BAND_FILLS, plan_headline, plan_of, split_steps, step_chart_svg
from footprint.analysis.report.schemas import validate_report

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
REL = "noopener noreferrer nofollow"

BAND_COLOURS = {"low": "#2e7d32", "moderate": "#b26a00", "high": "#d84315", "critical": "#b71c1c"}
SEVERITY_COLOURS = {"low": "#607d8b", "medium": "#b26a00", "high": "#d84315", "critical": "#b71c1c"}
STATUS_COLOURS = {"ok": "#2e7d32", "partial": "#b26a00"}

CSS = """
.not-assessed{margin:0;padding:.8em 1em;background:#b00020;color:#fff;font-size:1.1em}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
color:#1b1f24;background:#f4f6f8}
main{max-width:980px;margin:0 auto;padding:16px}
header.top{background:#102a43;color:#fff;padding:20px 16px}
header.top .inner{max-width:980px;margin:0 auto}
header.top h1{margin:0 0 4px;font-size:1.5rem}
header.top p{margin:2px 0;color:#d9e2ec}
section{background:#fff;border-radius:10px;padding:16px;margin:16px 0;box-shadow:0 1px 3px rgba(0,0,0,.08)}
h2{margin:0 0 12px;font-size:1.25rem}
h3{margin:18px 0 8px;font-size:1.05rem}
.muted{color:#52606d;font-size:.9rem}
.redacted{display:inline-block;background:#ffd54f;color:#1b1f24;border-radius:4px;padding:2px 8px;font-weight:600}
.score{display:flex;flex-wrap:wrap;gap:16px;align-items:center}
.score .num{font-size:3rem;font-weight:700;line-height:1}
.chip{display:inline-block;border-radius:999px;padding:2px 10px;color:#fff;font-size:.85rem;font-weight:600;
white-space:nowrap}
.band{font-size:1.1rem;padding:4px 14px;text-transform:uppercase;letter-spacing:.04em}
.dims{display:grid;grid-template-columns:minmax(110px,160px) 1fr 3.2em;gap:6px 10px;align-items:center;margin-top:14px}
.bar{background:#e4e7eb;border-radius:6px;height:14px;overflow:hidden}
.bar span{display:block;height:100%;background:#334e68;border-radius:6px}
.dims .val{text-align:right;font-variant-numeric:tabular-nums}
.dims .help{grid-column:1/-1;margin:-6px 0 4px;font-size:.8rem;color:#7b8794}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e4e7eb;vertical-align:top}
th{background:#f0f4f8}
a{color:#0b5cad}
.url{word-break:break-all;overflow-wrap:anywhere}
ol.advice{padding-left:0;list-style:none;margin:0}
ol.advice>li{border-left:5px solid #0b5cad;padding:8px 12px;margin:0 0 12px;background:#f8fafc;border-radius:6px}
.advice .action{font-weight:600;font-size:1.05rem}
.rank{display:inline-block;min-width:1.8em;height:1.8em;line-height:1.8em;text-align:center;border-radius:50%;
background:#0b5cad;color:#fff;margin-right:6px;font-size:.9rem}
.meta{display:flex;flex-wrap:wrap;gap:6px 14px;font-size:.88rem;color:#334e68;margin:6px 0}
.finding{border:1px solid #e4e7eb;border-radius:8px;padding:10px 12px;margin:0 0 10px}
.finding .value{font-weight:600;overflow-wrap:anywhere}
blockquote{margin:6px 0;padding:4px 10px;border-left:3px solid #bcccdc;background:#f8fafc;
overflow-wrap:anywhere;white-space:pre-wrap}
ul.evidence{padding-left:18px;margin:6px 0}
ul.evidence li{margin-bottom:6px}
.graph-wrap{overflow-x:auto}
.graph{width:100%;min-width:320px;height:auto;background:#fbfcfd;border:1px solid #e4e7eb;border-radius:8px}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;font-size:.85rem;margin-top:8px}
.dot{display:inline-block;width:11px;height:11px;border-radius:50%;margin-right:4px;vertical-align:-1px}
details>summary{cursor:pointer;font-weight:600;margin:6px 0}
details>summary h2{display:inline;font-size:1.15rem}
details.how{margin:4px 0 0}details.how summary{font-weight:500;color:#0b5cad;font-size:.9rem}
details.how p{margin:4px 0;font-size:.92rem}
.chart-wrap{overflow-x:auto;margin:8px 0 14px}
.stepchart{width:100%;max-width:600px;height:auto;display:block}
ol.story{padding-left:20px}ol.story li{margin-bottom:8px}
.stage{display:inline-block;font-size:.75rem;font-weight:700;text-transform:uppercase;letter-spacing:.04em;
color:#fff;background:#334e68;border-radius:4px;padding:1px 6px;margin-right:4px}
footer{color:#52606d;font-size:.85rem;text-align:center;padding:8px 16px 24px}
@media (max-width:600px){
 main{padding:8px}section{padding:12px;margin:10px 0}
 .score .num{font-size:2.4rem}
 .dims{grid-template-columns:minmax(90px,120px) 1fr 2.8em}
 .graph{min-width:760px}
 table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:100%}
 table.stack thead{display:none}
 table.stack tr{border:1px solid #e4e7eb;border-radius:8px;margin-bottom:8px;padding:4px 0}
 table.stack td{border:0;padding:3px 10px;display:grid;grid-template-columns:6.5em 1fr;gap:8px;justify-items:start}
 table.stack td::before{content:attr(data-label);font-weight:600;color:#52606d}
}
@media print{body{background:#fff}section{box-shadow:none;border:1px solid #ccc}}
"""


def e(value: Any) -> str:
    """Escape any value for HTML text or a quoted attribute."""
    return escape(clean(value), quote=True)


def link(url: Any, text: Any = None) -> str:
    """An <a> for http(s) URLs; anything else (javascript:, data:, ...) as plain text."""
    href = safe_url(url)
    label = e(one_line(text if text is not None else short_url(url) if href else url, 120))
    if href is None:
        return f'<span class="url">{label}</span>'
    return f'<a class="url" href="{escape(href, quote=True)}" rel="{REL}" target="_blank">{label}</a>'


def short_url(url: Any, limit: int = 64) -> str:
    """What a reader needs of a URL: host and path, without the scheme."""
    text = re.sub(r"^https?://", "", str(url), flags=re.IGNORECASE)
    return one_line(text, limit)


def td(label: str, html: str) -> str:
    """A cell that, on a phone, shows its column name before it (stacked tables)."""
    return f'<td data-label="{e(label)}">{html}</td>'


def chip(text: str, colour: str, cls: str = "") -> str:
    return f'<span class="chip {cls}" style="background:{colour}">{e(text)}</span>'


def _anchor(index: int, finding_id: Any) -> str:
    return f"finding-{index}-" + re.sub(r"[^A-Za-z0-9_-]", "-", clean(finding_id, 40))


def render_html(report: dict, redact: bool = False) -> str:
    """The whole report as one HTML document (validates the report first)."""
    validate_report(report)
    if redact:
        report = redact_report(report)
    return html_page(report, redacted=redact)


def html_page(report: dict, redacted: bool = False) -> str:
    """The page for a report already validated; `redacted` (it was redacted already) shows the badge."""
    return "".join(html_pieces(report, redacted))


def html_pieces(report: dict, redacted: bool = False) -> Iterator[str]:
    """The page `html_page` gives, section by section: a writer streams it, so at 50,000 posts
    neither the whole page nor its concatenations are ever held at once."""
    anchors = {f.get("id"): _anchor(i, f.get("id")) for i, f in enumerate(report["findings"])}
    subject = report["subject"]
    title = f"Public footprint report: {one_line(subject['name'], 80)}"
    body = (
        lambda: _not_assessed(report),
        lambda: _header(report, redacted),
        lambda: "<main>",
        lambda: _narrative(report),
        lambda: _plan(report),
        lambda: _score(report),
        lambda: _advice(report, anchors, folded=plan_of(report) is not None),
        lambda: _profiles(report),
        lambda: _findings(report, anchors),
        lambda: _geotags(report, anchors),
        lambda: _graph(report),
        lambda: "</main>",
        lambda: _footer(report),
    )
    yield ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
           '<meta name="viewport" content="width=device-width, initial-scale=1">'
           f'<meta http-equiv="Content-Security-Policy" content="{escape(CSP, quote=True)}">'
           '<meta name="referrer" content="no-referrer">'
           '<meta name="robots" content="noindex, nofollow">'
           f"<title>{e(title)}</title><style>{CSS}</style></head><body>\n")
    for i, section in enumerate(body):
        if i:
            yield "\n"
        out = section()
        if isinstance(out, str):
            yield out
        else:                   # the long sections come item by item (34,000 advice items at 50,000 posts)
            yield from out
    yield "\n</body></html>\n"


def _not_assessed(report: dict) -> str:
    """The page's first line when the scan read nothing: never a silent all-clear."""
    if is_assessment(report):
        return ""
    return f'<p class="not-assessed" role="alert"><strong>{e(NOT_ASSESSED_LINE)}</strong></p>'


def _header(report: dict, redact: bool) -> str:
    s, scan, consent = report["subject"], report["scan"], report["consent"]
    badge = ' <span class="redacted">REDACTED</span>' if redact else ""
    return (
        '<header class="top"><div class="inner">'
        f"<h1>Public footprint report{badge}</h1>"
        f"<p><strong>{e(one_line(s['name'], 120))}</strong> · {e(one_line(s['organisation'], 120))}</p>"
        f"<p>Scanned {e(when(scan['started_at']))} to {e(when(scan['finished_at']))} · "
        f"consent for {e(consent['purpose'])}, given {e(consent['given_on'])}, expires {e(consent['expires_on'])}</p>"
        "</div></header>"
    )


def _score(report: dict) -> str:
    risk = report["risk"]
    band = str(risk["band"])
    colour = BAND_COLOURS.get(band, "#52606d")
    rows = []
    for dim, value in dimension_values(risk):
        rows.append(
            f'<div>{e(dim.capitalize())}</div>'
            f'<div class="bar" title="{e(DIMENSION_HELP[dim])}"><span style="width:{value * 100:.1f}%;'
            f'background:{_dim_colour(value)}"></span></div>'
            f'<div class="val">{pct(value)}</div><div class="help">{e(DIMENSION_HELP[dim])}</div>'
        )
    summary = f'<p>{e(one_line(risk["summary"]))}</p>' if risk.get("summary") else ""
    n_find, n_adv = len(report["findings"]), len(report["advice"])
    return (
        '<section id="risk"><h2>Risk</h2><div class="score">'
        f'<div class="num" style="color:{colour}">{fmt_num(risk["score"])}<span class="muted">/100</span></div>'
        f'<div>{chip(band, colour, "band")}<div class="muted">{n_find} finding{"s" * (n_find != 1)}, '
        f'{n_adv} piece{"s" * (n_adv != 1)} of advice</div></div></div>'
        f'{summary}<div class="dims">{"".join(rows)}</div></section>'
    )


def _dim_colour(value: float) -> str:
    return "#b71c1c" if value >= 0.75 else "#d84315" if value >= 0.5 else "#b26a00" if value >= 0.25 else "#2e7d32"


def _advice(report: dict, anchors: dict, folded: bool = False) -> Iterator[str]:
    """Every action with what it saves on its own; below the plan, folded, when there is one.
    In pieces: the items and their join were 140 MB at the end of a 50,000-post scan."""
    advice = sorted_advice(report["advice"])
    if not advice:
        yield '<section id="advice"><h2>What to do first</h2><p>No advice: nothing exposing was found in what could be fetched.</p></section>'
        return
    if folded:
        yield ('<section id="advice"><details><summary><h2>Every action on its own '
               f'<span class="muted">({len(advice)})</span></h2></summary>'
               '<p class="muted">What each action would save if it were the only thing you did. '
               'The plan above puts them in order.</p>'
               '<ol class="advice">')
    else:
        yield '<section id="advice"><h2>What to do first</h2><ol class="advice">'
    for a in advice:
        where = "".join(f"<li>{link(u)}</li>" for u in a.get("where") or [])
        refs = ", ".join(
            f'<a href="#{anchors[i]}">{e(i)}</a>' if i in anchors else e(i) for i in a.get("finding_ids") or []
        )
        effort = f"<span>Effort: <strong>{e(a['effort'])}</strong></span>" if a.get("effort") else ""
        yield (
            "<li>"
            f'<div class="action"><span class="rank">{e(a["rank"])}</span>{e(one_line(a["action"]))}</div>'
            f'<div class="meta"><span>Lowers your score by <strong>{fmt_num(a["risk_reduction"])}</strong> points</span>'
            f"{effort}<span>Findings: {refs}</span></div>"
            + (f'<ul class="where">{where}</ul>' if where else "")
            + f'<p><strong>How:</strong> {e(one_line(a["how"]))}</p>'
            "</li>"
        )
    yield "</ol></details></section>" if folded else "</ol></section>"


def _plan_step(step: dict) -> str:
    band = str(step["band_after"])
    places = step.get("where") or []
    where = "".join(f"<li>{link(u)}</li>" for u in places[:3])
    if len(places) > 3:
        where += (f'<li><details><summary>{len(places) - 3} more places</summary><ul>'
                  + "".join(f"<li>{link(u)}</li>" for u in places[3:]) + "</ul></details></li>")
    how = (f'<details class="how"><summary>How to do it</summary><p>{e(one_line(step["how"]))}</p></details>'
           if step.get("how") else "")
    return (
        f'<li id="step-{e(step["step"])}"><div class="action"><span class="rank">{e(step["step"])}</span>'
        f'{e(one_line(step["action"]))}</div>'
        f'<div class="meta"><span>Score after: <strong>{fmt_num(step["score_after"])}</strong></span>'
        f'{chip(band, BAND_FILLS.get(band, "#52606d"))}<span>Effort: {e(step["effort"])}</span></div>'
        + (f'<ul class="where">{where}</ul>' if where else "") + how + "</li>"
    )


def _plan(report: dict) -> str:
    """The plan first: what to do, in order, and the score after each step."""
    plan = plan_of(report)
    if plan is None:
        return ""
    shown, rest = split_steps(plan)
    chart = f'<div class="chart-wrap">{step_chart_svg(plan)}</div>' if plan["steps"] else ""
    more = ""
    if rest:
        more = (f'<details><summary>Steps {rest[0]["step"]} to {rest[-1]["step"]}</summary>'
                f'<ol class="advice plan" start="{rest[0]["step"]}">{"".join(_plan_step(s) for s in rest)}</ol>'
                "</details>")
    return (
        '<section id="plan"><h2>Your plan: what to do first</h2>'
        f"<p>{e(plan_headline(plan))}</p>{chart}"
        f'<ol class="advice plan">{"".join(_plan_step(s) for s in shown)}</ol>{more}</section>'
    )


def _narrative(report: dict) -> str:
    """For an awareness demo: the adversary's view of the same findings, before the plan."""
    if report.get("consent", {}).get("purpose") != "awareness-demo":
        return ""
    from footprint.analysis.report.narrative import adversary_view
    lines = adversary_view(report)
    if not lines:
        return ""
    items = "".join(
        f'<li><span class="stage">{e(line.stage)}</span> {e(line.text)} '
        + " ".join(link(u, f"[{i + 1}]") for i, u in enumerate(line.urls[:4])) + "</li>"
        for line in lines)
    return ('<section id="adversary"><h2>What a criminal group would see</h2>'
            '<p class="muted">The order an organised crime group works in, built from this report\'s findings; '
            'each sentence links to the places that make it possible.</p>'
            f'<ol class="story">{items}</ol></section>')


def _findings(report: dict, anchors: dict) -> Iterator[str]:
    """In pieces, as `_advice`."""
    groups = findings_by_category(report["findings"])
    if not groups:
        yield '<section id="findings"><h2>Findings</h2><p>Nothing exposed was found.</p></section>'
        return
    yield '<section id="findings"><h2>Findings</h2>'
    for cat, items in groups:
        policy = CATEGORIES[cat].policy if cat in CATEGORIES else ()
        yield (
            f'<h3 id="cat-{e(cat)}">{e(category_title(cat))} <span class="muted">({len(items)})</span></h3>'
            + (f'<p class="muted">Policy: {e("; ".join(policy))}</p>' if policy else "")
        )
        for f in items:
            yield _finding(f, anchors.get(f.get("id"), ""), policy)
    yield "</section>"


def _finding(f: dict, anchor: str, category_policy: list[str]) -> str:
    sev = str(f["severity"])
    evidence = []
    for ev in f["evidence"]:
        posted = f' · {e(when(ev["posted_at"]))}' if ev.get("posted_at") else ""
        profile = (f' <span class="muted">(profile {link(ev["profile"])})</span>'
                   if ev.get("profile") and ev.get("profile") != ev.get("url") else "")
        evidence.append(
            f'<li><span class="muted">{e(ev["kind"].replace("_", " "))}{posted} · '
            f'<span class="vis vis-{e(ev.get("visibility") or "public")}">{e(visibility_label(ev))}</span></span> '
            f'{link(ev["url"])}{profile}'
            f'<blockquote>{e(clean(ev["excerpt"], 600))}</blockquote></li>'
        )
    extra = [p for p in f.get("policy") or [] if p not in category_policy]
    policy = "; ".join(one_line(p) for p in (f.get("policy") if extra else []))
    explanation = f'<p><strong>Why:</strong> {e(one_line(f["explanation"]))}</p>' if f.get("explanation") else ""
    return (
        f'<div class="finding" id="{e(anchor)}">'
        f'<div class="value">{e(one_line(f["value"], 300))}</div>'
        f'<div class="meta">{chip(sev, SEVERITY_COLOURS.get(sev, "#52606d"))}'
        f"<span>Confidence {pct(f['confidence'])}</span>"
        f"<span>Adds <strong>{fmt_num(f['contribution'])}</strong> points</span>"
        + ('<span><strong>Private now: would be exposed if shared</strong></span>' if only_private(f) else "")
        + f'<span class="muted">{e(f["id"])}</span></div>'
        f"{explanation}"
        + (f'<p class="muted">Policy: {e(policy)}</p>' if policy else "")
        + f'<ul class="evidence">{"".join(evidence)}</ul></div>'
    )


def _geotags(report: dict, anchors: dict) -> str:
    rows = geo_rows(report)
    if not rows:
        return '<section id="geotags"><h2>Locations</h2><p>No coordinates were found in your content.</p></section>'
    trs = []
    for r in rows:
        f = r["finding"]
        ref = f'<a href="#{anchors[f["id"]]}">{e(f["id"])}</a>' if f.get("id") in anchors else e(f.get("id"))
        lat, lon = e(r["lat_text"]), e(r["lon_text"])
        trs.append(
            f"<tr>{td('Finding', ref)}{td('Category', e(str(f['category']).replace('_', ' ').capitalize()))}"
            f"{td('Latitude', lat)}{td('Longitude', lon)}"
            f"{td('Where', link(r['url']) if r['url'] else '')}</tr>"
        )
    return (
        '<section id="geotags"><h2>Locations</h2><p class="muted">Coordinates your content gives away. '
        "A few metres of precision can point to a home, a school or a work site.</p>"
        '<div class="table-wrap"><table class="stack"><thead><tr><th>Finding</th><th>Category</th>'
        "<th>Latitude</th><th>Longitude</th><th>Where</th></tr></thead><tbody>"
        + "".join(trs)
        + "</tbody></table></div></section>"
    )


def _graph(report: dict) -> str:
    pic = graph_picture(report.get("graph"), MAX_NODES)
    if not pic.svg:
        return '<section id="graph"><h2>Entity graph</h2><p>No entity graph in this report.</p></section>'
    legend = "".join(
        f'<span><span class="dot" style="background:{colour}"></span>{e(kind)}</span>' for kind, colour in pic.kinds
    )
    omitted = (
        f'<p class="muted">{pic.omitted} more node{"s" * (pic.omitted != 1)} not drawn '
        f"(showing the {pic.shown} best connected).</p>" if pic.omitted else ""
    )
    return (
        '<section id="graph"><h2>Entity graph</h2><p class="muted">How what you publish links you to people, '
        f"places and your employer.</p><div class=\"graph-wrap\">{pic.svg}</div><div class=\"legend\">{legend}</div>{omitted}</section>"
    )


def _profiles(report: dict) -> str:
    trs = []
    for p in report["scan"]["profiles"]:
        status = str(p["status"])
        status_chip = chip(status.replace("_", " "), STATUS_COLOURS.get(status, "#b71c1c"))
        trs.append(
            f"<tr>{td('Profile', link(p['url']))}{td('Platform', e(p['platform']))}{td('Status', status_chip)}"
            f"{td('Pages', e(p.get('pages', '')))}{td('Items', e(p['items']))}"
            f"{td('Detail', e(one_line(p.get('detail', ''), 200)))}</tr>"
        )
    return (
        '<section id="profiles"><h2>Profiles scanned</h2><div class="table-wrap"><table class="stack"><thead><tr>'
        "<th>Profile</th><th>Platform</th><th>Status</th><th>Pages</th><th>Items</th><th>Detail</th>"
        f"</tr></thead><tbody>{''.join(trs)}</tbody></table></div></section>"
    )


def _footer(report: dict) -> str:
    tool = report["tool"]
    return (
        f"<footer>{e(tool['name'])} {e(tool['version'])} · report schema {e(report['schema_version'])} · "
        f"consent sha256 {e(report['consent']['sha256'][:12])}… · This page loads nothing from the network.</footer>"
    )
