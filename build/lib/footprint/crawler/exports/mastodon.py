"""Mastodon account archive: actor.json, outbox.json and media_attachments/, read with the ActivityPub adapter.

The archive holds the same ActivityStreams documents the server publishes,
so the crawler's own ActivityPub reader turns them into items; this module
only adds what the archive knows and a crawl does not: each post's audience
from its `to`/`cc` (Public or unlisted: public; the followers collection:
followers; only the people mentioned: private, a direct message, which is
skipped unread) and the attached photos' bytes for their EXIF.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from footprint.crawler.adapters import Parsed
from footprint.crawler.adapters.activitypub import _Reader as APReader
from footprint.crawler.adapters.activitypub import canonical_url
from footprint.crawler.items import Item, PostItem
from footprint.crawler.exports import ExportContext, Reader, register
from footprint.crawler.exports.archive import Archive, ArchiveError
from footprint.crawler.exports.common import guarded, image_item

PUBLIC = {"https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"}


def _as_list(value: Any) -> list:
    return value if isinstance(value, list) else [value] if value is not None else []


def audience(activity: dict) -> str:
    """public | followers | private from an activity's (or its object's) to/cc."""
    obj = activity.get("object") if isinstance(activity.get("object"), dict) else {}
    targets = [str(t) for src in (activity, obj) for k in ("to", "cc") for t in _as_list(src.get(k))]
    if not targets:
        return "unknown"
    if any(t in PUBLIC for t in targets):
        return "public"
    if any(t.endswith("/followers") for t in targets):
        return "followers"
    return "private"


def _member(archive: Archive, base: str) -> str | None:
    found = [n for n in archive.names() if n.rsplit("/", 1)[-1] == base]
    return min(found, key=len) if found else None


@register
class MastodonReader(Reader):
    platform = "mastodon"
    priority = 50

    def detect(self, archive: Archive) -> bool:
        outbox = _member(archive, "outbox.json")
        if not outbox:
            return False
        with archive.open(outbox) as fh:
            head = fh.read(2000)
        return b"activitystreams" in head or b"OrderedCollection" in head

    def read(self, archive: Archive, ctx: ExportContext) -> Iterator[Item]:
        actor_name, outbox_name = _member(archive, "actor.json"), _member(archive, "outbox.json")
        actor = self._load(archive, actor_name, ctx) if actor_name else None
        base = "https://mastodon.invalid/"
        if isinstance(actor, dict):
            base = canonical_url(actor, base) or str(actor.get("id") or base)
            out = Parsed("activitypub")
            APReader(base, ctx.source, out).document(actor)
            for item in out.items:
                item.profile, item.platform, item.visibility = ctx.source, "mastodon", "public"
                yield item
        outbox = self._load(archive, outbox_name, ctx) if outbox_name else None
        if not isinstance(outbox, dict):
            return
        for i, act in enumerate(_as_list(outbox.get("orderedItems") or outbox.get("items"))):
            if not isinstance(act, dict):
                continue
            yield from guarded(ctx, f"{outbox_name} #{i}", self._activity(act, i, base, outbox_name, archive, ctx))

    def _activity(self, act: dict, i: int, base: str, outbox_name: str, archive: Archive,
                  ctx: ExportContext) -> Iterator[Item]:
        vis = audience(act)
        if vis == "private":
            return  # a direct message: never read
        out = Parsed("activitypub")
        APReader(str(act.get("id") or base), ctx.source, out).document(act)
        for item in out.items:
            if not isinstance(item, PostItem):
                continue
            item.platform, item.visibility = "mastodon", vis
            if not item.url.startswith(("http://", "https://")):
                item.url = ctx.url(outbox_name, i)
            yield item
            yield from self._photos(act, item, archive, ctx, vis)

    def _photos(self, act: dict, post: PostItem, archive: Archive, ctx: ExportContext, vis: str) -> Iterator[Item]:
        obj = act.get("object") if isinstance(act.get("object"), dict) else {}
        for att in _as_list(obj.get("attachment")):
            if not isinstance(att, dict):
                continue
            url = att.get("url") if isinstance(att.get("url"), str) else ""
            if not re.search(r"\.(jpe?g|png|webp|heic|heif)$", url, re.I):
                continue
            path = url.split("://", 1)[-1].split("/", 1)[-1] if "://" in url else url.lstrip("/")
            member = path if path in archive else next(iter(archive.find(path)), None)
            img = image_item(archive, ctx, member, url=url if "://" in url else ctx.url(path), post_url=post.url,
                             posted_at=post.published, visibility=vis)
            if img is not None:
                yield img

    def _load(self, archive: Archive, name: str, ctx: ExportContext) -> Any:
        try:
            return archive.read_json(name)
        except ArchiveError as exc:
            ctx.warn(str(exc))
            return None
