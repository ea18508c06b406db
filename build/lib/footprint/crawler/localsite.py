"""A loopback web server over a directory tree, for the demo and for tests.

Why: the demo persona and the crawler's end-to-end tests need real HTTP
(content negotiation, content types, robots.txt, status codes) without the
network. `LocalSite` serves a folder on 127.0.0.1 at a free port, rewrites
the placeholder ``{{BASE}}`` in text files to its own address, and records
every request so tests can assert what was (and was not) fetched.

Mapping of a request path to a file under ``root``:

- ``/x/``                    -> ``x/index.html``
- ``/x.json`` (has a suffix) -> ``x.json`` as is
- ``/x`` (no suffix)         -> ``x.json`` / ``x.jsonld`` first when the Accept
  header asks for ``activity+json`` or ``ld+json``, else ``x.html`` then
  ``x/index.html``; the other kind is the fallback.
- ``/x?k=v``                 -> the same lookup on the name ``x_k=v``
  (``outbox?page=1`` -> ``outbox_page=1.json``).

Content types come from ``_types.toml`` in the root (keys are file paths
relative to the root, exact or glob, first match wins) and then from the
suffix. ``routes`` maps an exact request path (with or without its query) to
a handler ``(BaseHTTPRequestHandler) -> None`` that writes the whole response.
"""
from __future__ import annotations

import fnmatch
import threading
import tomllib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable
from urllib.parse import unquote, urlsplit

Handler = Callable[[BaseHTTPRequestHandler], None]

PLACEHOLDER = "{{BASE}}"
TYPES_FILE = "_types.toml"

# Suffixes whose bodies get {{BASE}} replaced (robots.txt is a .txt).
TEXT_SUFFIXES = {".json", ".jsonld", ".html", ".htm", ".xml", ".txt", ".rss", ".atom"}

SUFFIX_TYPES = {
    ".json": "application/json",
    ".jsonld": "application/ld+json",
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".txt": "text/plain; charset=utf-8",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".heic": "image/heic",
    ".css": "text/css; charset=utf-8",
}
DEFAULT_TYPE = "application/octet-stream"

JSON_ACCEPT = ("activity+json", "ld+json")


