"""Facebook "Download Your Information" (JSON format), 2020 and 2022+ layouts.

Reads profile information (name, city, hometown, address, work, education,
family, relationship, phones, emails), posts with their text, places, photos
and audience where the export records one, album photos (description, EXIF
position from the photo or from the JSON's exif_data), and the friends list as a count.
Facebook writes UTF-8 twice (each byte as a \\u00XX escape): every string is
repaired with `fix_mojibake`. Messages (`messages/`, `message_*.json`) are
never opened, nor even listed as candidates.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from footprint.crawler.items import Item, PostItem, ProfileItem
from footprint.crawler.exports import ExportContext, Reader, register
from footprint.crawler.exports.archive import Archive, ArchiveError
from footprint.crawler.exports.common import fix_mojibake, guarded, image_item, iso_from_epoch, member_for, visibility_from

_NEVER = re.compile(r"(^|/)(messages|inbox|message_requests|archived_threads|e2ee_cutover)/|(^|/)message_\d", re.I)
_PROFILE = re.compile(r"(^|/)profile_information\.json$", re.I)
_FRIENDS = re.compile(r"(^|/)(friends|your_friends)\.json$", re.I)
_POSTS = re.compile(r"(^|/)(your_posts(__check_ins__photos_and_videos)?_\d+|your_posts|posts_on_other_pages_and_profiles_?\d*)\.json$", re.I)
_ALBUM = re.compile(r"(^|/)(album/\d+|your_photos|your_uncategori[sz]ed_photos)\.json$", re.I)
_CHECKINS = re.compile(r"(^|/)(check-ins|check_ins|your_check_ins)\.json$", re.I)


def _safe(archive: Archive) -> list[str]:
    return [n for n in archive.names() if not _NEVER.search(n)]


def _load(archive: Archive, name: str, ctx: ExportContext) -> Any:
    try:
        return fix_mojibake(archive.read_json(name))
    except ArchiveError as exc:
        ctx.warn(str(exc))
        return None


def _name(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("full_name") or value.get("name") or "").strip()
    return str(value or "").strip()


@register
class FacebookReader(Reader):
    platform = "facebook"
    priority = 20

    def detect(self, archive: Archive) -> bool:
        names = _safe(archive)
        if not any(_PROFILE.search(n) or _POSTS.search(n) for n in names):
            return False
        prof = [n for n in names if _PROFILE.search(n)]
        if prof:
            with archive.open(prof[0]) as fh:
                return b'"profile' in fh.read(300)
        return True

    def read(self, archive: Archive, ctx: ExportContext) -> Iterator[Item]:
        names = _safe(archive)
        prof_name = next((n for n in names if _PROFILE.search(n)), None)
        profile: dict = {}
        if prof_name:
            data = _load(archive, prof_name, ctx) or {}
            profile = data.get("profile_v2") or data.get("profile") or {}
        friends = 0
        for n in names:
            if _FRIENDS.search(n):
                data = _load(archive, n, ctx) or {}
                rows = data.get("friends_v2") or data.get("friends") if isinstance(data, dict) else data
                friends += len(rows) if isinstance(rows, list) else 0
        username = str(profile.get("username") or "")
        profile_url = str(profile.get("profile_uri") or "") or (f"https://www.facebook.com/{username}" if username
                                                                  else ctx.url(prof_name or "profile", "profile"))
        if profile or friends:
            yield self._profile(profile, profile_url, friends, ctx.source)
        for n in names:
            if _ALBUM.search(n):
                data = _load(archive, n, ctx)
                photos = (data or {}).get("photos") if isinstance(data, dict) else data
                for i, photo in enumerate(photos or []):
                    if isinstance(photo, dict):
                        yield from guarded(ctx, f"{n} #{i}", self._photo(photo, n, i, archive, ctx))
            if _POSTS.search(n) or _CHECKINS.search(n):
                data = _load(archive, n, ctx)
                rows = data if isinstance(data, list) else next(
                    (v for v in (data or {}).values() if isinstance(v, list)), [])
                for i, post in enumerate(rows):
                    if isinstance(post, dict):
                        yield from guarded(ctx, f"{n} #{i}", self._post(post, n, i, archive, ctx))

    def _profile(self, p: dict, url: str, friends: int, source: str) -> ProfileItem:
        fields: dict[str, str] = {}

        def put(key: str, value: Any) -> None:
            if isinstance(value, str) and value.strip():
                fields[key] = value.strip()

        put("Lives in", _name(p.get("current_city")))
        put("Hometown", _name(p.get("hometown")))
        addr = p.get("address") or p.get("current_address")
        if isinstance(addr, dict):
            put("Address", ", ".join(str(addr[k]) for k in ("street", "city", "region", "zipcode", "country")
                                     if addr.get(k)))
        work = [w for w in p.get("work_experiences") or [] if isinstance(w, dict)]
        if work:
            current = next((w for w in work if not w.get("end_timestamp")), work[0])
            put("Works for", current.get("employer"))
            put("Job title", current.get("title"))
            put("Work location", current.get("location"))
            earlier = [f"{w.get('title') or ''} at {w.get('employer')}".strip() for w in work
                       if w is not current and w.get("employer")]
            put("Work history", "; ".join(earlier))
        put("Education", "; ".join(_name(e) for e in p.get("education_experiences") or [] if _name(e)))
        rel = p.get("relationship") or {}
        if isinstance(rel, dict):
            partner = rel.get("partner") or ""
            put("Relationship", f"{rel.get('status') or ''}{' to ' + partner if partner else ''}")
        family = [f"my {str(f.get('relation') or 'relative').lower()} {_name(f)}"
                  for f in p.get("family_members") or [] if isinstance(f, dict) and _name(f)]
        put("Family", "; ".join(family))
        bday = p.get("birthday") or {}
        if isinstance(bday, dict) and bday.get("year"):
            put("Birthday", f"{bday.get('year')}-{int(bday.get('month') or 1):02d}-{int(bday.get('day') or 1):02d}")
        if friends:
            put("Friends", f"{friends} friends")
        emails = (p.get("emails") or {}).get("emails") if isinstance(p.get("emails"), dict) else p.get("emails")
        phones = [ph.get("phone_number") for ph in p.get("phone_numbers") or []
                  if isinstance(ph, dict) and ph.get("phone_number")]
        websites = [w.get("address") for w in p.get("websites") or [] if isinstance(w, dict) and w.get("address")]
        username = str(p.get("username") or "")
        # Profile details have per-field audiences Facebook does not export: unknown (full weight).
        return ProfileItem(profile=source, url=url, platform="facebook", name=_name(p.get("name")),
                           handle=username, fields=fields,
                           emails=[e for e in emails or [] if isinstance(e, str)], phones=phones,
                           links=websites, visibility="unknown")

    def _photo(self, photo: dict, member: str, index: int, archive: Archive, ctx: ExportContext) -> Iterator[Item]:
        """An album photo: its description as a post, its EXIF position as an image."""
        uri = photo.get("uri")
        if not uri:
            return
        ts = photo.get("creation_timestamp")
        published = iso_from_epoch(ts)
        visibility = visibility_from(photo.get("audience"))
        url = ctx.url(member, ts if ts is not None else index)
        if str(photo.get("description") or "").strip():
            yield PostItem(profile=ctx.source, url=url, platform="facebook", text=photo["description"],
                           title=str(photo.get("title") or ""), published=published, images=[ctx.url(uri)],
                           visibility=visibility)
        yield from _media_image(photo, archive, ctx, url, published, visibility)

    def _post(self, post: dict, member: str, index: int, archive: Archive, ctx: ExportContext) -> Iterator[Item]:
        ts = post.get("timestamp")
        published = iso_from_epoch(ts)
        texts, place, photos, links = [], None, [], []
        for d in post.get("data") or []:
            if isinstance(d, dict) and isinstance(d.get("post"), str):
                texts.append(d["post"])
        for att in post.get("attachments") or []:
            for d in (att.get("data") or []) if isinstance(att, dict) else []:
                if not isinstance(d, dict):
                    continue
                if isinstance(d.get("place"), dict):
                    pl = d["place"]
                    coord = pl.get("coordinate") or {}
                    place = {"name": str(pl.get("name") or pl.get("address") or "")}
                    if isinstance(coord, dict) and coord.get("latitude") is not None:
                        place.update(lat=float(coord["latitude"]), lon=float(coord["longitude"]))
                if isinstance(d.get("media"), dict):
                    photos.append(d["media"])
                    if d["media"].get("description") and d["media"]["description"] not in texts:
                        texts.append(d["media"]["description"])
                ext = d.get("external_context")
                if isinstance(ext, dict) and ext.get("url"):
                    links.append(ext["url"])
        audience = next((post[k] for k in ("audience", "privacy", "visibility") if k in post), None)
        visibility = visibility_from(audience)
        url = ctx.url(member, ts if ts is not None else index)
        tags = [f"@{_name(t)}" for t in post.get("tags") or [] if _name(t)]
        text = "\n".join(t for t in texts if t.strip())
        title = str(post.get("title") or "")
        if not (text or place or photos):
            return
        yield PostItem(profile=ctx.source, url=url, platform="facebook", text=text, title=title,
                       published=published, links=links, mentions=tags,
                       images=[ctx.url(m.get("uri", "")) for m in photos if m.get("uri")],
                       location=place, visibility=visibility)
        for m in photos:
            if m.get("uri"):
                yield from _media_image(m, archive, ctx, url, published, visibility)


def _media_image(media: dict, archive: Archive, ctx: ExportContext, post_url: str, published, visibility: str
                 ) -> Iterator[Item]:
    """A photo of the download as an image item, at the position its `exif_data` records."""
    exif = ((media.get("media_metadata") or {}).get("photo_metadata") or {}).get("exif_data") or [{}]
    exif = exif[0] if isinstance(exif, list) and exif else {}
    img = image_item(archive, ctx, member_for(archive, media["uri"]), url=ctx.url(media["uri"]), post_url=post_url,
                     posted_at=published, visibility=visibility, lat=exif.get("latitude"), lon=exif.get("longitude"))
    if img is not None:
        yield img
