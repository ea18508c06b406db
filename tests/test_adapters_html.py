"""HTML adapter: microformats2, schema.org, OpenGraph and plain pages.

Real third-party samples from ../shared/data/formats (skipped when absent) plus
fictional personal pages written here.
"""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from footprint.crawler.adapters import Parsed, detect_platform, parse
from footprint.crawler.items import PostItem, ProfileItem
from tests.conftest import FIXTURES

SHARED = FIXTURES / "formats"
PROFILE = "https://jordan.example/"


def _run(html: str | bytes, url: str = PROFILE, content_type: str = "text/html; charset=utf-8") -> Parsed:
    body = html.encode("utf-8") if isinstance(html, str) else html
    return parse("html", url, body, PROFILE, content_type)


def _profile(parsed: Parsed) -> ProfileItem:
    (item,) = [i for i in parsed.items if isinstance(i, ProfileItem)]
    return item


def _posts(parsed: Parsed) -> list[PostItem]:
    return [i for i in parsed.items if isinstance(i, PostItem)]


# -- real microformats test pages against their expected parse ------------------

def _expected(name: str) -> dict:
    return json.loads((SHARED / "microformats" / f"{name}.json").read_text())


def test_hcard_name_and_orgs_match_expected_parse():
    expected = _expected("h-card-p-property")["items"][0]["properties"]
    item = _profile(_run((SHARED / "microformats" / "h-card-p-property.html").read_bytes()))
    assert item.name == expected["name"][0]
    assert item.fields["worksFor"] == "; ".join(expected["org"])


def test_rel_me_links_match_expected_parse():
    expected = _expected("rel-xfn-elsewhere")["rels"]["me"]
    item = _profile(_run((SHARED / "microformats" / "rel-xfn-elsewhere.html").read_bytes()))
    assert item.links == expected


def test_top_level_hadr_geo_locates_the_page():
    props = _expected("h-adr-geo")["items"][0]["properties"]
    lat, lon = (float(x) for x in props["geo"][0].split(";"))
    (post,) = _posts(_run((SHARED / "microformats" / "h-adr-geo.html").read_bytes()))
    assert post.location == {"name": props["name"][0], "lat": lat, "lon": lon}
    assert props["street-address"][0] in post.text and props["postal-code"][0] in post.text


# -- schema.org: the real examples (JSON-LD and microdata) ---------------------------

def _schemaorg_example(section: str) -> str:
    text = (SHARED / "schemaorg" / "examples.txt").read_text(encoding="utf-8")
    block = text.split("TYPES: #eg-0001 ", 1)[1].split("\nTYPES: ", 1)[0]
    if section == "JSON":
        return block.split("JSON:", 1)[1]
    return block.split("MICRODATA:", 1)[1].split("RDFA:", 1)[0]


@pytest.mark.parametrize("section", ["JSON", "MICRODATA"])
@pytest.mark.parametrize("attr, expected", [
    ("name", "Jane Doe"),
    ("emails", ["jane-doe@xyz.edu"]),
    ("phones", ["(425) 123-4567"]),
    ("links", ["http://www.janedoe.com"]),
    ("avatar", "https://uni.example/staff/janedoe.jpg"),
])
def test_schemaorg_person(section, attr, expected):
    html = f"<html><body>{_schemaorg_example(section)}</body></html>"
    assert getattr(_profile(_run(html, "https://uni.example/staff/jdoe")), attr) == expected


@pytest.mark.parametrize("section, key, expected", [
    ("JSON", "jobTitle", "Professor"),
    ("JSON", "address", "20341 Whitworth Institute 405 N. Whitworth, Suite 123, Seattle WA 98052"),
    ("JSON", "colleague", "http://www.xyz.edu/students/alicejones.html; http://www.xyz.edu/students/bobsmith.html"),
    ("MICRODATA", "jobTitle", "Professor"),
    ("MICRODATA", "address", "20341 Whitworth Institute Suite 123 405 N. Whitworth, Seattle WA 98052"),
])
def test_schemaorg_person_fields(section, key, expected):
    html = f"<html><body>{_schemaorg_example(section)}</body></html>"
    assert _profile(_run(html, "https://uni.example/staff/jdoe")).fields[key] == expected


