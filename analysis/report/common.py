"""Helpers every report renderer shares: safe links, clean text, grouping.

Everything in a report that came from a crawled page is hostile until shown
otherwise. The renderers (HTML, Markdown, CSV, terminal) each escape for
their own medium; what they share lives here: which URLs may become links,
which control characters are dropped, how findings group and where the
coordinates in a geotag finding are.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any, Iterable
from urllib.parse import urlsplit

from footprint.analysis.categories import where
from footprint.analysis.findings import CATEGORIES
from footprint.analysis.score.risk import DIMENSIONS

GEO_CATEGORIES = where(coordinates=True)

# What each dimension means, in words a reader of the report understands.
DIMENSION_HELP = {
    "identifiability": "how easily you can be tied to the organisation",
    "locatability": "how easily you, your home or your routine can be found",
    "leverage": "family, friends and colleagues who could be used against you",
    "susceptibility": "signs that could mark you as open to grooming",
    "reachability": "direct ways to contact you",
    "leakage": "official or systems information made public",
}

CATEGORY_TITLES = {name: c.title for name, c in CATEGORIES.items()}

# C0/C1 controls (except tab/newline) and bidi overrides: they can rewrite a
# terminal, hide text, or reorder what a reader sees.
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

# A latitude, longitude pair written as decimals ("-33.8150, 151.0030").
COORD_PAIR_RE = re.compile(r"(?<![\w.])([-+]?\d{1,2}\.\d+)\s*[,;/ ]\s*([-+]?\d{1,3}\.\d+)(?![\w.])")


def clean(value: Any, limit: int | None = None) -> str:
    """`value` as a string without control characters, optionally shortened."""
    text = _CONTROL_RE.sub("", "" if value is None else str(value))
    if limit is not None and len(text) > limit:
        text = text[: max(limit - 1, 0)] + "…"
    return text


def one_line(value: Any, limit: int | None = None) -> str:
    """`clean` with all whitespace runs folded to single spaces."""
    return clean(" ".join(clean(value).split()), limit)


def safe_url(url: Any) -> str | None:
    """`url` when it is an absolute http(s) URL fit to be a link, else None.

    Browsers strip whitespace and controls from a scheme ("java\\tscript:"),
    so any such character disqualifies the URL instead of being trimmed.
    """
    if not isinstance(url, str) or not url or len(url) > 4096:
        return None
    if any(ord(c) <= 0x20 or 0x7F <= ord(c) <= 0x9F for c in url) or "\\" in url:
        return None
    if not url.lower().startswith(("http://", "https://")):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def findings_by_category(findings: Iterable[dict]) -> list[tuple[str, list[dict]]]:
    """Findings grouped by category, in CATEGORIES order, by contribution within."""
    groups: dict[str, list[dict]] = {}
    for f in findings:
        groups.setdefault(str(f.get("category", "")), []).append(f)
    order = list(CATEGORIES) + sorted(set(groups) - set(CATEGORIES))
    out = []
    for cat in order:
        if cat in groups:
            items = sorted(groups[cat], key=lambda f: -_num(f.get("contribution")))
            out.append((cat, items))
    return out


def sorted_advice(advice: Iterable[dict]) -> list[dict]:
    """Advice by rank, rank 1 first."""
    return sorted(advice, key=lambda a: (_num(a.get("rank"), 10**9), -_num(a.get("risk_reduction"))))


def finding_coordinates(finding: dict) -> list[dict]:
    """Each distinct coordinate pair a finding shows: lat, lon, their text as written, evidence url.

    The text is kept so a table shows the precision the source gave (a
    redacted "-33.82" is not shown as "-33.8200").
    """
    seen: set[tuple[float, float]] = set()
    out: list[dict] = []
    sources = [(finding.get("value", ""), "")]
    for ev in finding.get("evidence") or []:
        if isinstance(ev, dict):
            sources.append((ev.get("excerpt", ""), str(ev.get("url", ""))))
    first_url = sources[1][1] if len(sources) > 1 else ""
    for text, url in sources:
        for m in COORD_PAIR_RE.finditer(str(text)):
            lat, lon = float(m.group(1)), float(m.group(2))
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                continue
            key = (round(lat, 4), round(lon, 4))
            if key not in seen:
                seen.add(key)
                out.append({"lat": lat, "lon": lon, "lat_text": m.group(1), "lon_text": m.group(2),
                            "url": url or first_url})
    return out


def geo_rows(report: dict) -> list[dict]:
    """One row per coordinate pair in geotag / home_location findings."""
    rows = []
    for f in report.get("findings") or []:
        if f.get("category") in GEO_CATEGORIES:
            rows.extend({"finding": f, **c} for c in finding_coordinates(f))
    return rows


def when(value: Any) -> str:
    """"2026-03-02T08:11:00Z" -> "2026-03-02 08:11 UTC"; anything unparseable as given."""
    text = one_line(value, 60)
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    if dt.tzinfo is not None and dt.utcoffset() == timedelta(0):
        return dt.strftime("%Y-%m-%d %H:%M UTC")
    return dt.strftime("%Y-%m-%d %H:%M %z").strip()


def dimension_values(risk: dict) -> list[tuple[str, float]]:
    """Each risk dimension, in DIMENSIONS order, with its value clamped to 0..1."""
    return [(dim, max(0.0, min(1.0, float(risk["dimensions"].get(dim, 0.0))))) for dim in DIMENSIONS]


def category_title(cat: str) -> str:
    return CATEGORY_TITLES.get(cat, cat.replace("_", " ").capitalize())


def fmt_num(value: Any, digits: int = 1) -> str:
    """A number for people: 31.0 -> "31", 27.25 -> "27.3"."""
    n = _num(value)
    text = f"{n:.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def pct(value: Any) -> str:
    return f"{round(_num(value) * 100):d}%"


def _num(value: Any, default: float = 0.0) -> float:
    try:
        n = float(value)
    except (TypeError, ValueError):
        return default
    return n if n == n else default  # NaN -> default


VISIBILITY_LABELS = {"public": "public", "followers": "followers only", "unknown": "audience unknown",
                     "private": "private: would be exposed if shared"}


def visibility_label(evidence: dict) -> str:
    """Who can see an evidence entry, in words (crawled evidence without the field is public)."""
    return VISIBILITY_LABELS.get(str(evidence.get("visibility") or "public"), "audience unknown")


def only_private(finding: dict) -> bool:
    """A finding seen only in private items: it adds nothing now, but would if shared."""
    ev = finding.get("evidence") or []
    return bool(ev) and all(x.get("visibility") == "private" for x in ev)
