"""X/Twitter archive: `data/*.js` files of the form `window.YTD.<name>.part0 = [ ... ]`.

Reads the account (handle, name, email, phone), the profile (bio, website,
location), and every tweet with its hashtags, mentions, links, media and
geo/place. Tweets are public unless the archive's protected-history says the
account was protected at the end (then followers). Direct messages
(`direct-messages*.js`) are never opened. Each tweet's evidence address is its
public URL, https://x.com/<user>/status/<id>.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator

import ijson
from email.utils import parsedate_to_datetime
from typing import Any

from footprint.crawler.adapters.images import read_image_metadata
from footprint.crawler.items import ImageItem, Item, PostItem, ProfileItem
from footprint.crawler.exports import ExportContext, Reader, register
from footprint.crawler.exports.archive import Archive, ArchiveError
from footprint.crawler.exports.common import guarded, iso_from_text

_PREFIX = re.compile(rb"^\s*window\.YTD\.[A-Za-z0-9_]+\.part\d+\s*=\s*")
_NEVER = re.compile(r"(^|/)direct-message", re.I)   # DMs and DM media: never read
TWEET_FILES = ("tweets.js", "tweet.js")


def load_ytd(archive: Archive, name: str) -> list[Any]:
    """The array a `window.YTD.*` file assigns (a plain JSON array is accepted too)."""
    if _NEVER.search(name):
        raise ArchiveError(f"{name}: private messages are never read")
    raw = archive.read_bytes(name)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    body = _PREFIX.sub(b"", raw, count=1).strip().rstrip(b";")
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ArchiveError(f"member {name} is not a window.YTD array: {exc}") from None
    if not isinstance(data, list):
        raise ArchiveError(f"member {name} is not a window.YTD array")
    return data


class _After:
    """A stream that gives `head` first, then the rest of `fh` (the YTD prefix already cut off)."""

    def __init__(self, head: bytes, fh):
        self.head, self.fh = head, fh

    def read(self, n: int = -1) -> bytes:
        if self.head:
            if n is None or n < 0:
                out, self.head = self.head + self.fh.read(), b""
                return out
            out, self.head = self.head[:n], self.head[n:]
            return out
        return self.fh.read(n)


def iter_ytd(archive: Archive, name: str) -> Iterator[Any]:
    """The elements of a `window.YTD.*` array one at a time, streamed from the archive member:
    a tweets.js of hundreds of megabytes never sits in memory whole."""
    if _NEVER.search(name):
        raise ArchiveError(f"{name}: private messages are never read")
    with archive.open(name) as fh:
        head = fh.read(4096)
        if head.startswith(b"\xef\xbb\xbf"):
            head = head[3:]
        m = _PREFIX.match(head)
        stream = _After(head[m.end():] if m else head, fh)
        try:
            yield from ijson.items(stream, "item", use_float=True)
        except ijson.JSONError as exc:
            raise ArchiveError(f"member {name} is not a window.YTD array: {exc}") from None


def _records(archive: Archive, name: str, key: str) -> list[dict]:
    try:
        rows = load_ytd(archive, name)
    except ArchiveError:
        return []
    return [r[key] for r in rows if isinstance(r, dict) and isinstance(r.get(key), dict)]


def _first(archive: Archive, *names: str) -> str | None:
    for n in names:
        found = [m for m in archive.find(f"data/{n}") or archive.find(n) if not _NEVER.search(m)]
        if found:
            return found[0]
    return None


def _tweet_parts(archive: Archive) -> list[str]:
    """tweets.js / tweet.js and their -partN.js continuations, in order."""
    names = [n for n in archive.names() if re.search(r"(^|/)tweets?(-part\d+)?\.js$", n, re.I)
             and not _NEVER.search(n)]
    return sorted(names, key=lambda n: (len(n), n))


def _created(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        return parsedate_to_datetime(value).replace(microsecond=0).isoformat()
    except (TypeError, ValueError):
        return iso_from_text(value)


def _location(tweet: dict) -> dict | None:
    """The exact point (geo/coordinates) when the tweet has one; else only the place's name: a
    place's bounding box covers a suburb or a city, and its centre is not where the person was."""
    geo = tweet.get("geo") or {}
    coords = geo.get("coordinates") if isinstance(geo, dict) else None
    place = tweet.get("place") if isinstance(tweet.get("place"), dict) else {}
    name = str(place.get("full_name") or place.get("name") or "")
    try:
        if coords and len(coords) == 2:                     # geo is [lat, lon]
            return {"name": name, "lat": float(coords[0]), "lon": float(coords[1])}
        c = (tweet.get("coordinates") or {}).get("coordinates")
        if c and len(c) == 2:                               # coordinates is GeoJSON [lon, lat]
            return {"name": name, "lat": float(c[1]), "lon": float(c[0])}
    except (TypeError, ValueError, AttributeError):
        pass
    return {"name": name} if name else None


