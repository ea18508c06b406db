"""A suburb in the bio, and posts that talk of "our street": the suburb is home.

A bio fragment naming a suburb alone ("Glenroy local", "· Kaleen ·") may be a team, a birthplace or a
workplace, so the detector leaves it; a post by the same account about its own street, house or yard
("our little street off the highway got resurfaced") says the subject lives somewhere the post does
not name. Together: the bio's suburb is the home, with both as evidence. A suburb that is part of one
of the org's work-site names is skipped (it names work).
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from footprint.crawler.items import PostItem, ProfileItem

from footprint.analysis.detect import localities
from footprint.analysis.detect.detectors.home_loose import _SPLIT
from footprint.analysis.detect.detectors.lexicon import load_lexicon
from footprint.analysis.findings import Detection, Evidence
from footprint.analysis.link.home_bio import _site_words

CONFIDENCE = 0.65
# what may stand beside a suburb in a bio fragment that is still only the suburb
_BESIDE = re.compile(r"\b(?:local|based|resident|born\s+and\s+(?:bred|raised)|life|4\s*life|for\s+life|girl|boy|mum|dad|way)\b|"
                     r"^(?:living\s+in|lives\s+in|home\s*:|in)\b|📍", re.I)


def _bio_suburbs(profile: ProfileItem, work: set[str]) -> list[tuple[str, str]]:
    """(Name STATE, fragment) for bio fragments that are only a suburb or town (cities too vague)."""
    out = []
    for frag in _SPLIT.split(profile.summary or ""):
        bare = " ".join(_BESIDE.sub(" ", frag).split()).strip(" ,")
        if not bare or not bare[0].isupper() or len(bare.split()) > 3:
            continue
        found = localities.lookup(bare)
        # round 14: a regional city ("Townsville.") is as vague as a capital: the home is one of its suburbs
        if found and found[1] != "city" and not localities.regional_city(found[0]) and not set(bare.lower().split()) <= work:
            out.append((found[0], frag.strip()))
    return out


def infer_home_talk(items: Iterable[Any], org: Any = None) -> list[Detection]:
    """The bio's one suburb as home, when the account's posts talk of its own street or house (see module doc)."""
    lex = load_lexicon("home_location")
    talk, deny = lex.regex.get("home_spot_strong", ()), lex.regex.get("deny", ())
    work = _site_words(org)
    items = sorted(items or (), key=lambda i: (str(getattr(i, "url", "")), str(getattr(i, "text", ""))))
    out: list[Detection] = []
    for profile in (i for i in items if isinstance(i, ProfileItem)):
        suburbs = {name: frag for name, frag in _bio_suburbs(profile, work)}
        if len(suburbs) != 1:
            continue
        (name, frag), = suburbs.items()
        posts = [p for p in items if isinstance(p, PostItem) and p.profile == profile.profile]
        said = next(((p, m) for p in posts for rx in talk for m in [rx.search(p.text or "")]
                     if m and not any(d.search(p.text or "") for d in deny)), None)
        if said is None:
            continue
        post, m = said
        phrase = " ".join(m.group(0).split()).lower()
        attrs = {"place": name, "place_kind": "suburb", "bio": frag, "post_url": post.url}
        out.append(Detection(category="home_location", value=name, key=f"place:{name.lower()}", confidence=CONFIDENCE,
                             detector="HomeInference", pattern="bio_suburb_with_home_talk",
                             evidence=Evidence(url=profile.url, kind="profile_field", excerpt=" ".join((profile.summary or "").split())[:200],
                                               profile=profile.profile),
                             support=[frag, phrase], attrs=attrs))
        out.append(Detection(category="home_location", value=name, key=f"place:{name.lower()}", confidence=CONFIDENCE,
                             detector="HomeInference", pattern="bio_suburb_with_home_talk",
                             evidence=Evidence(url=post.url, kind="text", excerpt=" ".join((post.text or "").split())[:200],
                                               posted_at=post.published, profile=post.profile),
                             support=[frag, phrase], attrs=attrs))
    return out
