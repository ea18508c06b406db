"""Whether a report is an assessment at all: never a silent false all-clear.

A scan that read nothing (every profile failed, or not a single item was
stored) has a score of 0 and a band of `low` only because there was nothing
to score. That must never read as "no risk": such a report says in its first
line that it is not an assessment, and `footprint scan` exits 3 (CONTRACT.md).
The rule reads only the report's `scan.profiles`, so every renderer, and a
re-render of an older report, applies it the same way.
"""
from __future__ import annotations

from typing import Any, Iterable

READ_STATUSES = ("ok", "partial")
NOT_ASSESSED_HEADLINE = "NOT AN ASSESSMENT"
NOT_ASSESSED_SUMMARY = ("Not an assessment: nothing could be read from the listed profiles (see each one's "
                        "status), so this report says nothing about your exposure; its score of 0 is not an "
                        "all-clear.")
NOT_ASSESSED_LINE = (f"{NOT_ASSESSED_HEADLINE}: nothing could be read from the listed profiles, so this "
                     "report says nothing about your exposure (a score of 0 here is not an all-clear).")


def read_anything(profiles: Iterable[dict[str, Any]]) -> bool:
    """True when at least one source (a profile, or a data download) was read and gave items."""
    profiles = list(profiles)
    read = [p for p in profiles if p.get("status") in READ_STATUSES]
    return bool(read) and sum(int(p.get("items") or 0) for p in read) > 0


def is_assessment(report: dict[str, Any]) -> bool:
    scan = report.get("scan") or {}
    if scan.get("assessed") is False:
        return False
    return read_anything(scan.get("profiles") or [])
