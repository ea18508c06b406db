"""Who can see each piece of evidence, from the audience the source recorded.

Crawled pages are public by definition; a data download records each item's
audience (public, followers/friends/connections, private, or nothing). The
contract weights evidence by it: public and unknown in full, followers
reduced (risk.toml [visibility]), private not at all: a finding seen only in
private items "would be exposed if shared" and adds nothing to the score.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from footprint.analysis.findings import Finding

ORDER = ("public", "unknown", "followers", "private")       # most visible first
DEFAULT_WEIGHTS: Mapping[str, float] = {"public": 1.0, "unknown": 1.0, "followers": 0.5, "private": 0.0}


def most_visible(values: Iterable[str]) -> str | None:
    seen = [v for v in values if v in ORDER]
    return min(seen, key=ORDER.index) if seen else None


def item_visibility(items: Iterable[Any]) -> dict[str, str]:
    """URL -> audience of every item (the most visible one when two items share a URL)."""
    out: dict[str, str] = {}
    for item in items:
        vis = getattr(item, "visibility", None) or "public"
        url = getattr(item, "url", "")
        out[url] = most_visible((out.get(url, vis), vis)) or vis
    return out


def assign(findings: Iterable[Finding], items: Iterable[Any]) -> list[Finding]:
    """Give every evidence entry its audience: its item's, or for an inference the most
    visible of the items it was inferred from."""
    by_url = item_visibility(items)
    findings = list(findings)
    for f in findings:
        sources = f.attrs.get("sources") if isinstance(f.attrs, dict) else None
        sources = [sources] if isinstance(sources, str) else list(sources or [])
        for e in f.evidence:
            if e.visibility:
                continue
            vis = by_url.get(e.url)
            if vis is None and e.kind == "inferred":
                vis = most_visible(by_url.get(s, "") for s in sources)
            e.visibility = vis or ("public" if e.url.startswith(("http://", "https://")) else "unknown")
    return findings


def weight(finding: Finding, weights: Mapping[str, float] = DEFAULT_WEIGHTS) -> float:
    """The finding's weight: that of its most visible evidence (1.0 when none says)."""
    vis = most_visible(e.visibility or "public" for e in finding.evidence)
    return weights.get(vis or "public", 1.0)


def only_private(finding: Finding) -> bool:
    """Seen only in private items: not exposed now, but would be if shared."""
    return bool(finding.evidence) and all(e.visibility == "private" for e in finding.evidence)
