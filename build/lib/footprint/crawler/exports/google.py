"""Google Takeout: Google Photos sidecars, and (as private ground truth only) Location History.

Photos: every photo in Takeout has a JSON sidecar ("IMG_1.jpg.json", newer
"IMG_1.jpg.supplemental-metadata.json", truncated names too) with `geoData`
(where Google placed it) and `geoDataExif` (the camera's GPS). Album folders
hold a metadata file under a localised name ("metadata.json",
"métadonnées.json", "Metadaten.json"...), recognised by its content, not its
name. Google Photos keeps photos private unless shared: photos are
`private` ("would be exposed if shared"), and `followers` when their album
records a sharing `access` setting.

Location History is never turned into items: it is read only when the
consent says `private_location = true`, by `location_members` and
crawler/exports/locations.py, as ground truth (analysis/link/location_truth.py).
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator

from footprint.crawler.items import ImageItem, Item, PostItem
from footprint.crawler.exports import Archive, ArchiveError, ExportContext, Reader, register
from footprint.crawler.exports.common import iso_from_epoch
from footprint.crawler.exports.locations import detect_layout, is_location_name
from footprint.crawler.exports.tracks import valid_position

MEDIA = r"(?:jpe?g|png|heic|heif|gif|webp|mp4|mov|m4v|3gp|dng|raw|tiff?|avif)"
SIDECAR = re.compile(rf".*\.{MEDIA}(?:\.[\w-]*)?(?:\(\d+\))?\.json$", re.IGNORECASE)
SIDECAR_LOOSE = re.compile(r".*\.(?:supplemental-metadata|supplemental-metad|supplemental-me|suppl)\w*(?:\(\d+\))?\.json$",
                           re.IGNORECASE)
MAX_SIDECAR = 1024 * 1024


def is_sidecar(name: str) -> bool:
    base = name.rsplit("/", 1)[-1]
    return bool(SIDECAR.fullmatch(base) or SIDECAR_LOOSE.fullmatch(base))


def sidecar_geo(meta: dict) -> tuple[float, float, float | None] | None:
    """Google's geoData, else the camera's geoDataExif; (0, 0) means "no location" in both."""
    for key in ("geoData", "geoDataExif"):
        geo = meta.get(key)
        if isinstance(geo, dict) and valid_position(geo.get("latitude"), geo.get("longitude")):
            alt = geo.get("altitude")
            return float(geo["latitude"]), float(geo["longitude"]), float(alt) if isinstance(alt, (int, float)) else None
    return None


def _timestamp(meta: dict, key: str) -> str | None:
    block = meta.get(key)
    return iso_from_epoch(block.get("timestamp")) if isinstance(block, dict) else None


def album_metadata_files(archive: Archive) -> dict[str, list[str]]:
    """Per folder, its JSON files that are not photo sidecars (album metadata candidates), in one pass."""
    out: dict[str, list[str]] = {}
    for name in archive.names():
        if name.lower().endswith(".json") and not is_sidecar(name):
            out.setdefault(name.rsplit("/", 1)[0] if "/" in name else "", []).append(name)
    return out


def album_access(archive: Archive, candidates: list[str]) -> str:
    """The `access` setting of a folder's album metadata ("" when none), whatever the file is called."""
    for name in candidates:
        if archive.size(name) > MAX_SIDECAR:
            continue
        try:
            meta = archive.read_json(name)
        except ArchiveError:
            continue
        if isinstance(meta, dict) and "access" in meta and "photoTakenTime" not in meta:
            return str(meta.get("access") or "")
    return ""


def photo_items(archive: Archive, member: str, meta: dict, ctx: ExportContext, visibility: str) -> Iterator[Item]:
    title = str(meta.get("title") or member.rsplit("/", 1)[-1])
    folder = member.rsplit("/", 1)[0] if "/" in member else ""
    media = f"{folder}/{title}" if folder else title
    digest = hashlib.sha256()
    if media in archive:
        with archive.open(media) as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    else:
        digest.update(archive.read_bytes(member, MAX_SIDECAR))
    geo = sidecar_geo(meta)
    taken = _timestamp(meta, "photoTakenTime")
    url = ctx.url(media if media in archive else member, "photo")
    yield ImageItem(profile=ctx.source, url=url, sha256=digest.hexdigest(), post_url=url, posted_at=taken,
                    format=title.rsplit(".", 1)[-1].lower() if "." in title else "",
                    lat=geo[0] if geo else None, lon=geo[1] if geo else None, altitude=geo[2] if geo else None,
                    visibility=visibility)
    description = str(meta.get("description") or "").strip()
    if description:
        location = {"name": "", "lat": geo[0], "lon": geo[1]} if geo else None
        yield PostItem(profile=ctx.source, url=ctx.url(member, "description"), platform=ctx.platform,
                       text=description, title=title, published=taken, images=[url], location=location,
                       visibility=visibility)


def location_members(archive: Archive) -> list[str]:
    """Members that are location history in one of Google's formats (checked by content)."""
    out = []
    for name in archive.names():
        if not is_location_name(name):
            continue
        try:
            with archive.open(name) as fh:
                if detect_layout(fh):
                    out.append(name)
        except ValueError:
            continue
    return out


@register
class GoogleReader(Reader):
    platform = "google"
    priority = 50

    def detect(self, archive: Archive) -> bool:
        names = [n.lower() for n in archive.names()]
        if any(n.startswith("takeout/") or "/takeout/" in n or "google photos/" in n for n in names):
            return True
        if any(is_sidecar(n) for n in names):
            return True
        return bool(location_members(archive)) if any(is_location_name(n) for n in names) else False

    def read(self, archive: Archive, ctx: ExportContext) -> Iterator[Item]:
        albums: dict[str, str] = {}
        candidates = album_metadata_files(archive)
        for member in archive.names():
            if not is_sidecar(member):
                continue
            if archive.size(member) > MAX_SIDECAR:
                ctx.warn(f"{member}: too large for a photo sidecar, skipped")
                continue
            try:
                meta = archive.read_json(member)
            except ArchiveError as exc:
                ctx.warn(str(exc))
                continue
            if not isinstance(meta, dict):
                continue
            folder = member.rsplit("/", 1)[0] if "/" in member else ""
            if folder not in albums:
                albums[folder] = album_access(archive, candidates.get(folder, [])).lower()
            access = albums[folder]
            visibility = "public" if access == "public" else "followers" if access else "private"
            yield from photo_items(archive, member, meta, ctx, visibility)