def test_microdata_blogposting_and_nested_people_are_not_the_profile():
    parsed = _run((SHARED / "extruct" / "microdata.7.1.html").read_bytes(), "https://blog.example/2013/progress")
    assert not any(isinstance(i, ProfileItem) for i in parsed.items)   # Greg and Charlotte only comment
    (post,) = _posts(parsed)
    assert (post.title, post.published) == ("Progress report", "2013-08-29T00:00:00+00:00")
    assert "swim lessons" in post.text


def test_opengraph_article_matches_expected_extraction():
    expected = dict(json.loads((SHARED / "extruct" / "opengraph_test.json").read_text())[0]["properties"])
    parsed = _run((SHARED / "extruct" / "opengraph_test.html").read_bytes(), "https://www.eventeducation.com/test.php",
                  "text/html")
    (post,) = _posts(parsed)
    assert post.title == expected["og:title"]
    assert post.published == "2012-04-05T02:50:00+00:00"      # article:published_time -07:00 in UTC
    assert post.images == [expected["og:image"]]
    assert "fjs.parentNode" not in post.text                     # script dropped
    assert [r.url for r in parsed.images] == [expected["og:image"]]


# -- a fictional IndieWeb profile page -------------------------------------------

INDIEWEB = """<!doctype html>
<html><head>
<meta charset="utf-8"><title>Jordan Morrow</title>
<base href="https://jordan.example/">
<link rel="canonical" href="https://jordan.example/">
<link rel="alternate" type="application/rss+xml" href="/feed.xml">
<link rel="alternate" type="application/atom+xml" href="atom.xml">
<link rel="alternate" hreflang="fr" href="/fr/">
<link rel="stylesheet" href="/style.css">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "Person", "name": "Jordan Morrow",
 "jobTitle": "Senior Border Force Officer",
 "worksFor": {"@type": "Organization", "name": "Australian Border Force"},
 "alumniOf": ["Western Sydney University", {"@type": "CollegeOrUniversity", "name": "ABF College"}],
 "address": {"@type": "PostalAddress", "streetAddress": "12 Example Lane", "addressLocality": "Harris Park",
             "addressRegion": "NSW", "postalCode": "2150"},
 "spouse": {"@type": "Person", "name": "Casey Morrow"},
 "sameAs": ["https://social.example/@jmorrow", "https://code.example/jmorrow"],
 "mainEntityOfPage": {"@id": "https://jordan.example/about"}}
</script>
</head><body>
<div class="h-card">
  <img class="u-photo" src="/me.jpg" alt="">
  <a class="p-name u-url u-uid" href="/">Jordan Morrow</a>
  <p class="p-note">Runner, dad, <b>coffee</b> snob.</p>
  <a class="u-email" href="mailto:jordan@mail.example">email</a>
  <span class="p-tel">02 5550 1234</span>
  <span class="p-job-title">Officer</span>
  <span class="p-adr h-adr"><span class="p-locality">Harris Park</span> <span class="p-region">NSW</span></span>
  <a rel="me" href="https://social.example/@jmorrow">Mastodon</a>
</div>
<main class="h-feed">
<article class="h-entry">
  <h2 class="p-name">Night shift notes</h2>
  <a class="u-url" href="/2024/03/night-shift"><time class="dt-published" datetime="2024-03-02T22:00:00+11:00">2 March</time></a>
  <div class="e-content"><p>Another long night at the
     terminal. <a href="https://news.example/a">Read this</a> #ABF</p><img src="/img/terminal.jpg" alt="terminal"></div>
  <a class="p-category" href="/tags/work">work</a>
  <span class="p-location h-geo"><span class="p-latitude">-33.9399</span> <span class="p-longitude">151.1753</span></span>
</article>
<article class="h-entry">
  <a class="u-url" href="/notes/2"><time class="dt-published" datetime="2024-03-01">1 March</time></a>
  <p class="e-content">Short note with @casey@social.example</p>
  <img class="u-photo" src="/img/beach.heic">
</article>
</main>
<a rel="next" href="/page/2">Older</a>
</body></html>"""


