"""The subject's own location history, streamed from the downloads a scan was allowed to read it from.

Read only for `[[exports]]` entries with `private_location = true` (the stored scan specification says
which), never stored, and handed to the analysis as ground truth: it says which published places are
really home or work, and adds nothing to the score (analysis/link/location_truth.py).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from footprint.crawler.exports.archive import ArchiveError, open_archive
from footprint.crawler.exports.google import location_members
from footprint.crawler.exports.locations import LocationError, LocationPoint, location_points


def location_history(exports: Iterable[Any]) -> Iterator[LocationPoint]:
    """Every location point of the exports that allow it (dicts or ConsentExports with path/private_location)."""
    for export in exports:
        get = export.get if isinstance(export, dict) else lambda k, e=export: getattr(e, k, None)
        if get("private_location") is not True or not get("path"):
            continue
        try:
            with open_archive(Path(get("path"))) as archive:
                for member in location_members(archive):
                    try:
                        yield from location_points(lambda m=member: archive.open(m))
                    except LocationError:
                        continue
        except ArchiveError:
            continue
