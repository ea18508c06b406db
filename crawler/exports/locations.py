"""Google location history, every format Google has shipped, streamed point by point.

Location history is private by nature: footprint reads it only when the
consent's export entry says `private_location = true`, and then only as
ground truth for which *public* items reveal home or work. It is never
stored and never scored. Files can hold millions of points, so they are
read with ijson (a streaming JSON parser): memory stays flat.

Formats (see ../shared/data/SOURCES.md):
- Takeout Records.json / "Location History.json": {"locations": [{latitudeE7, longitudeE7, timestamp | timestampMs}]}
- Takeout Semantic Location History month files: {"timelineObjects": [{placeVisit | activitySegment}]}
- Android on-device Timeline.json: {"semanticSegments": [...], "rawSignals": [...], "userLocationProfile": {...}}
  with "50.05°, 14.34°" strings;
- iOS on-device export: a top-level array of segments with "geo:lat,lon" strings;
- Timeline Edits.json: {"timelineEdits": [{rawSignal: {signal: {position: {point: {latE7, lngE7}}}}}]}.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import IO, Any, Callable, Iterator

import ijson

from footprint.crawler.exports.tracks import plausible_time, valid_position

Opener = Callable[[], IO[bytes]]

# Google's semantic labels for the person's own places.
HOME_TYPES = {"home", "type_home", "inferred_home", "searched_address_home"}
WORK_TYPES = {"work", "type_work", "inferred_work"}

_NUMBER = r"[-+]?\d+(?:\.\d+)?"
_PAIR = re.compile(rf"(?:geo:)?\s*({_NUMBER})\s*°?\s*,\s*({_NUMBER})\s*°?")


class LocationError(ValueError):
    """A location file that is not JSON in any format footprint knows."""


@dataclass(frozen=True)
class LocationPoint:
    """One observed position: a raw fix, a visit's place or a point on a path."""

    lat: float
    lon: float
    time: datetime | None          # aware UTC; None when absent or implausible
    kind: str = "raw"              # raw | visit | path | place
    label: str = ""                # home | work, when Google labelled the place
    end: datetime | None = None    # for visits: when the person left


def parse_latlng(value: Any) -> tuple[float, float] | None:
    """"50.05°, 14.34°", "geo:27.72,-97.34", "48.85, 2.35" or {latitudeE7, longitudeE7} / {latE7, lngE7} / {latLng}."""
    if isinstance(value, dict):
        for la, lo, scale in (("latitudeE7", "longitudeE7", 1e-7), ("latE7", "lngE7", 1e-7),
                              ("latitude", "longitude", 1.0), ("lat", "lng", 1.0)):
            if la in value and lo in value:
                try:
                    lat, lon = round(float(value[la]) * scale, 7), round(float(value[lo]) * scale, 7)
                except (TypeError, ValueError):
                    return None
                return (lat, lon) if valid_position(lat, lon) else None
        for key in ("latLng", "LatLng", "point", "placeLocation"):
            if key in value:
                return parse_latlng(value[key])
        return None
    if isinstance(value, str):
        m = _PAIR.fullmatch(value.strip())
        if m:
            lat, lon = float(m.group(1)), float(m.group(2))
            return (lat, lon) if valid_position(lat, lon) else None
    return None


