"""Score a report against a persona's ground truth (data/demo/persona.toml format).

A fact is found when a finding has its category and its value, or one of its
evidence excerpts, matches one of the fact's keys (or, for a fact with lat/lon,
the finding's coordinates lie within radius_m), with at least one evidence URL
among the fact's URLs. A decoy is hit when a finding of one of its
`not_categories` has evidence at the decoy's URL whose excerpt holds the phrase.

Precision: a finding is a true positive when it matches at least one fact of
its own category by the rule above, and a false positive when it matches no
fact of its category (a finding in a category the persona has no fact in is
therefore always a false positive). Recall counts facts, precision counts
findings, so one finding may find two facts and two findings one fact.
"""
from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from footprint.analysis.link.geo import haversine_m

_COORDS = re.compile(r"(-?\d{1,3}\.\d+),\s*(-?\d{1,3}\.\d+)")


@dataclass
class PersonaScore:
    found: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
    decoy_hits: list[dict] = field(default_factory=list)
    band: str = ""
    intended_band: str = ""
    matched: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))   # per finding: matches a fact?
    false_positives: list[dict] = field(default_factory=list)
    missed_facts: list[dict] = field(default_factory=list)
    score: float = 0.0

    def precision(self, category: str | None = None) -> float:
        hits = [h for c, hs in self.matched.items() if category in (None, c) for h in hs]
        return sum(hits) / len(hits) if hits else 1.0

    def recall(self, category: str | None = None) -> float:
        hits = [h for c, hs in self.found.items() if category in (None, c) for h in hs]
        return sum(hits) / len(hits) if hits else 1.0

    @property
    def missed(self) -> dict[str, int]:
        return {c: hs.count(False) for c, hs in self.found.items() if False in hs}


def load_truth(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _matches_fact(finding: dict, fact: dict, urls: set[str]) -> bool:
    if finding["category"] != fact["category"]:
        return False
    if not any(e["url"] in urls for e in finding["evidence"]):
        return False
    texts = [_norm(finding["value"])] + [_norm(e["excerpt"]) for e in finding["evidence"]]
    if any(_norm(k) in t for k in fact.get("keys", []) for t in texts):
        return True
    if "lat" in fact:
        for text in [finding["value"]] + [e["excerpt"] for e in finding["evidence"]]:
            for lat, lon in _COORDS.findall(text):
                if haversine_m(float(lat), float(lon), fact["lat"], fact["lon"]) <= fact.get("radius_m", 150):
                    return True
    return False


def score_report(report: dict, truth: dict, base: str) -> PersonaScore:
    """How much of the persona's ground truth a report found, and which decoys it hit."""
    sub = lambda u: u.replace("{{BASE}}", base)  # noqa: E731
    out = PersonaScore(band=report["risk"]["band"],
                       intended_band=truth.get("subject", {}).get("risk_band", truth.get("risk_band", "")))
    out.score = float(report["risk"].get("score", 0.0))
    facts = [(fact, {sub(u) for u in fact.get("urls", [])}) for fact in truth.get("facts", [])]
    for fact, urls in facts:
        hit = any(_matches_fact(f, fact, urls) for f in report["findings"])
        out.found[fact["category"]].append(hit)
        if not hit:
            out.missed_facts.append({"category": fact["category"], "value": fact.get("value", "")})
    for f in report["findings"]:
        ok = any(_matches_fact(f, fact, urls) for fact, urls in facts if fact["category"] == f["category"])
        out.matched[f["category"]].append(ok)
        if not ok:
            out.false_positives.append({"category": f["category"], "value": f["value"], "id": f["id"],
                                        "url": f["evidence"][0]["url"] if f["evidence"] else ""})
    for decoy in truth.get("decoys", []):
        url, phrase = sub(decoy["url"]), _norm(decoy["phrase"])
        for f in report["findings"]:
            if f["category"] in decoy.get("not_categories", []):
                for e in f["evidence"]:
                    if e["url"] == url and phrase in _norm(e["excerpt"]):
                        out.decoy_hits.append({"decoy": decoy["phrase"], "finding": f["id"], "category": f["category"]})
    return out
