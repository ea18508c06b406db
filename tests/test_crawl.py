"""End-to-end crawls against real HTTP servers on 127.0.0.1: the demo persona and hostile variants."""
from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from footprint.cli.app import app
from footprint.crawler.consent import load_consent
from footprint.cli.demo import SITE_DIR, demo_site, load_persona, write_demo_consent
from footprint.crawler.localsite import LocalSite
from footprint.crawler.runner import crawl
from footprint.crawler.scope import ProfileScope
from footprint.crawler.store import Store

runner = CliRunner()
FAST = {"FOOTPRINT_MAX_RETRY_DELAY": 2.0, "FOOTPRINT_RETRY_BACKOFF": 0.1, "DOWNLOAD_TIMEOUT": 5}


@pytest.fixture(scope="module")
def demo_crawl(tmp_path_factory):
    """One crawl of the demo persona through the CLI, shared by the assertions below."""
    out = tmp_path_factory.mktemp("demo")
    with demo_site() as site:
        consent = write_demo_consent(site.base, out)
        result = runner.invoke(app, ["crawl", str(consent), "--db", str(out / "fp.sqlite3"), "--allow-local",
                                     "--no-throttle"])
        log = list(site.log)
        base = site.base
    return result, log, base, out


def test_demo_crawl_every_profile_ok(demo_crawl):
    result, _, base, out = demo_crawl
    assert result.exit_code == 0, result.output
    with Store(out / "fp.sqlite3") as store:
        scan = store.latest_scan("Casey Morgan")
        statuses = {p["url"]: p["status"] for p in store.profile_statuses(scan["id"])}
        counts = store.counts(scan["id"])
    assert set(statuses.values()) == {"ok"}
    assert len(statuses) == len(load_persona().profiles)
    assert counts["post"] >= 30 and counts["image"] >= 6 and counts["profile"] >= 3


def test_demo_crawl_stays_in_scope_and_obeys_robots(demo_crawl):
    _, log, base, _ = demo_crawl
    persona = load_persona()
    scopes = [ProfileScope(base + p["path"]) for p in persona.profiles]
    paths = [entry[1] for entry in log]
    assert "/robots.txt" in paths
    for disallowed in persona.disallowed:
        assert not any(p.startswith(disallowed) for p in paths), f"fetched disallowed {disallowed}"
    for path in paths:
        url = base + path
        in_scope = any(s.admits(url) for s in scopes)
        is_part_or_media = path == "/robots.txt" or path.startswith("/media/") or "/outbox" in path \
            or path.endswith("feed.xml")
        assert in_scope or is_part_or_media, f"request outside the consented scope: {path}"


def test_recrawl_disappearance_and_interruption(tmp_path, write_consent):
    """Re-crawl adds nothing; a deleted post is recorded as gone; an interrupted crawl is continued."""
    site_dir = tmp_path / "site"
    shutil.copytree(SITE_DIR, site_dir)
    db = tmp_path / "fp.sqlite3"
    with LocalSite(site_dir) as site:
        consent = load_consent(write_demo_consent(site.base, tmp_path), allow_local=True)

        def interrupt(event):
            if event.get("event") == "progress" and sum(c["posts"] for c in event["counts"].values()) >= 5:
                raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            crawl(consent, db, allow_local=True, no_throttle=True, on_event=interrupt)
        first = crawl(consent, db, allow_local=True, no_throttle=True)
        second = crawl(consent, db, allow_local=True, no_throttle=True)
        removed = site_dir / "social" / "@caseym" / "outbox_page=1.json"
        page = json.loads(removed.read_text())
        gone = page["orderedItems"].pop(0)
        removed.write_text(json.dumps(page))
        third = crawl(consent, db, allow_local=True, no_throttle=True)
        base = site.base
    for result in (first, second, third):
        assert {p["status"] for p in result.profiles} == {"ok"}, result.profiles
    with Store(db) as store:
        scans = store.scans("Casey Morgan")
        assert [s["status"] for s in scans] == ["interrupted", "complete", "complete", "complete"]
        assert store.seen_urls(first.scan_id) == store.seen_urls(second.scan_id)
        assert store.conn.execute("SELECT count(*) FROM items WHERE first_seen_scan=?",
                                  (second.scan_id,)).fetchone()[0] == 0
        gone_urls = {r[0] for r in store.conn.execute("SELECT url FROM items WHERE gone_since_scan=?",
                                                      (third.scan_id,))}
    assert gone_urls == {gone["object"]["url"].replace("{{BASE}}", base)}


def _serve(tmp_path: Path, files: dict[str, str | bytes], routes=None) -> LocalSite:
    for name, body in files.items():
        path = tmp_path / "site" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(body if isinstance(body, bytes) else body.encode())
    return LocalSite(tmp_path / "site", routes=routes)


