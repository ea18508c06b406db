"""Activity tracks (GPX, FIT, TCX) reduced to what exposes a person: where and when they start and end.

A run that starts at the same door every morning shows where that door is,
whatever the route in between. So a track is read as a stream and kept only
as its endpoints, its point count and its times: memory stays flat however
long the ride. Timestamps a device could not have recorded (before 1971,
such as the 32-bit epoch minimum 1901-12-13T20:45:52 some loggers write, or
in the future) count as no timestamp. Libraries do the parsing: gpxpy for
GPX, fitdecode for FIT, the standard library's streaming XML parser for TCX.
"""
from __future__ import annotations

import gzip
import io
import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import IO, Iterable, Iterator

TRACK_SUFFIXES = (".gpx", ".fit", ".tcx")
EARLIEST = datetime(1971, 1, 1, tzinfo=timezone.utc)
SEMICIRCLE = 180.0 / 2 ** 31            # FIT stores degrees as 32-bit semicircles


class TrackError(ValueError):
    """A track file that cannot be read at all (its parser's message, one line)."""


@dataclass(frozen=True)
class TrackPoint:
    lat: float
    lon: float
    time: datetime | None = None        # aware UTC, None when absent or bogus


@dataclass(frozen=True)
class Track:
    """One recorded activity: its first and last real positions and its time span."""

    start: TrackPoint
    end: TrackPoint
    points: int                         # positions with valid coordinates
    started: datetime | None            # earliest plausible timestamp, aware UTC
    ended: datetime | None
    name: str = ""
    sport: str = ""

    def to_dict(self) -> dict:
        """The endpoints as a PostItem location carries them (`location["track"]`)."""
        def pt(p: TrackPoint) -> dict:
            return {"lat": round(p.lat, 7), "lon": round(p.lon, 7),
                    "time": p.time.isoformat() if p.time else None}
        return {"start": pt(self.start), "end": pt(self.end), "points": self.points,
                "started": self.started.isoformat() if self.started else None,
                "ended": self.ended.isoformat() if self.ended else None}


def plausible_time(value: datetime | None, now: datetime | None = None) -> datetime | None:
    """The timestamp as aware UTC, or None when no device could have recorded it."""
    if not isinstance(value, datetime):
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    value = value.astimezone(timezone.utc)
    latest = (now or datetime.now(timezone.utc)) + timedelta(days=2)
    return value if EARLIEST <= value <= latest else None


def valid_position(lat, lon) -> bool:
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError):
        return False
    return (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180
            and not (lat == 0 and lon == 0))


class TrackBuilder:
    """Endpoints, count and time span of a stream of positions, in O(1) memory."""

    def __init__(self) -> None:
        self.first: TrackPoint | None = None
        self.last: TrackPoint | None = None
        self.count = 0
        self.earliest: datetime | None = None
        self.latest: datetime | None = None

    def add(self, lat, lon, when: datetime | None) -> None:
        if not valid_position(lat, lon):
            return
        when = plausible_time(when)
        point = TrackPoint(float(lat), float(lon), when)
        if self.first is None:
            self.first = point
        self.last = point
        self.count += 1
        if when is not None:
            if self.earliest is None or when < self.earliest:
                self.earliest = when
            if self.latest is None or when > self.latest:
                self.latest = when

    def build(self, name: str = "", sport: str = "") -> Track | None:
        if self.first is None:
            return None
        return Track(self.first, self.last, self.count, self.earliest, self.latest,
                     (name or "").strip(), (sport or "").strip())


def reduce_points(points: Iterable[tuple[float, float, datetime | None]], *, name: str = "",
                  sport: str = "") -> Track | None:
    """A Track from a stream of (lat, lon, time); None when no position is valid."""
    builder = TrackBuilder()
    for lat, lon, when in points:
        builder.add(lat, lon, when)
    return builder.build(name, sport)


# --------------------------------------------------------------------------- GPX

def gpx_tracks(stream: IO[bytes]) -> list[Track]:
    """One Track per GPX <trk> (all its segments), or per <rte> when the file has no track."""
    import gpxpy
    import gpxpy.gpx

    text = io.TextIOWrapper(stream, encoding="utf-8", errors="replace")
    try:
        doc = gpxpy.parse(text)
    except (gpxpy.gpx.GPXException, ET.ParseError, ValueError) as exc:
        raise TrackError(f"not a readable GPX file: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")
    finally:
        text.detach()       # the caller owns the byte stream; an undetached wrapper is left unclosed
    out: list[Track] = []
    for trk in doc.tracks:
        pts = ((p.latitude, p.longitude, p.time) for seg in trk.segments for p in seg.points)
        if track := reduce_points(pts, name=trk.name or doc.name or "", sport=trk.type or ""):
            out.append(track)
    if not out:
        for rte in doc.routes:
            if track := reduce_points(((p.latitude, p.longitude, p.time) for p in rte.points), name=rte.name or ""):
                out.append(track)
    return out


