"""The result types every detector, linker, scorer and report shares.

A `Detection` is one detector's hit in one place (a sentence, a profile
field, an image's EXIF). Linking merges detections of the same fact into one
`Finding` with all its evidence. Both explain themselves, as Presidio's
results do: which detector, which pattern, which supporting words.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from footprint.analysis.categories import CATEGORY_INFO

# The 14 categories of CONTRACT.md (data/categories.toml): policy clauses, severity, wording, ...
CATEGORIES = CATEGORY_INFO

EVIDENCE_KINDS = ("text", "profile_field", "image_metadata", "post_metadata", "inferred")


@dataclass
class Evidence:
    """Where a fact shows: the canonical URL and the words or metadata."""

    url: str
    kind: str                       # one of EVIDENCE_KINDS
    excerpt: str
    posted_at: str | None = None
    profile: str = ""
    visibility: str | None = None   # public | followers | private | unknown (analysis.visibility sets it)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        if data["visibility"] is None:
            del data["visibility"]
        return data


@dataclass
class Detection:
    """One detector's hit in one place, with its explanation."""

    category: str
    value: str                      # normal form shown to people ("Sarah (wife)")
    key: str                        # linking key: detections with equal keys are one fact
    confidence: float
    detector: str                   # detector class name
    pattern: str                    # rule / pattern id that matched
    evidence: Evidence
    support: list[str] = field(default_factory=list)   # context words that supported it
    attrs: dict[str, Any] = field(default_factory=dict) # e.g. lat/lon, relation, person name

    @property
    def explanation(self) -> str:
        why = f"{self.detector}: {self.pattern}"
        if self.support:
            why += " with " + ", ".join(f"'{w}'" for w in self.support)
        return why


@dataclass
class Finding:
    """One distinct exposure: the same fact in three posts is one finding."""

    id: str
    category: str
    value: str
    key: str
    confidence: float
    evidence: list[Evidence]
    explanation: str
    detectors: list[str] = field(default_factory=list)
    attrs: dict[str, Any] = field(default_factory=dict)
    severity: str = ""
    contribution: float = 0.0

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise ValueError(f"unknown finding category {self.category!r}")
        if not self.severity:
            self.severity = CATEGORIES[self.category].severity

    @property
    def policy(self) -> list[str]:
        return list(CATEGORIES[self.category].policy)

    @property
    def profiles(self) -> set[str]:
        return {e.profile for e in self.evidence if e.profile}

    def to_report(self) -> dict[str, Any]:
        """The finding as report.json's `findings[]` entry."""
        return {
            "id": self.id,
            "category": self.category,
            "value": self.value,
            "severity": self.severity,
            "confidence": round(self.confidence, 3),
            "contribution": round(self.contribution, 2),
            "policy": self.policy,
            "explanation": self.explanation,
            "evidence": [e.to_dict() for e in self.evidence],
        }
