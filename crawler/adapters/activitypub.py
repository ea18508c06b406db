"""ActivityPub adapter: actors, outboxes, pages and posts (Mastodon-shaped JSON).

Reads one ActivityStreams document: an actor becomes a ProfileItem (its
PropertyValue fields are where people put employer, phone and location), a
collection or page yields its posts and names its `first`/`next` pages as parts,
and each Note/Article/Image/Page becomes a PostItem with its images, place and
tags. Truncated JSON is repaired back to its last complete value.
"""
from __future__ import annotations

import json
import logging
from collections import deque
from typing import Any
from urllib.parse import urlsplit

from footprint.crawler.adapters import ImageRef, Parsed
from footprint.crawler.adapters.text import (
    absolutize, as_list, as_str, clean_email, clean_phone, collapse, dedupe, dedupe_ci,
    extract_hashtags, extract_links, extract_mentions, find_emails, find_phones, fragment_links, html_images,
    html_links, html_to_text, make_location, merge_mentions, parse_fragment, to_utc_iso,
)
from footprint.crawler.items import PostItem, ProfileItem

logger = logging.getLogger(__name__)
PLATFORM = "activitypub"

ACTOR_TYPES = {"Person", "Service", "Application", "Group", "Organization"}
COLLECTION_TYPES = {"OrderedCollection", "Collection"}
PAGE_TYPES = {"OrderedCollectionPage", "CollectionPage"}
WRAPPER_TYPES = {"Create", "Announce"}
OBJECT_TYPES = {"Note", "Article", "Image", "Page", "Video", "Audio", "Document", "Event", "Question"}
AP_TYPES = ACTOR_TYPES | COLLECTION_TYPES | PAGE_TYPES | WRAPPER_TYPES | OBJECT_TYPES
_IMAGE_EXT = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".heic", ".heif", ".avif", ".tif", ".tiff")
_MAX_ITEMS = 1000        # a page listing more is either hostile or not a page
_MAX_REPAIR_TRIES = 40


def parse(url: str, body: bytes, profile: str, content_type: str = "") -> Parsed:
    out = Parsed(PLATFORM)
    doc, problem = _decode(body)
    if problem:
        out.problems.append(problem)
    if not isinstance(doc, dict):
        return out
    _Reader(url, profile, out).document(doc)
    return out


def load_json(body: bytes) -> Any:
    """json.loads that survives invalid UTF-8 and truncation (returns None if hopeless)."""
    return _decode(body)[0]


def _decode(body: bytes) -> tuple[Any, str]:
    """The JSON document and, if it had to be repaired or could not be read, why."""
    if not isinstance(body, (bytes, bytearray)):
        return None, ""
    text = bytes(body).decode("utf-8", errors="replace").lstrip("\ufeff")
    try:
        return json.loads(text), ""
    except RecursionError:
        return None, "JSON nested too deeply to read"
    except ValueError:
        if not text.strip():
            return None, ""
        doc = _repair_truncated(text)
        if doc is None:
            return None, "not valid JSON (truncated or corrupt), nothing read"
        return doc, "truncated or corrupt JSON, read up to its last complete member"


def _repair_truncated(text: str) -> Any:
    """Cut a truncated JSON text back to its last complete member and close it.

    Records, outside strings, each point where a value has just ended (before a
    comma, after a closing bracket) with the brackets still open there, then
    tries the latest candidates: a page cut mid-item keeps its earlier items.
    """
    stack: list[str] = []
    candidates: deque[tuple[int, str]] = deque(maxlen=_MAX_REPAIR_TRIES)
    in_str = esc = False
    closers = {"{": "}", "[": "]"}
    for i, ch in enumerate(text):
        if in_str:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
            continue
        if ch == '"':
            in_str = True
        elif ch in "{[":
            stack.append(ch)
            if len(stack) > 500:
                return None
        elif ch in "}]":
            if not stack:
                break
            stack.pop()
            if stack:
                candidates.append((i + 1, "".join(closers[c] for c in reversed(stack))))
        elif ch == "," and stack:
            candidates.append((i, "".join(closers[c] for c in reversed(stack))))
    for end, close in reversed(candidates):
        try:
            return json.loads(text[:end] + close)
        except (ValueError, RecursionError):
            continue
    return None


def _types(obj: Any) -> set[str]:
    if not isinstance(obj, dict):
        return set()
    return {t.rpartition("#")[2].rpartition(":")[2] for t in as_list(obj.get("type")) if isinstance(t, str)}


