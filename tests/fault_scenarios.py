"""The fault table: one hostile server behaviour per row, shared by tests/test_faults.py and
benchmarks/fault_matrix.py (which writes the "Fault matrix" section of docs/quality.md).

Why a table: every fault is checked the same way. A loopback site mounts, for each scenario,
two consented profiles under `/<id>/` (an h-card/h-entry blog `victim/` and an ActivityPub
actor `actor`), next to one shared blog `/good/`. A first crawl stores everything while the
site is healthy (`FaultBench.template`). Then every scenario's URL turns hostile at once and
the same consent is crawled again into a copy of that database. Expected: the crawl returns,
each faulty profile's status and `detail` say what happened, the other profiles are untouched,
and nothing stored by the first crawl is lost or wrongly marked as gone (only the items the
fault legitimately replaced, counted in `replaces`).
"""
from __future__ import annotations

import email.utils
import io
import json
import re
import shutil
import socket
import struct
import threading
import time
import zlib
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Callable

from PIL import Image

from footprint.crawler.consent import Consent, load_consent
from footprint.crawler.localsite import LocalSite
from footprint.crawler.runner import CrawlResult, crawl
from footprint.crawler.store import Store
from tests.conftest import consent_toml

Handler = Callable[[BaseHTTPRequestHandler], None]
MB = 1024 * 1024
SUBJECT = "Robin Ashdown"          # fictional
PAGE_CAP = 1 * MB
# Fast and deterministic: small timeouts, short backoff, one retry.
SETTINGS = {"FOOTPRINT_MAX_RETRY_DELAY": 3.0, "FOOTPRINT_RETRY_BACKOFF": 0.1, "DOWNLOAD_TIMEOUT": 2,
            "RETRY_TIMES": 1, "FOOTPRINT_PAGE_MAXSIZE": PAGE_CAP}


# -- healthy content ----------------------------------------------------------------------
def _png(width: int = 8, height: int = 8, colour: str = "green") -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buf, "PNG")
    return buf.getvalue()


def _blog(name: str, path: str, note: str, posts: list[str], photo: str = "", extra: str = "") -> str:
    entries = []
    for i, text in enumerate(posts, 1):
        img = f'<img class="u-photo" src="{{{{BASE}}}}/media/{photo}" alt="">' if photo and i == 1 else ""
        entries.append(
            f'<article class="h-entry"><a class="u-url" href="{{{{BASE}}}}{path}posts/{i}/">Post {i}</a>'
            f'<time class="dt-published" datetime="2026-0{i}-02T10:00:00Z">{i} Jan</time>'
            f'<div class="e-content"><p>{text}</p>{img}</div></article>')
    return (f'<!doctype html><html><head><meta charset="utf-8"><title>{name}</title></head><body><main>'
            f'<div class="h-card"><a class="p-name u-url" href="{{{{BASE}}}}{path}">{name}</a>'
            f'<p class="p-note">{note}</p></div>{"".join(entries)}{extra}</main></body></html>')


def _post_page(path: str, i: int, text: str) -> str:
    return (f'<!doctype html><html><head><meta charset="utf-8"><title>Post {i}</title></head><body><main>'
            f'<article class="h-entry"><a class="u-url" href="{{{{BASE}}}}{path}posts/{i}/">Post {i}</a>'
            f'<time class="dt-published" datetime="2026-0{i}-02T10:00:00Z">{i} Jan</time>'
            f'<div class="e-content"><p>{text}</p></div></article></main></body></html>')


GOOD_POSTS = ["Pruned the lemon tree before the rain.", "Weekend ride along the river path, 40 km."]
VICTIM_POSTS = ["Sourdough attempt number four is finally edible.", "Repainted the back fence in a pale grey."]
VICTIM_NAME, VICTIM_NOTE = "Robin Ashdown", "Home cook, fence painter, occasional birdwatcher."
NOTES = ["Spotted a pair of gang-gang cockatoos this morning.", "Library book sale haul: six paperbacks.",
         "Trying a new bread recipe tonight."]

AP = "application/activity+json"
HTML = "text/html; charset=utf-8"


