"""The clearance reviewer's files: review.json and review.html.

A `clearance-review` consent names a reviewer. The reviewer needs the
assessment, not the people around the applicant: the review gives the score,
band and dimensions, a table of the policy's clauses (sections 2, 3 and 5
and the Introduction's risk factors, from data/policy_clauses.toml) with
whether each is exposed and in how many places, the removal plan, and the
findings, with family, friends and colleagues shown by relation only
("wife", "colleague"), places rounded to the suburb, street names masked
and no quoted excerpts. It states the consent and that the subject holds
the full report, which is written beside it.
"""
from __future__ import annotations

import json
import re
import tomllib
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any, Callable

from footprint.analysis.findings import CATEGORIES
from footprint.crawler.paths import DATA_DIR
from footprint.analysis.report.redact import PERSON_CATEGORIES, STREET_RE, _NOT_NAMES, round_coords
from footprint.analysis.report.common import category_title, dimension_values, fmt_num, one_line, pct
from footprint.analysis.report.plan import plan_of, step_chart_svg

CLAUSES_TOML = DATA_DIR / "policy_clauses.toml"
REVIEW_FILES = ("review.json", "review.html")
_RELATION_RE = re.compile(r"\(([^)]*)\)")
_POSSESSIVE_NAME_RE = re.compile(r"\b[A-Z][\w-]*['’]s\s+")
_SUBURB_RE = re.compile(r"^\s*[-+]?\d{1,3}\.\d+\s*,\s*[-+]?\d{1,3}\.\d+\s*\(([^)]+)\)\s*$")
_TOKEN_RE = re.compile(r"[^\W\d_][\w'’-]*")


class ReviewError(ValueError):
    """The review cannot be made (no reviewer named, bad clause data)."""


@lru_cache(maxsize=1)
def policy_clauses() -> list[dict[str, Any]]:
    """The clauses the review checks, validated: each names known finding categories."""
    data = tomllib.loads(CLAUSES_TOML.read_text(encoding="utf-8"))
    clauses = data.get("clause")
    if not isinstance(clauses, list) or not clauses:
        raise ReviewError(f"{CLAUSES_TOML}: no [[clause]] entries")
    for c in clauses:
        bad = [k for k in ("id", "section", "text") if not isinstance(c.get(k), str) or not c[k].strip()]
        cats = c.get("categories")
        if bad or not isinstance(cats, list) or not cats or any(x not in CATEGORIES for x in cats):
            raise ReviewError(f"{CLAUSES_TOML}: clause {c.get('id')!r} is malformed")
    return clauses


def _relation(finding: dict) -> str:
    m = _RELATION_RE.search(str(finding.get("value", "")))
    # "Jack's school" names the child: a review shows the relation without the name ("school")
    rel = _POSSESSIVE_NAME_RE.sub("", m.group(1)).strip() if m else ""
    return rel or {"colleague": "colleague", "family": "family member", "associate": "friend"}[finding["category"]]


def third_party_scrubber(report: dict) -> Callable[[str], str]:
    """A function replacing every third party's name in a string by their relation ("[wife]")."""
    subject_tokens = {t.lower() for t in _TOKEN_RE.findall(str(report.get("subject", {}).get("name", "")))}
    whole: dict[str, str] = {}
    tokens: dict[str, str] = {}
    for f in report.get("findings") or []:
        if f.get("category") not in PERSON_CATEGORIES:
            continue
        rel = _relation(f)
        value = str(f.get("value", ""))
        whole[value] = rel
        for t in _TOKEN_RE.findall(_RELATION_RE.sub(" ", value)):
            if len(t) > 1 and t.lower() not in _NOT_NAMES and t.lower() not in subject_tokens:
                tokens.setdefault(t, rel)
    for n in (report.get("graph") or {}).get("nodes") or []:
        if isinstance(n, dict) and n.get("kind") == "person":
            label = str(n.get("label", ""))
            rel = (_RELATION_RE.search(label).group(1).strip() if _RELATION_RE.search(label) else "") or "person"
            for t in _TOKEN_RE.findall(_RELATION_RE.sub(" ", label)):
                if len(t) > 1 and t.lower() not in _NOT_NAMES and t.lower() not in subject_tokens:
                    tokens.setdefault(t, rel)
    whole_re = (re.compile("|".join(re.escape(v) for v in sorted(whole, key=len, reverse=True)))
                if whole else None)
    token_re = (re.compile(r"(?<![^\W_])(?:" + "|".join(re.escape(t) for t in sorted(tokens, key=len, reverse=True))
                           + r")(?![^\W_])", re.IGNORECASE) if tokens else None)
    lower = {t.lower(): r for t, r in tokens.items()}

    def scrub(text: str) -> str:
        if whole_re is not None:
            text = whole_re.sub(lambda m: whole[m.group(0)], text)
        if token_re is not None:
            text = token_re.sub(lambda m: f"[{lower[m.group(0).lower()]}]", text)
        return text

    return scrub


