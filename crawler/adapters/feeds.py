"""Feed adapter: RSS 2.0 / RSS 1.0 / Atom entries via feedparser.

Feeds are where blogs leak the most: author email addresses, GeoRSS points,
attached photos. Each entry becomes a PostItem; the feed's own author or
subtitle becomes a ProfileItem; RFC 5005 `rel="next"` pages are parts.
feedparser is given bytes, so it never fetches anything itself.
"""
from __future__ import annotations

import logging
import re
from typing import Any

from footprint.crawler.adapters import ImageRef, Parsed
from footprint.crawler.adapters.text import (
    absolutize, as_list, as_str, clean_email, collapse, dedupe, dedupe_ci, extract_hashtags,
    extract_links, extract_mentions, find_emails, html_images, html_links, html_to_text, make_location,
    parse_fragment, to_utc_iso,
)
from footprint.crawler.items import PostItem, ProfileItem

logger = logging.getLogger(__name__)
PLATFORM = "feed"
MAX_BYTES = 10_000_000
MAX_ENTRIES = 2000
_IMAGE_EXT = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".heic", ".heif", ".avif")


def parse(url: str, body: bytes, profile: str, content_type: str = "") -> Parsed:
    import feedparser

    out = Parsed(PLATFORM)
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    try:
        d = feedparser.parse(bytes(body[:MAX_BYTES]), response_headers=headers, sanitize_html=True,
                             resolve_relative_uris=True)
    except Exception:  # feedparser is lenient, but a parser bug must not end the crawl
        logger.debug("feedparser failed on %s", url, exc_info=True)
        return out
    feed = d.get("feed") or {}
    feed_email = _author_email(feed)
    for link in as_list(feed.get("links")):
        if isinstance(link, dict) and as_str(link.get("rel")).lower() == "next":
            full = absolutize(link.get("href"), url)
            if full and full != url:
                out.parts.append(full)
    posts = []
    for entry in as_list(d.get("entries"))[:MAX_ENTRIES]:
        try:
            post = _entry(entry, url, profile, feed_email)
        except Exception:
            logger.debug("feed entry failed on %s", url, exc_info=True)
            continue
        posts.append(post)
        for img in post.images:
            out.images.append(ImageRef(url=img, post_url=post.url, posted_at=post.published))
    # Entry authors' addresses are shown by the feed itself (a post's own page usually hides them),
    # so the feed's profile lists them: evidence then cites the feed, where a reader can see them.
    emails = [feed_email] if feed_email else dedupe_ci(p.author_email for p in posts if p.author_email)
    try:
        prof = _profile(feed, url, profile, emails)
        if prof is not None:
            out.items.append(prof)
    except Exception:
        logger.debug("feed profile failed on %s", url, exc_info=True)
    out.items.extend(posts)
    return out


def _author_email(node: Any) -> str:
    """Atom <author><email>, or RSS <author>a@b (Name)</author> / managingEditor."""
    if not isinstance(node, dict):
        return ""
    # feedparser's own split of "a@b.example (Name)" cuts long TLDs ("a@b.exam"),
    # so the address as written in the author string wins over author_detail.
    for key in ("author", "publisher"):
        found = find_emails(as_str(node.get(key)))
        if found:
            return found[0]
    for key in ("author_detail", "publisher_detail"):
        detail = node.get(key)
        email = clean_email(detail.get("email")) if isinstance(detail, dict) else ""
        if email:
            return email
    return ""


def _author_name(node: dict) -> str:
    """Atom <author><name>, or the "(Name)" of an RSS "a@b (Name)" author string."""
    detail = node.get("author_detail") if isinstance(node.get("author_detail"), dict) else {}
    name = collapse(as_str(detail.get("name")))
    if name and "@" not in name and "(" not in name:
        return name
    author = as_str(node.get("author"))
    if "@" not in author:
        return collapse(author)
    paren = re.search(r"\(([^()@]+)\)\s*$", author)
    return collapse(paren.group(1)) if paren else ""


