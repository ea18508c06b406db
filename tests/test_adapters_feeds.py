"""Feed adapter: feedparser's own test feeds (GeoRSS, GML, author email) and fictional blogs."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from footprint.crawler.adapters import Parsed, detect_platform, parse
from footprint.crawler.items import PostItem, ProfileItem
from tests.conftest import FIXTURES

FEEDS = FIXTURES / "formats" / "feeds"
PROFILE = "https://jordan.example/"
FEED_URL = "https://jordan.example/feed.xml"


def _run(body: bytes, url: str = FEED_URL, content_type: str = "application/rss+xml") -> Parsed:
    return parse("feed", url, body, PROFILE, content_type)


def _posts(parsed: Parsed) -> list[PostItem]:
    return [i for i in parsed.items if isinstance(i, PostItem)]


def _profiles(parsed: Parsed) -> list[ProfileItem]:
    return [i for i in parsed.items if isinstance(i, ProfileItem)]


# -- feedparser's test files -------------------------------------------------------
# Their "Expect:" lines: where.coordinates == (31.1732, 36.9382), i.e. GeoJSON
# (lon, lat) for "<georss:point>36.9382 31.1732</georss:point>" (lat lon).

@pytest.mark.parametrize("name", ["georss_point.xml", "gml_point.xml"])
def test_geo_points_become_lat_lon(name):
    (post,) = _posts(_run((FEEDS / name).read_bytes(), content_type="application/atom+xml"))
    assert post.location == {"name": "", "lat": 36.9382, "lon": 31.1732}


def test_atom_entry_author_email():
    (post,) = _posts(_run((FEEDS / "entry_author_email.xml").read_bytes(), content_type="application/atom+xml"))
    assert post.author_email == "me@example.com"
    assert post.url == FEED_URL          # the entry has no link or id: the feed is the best address


@pytest.mark.parametrize("name", ["georss_point.xml", "gml_point.xml", "entry_author_email.xml"])
@pytest.mark.parametrize("content_type", ["", "text/xml", "application/xml", "application/atom+xml"])
def test_real_feeds_are_detected(name, content_type):
    assert detect_platform(FEED_URL, content_type, (FEEDS / name).read_bytes(), None) == "feed"


# -- a fictional RSS 2.0 blog feed ----------------------------------------------------

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom"
     xmlns:georss="http://www.georss.org/georss">
<channel>
  <title>Jordan's blog</title>
  <link>https://jordan.example/</link>
  <description>Notes from &lt;b&gt;Harris Park&lt;/b&gt;</description>
  <managingEditor>jordan@mail.example (Jordan Morrow)</managingEditor>
  <atom:link rel="self" href="https://jordan.example/feed.xml"/>
  <atom:link rel="next" href="https://jordan.example/feed.xml?page=2"/>
  <item>
    <title>Night shift</title>
    <link>https://jordan.example/2024/03/night-shift</link>
    <guid>https://jordan.example/?p=41</guid>
    <author>jm.work@mail.example (Jordan)</author>
    <pubDate>Sat, 02 Mar 2024 22:00:00 +1100</pubDate>
    <category>ABF</category>
    <category>#NightShift</category>
    <description>&lt;p&gt;Long night at the &lt;a href="/terminal"&gt;terminal&lt;/a&gt; with @casey&lt;/p&gt;&lt;img src="/i/a.jpg"&gt;</description>
    <enclosure url="https://jordan.example/i/b.jpg" type="image/jpeg" length="1234"/>
    <enclosure url="https://jordan.example/i/c.mp3" type="audio/mpeg" length="1234"/>
    <media:content url="https://cdn.example/d.png" medium="image"/>
    <media:thumbnail url="https://cdn.example/e.jpg"/>
    <georss:point>-33.9399 151.1753</georss:point>
  </item>
  <item>
    <title>Undated</title>
    <guid isPermaLink="false">tag:jordan.example,2024:42</guid>
    <description>Plain text with #Family</description>
  </item>
</channel>
</rss>"""


@pytest.fixture(scope="module")
def rss() -> Parsed:
    return _run(RSS)


@pytest.mark.parametrize("index, attr, expected", [
    (0, "url", "https://jordan.example/2024/03/night-shift"),
    (0, "title", "Night shift"),
    (0, "text", "Long night at the terminal with @casey"),
    (0, "published", "2024-03-02T11:00:00+00:00"),
    (0, "author_email", "jm.work@mail.example"),      # not feedparser's truncated "jm.work@mail.exam"
    (0, "hashtags", ["ABF", "NightShift"]),
    (0, "mentions", ["@casey"]),
    (0, "links", ["https://jordan.example/terminal"]),
    (0, "images", ["https://jordan.example/i/b.jpg", "https://cdn.example/d.png", "https://cdn.example/e.jpg",
                   "https://jordan.example/i/a.jpg"]),
    (0, "location", {"name": "", "lat": -33.9399, "lon": 151.1753}),
    (0, "platform", "feed"),
    (0, "profile", PROFILE),
    (1, "url", FEED_URL),                                # no link, guid not a URL
    (1, "published", None),
    (1, "hashtags", ["Family"]),
    (1, "author_email", "jordan@mail.example"),          # inherits the feed's managingEditor
])
def test_rss_entries(rss, index, attr, expected):
    assert getattr(_posts(rss)[index], attr) == expected