@register
class TwitterReader(Reader):
    platform = "twitter"
    priority = 10

    def detect(self, archive: Archive) -> bool:
        keys = [n for n in archive.names() if re.search(r"(^|/)(account|profile|tweets?(-part\d+)?)\.js$", n, re.I)]
        return any(_starts_ytd(archive, n) for n in keys[:5])

    def read(self, archive: Archive, ctx: ExportContext) -> Iterator[Item]:
        acct_name = _first(archive, "account.js")
        account = (_records(archive, acct_name, "account") or [{}])[0] if acct_name else {}
        username = account.get("username") or ""
        prof_name = _first(archive, "profile.js")
        profile = (_records(archive, prof_name, "profile") or [{}])[0] if prof_name else {}
        visibility = "public"
        prot_name = _first(archive, "protected-history.js")
        if prot_name:
            history = _records(archive, prot_name, "protectedHistory")
            if history and str(history[-1].get("action", "")).lower() == "protect":
                visibility = "followers"
        phones = [account["phoneNumber"]] if account.get("phoneNumber") else []
        phone_name = _first(archive, "phone-number.js")
        if phone_name:
            phones += [d.get("phoneNumber") for d in _records(archive, phone_name, "device")
                       if d.get("phoneNumber") and d.get("phoneNumber") not in phones]
        base = f"https://x.com/{username}" if username else ""
        if account or profile:
            desc = profile.get("description") or {}
            fields = {k: v for k, v in (("Location", desc.get("location")), ("Website", desc.get("website")))
                      if isinstance(v, str) and v.strip()}
            yield ProfileItem(profile=ctx.source, url=base or ctx.url(acct_name or prof_name or "", "account"),
                              platform="twitter", name=account.get("accountDisplayName") or "",
                              handle=f"@{username}" if username else "", summary=desc.get("bio") or "",
                              fields=fields, links=[desc["website"]] if desc.get("website") else [],
                              avatar=profile.get("avatarMediaUrl") or "", visibility=visibility)
        if account.get("email") or phones:
            # The account's email and phone are settings X never shows: private.
            yield ProfileItem(profile=ctx.source, url=ctx.url(acct_name or "account.js", "account-settings"),
                              platform="twitter", name=account.get("accountDisplayName") or "",
                              emails=[account["email"]] if account.get("email") else [], phones=phones,
                              visibility="private")
        media = {n.rsplit("/", 1)[-1]: n for n in archive.names()
                 if re.search(r"(^|/)tweets?_media/", n, re.I)}
        for part in _tweet_parts(archive):
            try:
                for row in iter_ytd(archive, part):
                    tweet = row.get("tweet", row) if isinstance(row, dict) else None
                    if isinstance(tweet, dict):
                        yield from guarded(ctx, f"{part} tweet {tweet.get('id_str', '?')}",
                                           self._tweet(tweet, username, visibility, part, media, archive, ctx))
            except ArchiveError as exc:
                ctx.warn(str(exc))

    def _tweet(self, tweet: dict, username: str, visibility: str, member: str, media: dict[str, str],
               archive: Archive, ctx: ExportContext) -> Iterator[Item]:
        tid = str(tweet.get("id_str") or tweet.get("id") or "")
        if not tid:
            return
        url = f"https://x.com/{username}/status/{tid}" if username else ctx.url(member, tid)
        ents = tweet.get("entities") or {}
        ext = (tweet.get("extended_entities") or {}).get("media") or ents.get("media") or []
        images = [m.get("media_url_https") or m.get("media_url") for m in ext if isinstance(m, dict)]
        images = [i for i in images if i]
        published = _created(tweet.get("created_at"))
        yield PostItem(profile=ctx.source, url=url, platform="twitter",
                       text=str(tweet.get("full_text") or tweet.get("text") or ""),
                       published=published,
                       links=[u.get("expanded_url") for u in ents.get("urls") or [] if u.get("expanded_url")],
                       mentions=[f"@{m.get('screen_name')}" for m in ents.get("user_mentions") or []
                                 if m.get("screen_name")],
                       hashtags=[f"#{h.get('text')}" for h in ents.get("hashtags") or [] if h.get("text")],
                       images=images, location=_location(tweet), visibility=visibility)
        for img in images:
            local = media.get(f"{tid}-{img.rsplit('/', 1)[-1]}")
            if not local:
                continue
            try:
                body = archive.read_bytes(local, limit=50_000_000)
            except ArchiveError as exc:
                ctx.warn(str(exc))
                continue
            meta = read_image_metadata(body)
            yield ImageItem(profile=ctx.source, url=img, sha256=hashlib.sha256(body).hexdigest(), post_url=url,
                            posted_at=published, format=meta.format, lat=meta.lat, lon=meta.lon,
                            altitude=meta.altitude, taken_at=meta.taken_at, make=meta.make, model=meta.model,
                            error=meta.error, visibility=visibility)


def _starts_ytd(archive: Archive, name: str) -> bool:
    with archive.open(name) as fh:
        return bool(_PREFIX.match(fh.read(200)))
