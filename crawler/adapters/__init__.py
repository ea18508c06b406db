"""Source adapters: pure functions from a fetched document to items.

The spider fetches; these functions only read bytes. Each adapter returns a
`Parsed`: the items the document shows, the URLs it names as its own parts
(always in scope, per CONTRACT.md "Scope"), other same-site links the spider
may follow if they fall under the profile's path, and the images to inspect.
`parse()` never raises: a broken document yields whatever could be read.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

from footprint.crawler.adapters.text import dedupe
from footprint.crawler.items import PostItem, ProfileItem

logger = logging.getLogger(__name__)

ACTIVITYPUB_ACCEPT = 'application/activity+json, application/ld+json; profile="https://www.w3.org/ns/activitystreams"'
PLATFORMS = ("activitypub", "html", "feed")
# Hints from the consent record that map onto one of the three parsers.
_HINTS = {"activitypub": "activitypub", "mastodon": "activitypub", "fediverse": "activitypub",
          "feed": "feed", "rss": "feed", "atom": "feed", "html": "html", "bluesky": "html"}
_SNIFF_BYTES = 4096


@dataclass
class ImageRef:
    """An image an item references: fetched later only to read its metadata."""

    url: str
    post_url: str
    posted_at: str | None = None


@dataclass
class Parsed:
    """What one document yields (see module docstring)."""

    platform: str                     # "activitypub" | "html" | "feed"
    items: list[ProfileItem | PostItem] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    follow: list[str] = field(default_factory=list)
    images: list[ImageRef] = field(default_factory=list)
    # Why the document could be read only in part (e.g. truncated JSON); the spider
    # then reports the profile as partial instead of ok.
    problems: list[str] = field(default_factory=list)

    def finish(self) -> "Parsed":
        """Drop duplicate URLs/items, keeping first occurrences in order."""
        self.parts = _unique(self.parts)
        part_set = set(self.parts)
        self.follow = [u for u in _unique(self.follow) if u not in part_set]
        seen_img: set[tuple[str, str]] = set()
        images = []
        for ref in self.images:
            key = (ref.url, ref.post_url)
            if ref.url and key not in seen_img:
                seen_img.add(key)
                images.append(ref)
        self.images = images
        seen_items: set[str] = set()
        items = []
        for item in self.items:
            key = item.content_hash()
            if key not in seen_items:
                seen_items.add(key)
                items.append(item)
        self.items = items
        return self


def _unique(urls: list[str]) -> list[str]:
    return dedupe(u for u in urls if isinstance(u, str))


def detect_platform(url: str, content_type: str, body: bytes, hint: str | None) -> str:
    """Which parser reads this document: the hint, else the Content-Type, else the bytes."""
    if isinstance(hint, str) and hint.strip().lower() in _HINTS:
        return _HINTS[hint.strip().lower()]
    ct = (content_type or "").lower() if isinstance(content_type, str) else ""
    head = _head(body)
    stripped = head.lstrip()
    # A mislabelled body (HTML served as JSON, an actor served as text/html) is read
    # as what it is: the bytes win over a Content-Type they clearly contradict.
    if "json" in ct and stripped.startswith("<"):
        ct = ""
    elif ("html" in ct or "xml" in ct) and stripped.startswith(("{", "[")) and _looks_like_activitypub(body):
        return "activitypub"
    if "activity+json" in ct or "ld+json" in ct:
        return "activitypub"
    if "rss" in ct or "atom" in ct:
        return "feed"
    if "xml" in ct and "html" not in ct:
        return "feed" if _looks_like_feed(head) else "html"
    if "json" in ct:
        return "activitypub" if _looks_like_activitypub(body) else "html"
    if "html" in ct:
        return "html"
    # Vague or missing type: sniff.
    if stripped.startswith(("{", "[")):
        return "activitypub" if _looks_like_activitypub(body) else "html"
    if _looks_like_feed(head):
        return "feed"
    return "html"


def _head(body: bytes) -> str:
    if not isinstance(body, (bytes, bytearray)):
        return ""
    return bytes(body[:_SNIFF_BYTES]).decode("utf-8", errors="replace").lstrip("\ufeff").lower()


def _looks_like_feed(head: str) -> bool:
    """An <rss>, <feed> or RSS 1.0 <rdf:RDF> root before any <html>."""
    import re

    m = re.search(r"<(rss|feed|rdf:rdf|html)\b", head)
    return bool(m) and m.group(1) != "html"


def _looks_like_activitypub(body: bytes) -> bool:
    head = _head(body)
    if "activitystreams" in head:
        return True
    try:
        doc = json.loads(bytes(body).decode("utf-8", errors="replace"))
    except (ValueError, TypeError, RecursionError):
        return '"type"' in head and ('"orderedItems"' in head or '"outbox"' in head)
    from footprint.crawler.adapters.activitypub import AP_TYPES

    return isinstance(doc, dict) and any(t in AP_TYPES for t in _types(doc.get("type")))


def _types(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def parse(platform: str, url: str, body: bytes, profile: str, content_type: str = "") -> Parsed:
    """Dispatch to the platform's adapter; never raises (a failure yields an empty Parsed)."""
    platform = _HINTS.get(platform, "html") if isinstance(platform, str) else "html"
    if not isinstance(body, (bytes, bytearray)):
        body = body.encode("utf-8", errors="replace") if isinstance(body, str) else b""
    url = url if isinstance(url, str) else ""
    profile = profile if isinstance(profile, str) else ""
    content_type = content_type if isinstance(content_type, str) else ""
    try:
        if platform == "activitypub":
            from footprint.crawler.adapters import activitypub as mod
        elif platform == "feed":
            from footprint.crawler.adapters import feeds as mod
        else:
            from footprint.crawler.adapters import html as mod
        result = mod.parse(url, bytes(body), profile, content_type)
    except Exception:  # last resort: adapters already catch per part
        logger.warning("adapter %s failed on %s", platform, url, exc_info=True)
        result = Parsed(platform)
    return result.finish()


__all__ = ["ACTIVITYPUB_ACCEPT", "ImageRef", "Parsed", "detect_platform", "parse"]
