"""A folder or zip of GPX (or FIT/TCX) files from any device or app: each track one post.

The fallback for fitness downloads footprint has no dedicated reader for
(Garmin Connect, Komoot, a phone app's export): the files carry no audience,
so every track is `unknown` visibility.
"""
from __future__ import annotations

from collections.abc import Iterator

from footprint.crawler.items import Item
from footprint.crawler.exports import Archive, ExportContext, Reader, register
from footprint.crawler.exports.activity import member_posts
from footprint.crawler.exports.tracks import is_track_name


@register
class GpxReader(Reader):
    platform = "gpx"
    priority = 90                       # after every platform with its own layout

    def detect(self, archive: Archive) -> bool:
        names = archive.names()
        return bool(names) and any(is_track_name(n) for n in names) and not archive.find("activities.csv")

    def read(self, archive: Archive, ctx: ExportContext) -> Iterator[Item]:
        yield from member_posts(archive, [n for n in archive.names() if is_track_name(n)], ctx)
