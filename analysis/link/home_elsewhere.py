"""A night-or-weekend photo cluster whose own captions say it is somewhere else is no home (round 14).

geo.infer_home reads only where and when photos were taken: photos at one spot on three weekends look like home. A
tradie's weekend renovation job for a client, a mate's place every Saturday, a weekend shift at a depot are such spots,
and their captions say so ("tiling the ensuite for a client", "arvo at Davo's again"). When most of a cluster's
captioned photos name somewhere else (`home_cluster_not` in data/lexicons/home_location.toml: someone else's place, a
client's job, a stay away) and none names a part of a home, the cluster is dropped; uncaptioned photos say nothing.
"""
from __future__ import annotations

from typing import Any, Iterable

from footprint.crawler.items import ImageItem, PostItem

from footprint.analysis.detect.detectors import home_scene
from footprint.analysis.detect.detectors.first_match import first_match
from footprint.analysis.detect.detectors.lexicon import load_lexicon
from footprint.analysis.findings import Detection

PATTERN = "night_weekend_cluster"


def _captions(items: Iterable[Any]) -> dict[str, str]:
    """url -> the words said with it: a post's own text; an image's, that of the post that shows it."""
    posts = {i.url: f"{i.title} {i.text}".strip() for i in items if isinstance(i, PostItem)}
    out = dict(posts)
    for i in items:
        if isinstance(i, ImageItem) and i.post_url in posts:
            out[i.url] = posts[i.post_url]
    return out


def drop_said_elsewhere(homes: list[Detection], items: Iterable[Any]) -> list[Detection]:
    """`homes` without the night/weekend clusters whose captions say somewhere else (see module doc)."""
    if not any(d.pattern == PATTERN for d in homes):
        return homes
    captions = _captions(list(items or ()))
    not_there = load_lexicon("home_location").regex.get("home_cluster_not", ())
    out = []
    for d in homes:
        sources = (d.attrs or {}).get("sources", []) if d.pattern == PATTERN else []
        said = [captions[u] for u in sources if captions.get(u, "").strip()]
        away_said = [first_match(not_there, t) is not None for t in said]
        # a caption with home words and no other place in it ("Davo's backyard" names his, not ours)
        home = any(home_scene.home_words(t) and not away for t, away in zip(said, away_said))
        away = sum(away_said)
        if said and not home and away * 2 >= len(said):
            continue
        out.append(d)
    return out
