"""Whose locality a profile card gives when it also names an employer (round 19).

A card with a job, an employer and a bare locality ("Citizenship Test Officer · Department of Home Affairs · Kangaroo
Flat", a schema.org Person with worksFor and addressLocality) is how people fill in their own blog's h-card or a
professional profile: the locality is where they live. The workplace's card says so by its shape instead: a street or
office address (read by the caller), or an employer named for its place ("Toowong Motors", "Leederville Accounting
Co"), a local business whose suburb is the shop's.
"""
from __future__ import annotations

import re

from footprint.analysis.detect import localities
from footprint.analysis.detect.detectors.context import field_key

# Profile fields that name an employer (the extractor's ORG_FIELDS; an h-card's p-org arrives as worksFor)
ORG_KEYS = frozenset({"worksfor", "employer", "organisation", "organization", "affiliation", "company", "org"})
_WORDS = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")


def place_in_name(name: str) -> str | None:
    """The town, suburb or city an organisation's name carries ("Botany Freight Co" -> "Botany NSW"), else None.
    Only names written exactly as a place, in title case: "Australian Border Force" names none."""
    for run in _WORDS.findall(name or ""):
        words = run.split()
        for n in range(len(words), 0, -1):
            for i in range(len(words) - n + 1):
                found = localities.exact(" ".join(words[i:i + n]))
                if found and found[1] in ("suburb", "city", "town"):
                    return found[0]
    return None


def local_firm(fields: dict[str, str]) -> str | None:
    """The place a card's employer is named for, when it is (the card's locality is then the business's)."""
    for key, value in (fields or {}).items():
        if field_key(key) in ORG_KEYS and (place := place_in_name(value)):
            return place
    return None
