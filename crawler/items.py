"""Items the spider yields: one dataclass per kind of thing a profile exposes.

Every item carries the consented profile it came from and its canonical URL
(as the source publishes it, per CONTRACT.md), so evidence can always point
back to the exact post, field or image that shows a fact.
"""
from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass, field, fields
from typing import Any


@dataclass
class ProfileItem:
    """The account itself: bio, display name, structured fields, links."""

    profile: str                      # consented profile URL this came from
    url: str                          # canonical URL of the profile document
    platform: str                     # activitypub | html | feed | bluesky
    name: str = ""
    handle: str = ""
    summary: str = ""                 # bio, cleaned to plain text
    fields: dict[str, str] = field(default_factory=dict)   # PropertyValue, jobTitle, worksFor...
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)          # rel=me and other outbound links
    avatar: str = ""                  # avatar image URL
    visibility: str = "public"        # public | followers | private | unknown (exports record it)
    kind: str = "profile"

    def content_hash(self) -> str:
        return _hash(self)


@dataclass
class PostItem:
    """One post, article, note or feed entry."""

    profile: str
    url: str                          # canonical URL (AP url or id, h-entry u-url, feed link)
    platform: str
    text: str = ""                    # clean plain text
    title: str = ""
    published: str | None = None      # ISO 8601 UTC, or None when the source gives no date
    links: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)
    hashtags: list[str] = field(default_factory=list)
    images: list[str] = field(default_factory=list)         # absolute image URLs attached
    location: dict[str, Any] | None = None                  # {"name":..., "lat":..., "lon":...}
    author_email: str = ""
    visibility: str = "public"        # public | followers | private | unknown (exports record it)
    kind: str = "post"

    def content_hash(self) -> str:
        return _hash(self)


@dataclass
class ImageItem:
    """An image's metadata (never its bytes): hash, EXIF GPS, time, camera."""

    profile: str
    url: str
    sha256: str                       # hash of the downloaded bytes
    post_url: str = ""                # the item that referenced it
    posted_at: str | None = None
    format: str = ""
    lat: float | None = None
    lon: float | None = None
    altitude: float | None = None
    taken_at: str | None = None       # EXIF DateTimeOriginal as written (local time, no zone)
    make: str = ""
    model: str = ""
    error: str = ""                   # why metadata could not be read, if it could not
    visibility: str = "public"        # public | followers | private | unknown (exports record it)
    kind: str = "image"

    def content_hash(self) -> str:
        return self.sha256


VISIBILITIES = ("public", "followers", "private", "unknown")

Item = ProfileItem | PostItem | ImageItem
ITEM_TYPES = {"profile": ProfileItem, "post": PostItem, "image": ImageItem}


def _plain(value: Any) -> Any:
    """A copy of an item field as `dataclasses.asdict` makes it (items hold only JSON values: no dataclass
    inside), without asdict's generic walk, which was about 7 % of the crawl child's CPU."""
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    return value


def _fields(item: Any) -> dict[str, Any]:
    """`dataclasses.asdict(item)`, same keys in the same order, same values."""
    return {f.name: _plain(getattr(item, f.name)) for f in fields(item)}


def _hash(item: Any) -> str:
    data = _fields(item)
    if data.get("visibility") == "public":
        data.pop("visibility")  # crawled items: the hash stays what it was before exports recorded visibility
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def item_to_dict(item: Item) -> dict[str, Any]:
    return _fields(item)


def item_from_dict(data: dict[str, Any]) -> Item:
    """Rebuild an item from its stored dict (unknown keys are ignored)."""
    cls = ITEM_TYPES[data["kind"]]
    names = cls.__dataclass_fields__.keys()
    return cls(**{k: (sys.intern(v) if k in _SHARED_FIELDS and type(v) is str else v)
                  for k, v in data.items() if k in names})


# Fields whose few values repeat in every item of a scan: one string each, not one per item (a 50,000-post
# scan's items read back from the store held about 14 MB of copies of the same four strings).
_SHARED_FIELDS = frozenset({"profile", "platform", "kind", "visibility"})
