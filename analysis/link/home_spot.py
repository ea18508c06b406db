"""Home from one spot photographed on different days, whose posts speak of home.

geo.infer_home wants three night or weekend photos on three days: people who post a backyard barbecue
on a Saturday and the freshly painted fence on a weekday afternoon are missed. Two or more geotags
within `EPS_M` of each other on different days, at any hour, where one of their posts says something
domestic ("the back step", "mowed the lawn", "grandkids on the verandah"), are the home; a single
geotag whose post says "our backyard" in so many words, says "Home." or "home week" and little else, or names a
part of a house only a home has ("the balcony", "out the front", "the kitchen bench"), is a weaker one (round 10:
analysis/detect/detectors/home_scene.py reads the words). A spot whose posts name
somewhere else (the gym, the beach, a mate's place, the office) is not home however often it recurs.

The words are data: `home_spot_strong`, `home_spot_terse`, `home_spot_house`, `home_spot_cue`, `home_spot_not`,
`home_spot_going` in data/lexicons/home_location.toml.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Iterable

from footprint.crawler.items import ImageItem, PostItem

from footprint.analysis.detect.detectors import home_scene
from footprint.analysis.findings import Detection, Evidence
from footprint.analysis.link import geo

EPS_M = 40.0                 # one house and its garden, with GPS error
REPEATED = 0.8               # a spot on two or more days with a domestic word
SINGLE_STRONG = 0.6          # one geotag whose post says "our backyard", "Home.", "the balcony"
SAME_HOME_M = 150.0          # a spot this near a home already inferred is that home


def _texts(items: Iterable[Any]) -> dict[str, str]:
    """Post text by post URL: an image's words are the post it was attached to."""
    return {p.url: f"{p.title or ''} {p.text or ''}".strip() for p in items if isinstance(p, PostItem)}


def infer_home_spot(items: Iterable[Any], *, homes: Iterable[Detection] = (), org: Any = None,
                    tz: str = geo.DEFAULT_TZ, site_radius_m: float = 500.0) -> list[Detection]:
    """At most one home_location inferred from a photographed spot with domestic words (see module doc).

    `homes`: homes already inferred (night/weekend photos); a spot near one adds nothing.
    `org`: when given (the subject is staff), a spot at one of its work sites is work, not home."""
    items = list(items or ())
    texts = _texts(items)
    points = geo.to_points([i for i in items if isinstance(i, (ImageItem, PostItem))], tz)
    points = [p for p in points if p.has_coords]
    if not points:
        return []
    known = [(h.attrs.get("lat"), h.attrs.get("lon")) for h in homes if isinstance(h.attrs, dict)]

    def taken(lat: float, lon: float) -> bool:
        near_home = any(a is not None and geo.haversine_m(lat, lon, a, b) <= SAME_HOME_M for a, b in known)
        return near_home or (org is not None and geo._near_site(lat, lon, org, site_radius_m) is not None)

    def words(p) -> tuple[str, str]:
        text = texts.get(p.post_url or p.url, "")
        kind, w = home_scene.scene(text)
        if not kind and not home_scene.elsewhere(text):     # round 13: "#sandybay" on a photo taken in Sandy Bay
            tag = home_scene.place_tag(text, p.lat, p.lon)
            return ("cue", tag) if tag else ("", "")
        return kind, w

    def said_elsewhere(p) -> bool:
        return home_scene.elsewhere(texts.get(p.post_url or p.url, ""))

    # a spot on two or more days: any domestic word, and no post there naming somewhere else
    for cluster in geo.cluster_points(points, EPS_M, 2):
        if cluster.days < 2 or taken(cluster.lat, cluster.lon) or any(said_elsewhere(p) for p in cluster.points):
            continue
        cues = [(p, w) for p in sorted(cluster.points, key=geo.point_order) for k, w in [words(p)] if k]
        if cues:
            return _detection(cluster.lat, cluster.lon, cluster.points, cues, REPEATED, "repeated_spot_with_home_words",
                              cluster.days)
    # one geotag whose post says "our backyard", "Home.", "the balcony": weaker
    for p in sorted(points, key=geo.point_order):
        kind, w = words(p)
        if kind in home_scene.SINGLE and p.source == "image" and not taken(p.lat, p.lon):   # a post's own place: the detector's
            return _detection(p.lat, p.lon, (p,), [(p, w)], SINGLE_STRONG, "one_spot_with_home_words", 1)
    return []


def _detection(lat: float, lon: float, points, cues, confidence: float, pattern: str, days: int) -> list[Detection]:
    """One detection per post (and its photo) at the spot, all under one key: linking makes them one finding whose
    evidence is every post that gave the spot away. Round 15: the posts at the spot without home words are cited too
    (support "same spot"): each carries the home's coordinates, and hiding one leaves the others."""
    place = geo.reverse_geocode(lat, lon)
    where = f"near {place}" if place else f"near {lat:.3f}, {lon:.3f}"
    said = sorted({w for _, w in cues})
    n = len(points)
    excerpt = (f"{n} geotag{'s' if n > 1 else ''} on {days} day{'s' if days > 1 else ''} within {EPS_M:.0f} m of "
               f"{lat:.4f}, {lon:.4f} ({place or 'unknown locality'}); their posts say: {', '.join(said)}")
    sources = list(dict.fromkeys([p.url for p in points] + [p.post_url for p in points if p.post_url]))
    attrs = {"lat": round(lat, 6), "lon": round(lon, 6), "n": n, "days": days, "locality": place, "sources": sources}
    out = []
    cued = {id(p) for p, _ in cues}
    rest = [(p, "same spot") for p in sorted(points, key=geo.point_order) if id(p) not in cued]
    for p, w in [*cues, *rest]:
        for url in dict.fromkeys(u for u in (p.url, p.post_url) if u):
            out.append(Detection(
                category="home_location", value=f"{where} (inferred from {n} geotag{'s' if n > 1 else ''} with home words)",
                key=f"home:{lat:.3f},{lon:.3f}", confidence=confidence, detector="HomeInference", pattern=pattern,
                evidence=Evidence(url=url, kind="inferred", excerpt=excerpt, posted_at=p.posted_at, profile=p.profile),
                support=[w], attrs=dict(attrs)))
    return out


def with_posts(homes: Iterable[Detection], items: Iterable[Any]) -> list[Detection]:
    """Each inferred home, plus one copy per post that carries one of its photos (same key, the post as evidence):
    the post is where a reader sees the photo and its words."""
    post_of = {i.url: i.post_url for i in items or () if isinstance(i, ImageItem) and i.post_url}
    out = []
    for home in homes:
        out.append(home)
        sources = home.attrs.get("sources", []) if isinstance(home.attrs, dict) else []
        if home.detector != "HomeInference" or not isinstance(sources, list):
            continue
        seen = {home.evidence.url}
        for url in sources:
            post = post_of.get(url)
            if post and post not in seen:
                seen.add(post)
                out.append(replace(home, evidence=replace(home.evidence, url=post)))
    return out

