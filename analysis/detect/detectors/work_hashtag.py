"""A workplace spelled as a hashtag beside the organisation's own (round 19): "#ABF #detectordogs #PortOfNewcastle".

Staff tag a post with the agency and with where the day happened. A hashtag counts only when its words, split at
the capitals, are a workplace kind and a known town ("Port of <Town>", "<Town> Airport", "<Town> Wharf"), and only in
a post that also carries one of the organisation's hashtags (OrgProfile.hashtags); a post denied as a trip or a visit
is left alone. "#PortOfNewcastle" alone, or beside "#holiday", names no workplace.
"""
from __future__ import annotations

import re

from footprint.analysis.detect import localities
from footprint.analysis.detect.detectors.context import doc_text

_TAG = re.compile(r"(?<![\w&])#(\w{2,60})")
_CAMEL = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|\d+")
_KIND_FIRST = re.compile(r"^(?:Port\s+of|Port)\s+(?P<place>.+)$", re.I)
_KIND_LAST = re.compile(r"^(?P<place>.+?)\s+(?P<kind>Airport|Port|Wharf|Wharves|Seaport|Mail\s+Centre|Cargo\s+Terminal|"
                        r"Cruise\s+Terminal|Detention\s+Centre|Office|Depot|Kennels)$", re.I)
TAGGED = 0.6


def _words(tag: str) -> str:
    """"PortOfNewcastle" -> "Port Of Newcastle" (a tag in one case stays whole)."""
    parts = _CAMEL.findall(tag)
    return " ".join(parts) if len(parts) > 1 and "".join(parts) == tag else tag


def _workplace(tag: str) -> tuple[str, str] | None:
    """(value, town) when a hashtag's words are a workplace kind at a known town."""
    words = _words(tag)
    m = _KIND_FIRST.match(words) or _KIND_LAST.match(words)
    if m is None:
        return None
    found = localities.lookup(m.group("place"))
    if found is None or found[1] in ("state", "territory", "country"):
        return None
    return words.replace(" Of ", " of "), found[0]


def tagged_workplaces(det, doc, ctx) -> list:
    """Workplace hashtags in a post that also carries the organisation's hashtag (see module doc)."""
    text = doc_text(doc, ctx)
    tags = [m.group(1) for m in _TAG.finditer(text)]
    official = {h.lower() for h in ctx.org.hashtags}
    if len(tags) < 2 or not official & {t.lower() for t in tags} or det.denied(text):
        return []
    out = []
    for tag in tags:
        if tag.lower() in official or (hit := _workplace(tag)) is None:
            continue
        value, town = hit
        d = det.detection(ctx, value=value, key=f"place:{value}", confidence=TAGGED, pattern="workplace_hashtag",
                          excerpt_text=text, support=[f"#{tag}", *(f"#{t}" for t in tags if t.lower() in official)],
                          attrs={"place": value, "town": town})
        if d:
            out.append(d)
    return out