@pytest.fixture(scope="module")
def indieweb() -> Parsed:
    return _run(INDIEWEB, "https://jordan.example/index.html")


@pytest.mark.parametrize("attr, expected", [
    ("url", "https://jordan.example/"),                      # rel=canonical
    ("name", "Jordan Morrow"),
    ("summary", "Runner, dad, coffee snob."),
    ("emails", ["jordan@mail.example"]),
    ("phones", ["02 5550 1234"]),
    ("avatar", "https://jordan.example/me.jpg"),
    ("links", ["https://social.example/@jmorrow", "https://code.example/jmorrow"]),
    ("platform", "html"),
    ("profile", PROFILE),
])
def test_hcard_profile(indieweb, attr, expected):
    assert getattr(_profile(indieweb), attr) == expected


@pytest.mark.parametrize("key, expected", [
    ("jobTitle", "Officer"),                                   # h-card wins over JSON-LD
    ("worksFor", "Australian Border Force"),                   # from JSON-LD Organization
    ("alumniOf", "Western Sydney University; ABF College"),
    ("address", "Harris Park NSW"),                            # h-card p-adr
    ("locality", "Harris Park"),
    ("spouse", "Casey Morrow"),
])
def test_profile_fields_merge_hcard_and_jsonld(indieweb, key, expected):
    assert _profile(indieweb).fields[key] == expected


@pytest.mark.parametrize("index, attr, expected", [
    (0, "url", "https://jordan.example/2024/03/night-shift"),
    (0, "title", "Night shift notes"),
    (0, "text", "Another long night at the terminal. Read this #ABF\nterminal"),   # img alt kept
    (0, "published", "2024-03-02T11:00:00+00:00"),
    (0, "hashtags", ["work", "ABF"]),
    (0, "links", ["https://news.example/a"]),
    (0, "images", ["https://jordan.example/img/terminal.jpg"]),
    (0, "location", {"name": "", "lat": -33.9399, "lon": 151.1753}),
    (1, "url", "https://jordan.example/notes/2"),
    (1, "title", ""),
    (1, "published", "2024-03-01T00:00:00+00:00"),
    (1, "mentions", ["@casey@social.example"]),
    (1, "images", ["https://jordan.example/img/beach.heic"]),
])
def test_hentry_posts(indieweb, index, attr, expected):
    assert getattr(_posts(indieweb)[index], attr) == expected


def test_parts_are_next_feeds_and_main_entity(indieweb):
    assert indieweb.parts == ["https://jordan.example/page/2", "https://jordan.example/feed.xml",
                              "https://jordan.example/atom.xml", "https://jordan.example/about"]


def test_follow_has_permalinks_not_parts(indieweb):
    assert "https://jordan.example/2024/03/night-shift" in indieweb.follow
    assert "https://jordan.example/notes/2" in indieweb.follow
    assert "https://jordan.example/page/2" not in indieweb.follow


def test_image_refs_point_at_their_post(indieweb):
    refs = {(r.url, r.post_url, r.posted_at) for r in indieweb.images}
    assert ("https://jordan.example/img/beach.heic", "https://jordan.example/notes/2", "2024-03-01T00:00:00+00:00") in refs


# -- a plain page without microformats -----------------------------------------------

PLAIN = """<html><head><title>Weekend | Jordan's blog</title>
<link rel="next" href="?page=2">
<style>.x{color:red}</style></head>
<body><nav><a href="/">Home</a></nav>
<article><h1>Weekend at Cronulla</h1>
<time datetime="2024-01-06T09:30:00+11:00">6 Jan</time>
<p>Swam at   the beach with Casey and the kids.</p><script>track()</script>
<img src="photos/cronulla.jpg"><a href="/2024/01/older-post">previous</a></article>
<footer>© Jordan</footer></body></html>"""


