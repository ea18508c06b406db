"""Foursquare Swarm check-ins (foursquare.com "Privacy settings" > "Download your data").

The download holds checkins*.json: `{"items": [check-in, ...]}` (or one
check-in object, as swarm-to-sqlite's sample). A check-in is a post at a
venue with coordinates and an address; "with" names the people the person
was with (associates, family); "shout" is the text. Swarm shows check-ins to
the person's friends, so visibility is `followers`, or `private` for an
off-the-grid (`private: true`) check-in.
"""
from __future__ import annotations

from collections.abc import Iterator

import ijson

from footprint.crawler.items import Item, PostItem
from footprint.crawler.exports import Archive, ExportContext, Reader, register
from footprint.crawler.exports.common import iso_from_epoch


def checkin_post(obj: dict, *, profile: str, url: str, platform: str = "swarm") -> PostItem | None:
    if not isinstance(obj, dict) or obj.get("type", "checkin") != "checkin":
        return None
    venue = obj.get("venue") if isinstance(obj.get("venue"), dict) else {}
    loc = venue.get("location") if isinstance(venue.get("location"), dict) else {}
    location = None
    if venue:
        location = {"name": str(venue.get("name") or "").strip()}
        if isinstance(loc.get("lat"), (int, float)) and isinstance(loc.get("lng"), (int, float)):
            location.update(lat=float(loc["lat"]), lon=float(loc["lng"]))
        address = ", ".join(str(x) for x in (loc.get("formattedAddress") or []) if x)
        if address:
            location["address"] = address
    people = [" ".join(x for x in (p.get("firstName", ""), p.get("lastName", "")) if x)
              for p in obj.get("with") or () if isinstance(p, dict)]
    shout = str(obj.get("shout") or "").strip()
    text = shout or (f"at {location['name']}" if location and location.get("name") else "")
    if people and not any(p.split()[0] in text for p in people if p):
        text = f"{text} — with {', '.join(people)}".strip(" —")
    visibility = "private" if obj.get("private") is True else "followers"
    return PostItem(profile=profile, url=url, platform=platform, text=text,
                    title=location.get("name", "") if location else "",
                    published=iso_from_epoch(obj.get("createdAt")), mentions=[p for p in people if p],
                    location=location, visibility=visibility)


def _checkin_objects(archive: Archive, member: str) -> Iterator[dict]:
    """Check-ins in one file, streamed: a bare list, `items[]` (also under `checkins`), or one object."""
    with archive.open(member) as fh:
        bare_list = fh.peek(64)[:64].lstrip().startswith(b"[")
    for prefix in (("item",) if bare_list else ("items.item", "checkins.items.item")):
        found = False
        with archive.open(member) as fh:
            for obj in ijson.items(fh, prefix, use_float=True):
                found = True
                yield obj
        if found:
            return
    if not bare_list:
        obj = archive.read_json(member)
        if isinstance(obj, dict) and "venue" in obj:
            yield obj


@register
class SwarmReader(Reader):
    platform = "swarm"
    priority = 45

    def detect(self, archive: Archive) -> bool:
        return bool(archive.glob("*checkin*.json"))

    def read(self, archive: Archive, ctx: ExportContext) -> Iterator[Item]:
        for member in archive.glob("*checkin*.json"):
            try:
                for n, obj in enumerate(_checkin_objects(archive, member)):
                    cid = obj.get("id") if isinstance(obj, dict) else None
                    short = obj.get("checkinShortUrl") if isinstance(obj, dict) else None
                    url = short if isinstance(short, str) and short.startswith("https://") else ctx.url(member, cid or n)
                    if post := checkin_post(obj, profile=ctx.source, url=url, platform=ctx.platform):
                        yield post
            except (ijson.JSONError, ijson.IncompleteJSONError) as exc:
                ctx.warn(f"{member}: not valid JSON ({str(exc).splitlines()[0] if str(exc) else 'parse error'})")
