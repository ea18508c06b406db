"""Posts on a plain page that shows several, each with its own permalink.

A forum member page or thread (phpBB, Discourse's crawler view, XenForo, a
hand-written `<article id="post-12">` list) has no microformats, but each post
says where it lives: an `<a rel="bookmark">`, an anchor id such as `p123` or
`post-12`, a "#post-N" link or Discourse's `itemprop="url"`. Each such post
becomes its own item whose URL is that permalink, so evidence cites the post,
never the listing page (the contract's `evidence[].url`). A page without
post permalinks stays one page post (html.py's fallback).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urldefrag

import lxml.html

from footprint.crawler.adapters.bylines import without_bylines
from footprint.crawler.adapters.text import absolutize, element_text, html_images, html_links, to_utc_iso

# An element id that marks one post: p123 (phpBB), post-12, post_3 (Discourse), js-post-9 (XenForo), msg42, comment-7.
POST_ID = re.compile(r"^(?:js-)?(?:post|p|msg|message|comment|reply|entry)[-_]?\d+$", re.I)
# A link to one post by its anchor or path: "#post-12", "#p123", "/t/slug/42/3#post_3",
# XenForo's "/threads/slug.120/post-3310".
POST_FRAGMENT = re.compile(r"(?:#(?:post|p|msg|message|comment|reply|entry)[-_]?\d+|/(?:post|comment|reply)[-_]\d+/?)$", re.I)
CONTAINERS = ("article", "div", "li", "section", "tr", "table")
MARK = "data-footprint-post"


@dataclass
class ForumPost:
    element: Any
    url: str
    text: str
    published: str | None = None
    title: str = ""
    images: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)


def _tag(el: Any) -> str:
    return el.tag.lower().rpartition("}")[2] if isinstance(el.tag, str) else ""


def _rels(el: Any) -> list[str]:
    return (el.get("rel") or "").lower().split()


def _is_post_link(a: Any) -> bool:
    href = a.get("href") or ""
    return "bookmark" in _rels(a) or (a.get("itemprop") or "").lower() == "url" or bool(POST_FRAGMENT.search(href))


def _container_of(a: Any) -> Any | None:
    """The post a permalink belongs to: the nearest enclosing element with a post id, else the
    nearest <article>, else the nearest <li> (a list of posts), never the page's main region."""
    ancestors = []
    for anc in a.iterancestors():
        if _tag(anc) in ("main", "body") or (anc.get("role") or "").lower() == "main":
            break
        ancestors.append(anc)
    for test in (lambda el: _tag(el) in CONTAINERS and bool(POST_ID.match(el.get("id") or "")),
                 lambda el: _tag(el) == "article", lambda el: _tag(el) == "li"):
        found = next((el for el in ancestors if test(el)), None)
        if found is not None:
            return found
    return None


def _candidates(region: Any) -> list[Any]:
    found: list[Any] = []
    for el in region.iter(*CONTAINERS):
        if POST_ID.match(el.get("id") or "") and el not in found:
            found.append(el)
    for a in region.iter("a"):
        if _is_post_link(a):
            c = _container_of(a)
            if c is not None and c not in found:
                found.append(c)
    # A wrapper holding two or more posts is the list, not a post; a post's inner parts are not posts.
    kept = [c for c in found if sum(1 for d in found if d is not c and c in d.iterancestors()) < 2]
    return [c for c in kept if not any(k is not c and k in c.iterancestors() for k in kept)]


def _permalink(el: Any, base: str, page: str) -> str:
    own_id = el.get("id") or ""
    links = list(el.iter("a"))
    for test in (lambda a: "bookmark" in _rels(a),
                 lambda a: bool(own_id) and (a.get("href") or "").endswith("#" + own_id),
                 lambda a: (a.get("itemprop") or "").lower() == "url",
                 lambda a: bool(POST_FRAGMENT.search(a.get("href") or ""))):
        for a in links:
            if test(a):
                full = absolutize(a.get("href"), base)
                if full:
                    return full
    if own_id and POST_ID.match(own_id):
        return absolutize("#" + own_id, urldefrag(page)[0]) or ""
    return ""


def _published(el: Any) -> str | None:
    for t in el.iter("time"):
        when = to_utc_iso(t.get("datetime") or element_text(t))
        if when:
            return when
    for meta in el.iter("meta"):
        if (meta.get("itemprop") or "").lower() in ("datepublished", "datecreated"):
            when = to_utc_iso(meta.get("content") or "")
            if when:
                return when
    return None


def _title(el: Any) -> str:
    for h in el.iter("h1", "h2", "h3", "h4"):
        text = element_text(h).strip()
        if text:
            return text
    return ""


def find_posts(regions: list[Any], base: str, page: str) -> list[ForumPost]:
    """The posts with their own permalinks in the page's main regions (empty when there are none).

    Each found element is marked (`data-footprint-post`) so the page's own text can leave it out.
    """
    posts: list[ForumPost] = []
    seen: set[str] = set()
    for region in regions:
        for el in _candidates(region):
            url = _permalink(el, base, page)
            if not url or url in seen or url == page:
                continue
            text = without_bylines(element_text(el).strip())
            if not text:
                continue
            seen.add(url)
            el.set(MARK, "1")
            posts.append(ForumPost(element=el, url=url, text=text, published=_published(el), title=_title(el),
                                   images=html_images(el, base), links=html_links(el, base)))
    if len(posts) == 1 and urldefrag(posts[0].url)[0] == urldefrag(page)[0]:
        # A thread page holding one post, whose permalink is an anchor on this very page: the page is
        # the post's own address (the page-post fallback reads it whole), not a listing of it.
        del posts[0].element.attrib[MARK]
        return []
    return posts


def without_posts(region: Any) -> Any:
    """A copy of a region with the marked posts taken out (the member box, the page's own text)."""
    from copy import deepcopy

    copy = deepcopy(region)
    if copy.get(MARK):              # the region is itself one post (top-level <article>s)
        return lxml.html.Element("div")
    for el in list(copy.iter()):
        if isinstance(el.tag, str) and el.get(MARK):
            parent = el.getparent()
            if parent is None:
                continue
            if el.tail and el.tail.strip():     # lxml drops the tail text with the element: keep it
                prev = el.getprevious()
                if prev is not None:
                    prev.tail = (prev.tail or "") + el.tail
                else:
                    parent.text = (parent.text or "") + el.tail
            parent.remove(el)
    return copy