def parse_time(value: Any) -> datetime | None:
    """ISO 8601 with any offset, or epoch milliseconds (timestampMs), as plausible aware UTC."""
    if value is None:
        return None
    if isinstance(value, (int, float)) or (isinstance(value, str) and value.strip().isdigit()):
        try:
            moment = datetime.fromtimestamp(int(value) / 1000, tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
        return plausible_time(moment)
    if isinstance(value, str):
        try:
            return plausible_time(datetime.fromisoformat(value.strip().replace("Z", "+00:00")))
        except ValueError:
            return None
    return None


def _label(semantic: Any) -> str:
    text = str(semantic or "").strip().lower()
    return "home" if text in HOME_TYPES else "work" if text in WORK_TYPES else ""


def _point(latlng, when, kind="raw", label="", end=None) -> LocationPoint | None:
    if latlng is None:
        return None
    return LocationPoint(latlng[0], latlng[1], when, kind, label, end)


# --------------------------------------------------------------------------- one object each

def from_record(obj: dict) -> Iterator[LocationPoint]:
    """Records.json `locations[]` entry."""
    when = parse_time(obj.get("timestamp") or obj.get("timestampMs"))
    if p := _point(parse_latlng(obj), when):
        yield p


def from_timeline_object(obj: dict) -> Iterator[LocationPoint]:
    """Semantic Location History `timelineObjects[]`: a placeVisit or an activitySegment."""
    if isinstance(visit := obj.get("placeVisit"), dict):
        loc = visit.get("location") or {}
        duration = visit.get("duration") or {}
        start = parse_time(duration.get("startTimestamp") or duration.get("startTimestampMs"))
        end = parse_time(duration.get("endTimestamp") or duration.get("endTimestampMs"))
        if p := _point(parse_latlng(loc), start, "visit", _label(loc.get("semanticType")), end):
            yield p
    if isinstance(seg := obj.get("activitySegment"), dict):
        duration = seg.get("duration") or {}
        start = parse_time(duration.get("startTimestamp") or duration.get("startTimestampMs"))
        end = parse_time(duration.get("endTimestamp") or duration.get("endTimestampMs"))
        if p := _point(parse_latlng(seg.get("startLocation") or {}), start, "path"):
            yield p
        for raw in ((seg.get("simplifiedRawPath") or {}).get("points") or ()):
            if isinstance(raw, dict) and (p := _point(parse_latlng(raw), parse_time(
                    raw.get("timestamp") or raw.get("timestampMs")), "path")):
                yield p
        for way in ((seg.get("waypointPath") or {}).get("waypoints") or ()):
            if isinstance(way, dict) and (p := _point(parse_latlng(way), None, "path")):
                yield p
        if p := _point(parse_latlng(seg.get("endLocation") or {}), end, "path"):
            yield p


def from_segment(obj: dict) -> Iterator[LocationPoint]:
    """On-device Timeline segment (Android `semanticSegments[]` or an iOS array entry)."""
    start, end = parse_time(obj.get("startTime")), parse_time(obj.get("endTime"))
    if isinstance(visit := obj.get("visit"), dict):
        top = visit.get("topCandidate") or {}
        label = _label(top.get("semanticType"))
        if p := _point(parse_latlng(top.get("placeLocation")), start, "visit", label, end):
            yield p
    if isinstance(act := obj.get("activity"), dict):
        if p := _point(parse_latlng(act.get("start")), start, "path"):
            yield p
        if p := _point(parse_latlng(act.get("end")), end, "path"):
            yield p
    for step in obj.get("timelinePath") or ():
        if not isinstance(step, dict):
            continue
        when = parse_time(step.get("time"))
        if when is None and start is not None:
            try:
                when = start + timedelta(minutes=int(step.get("durationMinutesOffsetFromStartTime")))
            except (TypeError, ValueError):
                when = None
        if p := _point(parse_latlng(step.get("point")), when, "path"):
            yield p


def from_raw_signal(obj: dict) -> Iterator[LocationPoint]:
    """Android `rawSignals[]` position (wifi scans and activity guesses carry no position)."""
    pos = obj.get("position")
    if isinstance(pos, dict) and (p := _point(parse_latlng(pos.get("LatLng") or pos.get("latLng")),
                                             parse_time(pos.get("timestamp")))):
        yield p


def from_frequent_place(obj: dict) -> Iterator[LocationPoint]:
    """`userLocationProfile.frequentPlaces[]`: Google's own HOME and WORK labels."""
    if p := _point(parse_latlng(obj.get("placeLocation")), None, "place", _label(obj.get("label"))):
        yield p


def from_edit(obj: dict) -> Iterator[LocationPoint]:
    """Timeline Edits.json `timelineEdits[]` raw signal position."""
    pos = (((obj.get("rawSignal") or {}).get("signal") or {}).get("position") or {})
    if p := _point(parse_latlng(pos.get("point") or {}), parse_time(pos.get("timestamp"))):
        yield p


# Each format: the ijson prefixes to stream and the converter for their items.
LAYOUTS: dict[str, tuple[tuple[str, Callable[[dict], Iterator[LocationPoint]]], ...]] = {
    "records": (("locations.item", from_record),),
    "semantic": (("timelineObjects.item", from_timeline_object),),
    "timeline": (("semanticSegments.item", from_segment), ("rawSignals.item", from_raw_signal),
                 ("userLocationProfile.frequentPlaces.item", from_frequent_place)),
    "ios": (("item", from_segment),),
    "edits": (("timelineEdits.item", from_edit),),
}
_FIRST_KEY = {"locations": "records", "timelineObjects": "semantic", "semanticSegments": "timeline",
              "rawSignals": "timeline", "userLocationProfile": "timeline", "timelineEdits": "edits"}


def detect_layout(stream: IO[bytes]) -> str | None:
    """Which location format a JSON file is, from its first top-level key (or a top-level array)."""
    try:
        for prefix, event, value in ijson.parse(stream):
            if prefix == "" and event == "start_array":
                return "ios"
            if prefix == "" and event == "map_key":
                if value in _FIRST_KEY:
                    return _FIRST_KEY[value]
            elif prefix == "" and event in ("string", "number", "boolean", "null"):
                return None
    except (ijson.JSONError, ijson.IncompleteJSONError, UnicodeDecodeError) as exc:
        raise LocationError(f"not JSON: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")
    return None


def location_points(open_stream: Opener, layout: str | None = None) -> Iterator[LocationPoint]:
    """Every position in one location file, streamed; `open_stream()` opens it afresh for each pass."""
    if layout is None:
        with open_stream() as stream:
            layout = detect_layout(stream)
    if layout is None:
        return
    for prefix, convert in LAYOUTS[layout]:
        with open_stream() as stream:
            try:
                for obj in ijson.items(stream, prefix, use_float=True):
                    if isinstance(obj, dict):
                        yield from convert(obj)
            except (ijson.JSONError, ijson.IncompleteJSONError, UnicodeDecodeError) as exc:
                raise LocationError(f"broken location JSON: {str(exc).splitlines()[0] if str(exc) else exc}")


def is_location_name(path: str) -> bool:
    """A Takeout/phone location file name, in any of the languages Google localises it to.

    Takeout names the folder in the account's language ("Location History",
    "Standortverlauf", "Historique des positions"...), so layout, not name,
    decides: any JSON under a folder whose name mentions location/timeline in
    a known language, or named Records/Timeline/Timeline Edits.
    """
    lower = path.lower().replace("\\", "/")
    if not lower.endswith(".json"):
        return False
    base = lower.rsplit("/", 1)[-1]
    if base in {"records.json", "timeline.json", "timeline edits.json", "location history.json",
                "location-history.json"} or base.startswith("timeline"):
        return True
    return any(word in lower for word in LOCATION_WORDS)


LOCATION_WORDS = (
    "location history", "semantic location history", "standortverlauf", "historique des positions",
    "historial de ubicaciones", "cronologia delle posizioni", "locatiegeschiedenis",
    "histórico de localização", "historia lokalizacji", "platshistorik", "история местоположений",
    "ロケーション履歴", "位置记录", "timeline", "zeitachse", "chronologie",
)
