"""Readers for the subject's own data downloads (X, Facebook, Instagram, LinkedIn, Mastodon, ...).

Platforms that cannot and must not be crawled give each person a download of
their own data. With the person's consent (`[[exports]]` in the consent file)
footprint reads it from disk and turns it into the crawler's own items
(crawler/items.py), so detection, linking, scoring and advice need no change.

API (for reader authors)
------------------------
- `archive.open_archive(path) -> Archive`: a .zip, folder or single file,
  checked before anything is read (path traversal, absolute names, zip bomb
  size/ratio caps, symlinks leaving the folder -> `ArchiveError`, one line).
  `Archive.names()`, `.find("data/tweets.js")` (any depth), `.glob("*/posts_*.json")`,
  `.open(name)` (binary stream, never extracted to disk), `.read_text/.read_json/.read_bytes`,
  `.size(name)`.
- A reader is a `Reader` subclass in its own module of this package,
  decorated with `@register`; modules here are discovered automatically
  (every module not starting with `_`, except `archive`, `common` and `ingest`):

      @register
      class TwitterReader(Reader):
          platform = "twitter"
          priority = 10                          # detection order, lower first
          def detect(self, archive) -> bool: ... # from the layout (member names), cheap
          def read(self, archive, ctx) -> Iterator[Item]: ...

- `read` yields ProfileItem / PostItem / ImageItem with
  `profile = ctx.source` (`export:<platform>:<archive file name>`),
  `visibility` one of public | followers | private | unknown from the
  export's own fields, and `url` = the public address where the export gives
  one, else `ctx.url(member, item_id)` = `export:<platform>:<member>#<item id>`.
  Location history is read only when `ctx.private_location` is true.
  Private messages are never opened.
- Helpers in `common`: `fix_mojibake` (Meta's double-encoded UTF-8), `iso_from_epoch`,
  `visibility_from("Friends")`, `member_for(archive, uri)`, `image_item(...)` (EXIF from the
  photo's bytes, else the JSON's coordinates), `guarded(ctx, where, gen)` (an odd record
  becomes a warning, the rest is read; warnings make the download's status `partial`).
- `ingest.ingest_exports(...)` streams a consent's downloads into the store (the scan's `collect`).
- `detect_platform(archive) -> str | None`, `get_reader(platform) -> Reader`,
  `read_export(path, platform="auto", private_location=False) -> ExportResult`
  (items + counts; the scan calls this).
"""
from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from footprint.crawler.items import Item
from footprint.crawler.exports.archive import Archive, ArchiveError, open_archive

__all__ = ["Archive", "ArchiveError", "ExportContext", "ExportResult", "Reader", "detect_platform",
           "get_reader", "open_archive", "read_export", "readers", "register"]

PLATFORMS = ("twitter", "facebook", "instagram", "linkedin", "mastodon", "google", "swarm", "strava", "gpx")
_NOT_READERS = {"archive", "common", "ingest"}


@dataclass
class ExportContext:
    """What a reader needs besides the archive: its labels and what it may read."""

    platform: str
    source: str                       # the items' `profile`: export:<platform>:<archive file name>
    private_location: bool = False    # the consent allows reading location history (as ground truth only)
    warnings: list[str] = field(default_factory=list)   # members skipped and why (shown as the status detail)

    def url(self, member: str, item_id: Any = "") -> str:
        """Evidence address of an item with no public URL: export:<platform>:<member>#<item id>."""
        return f"export:{self.platform}:{member}" + (f"#{item_id}" if item_id not in ("", None) else "")

    def warn(self, message: str) -> None:
        self.warnings.append(message)


class Reader:
    """One platform's download. Subclasses set `platform` and implement detect and read."""

    platform: str = ""
    priority: int = 100

    def detect(self, archive: Archive) -> bool:
        raise NotImplementedError

    def read(self, archive: Archive, ctx: ExportContext) -> Iterator[Item]:
        raise NotImplementedError


_REGISTRY: dict[str, Reader] = {}
_loaded = False


def register(cls: type[Reader]) -> type[Reader]:
    """Class decorator: make a reader known to detection and to `platform = "..."` in the consent."""
    if not cls.platform:
        raise TypeError(f"{cls.__name__} has no platform")
    _REGISTRY[cls.platform] = cls()
    return cls


def _load() -> None:
    global _loaded
    if _loaded:
        return
    for mod in pkgutil.iter_modules(__path__):
        if not mod.name.startswith("_") and mod.name not in _NOT_READERS:
            importlib.import_module(f"{__name__}.{mod.name}")
    _loaded = True


def readers() -> list[Reader]:
    """Every registered reader, in detection order."""
    _load()
    return sorted(_REGISTRY.values(), key=lambda r: (r.priority, r.platform))


def get_reader(platform: str) -> Reader:
    _load()
    try:
        return _REGISTRY[platform]
    except KeyError:
        raise ArchiveError(f"no reader for platform {platform!r} yet") from None


def detect_platform(archive: Archive) -> str | None:
    """The platform whose layout the archive has (first match in detection order), or None."""
    for reader in readers():
        try:
            if reader.detect(archive):
                return reader.platform
        except ArchiveError:
            continue
    return None


@dataclass
class ExportResult:
    path: Path
    platform: str
    source: str
    items: list[Item]
    warnings: list[str]


def iter_export(archive: Archive, platform: str = "auto", private_location: bool = False,
                ctx: ExportContext | None = None) -> tuple[ExportContext, Iterator[Item]]:
    """The context and a lazy item stream of an opened archive (streaming callers use this)."""
    if platform in ("", "auto", None):
        found = detect_platform(archive)
        if found is None:
            raise ArchiveError(f"export {archive.path}: not a download footprint recognises "
                               f"(say platform = \"...\" in the consent)")
        platform = found
    reader = get_reader(platform)
    ctx = ctx or ExportContext(platform, f"export:{platform}:{archive.path.name}", private_location)
    return ctx, reader.read(archive, ctx)


def read_export(path: str | Path, platform: str = "auto", private_location: bool = False) -> ExportResult:
    """Open, detect and read one download into items (ArchiveError with one line if it cannot)."""
    with open_archive(path) as archive:
        ctx, stream = iter_export(archive, platform, private_location)
        items = list(stream)
    return ExportResult(Path(path), ctx.platform, ctx.source, items, ctx.warnings)
