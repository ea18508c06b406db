"""Location history as ground truth: which public items really reveal home or work.

Location history is the most private thing a download holds. It is read
only for `[[exports]]` entries that say `private_location = true`, streamed
(crawler/exports/locations.py), reduced to stays on the fly, never stored,
and it adds nothing to the score. It answers one question for the person:
"of what I published, what actually shows where I live and work?" Each
home, work, geotag or routine finding within CONFIRM_M of the real place
gets a sentence in its explanation saying so.

Home and work come from Google's own labels (frequentPlaces HOME/WORK,
TYPE_HOME visits) when the download has them, else from stays: places the
person stayed STAY_MIN_S or more within STAY_RADIUS_M, clustered with
`geo.cluster_points`; home is where the night stays are, work where weekday
working-hours stays are.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo


from footprint.analysis.link import geo
from footprint.analysis.findings import Finding

if TYPE_CHECKING:
    from footprint.crawler.exports.locations import LocationPoint

STAY_RADIUS_M = 150.0
STAY_MIN_S = 20 * 60
CONFIRM_M = 250.0
PLACE_CATEGORIES = ("home_location", "work_location", "geotag", "routine")


@dataclass(frozen=True)
class Stay:
    lat: float
    lon: float
    start: datetime          # aware UTC
    end: datetime
    label: str = ""


@dataclass
class Truth:
    """The person's real home and workplace, and how many points showed them."""

    home: tuple[float, float] | None = None
    work: tuple[float, float] | None = None
    points: int = 0
    stays: int = 0
    source: str = ""         # "labels" | "stays"


def stays(points: Iterable[LocationPoint], *, radius_m: float = STAY_RADIUS_M,
          min_s: float = STAY_MIN_S) -> Iterator[Stay]:
    """Stay points (Li et al. 2008) in one pass over time-ordered points; visits are stays already."""
    anchor = None
    members = 0
    sum_lat = sum_lon = 0.0
    first = last = None
    cos_lat = 1.0

    def close() -> Stay | None:
        if anchor is not None and first is not None and (last - first).total_seconds() >= min_s:
            return Stay(sum_lat / members, sum_lon / members, first, last)
        return None

    for p in points:
        if p.kind in ("visit", "place"):
            if p.time and p.end:
                yield Stay(p.lat, p.lon, p.time, p.end, p.label)
            continue
        if p.time is None:
            continue
        if anchor is not None:
            # equirectangular distance: exact enough at stay scale, and cheap for millions of points
            dy = (p.lat - anchor[0]) * 111_195.0
            dx = (p.lon - anchor[1]) * 111_195.0 * cos_lat
            if dx * dx + dy * dy <= radius_m * radius_m and p.time >= last:
                members += 1
                sum_lat += p.lat
                sum_lon += p.lon
                last = p.time
                continue
            if s := close():
                yield s
        anchor, members, sum_lat, sum_lon, first, last = (p.lat, p.lon), 1, p.lat, p.lon, p.time, p.time
        cos_lat = math.cos(math.radians(p.lat))
    if s := close():
        yield s


def _overlaps_night(stay: Stay, zone: ZoneInfo) -> bool:
    start, end = stay.start.astimezone(zone), stay.end.astimezone(zone)
    t = start.replace(minute=0, second=0, microsecond=0)
    while t <= end:
        if t.hour >= 22 or t.hour < 5:
            return True
        t += timedelta(hours=1)
        if t - start > timedelta(days=2):
            return True
    return False


def _work_hours(stay: Stay, zone: ZoneInfo) -> bool:
    mid = (stay.start + (stay.end - stay.start) / 2).astimezone(zone)
    return mid.weekday() < 5 and 9 <= mid.hour < 17 and (stay.end - stay.start) >= timedelta(hours=1)


def _best(stays_: list[Stay], url: str) -> tuple[float, float] | None:
    pts = [geo.GeoPoint(s.lat, s.lon, s.start.replace(tzinfo=None), f"{url}#{i}") for i, s in enumerate(stays_)]
    clusters = geo.cluster_points(pts, STAY_RADIUS_M, 2)
    if not clusters:
        return None
    best = max(clusters, key=lambda c: (c.days, c.n))
    return best.lat, best.lon


def truth_from_points(points: Iterable[LocationPoint], tz: str | ZoneInfo = geo.DEFAULT_TZ) -> Truth:
    """Home and work from a stream of location points (labels first, else night and work-hours stays)."""
    zone = geo._zone(tz)
    labels: dict[str, tuple[float, float]] = {}
    counted = 0

    def counting() -> Iterator[LocationPoint]:
        nonlocal counted
        for p in points:
            counted += 1
            if p.label in ("home", "work") and p.label not in labels:
                labels[p.label] = (p.lat, p.lon)
            yield p

    all_stays = list(stays(counting()))
    truth = Truth(points=counted, stays=len(all_stays))
    if labels:
        truth.home, truth.work, truth.source = labels.get("home"), labels.get("work"), "labels"
    night = [s for s in all_stays if _overlaps_night(s, zone)]
    day = [s for s in all_stays if _work_hours(s, zone)]
    if truth.home is None and night:
        truth.home, truth.source = _best(night, "night"), truth.source or "stays"
    if truth.work is None and day:
        work = _best(day, "day")
        if work and not (truth.home and geo.haversine_m(*work, *truth.home) < CONFIRM_M):
            truth.work = work
            truth.source = truth.source or "stays"
    return truth


def annotate(findings: list[Finding], truth: Truth) -> int:
    """Add to each place finding near the real home or work a sentence saying so; the number annotated.

    Explanations only: contribution, severity and confidence are untouched.
    """
    marked = 0
    for f in findings:
        if f.category not in PLACE_CATEGORIES:
            continue
        lat, lon = (f.attrs or {}).get("lat"), (f.attrs or {}).get("lon")
        if not geo.valid_coords(lat, lon):
            continue
        for what, place in (("home", truth.home), ("workplace", truth.work)):
            if place is None:
                continue
            dist = geo.haversine_m(float(lat), float(lon), *place)
            if dist <= CONFIRM_M:
                f.explanation += (f"; your own location history (private, not scored) confirms this is "
                                  f"{dist:.0f} m from your real {what}")
                f.attrs["truth"] = {"place": what, "distance_m": round(dist, 1)}
                marked += 1
                break
    return marked


def summary_sentence(findings: list[Finding]) -> str:
    homes = sum(1 for f in findings if (f.attrs or {}).get("truth", {}).get("place") == "home")
    works = sum(1 for f in findings if (f.attrs or {}).get("truth", {}).get("place") == "workplace")
    if not homes and not works:
        return ("Your location history (read privately, not scored) shows none of your published places "
                "is at your real home or workplace.")
    parts = [f"{n} finding{'s' if n != 1 else ''} at your real {w}" for n, w in ((homes, "home"), (works, "workplace")) if n]
    return f"Your own location history (read privately, not scored) confirms {' and '.join(parts)}."


def apply(findings: list[Finding], points: Iterable[LocationPoint] | None, risk: Any = None) -> Truth | None:
    """Annotate findings (and the risk summary) from the subject's private location history, when given
    (the operations layer reads it from the downloads the scan specification allows: crawler/exports/history.py)."""
    if points is None:
        return None
    truth = truth_from_points(points)
    if not truth.points:
        return None
    annotate(findings, truth)
    if risk is not None:
        sentence = summary_sentence(findings)
        risk.summary = f"{risk.summary} {sentence}".strip() if getattr(risk, "summary", "") else sentence
    return truth
