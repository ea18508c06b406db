"""A post asking for a shop or trade near the home: more evidence of that home.

People ask for what is near where they live: "anyone know a good exhaust shop near <Suburb>?", "<Suburb> vet recs?".
Alone such a question may be for a trip or a friend; where the scan already found the home in that suburb (a bio,
a post, photos named by a suburb), the question is one more post that gives it away, and the reader sees it with the
rest. A question that speaks of a trip, a visit or a stay (the lexicon's `deny`) adds nothing. The words are
`local_request` in data/lexicons/home_location.toml.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from footprint.crawler.items import PostItem

from footprint.analysis.detect import localities
from footprint.analysis.detect.detectors.first_match import first_match
from footprint.analysis.detect.detectors.lexicon import load_lexicon
from footprint.analysis.findings import Detection, Evidence

CONFIDENCE = 0.6
FOUND = 0.6          # a home found at least this surely elsewhere in the scan is the one a question can add to


def _homes(detections: Iterable[Detection]) -> dict[str, Detection]:
    """The surest home found per suburb, by its bare lower-case name ("narre warren")."""
    out: dict[str, Detection] = {}
    for d in sorted(detections, key=lambda d: (-d.confidence, str(d.key), d.evidence.url)):
        if d.category != "home_location" or d.confidence < FOUND or not str(d.key).lower().startswith("place:"):
            continue
        place = d.attrs.get("place", d.value) if isinstance(d.attrs, dict) else d.value
        bare = localities.strip_state(str(place)).strip().lower()
        if len(bare) >= 4 and bare not in out:
            out[bare] = d
    return out


def infer_home_near(items: Iterable[Any], detections: Iterable[Detection]) -> list[Detection]:
    """One detection per question post naming a suburb already found as home (see module doc)."""
    detections = list(detections)
    homes = _homes(detections)
    if not homes:
        return []
    lex = load_lexicon("home_location")
    ask, deny = lex.regex.get("local_request", ()), lex.regex.get("deny", ())
    said = {(str(d.key).lower(), d.evidence.url) for d in detections if d.category == "home_location"}
    names = {bare: re.compile(r"(?<![\w-])" + re.escape(bare) + r"(?![\w-])", re.I) for bare in homes}
    out: list[Detection] = []
    for post in sorted((p for p in items or () if isinstance(p, PostItem)), key=lambda p: (str(p.url), str(p.text))):
        text = f"{post.title or ''} {post.text or ''}".strip()
        if not text or first_match(ask, text) is None or first_match(deny, text) is not None:
            continue
        for bare, home in homes.items():
            m = names[bare].search(text)
            if m is None or (str(home.key).lower(), post.url) in said:
                continue
            out.append(Detection(category="home_location", value=home.value, key=home.key, confidence=min(CONFIDENCE, home.confidence),
                                 detector="HomeInference", pattern="local_request_near_home",
                                 evidence=Evidence(url=post.url, kind="text", excerpt=" ".join(text.split())[:200],
                                                   posted_at=post.published, profile=post.profile),
                                 support=[m.group(0), "asks for a local shop or trade"],
                                 attrs={"place": home.attrs.get("place", home.value) if isinstance(home.attrs, dict) else home.value,
                                        "home_url": home.evidence.url}))
            break
    return out
