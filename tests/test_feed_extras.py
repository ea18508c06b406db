"""A blog post's own page is the copy kept, but what only its feed entry shows still counts.

Blog engines put a post's GeoRSS point and its author's address in the RSS feed and not on the
post page. The crawl keeps the page's copy (it is the post's permalink) and fills the page's
missing location from the feed entry, whichever arrives first; the entry authors' addresses go
on the feed's profile item, so evidence for them cites the feed, where a reader sees them.
"""
from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest

from footprint.crawler.consent import load_consent
from footprint.crawler.items import PostItem
from footprint.crawler.localsite import LocalSite
from footprint.crawler.runner import crawl
from footprint.crawler.store import Store

FAST = {"FOOTPRINT_MAX_RETRY_DELAY": 2.0, "FOOTPRINT_RETRY_BACKOFF": 0.1, "DOWNLOAD_TIMEOUT": 5}
FEED_LINK = '<link rel="alternate" type="application/rss+xml" href="{{BASE}}/blog/feed.xml">'
LISTING = f"""<!doctype html><html><head><title>Tide Notes</title>{FEED_LINK}</head><body>
<main class="h-feed"><article class="h-entry"><h2 class="p-name">
<a class="u-url" href="{{{{BASE}}}}/blog/posts/step/">On the step</a></h2>
<time class="dt-published" datetime="2026-03-20T19:00:00+11:00">20 March 2026</time>
<p class="p-summary">Dumplings on the front step again.</p></article></main></body></html>"""
POST = f"""<!doctype html><html><head><title>On the step</title>{FEED_LINK}</head><body>
<article class="h-entry"><h1 class="p-name">On the step</h1>
<p><a class="u-url" href="{{{{BASE}}}}/blog/posts/step/"><time class="dt-published"
datetime="2026-03-20T19:00:00+11:00">20 March 2026</time></a></p>
<div class="e-content"><p>Dumplings on the front step again, the whole street smells of jasmine.</p></div>
</article></body></html>"""
FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:georss="http://www.georss.org/georss"><channel>
<title>Tide Notes</title><link>{{BASE}}/blog/</link><description>Small hours, small plants.</description>
<item><title>On the step</title><link>{{BASE}}/blog/posts/step/</link>
<guid isPermaLink="true">{{BASE}}/blog/posts/step/</guid><pubDate>Fri, 20 Mar 2026 19:00:00 +1100</pubDate>
<author>wren.okafor@mail.example (Wren Okafor)</author>
<description>&lt;p&gt;Dumplings on the front step again, the whole street smells of jasmine.&lt;/p&gt;</description>
<georss:point>-37.8722 144.9927</georss:point></item>
</channel></rss>"""


def _late(path: Path, ctype: str):
    """A route that answers after a pause, to force which copy of the post arrives last."""
    def handler(h):
        time.sleep(0.6)
        body = path.read_text(encoding="utf-8").replace("{{BASE}}", f"http://127.0.0.1:{h.server.server_address[1]}")
        h.send_response(200)
        h.send_header("Content-Type", ctype)
        h.end_headers()
        h.wfile.write(body.encode())
    return handler


@pytest.mark.parametrize("late", ["/blog/feed.xml", "/blog/posts/step/"])
def test_page_copy_kept_with_the_feed_entrys_point(tmp_path, write_consent, late):
    root = tmp_path / "site"
    files = {"robots.txt": "", "blog/index.html": LISTING, "blog/posts/step/index.html": POST, "blog/feed.xml": FEED}
    for name, body in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(body, encoding="utf-8")
    source = root / ("blog/feed.xml" if late.endswith(".xml") else "blog/posts/step/index.html")
    ctype = "application/rss+xml" if late.endswith(".xml") else "text/html; charset=utf-8"
    with LocalSite(root, routes={late: _late(source, ctype)}) as site:
        consent = load_consent(write_consent(profiles=[{"url": site.base + "/blog/"}]), allow_local=True)
        result = crawl(consent, tmp_path / "fp.sqlite3", allow_local=True, no_throttle=True, settings=FAST)
        base = site.base
    with Store(tmp_path / "fp.sqlite3") as store:
        items = store.items_for_scan(result.scan_id)
    posts = [i for i in items if isinstance(i, PostItem) and i.url == base + "/blog/posts/step/"]
    assert len(posts) == 1                                     # one copy of the post, never two
    (post,) = posts
    assert post.platform == "html" and "jasmine" in post.text   # the page's copy
    assert (post.location["lat"], post.location["lon"]) == pytest.approx((-37.8722, 144.9927))
    assert post.author_email == ""                            # the page does not show it ...
    feed_profiles = [i for i in items if i.kind == "profile" and i.url == base + "/blog/feed.xml"]
    assert [p.emails for p in feed_profiles] == [["wren.okafor@mail.example"]]   # ... the feed does


def _post(text: str = "Dumplings on the step.") -> PostItem:
    return PostItem(profile="https://blog.example/", url="https://blog.example/posts/step/", platform="html", text=text)


def test_fill_rewrites_the_page_copy_and_a_later_scan_joins_it(tmp_path, write_consent):
    consent = load_consent(write_consent())
    point = {"name": "", "lat": -37.8722, "lon": 144.9927}
    with Store(tmp_path / "fp.sqlite3") as store:
        first = store.start_scan(consent)                      # e.g. killed before it could fill
        store.add_items(first, consent.subject, [_post()])
        second = store.start_scan(consent)
        store.add_items(second, consent.subject, [_post()])
        assert store.fill_post_fields(second, consent.subject, _post().url, {"location": point}) is True
        assert store.fill_post_fields(second, consent.subject, _post().url, {"location": point}) is False  # already there
        third = store.start_scan(consent)                      # the page as crawled again, filled again
        store.add_items(third, consent.subject, [_post()])
        assert store.fill_post_fields(third, consent.subject, _post().url, {"location": point}) is True
        rows = store.conn.execute("SELECT count(*) FROM items").fetchone()[0]
        seen = [store.items_for_scan(s) for s in (first, second, third)]
    assert rows == 1                                          # one stored copy of the post, filled
    assert all(items == [replace(_post(), location=point)] for items in seen)


def test_fill_unknown_url_changes_nothing(tmp_path, write_consent):
    consent = load_consent(write_consent())
    with Store(tmp_path / "fp.sqlite3") as store:
        scan = store.start_scan(consent)
        store.add_items(scan, consent.subject, [_post()])
        assert store.fill_post_fields(scan, consent.subject, "https://blog.example/posts/other/",
                                      {"location": {"lat": 1.0, "lon": 2.0}}) is False
        assert store.items_for_scan(scan) == [_post()]
