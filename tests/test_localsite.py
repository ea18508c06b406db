"""LocalSite: path mapping, content negotiation, {{BASE}}, types, routes, log."""
from __future__ import annotations

import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from footprint.crawler.localsite import LocalSite

AP = "application/activity+json"

TREE = {
    "robots.txt": "User-agent: *\nDisallow: /private/\nSitemap: {{BASE}}/sitemap.xml\n",
    "index.html": "<a href='{{BASE}}/blog/'>home</a>",
    "blog/index.html": "<h1>blog</h1>",
    "blog/feed.xml": "<rss><channel><link>{{BASE}}/blog/</link></channel></rss>",
    "blog/posts/hello/index.html": "<article>hello</article>",
    "social/@sam.json": '{"id": "{{BASE}}/social/@sam", "type": "Person"}',
    "social/@sam.html": "<p>Sam's profile page</p>",
    "social/@sam/outbox.json": '{"type": "OrderedCollection", "first": "{{BASE}}/social/@sam/outbox?page=1"}',
    "social/@sam/outbox_page=1.json": '{"type": "OrderedCollectionPage", "next": "{{BASE}}/social/@sam/outbox?page=2"}',
    "social/@sam/outbox_page=2.json": '{"type": "OrderedCollectionPage"}',
    "about.html": "<p>about</p>",
    "data/person.jsonld": '{"@type": "Person", "url": "{{BASE}}/about"}',
    "media/a.jpg": b"\xff\xd8\xff\xe0{{BASE}}\xff\xd9",
    "notes.bin": b"\x00\x01",
    "_types.toml": '"social/**.json" = "application/activity+json"\n'
                   '"social/*.json" = "application/activity+json"\n'
                   '"blog/feed.xml" = "application/rss+xml"\n',
}


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("site")
    for rel, content in TREE.items():
        f = base / rel
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(content if isinstance(content, bytes) else content.encode())
    return base


@pytest.fixture(scope="module")
def site(root):
    with LocalSite(root) as s:
        yield s


def fetch(url: str, accept: str | None = None, method: str = "GET"):
    req = urllib.request.Request(url, method=method)
    if accept:
        req.add_header("Accept", accept)
    try:
        with urllib.request.urlopen(req, timeout=5) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read()


@pytest.mark.parametrize("path, accept, status, ctype, body_has", [
    ("/", None, 200, "text/html", b"/blog/"),
    ("/blog/", None, 200, "text/html", b"<h1>blog</h1>"),
    ("/blog/posts/hello/", None, 200, "text/html", b"hello"),
    ("/blog/posts/hello", None, 200, "text/html", b"hello"),
    ("/blog/feed.xml", None, 200, "application/rss+xml", b"<rss>"),
    ("/social/@sam", AP, 200, AP, b'"Person"'),
    ("/social/@sam", 'application/ld+json; profile="https://www.w3.org/ns/activitystreams"', 200, AP, b'"Person"'),
    ("/social/@sam", "text/html", 200, "text/html", b"profile page"),
    ("/social/%40sam", AP, 200, AP, b'"Person"'),
    ("/social/@sam/outbox", AP, 200, AP, b"OrderedCollection"),
    ("/social/@sam/outbox", None, 200, AP, b"OrderedCollection"),   # no html: json fallback
    ("/social/@sam/outbox?page=1", AP, 200, AP, b"OrderedCollectionPage"),
    ("/social/@sam/outbox?page=2", AP, 200, AP, b"OrderedCollectionPage"),
    ("/social/@sam/outbox?page=3", AP, 404, "", b""),
    ("/about", None, 200, "text/html", b"about"),
    ("/data/person.jsonld", None, 200, "application/ld+json", b"Person"),
    ("/media/a.jpg", None, 200, "image/jpeg", b"{{BASE}}"),               # binary: untouched
    ("/notes.bin", None, 200, "application/octet-stream", b"\x00\x01"),
    ("/robots.txt", None, 200, "text/plain", b"Disallow: /private/"),
    ("/missing", None, 404, "", b""),
    ("/missing/", None, 404, "", b""),
    ("/_types.toml", None, 404, "", b""),
    ("/../etc/passwd", None, 404, "", b""),
    ("/%2e%2e/%2e%2e/etc/passwd", None, 404, "", b""),
])
def test_paths(site, path, accept, status, ctype, body_has):
    got_status, got_type, body = fetch(site.base + path, accept)
    assert got_status == status
    if status == 200:
        assert got_type.startswith(ctype)
        assert body_has in body