def _crawl(site: LocalSite, write_consent, tmp_path: Path, profiles: list[dict], **kw):
    consent = load_consent(write_consent(profiles=profiles), allow_local=True)
    return crawl(consent, tmp_path / "fp.sqlite3", allow_local=True, no_throttle=True, settings=FAST, **kw)


BLOG = """<!doctype html><html><head><title>Blog</title></head><body><main>
<article class="h-entry"><a class="u-url" href="{{BASE}}/blog/posts/1/">1</a>
<time class="dt-published" datetime="2026-01-02T10:00:00Z">2 Jan</time>
<div class="e-content">My 7:10 train from Parramatta again.</div></article>
<a href="{{BASE}}/admin/">admin</a> <a href="{{BASE}}/blog/private/">private</a>
</main></body></html>"""


def test_profile_root_blocked_by_robots(tmp_path, write_consent):
    with _serve(tmp_path, {"robots.txt": "User-agent: *\nDisallow: /blog/\n", "blog/index.html": BLOG}) as site:
        result = _crawl(site, write_consent, tmp_path, [{"url": site.base + "/blog/"}])
        paths = [e[1] for e in site.log]
    assert result.profiles[0]["status"] == "blocked_by_robots"
    assert paths == ["/robots.txt"]


def test_redirect_out_of_scope_is_refused(tmp_path, write_consent):
    def redirect(handler):
        handler.send_response(302)
        handler.send_header("Location", "/elsewhere/")
        handler.end_headers()
    with _serve(tmp_path, {"robots.txt": "", "elsewhere/index.html": BLOG}, routes={"/blog/": redirect}) as site:
        result = _crawl(site, write_consent, tmp_path, [{"url": site.base + "/blog/"}])
        paths = [e[1] for e in site.log]
    assert result.profiles[0]["status"] == "refused_out_of_scope"
    assert "/elsewhere/" not in paths


def test_links_outside_scope_not_requested(tmp_path, write_consent):
    with _serve(tmp_path, {"robots.txt": "User-agent: *\nDisallow: /blog/private/\n", "blog/index.html": BLOG,
                           "blog/posts/1/index.html": BLOG, "admin/index.html": "secret",
                           "blog/private/index.html": "private"}) as site:
        result = _crawl(site, write_consent, tmp_path, [{"url": site.base + "/blog/"}])
        paths = [e[1] for e in site.log]
    assert result.profiles[0]["status"] == "ok"
    assert "/admin/" not in paths and "/blog/private/" not in paths
    assert "/blog/posts/1/" in paths


@pytest.mark.parametrize("status,expected", [(404, "error"), (500, "unreachable"), (503, "unreachable")])
def test_http_errors_on_profile_root(tmp_path, write_consent, status, expected):
    def fail(handler):
        handler.send_response(status)
        handler.send_header("Retry-After", "0")
        handler.end_headers()
    with _serve(tmp_path, {"robots.txt": ""}, routes={"/blog/": fail}) as site:
        result = _crawl(site, write_consent, tmp_path, [{"url": site.base + "/blog/"}])
    assert result.profiles[0]["status"] == expected
    assert str(status) in result.profiles[0]["detail"]


def test_retry_after_is_honoured(tmp_path, write_consent):
    hits: list[float] = []

    def flaky(handler):
        hits.append(time.monotonic())
        if len(hits) == 1:
            handler.send_response(429)
            handler.send_header("Retry-After", "1")
            handler.end_headers()
            return
        body = BLOG.replace("{{BASE}}", "").encode()
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)
    with _serve(tmp_path, {"robots.txt": ""}, routes={"/blog/": flaky}) as site:
        result = _crawl(site, write_consent, tmp_path, [{"url": site.base + "/blog/"}])
    assert result.profiles[0]["status"] in ("ok", "partial")
    assert len(hits) == 2 and hits[1] - hits[0] >= 0.9


def test_unreachable_host(tmp_path, write_consent):
    import socket
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    consent = load_consent(write_consent(profiles=[{"url": f"http://127.0.0.1:{port}/@me"}]), allow_local=True)
    result = crawl(consent, tmp_path / "fp.sqlite3", allow_local=True, no_throttle=True, settings=FAST)
    assert result.profiles[0]["status"] == "unreachable"


def test_page_cap_gives_partial(tmp_path, write_consent):
    pages = {"robots.txt": ""}
    for i in range(1, 6):
        pages[f"blog/page/{i}/index.html"] = (
            f'<html><head><link rel="next" href="{{{{BASE}}}}/blog/page/{i + 1}/"></head>'
            f"<body><main><p>page {i}</p></main></body></html>")
    with _serve(tmp_path, pages) as site:
        result = _crawl(site, write_consent, tmp_path, [{"url": site.base + "/blog/page/1/"}], max_pages=2)
    assert result.profiles[0]["status"] == "partial"
    assert "page cap" in result.profiles[0]["detail"]
