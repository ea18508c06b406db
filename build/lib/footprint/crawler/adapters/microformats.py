"""microformats2 readers: h-card to profile fields, h-entry properties, h-geo/h-adr to a location.

mf2py gives nested dicts of string lists; these helpers take the first usable
value of each property and turn addresses and coordinates into footprint's
normal forms, tolerating every shape the parser may hand back.
"""
from __future__ import annotations

import re
from typing import Any

from footprint.crawler.adapters.text import (
    absolutize, as_list, as_str, clean_email, clean_phone, collapse, dedupe, find_emails, format_address,
    html_to_text, make_location,
)
from footprint.crawler.items import ProfileItem

_NUMERIC_NAME = re.compile(r"[\d\s.,;:+\-°'\"NSEWnsew()]*")


def mf2_all(items: list, kind: str, depth: int = 0) -> list[dict]:
    """Every item of a type among top-level items and their children (not properties)."""
    found = []
    if depth > 5:
        return found
    for item in as_list(items):
        if not isinstance(item, dict):
            continue
        if kind in as_list(item.get("type")):
            found.append(item)
        found += mf2_all(item.get("children", []), kind, depth + 1)
    return found


def mf2_value(v: Any) -> str:
    """A property value as string: strings as-is, embedded items by their `value`."""
    if isinstance(v, str):
        return v
    if isinstance(v, dict):
        return as_str(v.get("value")) or as_str(v.get("html"))
    return ""


def first_text(values: Any) -> str:
    for v in as_list(values):
        if isinstance(v, dict) and "html" in v:
            s = html_to_text(as_str(v.get("html"))) or as_str(v.get("value"))
        else:
            s = mf2_value(v)
        if s and s.strip():
            return s.strip()
    return ""


def same_text(a: str, b: str) -> bool:
    na, nb = " ".join(a.split()).lower(), " ".join(b.split()).lower()
    return not na or not nb or na in nb or nb in na


def representative_hcard(mf2: dict, url: str, canonical: str) -> dict | None:
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
        ids = [mf2_value(v) for v in as_list(props.get("uid")) + as_list(props.get("url"))]
        if any(i and i.rstrip("/") in (url.rstrip("/"), canonical.rstrip("/")) for i in ids):
            return card
    return cards[0] if cards else None


def page_location(mf2: dict) -> dict | None:
    """A top-level h-geo / h-adr (outside any h-card) locates a plain page's post."""
    for item in as_list(mf2.get("items")):
        if isinstance(item, dict) and {"h-geo", "h-adr"} & set(as_list(item.get("type"))):
            loc = mf2_location({"location": [item]})
            if loc:
                return loc
    return None


def _mf2_address(props: dict) -> str:
    street = first_text(props.get("street-address"))
    extended = first_text(props.get("extended-address"))
    locality = first_text(props.get("locality"))
    region = first_text(props.get("region"))
    postcode = first_text(props.get("postal-code"))
    country = first_text(props.get("country-name"))
    return format_address(street, extended, locality, region, postcode, country)


def merge_hcard(item: ProfileItem, card: dict, base: str) -> None:
    props = card.get("properties") or {}
    item.name = collapse(first_text(props.get("name")))
    item.handle = collapse(first_text(props.get("nickname")))
    item.summary = collapse(first_text(props.get("note")))
    for e in as_list(props.get("email")):
        item.emails.append(clean_email(mf2_value(e)))
    for t in as_list(props.get("tel")):
        item.phones.append(clean_phone(mf2_value(t)))
    item.emails += find_emails(item.summary)
    for key, prop in (("jobTitle", "job-title"), ("role", "role")):
        values = [collapse(first_text([v])) for v in as_list(props.get(prop))]
        if any(values):
            item.fields[key] = "; ".join(v for v in values if v)
    orgs = []
    for org in as_list(props.get("org")):
        if isinstance(org, dict):
            orgs.append(collapse(first_text((org.get("properties") or {}).get("name")) or mf2_value(org)))
        else:
            orgs.append(collapse(as_str(org)))
    if any(orgs):
        item.fields["worksFor"] = "; ".join(dedupe(o for o in orgs if o))
    address = ""
    for adr in as_list(props.get("adr")):
        if isinstance(adr, dict):
            address = _mf2_address(adr.get("properties") or {}) or collapse(mf2_value(adr))
        else:
            address = collapse(as_str(adr))
        if address:
            break
    address = address or _mf2_address(props) or collapse(first_text(props.get("label")))
    if address:
        item.fields["address"] = address
    locality = first_text(props.get("locality"))
    if not locality:
        for adr in as_list(props.get("adr")):
            if isinstance(adr, dict):
                locality = first_text((adr.get("properties") or {}).get("locality"))
    if locality:
        item.fields["locality"] = collapse(locality)
    loc = mf2_location(props)
    if loc and loc["lat"] is not None:
        item.fields["geo"] = f"{loc['lat']},{loc['lon']}"
    for photo in as_list(props.get("photo")):
        item.avatar = absolutize(mf2_value(photo), base)
        if item.avatar:
            break
    for u in as_list(props.get("url")):
        full = absolutize(mf2_value(u), base)
        if full:
            item.links.append(full)


def _parse_geo_string(s: str) -> tuple[str, str] | None:
    """"51.5;-0.08" (the h-adr p-geo shorthand) or "geo:51.5,-0.08"."""
    s = s.strip()
    if s.lower().startswith("geo:"):
        s = s[4:].split(";", 1)[0].replace(",", ";", 1)
    bits = [b.strip() for b in s.replace(",", ";").split(";")]
    return (bits[0], bits[1]) if len(bits) >= 2 else None


def mf2_location(props: dict) -> dict | None:
    """p-location / h-geo / h-adr / p-latitude+p-longitude of an h-entry or h-card."""
    name = ""
    candidates = as_list(props.get("location")) + as_list(props.get("geo")) + as_list(props.get("adr"))
    for c in candidates:
        if isinstance(c, dict):
            p = c.get("properties") or {}
            lat, lon = first_text(p.get("latitude")), first_text(p.get("longitude"))
            geo_name = first_text(p.get("name")) or _mf2_address(p) or mf2_value(c)
            if not lat:
                for g in as_list(p.get("geo")):
                    if isinstance(g, dict):
                        gp = g.get("properties") or {}
                        lat, lon = first_text(gp.get("latitude")), first_text(gp.get("longitude"))
                    elif isinstance(g, str) and (pair := _parse_geo_string(g)):
                        lat, lon = pair
            if not lat and (pair := _parse_geo_string(mf2_value(c))):
                lat, lon = pair
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
    lat, lon = first_text(props.get("latitude")), first_text(props.get("longitude"))
    return make_location(name, lat or None, lon or None)