def _place(value: str) -> str:
    """A place at suburb precision: "-33.95, 151.01 (Revesby NSW)" -> "Revesby NSW"; streets masked."""
    m = _SUBURB_RE.match(value)
    if m:
        return m.group(1).strip()
    return STREET_RE.sub("[street]", round_coords(value))


def _places(finding: dict) -> int:
    return len({e.get("url") for e in finding.get("evidence") or []})


def build_review(report: dict, *, reviewer: str, given_by: str) -> dict[str, Any]:
    """review.json: what the named reviewer may see of a clearance-review report."""
    if not reviewer.strip():
        raise ReviewError("a clearance review needs the reviewer named in the consent")
    scrub = third_party_scrubber(report)

    def clean(text: Any) -> str:
        return scrub(STREET_RE.sub("[street]", round_coords(one_line(text))))

    by_cat: dict[str, list[dict]] = {}
    for f in report.get("findings") or []:
        by_cat.setdefault(f["category"], []).append(f)
    policy = []
    for c in policy_clauses():
        hits = [f for cat in c["categories"] for f in by_cat.get(cat, [])]
        places = {e.get("url") for f in hits for e in f.get("evidence") or []}
        policy.append({"id": c["id"], "section": c["section"], "clause": " ".join(c["text"].split()),
                       "categories": list(c["categories"]), "exposed": bool(hits), "findings": len(hits),
                       "places": len(places)})
    findings = []
    for f in report.get("findings") or []:
        cat = f["category"]
        if cat in PERSON_CATEGORIES:
            value = _relation(f)
        elif cat in ("geotag", "home_location", "routine", "work_location"):
            value = clean(_place(str(f.get("value", ""))))
        else:
            value = clean(f.get("value", ""))
        findings.append({"id": clean(f["id"]), "category": cat, "value": value, "severity": f.get("severity"),
                         "contribution": f.get("contribution"), "places": _places(f),
                         "evidence": [{"url": clean(e.get("url", "")), "kind": e.get("kind")}
                                      for e in f.get("evidence") or []]})
    plan = plan_of(report)
    plan_out = None
    if plan is not None:
        plan_out = {"start": plan["start"], "end": plan["end"],
                    "steps": [{"step": s["step"], "action": clean(s["action"]), "effort": s["effort"],
                               "places": len(s.get("where") or []), "score_after": s["score_after"],
                               "band_after": s["band_after"]} for s in plan["steps"]]}
    consent = report["consent"]
    risk = report["risk"]
    return {
        "kind": "footprint clearance review",
        "schema_version": report.get("schema_version"),
        "tool": report.get("tool"),
        "subject": {"name": report["subject"]["name"], "organisation": report["subject"]["organisation"]},
        "reviewer": one_line(reviewer),
        "consent": {"given_by": one_line(given_by), "given_on": consent["given_on"],
                    "expires_on": consent["expires_on"], "sha256": consent["sha256"], "purpose": consent["purpose"]},
        "statement": (f"The subject, {one_line(report['subject']['name'])}, has been given the full report "
                      "(report.html and report.json). This review leaves out the names of family, friends and "
                      "colleagues (shown by relation only), quoted text and exact coordinates."),
        "scan": {"started_at": report["scan"]["started_at"], "finished_at": report["scan"]["finished_at"],
                 "profiles": [{"url": p["url"], "platform": p["platform"], "status": p["status"]}
                              for p in report["scan"]["profiles"]]},
        "risk": {"score": risk["score"], "band": risk["band"], "dimensions": risk["dimensions"]},
        "policy": policy,
        "plan": plan_out,
        "findings": findings,
    }


# --------------------------------------------------------------------------
# HTML


def _e(value: Any) -> str:
    return escape(one_line(value), quote=True)