def _profile(feed: dict, url: str, profile: str, emails: list[str]) -> ProfileItem | None:
    detail = feed.get("author_detail") if isinstance(feed.get("author_detail"), dict) else {}
    author_name = _author_name(feed)
    subtitle = html_to_text(as_str(feed.get("subtitle")))
    if not (author_name or emails or subtitle):
        return None
    links = [absolutize(feed.get("link"), url), absolutize(detail.get("href"), url)]
    image = feed.get("image") if isinstance(feed.get("image"), dict) else {}
    avatar = absolutize(image.get("href"), url) or absolutize(feed.get("logo"), url) or absolutize(feed.get("icon"), url)
    return ProfileItem(profile=profile, url=url, platform=PLATFORM,
                       name=author_name or collapse(as_str(feed.get("title"))),
                       summary=subtitle, emails=emails,
                       links=dedupe(u for u in links if u and u != url), avatar=avatar)


def _entry(entry: dict, url: str, profile: str, feed_email: str) -> PostItem:
    link = absolutize(entry.get("link"), url)
    if not link:
        entry_id = as_str(entry.get("id"))
        link = absolutize(entry_id, url) if entry_id.startswith(("http://", "https://")) else ""
    link = link or url
    content_html, is_html = "", True
    for c in as_list(entry.get("content")):
        if isinstance(c, dict) and as_str(c.get("value")).strip():
            content_html = as_str(c.get("value"))
            is_html = "html" in as_str(c.get("type")).lower() or not c.get("type")
            break
    if not content_html:
        content_html = as_str(entry.get("summary"))
        detail = entry.get("summary_detail") if isinstance(entry.get("summary_detail"), dict) else {}
        is_html = "html" in as_str(detail.get("type")).lower() or not detail
    text = html_to_text(content_html) if is_html else collapse(content_html)
    title = collapse(html_to_text(as_str(entry.get("title"))))
    published = None
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        # dict.get: feedparser's own .get maps a missing updated_parsed to published with a warning
        published = to_utc_iso(dict.get(entry, key))
        if published:
            break
    if not published:
        published = to_utc_iso(dict.get(entry, "published") or dict.get(entry, "updated"))
    hashtags = []
    for tag in as_list(entry.get("tags")):
        term = collapse(as_str(tag.get("term")) or as_str(tag.get("label"))) if isinstance(tag, dict) else ""
        if term:
            hashtags.append(term.lstrip("#"))
    root = parse_fragment(content_html) if is_html else None   # parsed once for its links and images
    images = _images(entry, link) + html_images(root, link)
    links = html_links(root, link) + extract_links(text)
    return PostItem(profile=profile, url=link, platform=PLATFORM, text=text, title=title if title != text else "",
                    published=published, links=dedupe(links), mentions=extract_mentions(text),
                    hashtags=dedupe_ci(hashtags + extract_hashtags(text)), images=dedupe(images),
                    location=_location(entry), author_email=_author_email(entry) or feed_email)


def _images(entry: dict, base: str) -> list[str]:
    """Enclosures of type image/*, Media RSS content/thumbnails that are images."""
    out = []
    for enc in as_list(entry.get("enclosures")):
        if isinstance(enc, dict):
            href = as_str(enc.get("href")) or as_str(enc.get("url"))
            kind = as_str(enc.get("type")).lower()
            if kind.startswith("image/") or (not kind and href.lower().split("?")[0].endswith(_IMAGE_EXT)):
                out.append(absolutize(href, base))
    for link in as_list(entry.get("links")):
        if isinstance(link, dict) and as_str(link.get("rel")) == "enclosure":
            if as_str(link.get("type")).lower().startswith("image/"):
                out.append(absolutize(link.get("href"), base))
    for media in as_list(entry.get("media_content")):
        if isinstance(media, dict):
            href = as_str(media.get("url"))
            kind = as_str(media.get("type")).lower()
            medium = as_str(media.get("medium")).lower()
            if medium == "image" or kind.startswith("image/") or (
                    not kind and not medium and href.lower().split("?")[0].endswith(_IMAGE_EXT)):
                out.append(absolutize(href, base))
    for thumb in as_list(entry.get("media_thumbnail")):
        if isinstance(thumb, dict):
            out.append(absolutize(thumb.get("url"), base))
    return [u for u in out if u]


def _location(entry: dict) -> dict | None:
    """GeoRSS / GML point from feedparser's `where` (GeoJSON order: lon, lat)."""
    where = entry.get("where")
    if isinstance(where, dict) and where.get("type") == "Point":
        coords = where.get("coordinates")
        if isinstance(coords, (list, tuple)) and len(coords) >= 2:
            loc = make_location("", coords[1], coords[0])
            if loc:
                return loc
    lat, lon = entry.get("geo_lat"), entry.get("geo_long")
    if lat is not None and lon is not None:
        return make_location("", lat, lon)
    return None
