"""Home, work and routine from activity tracks: where runs and rides start and end.

The privacy-zone problem that made fitness heatmaps infamous: a route says
little, but a run that starts and ends at the same front door on many days
says where the door is, whatever the hour. So every track contributes two
points, its start and its end, and the same clustering as photos
(`geo.cluster_points`) finds the places they pile up at:
- the endpoint cluster seen on the most days is home (not at an org site);
- another cluster reached on weekdays in work hours on several days (a
  commute) is a workplace;
- the start points' weekday and hour make routines (`geo.infer_routine`).
Track posts come from export readers (crawler/exports/activity.py) with
`location["track"]` = {"start": {lat, lon, time}, "end": {...}}.
"""
from __future__ import annotations

from typing import Any, Iterable
from zoneinfo import ZoneInfo

from footprint.crawler.items import PostItem

from footprint.analysis.link import geo
from footprint.analysis.findings import Detection, Evidence

HOME_EPS_M = 100.0
HOME_MIN_POINTS = 4
HOME_MIN_DAYS = 3
WORK_MIN_DAYS = 3


def is_track_post(item: Any) -> bool:
    return isinstance(item, PostItem) and isinstance(item.location, dict) and isinstance(
        item.location.get("track"), dict)


def track_endpoints(items: Iterable[Any], tz: str | ZoneInfo = geo.DEFAULT_TZ) -> list[geo.GeoPoint]:
    """Two GeoPoints per track post (start and end, local time), skipping endpoints with bad coordinates."""
    zone = geo._zone(tz)
    out: list[geo.GeoPoint] = []
    for item in items or ():
        if not is_track_post(item):
            continue
        track = item.location["track"]
        for which in ("start", "end"):
            end = track.get(which)
            if not isinstance(end, dict) or not geo.valid_coords(end.get("lat"), end.get("lon")):
                continue
            when = end.get("time") or (track.get("started") if which == "start" else track.get("ended"))
            when = when or item.published
            out.append(geo.GeoPoint(float(end["lat"]), float(end["lon"]), geo.utc_to_local(when, zone), item.url,
                                    item.profile, item.published, item.url, "", f"track_{which}"))
    return out


def _evidence(cluster: geo.Cluster, excerpt: str) -> Evidence:
    first = min(cluster.points, key=lambda p: (p.local_time or geo.datetime.max, p.url))
    return Evidence(url=first.url, kind="inferred", excerpt=excerpt, posted_at=first.posted_at, profile=first.profile)


def _where(lat: float, lon: float) -> tuple[str, str]:
    place = geo.reverse_geocode(lat, lon)
    return place, (f"near {place}" if place else f"near {lat:.3f}, {lon:.3f}")


def infer_from_tracks(items: Iterable[Any], *, org: Any = None, tz: str | ZoneInfo = geo.DEFAULT_TZ,
                      eps_m: float = HOME_EPS_M, min_points: int = HOME_MIN_POINTS,
                      min_days: int = HOME_MIN_DAYS, site_radius_m: float = 500.0) -> list[Detection]:
    """home_location, work_location and routine detections from the endpoints of track posts."""
    points = track_endpoints(items, tz)
    if not points:
        return []
    out: list[Detection] = []
    clusters = geo.cluster_points(points, eps_m, max(2, min_points))
    home = None
    for cluster in clusters:
        if cluster.days < min_days or (org is not None and geo._near_site(cluster.lat, cluster.lon, org, site_radius_m)):
            continue
        home = cluster
        break
    if home is not None:
        place, where = _where(home.lat, home.lon)
        tracks = len({p.url for p in home.points})
        out.append(Detection(
            category="home_location", value=f"{where} (inferred from where {tracks} activities start or end)",
            key=f"home:{home.lat:.3f},{home.lon:.3f}", confidence=geo._growing(home.days, 0.65, 0.97),
            detector="TrackEndpointHome", pattern="track_endpoint_cluster",
            evidence=_evidence(home, f"{home.n} start/end points of {tracks} activities on {home.days} days within "
                                     f"{eps_m:.0f} m of {home.lat:.4f}, {home.lon:.4f}"),
            attrs={"lat": round(home.lat, 6), "lon": round(home.lon, 6), "n": home.n, "days": home.days,
                   "spread_m": round(home.spread_m, 1), "locality": place, "sources": home.sources}))
    for cluster in clusters:
        if cluster is home:
            continue
        work_pts = [p for p in cluster.points if p.local_time and geo.is_work_time(p.local_time)]
        days = len({p.local_time.date() for p in work_pts})
        if days < WORK_MIN_DAYS:
            continue
        near = geo._near_site(cluster.lat, cluster.lon, org, site_radius_m) if org is not None else None
        place, where = _where(cluster.lat, cluster.lon)
        value = near[0].name if near else f"workplace {where} (weekday activities end or start there)"
        key = f"site:{near[0].name.lower()}" if near else f"workplace:{cluster.lat:.3f},{cluster.lon:.3f}"
        out.append(Detection(
            category="work_location", value=value, key=key, confidence=geo._growing(days, 0.55, 0.9),
            detector="TrackEndpointWork", pattern="weekday_track_endpoint_cluster",
            evidence=_evidence(cluster, f"{len(work_pts)} start/end points on {days} weekdays in work hours "
                                        f"within {eps_m:.0f} m of {cluster.lat:.4f}, {cluster.lon:.4f}"),
            attrs={"lat": round(cluster.lat, 6), "lon": round(cluster.lon, 6), "n": len(work_pts), "days": days,
                   "locality": place, "sources": cluster.sources}))
        break
    starts = [p for p in points if p.source == "track_start"]
    out += geo.infer_routine(starts, tz=tz)
    return out