def review_html(review: dict) -> str:
    """review.html: one inert page (the report's CSP and styles, no script)."""
    from footprint.analysis.report.html import BAND_COLOURS, CSP, CSS, chip
    risk = review["risk"]
    band = str(risk["band"])
    dims = "".join(f"<tr><td>{_e(d.capitalize())}</td><td>{pct(v)}</td></tr>" for d, v in dimension_values(risk))
    policy = "".join(
        f"<tr><td data-label=\"Section\">{_e(c['section'])}</td><td data-label=\"Clause\">{_e(c['clause'])}</td>"
        f"<td data-label=\"Exposed\">{'<strong>exposed</strong>' if c['exposed'] else 'no'}</td>"
        f"<td data-label=\"Places\">{c['places']}</td></tr>" for c in review["policy"])
    plan = review.get("plan")
    plan_html = "<p>No plan in this report.</p>"
    if plan:
        steps = "".join(
            f"<tr><td data-label=\"Step\">{s['step']}</td><td data-label=\"Action\">{_e(s['action'])}</td>"
            f"<td data-label=\"Places\">{s['places']}</td><td data-label=\"Score after\">{fmt_num(s['score_after'])}</td>"
            f"<td data-label=\"Band\">{_e(s['band_after'])}</td></tr>" for s in plan["steps"])
        chart = step_chart_svg({"start": plan["start"], "steps": plan["steps"], "end": plan["end"]}) if plan["steps"] else ""
        plan_html = (f"<p>From {fmt_num(plan['start']['score'])} ({_e(plan['start']['band'])}) to "
                     f"{fmt_num(plan['end']['score'])} ({_e(plan['end']['band'])}) in {len(plan['steps'])} steps.</p>"
                     f'<div class="chart-wrap">{chart}</div><div class="table-wrap"><table class="stack"><thead><tr>'
                     "<th>Step</th><th>Action</th><th>Places</th><th>Score after</th><th>Band</th></tr></thead>"
                     f"<tbody>{steps}</tbody></table></div>")
    findings = "".join(
        f"<tr><td data-label=\"Category\">{_e(category_title(f['category']))}</td>"
        f"<td data-label=\"Finding\">{_e(f['value'])}</td><td data-label=\"Severity\">{_e(f['severity'])}</td>"
        f"<td data-label=\"Points\">{fmt_num(f['contribution'])}</td><td data-label=\"Places\">{f['places']}</td></tr>"
        for f in review["findings"])
    c = review["consent"]
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta http-equiv="Content-Security-Policy" content="{escape(CSP, quote=True)}">'
        '<meta name="referrer" content="no-referrer"><meta name="robots" content="noindex, nofollow">'
        f"<title>Clearance review: {_e(review['subject']['name'])}</title>"
        f"<style>{CSS}.chart-wrap{{overflow-x:auto}}.stepchart{{width:100%;max-width:600px;height:auto}}code{{word-break:break-all}}</style></head><body>\n"
        '<header class="top"><div class="inner"><h1>Clearance review</h1>'
        f"<p><strong>{_e(review['subject']['name'])}</strong> · {_e(review['subject']['organisation'])}</p>"
        f"<p>For the reviewer: <strong>{_e(review['reviewer'])}</strong></p></div></header><main>"
        f'<section id="consent"><h2>Consent</h2><p>Given by {_e(c["given_by"])} on {_e(c["given_on"])}, '
        f'expires {_e(c["expires_on"])}, for {_e(c["purpose"])}. Consent record sha256 '
        f'<code>{_e(c["sha256"])}</code>.</p><p>{_e(review["statement"])}</p></section>'
        f'<section id="risk"><h2>Risk</h2><div class="score"><div class="num" style="color:'
        f'{BAND_COLOURS.get(band, "#52606d")}">{fmt_num(risk["score"])}<span class="muted">/100</span></div>'
        f'<div>{chip(band, BAND_COLOURS.get(band, "#52606d"), "band")}</div></div>'
        f'<div class="table-wrap"><table><tbody>{dims}</tbody></table></div></section>'
        '<section id="policy"><h2>Policy clauses</h2><div class="table-wrap"><table class="stack"><thead><tr>'
        "<th>Section</th><th>Clause</th><th>Exposed</th><th>Places</th></tr></thead>"
        f"<tbody>{policy}</tbody></table></div></section>"
        f'<section id="plan"><h2>Removal plan</h2>{plan_html}</section>'
        '<section id="findings"><h2>Findings</h2><p class="muted">Family, friends and colleagues by relation '
        'only; places to the suburb.</p><div class="table-wrap"><table class="stack"><thead><tr><th>Category</th>'
        "<th>Finding</th><th>Severity</th><th>Points</th><th>Places</th></tr></thead>"
        f"<tbody>{findings}</tbody></table></div></section></main>"
        f"<footer>footprint clearance review · the subject holds the full report</footer></body></html>\n"
    )


def review_files(report: dict, *, reviewer: str, given_by: str) -> dict[str, bytes]:
    """The two review files, by name."""
    review = build_review(report, reviewer=reviewer, given_by=given_by)
    return {"review.json": (json.dumps(review, indent=1, ensure_ascii=False) + "\n").encode("utf-8"),
            "review.html": review_html(review).encode("utf-8")}


def consent_people(consent_path: str | Path | None) -> tuple[str, str]:
    """(given_by, reviewer) from the consent file a scan was made with; empty when it cannot be read."""
    try:
        data = tomllib.loads(Path(consent_path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, TypeError):
        return "", ""
    consent = data.get("consent") if isinstance(data.get("consent"), dict) else {}
    return str(consent.get("given_by", "") or ""), str(consent.get("reviewer", "") or "")


def write_review(report: dict, out_dir: Path, *, consent_path: str | Path | None,
                 passphrase: str | None = None) -> list[Path]:
    """Write review.json and review.html beside the full report (encrypted like it with a passphrase)."""
    from footprint.analysis.report.outputs import ENC_SUFFIX, encrypt_bytes, write_private
    given_by, reviewer = consent_people(consent_path)
    written = []
    for name, data in review_files(report, reviewer=reviewer, given_by=given_by).items():
        if passphrase:
            data, name = encrypt_bytes(data, passphrase), name + ENC_SUFFIX
        path = Path(out_dir) / name
        write_private(path, data)
        written.append(path)
    return written
