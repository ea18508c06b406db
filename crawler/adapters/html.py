"""HTML adapter: microformats2, schema.org (JSON-LD, microdata), OpenGraph, plain pages.

A personal site or profile page says who someone is in several dialects at
once. We read them all and merge them into one ProfileItem per page (h-card
first, then schema.org Person, then OpenGraph profile), take h-entries as posts
(or, without any, the page's main text as one post), and report the page's
own parts: rel="next", feeds in <link rel="alternate">, JSON-LD mainEntityOfPage.
"""
from __future__ import annotations

import logging
from typing import Any

import lxml.html
from lxml import etree

from footprint.crawler.adapters import ImageRef, Parsed
from footprint.crawler.adapters.text import (
    absolutize, as_list, as_str, clean_email, collapse, dedupe, dedupe_ci, element_text, extract_hashtags,
    extract_links, extract_mentions, html_images, html_links, html_to_text, merge_mentions, parse_fragment,
    to_utc_iso,
)
from footprint.crawler.adapters.microformats import (
    first_text, merge_hcard, mf2_all, mf2_location, mf2_value, page_location, representative_hcard, same_text,
)
from footprint.crawler.adapters.bylines import without_bylines
from footprint.crawler.adapters.forumposts import find_posts, without_posts
from footprint.crawler.adapters.listings import without_link_lists
from footprint.crawler.adapters.schemaorg import (
    PERSON_TYPES, POSTING_TYPES, ld_text, ld_types, ld_urls, merge_person, microdata_to_ld,
)
from footprint.crawler.items import PostItem, ProfileItem

logger = logging.getLogger(__name__)
PLATFORM = "html"
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml")
MAX_BYTES = 5_000_000
# the classes and ids plain forums and profile pages give a member's own About text (phpBB, XenForo, Discourse, vBulletin,
# Flarum and hand-made member pages)
ABOUT_BOXES = frozenset({"about", "about-me", "aboutme", "about_me", "bio", "user-bio", "userbio", "profile-bio",
                         "member-bio", "member-about", "user-about", "profile-about", "aboutsection", "about-section",
                         "userinfo-bio", "user-profile-bio"})
ABOUT_MAX = 600


def parse(url: str, body: bytes, profile: str, content_type: str = "") -> Parsed:
    out = Parsed(PLATFORM)
    page = _Page.load(url, body, content_type)
    if page is None:
        return out
    page.read(profile, out)
    return out


