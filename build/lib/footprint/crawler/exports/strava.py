"""Strava bulk export ("Download or Delete Your Account" > "Request your archive").

activities.csv lists every activity (name, date, type, description, the
track file under activities/, often .gz); profile.csv the athlete. Tracks
are read by crawler/exports/tracks.py and kept as endpoints: a run that
starts at the same front door on many mornings reveals the door. The csv
has two columns each called "Elapsed Time" and "Distance", so rows are read
by position-safe DictReader keys (the first of each name wins).
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from footprint.crawler.items import Item, PostItem, ProfileItem
from footprint.crawler.exports import Archive, ExportContext, Reader, register
from footprint.crawler.exports.activity import track_post, tracks_in
from footprint.crawler.exports.common import iso_from_text, visibility_from

DATE_FORMATS = ("%b %d, %Y, %I:%M:%S %p", "%d %b %Y, %H:%M:%S", "%Y-%m-%d %H:%M:%S")
PUBLIC_URL = "https://www.strava.com/activities/{id}"


def _rows(archive: Archive, member: str) -> Iterator[dict[str, str]]:
    with archive.open(member) as fh:
        text = io.TextIOWrapper(fh, encoding="utf-8-sig", errors="replace", newline="")
        reader = csv.reader(text)
        header = next(reader, None)
        if not header:
            return
        for row in reader:
            record: dict[str, str] = {}
            for key, value in zip(header, row):
                record.setdefault(key.strip(), value.strip())
            yield record


def activity_visibility(row: dict[str, str]) -> str:
    """Strava's csv has no audience column in most exports; use one when it is there."""
    for key in ("Activity Visibility", "Visibility"):
        if row.get(key):
            word = row[key].lower().replace("only_me", "only me")
            return visibility_from({"everyone": "public", "followers_only": "followers"}.get(word, word))
    if row.get("Activity Private", "").lower() in ("true", "1", "yes"):
        return "private"
    return "unknown"


def strava_date(text: str) -> str | None:
    """Strava writes "Feb 6, 2013, 12:11:14 PM" (UTC); ISO 8601 UTC or None."""
    iso = iso_from_text(text, DATE_FORMATS)
    return iso + "+00:00" if iso and "+" not in iso[10:] and not iso.endswith("Z") else iso


@register
class StravaReader(Reader):
    platform = "strava"
    priority = 40

    def detect(self, archive: Archive) -> bool:
        return bool(archive.find("activities.csv"))

    def read(self, archive: Archive, ctx: ExportContext) -> Iterator[Item]:
        for member in archive.find("profile.csv")[:1]:
            yield from self._profile(archive, member, ctx)
        for member in archive.find("activities.csv")[:1]:
            root = member.rsplit("/", 1)[0] + "/" if "/" in member else ""
            for row in _rows(archive, member):
                yield from self._activity(archive, root, member, row, ctx)

    def _profile(self, archive: Archive, member: str, ctx: ExportContext) -> Iterator[Item]:
        for row in _rows(archive, member):
            name = " ".join(x for x in (row.get("First Name", ""), row.get("Last Name", "")) if x)
            place = ", ".join(x for x in (row.get("City", ""), row.get("State", ""), row.get("Country", "")) if x)
            fields = {k: v for k, v in (("location", place), ("sex", row.get("Sex", ""))) if v}
            athlete = row.get("Athlete ID", "")
            url = f"https://www.strava.com/athletes/{athlete}" if athlete.isdigit() else ctx.url(member, "profile")
            yield ProfileItem(profile=ctx.source, url=url, platform=ctx.platform, name=name,
                              summary=row.get("Description", ""), fields=fields, visibility="public")
            return

    def _activity(self, archive: Archive, root: str, member: str, row: dict[str, str],
                  ctx: ExportContext) -> Iterator[Item]:
        act_id = row.get("Activity ID", "")
        url = PUBLIC_URL.format(id=act_id) if act_id.isdigit() else ctx.url(member, act_id or "row")
        title = row.get("Activity Name", "")
        text = "\n".join(x for x in (title, row.get("Activity Description", "")) if x)
        published = strava_date(row.get("Activity Date", ""))
        visibility = activity_visibility(row)
        filename = row.get("Filename", "")
        track_member = root + filename if filename else ""
        tracks = tracks_in(archive, track_member, ctx) if track_member in archive else []
        if filename and track_member not in archive:
            ctx.warn(f"{filename}: listed in activities.csv but not in the download")
        if tracks:
            post = track_post(tracks[0], profile=ctx.source, url=url, platform=ctx.platform, title=title,
                              text=text, published=published, visibility=visibility)
            post.location["sport"] = row.get("Activity Type", "") or post.location.get("sport", "")
            yield post
        elif text:
            yield PostItem(profile=ctx.source, url=url, platform=ctx.platform, text=text, title=title,
                           published=published, visibility=visibility)
