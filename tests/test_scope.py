"""Scope as CONTRACT.md fixes it, on tricky URLs, and its enforcement in the middleware."""
from __future__ import annotations

import pytest
from scrapy import Request
from scrapy.utils.test import get_crawler

from footprint.crawler.middlewares import ADMIT, PROFILE, ROLE, OutOfScope, ScopeMiddleware
from footprint.crawler.scope import ProfileScope, normalise

PROFILE_URL = "https://social.example/@alex"

SCOPE_TABLE = [
    ("https://social.example/@alex", True),
    ("https://social.example/@alex/", True),
    ("https://social.example/@alex/109", True),
    ("https://social.example/@alex/with_replies?page=2", True),
    ("HTTPS://SOCIAL.EXAMPLE/@alex/1", True),
    ("https://social.example:443/@alex/1", True),
    ("https://social.example./@alex/1", True),
    ("https://social.example/@alex/./1", True),
    ("https://social.example/@alex#top", True),
    ("https://social.example/@alexander", False),
    ("https://social.example/@alex.old", False),
    ("https://social.example/@alex/../@bob", False),
    ("https://social.example/@alex/%2e%2e/admin", False),
    ("https://social.example/@alex/%2E%2E/%2e%2e/etc", False),
    ("https://social.example/@alex%2F..%2Fadmin", False),
    ("https://social.example/%40alex/1", False),
    ("https://alex@social.example/@alex/1", False),
    ("https://user:pw@social.example/@alex/1", False),
    ("https://social.example@evil.example/@alex/1", False),
    ("https://social.example:8443/@alex/1", False),
    ("http://social.example/@alex/1", False),
    ("ftp://social.example/@alex/1", False),
    ("javascript:alert(1)", False),
    ("https://evil.example/@alex", False),
    ("https://sub.social.example/@alex", False),
    ("https://social.example/", False),
    ("https://social.example/@bob", False),
    ("https://social.example:99999/@alex", False),
    ("", False),
]


@pytest.mark.parametrize("url,admitted", SCOPE_TABLE)
def test_profile_scope(url, admitted):
    assert ProfileScope(PROFILE_URL).admits(url) is admitted


@pytest.mark.parametrize("profile,url,admitted", [
    ("https://blog.example/", "https://blog.example/posts/1/", True),
    ("https://blog.example/", "https://blog.example/../../x", True),
    ("https://blog.example/feed.xml", "https://blog.example/feed.xml", True),
    ("https://blog.example/feed.xml", "https://blog.example/feed.xml.bak", False),
    ("https://blog.example/blog/", "https://blog.example/blog", True),
    ("https://blog.example/blog/", "https://blog.example/blogroll", False),
])
def test_other_profile_shapes(profile, url, admitted):
    assert ProfileScope(profile).admits(url) is admitted


def test_normalise_drops_fragment_and_default_port():
    assert str(normalise("HTTP://Example.COM:80/a/./b/../c#x")) == "http://example.com/a/c"


def _request(url, role="page", admit=None, redirected=False):
    meta = {PROFILE: PROFILE_URL, ROLE: role}
    if admit:
        meta[ADMIT] = admit
    if redirected:
        meta["redirect_urls"] = [admit or PROFILE_URL]
    return Request(url, meta=meta)


MIDDLEWARE_TABLE = [
    ("page under profile", _request("https://social.example/@alex/1"), True),
    ("page outside", _request("https://social.example/@alexander"), False),
    ("outbox pointed to by the profile", _request("https://social.example/users/alex/outbox", "part",
                                                  "https://social.example/users/alex/outbox"), True),
    ("part that is not the admitted URL", _request("https://social.example/users/alex/followers", "part",
                                                   "https://social.example/users/alex/outbox"), False),
    ("redirected part leaves the exact URL", _request("https://evil.example/x", "part", "https://evil.example/x",
                                                      redirected=True), False),
    ("redirect under the profile stays in", _request("https://social.example/@alex/2", redirected=True), True),
    ("redirect off the profile is dropped", _request("https://social.example/admin", redirected=True), False),
    ("image on a media host", _request("https://files.cdn.example/m/1.jpg", "image"), True),
    ("image with credentials", _request("https://u:p@files.cdn.example/m/1.jpg", "image"), False),
    ("robots.txt of a requested host", Request("https://social.example/robots.txt",
                                               meta={"dont_obey_robotstxt": True}), True),
    ("request without a profile", Request("https://social.example/@alex/1"), False),
]