def test_rss_next_page_is_a_part(rss):
    assert rss.parts == ["https://jordan.example/feed.xml?page=2"]


@pytest.mark.parametrize("attr, expected", [
    ("url", FEED_URL),
    ("name", "Jordan Morrow"),
    ("summary", "Notes from Harris Park"),
    ("emails", ["jordan@mail.example"]),
    ("links", ["https://jordan.example/"]),
])
def test_rss_feed_profile(rss, attr, expected):
    (item,) = _profiles(rss)
    assert getattr(item, attr) == expected


def test_rss_image_refs(rss):
    refs = {(r.url, r.post_url, r.posted_at) for r in rss.images}
    assert ("https://jordan.example/i/b.jpg", "https://jordan.example/2024/03/night-shift",
            "2024-03-02T11:00:00+00:00") in refs
    assert not any(r.url.endswith(".mp3") for r in rss.images)


# -- a fictional Atom feed ------------------------------------------------------------

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:gml="http://www.opengis.net/gml" xmlns:georss="http://www.georss.org/georss">
  <title>Casey's notes</title>
  <link rel="alternate" href="https://casey.example/"/>
  <link rel="next" href="/atom.xml?before=2024-01-01"/>
  <id>tag:casey.example,2024:feed</id>
  <updated>2024-03-01T00:00:00Z</updated>
  <entry>
    <title type="html">Weekend &amp;amp; beach</title>
    <link rel="alternate" href="https://casey.example/posts/weekend"/>
    <link rel="enclosure" type="image/heic" href="https://casey.example/media/IMG_0001.HEIC"/>
    <id>https://casey.example/posts/weekend</id>
    <published>2024-01-06T09:30:00+11:00</published>
    <author><name>Casey</name><email>casey@mail.example</email></author>
    <content type="html">&lt;p&gt;Cronulla with the kids #Summer&lt;/p&gt;</content>
    <georss:where><gml:Point><gml:pos>-34.0577 151.1521</gml:pos></gml:Point></georss:where>
  </entry>
</feed>"""


@pytest.mark.parametrize("attr, expected", [
    ("url", "https://casey.example/posts/weekend"),
    ("title", "Weekend & beach"),
    ("text", "Cronulla with the kids #Summer"),
    ("published", "2024-01-05T22:30:00+00:00"),
    ("author_email", "casey@mail.example"),
    ("images", ["https://casey.example/media/IMG_0001.HEIC"]),
    ("location", {"name": "", "lat": -34.0577, "lon": 151.1521}),
    ("hashtags", ["Summer"]),
])
def test_atom_entry(attr, expected):
    (post,) = _posts(_run(ATOM, "https://casey.example/atom.xml", "application/atom+xml"))
    assert getattr(post, attr) == expected


def test_atom_next_is_resolved_and_feed_lists_its_entries_authors():
    """No feed-level author, but the entries name one: the feed's profile lists that address (the feed
    is where a reader sees it; a post's own page usually does not show it)."""
    parsed = _run(ATOM, "https://casey.example/atom.xml", "application/atom+xml")
    assert parsed.parts == ["https://casey.example/atom.xml?before=2024-01-01"]
    assert [p.emails for p in _profiles(parsed)] == [["casey@mail.example"]]


def test_feed_without_any_author_has_no_profile():
    bare = re.sub(rb"<author>.*?</author>", b"", ATOM, flags=re.S)
    parsed = _run(bare, "https://casey.example/atom.xml", "application/atom+xml")
    assert _profiles(parsed) == [] and all(not p.author_email for p in _posts(parsed))


# -- broken input --------------------------------------------------------------------

def test_truncated_feed_keeps_first_entry():
    cut = RSS[: RSS.index(b"<title>Undated")]
    posts = _posts(_run(cut))
    assert posts and posts[0].url == "https://jordan.example/2024/03/night-shift"


@pytest.mark.parametrize("body", [
    b"", b"<rss", b"\xff\xfe\x00\x01garbage", b"<feed><entry><link href='javascript:alert(1)'/></entry></feed>",
    b'<?xml version="1.0" encoding="bogus-9"?><rss><channel><item><title>x</title></item></channel></rss>',
    b"<!DOCTYPE rss [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>]><rss>&b;</rss>",
    b"<rss><channel><item><georss:point>95 500</georss:point><pubDate>not a date</pubDate></item></channel></rss>",
])
def test_malformed_feeds_do_not_raise(body):
    assert isinstance(_run(body), Parsed)


def test_out_of_range_point_is_dropped():
    body = (b'<feed xmlns="http://www.w3.org/2005/Atom" xmlns:georss="http://www.georss.org/georss">'
            b"<entry><georss:point>95 500</georss:point></entry></feed>")
    (post,) = _posts(_run(body))
    assert post.location is None


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_parse_arbitrary_bytes_never_raises(body):
    assert isinstance(parse("feed", FEED_URL, body, PROFILE), Parsed)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=len(RSS)))
def test_parse_any_truncation_never_raises(n):
    assert isinstance(_run(RSS[:n]), Parsed)
