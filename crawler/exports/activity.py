"""Activity tracks as posts: one PostItem per recorded activity, its endpoints in `location`.

Shared by the Strava and plain-GPX readers. The post's location is where the
activity started (what a public activity map shows first); the end point and
times ride along in `location["track"]`, so analysis can find the home that
runs start and end at (analysis/link/tracks.py).
"""
from __future__ import annotations

from collections.abc import Iterator

from footprint.crawler.items import PostItem
from footprint.crawler.exports.tracks import Track, TrackError, read_tracks


def track_post(track: Track, *, profile: str, url: str, platform: str, title: str = "", text: str = "",
               published: str | None = None, visibility: str = "unknown") -> PostItem:
    published = published or (track.started.replace(microsecond=0).isoformat() if track.started else None)
    body = text or title or track.name
    return PostItem(profile=profile, url=url, platform=platform, text=body, title=title or track.name,
                    published=published,
                    location={"name": "", "lat": round(track.start.lat, 6), "lon": round(track.start.lon, 6),
                              "track": track.to_dict(), "sport": track.sport},
                    visibility=visibility)


def tracks_in(archive, member: str, ctx) -> list[Track]:
    """The tracks of one member; a broken file is a warning, not the end of the download."""
    try:
        with archive.open(member) as fh:
            return read_tracks(member, fh)
    except TrackError as exc:
        ctx.warn(f"{member}: {exc}")
        return []


def member_posts(archive, members: list[str], ctx, visibility: str = "unknown") -> Iterator[PostItem]:
    for member in members:
        for n, track in enumerate(tracks_in(archive, member, ctx)):
            yield track_post(track, profile=ctx.source, url=ctx.url(member, n), platform=ctx.platform,
                             visibility=visibility)