def _id_of(value: Any) -> str:
    """A reference as URL: a string, or a dict's `id`/`href`."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return as_str(value.get("id")) or as_str(value.get("href"))
    return ""


def canonical_url(obj: dict, base: str) -> str:
    """An object's `url` (string, or first Link href of a list) else its `id`.

    A Link whose mediaType is not HTML points at the media file itself (an
    Image object's bytes), not at the post: the `id` is the better address then.
    """
    for u in as_list(obj.get("url")):
        if isinstance(u, str):
            href = u
        elif isinstance(u, dict):
            mt = as_str(u.get("mediaType")).lower()
            if mt and "html" not in mt:
                continue
            href = as_str(u.get("href")) or as_str(u.get("url"))
        else:
            continue
        full = absolutize(href, base)
        if full:
            return full
    return absolutize(as_str(obj.get("id")), base)


def _lang_text(obj: dict, key: str) -> str:
    """`content` or the first entry of `contentMap` (same for name/summary)."""
    value = obj.get(key)
    if isinstance(value, str):
        return value
    mapped = obj.get(key + "Map")
    if isinstance(mapped, dict):
        for v in mapped.values():
            if isinstance(v, str):
                return v
    return ""


class _Reader:
    """Walks one document, appending to `out`."""

    def __init__(self, url: str, profile: str, out: Parsed) -> None:
        self.url = url
        self.profile = profile
        self.out = out
        self.count = 0

    def document(self, doc: dict) -> None:
        types = _types(doc)
        if types & ACTOR_TYPES:
            self._guard(self.actor, doc)
        elif types & (COLLECTION_TYPES | PAGE_TYPES):
            self._guard(self.collection, doc)
        elif types & (WRAPPER_TYPES | OBJECT_TYPES):
            self._guard(self.entry, doc)
        elif "orderedItems" in doc or "items" in doc:
            self._guard(self.collection, doc)

    def _guard(self, fn: Any, *args: Any) -> None:
        try:
            fn(*args)
        except Exception:  # one bad part must not lose the others
            logger.debug("activitypub part failed on %s", self.url, exc_info=True)

    def part(self, value: Any) -> None:
        full = absolutize(_id_of(value), self.url)
        if full and full != self.url:
            self.out.parts.append(full)

    # -- actor ---------------------------------------------------------------

    def actor(self, doc: dict) -> None:
        url = canonical_url(doc, self.url) or self.url
        summary_html = _lang_text(doc, "summary")
        summary = html_to_text(summary_html)
        item = ProfileItem(profile=self.profile, url=url, platform=PLATFORM,
                           name=collapse(html_to_text(_lang_text(doc, "name"))),
                           handle=collapse(as_str(doc.get("preferredUsername"))).lstrip("@"),
                           summary=summary)
        links = fragment_links(summary_html, url)
        emails = find_emails(summary)
        phones = find_phones(summary)
        for att in as_list(doc.get("attachment")):
            if not isinstance(att, dict):
                continue
            key = collapse(html_to_text(as_str(att.get("name"))))
            value_html = as_str(att.get("value"))
            value = html_to_text(value_html)
            if "PropertyValue" in _types(att) and key:
                if key in item.fields and value and value != item.fields[key]:
                    item.fields[key] += "; " + value
                elif value:
                    item.fields[key] = value
            root = parse_fragment(value_html)
            links += html_links(root, url) + extract_links(value)
            if root is not None:
                for a in root.iter("a"):
                    href = (a.get("href") or "").strip()
                    if href.lower().startswith("mailto:"):
                        emails.append(clean_email(href))
                    elif href.lower().startswith("tel:"):
                        phones.append(clean_phone(href))
            emails += find_emails(value)
            phones += find_phones(value)
            if not key and "Link" in _types(att):
                links.append(absolutize(as_str(att.get("href")), url))
        loc = doc.get("location")
        if isinstance(loc, dict) and as_str(loc.get("name")):
            item.fields.setdefault("location", collapse(as_str(loc.get("name"))))
        item.avatar = self._first_image_url(doc.get("icon"))
        item.links = dedupe(u for u in links if u and u != url)
        item.emails = dedupe_ci(e for e in emails if e)
        item.phones = dedupe(p for p in phones if p)
        self.out.items.append(item)
        self.part(doc.get("outbox"))

    def _first_image_url(self, value: Any) -> str:
        for icon in as_list(value):
            if isinstance(icon, str):
                full = absolutize(icon, self.url)
            elif isinstance(icon, dict):
                full = canonical_url(icon, self.url) if "url" in icon else absolutize(as_str(icon.get("href")), self.url)
            else:
                full = ""
            if full:
                return full
        return ""

    # -- collections ---------------------------------------------------------

    def collection(self, doc: dict, depth: int = 0) -> None:
        first = doc.get("first")
        if isinstance(first, str):
            self.part(first)
        elif isinstance(first, dict) and depth < 2:
            if "orderedItems" in first or "items" in first:
                self._guard(self.collection, first, depth + 1)
            else:
                self.part(first)
        for key in ("orderedItems", "items"):
            for entry in as_list(doc.get(key)):
                if self.count >= _MAX_ITEMS:
                    return
                if isinstance(entry, dict):
                    self._guard(self.entry, entry, True)
                elif isinstance(entry, str):
                    full = absolutize(entry, self.url)
                    if full:
                        self.out.follow.append(full)
        nxt = doc.get("next")
        if nxt is not None:
            self.part(nxt)

    # -- activities and objects ----------------------------------------------

    def entry(self, act: dict, listed: bool = False) -> None:
        """One activity or object; `listed` when it sits in a collection (the document is a listing)."""
        self.count += 1
        types = _types(act)
        own = "" if listed else self.url   # a listing's address is never an item's own
        if types & WRAPPER_TYPES:
            obj = act.get("object")
            if isinstance(obj, dict) and _types(obj) & OBJECT_TYPES:
                self.post(obj, fallback_published=act.get("published"),
                          fallback_url=canonical_url(act, self.url) or own)
            elif isinstance(obj, str):
                full = absolutize(obj, self.url)
                if full:
                    self.out.follow.append(full)
        elif types & OBJECT_TYPES:
            self.post(act, fallback_url=own)

    def post(self, obj: dict, fallback_published: Any = None, fallback_url: str = "") -> None:
        """A post at its canonical http(s) URL: its `url`, else its `id`, else `fallback_url`
        (its activity's id, or the document when the document is the post); without one it is
        dropped, since evidence must point at the item, not at a listing that contains it."""
        url = canonical_url(obj, self.url) or fallback_url
        if not url:
            return
        content_html = _lang_text(obj, "content")
        text = html_to_text(content_html)
        warning = collapse(html_to_text(_lang_text(obj, "summary")))
        if warning and warning not in text:
            text = f"{warning}\n{text}" if text else warning
        title = collapse(html_to_text(_lang_text(obj, "name")))
        if title and title == text:
            title = ""
        # an image's description (its alt text) is public words of the post, as an <img alt> is in a page's text
        for alt in self._image_alts(obj):
            if alt not in text:
                text = f"{text}\n{alt}" if text else alt
        published = to_utc_iso(obj.get("published")) or to_utc_iso(fallback_published)
        hashtags, mentions = self._tags(obj.get("tag"))
        root = parse_fragment(content_html)   # parsed once for its links and images
        item = PostItem(profile=self.profile, url=url, platform=PLATFORM, text=text, title=title,
                        published=published,
                        links=dedupe(html_links(root, url) + extract_links(text)),
                        mentions=merge_mentions(mentions, extract_mentions(text)),
                        hashtags=dedupe_ci(hashtags + extract_hashtags(text)))
        item.images = dedupe(self._images(obj) + html_images(root, url))
        item.location = self._location(obj.get("location"))
        self.out.items.append(item)
        for img in item.images:
            self.out.images.append(ImageRef(url=img, post_url=url, posted_at=published))

    def _tags(self, value: Any) -> tuple[list[str], list[str]]:
        hashtags, mentions = [], []
        for tag in as_list(value):
            if not isinstance(tag, dict):
                continue
            types = _types(tag)
            name = collapse(as_str(tag.get("name")))
            if "Hashtag" in types and name:
                hashtags.append(name.lstrip("#"))
            elif "Mention" in types:
                if name:
                    mentions.append(name if name.startswith("@") else "@" + name)
                else:
                    href = as_str(tag.get("href"))
                    parts = urlsplit(href) if href.startswith("http") else None
                    user = parts.path.rstrip("/").rpartition("/")[2].lstrip("@") if parts else ""
                    if user and parts:
                        mentions.append(f"@{user}@{parts.hostname}")
        return [h for h in hashtags if h], mentions

    def _images(self, obj: dict) -> list[str]:
        urls: list[str] = []
        if "Image" in _types(obj):
            urls += self._image_urls(obj)
        for att in as_list(obj.get("attachment")):
            if isinstance(att, dict):
                urls += self._image_urls(att)
            elif isinstance(att, str) and att.lower().split("?")[0].endswith(_IMAGE_EXT):
                full = absolutize(att, self.url)
                if full:
                    urls.append(full)
        return urls

    def _image_alts(self, obj: dict) -> list[str]:
        """The descriptions (`name`, Mastodon's alt text) of a post's image attachments, in order, once each."""
        alts: list[str] = []
        for att in as_list(obj.get("attachment")):
            if isinstance(att, dict) and self._image_urls(att):
                alt = collapse(html_to_text(as_str(att.get("name"))))
                if alt and alt not in alts:
                    alts.append(alt)
        return alts

    def _image_urls(self, att: dict) -> list[str]:
        """Image URLs of an attachment: mediaType image/*, or an Image/Document pointing at one."""
        types = _types(att)
        media = as_str(att.get("mediaType")).lower()
        out = []
        for u in as_list(att.get("url")) or as_list(att.get("href")):
            if isinstance(u, str):
                href, link_media = u, ""
            elif isinstance(u, dict):
                href, link_media = as_str(u.get("href")) or as_str(u.get("url")), as_str(u.get("mediaType")).lower()
            else:
                continue
            looks_image = href.lower().split("?")[0].endswith(_IMAGE_EXT)
            if (media.startswith("image/") or link_media.startswith("image/") or "Image" in types
                    or ("Document" in types and looks_image and not media)):
                full = absolutize(href, self.url)
                if full:
                    out.append(full)
        return out

    def _location(self, value: Any) -> dict | None:
        for place in as_list(value):
            if isinstance(place, dict):
                loc = make_location(place.get("name"), place.get("latitude"), place.get("longitude"))
                if loc:
                    return loc
            elif isinstance(place, str):
                loc = make_location(place)
                if loc:
                    return loc
        return None
