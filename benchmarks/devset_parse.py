"""Turn dev-set snippets (ActivityPub JSON, h-entry/h-card HTML, RSS items, JSON-LD Person) into crawler items.

Deliberately small parsers, so the dev set measures the detectors rather
than a crawler; `footprint.crawler.adapters` is used instead when it exists and
`use_adapters=True`.
"""
from __future__ import annotations

import html
import json
import re
from typing import Any

from footprint.crawler.items import PostItem, ProfileItem

PROFILE = "https://social.example/@alexm"
_TAG = re.compile(r"<[^>]+>")


def _text(fragment: str) -> str:
    fragment = re.sub(r"</p>\s*<p>|<br\s*/?>", "\n", fragment or "")
    return html.unescape(_TAG.sub("", fragment)).strip()


def _flatten(value: Any) -> str:
    if isinstance(value, dict):
        if "name" in value and len(value) <= 3:
            return str(value["name"])
        return ", ".join(_flatten(v) for k, v in value.items() if not k.startswith("@"))
    if isinstance(value, list):
        return ", ".join(_flatten(v) for v in value)
    return str(value)


def _ap_note(src: str) -> PostItem:
    note = json.loads(src)
    loc = note.get("location")
    location = None
    if isinstance(loc, dict):
        location = {"name": loc.get("name", ""), "lat": loc.get("latitude"), "lon": loc.get("longitude")}
    tags = note.get("tag") or []
    return PostItem(profile=PROFILE, url=note.get("url") or note["id"], platform="activitypub", text=_text(note.get("content", "")),
                    published=note.get("published"), location=location,
                    hashtags=[t["name"].lstrip("#") for t in tags if t.get("type") == "Hashtag"],
                    mentions=[t["name"].lstrip("@") for t in tags if t.get("type") == "Mention"])


def _ap_actor(src: str) -> ProfileItem:
    a = json.loads(src)
    fields = {p["name"]: _text(p["value"]) for p in a.get("attachment", []) if p.get("type") == "PropertyValue"}
    return ProfileItem(profile=PROFILE, url=a.get("url") or a["id"], platform="activitypub", name=a.get("name", ""),
                       handle=a.get("preferredUsername", ""), summary=_text(a.get("summary", "")), fields=fields)


def _jsonld(src: str) -> ProfileItem:
    body = re.search(r"<script[^>]*>(.*)</script>", src, re.S).group(1)
    p = json.loads(body)
    fields = {k: _flatten(v) for k, v in p.items() if not k.startswith("@") and k not in ("name", "url", "email", "telephone", "description")}
    emails = [p["email"].removeprefix("mailto:")] if p.get("email") else []
    phones = [p["telephone"]] if p.get("telephone") else []
    return ProfileItem(profile=PROFILE, url=p.get("url", PROFILE), platform="html", name=p.get("name", ""),
                       summary=p.get("description", ""), fields=fields, emails=emails, phones=phones)


def _mf2(src: str, kind: str):
    import mf2py

    parsed = mf2py.parse(doc=src, url="https://blog.example/")
    item = next(i for i in parsed["items"] if kind in i["type"])
    return item["properties"]


def _h_entry(src: str) -> PostItem:
    props = _mf2(src, "h-entry")
    content = props.get("content", [{}])[0]
    text = content.get("value", "") if isinstance(content, dict) else str(content)
    location = None
    for loc in props.get("location", []):
        if isinstance(loc, dict):
            lp = loc.get("properties", {})
            location = {"name": (lp.get("name") or [""])[0], "lat": (lp.get("latitude") or [None])[0],
                        "lon": (lp.get("longitude") or [None])[0]}
    return PostItem(profile=PROFILE, url=props["url"][0], platform="html", text=text.strip(),
                    published=(props.get("published") or [None])[0], location=location)


def _h_card(src: str) -> ProfileItem:
    props = _mf2(src, "h-card")
    fields: dict[str, str] = {}
    for key in ("job-title", "org", "role"):
        if props.get(key):
            fields[key] = _flatten([v["value"] if isinstance(v, dict) else v for v in props[key]])
    for adr in props.get("adr", []):
        ap = adr.get("properties", {}) if isinstance(adr, dict) else {}
        fields["adr"] = ", ".join(v[0] for k, v in ap.items() if k in ("street-address", "locality", "region", "postal-code") and v)
    emails = [e.removeprefix("mailto:") for e in props.get("email", [])]
    phones = [t.removeprefix("tel:") for t in props.get("tel", []) if isinstance(t, str)]
    return ProfileItem(profile=PROFILE, url=(props.get("url") or [PROFILE])[0], platform="html", name=(props.get("name") or [""])[0],
                       summary=" ".join(props.get("note", [])), fields=fields, emails=emails, phones=phones)


def _rss_item(src: str) -> PostItem:
    import feedparser

    feed = feedparser.parse('<?xml version="1.0"?><rss version="2.0" xmlns:georss="http://www.georss.org/georss">'
                            f"<channel><title>t</title><link>https://blog.example/alex</link>{src}</channel></rss>")
    e = feed.entries[0]
    location = None
    point = e.get("georss_point") or (e.get("where") or {}).get("coordinates")
    if isinstance(point, str):
        lat, lon = point.split()[:2]
        location = {"lat": float(lat), "lon": float(lon)}
    elif point:
        location = {"lat": point[1], "lon": point[0]}
    author = (e.get("author_detail") or {}).get("email", "")
    return PostItem(profile=PROFILE, url=e.link, platform="feed", title=e.get("title", ""), text=_text(e.get("summary", "")),
                    published=e.get("published"), location=location, author_email=author)


PARSERS = {"activitypub-note": _ap_note, "activitypub-actor": _ap_actor, "jsonld-person": _jsonld, "h-entry": _h_entry,
           "h-card": _h_card, "rss-item": _rss_item}


def parse_row(row: dict):
    return PARSERS[row["format"]](row["source"])
