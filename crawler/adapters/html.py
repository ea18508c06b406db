"""HTML adapter: microformats2, schema.org (JSON-LD, microdata), OpenGraph, plain pages.

A personal site or profile page says who someone is in several dialects at
once. We read them all and merge them into one ProfileItem per page (h-card
first, then schema.org Person, then OpenGraph profile), take h-entries as posts
(or, without any, the page's main text as one post), and report the page's
own parts: rel="next", feeds in <link rel="alternate">, JSON-LD mainEntityOfPage.
"""
from __future__ import annotations

import logging
import re
from typing import Any

import lxml.html
from lxml import etree

from crawler.adapters import ImageRef, Parsed
from crawler.adapters.text import (
    absolutize, as_list, as_str, clean_email, clean_phone, collapse, dedupe, dedupe_ci,
    element_text, extract_hashtags, extract_links, extract_mentions, find_emails, fragment_images,
    fragment_links, html_images, html_links, html_to_text, make_location, merge_mentions, to_utc_iso,
)
from crawler.items import PostItem, ProfileItem

logger = logging.getLogger(__name__)
PLATFORM = "html"
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml")
POSTING_TYPES = {"Article", "BlogPosting", "SocialMediaPosting", "NewsArticle", "DiscussionForumPosting",
                 "Report", "TechArticle", "LiveBlogPosting"}
PERSON_TYPES = {"Person"}
# schema.org Person properties kept as ProfileItem.fields (relations included:
# they are how a page exposes family, associates and colleagues).
PERSON_FIELDS = ("jobTitle", "worksFor", "affiliation", "memberOf", "alumniOf", "address", "homeLocation",
                 "workLocation", "spouse", "children", "parent", "sibling", "relatedTo", "knows", "colleague",
                 "birthPlace", "nationality", "hasOccupation")
