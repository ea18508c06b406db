"""Render the demo persona's three profiles from content.py into data/demo/site/.

Why: the posts must appear in real, standard formats (ActivityPub JSON as
Mastodon serves it, microformats2 HTML, RSS 2.0 with GeoRSS, schema.org
JSON-LD) so the parsers are exercised as they would be on the web. Writing
them by hand would let the three copies drift; this renders them from one
table. Links use the placeholder {{BASE}}, which LocalSite replaces with its
own address at serve time. Run once and commit the output (photos come from
make_photos.py):

    .venv/bin/python data/demo/make_site.py            # writes data/demo/site/
"""
from __future__ import annotations

import html
import json
import re
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import content as C  # noqa: E402
from outbox_pages import outbox_files  # noqa: E402

SITE = Path(__file__).resolve().parent / "site"
B = "{{BASE}}"
ACTOR = f"{B}/social/@{C.HANDLE}"
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
PAGE_SIZE = 13
BLOG_PAGE_SIZE = 3
AP_CONTEXT = [
    "https://www.w3.org/ns/activitystreams",
    "https://w3id.org/security/v1",
    {"schema": "http://schema.org#", "PropertyValue": "schema:PropertyValue", "value": "schema:value",
     "toot": "http://joinmastodon.org/ns#", "discoverable": "toot:discoverable",
     "sensitive": "as:sensitive", "Hashtag": "as:Hashtag"},
]


def utc(local: str, offset: str) -> datetime:
    return datetime.fromisoformat(f"{local.replace(' ', 'T')}:00{offset}").astimezone(timezone.utc)