class _Page:
    """One parsed HTML document and the steps that read it."""

    def __init__(self, url: str, text: str, tree: Any) -> None:
        self.url = url
        self.text = text
        self.tree = tree
        self.base = url
        try:
            base_el = tree.find(".//base[@href]")
            if base_el is not None:
                self.base = absolutize(base_el.get("href"), url) or url
        except (ValueError, TypeError, SyntaxError):
            pass
        self.canonical = self._canonical()

    @classmethod
    def load(cls, url: str, body: bytes, content_type: str) -> "_Page | None":
        body = body[:MAX_BYTES]
        try:
            from w3lib.encoding import html_to_unicode

            _, text = html_to_unicode(content_type or None, body)
        except Exception:
            text = body.decode("utf-8", errors="replace")
        text = text.replace("\x00", "")
        if not text.strip():
            return None
        try:
            parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
            tree = lxml.html.document_fromstring(text.encode("utf-8", errors="replace"), parser=parser)
        except (etree.ParserError, ValueError, TypeError, etree.XMLSyntaxError):
            return None
        if tree is None:
            return None
        return cls(url, text, tree)

    def _guard(self, fn: Any, *args: Any) -> Any:
        try:
            return fn(*args)
        except Exception:  # one broken dialect must not lose the others
            logger.debug("html part %s failed on %s", getattr(fn, "__name__", fn), self.url, exc_info=True)
            return None

    def _canonical(self) -> str:
        try:
            for link in self.tree.iterfind(".//link[@rel][@href]"):
                if "canonical" in (link.get("rel") or "").lower().split():
                    full = absolutize(link.get("href"), self.base)
                    if full:
                        return full
        except (ValueError, TypeError, SyntaxError):
            pass
        return self.url

    # -- orchestration -------------------------------------------------------

    def read(self, profile: str, out: Parsed) -> None:
        mf2 = self._guard(self._mf2) or {}
        schema = self._guard(self._schema) or []
        og = self._guard(self._opengraph) or {}
        rels = self._guard(self._rels) or {"me": [], "next": [], "feeds": []}
        out.parts += rels["next"] + rels["feeds"]
        for thing in schema:
            for ref in ld_urls(thing.get("mainEntityOfPage")):
                full = absolutize(ref, self.base)
                if full and full not in (self.url, self.canonical):
                    out.parts.append(full)

        prof = self._guard(self._profile, profile, mf2, schema, og, rels["me"])
        if prof is not None:
            out.items.append(prof)

        entries = self._guard(mf2_all, mf2.get("items", []), "h-entry") or []
        for entry in entries:
            post = self._guard(self._entry_post, profile, entry, len(entries) == 1)
            if post is not None:
                out.items.append(post)
        if not entries:
            # A plain page listing posts that each have a permalink: one item per post, cited by it.
            forum = self._guard(self._forum_posts, profile) or []
            out.items += forum
            post = self._guard(self._page_post, profile, schema, og, out, bool(forum))
            if post is not None:
                post.location = self._guard(page_location, mf2)
                out.items.append(post)
        else:
            out.follow += self._guard(self._region_links) or []
            out.follow += [i.url for i in out.items if isinstance(i, PostItem) and i.url not in (self.url, self.canonical)]
        for item in out.items:
            if isinstance(item, PostItem):
                for img in item.images:
                    out.images.append(ImageRef(url=img, post_url=item.url, posted_at=item.published))

    # -- dialect extraction --------------------------------------------------

    def _mf2(self) -> dict:
        import mf2py

        return mf2py.parse(doc=self.text, url=self.url, html_parser="lxml")

    def _schema(self) -> list[dict]:
        """JSON-LD and microdata things, as JSON-LD-like dicts with a bare "@type"."""
        from extruct.jsonld import JsonLdExtractor
        from extruct.w3cmicrodata import MicrodataExtractor

        things: list[dict] = []
        try:
            for item in JsonLdExtractor().extract_items(self.tree, base_url=self.base):
                for node in as_list(item):
                    if isinstance(node, dict):
                        things.append(node)
                        things += [g for g in as_list(node.get("@graph")) if isinstance(g, dict)]
        except Exception:
            logger.debug("json-ld failed on %s", self.url, exc_info=True)
        try:
            for item in MicrodataExtractor().extract_items(self.tree, self.base):
                things.append(microdata_to_ld(item))
        except Exception:
            logger.debug("microdata failed on %s", self.url, exc_info=True)
        return things

    def _opengraph(self) -> dict[str, str]:
        from extruct.opengraph import OpenGraphExtractor

        props: dict[str, str] = {}
        for item in OpenGraphExtractor().extract_items(self.tree, base_url=self.base):
            for pair in item.get("properties", []):
                if isinstance(pair, (list, tuple)) and len(pair) == 2:
                    key, value = pair
                    if isinstance(key, str) and isinstance(value, str):
                        props.setdefault(key, value)
        return props

    def _rels(self) -> dict[str, list[str]]:
        rels: dict[str, list[str]] = {"me": [], "next": [], "feeds": []}
        for el in self.tree.iter("link", "a", "area"):
            rel = (el.get("rel") or "").lower().split()
            if not rel:
                continue
            full = absolutize(el.get("href"), self.base)
            if not full:
                continue
            if "me" in rel:
                rels["me"].append(full)
            if "next" in rel:
                rels["next"].append(full)
            if "alternate" in rel and el.tag == "link":
                if (el.get("type") or "").lower().split(";")[0].strip() in FEED_TYPES:
                    rels["feeds"].append(full)
        return {k: dedupe(v) for k, v in rels.items()}

    # -- profile -------------------------------------------------------------

    def _profile(self, profile: str, mf2: dict, schema: list[dict], og: dict, rel_me: list[str]) -> ProfileItem | None:
        item = ProfileItem(profile=profile, url=self.canonical, platform=PLATFORM)
        found = False
        card = representative_hcard(mf2, self.url, self.canonical)
        if card is not None:
            found = True
            merge_hcard(item, card, self.base)
            # An h-card that names its own address (u-uid / u-url) is that profile,
            # whichever page repeats it: evidence then points at the profile.
            props = card.get("properties") or {}
            for key in ("uid", "url"):
                own = next((full for u in as_list(props.get(key)) if (full := absolutize(mf2_value(u), self.base))), "")
                if own:
                    item.url = own
                    break
        for thing in schema:
            if ld_types(thing) & PERSON_TYPES:
                found = True
                merge_person(item, thing, self.base)
                break
        if og.get("og:type", "").lower() == "profile":
            found = True
            first, last = og.get("profile:first_name", ""), og.get("profile:last_name", "")
            item.name = item.name or collapse(f"{first} {last}") or collapse(og.get("og:title", ""))
            item.handle = item.handle or collapse(og.get("profile:username", ""))
            item.summary = item.summary or collapse(og.get("og:description", ""))
            item.avatar = item.avatar or absolutize(og.get("og:image"), self.base)
        if rel_me:
            found = True
            item.links = dedupe(item.links + rel_me)
        about = "" if item.summary else self._about_box()
        if about:
            found = True            # a plain forum's member page: its About box is the member's bio
            item.summary = about
        if not found:
            return None
        item.links = [u for u in dedupe(item.links) if u not in (self.url, self.canonical)]
        item.emails = dedupe_ci(e for e in item.emails if e)
        item.phones = dedupe(p for p in item.phones if p)
        return item

    def _about_box(self) -> str:
        """The text of a member or profile page's About box (`ABOUT_BOXES`, by class or id, in the page's main region):
        what a plain forum shows as the member's bio. Short boxes only: a long one is an article's, not a bio."""
        for region in self._main_region():
            for el in region.iter():
                if not isinstance(el.tag, str):
                    continue
                names = set((el.get("class") or "").lower().split()) | {(el.get("id") or "").lower()}
                if names & ABOUT_BOXES:
                    text = collapse(element_text(el))
                    return text if 0 < len(text) <= ABOUT_MAX else ""
        return ""

    # -- posts ---------------------------------------------------------------

    def _entry_post(self, profile: str, entry: dict, only: bool) -> PostItem | None:
        props = entry.get("properties") or {}
        url = ""
        for u in as_list(props.get("url")):
            url = absolutize(mf2_value(u), self.base)
            if url:
                break
        entry_id = as_str(entry.get("id"))
        if not url:
            url = self.canonical if only or not entry_id else absolutize("#" + entry_id, self.canonical) or self.canonical
        content_html, text = "", ""
        for c in as_list(props.get("content")):
            if isinstance(c, dict):
                content_html = as_str(c.get("html"))
                text = html_to_text(content_html) or collapse(as_str(c.get("value")))
            else:
                text = collapse(as_str(c))
            if text:
                break
        if not text:
            text = collapse(first_text(props.get("summary")))
        name = collapse(first_text(props.get("name")))
        title = "" if not name or same_text(name, text) else name
        if not text and name:
            text, title = name, ""
        published = None
        for p in as_list(props.get("published")) + as_list(props.get("updated")):
            published = to_utc_iso(mf2_value(p))
            if published:
                break
        hashtags, mentions = [], []
        for cat in as_list(props.get("category")):
            if isinstance(cat, dict):
                person = first_text((cat.get("properties") or {}).get("name")) or mf2_value(cat)
                if person:
                    mentions.append(person if person.startswith("@") else "@" + person)
            elif isinstance(cat, str) and cat.strip():
                if cat.strip().startswith(("http://", "https://")):
                    continue
                hashtags.append(cat.strip().lstrip("#"))
        content = parse_fragment(content_html)   # parsed once for its links and images
        images = [absolutize(mf2_value(p), self.base) for p in as_list(props.get("photo"))]
        images += html_images(content, self.base)
        author_email = ""
        for author in as_list(props.get("author")):
            if isinstance(author, dict):
                for e in as_list((author.get("properties") or {}).get("email")):
                    author_email = author_email or clean_email(mf2_value(e))
        return PostItem(profile=profile, url=url, platform=PLATFORM, text=text, title=title, published=published,
                        links=dedupe(html_links(content, self.base) + extract_links(text)),
                        mentions=merge_mentions(mentions, extract_mentions(text)),
                        hashtags=dedupe_ci([h for h in hashtags if h] + extract_hashtags(text)),
                        images=dedupe(i for i in images if i), location=mf2_location(props),
                        author_email=author_email)

    def _main_region(self) -> list[Any]:
        body = self.tree.find(".//body")
        root = body if body is not None else self.tree
        mains = root.findall(".//main") or root.findall(".//*[@role='main']")
        if mains:
            return mains[:1]
        articles = [a for a in root.iter("article") if not any(p.tag == "article" for p in a.iterancestors())]
        return articles or [root]

    def _region_links(self) -> list[str]:
        links: list[str] = []
        for el in self._main_region():
            links += html_links(el, self.base)
        for el in self.tree.iter():
            if isinstance(el.tag, str) and "u-url" in (el.get("class") or "").split():
                full = absolutize(el.get("href"), self.base)
                if full:
                    links.append(full)
        return [u for u in dedupe(links) if u not in (self.url, self.canonical)]

    def _forum_posts(self, profile: str) -> list[PostItem]:
        """Posts with their own permalinks on a plain forum or profile page (see forumposts.py)."""
        return [PostItem(profile=profile, url=p.url, platform=PLATFORM, text=collapse(p.text), title=p.title,
                         published=p.published, links=dedupe(p.links), mentions=extract_mentions(p.text),
                         hashtags=extract_hashtags(p.text), images=dedupe(i for i in p.images if i))
                for p in find_posts(self._main_region(), self.base, self.canonical)]

    def _page_post(self, profile: str, schema: list[dict], og: dict, out: Parsed,
                   posts_taken: bool = False) -> PostItem | None:
        region = self._main_region()
        if posts_taken:         # what is left around the posts: the member box, the page's own words
            full_region = region
            region = [without_posts(el) for el in region]
        own = (self.url, self.canonical)       # a list of links to the site's other pages is theirs to show
        text = collapse(without_bylines("\n".join(element_text(without_link_lists(el, self.base, own)) for el in region)))
        published = None
        for el in region:
            for t in el.iter("time"):
                published = to_utc_iso(t.get("datetime") or element_text(t))
                if published:
                    break
            if published:
                break
        images: list[str] = []
        for el in region:
            images += html_images(el, self.base)
        posting = next((t for t in schema if ld_types(t) & POSTING_TYPES), None)
        title = ""
        if posting is not None:
            title = collapse(ld_text(posting.get("headline")) or ld_text(posting.get("name")))
            published = published or to_utc_iso(ld_text(posting.get("datePublished")))
            images += [absolutize(u, self.base) for u in ld_urls(posting.get("image"))]
        title = title or collapse(og.get("og:title", ""))
        if not title:
            t = self.tree.find(".//title")
            title = collapse(t.text_content() or "") if t is not None else ""
        published = published or to_utc_iso(og.get("article:published_time"))
        if og.get("og:type", "").lower() == "article" and og.get("og:image"):
            images.append(absolutize(og.get("og:image"), self.base))
        if not text and not images:
            return None
        region_links: list[str] = []
        for el in (full_region if posts_taken else region):
            region_links += html_links(el, self.base)
        out.follow += [u for u in region_links if u not in (self.url, self.canonical)]
        return PostItem(profile=profile, url=self.canonical, platform=PLATFORM, text=text, title=title,
                        published=published, links=dedupe(region_links),
                        mentions=extract_mentions(text), hashtags=extract_hashtags(text),
                        images=dedupe(i for i in images if i))
