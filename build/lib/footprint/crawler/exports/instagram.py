"""Instagram "Download your information" (JSON format), old and 2024 layouts.

Reads the profile (personal_information.json: name, username, bio, email,
phone, website), posts (`posts_1.json`...) and reels (`reels.json`) and stories (`stories.json`) with
their captions, media (EXIF from the photo bytes when the download has them,
else the coordinates Meta's `exif_data` records) and location where present.
Captions carry Meta's double-encoded UTF-8 and are repaired. The account's
audience is `followers` when the download says the account is private,
`public` when it says public, else `unknown`. Messages are never opened.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from footprint.crawler.items import Item, PostItem, ProfileItem
from footprint.crawler.exports import ExportContext, Reader, register
from footprint.crawler.exports.archive import Archive, ArchiveError
from footprint.crawler.exports.common import fix_mojibake, guarded, image_item, iso_from_epoch, member_for

_NEVER = re.compile(r"(^|/)(messages|inbox|message_requests)/|(^|/)message_\d", re.I)
_POSTS = re.compile(r"(^|/)posts_[^/]*\.json$", re.I)
_REELS = re.compile(r"(^|/)(reels[^/]*|stories)\.json$", re.I)
_PERSONAL = re.compile(r"(^|/)personal_information\.json$", re.I)
_PRIVACY = re.compile(r"(^|/)account_privacy_changes\.json$|(^|/)account_privacy\.json$", re.I)
_FOLLOWERS = re.compile(r"(^|/)followers(_\d+)?\.json$", re.I)


def _safe(archive: Archive) -> list[str]:
    return [n for n in archive.names() if not _NEVER.search(n)]


def _string_map(data: Any) -> dict[str, str]:
    """Instagram's {"string_map_data": {"Email": {"value": ...}}} blocks, flattened."""
    out: dict[str, str] = {}
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "string_map_data" and isinstance(value, dict):
                for k, v in value.items():
                    if isinstance(v, dict) and isinstance(v.get("value"), str) and v["value"].strip():
                        out.setdefault(k, v["value"].strip())
            else:
                out.update({k: v for k, v in _string_map(value).items() if k not in out})
    elif isinstance(data, list):
        for v in data:
            out.update({k: x for k, x in _string_map(v).items() if k not in out})
    return out


def _location(media: dict, post: dict) -> dict | None:
    for src in (post.get("location"), media.get("location"), media.get("place")):
        if isinstance(src, dict):
            name = str(src.get("name") or "")
            lat, lon = src.get("latitude", src.get("lat")), src.get("longitude", src.get("lng", src.get("lon")))
            if lat is not None and lon is not None:
                return {"name": name, "lat": float(lat), "lon": float(lon)}
            if name:
                return {"name": name}
        elif isinstance(src, str) and src.strip():
            return {"name": src.strip()}
    return None


def _exif(media: dict) -> dict:
    meta = media.get("media_metadata") or {}
    for kind in ("photo_metadata", "video_metadata"):
        exif = (meta.get(kind) or {}).get("exif_data") if isinstance(meta, dict) else None
        if isinstance(exif, list):
            for e in exif:
                if isinstance(e, dict) and e.get("latitude") is not None:
                    return e
    return {}


@register
class InstagramReader(Reader):
    platform = "instagram"
    priority = 30

    def detect(self, archive: Archive) -> bool:
        for n in _safe(archive):
            if _POSTS.search(n) or _REELS.search(n):
                with archive.open(n) as fh:
                    head = fh.read(400)
                if b'"media"' in head or b'"ig_reels_media"' in head or b'"ig_stories"' in head:
                    return True
        return False

    def read(self, archive: Archive, ctx: ExportContext) -> Iterator[Item]:
        names = _safe(archive)
        visibility = "unknown"
        for n in names:
            if _PRIVACY.search(n):
                data = self._load(archive, n, ctx)
                words = " ".join(_string_map(data).values()).lower()
                if "private" in words:
                    visibility = "followers"
                elif "public" in words:
                    visibility = "public"
        personal = next((n for n in names if _PERSONAL.search(n)), None)
        if personal:
            info = _string_map(self._load(archive, personal, ctx))
            yield self._profile(info, ctx, visibility, personal, names, archive)
        for n in names:
            if _POSTS.search(n) or _REELS.search(n):
                data = self._load(archive, n, ctx)
                rows = data if isinstance(data, list) else next(
                    (v for v in (data or {}).values() if isinstance(v, list)), [])
                for i, post in enumerate(rows):
                    if isinstance(post, dict):
                        yield from guarded(ctx, f"{n} #{i}", self._post(post, n, i, archive, ctx, visibility))

    def _load(self, archive: Archive, name: str, ctx: ExportContext) -> Any:
        try:
            return fix_mojibake(archive.read_json(name))
        except ArchiveError as exc:
            ctx.warn(str(exc))
            return None

    def _profile(self, info: dict, ctx: ExportContext, visibility: str, member: str, names: list[str],
                 archive: Archive) -> ProfileItem:
        username = info.get("Username", "")
        followers = sum(len(d) if isinstance(d := self._load(archive, n, ctx), list) else
                        len(next((v for v in (d or {}).values() if isinstance(v, list)), []))
                        for n in names if _FOLLOWERS.search(n))
        fields = {k: v for k, v in (("Website", info.get("Website")), ("Gender", info.get("Gender")),
                                    ("Date of birth", info.get("Date of birth")), ("City", info.get("City")))
                  if v}
        if followers:
            fields["Followers"] = f"{followers} followers"
        # Email, phone and birth date are account settings, not shown on the profile: private.
        return ProfileItem(profile=ctx.source,
                           url=f"https://www.instagram.com/{username}/" if username else ctx.url(member, "profile"),
                           platform="instagram", name=info.get("Name", ""), handle=username,
                           summary=info.get("Bio", ""), fields=fields,
                           links=[info["Website"]] if info.get("Website") else [], visibility=visibility)

    def _post(self, post: dict, member: str, index: int, archive: Archive, ctx: ExportContext,
              visibility: str) -> Iterator[Item]:
        media = [m for m in post.get("media") or [] if isinstance(m, dict)] or ([post] if post.get("uri") else [])
        first = media[0] if media else {}
        caption = str(post.get("title") or first.get("title") or "")
        ts = post.get("creation_timestamp") or first.get("creation_timestamp")
        published = iso_from_epoch(ts)
        url = ctx.url(member, ts if ts is not None else index)
        location = _location(first, post)
        yield PostItem(profile=ctx.source, url=url, platform="instagram", text=caption, published=published,
                       images=[ctx.url(m["uri"]) for m in media if m.get("uri")], location=location,
                       hashtags=re.findall(r"#\w+", caption), mentions=re.findall(r"(?<!\w)@[\w.]+", caption),
                       visibility=visibility)
        for m in media:
            uri = m.get("uri")
            if not uri or not re.search(r"\.(jpe?g|png|webp|heic|heif)$", uri, re.I):
                continue
            exif = _exif(m)
            img = image_item(archive, ctx, member_for(archive, uri), url=ctx.url(uri), post_url=url,
                             posted_at=iso_from_epoch(m.get("creation_timestamp")) or published,
                             visibility=visibility, lat=exif.get("latitude"), lon=exif.get("longitude"))
            if img is not None:
                yield img