def actor_doc(base: str) -> dict:
    return {"@context": "https://www.w3.org/ns/activitystreams", "id": f"{base}/actor", "type": "Person",
            "preferredUsername": "rashdown", "name": "Robin A.", "summary": "<p>Birds and bread.</p>",
            "url": f"{base}/actor", "outbox": f"{base}/actor/outbox"}


def outbox_doc(base: str) -> dict:
    items = [{"id": f"{base}/actor/notes/{i}/activity", "type": "Create", "actor": f"{base}/actor",
              "object": {"id": f"{base}/actor/notes/{i}", "type": "Note", "url": f"{base}/actor/notes/{i}",
                         "published": f"2026-02-0{i}T09:00:00Z", "attributedTo": f"{base}/actor",
                         "content": f"<p>{text}</p>"}}
             for i, text in enumerate(NOTES, 1)]
    return {"@context": "https://www.w3.org/ns/activitystreams", "id": f"{base}/actor/outbox",
            "type": "OrderedCollection", "totalItems": len(items), "orderedItems": items}


def healthy_files() -> dict[str, tuple[str, bytes]]:
    """path -> (content type, body with {{BASE}}) of the healthy site (the actor is built per base)."""
    files: dict[str, tuple[str, bytes]] = {"/robots.txt": ("text/plain", b"User-agent: *\nAllow: /\n")}
    for path, name, note, posts, photo in (("/good/", "Jordan Avery", "Gardener and cyclist.", GOOD_POSTS, "good.png"),
                                           ("/victim/", VICTIM_NAME, VICTIM_NOTE, VICTIM_POSTS, "victim.png")):
        files[path] = (HTML, _blog(name, path, note, posts, photo).encode())
        for i, text in enumerate(posts, 1):
            files[f"{path}posts/{i}/"] = (HTML, _post_page(path, i, text).encode())
    files["/media/good.png"] = ("image/png", _png(colour="green"))
    files["/media/victim.png"] = ("image/png", _png(colour="blue"))
    return files


# -- route helpers ----------------------------------------------------------------------
def respond(handler: BaseHTTPRequestHandler, status: int, body: bytes = b"", ctype: str = HTML,
            headers: dict[str, str] | None = None, length: int | None = None) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", ctype)
    for k, v in (headers or {}).items():
        handler.send_header(k, v)
    handler.send_header("Content-Length", str(len(body) if length is None else length))
    handler.end_headers()
    if handler.command != "HEAD":
        handler.wfile.write(body)


def static(ctype: str, body: bytes | Callable[[str], bytes], status: int = 200, **kw) -> Handler:
    """Serve fixed bytes (or bytes built from the site's base URL)."""
    def handle(h: BaseHTTPRequestHandler) -> None:
        base = base_of(h)
        data = body(base) if callable(body) else body.replace(b"{{BASE}}", base.encode())
        respond(h, status, data, ctype, **kw)
    return handle


def base_of(h: BaseHTTPRequestHandler) -> str:
    """The base URL a handler's content is mounted at (the site root plus the scenario's prefix)."""
    return getattr(h, "fp_base", None) or f"http://127.0.0.1:{h.server.server_address[1]}"


def mount(prefix: str, handler: Handler) -> Handler:
    def handle(h: BaseHTTPRequestHandler) -> None:
        h.fp_base = base_of(h) + prefix  # type: ignore[attr-defined]
        handler(h)
    return handle


def _reset(h: BaseHTTPRequestHandler) -> None:
    """Abort the TCP connection (RST, not FIN)."""
    h.wfile.flush()
    h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    h.connection.close()
    h.close_connection = True