class LocalSite:
    """A threaded HTTP server on 127.0.0.1 serving ``root``; see the module doc."""

    def __init__(self, root: Path | str, routes: dict[str, Handler] | None = None):
        self.root = Path(root).resolve()
        self.routes: dict[str, Handler] = dict(routes or {})
        self.log: list[tuple[str, str, int, dict[str, str]]] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._types = _load_types(self.root / TYPES_FILE)

    # -- lifecycle -------------------------------------------------------
    @property
    def base(self) -> str:
        if self._server is None:
            raise RuntimeError("LocalSite is not started")
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def port(self) -> int:
        return int(self.base.rsplit(":", 1)[1])

    def url(self, path: str) -> str:
        """Absolute URL of a path on this site (``site.url('/blog/')``)."""
        return self.base + (path if path.startswith("/") else "/" + path)

    def start(self) -> "LocalSite":
        if self._server is not None:
            return self
        server = _QuietServer(("127.0.0.1", 0), _make_handler(self))
        server.daemon_threads = True
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, args=(0.05,), name="LocalSite", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> "LocalSite":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- request log -----------------------------------------------------
    def record(self, method: str, path: str, status: int, headers: dict[str, str]) -> None:
        with self._lock:
            self.log.append((method, path, status, headers))

    def requested(self, path: str) -> list[tuple[str, str, int, dict[str, str]]]:
        """Log entries whose path (without query) equals ``path``."""
        with self._lock:
            return [e for e in self.log if e[1].split("?", 1)[0] == path]

    # -- file lookup -----------------------------------------------------
    def resolve(self, raw_path: str, accept: str = "") -> Path | None:
        """The file that answers ``raw_path``, or None (-> 404)."""
        parts = urlsplit(raw_path)
        path = unquote(parts.path)
        if not path.startswith("/") or "\x00" in path:
            return None
        rel = path.lstrip("/")
        query = unquote(parts.query)
        suffix = Path(rel).suffix if not rel.endswith("/") else ""
        candidates: list[str] = []
        if suffix:
            # /feed.xml?k=v -> feed_k=v.xml, else the file itself (query ignored)
            if query:
                candidates.append(f"{rel[: -len(suffix)]}_{query}{suffix}")
            candidates.append(rel)
        elif (rel == "" or rel.endswith("/")) and not query:
            candidates = [rel + "index.html"]
        else:
            if rel == "" or rel.endswith("/"):
                rel += "index"
            if query:
                rel = f"{rel}_{query}"
            as_json = [rel + ".json", rel + ".jsonld"]
            as_html = [rel + ".html", rel + "/index.html"]
            wants_json = any(k in accept.lower() for k in JSON_ACCEPT)
            candidates = (as_json + as_html) if wants_json else (as_html + as_json)
        for cand in candidates:
            file = (self.root / cand).resolve()
            if not file.is_relative_to(self.root) or not file.is_file():
                continue
            if file.relative_to(self.root).as_posix() == TYPES_FILE:
                continue
            return file
        return None

    def content_type(self, file: Path) -> str:
        rel = file.relative_to(self.root).as_posix()
        for pattern, ctype in self._types:
            if pattern == rel:
                return ctype
        for pattern, ctype in self._types:
            if fnmatch.fnmatchcase(rel, pattern):
                return ctype
        return SUFFIX_TYPES.get(file.suffix.lower(), DEFAULT_TYPE)

    def body(self, file: Path) -> bytes:
        data = file.read_bytes()
        if file.suffix.lower() in TEXT_SUFFIXES and self._server is not None:
            data = data.replace(PLACEHOLDER.encode(), self.base.encode())
        return data


def _load_types(path: Path) -> list[tuple[str, str]]:
    """``_types.toml`` as (pattern, content type) pairs in file order."""
    if not path.is_file():
        return []
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    table = data.get("types", data)
    return [(str(k).lstrip("/"), str(v)) for k, v in table.items() if isinstance(v, str)]


class _QuietServer(ThreadingHTTPServer):
    """No tracebacks on stderr when a client hangs up mid-response."""

    allow_reuse_address = True

    def handle_error(self, request, client_address) -> None:  # noqa: D401
        pass


def _make_handler(site: LocalSite) -> type[BaseHTTPRequestHandler]:
    class _Handler(BaseHTTPRequestHandler):
        server_version = "LocalSite/1.0"
        sys_version = ""
        _logged = False

        def log_message(self, format: str, *args: object) -> None:  # quiet
            pass

        def send_response(self, code: int, message: str | None = None) -> None:
            # Record before the headers go out, so a client that has read the
            # response always finds its request in the log.
            if not self._logged:
                self._logged = True
                site.record(self.command, self.path, code, dict(self.headers.items()))
            super().send_response(code, message)

        def _dispatch(self) -> None:
            route = site.routes.get(self.path) or site.routes.get(self.path.split("?", 1)[0])
            try:
                if route is not None:
                    route(self)
                elif self.command in ("GET", "HEAD"):
                    self._serve_file()
                else:
                    self.send_error(405)
            except (BrokenPipeError, ConnectionResetError):
                return
            except Exception:  # a broken test handler must not kill the server
                if not self._logged:
                    self.send_error(500)
            if not self._logged:  # a route that wrote nothing
                site.record(self.command, self.path, 0, dict(self.headers.items()))

        def _serve_file(self) -> None:
            file = site.resolve(self.path, self.headers.get("Accept", ""))
            if file is None:
                self.send_error(404)
                return
            data = site.body(file)
            self.send_response(200)
            self.send_header("Content-Type", site.content_type(file))
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = _dispatch

    return _Handler