@pytest.mark.parametrize("attr, expected", [
    ("url", "https://jordan.example/blog/weekend"),
    ("title", "Weekend | Jordan's blog"),
    ("text", "Weekend at Cronulla\n6 Jan\nSwam at the beach with Casey and the kids.\nprevious"),
    ("published", "2024-01-05T22:30:00+00:00"),
    ("images", ["https://jordan.example/blog/photos/cronulla.jpg"]),
])
def test_plain_page_post(attr, expected):
    (post,) = _posts(_run(PLAIN, "https://jordan.example/blog/weekend"))
    assert getattr(post, attr) == expected


def test_plain_page_parts_and_follow():
    parsed = _run(PLAIN, "https://jordan.example/blog/weekend")
    assert parsed.parts == ["https://jordan.example/blog/weekend?page=2"]
    assert parsed.follow == ["https://jordan.example/2024/01/older-post"]     # inside <article> only
    assert not any(isinstance(i, ProfileItem) for i in parsed.items)


@pytest.mark.parametrize("html, url, field, expected", [
    ('<html><head><meta property="og:type" content="profile"><meta property="og:title" content="J Morrow">'
     '<meta property="profile:username" content="jmorrow"><meta property="og:description" content="Runner">'
     '</head><body></body></html>', PROFILE, "handle", "jmorrow"),
    ('<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, {"@type": "Person", "name": "J M", '
     '"worksFor": "Australian Border Force", "email": "mailto:jm@mail.example"}]}</script>', PROFILE, "worksFor",
     "Australian Border Force"),
    ('<script type="application/ld+json">{"@type": "Person", "name": "J", "address": "Harris Park NSW"}</script>',
     PROFILE, "address", "Harris Park NSW"),
])
def test_small_profile_variants(html, url, field, expected):
    item = _profile(_run(html, url))
    assert getattr(item, field, None) == expected or item.fields.get(field) == expected


@pytest.mark.parametrize("body", [
    b"", b"   ", b"<html><body><article><p>Cut off mid-sent", b"\xff\xfe\xfa<html>\x00\x01",
    b"<div class='h-entry'><a class='u-url' href='http://[::1'>x</a>", b"<" * 5000,
    b'<script type="application/ld+json">{"@type": "Person", "name": </script>',
    b'<script type="application/ld+json">[1, "x", null, {"@type": 5}]</script>',
    b"<html><head><base href='javascript:alert(1)'></head><body><a href='/x'>x</a></body></html>",
    b"<?xml version='1.0' encoding='latin-1'?><html><body>caf\xe9</body></html>",
    b"<div>" * 3000,
])
def test_malformed_html_does_not_raise(body):
    assert isinstance(_run(body), Parsed)


def test_truncated_page_keeps_its_text():
    (post,) = _posts(_run(b"<html><body><article><p>Cut off mid-sent"))
    assert post.text == "Cut off mid-sent"


def test_latin1_page_is_decoded():
    (post,) = _posts(_run("<html><body><p>Café in Parramatta</p></body></html>".encode("latin-1"),
                          content_type="text/html; charset=iso-8859-1"))
    assert post.text == "Café in Parramatta"


@pytest.mark.parametrize("content_type, body, hint, expected", [
    ("text/html", b"<html></html>", None, "html"),
    ("", b"<!doctype html><html><body>hi</body></html>", None, "html"),
    ("text/html", b"<html></html>", "bluesky", "html"),
    ("application/xhtml+xml", b"<html></html>", None, "html"),
    ("application/xml", b"<?xml version='1.0'?><html></html>", None, "html"),
])
def test_detect_platform_html(content_type, body, hint, expected):
    assert detect_platform(PROFILE, content_type, body, hint) == expected


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000))
def test_parse_arbitrary_bytes_never_raises(body):
    assert isinstance(parse("html", PROFILE, body, PROFILE), Parsed)


_tags = st.sampled_from(["<div class='h-card'>", "<div class='h-entry'>", "<a class='u-url' href='", "<p class='p-name'>",
                         "<time class='dt-published' datetime='", "<span class='p-location h-geo'>", "</div>", "'>",
                         "<span class='p-latitude'>", "<img class='u-photo' src='", "<link rel='next' href='",
                         "<script type='application/ld+json'>{\"@type\": \"Person\", ", "</script>", "<article>"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_tags, st.text(max_size=15)), max_size=25))