def iso_z(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def write(rel: str, text: str) -> None:
    path = SITE / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def write_json(rel: str, data: object) -> None:
    write(rel, json.dumps(data, indent=1, ensure_ascii=False) + "\n")


# --- ActivityPub ------------------------------------------------------------
def note_html(text: str) -> str:
    """Plain text to Mastodon-style HTML with linked hashtags and mentions."""
    out = html.escape(text, quote=False)
    out = re.sub(r"#(\w+)", lambda m: f'<a href="{B}/social/tags/{m[1].lower()}" class="mention hashtag" '
                 f'rel="tag">#<span>{m[1]}</span></a>', out)
    out = re.sub(r"(?<![\w/])@(\w+)", lambda m: f'<span class="h-card"><a href="{B}/social/@{m[1]}" '
                 f'class="u-url mention">@<span>{m[1]}</span></a></span>', out)
    return f"<p>{out}</p>"


def note_tags(text: str, mentions: list[str]) -> list[dict]:
    tags = [{"type": "Mention", "href": f"{B}/social/@{h}", "name": f"@{h}"} for h in mentions]
    tags += [{"type": "Hashtag", "href": f"{B}/social/tags/{t.lower()}", "name": f"#{t}"}
             for t in re.findall(r"#(\w+)", text)]
    return tags


def build_note(n: int, local: str, offset: str, text: str, opts: dict) -> dict:
    when = utc(local, offset)
    if "announce" in opts:  # a boost comes a few hours after the original
        when -= timedelta(hours=3)
    published = iso_z(when)
    author = opts["announce"][0] if "announce" in opts else C.HANDLE
    base = f"{B}/social/@{author}"
    num = n + 4000 if "announce" in opts else n
    note = {
        "id": f"{base}/statuses/{num}",
        "type": "Note",
        "summary": None,
        "inReplyTo": None,
        "published": published,
        "url": f"{base}/{num}",
        "attributedTo": base,
        "to": [PUBLIC],
        "cc": [f"{base}/followers"],
        "sensitive": False,
        "content": note_html(text),
        "attachment": [
            {"type": "Document", "mediaType": "image/jpeg", "url": f"{B}/media/{f}", "name": alt,
             "width": 64, "height": 48}
            for f, alt in opts.get("images", [])
        ],
        "tag": note_tags(text, opts.get("mentions", [])),
    }
    if "location" in opts:
        name, lat, lon = opts["location"]
        note["location"] = {"type": "Place", "name": name, "latitude": lat, "longitude": lon}
    return note


def build_activity(n: int, local: str, offset: str, text: str, opts: dict) -> dict:
    note = build_note(n, local, offset, text, opts)
    kind = "Announce" if "announce" in opts else "Create"
    return {
        "id": f"{ACTOR}/statuses/{n}/activity",
        "type": kind,
        "actor": ACTOR,
        "published": iso_z(utc(local, offset)),
        "to": [PUBLIC],
        "cc": [f"{ACTOR}/followers"],
        "object": note,
    }


def build_actor() -> dict:
    return {
        "@context": AP_CONTEXT,
        "id": ACTOR,
        "type": "Person",
        "following": f"{ACTOR}/following",
        "followers": f"{ACTOR}/followers",
        "inbox": f"{ACTOR}/inbox",
        "outbox": f"{ACTOR}/outbox",
        "preferredUsername": C.HANDLE,
        "name": C.NAME,
        "summary": C.ACTOR_SUMMARY,
        "url": ACTOR,
        "manuallyApprovesFollowers": False,
        "discoverable": True,
        "published": "2026-02-01T00:00:00Z",
        "attachment": [{"type": "PropertyValue", "name": k, "value": v} for k, v in C.ACTOR_FIELDS],
        "icon": {"type": "Image", "mediaType": "image/jpeg", "url": f"{B}/media/avatar.jpg"},
        "endpoints": {"sharedInbox": f"{B}/social/inbox"},
    }


def render_social() -> None:
    write_json(f"social/@{C.HANDLE}.json", build_actor())
    activities = [build_activity(*row) for row in sorted(C.NOTES, key=lambda r: -r[0])]  # newest first
    for rel, doc in outbox_files(C.HANDLE, ACTOR, activities, PAGE_SIZE, AP_CONTEXT):
        write_json(rel, doc)
    for coll in ("followers", "following"):
        write_json(f"social/@{C.HANDLE}/{coll}.json", {
            "@context": "https://www.w3.org/ns/activitystreams", "id": f"{ACTOR}/{coll}",
            "type": "OrderedCollection", "totalItems": 0})
    # Each status by its id (JSON) and its url (HTML), as Mastodon serves them.
    for act in activities:
        note = act["object"]
        rel = note["id"].removeprefix(f"{B}/")
        write_json(f"{rel}.json", {"@context": AP_CONTEXT, **note})
        author = note["attributedTo"].rsplit("@", 1)[1]
        write(note["url"].removeprefix(f"{B}/") + ".html", page_html(
            f"@{author}", f'<article class="h-entry"><a class="u-url" href="{note["url"]}">'
            f'<time class="dt-published" datetime="{note["published"]}">{note["published"]}</time></a>'
            f'<div class="e-content">{note["content"]}</div>'
            + "".join(f'<img class="u-photo" src="{a["url"]}" alt="{html.escape(a["name"])}">'
                      for a in note["attachment"]) + "</article>",
            alternate=(note["id"], "application/activity+json")))
    for handle, name in C.OTHER_ACTORS.items():
        other = f"{B}/social/@{handle}"
        write_json(f"social/@{handle}.json", {
            "@context": AP_CONTEXT, "id": other, "type": "Person", "preferredUsername": handle, "name": name,
            "url": other, "inbox": f"{other}/inbox", "outbox": f"{other}/outbox"})
    fields = "".join(f"<dt>{html.escape(k)}</dt><dd>{v}</dd>" for k, v in C.ACTOR_FIELDS)
    write(f"social/@{C.HANDLE}.html", page_html(
        f"{C.NAME} (@{C.HANDLE})",
        f'<div class="h-card"><img class="u-photo" src="{B}/media/avatar.jpg" alt="">'
        f'<h1><a class="p-name u-url" href="{ACTOR}">{C.NAME}</a></h1>'
        f'<p class="p-nickname">@{C.HANDLE}</p><div class="p-note">{C.ACTOR_SUMMARY}</div>'
        f"<dl>{fields}</dl></div>",
        alternate=(ACTOR, "application/activity+json")))


# --- HTML helpers --------------------------------------------------------------
def page_html(title: str, body: str, alternate: tuple[str, str] | None = None, head: str = "") -> str:
    alt = (f'<link rel="alternate" type="{alternate[1]}" href="{alternate[0]}">' if alternate else "")
    return (f'<!DOCTYPE html>\n<html lang="en-AU">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{html.escape(title)}</title>\n{alt}{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n")


# --- the microformats2 blog ----------------------------------------------------
FEED_LINK = '<link rel="alternate" type="application/rss+xml" title="Shift Notes" href="/blog/feed.xml">'
AUTHOR_CARD = (
    f'<div class="h-card p-author" id="author"><img class="u-photo" src="{B}/media/avatar.jpg" alt="">'
    f'<a class="p-name u-url u-uid" href="{B}/blog/" rel="me">{C.NAME}</a>'
    '<p class="p-note">Border Force officer, dad, netballer. Writing about shift work and life in '
    'south-west Sydney.</p>'
    '<p><span class="p-locality">Revesby</span>, <span class="p-region">NSW</span>, '
    '<span class="p-country-name">Australia</span></p>'
    f'<a rel="me" href="{B}/social/@{C.HANDLE}">Mastodon</a> · '
    f'<a rel="me" href="{B}/people/casey-morgan">Work profile</a></div>'
)


def post_url(slug: str) -> str:
    return f"{B}/blog/posts/{slug}/"


def render_blog() -> None:
    posts = sorted(C.BLOG_POSTS, key=lambda p: p[1], reverse=True)
    pages = [posts[i:i + BLOG_PAGE_SIZE] for i in range(0, len(posts), BLOG_PAGE_SIZE)]
    for i, chunk in enumerate(pages, start=1):
        entries = []
        for slug, local, offset, title, paras, tags, _geo in chunk:
            when = datetime.fromisoformat(f"{local.replace(' ', 'T')}:00{offset}")
            summary = re.sub(r"<[^>]+>", "", paras[0])
            entries.append(
                f'<article class="h-entry"><h2 class="p-name"><a class="u-url" href="{post_url(slug)}">'
                f'{html.escape(title)}</a></h2><time class="dt-published" datetime="{when.isoformat()}">'
                f'{when:%d %B %Y}</time><p class="p-summary">{summary}</p></article>')
        nav = []
        if i > 1:
            prev = "/blog/" if i == 2 else f"/blog/page/{i - 1}/"
            nav.append(f'<a rel="prev" href="{prev}">Newer posts</a>')
        if i < len(pages):
            nav.append(f'<a rel="next" href="/blog/page/{i + 1}/">Older posts</a>')
        body = (f"<header>{AUTHOR_CARD}</header>\n<main class=\"h-feed\"><h1 class=\"p-name\">{C.BLOG_TITLE}</h1>\n"
                + "\n".join(entries) + f"\n</main>\n<nav>{' '.join(nav)}</nav>")
        rel = "blog/index.html" if i == 1 else f"blog/page/{i}/index.html"
        write(rel, page_html(C.BLOG_TITLE if i == 1 else f"{C.BLOG_TITLE}, page {i}", body, head=FEED_LINK))
    for slug, local, offset, title, paras, tags, _geo in posts:
        when = datetime.fromisoformat(f"{local.replace(' ', 'T')}:00{offset}")
        cats = " ".join(f'<a class="p-category" href="/blog/">{t}</a>' for t in tags)
        body = (f'<article class="h-entry"><h1 class="p-name">{html.escape(title)}</h1>'
                f'<p><a class="u-url" href="{post_url(slug)}"><time class="dt-published" '
                f'datetime="{when.isoformat()}">{when:%d %B %Y}</time></a> by '
                f'<a class="p-author h-card" href="{B}/blog/">{C.NAME}</a></p>\n<div class="e-content">'
                + "".join(f"<p>{p}</p>" for p in paras) + f"</div>\n<p>{cats}</p></article>\n"
                f'<p><a href="/blog/">Back to {C.BLOG_TITLE}</a></p>')
        write(f"blog/posts/{slug}/index.html", page_html(f"{title} | {C.BLOG_TITLE}", body, head=FEED_LINK))
    write("blog/private/index.html", page_html(
        "Private", "".join(f"<p>{html.escape(p)}</p>" for p in C.PRIVATE_PAGE),
        head='<meta name="robots" content="noindex">'))
    render_feed(posts)


def render_feed(posts: list) -> None:
    items = []
    for slug, local, offset, title, paras, tags, geo in posts:
        when = datetime.fromisoformat(f"{local.replace(' ', 'T')}:00{offset}")
        desc = html.escape("".join(f"<p>{p}</p>" for p in paras), quote=False)
        cats = "".join(f"<category>{t}</category>" for t in tags)
        point = f"\n  <georss:point>{geo[0]} {geo[1]}</georss:point>" if geo else ""
        items.append(
            f"<item>\n  <title>{html.escape(title)}</title>\n  <link>{post_url(slug)}</link>\n"
            f'  <guid isPermaLink="true">{post_url(slug)}</guid>\n  <pubDate>{format_datetime(when)}</pubDate>\n'
            f"  <author>casey.morgan@abf.gov.au ({C.NAME})</author>\n  {cats}\n"
            f"  <description>{desc}</description>{point}\n</item>")
    feed = ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<rss version="2.0" xmlns:georss="http://www.georss.org/georss" '
            'xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            f"<title>{C.BLOG_TITLE}</title>\n<link>{B}/blog/</link>\n"
            f'<atom:link href="{B}/blog/feed.xml" rel="self" type="application/rss+xml"/>\n'
            "<description>Shift work, netball and life in south-west Sydney.</description>\n"
            "<language>en-au</language>\n"
            f"<managingEditor>casey.morgan@abf.gov.au ({C.NAME})</managingEditor>\n"
            f"<lastBuildDate>{format_datetime(datetime.fromisoformat(posts[0][1] + ':00' + posts[0][2]))}"
            "</lastBuildDate>\n" + "\n".join(items) + "\n</channel>\n</rss>\n")
    write("blog/feed.xml", feed)


# --- the LinkedIn-like page -----------------------------------------------------
def render_people() -> None:
    url = f"{B}/people/casey-morgan"
    person = {
        "@context": "https://schema.org",
        "@type": "Person",
        "@id": f"{url}#person",
        "name": C.NAME,
        "url": url,
        "mainEntityOfPage": url,
        "image": f"{B}/media/avatar.jpg",
        "jobTitle": "Border Force Officer (APS4), Airport Operations",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Australian Border Force",
                     "parentOrganization": {"@type": "GovernmentOrganization",
                                            "name": "Department of Immigration and Border Protection"}},
        "workLocation": {"@type": "Place", "name": "Sydney Airport T1"},
        "address": {"@type": "PostalAddress", "addressLocality": "Revesby", "addressRegion": "NSW",
                    "postalCode": "2212", "addressCountry": "AU"},
        "email": "mailto:casey.morgan@abf.gov.au",
        "telephone": "+61 2 5550 1234",
        "alumniOf": {"@type": "CollegeOrUniversity", "name": "Western Sydney University"},
        "knowsAbout": ["Passenger processing", "SmartGate", "Cargo and mail inspection"],
        "colleague": [{"@type": "Person", "name": "Priya Nair", "jobTitle": "Team Leader, Airport Operations"}],
        "sameAs": [f"{B}/social/@{C.HANDLE}", f"{B}/blog/"],
    }
    jobs = "".join(
        f'<li><h3>{html.escape(t)}</h3><p>{html.escape(org)} · {html.escape(where)}</p>'
        f"<p>{html.escape(when)}</p><p>{html.escape(desc)}</p></li>"
        for t, org, where, when, desc in C.EXPERIENCE)
    body = (
        f'<main><section id="top"><img src="{B}/media/avatar.jpg" alt=""><h1>{C.NAME}</h1>'
        "<p>Border Force Officer at Australian Border Force</p><p>Revesby, New South Wales, Australia</p>"
        "</section>\n"
        '<section id="about"><h2>About</h2><p>Border Force officer in Airport Operations at Sydney Airport '
        "T1. Eight years across passenger processing, cargo and international mail. Contact me at "
        "casey.morgan@abf.gov.au or +61 2 5550 1234 (work).</p></section>\n"
        f'<section id="experience"><h2>Experience</h2><ul>{jobs}</ul></section>\n'
        '<section id="education"><h2>Education</h2><ul><li>Western Sydney University, Bachelor of '
        "Criminal and Community Justice, 2014 to 2017</li></ul></section>\n"
        '<section id="recommendations"><h2>Recommendations</h2><blockquote>"Casey is the officer I put on '
        'the primary line when the queue is out the door." Priya Nair, Team Leader, Airport Operations, '
        "Australian Border Force</blockquote></section>\n"
        f'<section id="contact"><h2>Contact info</h2><ul><li>Email: casey.morgan@abf.gov.au</li>'
        f'<li>Phone: +61 2 5550 1234 (work)</li><li><a href="{B}/social/@{C.HANDLE}">Mastodon</a></li>'
        f'<li><a href="{B}/blog/">Blog</a></li></ul></section></main>')
    ld = ('<script type="application/ld+json">\n' + json.dumps(person, indent=1, ensure_ascii=False)
          + "\n</script>")
    write("people/casey-morgan.html", page_html(f"{C.NAME} | Border Force Officer", body, head=ld))


# --- the rest ----------------------------------------------------------------------
def render_root() -> None:
    write("robots.txt", "User-agent: *\nDisallow: /blog/private/\n")
    write("_types.toml", "# Content types by file path (relative to this folder); see crawler/localsite.py.\n"
          '"social/*.json" = "application/activity+json"\n'
          '"blog/feed.xml" = "application/rss+xml"\n')
    write("index.html", page_html("Demo site (fictional persona)",
          "<h1>footprint demo: Casey Morgan (fictional)</h1><ul>"
          f'<li><a href="{ACTOR}">Mastodon-style profile</a></li>'
          f'<li><a href="{B}/blog/">Blog</a></li>'
          f'<li><a href="{B}/people/casey-morgan">Work profile</a></li></ul>'))


def main(out: Path | None = None) -> Path:
    global SITE
    default, SITE = SITE, Path(out) if out is not None else SITE
    try:
        for part in (render_root, render_social, render_blog, render_people):
            part()
        return SITE
    finally:
        SITE = default


if __name__ == "__main__":
    print(main(Path(sys.argv[1]) if len(sys.argv) > 1 else None))
