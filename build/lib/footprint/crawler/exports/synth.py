"""Fictional fitness and location downloads with known ground truth, for tests, benchmarks and the demo.

Nothing here is anyone's data: a home and a workplace are chosen by the
caller, runs loop out from home and back, weekday rides commute to work,
and every coordinate is jittered like real GPS (a few metres, plus the walk
from the door to where the watch gets a fix). Output is written in the
platforms' own formats (Strava's activities.csv with GPX, TCX and gzipped
GPX files; Google's Records.json), so the readers are tested end to end.
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import math
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

STRAVA_HEADER = ["Activity ID", "Activity Date", "Activity Name", "Activity Type", "Activity Description",
                 "Elapsed Time", "Distance", "Max Heart Rate", "Relative Effort", "Commute",
                 "Activity Private Note", "Activity Gear", "Filename", "Athlete Weight", "Bike Weight",
                 "Elapsed Time", "Moving Time", "Distance", "Max Speed", "Average Speed"]
M_PER_DEG = 111_320.0


@dataclass(frozen=True)
class Place:
    lat: float
    lon: float


def offset(p: Place, north_m: float, east_m: float) -> Place:
    return Place(p.lat + north_m / M_PER_DEG, p.lon + east_m / (M_PER_DEG * math.cos(math.radians(p.lat))))


def _jitter(rng: random.Random, p: Place, metres: float) -> Place:
    return offset(p, rng.gauss(0, metres), rng.gauss(0, metres))


def _away(rng: random.Random, p: Place, lo_m: float = 20.0, hi_m: float = 60.0) -> Place:
    """A point lo_m..hi_m from p in a random direction: where a watch gets its first fix after the door."""
    dist, bearing = rng.uniform(lo_m, hi_m), rng.uniform(0, 2 * math.pi)
    return offset(p, dist * math.cos(bearing), dist * math.sin(bearing))


def _path(rng: random.Random, a: Place, b: Place, start: datetime, minutes: float, n: int,
          loop_m: float = 0.0) -> list[tuple[Place, datetime]]:
    """n points from a to b (through a loop of radius loop_m when a == b), timed over `minutes`."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        base = Place(a.lat + (b.lat - a.lat) * f, a.lon + (b.lon - a.lon) * f)
        if loop_m:
            ang = 2 * math.pi * f
            base = offset(base, loop_m * math.sin(ang), loop_m * (1 - math.cos(ang)))
        out.append((_jitter(rng, base, 4), start + timedelta(minutes=minutes * f)))
    return out


def _gpx(points: list[tuple[Place, datetime]], name: str, sport: str) -> bytes:
    import gpxpy.gpx

    doc = gpxpy.gpx.GPX()
    doc.creator = "footprint synth"
    trk = gpxpy.gpx.GPXTrack(name=name)
    trk.type = sport
    seg = gpxpy.gpx.GPXTrackSegment()
    seg.points = [gpxpy.gpx.GPXTrackPoint(round(p.lat, 7), round(p.lon, 7), time=t) for p, t in points]
    trk.segments.append(seg)
    doc.tracks.append(trk)
    return doc.to_xml().encode()


def _tcx(points: list[tuple[Place, datetime]], sport: str) -> bytes:
    pts = "".join(
        f"<Trackpoint><Time>{t.strftime('%Y-%m-%dT%H:%M:%SZ')}</Time><Position><LatitudeDegrees>{p.lat:.7f}"
        f"</LatitudeDegrees><LongitudeDegrees>{p.lon:.7f}</LongitudeDegrees></Position></Trackpoint>"
        for p, t in points)
    first = points[0][1].strftime('%Y-%m-%dT%H:%M:%SZ')
    # Strava's own TCX files start with spaces before the XML declaration
    return (f'          <?xml version="1.0" encoding="UTF-8"?>\n<TrainingCenterDatabase xmlns='
            f'"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Activities><Activity Sport="{sport}">'
            f"<Id>{first}</Id><Lap StartTime=\"{first}\"><Track>{pts}</Track></Lap></Activity></Activities>"
            f"</TrainingCenterDatabase>").encode()


@dataclass
class StravaTruth:
    home: Place
    work: Place
    activities: int
    commutes: int


