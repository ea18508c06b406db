"""Small helpers every export reader needs: Meta's mojibake, timestamps, visibility words."""
from __future__ import annotations

import datetime as dt
from typing import Any


def fix_mojibake(value: Any) -> Any:
    """Undo Meta's double encoding (UTF-8 bytes written as \\u00XX escapes), recursively.

    Facebook and Instagram downloads write "é" as "\\u00c3\\u00a9": each UTF-8
    byte became one Latin-1 character. Strings that do not round-trip are
    genuine text and are kept as they are.
    """
    if isinstance(value, str):
        if not any(0x80 <= ord(c) <= 0xFF for c in value):
            return value
        try:
            return value.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return value
    if isinstance(value, list):
        return [fix_mojibake(v) for v in value]
    if isinstance(value, dict):
        return {fix_mojibake(k): fix_mojibake(v) for k, v in value.items()}
    return value


def iso_from_epoch(value: Any) -> str | None:
    """Unix seconds (int, float or digit string) to ISO 8601 UTC; None for missing or absurd values."""
    try:
        ts = float(value)
    except (TypeError, ValueError):
        return None
    if ts > 1e11:  # milliseconds
        ts /= 1000
    if not 86400 * 365 < ts < 4102444800:  # 1971 .. 2100: zero and 32-bit minima are not dates
        return None
    return dt.datetime.fromtimestamp(ts, dt.timezone.utc).replace(microsecond=0).isoformat()


def iso_from_text(value: Any, formats: tuple[str, ...] = ()) -> str | None:
    """A date string in ISO or one of `formats` to ISO 8601 (UTC when it carries a zone)."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    parsed = None
    try:
        parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        for fmt in formats:
            try:
                parsed = dt.datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
    if parsed is None:
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(dt.timezone.utc)
    return parsed.replace(microsecond=0).isoformat()


# Audience words the platforms use, to the contract's four visibilities.
_VISIBILITY_WORDS = {
    "public": "public", "everyone": "public", "anyone": "public", "unlisted": "public",
    "friends": "followers", "friends of friends": "followers", "followers": "followers",
    "connections": "followers", "custom": "followers", "friends except": "followers",
    "only me": "private", "only_me": "private", "self": "private", "private": "private",
    "direct": "private",
}


def visibility_from(word: Any, default: str = "unknown") -> str:
    """The contract's visibility for a platform's audience word ('Friends', 'Only me', 'Public')."""
    if not isinstance(word, str):
        return default
    return _VISIBILITY_WORDS.get(word.strip().lower().replace("-", " "), default)


def member_for(archive: Any, uri: str) -> str | None:
    """The archive member a download's relative media `uri` names (at any depth below the root)."""
    if not isinstance(uri, str) or not uri or "://" in uri:
        return None
    uri = uri.lstrip("/")
    if uri in archive:
        return uri
    found = archive.find(uri)
    return found[0] if found else None


def image_item(archive: Any, ctx: Any, member: str | None, *, url: str, post_url: str, posted_at: str | None,
               visibility: str, lat: float | None = None, lon: float | None = None,
               taken_at: str | None = None) -> Any:
    """An ImageItem for a photo in the download: EXIF from its bytes when the member is there,
    else the coordinates the export's own JSON records (Meta's exif_data, Google's geoData).
    None when the download has neither the photo nor coordinates for it: nothing to say about it."""
    import hashlib

    from footprint.crawler.adapters.images import read_image_metadata
    from footprint.crawler.items import ImageItem

    if member is None and (lat is None or lon is None or (lat, lon) == (0, 0)):
        return None
    meta = None
    digest = hashlib.sha256(url.encode()).hexdigest()
    if member:
        try:
            body = archive.read_bytes(member, limit=50_000_000)
        except Exception as exc:  # noqa: BLE001 - an unreadable photo is a warning, not a failed download
            ctx.warn(f"{member}: {exc}")
            body = b""
        if body:
            digest = hashlib.sha256(body).hexdigest()
            meta = read_image_metadata(body)
    item = ImageItem(profile=ctx.source, url=url, sha256=digest, post_url=post_url, posted_at=posted_at,
                     visibility=visibility)
    if meta is not None:
        item.format, item.lat, item.lon, item.altitude = meta.format, meta.lat, meta.lon, meta.altitude
        item.taken_at, item.make, item.model, item.error = meta.taken_at, meta.make, meta.model, meta.error
    if item.lat is None and lat is not None and lon is not None and (lat, lon) != (0, 0):
        item.lat, item.lon, item.error = float(lat), float(lon), ""
    if item.taken_at is None and taken_at:
        item.taken_at = taken_at
    return item


def guarded(ctx: Any, where: str, items: Any) -> Any:
    """Yield from one record's items; a record the platform wrote oddly (a string where a number
    belongs, a list where an object does) becomes a warning and the rest of the download is read."""
    try:
        yield from items
    except (ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:
        ctx.warn(f"{where}: skipped ({type(exc).__name__}: {exc})")
