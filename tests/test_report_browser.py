"""The HTML report, built from injection payloads, opened in a real browser (headless Chromium with
JavaScript on): no script runs and no request leaves the page (issue 10).

Every scraped string of the report carries payloads that, if they ran or loaded, would mark the
page (an element with id "pwned", the title "PWNED") or fetch from a loopback canary server that
counts hits (<img>, <script src>, stylesheets, @import, CSS url(), <iframe>, <object>, SVG
<image>, meta refresh, fetch()). A control page with the same payloads and no escaping shows the
harness detects both, so the report's zero is not a blind spot. Needs Debian's `chromium`
(.ci/run installs it when it can); without it the test is skipped and says why.
"""
from __future__ import annotations

import shutil
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import lxml.html
import pytest

from footprint.analysis.report.html import render_html
from tests.report_samples import hostile_report

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "chrome")
BROWSER = next((b for b in map(shutil.which, BROWSERS) if b), None)
pytestmark = pytest.mark.skipif(BROWSER is None, reason="headless Chromium not installed (Debian: apt-get install "
                                                         "chromium; .ci/run installs it when it can)")


class Canary:
    """A loopback HTTP server that counts every request it gets."""

    def __init__(self) -> None:
        hits = self.hits = []

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                hits.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_POST = do_HEAD = do_GET

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def canary():
    c = Canary()
    yield c
    c.close()


MARK = "document.title='PWNED';document.body.appendChild(Object.assign(document.createElement('b'),{id:'pwned'}))"


def payloads(base: str) -> list[str]:
    return [
        f"<script>{MARK}</script>",
        f"<script src={base}/script.js></script>",
        f"<img src=x onerror=\"{MARK};new Image().src='{base}/onerror'\">",
        f"<img src={base}/img.png>",
        f"<svg onload=\"{MARK}\"><image href={base}/svg-image.png /></svg>",
        f"\"><iframe src={base}/iframe></iframe>",
        f"<link rel=stylesheet href={base}/style.css>",
        f"</title></style><style>@import url({base}/import.css); body{{background:url({base}/bg.png)}}</style>",
        f"<div style=\"background-image:url({base}/inline-bg.png)\">x</div>",
        f"<object data={base}/object></object><embed src={base}/embed>",
        f"<meta http-equiv=refresh content=\"0;url={base}/refresh\">",
        f"<script>fetch('{base}/fetch')</script>",
        f"<video poster={base}/poster.png></video><audio src={base}/audio></audio>",
        f"<base href={base}/base/><a href=x>relative</a>",
        f"<form action={base}/form><button autofocus onfocus=\"{MARK}\">x</button></form>",
    ]


def hostile_with_canary(base: str) -> dict:
    """The hostile sample report with canary payloads in every scraped string and URL."""
    r = hostile_report()
    load = " ".join(payloads(base))
    r["subject"]["name"] += " " + load
    r["risk"]["summary"] += " " + load
    for p in r["scan"]["profiles"]:
        p["detail"] += " " + load
    for f in r["findings"]:
        f["value"] += " " + load
        f["explanation"] += " " + load
        for ev in f["evidence"]:
            ev["excerpt"] += " " + load
            ev["url"] = f"{base}/evidence-link"     # a link is fine: it is never followed without a click
    for a in r["advice"]:
        a["action"] += " " + load
        a["where"] = a["where"] + [f"javascript:{MARK}", f"{base}/where\"><img src={base}/where-img>"]
    for n in r["graph"]["nodes"]:
        n["label"] = f"{n.get('label', '')} {load}"
    return r


def open_in_chromium(page: Path, profile: Path) -> str:
    """The DOM after the page loaded and its scripts (if any) ran, from headless Chromium."""
    done = subprocess.run([BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                           f"--user-data-dir={profile}", "--virtual-time-budget=3000", "--dump-dom", page.as_uri()],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "<html" in done.stdout, done.stderr[-2000:]
    return done.stdout


def marked(dom: str) -> bool:
    doc = lxml.html.document_fromstring(dom)
    return bool(doc.xpath("//*[@id='pwned']")) or doc.findtext(".//title") == "PWNED"


def test_control_page_shows_the_harness_detects_scripts_and_requests(canary, tmp_path):
    page = tmp_path / "control.html"
    # (without the meta refresh, which would navigate the control page away before it is read)
    page.write_text("<!doctype html><html><head><title>control</title></head><body>"
                    + "".join(p for p in payloads(canary.base) if "refresh" not in p) + "</body></html>",
                    encoding="utf-8")
    before = len(canary.hits)
    dom = open_in_chromium(page, tmp_path / "profile")
    assert marked(dom)
    assert len(canary.hits) > before


@pytest.mark.parametrize("redact", [False, True], ids=["full", "redacted"])
def test_hostile_report_runs_nothing_and_fetches_nothing_in_chromium(canary, tmp_path, redact):
    page = tmp_path / "report.html"
    page.write_text(render_html(hostile_with_canary(canary.base), redact=redact), encoding="utf-8")
    before = list(canary.hits)
    dom = open_in_chromium(page, tmp_path / "profile")
    assert not marked(dom), "a payload ran"
    assert canary.hits == before, f"the page made requests: {canary.hits[len(before):]}"
    assert "Public footprint report" in lxml.html.document_fromstring(dom).text_content()