def make_strava(folder: Path, *, home: Place, work: Place, days: int = 24, tz: str = "Australia/Sydney",
                seed: int = 7, start: datetime = datetime(2026, 3, 2, tzinfo=timezone.utc),
                names: tuple[str, ...] = ("Morning Run", "Easy loop", "Tempo run", "Long run"),
                run_weekdays: tuple[int, ...] = (0, 1, 2, 3, 4, 5, 6)) -> StravaTruth:
    """A Strava bulk export folder: morning runs from home on most days, weekday commute rides to work.

    The door is never in the data: every run starts and ends 20-60 m from it,
    where the watch happened to get its fix.
    """
    rng = random.Random(seed)
    zone = ZoneInfo(tz)
    (folder / "activities").mkdir(parents=True, exist_ok=True)
    rows, n, commutes = [], 0, 0
    day0 = start.astimezone(zone).date()
    for d in range(days):
        day = day0 + timedelta(days=d)
        local = datetime(day.year, day.month, day.day, 6, rng.randint(0, 40), tzinfo=zone)
        if d % 4 != 3 and day.weekday() in run_weekdays:  # a run most mornings, from home and back
            a = _away(rng, home)
            b = _away(rng, home)
            pts = _path(rng, a, b, local.astimezone(timezone.utc), 35, 60, loop_m=rng.uniform(800, 2000))
            n += 1
            ext = (".gpx", ".tcx", ".gpx.gz")[n % 3]
            rows.append(_activity_row(folder, 1000 + n, pts, names[n % len(names)], "Run", ext, False))
        if day.weekday() < 5 and d % 2 == 0:  # a commute ride to work, in work hours
            ride = datetime(day.year, day.month, day.day, 8, rng.randint(0, 30), tzinfo=zone)
            pts = _path(rng, _away(rng, home), _away(rng, work), ride.astimezone(timezone.utc), 28, 40)
            n += 1
            commutes += 1
            rows.append(_activity_row(folder, 1000 + n, pts, "Commute", "Ride", ".gpx", True))
    with open(folder / "activities.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(STRAVA_HEADER)
        writer.writerows(rows)
    return StravaTruth(home, work, n, commutes)


def _activity_row(folder: Path, act_id: int, pts, name: str, sport: str, ext: str, commute: bool) -> list:
    when = pts[0][1]
    fname = f"activities/{act_id}{ext}"
    if ext == ".tcx":
        data = _tcx(pts, "Running" if sport == "Run" else "Biking")
    else:
        data = _gpx(pts, name, sport.lower())
    if ext.endswith(".gz"):
        data = gzip.compress(data, mtime=0)
    (folder / fname).write_bytes(data)
    elapsed = int((pts[-1][1] - pts[0][1]).total_seconds())
    date = when.strftime("%b %d, %Y, %I:%M:%S %p").replace(" 0", " ")
    return [act_id, date, name, sport, "", elapsed, "5.2", "", "", str(commute).lower(), "", "", fname,
            "", "", elapsed, elapsed, "5200", "", ""]


def records_json(stream: io.BufferedIOBase, *, n: int, home: Place, work: Place, tz: str = "Australia/Sydney",
                 seed: int = 11, start: datetime = datetime(2025, 1, 6, tzinfo=timezone.utc),
                 step_s: int = 120) -> None:
    """A Takeout Records.json of `n` points, one every `step_s` seconds: nights at home, weekdays at work.

    Written piece by piece, so a million points never sit in memory.
    """
    rng = random.Random(seed)
    zone = ZoneInfo(tz)
    stream.write(b'{"locations": [\n')
    moment = start
    for i in range(n):
        local = moment.astimezone(zone)
        if local.weekday() < 5 and 9 <= local.hour < 17:
            where, acc = _jitter(rng, work, 15), 20
        elif 8 <= local.hour < 9 or 17 <= local.hour < 18:
            where, acc = _jitter(rng, Place((home.lat + work.lat) / 2, (home.lon + work.lon) / 2), 1500), 50
        else:
            where, acc = _jitter(rng, home, 15), 15
        rec = {"latitudeE7": round(where.lat * 1e7), "longitudeE7": round(where.lon * 1e7), "accuracy": acc,
               "source": "WIFI", "timestamp": moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")}
        stream.write((json.dumps(rec) + (",\n" if i < n - 1 else "\n")).encode())
        moment += timedelta(seconds=step_s)
    stream.write(b"]}\n")