@pytest.mark.parametrize("path", ["/", "/robots.txt", "/blog/feed.xml", "/social/@sam/outbox?page=1", "/data/person.jsonld"])
def test_base_substituted(site, path):
    _, _, body = fetch(site.base + path, AP if "social" in path else None)
    assert b"{{BASE}}" not in body
    assert site.base.encode() in body


def test_base_is_loopback_with_free_port(site):
    assert site.base.startswith("http://127.0.0.1:")
    assert site.port > 0
    assert site.url("blog/") == site.base + "/blog/"


def test_head_has_no_body(site):
    status, ctype, body = fetch(site.base + "/blog/", method="HEAD")
    assert (status, body) == (200, b"")
    assert ctype.startswith("text/html")


def test_log_records_method_path_status_headers(root):
    with LocalSite(root) as s:
        fetch(s.base + "/social/@sam/outbox?page=1", AP)
        fetch(s.base + "/nope")
        fetch(s.base + "/blog/", method="HEAD")
    assert [(m, p, st) for m, p, st, _ in s.log] == [
        ("GET", "/social/@sam/outbox?page=1", 200),
        ("GET", "/nope", 404),
        ("HEAD", "/blog/", 200),
    ]
    assert s.log[0][3]["Accept"] == AP
    assert s.requested("/social/@sam/outbox")[0][2] == 200


def _teapot(h):
    h.send_response(418)
    h.send_header("Content-Type", "text/plain")
    h.end_headers()
    h.wfile.write(b"short and stout")


def _redirect(h):
    h.send_response(301)
    h.send_header("Location", "/blog/")
    h.end_headers()


def _slow(h):
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    h.end_headers()
    for _ in range(3):
        h.wfile.write(b"tick ")
        h.wfile.flush()
        time.sleep(0.05)


def _boom(h):
    raise ValueError("handler bug")


@pytest.mark.parametrize("path, status, body", [
    ("/teapot", 418, b"short and stout"),
    ("/old", 200, b"<h1>blog</h1>"),        # urllib follows the redirect
    ("/slow", 200, b"tick tick tick "),
    ("/boom", 500, None),
    ("/teapot?x=1", 418, b"short and stout"),  # route matches without its query
])
def test_routes(root, path, status, body):
    routes = {"/teapot": _teapot, "/old": _redirect, "/slow": _slow, "/boom": _boom}
    with LocalSite(root, routes=routes) as s:
        got_status, _, got_body = fetch(s.base + path)
    assert got_status == status
    if body is not None:
        assert got_body == body
    assert s.log[0][2] == (301 if path == "/old" else status)


def test_quiet(root, capfd):
    with LocalSite(root) as s:
        fetch(s.base + "/missing")
        fetch(s.base + "/")
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")


def test_stop_frees_port_and_base_needs_start(root):
    s = LocalSite(root)
    with pytest.raises(RuntimeError):
        s.base
    s.start()
    base = s.base
    assert fetch(base + "/")[0] == 200
    s.stop()
    with pytest.raises(OSError):
        urllib.request.urlopen(base + "/", timeout=2)
    s.stop()  # idempotent


def test_concurrent_requests_all_logged(root):
    import concurrent.futures as cf
    with LocalSite(root) as s:
        with cf.ThreadPoolExecutor(8) as pool:
            statuses = list(pool.map(lambda i: fetch(s.base + f"/social/@sam/outbox?page={i % 2 + 1}", AP)[0], range(40)))
    assert statuses == [200] * 40
    assert len(s.log) == 40