def test_parse_arbitrary_microformat_soup_never_raises(pieces):
    assert isinstance(parse("html", PROFILE, "".join(pieces).encode("utf-8", "surrogatepass"), PROFILE), Parsed)


# -- a plain forum's member page: its About box is the member's bio (round 14) --------------------------------------

_MEMBER = """<!DOCTYPE html><html><head><title>reef_rider | Bay Anglers</title></head><body>
<nav><a href="/">Bay Anglers</a></nav><main><h1>reef_rider</h1>{box}
<h2>Threads started</h2><ul><li><a href="/t/12/">Snapper on the drift</a> <span>2 Mar 2026</span></li></ul>
</main></body></html>"""


@pytest.mark.parametrize("box", [
    '<div class="about"><p>Wharf shifts, tinny weekends. Cleveland.</p></div>',
    '<section class="user-bio">Wharf shifts, tinny weekends. Cleveland.</section>',
    '<div id="about-me"><p>Wharf shifts, tinny weekends. Cleveland.</p></div>',
    '<dl class="profile-about member-box"><dd>Wharf shifts, tinny weekends. Cleveland.</dd></dl>',
])
def test_a_member_pages_about_box_is_the_profile_summary(box):
    parsed = _run(_MEMBER.format(box=box), url="https://anglers.example/u/reef_rider/")
    assert _profile(parsed).summary == "Wharf shifts, tinny weekends. Cleveland."


@pytest.mark.parametrize("box", [
    "",                                                                     # no About box: no profile
    '<div class="intro"><p>Wharf shifts, tinny weekends. Cleveland.</p></div>',   # not an About box
    '<div class="about"><p>' + "A long history of the club and its boats. " * 20 + "</p></div>",   # an article's about
])
def test_no_about_box_no_profile(box):
    parsed = _run(_MEMBER.format(box=box), url="https://anglers.example/u/reef_rider/")
    assert not [i for i in parsed.items if isinstance(i, ProfileItem)]


# -- a page's list of links to its own other pages is theirs to show (round 15) --------------------------------------

@pytest.mark.parametrize("listing, gone, kept", [
    ('<ul><li><a href="/t/12/">Nights are killing me</a> <span>2 Mar 2026</span></li>'
     '<li><a href="/t/11/">work laptop rant</a> <span>1 Mar 2026</span></li></ul>',
     ("Nights are killing me", "work laptop rant"), ()),
    ('<table><tr><td><a href="https://anglers.example/t/9/">Snapper on the drift</a></td><td>4 replies</td></tr></table>',
     ("Snapper on the drift",), ()),
    # an entry with words of its own beside the link stays: that text is this page's
    ('<ul><li>I wrote up the <a href="/t/12/">snapper trip</a> after my night shift at the wharf ended early.</li></ul>',
     (), ("after my night shift at the wharf",)),
    # a link to another site is not this site's page
    ('<ul><li><a href="https://news.example/story">Customs seize boat</a> <span>2 Mar</span></li></ul>',
     (), ("Customs seize boat",)),
])
def test_a_member_pages_thread_list_leaves_the_page_text(listing, gone, kept):
    """Thread titles listed on a member page are the threads' own words: each thread is crawled and cited on its
    own, so the member page's text leaves them out, and still follows their links."""
    html = _MEMBER.replace('<ul><li><a href="/t/12/">Snapper on the drift</a> <span>2 Mar 2026</span></li></ul>', listing)
    parsed = _run(html.format(box='<div class="about"><p>Wharf shifts, tinny weekends. Cleveland.</p></div>'),
                  url="https://anglers.example/u/reef_rider/")
    text = " ".join(p.text for p in _posts(parsed))
    assert all(t not in text for t in gone) and all(t in text for t in kept), text
    if gone:
        assert any("/t/" in u for u in parsed.follow)