# --------------------------------------------------------------------------- FIT

def fit_tracks(stream: IO[bytes]) -> list[Track]:
    """The FIT activity's record messages as one Track (sport from its sport/session message)."""
    import fitdecode

    sport = ""
    name = ""

    def records() -> Iterator[tuple[float, float, datetime | None]]:
        nonlocal sport, name
        with fitdecode.FitReader(stream, check_crc=fitdecode.CrcCheck.WARN) as reader:
            for frame in reader:
                if not isinstance(frame, fitdecode.FitDataMessage):
                    continue
                if frame.name == "record":
                    lat = _field(frame, "position_lat")
                    lon = _field(frame, "position_long")
                    if isinstance(lat, int) and isinstance(lon, int):
                        yield lat * SEMICIRCLE, lon * SEMICIRCLE, _field(frame, "timestamp")
                elif frame.name in ("sport", "session") and not sport:
                    value = _field(frame, "sport")
                    sport = str(value) if value is not None else ""
                    if frame.name == "sport":
                        name = str(_field(frame, "name") or "")

    try:
        track = reduce_points(records())
    except fitdecode.FitError as exc:
        raise TrackError(f"not a readable FIT file: {exc}")
    if track is None:
        return []
    return [Track(track.start, track.end, track.points, track.started, track.ended, name, sport)]


def _field(frame, name: str):
    try:
        return frame.get_value(name, fallback=None)
    except KeyError:
        return None


# --------------------------------------------------------------------------- TCX

def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _parse_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def tcx_tracks(stream: IO[bytes]) -> list[Track]:
    """One Track per TCX <Activity>, streamed with iterparse (each trackpoint is dropped once read)."""
    out: list[Track] = []
    builder, sport, name = TrackBuilder(), "", ""
    try:
        for event, elem in ET.iterparse(stream, events=("start", "end")):
            tag = _local(elem.tag)
            if event == "start":
                if tag == "Activity":
                    builder, sport, name = TrackBuilder(), elem.get("Sport", ""), ""
            elif tag == "Trackpoint":
                lat = lon = when = None
                for child in elem.iter():
                    ctag = _local(child.tag)
                    if ctag == "LatitudeDegrees":
                        lat = _num(child.text)
                    elif ctag == "LongitudeDegrees":
                        lon = _num(child.text)
                    elif ctag == "Time":
                        when = _parse_time(child.text)
                builder.add(lat, lon, when)
                elem.clear()
            elif tag == "Notes" and elem.text and not name:
                name = elem.text.strip()
            elif tag == "Activity":
                if track := builder.build(name, sport):
                    out.append(track)
                elem.clear()
    except ET.ParseError as exc:
        raise TrackError(f"not a readable TCX file: {exc}")
    return out


def _num(text: str | None) -> float:
    try:
        return float(text)
    except (TypeError, ValueError):
        return math.nan


# --------------------------------------------------------------------------- dispatch

def is_track_name(name: str) -> bool:
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    return lower.endswith(TRACK_SUFFIXES)


def read_tracks(name: str, stream: IO[bytes]) -> list[Track]:
    """The tracks in one file named `name` (.gpx, .fit, .tcx, each optionally .gz)."""
    lower = name.lower()
    if lower.endswith(".gz"):
        stream = gzip.GzipFile(fileobj=stream)
        lower = lower[:-3]
    try:
        if lower.endswith(".gpx"):
            return gpx_tracks(stream)
        if lower.endswith(".fit"):
            return fit_tracks(stream)
        if lower.endswith(".tcx"):
            return tcx_tracks(_strip_leading_space(stream))
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise TrackError(f"cannot read {name}: {exc}")
    raise TrackError(f"not a track file: {name}")


def _strip_leading_space(stream: IO[bytes]) -> IO[bytes]:
    """Strava's TCX files start with spaces before '<?xml', which expat refuses."""
    head = stream.read(64)
    return _Chain(head.lstrip(), stream)


class _Chain(io.RawIOBase):
    """`head` bytes, then the rest of `stream`: a non-seekable file over both."""

    def __init__(self, head: bytes, stream: IO[bytes]) -> None:
        self._head, self._stream = head, stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n], self._head = self._head[:n], self._head[n:]
            return n
        data = self._stream.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)
