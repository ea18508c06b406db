"""Read a consent's data downloads into the store, as one more source of a scan's items.

Nothing is fetched: each `[[exports]]` entry is opened (already checked by
the consent gate), its platform detected or taken from the consent, and its
items streamed into the store in batches, so a multi-gigabyte download never
sits in memory whole. Each download gets a status line in the report, like a
crawled profile (platform "export").
"""
from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from footprint.crawler.store import Store
from footprint.crawler.exports import ArchiveError, iter_export, open_archive

BATCH = 1000


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def ingest_exports(exports: Iterable[Any], db_path: str | Path, scan_id: int, subject: str,
                   on_event: Callable[[dict], None] | None = None, *,
                   passphrase: str | None = None) -> list[dict[str, Any]]:
    """Read every export (crawler.consent.ConsentExport) into scan `scan_id`; return their statuses."""
    statuses = []
    with Store(db_path, passphrase) as store:
        for export in exports:
            source = f"export:{export.platform if export.platform != 'auto' else 'unknown'}:{Path(export.path).name}"
            count, status, detail = 0, "ok", ""
            try:
                with open_archive(export.path) as archive:
                    ctx, stream = iter_export(archive, export.platform, export.private_location)
                    source = ctx.source
                    for batch in _batches(stream, BATCH):
                        store.add_items(scan_id, subject, batch)
                        count += len(batch)
                        if on_event is not None:
                            on_event({"event": "export", "source": source, "items": count})
                    detail = "; ".join(ctx.warnings[:5])
                    if ctx.warnings:
                        status = "partial"
            except ArchiveError as exc:
                status, detail = "error", str(exc)
            except (ValueError, KeyError, TypeError, OSError, zipfile.BadZipFile, EOFError) as exc:
                # a malformed member a reader did not foresee: this download fails, the scan goes on
                status, detail = "error", f"cannot read {Path(export.path).name}: {type(exc).__name__}: {exc}"
            store.set_profile_status(scan_id, source, "export", status, detail, pages=0, items=count)
            statuses.append({"url": source, "platform": "export", "status": status, "detail": detail,
                             "pages": 0, "items": count})
    return statuses