@pytest.mark.parametrize("case,request_,admitted", MIDDLEWARE_TABLE, ids=[c[0] for c in MIDDLEWARE_TABLE])
def test_scope_middleware(case, request_, admitted):
    crawler = get_crawler()
    mw = ScopeMiddleware.from_crawler(crawler)
    if admitted:
        assert mw.process_request(request_) is None
    else:
        with pytest.raises(OutOfScope):
            mw.process_request(request_)
        assert crawler.stats.get_value("footprint/out_of_scope") == 1


# -- declared parts: only the profile document or its admitted paging chain (issue 10, row 3) ----
def _html(body: str, head: str = "") -> bytes:
    return (f'<!doctype html><html><head><meta charset="utf-8">{head}</head><body>{body}</body></html>').encode()


def test_only_the_profile_document_and_its_paging_chain_declare_parts(tmp_path):
    """A post page under the profile path that declares rel=alternate/rel=next on another host is
    not the profile document: neither link is fetched. The profile's own rel=alternate feed and its
    rel=next chain on that host are (a part of a part, page after page)."""
    from footprint.crawler.consent import load_consent
    from footprint.crawler.localsite import LocalSite
    from footprint.crawler.runner import crawl
    from tests.conftest import consent_toml
    from tests.fault_scenarios import SETTINGS, static

    other = "http://localhost:{port}"      # another origin (host differs) on the same loopback server
    card = '<div class="h-card"><a class="p-name u-url" href="{{BASE}}/@jo/">Jo Example</a></div>'
    post = ('<article class="h-entry"><a class="u-url" href="{{BASE}}/@jo/1">1</a>'
            '<div class="e-content"><p>Hi</p></div></article>')
    pages = {
        "/@jo/": _html(card + post, head=f'<link rel="alternate" type="application/rss+xml" href="{other}/own.rss">'
                                         f'<link rel="next" href="{other}/page2">'),
        "/@jo/1": _html(post, head=f'<link rel="alternate" type="application/rss+xml" href="{other}/evil.rss">'
                                   f'<link rel="next" href="{other}/evil-next">'),
        "/page2": _html(card, head=f'<link rel="next" href="{other}/page3">'),
        "/page3": _html(card),
        "/own.rss": b'<?xml version="1.0"?><rss version="2.0"><channel><title>Jo</title></channel></rss>',
        "/evil.rss": b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
        "/evil-next": _html(card),
    }
    site = LocalSite(tmp_path)
    with site:
        base_other = other.format(port=site.port)
        site.routes.update({"/robots.txt": static("text/plain", b"User-agent: *\nAllow: /\n")})
        for path, body in pages.items():
            ctype = "application/rss+xml" if path.endswith(".rss") else "text/html; charset=utf-8"
            site.routes[path] = static(ctype, body.replace(b"http://localhost:{port}", base_other.encode()))
        path = tmp_path / "consent.toml"
        path.write_text(consent_toml([{"url": site.base + "/@jo/"}]), encoding="utf-8")
        consent = load_consent(path, allow_local=True)
        result = crawl(consent, tmp_path / "fp.sqlite3", allow_local=True, no_throttle=True, settings=SETTINGS)
    assert site.requested("/@jo/1"), "the post page was not crawled"
    assert site.requested("/own.rss") and site.requested("/page2") and site.requested("/page3")
    assert site.requested("/evil.rss") == [] and site.requested("/evil-next") == []
    (profile,) = result.profiles
    assert profile["out_of_scope"] >= 2