def reset_mid_body(h: BaseHTTPRequestHandler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", HTML)
    h.send_header("Content-Length", "50000")
    h.end_headers()
    h.wfile.write(b"<!doctype html><html><body><main><p>The first few hundred bytes" + b" ." * 200)
    _reset(h)


def reset_before_response(h: BaseHTTPRequestHandler) -> None:
    h.server.fault_site.record(h.command, h.path, 0, dict(h.headers.items()))  # type: ignore[attr-defined]
    h._logged = True  # type: ignore[attr-defined]
    _reset(h)


def never_answers(h: BaseHTTPRequestHandler) -> None:
    h._logged = True  # type: ignore[attr-defined]
    h.server.fault_site.record(h.command, h.path, 0, dict(h.headers.items()))  # type: ignore[attr-defined]
    h.server.fault_stop.wait(15)  # type: ignore[attr-defined]


def slow_drip(h: BaseHTTPRequestHandler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", HTML)
    h.send_header("Content-Length", "100000")
    h.end_headers()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and not h.server.fault_stop.is_set():  # type: ignore[attr-defined]
        h.wfile.write(b"<")
        h.wfile.flush()
        time.sleep(0.2)


def status_with_retry_after(status: int, value: Callable[[], str]) -> Handler:
    def handle(h: BaseHTTPRequestHandler) -> None:
        respond(h, status, b"slow down", "text/plain", headers={"Retry-After": value()})
    return handle


def http_date(seconds_ahead: float) -> Callable[[], str]:
    return lambda: email.utils.formatdate(time.time() + seconds_ahead, usegmt=True)


def once_then_healthy(first: Handler, path: str) -> Handler:
    """The first request gets `first`, later ones the healthy page."""
    state = {"n": 0}
    lock = threading.Lock()

    def handle(h: BaseHTTPRequestHandler) -> None:
        with lock:
            state["n"] += 1
            n = state["n"]
        if n == 1:
            first(h)
        else:
            ctype, body = healthy_files()[path]
            static(ctype, body)(h)
    return handle


def redirect(location: str, code: int = 302) -> Handler:
    def handle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(code)
        h.send_header("Location", base_of(h) + location)
        h.send_header("Content-Length", "0")
        h.end_headers()
    return handle


def gzip_bomb(size: int = 64 * MB) -> Handler:
    """A tiny gzip body that inflates to `size` bytes of spaces (built once, ~64 KB compressed)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = b" " * MB
    data = b"".join(comp.compress(chunk) for _ in range(size // MB)) + comp.flush()

    def handle(h: BaseHTTPRequestHandler) -> None:
        respond(h, 200, data, HTML, headers={"Content-Encoding": "gzip"})
    return handle


def oversized(size: int, with_length: bool = True) -> Handler:
    def handle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", HTML)
        if with_length:
            h.send_header("Content-Length", str(size))
        else:
            h.send_header("Connection", "close")
            h.close_connection = True
        h.end_headers()
        block = b"<p>" + b"x" * 65530 + b"</p>\n"
        sent = 0
        while sent < size:
            part = block[: size - sent]
            h.wfile.write(part)
            sent += len(part)
    return handle


def truncated(ctype: str, body: Callable[[str], bytes], keep: float, honest_length: bool) -> Handler:
    """Serve the first `keep` share of a document; with a dishonest Content-Length the connection drops."""
    def handle(h: BaseHTTPRequestHandler) -> None:
        full = body(base_of(h))
        cut = full[: int(len(full) * keep)]
        respond(h, 200, cut, ctype, length=len(cut) if honest_length else len(full))
        if not honest_length:
            _reset(h)
    return handle


def bomb_png(width: int = 100_000, height: int = 100_000) -> bytes:
    """A valid little PNG whose header declares width x height pixels (10 gigapixels)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def corrupt_exif_jpeg() -> bytes:
    """A JPEG whose EXIF points its GPS IFD far past the end of the segment."""
    tiff = b"MM\x00\x2a\x00\x00\x00\x08" + struct.pack(">H", 1) + struct.pack(">HHII", 0x8825, 4, 1, 0xFFFFFF00) \
        + b"\x00\x00\x00\x00"
    app1 = b"Exif\x00\x00" + tiff
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(buf, "JPEG")
    jpeg = buf.getvalue()
    return jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1 + jpeg[2:]


INVALID_UTF8_TEXT = b"Caf\xe9 cr\xc3\x28me \xff\xfe br\xfbl\xe9e night"


def invalid_utf8_blog() -> bytes:
    """The victim blog with a new third post whose text holds invalid UTF-8 sequences."""
    html = _blog(VICTIM_NAME, "/victim/", VICTIM_NOTE, VICTIM_POSTS, "victim.png").encode()
    bad = (b'<article class="h-entry"><a class="u-url" href="{{BASE}}/victim/posts/3/">Post 3</a>'
           b'<div class="e-content"><p>' + INVALID_UTF8_TEXT + b'</p></div></article>')
    return html.replace(b"</main>", bad + b"</main>")


def invalid_utf8_post() -> bytes:
    return _post_page("/victim/", 3, "PLACEHOLDER").encode().replace(b"PLACEHOLDER", INVALID_UTF8_TEXT)


def _actor_json(base: str) -> bytes:
    return json.dumps(actor_doc(base)).encode()


def _outbox_json(base: str) -> bytes:
    return json.dumps(outbox_doc(base), indent=1).encode()


# -- the table --------------------------------------------------------------------------
@dataclass(frozen=True)
class Scenario:
    id: str
    fault: str                      # what the server does (one line, for the matrix)
    routes: dict[str, Handler]      # path -> hostile handler (replaces the healthy one)
    profile: str                    # path of the consented profile the fault hits
    expected: str                   # expected status of that profile
    cause: str                      # regex the profile's detail must match (case-insensitive); "" = any
    replaces: int = 0               # first-crawl items the fault legitimately changes (a replaced image)
    not_requested: tuple[str, ...] = ()   # paths the server must never see


def scenarios() -> list[Scenario]:
    """Built fresh per call: some handlers keep per-run state."""
    return [
        Scenario("http_500", "profile page answers 500 every time", {"/victim/": static("text/plain", b"oops", 500)},
                 "/victim/", "unreachable", r"HTTP 500"),
        Scenario("http_429_retry_after_seconds", "429 with Retry-After: 1, every time",
                 {"/victim/": status_with_retry_after(429, lambda: "1")}, "/victim/", "unreachable", r"HTTP 429"),
        Scenario("http_503_retry_after_date", "503 with Retry-After as an HTTP date 1 s ahead, every time",
                 {"/victim/": status_with_retry_after(503, http_date(1))}, "/victim/", "unreachable", r"HTTP 503"),
        Scenario("http_503_then_ok", "503 with an HTTP-date Retry-After once, then the page",
                 {"/victim/": once_then_healthy(status_with_retry_after(503, http_date(1)), "/victim/")},
                 "/victim/", "ok", ""),
        Scenario("retry_after_too_long", "429 asking to come back in an hour",
                 {"/victim/": status_with_retry_after(429, lambda: "3600")}, "/victim/", "unreachable",
                 r"HTTP 429.*Retry-After"),
        Scenario("reset_mid_body", "connection reset halfway through the body",
                 {"/victim/": reset_mid_body}, "/victim/", "unreachable", r"reset|lost|data ?loss"),
        Scenario("reset_before_response", "connection reset before any response",
                 {"/victim/": reset_before_response}, "/victim/", "unreachable", r"reset|lost|never|closed"),
        Scenario("timeout_no_answer", "accepts the connection and never answers",
                 {"/victim/": never_answers}, "/victim/", "unreachable", r"timed out"),
        Scenario("slow_drip", "sends one byte every 0.2 s of a 100 kB body",
                 {"/victim/": slow_drip}, "/victim/", "unreachable", r"timed out"),
        Scenario("redirect_loop", "/victim/ -> /victim/loop/ -> /victim/ ...",
                 {"/victim/": redirect("/victim/loop/"), "/victim/loop/": redirect("/victim/")},
                 "/victim/", "error", r"redirect"),
        Scenario("redirect_out_of_scope", "profile page redirects to /elsewhere/",
                 {"/victim/": redirect("/elsewhere/")}, "/victim/", "refused_out_of_scope", r"out of scope.*elsewhere",
                 not_requested=("/elsewhere/",)),
        Scenario("gzip_bomb", "Content-Encoding: gzip, 64 KB that inflate to 64 MB (page cap 1 MB)",
                 {"/victim/": gzip_bomb()}, "/victim/", "error", r"size cap|larger than|exceed"),
        Scenario("oversized_declared", "a 3 MB page with Content-Length (page cap 1 MB)",
                 {"/victim/": oversized(3 * MB)}, "/victim/", "error", r"size cap|larger than|exceed"),
        Scenario("oversized_streamed", "a 3 MB page without Content-Length (page cap 1 MB)",
                 {"/victim/": oversized(3 * MB, with_length=False)}, "/victim/", "error",
                 r"size cap|larger than|exceed"),
        Scenario("json_as_html", "the ActivityPub actor served as text/html",
                 {"/actor": static(HTML, _actor_json)}, "/actor", "ok", ""),
        Scenario("html_as_activity_json", "the HTML blog served as application/activity+json",
                 {"/victim/": static(AP, healthy_files()["/victim/"][1])}, "/victim/", "ok", ""),
        Scenario("truncated_json", "outbox cut at 60% with an honest Content-Length",
                 {"/actor/outbox": truncated(AP, _outbox_json, 0.6, honest_length=True)}, "/actor", "partial",
                 r"truncated|incomplete"),
        Scenario("truncated_html", "profile page cut at 50%, Content-Length of the whole, then reset",
                 {"/victim/": truncated(HTML, lambda b: healthy_files()["/victim/"][1].replace(
                     b"{{BASE}}", b.encode()), 0.5, honest_length=False)},
                 "/victim/", "unreachable", r"reset|lost|data ?loss"),
        Scenario("invalid_utf8", "a new post with invalid UTF-8 bytes in a page declared utf-8",
                 {"/victim/": static(HTML, invalid_utf8_blog()), "/victim/posts/3/": static(HTML, invalid_utf8_post())},
                 "/victim/", "ok", ""),
        Scenario("image_bomb", "post image is a PNG declaring 100000 x 100000 pixels",
                 {"/media/victim.png": static("image/png", bomb_png())}, "/victim/", "ok",
                 r"decompression bomb", replaces=1),
        Scenario("corrupt_exif", "post image is a JPEG whose GPS IFD points past the end",
                 {"/media/victim.png": static("image/jpeg", corrupt_exif_jpeg())}, "/victim/", "ok",
                 r"GPS|EXIF", replaces=1),
    ]


# -- running them ----------------------------------------------------------------------
@dataclass
class Observation:
    scenario: Scenario
    status: str
    detail: str
    kept: int                       # first-crawl items of the scenario's profiles still stored, not marked gone
    before: int                     # first-crawl items of the scenario's profiles
    others_ok: bool                 # the scenario's other profile is still ok with the same items
    requested: list[str]            # paths the server saw under the scenario's prefix (prefix removed)
    seconds: float                  # the whole fault crawl
    result: CrawlResult

    @property
    def passed(self) -> bool:
        s = self.scenario
        return (self.status == s.expected and (not s.cause or re.search(s.cause, self.detail, re.I) is not None)
                and self.kept == self.before - s.replaces and self.others_ok
                and not any(p in self.requested for p in s.not_requested))


class FaultBench:
    """One loopback site, every scenario mounted under its own prefix (`/<id>/victim/`, `/<id>/actor`),
    plus a shared `/good/` blog. `__enter__` crawls it all healthy into `template`; `run()` copies that
    database and crawls the same consent again with every scenario's fault switched on at once,
    so a single crawl shows both that each fault is reported and that it harms no other profile."""

    SCENARIO_PROFILES = ("/victim/", "/actor")

    def __init__(self, workdir: Path, table: list[Scenario] | None = None):
        self.workdir = Path(workdir)
        self.workdir.mkdir(parents=True, exist_ok=True)
        (self.workdir / "site").mkdir(exist_ok=True)
        self.scenarios = table if table is not None else scenarios()
        self.site = LocalSite(self.workdir / "site")
        self.template = self.workdir / "template.sqlite3"
        self.consent: Consent | None = None
        self.first: CrawlResult | None = None

    @staticmethod
    def prefix(scenario: Scenario) -> str:
        return "/" + scenario.id

    def _healthy_for(self, prefix: str) -> dict[str, Handler]:
        files = healthy_files()
        routes = {prefix + path: mount(prefix, static(ctype, body)) for path, (ctype, body) in files.items()
                  if path not in ("/robots.txt", "/good/") and not path.startswith(("/good/", "/media/good"))}
        routes[prefix + "/actor"] = mount(prefix, static(AP, _actor_json))
        routes[prefix + "/actor/outbox"] = mount(prefix, static(AP, _outbox_json))
        return routes

    def healthy_routes(self) -> dict[str, Handler]:
        files = healthy_files()
        routes = {path: static(ctype, body) for path, (ctype, body) in files.items()
                  if path == "/robots.txt" or path.startswith(("/good/", "/media/good"))}
        for s in self.scenarios:
            routes.update(self._healthy_for(self.prefix(s)))
        return routes

    def faulty_routes(self) -> dict[str, Handler]:
        routes = self.healthy_routes()
        for s in self.scenarios:
            routes.update({self.prefix(s) + path: mount(self.prefix(s), h) for path, h in s.routes.items()})
        return routes

    def profile_urls(self) -> list[str]:
        return [self.site.base + "/good/"] + [self.site.base + self.prefix(s) + p
                                              for s in self.scenarios for p in self.SCENARIO_PROFILES]

    def __enter__(self) -> "FaultBench":
        self.site.start()
        server = self.site._server
        server.fault_site = self.site        # type: ignore[attr-defined]
        server.fault_stop = threading.Event()  # type: ignore[attr-defined]
        self.site.routes = self.healthy_routes()
        path = self.workdir / "consent.toml"
        path.write_text(consent_toml([{"url": u} for u in self.profile_urls()], name=SUBJECT), encoding="utf-8")
        self.consent = load_consent(path, allow_local=True)
        self.first = crawl(self.consent, self.template, allow_local=True, no_throttle=True, settings=SETTINGS)
        return self

    def __exit__(self, *exc: object) -> None:
        self.site._server.fault_stop.set()  # type: ignore[union-attr]
        self.site.stop()

    def first_items(self) -> dict[str, tuple[str, str]]:
        """url -> (content hash, profile) of what the healthy crawl stored."""
        with Store(self.template) as store:
            return {r[0]: (r[1], r[2]) for r in store.conn.execute(
                "SELECT i.url, i.content_hash, i.profile FROM items i JOIN sightings s ON s.item_id=i.id"
                " WHERE s.scan_id=?", (self.first.scan_id,))}

    def run(self, db: Path | None = None) -> dict[str, Observation]:
        """Crawl again with every fault on; scenario id -> what happened to it."""
        db = Path(db or self.workdir / "faulty.sqlite3")
        shutil.copyfile(self.template, db)
        self.db = db
        self.site.routes = self.faulty_routes()
        with self.site._lock:
            self.site.log.clear()
        t0 = time.monotonic()
        try:
            result = crawl(self.consent, db, allow_local=True, no_throttle=True, settings=SETTINGS)
        finally:
            self.site.routes = self.healthy_routes()
        seconds = time.monotonic() - t0
        log = [e[1] for e in list(self.site.log)]
        by_url = {p["url"]: p for p in result.profiles}
        before = self.first_items()
        with Store(db) as store:
            rows = {(r[0], r[1]): r[2] for r in store.conn.execute(
                "SELECT url, content_hash, gone_since_scan FROM items")}
            seen_now = store.seen_urls(result.scan_id)
        out = {}
        for s in self.scenarios:
            pre = self.site.base + self.prefix(s)
            mine = {u: v for u, v in before.items() if v[1].startswith(pre + "/")}
            kept = sum(1 for url, (h, _) in mine.items() if rows.get((url, h), "missing") is None)
            others = [pre + p for p in self.SCENARIO_PROFILES if p != s.profile]
            others_ok = all(by_url[o]["status"] == "ok" and all(
                seen_now.get(url) == h for url, (h, prof) in mine.items() if prof == o) for o in others)
            prof = by_url[pre + s.profile]
            requested = [p[len(self.prefix(s)):] for p in log if p.startswith(self.prefix(s) + "/")]
            out[s.id] = Observation(s, prof["status"], prof["detail"], kept, len(mine), others_ok, requested,
                                    seconds, result)
        return out

    def good_profile_intact(self) -> bool:
        """The shared /good/ blog is still ok and every item of it was seen again."""
        url = self.site.base + "/good/"
        with Store(self.db) as store:
            scan = store.latest_scan(SUBJECT)
            status = {p["url"]: p["status"] for p in store.profile_statuses(scan["id"])}[url]
            seen = store.seen_urls(scan["id"])
        return status == "ok" and all(seen.get(u) == h for u, (h, prof) in self.first_items().items() if prof == url)