MAX_BYTES = 5_000_000
_NUMERIC_NAME = re.compile(r"[\d\s.,;:+\-°'\"NSEWnsew()]*")


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
            for ref in _ld_urls(thing.get("mainEntityOfPage")):
                full = absolutize(ref, self.base)
                if full and full not in (self.url, self.canonical):
                    out.parts.append(full)

        prof = self._guard(self._profile, profile, mf2, schema, og, rels["me"])
        if prof is not None:
            out.items.append(prof)

        entries = [e for e in self._guard(_mf2_all, mf2.get("items", []), "h-entry") or []]
        for entry in entries:
            post = self._guard(self._entry_post, profile, entry, len(entries) == 1)
            if post is not None:
                out.items.append(post)
        if not entries:
            post = self._guard(self._page_post, profile, schema, og, out)
            if post is not None:
                post.location = self._guard(_page_location, mf2)
            if post is not None:
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
                things.append(_microdata_to_ld(item))
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
        card = _representative_hcard(mf2, self.url, self.canonical)
        if card is not None:
            found = True
            _merge_hcard(item, card, self.base)
        for thing in schema:
            if _ld_types(thing) & PERSON_TYPES:
                found = True
                _merge_person(item, thing, self.base)
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
        if not found:
            return None
        item.links = [u for u in dedupe(item.links) if u not in (self.url, self.canonical)]
        item.emails = dedupe_ci(e for e in item.emails if e)
        item.phones = dedupe(p for p in item.phones if p)
        return item

    # -- posts ---------------------------------------------------------------

    def _entry_post(self, profile: str, entry: dict, only: bool) -> PostItem | None:
        props = entry.get("properties") or {}
        url = ""
        for u in as_list(props.get("url")):
            url = absolutize(_mf2_value(u), self.base)
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
            text = collapse(_first_text(props.get("summary")))
        name = collapse(_first_text(props.get("name")))
        title = "" if not name or _same_text(name, text) else name
        if not text and name:
            text, title = name, ""
        published = None
        for p in as_list(props.get("published")) + as_list(props.get("updated")):
            published = to_utc_iso(_mf2_value(p))
            if published:
                break
        hashtags, mentions = [], []
        for cat in as_list(props.get("category")):
            if isinstance(cat, dict):
                person = _first_text((cat.get("properties") or {}).get("name")) or _mf2_value(cat)
                if person:
                    mentions.append(person if person.startswith("@") else "@" + person)
            elif isinstance(cat, str) and cat.strip():
                if cat.strip().startswith(("http://", "https://")):
                    continue
                hashtags.append(cat.strip().lstrip("#"))
        images = [absolutize(_mf2_value(p), self.base) for p in as_list(props.get("photo"))]
        images += fragment_images(content_html, self.base)
        author_email = ""
        for author in as_list(props.get("author")):
            if isinstance(author, dict):
                for e in as_list((author.get("properties") or {}).get("email")):
                    author_email = author_email or clean_email(_mf2_value(e))
        return PostItem(profile=profile, url=url, platform=PLATFORM, text=text, title=title, published=published,
                        links=dedupe(fragment_links(content_html, self.base) + extract_links(text)),
                        mentions=merge_mentions(mentions, extract_mentions(text)),
                        hashtags=dedupe_ci([h for h in hashtags if h] + extract_hashtags(text)),
                        images=dedupe(i for i in images if i), location=_mf2_location(props),
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

    def _page_post(self, profile: str, schema: list[dict], og: dict, out: Parsed) -> PostItem | None:
        region = self._main_region()
        text = collapse("\n".join(element_text(el) for el in region))
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
        posting = next((t for t in schema if _ld_types(t) & POSTING_TYPES), None)
        title = ""
        if posting is not None:
            title = collapse(_ld_text(posting.get("headline")) or _ld_text(posting.get("name")))
            published = published or to_utc_iso(_ld_text(posting.get("datePublished")))
            images += [absolutize(u, self.base) for u in _ld_urls(posting.get("image"))]
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
        for el in region:
            region_links += html_links(el, self.base)
        out.follow += [u for u in region_links if u not in (self.url, self.canonical)]
        return PostItem(profile=profile, url=self.canonical, platform=PLATFORM, text=text, title=title,
                        published=published, links=dedupe(region_links),
                        mentions=extract_mentions(text), hashtags=extract_hashtags(text),
                        images=dedupe(i for i in images if i))


# -- microformats helpers -----------------------------------------------------


def _mf2_all(items: list, kind: str, depth: int = 0) -> list[dict]:
    """Every item of a type among top-level items and their children (not properties)."""
    found = []
    if depth > 5:
        return found
    for item in as_list(items):
        if not isinstance(item, dict):
            continue
        if kind in as_list(item.get("type")):
            found.append(item)
        found += _mf2_all(item.get("children", []), kind, depth + 1)
    return found


def _mf2_value(v: Any) -> str:
    """A property value as string: strings as-is, embedded items by their `value`."""
    if isinstance(v, str):
        return v
    if isinstance(v, dict):
        return as_str(v.get("value")) or as_str(v.get("html"))
    return ""


def _first_text(values: Any) -> str:
    for v in as_list(values):
        if isinstance(v, dict) and "html" in v:
            s = html_to_text(as_str(v.get("html"))) or as_str(v.get("value"))
        else:
            s = _mf2_value(v)
        if s and s.strip():
            return s.strip()
    return ""


def _same_text(a: str, b: str) -> bool:
    na, nb = " ".join(a.split()).lower(), " ".join(b.split()).lower()
    return not na or not nb or na in nb or nb in na


def _representative_hcard(mf2: dict, url: str, canonical: str) -> dict | None:
    items = [i for i in as_list(mf2.get("items")) if isinstance(i, dict)]
    cards = [i for i in items if "h-card" in as_list(i.get("type"))]
    for feed in items:
        if "h-feed" in as_list(feed.get("type")):
            for a in as_list((feed.get("properties") or {}).get("author")):
                if isinstance(a, dict) and "h-card" in as_list(a.get("type")):
                    cards.append(a)
            cards += [c for c in as_list(feed.get("children")) if isinstance(c, dict) and "h-card" in as_list(c.get("type"))]
    for card in cards:
        props = card.get("properties") or {}
        ids = [_mf2_value(v) for v in as_list(props.get("uid")) + as_list(props.get("url"))]
        if any(i and i.rstrip("/") in (url.rstrip("/"), canonical.rstrip("/")) for i in ids):
            return card
    return cards[0] if cards else None


def _page_location(mf2: dict) -> dict | None:
    """A top-level h-geo / h-adr (outside any h-card) locates a plain page's post."""
    for item in as_list(mf2.get("items")):
        if isinstance(item, dict) and {"h-geo", "h-adr"} & set(as_list(item.get("type"))):
            loc = _mf2_location({"location": [item]})
            if loc:
                return loc
    return None


def _mf2_address(props: dict) -> str:
    street = _first_text(props.get("street-address"))
    extended = _first_text(props.get("extended-address"))
    locality = _first_text(props.get("locality"))
    region = _first_text(props.get("region"))
    postcode = _first_text(props.get("postal-code"))
    country = _first_text(props.get("country-name"))
    return format_address(street, extended, locality, region, postcode, country)


def format_address(street: str, extended: str, locality: str, region: str, postcode: str, country: str) -> str:
    """"street, extended, locality region postcode, country" with empty parts skipped."""
    town = " ".join(p for p in (locality, region, postcode) if p)
    return collapse(", ".join(p for p in (street, extended, town, country) if p))


def _merge_hcard(item: ProfileItem, card: dict, base: str) -> None:
    props = card.get("properties") or {}
    item.name = collapse(_first_text(props.get("name")))
    item.handle = collapse(_first_text(props.get("nickname")))
    item.summary = collapse(_first_text(props.get("note")))
    for e in as_list(props.get("email")):
        item.emails.append(clean_email(_mf2_value(e)))
    for t in as_list(props.get("tel")):
        item.phones.append(clean_phone(_mf2_value(t)))
    item.emails += find_emails(item.summary)
    for key, prop in (("jobTitle", "job-title"), ("role", "role")):
        values = [collapse(_first_text([v])) for v in as_list(props.get(prop))]
        if any(values):
            item.fields[key] = "; ".join(v for v in values if v)
    orgs = []
    for org in as_list(props.get("org")):
        if isinstance(org, dict):
            orgs.append(collapse(_first_text((org.get("properties") or {}).get("name")) or _mf2_value(org)))
        else:
            orgs.append(collapse(as_str(org)))
    if any(orgs):
        item.fields["worksFor"] = "; ".join(dedupe(o for o in orgs if o))
    address = ""
    for adr in as_list(props.get("adr")):
        if isinstance(adr, dict):
            address = _mf2_address(adr.get("properties") or {}) or collapse(_mf2_value(adr))
        else:
            address = collapse(as_str(adr))
        if address:
            break
    address = address or _mf2_address(props) or collapse(_first_text(props.get("label")))
    if address:
        item.fields["address"] = address
    locality = _first_text(props.get("locality"))
    if not locality:
        for adr in as_list(props.get("adr")):
            if isinstance(adr, dict):
                locality = _first_text((adr.get("properties") or {}).get("locality"))
    if locality:
        item.fields["locality"] = collapse(locality)
    loc = _mf2_location(props)
    if loc and loc["lat"] is not None:
        item.fields["geo"] = f"{loc['lat']},{loc['lon']}"
    for photo in as_list(props.get("photo")):
        item.avatar = absolutize(_mf2_value(photo), base)
        if item.avatar:
            break
    for u in as_list(props.get("url")):
        full = absolutize(_mf2_value(u), base)
        if full:
            item.links.append(full)


def _parse_geo_string(s: str) -> tuple[str, str] | None:
    """"51.5;-0.08" (the h-adr p-geo shorthand) or "geo:51.5,-0.08"."""
    s = s.strip()
    if s.lower().startswith("geo:"):
        s = s[4:].split(";", 1)[0].replace(",", ";", 1)
    bits = [b.strip() for b in s.replace(",", ";").split(";")]
    return (bits[0], bits[1]) if len(bits) >= 2 else None


def _mf2_location(props: dict) -> dict | None:
    """p-location / h-geo / h-adr / p-latitude+p-longitude of an h-entry or h-card."""
    name = ""
    candidates = as_list(props.get("location")) + as_list(props.get("geo")) + as_list(props.get("adr"))
    for c in candidates:
        if isinstance(c, dict):
            p = c.get("properties") or {}
            lat, lon = _first_text(p.get("latitude")), _first_text(p.get("longitude"))
            geo_name = _first_text(p.get("name")) or _mf2_address(p) or _mf2_value(c)
            if not lat:
                for g in as_list(p.get("geo")):
                    if isinstance(g, dict):
                        gp = g.get("properties") or {}
                        lat, lon = _first_text(gp.get("latitude")), _first_text(gp.get("longitude"))
                    elif isinstance(g, str) and _parse_geo_string(g):
                        lat, lon = _parse_geo_string(g)  # type: ignore[misc]
            if not lat and _parse_geo_string(_mf2_value(c)):
                lat, lon = _parse_geo_string(_mf2_value(c))  # type: ignore[misc]
            if any(c.isdigit() for c in geo_name) and _NUMERIC_NAME.fullmatch(geo_name):      # implied name of an h-geo is its numbers
                geo_name = ""
            loc = make_location(geo_name, lat or None, lon or None)
            if loc and loc["lat"] is not None:
                return loc
            name = name or (loc or {}).get("name", "")
        elif isinstance(c, str) and c.strip():
            pair = _parse_geo_string(c)
            loc = make_location("", *pair) if pair else None
            if loc and loc["lat"] is not None:
                return loc
            name = name or collapse(c)
    lat, lon = _first_text(props.get("latitude")), _first_text(props.get("longitude"))
    return make_location(name, lat or None, lon or None)


# -- schema.org helpers -------------------------------------------------------


def _microdata_to_ld(item: dict) -> dict:
    """extruct microdata {"type", "properties"} -> {"@type": bare name, **properties}, recursively."""
    out: dict[str, Any] = {"@type": [_bare_type(t) for t in as_list(item.get("type")) if isinstance(t, str)]}
    for key, value in (item.get("properties") or {}).items():
        values = [(_microdata_to_ld(v) if isinstance(v, dict) and "properties" in v else v) for v in as_list(value)]
        out[key] = values[0] if len(values) == 1 else values
    return out


def _bare_type(t: str) -> str:
    return t.rstrip("/").rpartition("/")[2].rpartition(":")[2].rpartition("#")[2]


def _ld_types(thing: Any) -> set[str]:
    if not isinstance(thing, dict):
        return set()
    return {_bare_type(t) for t in as_list(thing.get("@type")) if isinstance(t, str)}


def _ld_text(value: Any) -> str:
    """A schema.org value as text: strings, names of things, @value literals, joined by "; "."""
    out = []
    for v in as_list(value):
        if isinstance(v, str):
            out.append(collapse(html_to_text(v) if "<" in v else v))
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            out.append(str(v))
        elif isinstance(v, dict):
            types = _ld_types(v)
            if "PostalAddress" in types:
                out.append(_ld_address(v))
            elif "@value" in v:
                out.append(collapse(as_str(v.get("@value"))))
            else:
                name = _ld_text(v.get("name"))
                if not name and isinstance(v.get("address"), (dict, str)):
                    name = _ld_text(v.get("address"))
                out.append(name or as_str(v.get("url")) or as_str(v.get("@id")))
    return "; ".join(dedupe(o for o in out if o))


def _ld_address(addr: dict) -> str:
    return format_address(_ld_text(addr.get("streetAddress")), _ld_text(addr.get("extendedAddress")),
                          _ld_text(addr.get("addressLocality")), _ld_text(addr.get("addressRegion")),
                          _ld_text(addr.get("postalCode")), _ld_text(addr.get("addressCountry")))


def _ld_urls(value: Any) -> list[str]:
    out = []
    for v in as_list(value):
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, dict):
            u = as_str(v.get("url")) or as_str(v.get("contentUrl")) or as_str(v.get("@id"))
            if u:
                out.append(u)
    return out


def _merge_person(item: ProfileItem, person: dict, base: str) -> None:
    item.name = item.name or _ld_text(person.get("name"))
    item.summary = item.summary or _ld_text(person.get("description"))
    for key in PERSON_FIELDS:
        value = _ld_text(person.get(key))
        if value:
            item.fields.setdefault(key, value)
    for e in as_list(person.get("email")):
        item.emails.append(clean_email(e))
    for t in as_list(person.get("telephone")):
        item.phones.append(clean_phone(t))
    for u in _ld_urls(person.get("sameAs")) + _ld_urls(person.get("url")):
        full = absolutize(u, base)
        if full:
            item.links.append(full)
    if not item.avatar:
        for u in _ld_urls(person.get("image")):
            item.avatar = absolutize(u, base)
            if item.avatar:
                break
