"""schema.org readers (JSON-LD and microdata): Person to profile fields, address formatting.

Pages describe their owner as a schema.org Person with job title, employer,
address, relatives; extruct extracts the raw things and these helpers flatten
them into ProfileItem fields whose keys are the schema.org property names.
"""
from __future__ import annotations

from typing import Any

from footprint.crawler.adapters.text import (
    absolutize, as_list, as_str, clean_email, clean_phone, collapse, dedupe, format_address, html_to_text,
)
from footprint.crawler.items import ProfileItem

POSTING_TYPES = {"Article", "BlogPosting", "SocialMediaPosting", "NewsArticle", "DiscussionForumPosting",
                 "Report", "TechArticle", "LiveBlogPosting"}
PERSON_TYPES = {"Person"}
# schema.org Person properties kept as ProfileItem.fields (relations included:
# they are how a page exposes family, associates and colleagues).
PERSON_FIELDS = ("jobTitle", "worksFor", "affiliation", "memberOf", "alumniOf", "address", "homeLocation",
                 "workLocation", "spouse", "children", "parent", "sibling", "relatedTo", "knows", "colleague",
                 "birthPlace", "nationality", "hasOccupation", "alternateName", "additionalName")


def microdata_to_ld(item: dict) -> dict:
    """extruct microdata {"type", "properties"} -> {"@type": bare name, **properties}, recursively."""
    out: dict[str, Any] = {"@type": [_bare_type(t) for t in as_list(item.get("type")) if isinstance(t, str)]}
    for key, value in (item.get("properties") or {}).items():
        values = [(microdata_to_ld(v) if isinstance(v, dict) and "properties" in v else v) for v in as_list(value)]
        out[key] = values[0] if len(values) == 1 else values
    return out


def _bare_type(t: str) -> str:
    return t.rstrip("/").rpartition("/")[2].rpartition(":")[2].rpartition("#")[2]


def ld_types(thing: Any) -> set[str]:
    if not isinstance(thing, dict):
        return set()
    return {_bare_type(t) for t in as_list(thing.get("@type")) if isinstance(t, str)}


def ld_text(value: Any) -> str:
    """A schema.org value as text: strings, names of things, @value literals, joined by "; "."""
    out = []
    for v in as_list(value):
        if isinstance(v, str):
            out.append(collapse(html_to_text(v) if "<" in v else v))
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            out.append(str(v))
        elif isinstance(v, dict):
            types = ld_types(v)
            if "PostalAddress" in types:
                out.append(_ld_address(v))
            elif "@value" in v:
                out.append(collapse(as_str(v.get("@value"))))
            else:
                name = ld_text(v.get("name"))
                if not name and isinstance(v.get("address"), (dict, str)):
                    name = ld_text(v.get("address"))
                out.append(name or as_str(v.get("url")) or as_str(v.get("@id")))
    return "; ".join(dedupe(o for o in out if o))


def _ld_address(addr: dict) -> str:
    return format_address(ld_text(addr.get("streetAddress")), ld_text(addr.get("extendedAddress")),
                          ld_text(addr.get("addressLocality")), ld_text(addr.get("addressRegion")),
                          ld_text(addr.get("postalCode")), ld_text(addr.get("addressCountry")))


def ld_urls(value: Any) -> list[str]:
    out = []
    for v in as_list(value):
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, dict):
            u = as_str(v.get("url")) or as_str(v.get("contentUrl")) or as_str(v.get("@id"))
            if u:
                out.append(u)
    return out


def merge_person(item: ProfileItem, person: dict, base: str) -> None:
    item.name = item.name or ld_text(person.get("name"))
    item.summary = item.summary or ld_text(person.get("description"))
    for key in PERSON_FIELDS:
        value = ld_text(person.get(key))
        if value:
            item.fields.setdefault(key, value)
    for e in as_list(person.get("email")):
        item.emails.append(clean_email(e))
    for t in as_list(person.get("telephone")):
        item.phones.append(clean_phone(t))
    for u in ld_urls(person.get("sameAs")) + ld_urls(person.get("url")):
        full = absolutize(u, base)
        if full:
            item.links.append(full)
    if not item.avatar:
        for u in ld_urls(person.get("image")):
            item.avatar = absolutize(u, base)
            if item.avatar:
                break
