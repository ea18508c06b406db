"""The one spider: crawls each consented profile and nothing else.

Each request carries the profile it serves and its role (page under the
profile path, part the profile document points to, or image), so the scope
middleware can decide; the spider only asks for what the adapters found and
keeps per-profile counts from which the profile's status is derived.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urldefrag

import scrapy
import scrapy.exceptions
from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import (ConnectionRefusedError, DNSLookupError, TCPTimedOutError,
                                    TimeoutError as TwistedTimeoutError)
from twisted.web._newclient import ResponseNeverReceived

from footprint.crawler.adapters import ACTIVITYPUB_ACCEPT, detect_platform, parse
from footprint.crawler.adapters.images import read_image_metadata
from footprint.crawler.failures import describe
from footprint.crawler.items import ImageItem
from footprint.crawler.middlewares import ADMIT, PROFILE, ROLE, BlockedHost, OutOfScope
from footprint.crawler.scope import ProfileScope, normalise, same_url

HTML_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5"
UNREACHABLE = (DNSLookupError, ConnectionRefusedError, TCPTimedOutError, TwistedTimeoutError, ResponseNeverReceived)
# Scrapy >= 2.14 wraps transport failures in its own exception types.
UNREACHABLE += tuple(getattr(scrapy.exceptions, name) for name in (
    "CannotResolveHostError", "DownloadConnectionRefusedError", "DownloadTimeoutError", "DownloadFailedError",
    "ResponseDataLossError") if hasattr(scrapy.exceptions, name))


@dataclass
class ProfileState:
    """What happened while crawling one consented profile."""

    url: str
    hint: str | None
    platform: str = ""
    pages: int = 0
    items: int = 0
    images: int = 0
    scheduled: int = 0
    capped: bool = False
    robots_skipped: int = 0
    out_of_scope: int = 0
    failures: list[str] = field(default_factory=list)
    image_errors: list[str] = field(default_factory=list)   # metadata refused or unreadable
    root_status: str = ""          # set when the profile URL itself failed
    root_detail: str = ""

    def status(self, max_pages: int) -> tuple[str, str]:
        """The contract's status and detail line for this profile."""
        if self.root_status:
            return self.root_status, self.root_detail
        notes = []
        if self.capped:
            notes.append(f"page cap of {max_pages} reached")
        if self.failures:
            notes.append(f"{len(self.failures)} request(s) failed or were incomplete, first: {self.failures[0]}")
        extra = []
        if self.image_errors:
            extra.append(f"{len(self.image_errors)} image(s) with unreadable metadata, first: {self.image_errors[0]}")
        if notes:
            return "partial", "; ".join(notes + extra)
        if self.robots_skipped:
            extra.append(f"{self.robots_skipped} URL(s) skipped as robots.txt asks")
        if self.out_of_scope:
            extra.append(f"{self.out_of_scope} out-of-scope link(s) not followed")
        return "ok", "; ".join(extra)


class ProfilesSpider(scrapy.Spider):
    name = "profiles"

    def __init__(self, job: dict[str, Any] | None = None, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        job = job or {}
        self.max_pages = int(job.get("max_pages", 200))
        self.store_key = bytes.fromhex(job["store_key"]) if job.get("store_key") else None   # encrypted store
        self.states: dict[str, ProfileState] = {
            p["url"]: ProfileState(p["url"], p.get("platform")) for p in job.get("profiles", [])}
        self.scopes = {url: ProfileScope(url) for url in self.states}
        self.seen: set[tuple[str, str]] = set()
        self.seen_images: set[str] = set()
        self.pending: dict[tuple[str, str, str], tuple[int, Any]] = {}
        self.emitted: set[tuple[str, str, str]] = set()
        self.extras: dict[str, dict] = {}      # url -> what only another copy of a kept post carried

    # -- requests ---------------------------------------------------------
    async def start(self):
        for url, state in self.states.items():
            req = self._doc_request(url, url, "page", state.hint, root=True)
            if req is not None:
                yield req

    def _accept(self, platform: str | None) -> str:
        return {"activitypub": ACTIVITYPUB_ACCEPT, "feed": FEED_ACCEPT}.get(platform or "", HTML_ACCEPT)

    def _doc_request(self, profile: str, url: str, role: str, platform: str | None,
                     root: bool = False) -> scrapy.Request | None:
        state = self.states[profile]
        norm = normalise(url)
        if norm is None:
            return None
        key = (profile, str(norm))
        if key in self.seen:
            return None
        if state.scheduled >= self.max_pages:
            state.capped = True
            return None
        self.seen.add(key)
        state.scheduled += 1
        meta = {PROFILE: profile, ROLE: role, "fp_root": root, "fp_platform": platform}
        if role == "part":
            meta[ADMIT] = url
        return scrapy.Request(url, headers={"Accept": self._accept(platform)}, meta=meta, dont_filter=True,
                              callback=self.parse_document, errback=self.on_error)

    def _image_request(self, profile: str, ref) -> scrapy.Request | None:
        norm = normalise(ref.url)
        if norm is None or str(norm) in self.seen_images:
            return None
        self.seen_images.add(str(norm))
        meta = {PROFILE: profile, ROLE: "image", "fp_post": ref.post_url, "fp_posted": ref.posted_at}
        return scrapy.Request(ref.url, headers={"Accept": "image/*"}, meta=meta, dont_filter=True,
                              callback=self.parse_image, errback=self.on_error)

    # -- callbacks --------------------------------------------------------
    def parse_document(self, response):
        profile = response.meta[PROFILE]
        state = self.states[profile]
        state.pages += 1
        ctype = response.headers.get(b"Content-Type", b"").decode("latin-1")
        hint = state.hint if response.meta.get("fp_root") else None
        platform = detect_platform(response.url, ctype, response.body, hint)
        state.platform = state.platform or platform
        parsed = parse(platform, response.url, response.body, profile, ctype)
        for problem in parsed.problems:
            # A document read only in part (truncated JSON) is not a complete crawl:
            # 'partial' keeps the store from marking unseen items as gone.
            state.failures.append(f"{problem} ({response.url})")
        for item in parsed.items:
            if self._authoritative(item, response.url, platform):
                state.items += 1
                self.emitted.add((profile, item.kind, item.url))
                yield item
        part_platform = "activitypub" if platform == "activitypub" else None
        # Only the profile document, or a part it admitted (a paging chain: outbox, first, next),
        # declares parts that may lie outside the profile path; any other page's rel=next or
        # rel=alternate is an ordinary link and must fall under the path (CONTRACT.md, Scope).
        declares_parts = bool(response.meta.get("fp_root")) or response.meta.get(ROLE) == "part"
        follow = list(parsed.follow)
        for url in parsed.parts:
            if not declares_parts:
                follow.append(url)
                continue
            req = self._doc_request(profile, url, "part", part_platform)
            if req is not None:
                yield req
        for url in follow:
            if not self.scopes[profile].admits(url):
                state.out_of_scope += 1
                continue
            req = self._doc_request(profile, url, "page", part_platform)
            if req is not None:
                yield req
        for ref in parsed.images:
            req = self._image_request(profile, ref)
            if req is not None:
                yield req

    # A post can appear on its own page, in a feed and on listing pages, each
    # with different text. Which copy arrives first depends on timing, so the
    # copy from the item's own URL wins, then a feed entry, then a listing;
    # the others wait in `pending` and are stored at the end only if no better
    # copy was seen (deterministic, so re-crawls do not flip between copies).
    RANK = {"feed": 1}

    def _authoritative(self, item, doc_url: str, platform: str) -> bool:
        if item.kind == "profile" or same_url(item.url, doc_url):
            return True
        key = (item.profile, item.kind, item.url)
        rank = self.RANK.get(platform, 0)
        if key not in self.pending or rank > self.pending[key][0]:
            self.pending[key] = (rank, item)
        return False

    # What a feed entry may carry that the post's own page does not show. (An entry's author
    # address is not carried: the page does not show it, so the feed's profile item lists it.)
    EXTRAS = ("location",)

    def leftover_items(self) -> list:
        """Pending copies of posts whose own page was never fetched (called once, at close).

        Copies whose own page was kept leave behind what only they carry (`feed_extras`)."""
        out = []
        for key, (_, item) in self.pending.items():
            own_page = (key[0], key[1], urldefrag(key[2])[0])      # "t/5501/#post-5501" seen as "t/5501/"
            if key not in self.emitted and own_page not in self.emitted:
                self.states[item.profile].items += 1
                out.append(item)
            elif key in self.emitted and item.kind == "post":
                extras = {f: getattr(item, f) for f in self.EXTRAS if getattr(item, f, None)}
                if extras:
                    self.extras[item.url] = extras
        self.pending.clear()
        return out

    def feed_extras(self) -> dict[str, dict]:
        """url -> fields (a GeoRSS point) that another copy of a kept post carried."""
        return self.extras

    def parse_image(self, response):
        profile = response.meta[PROFILE]
        state = self.states[profile]
        meta = read_image_metadata(response.body)
        state.images += 1
        if meta.error:
            state.image_errors.append(f"{meta.error[:200]} ({response.request.url})")
        yield ImageItem(profile=profile, url=response.request.url, sha256=hashlib.sha256(response.body).hexdigest(),
                        post_url=response.meta.get("fp_post") or "", posted_at=response.meta.get("fp_posted"),
                        format=meta.format or "", lat=meta.lat, lon=meta.lon, altitude=meta.altitude,
                        taken_at=meta.taken_at, make=meta.make or "", model=meta.model or "",
                        error=meta.error or "")

    def on_error(self, failure):
        request = failure.request
        profile = request.meta.get(PROFILE)
        if profile not in self.states:
            return
        state = self.states[profile]
        root = request.meta.get("fp_root", False)
        exc = failure.value
        if isinstance(exc, OutOfScope):
            status, detail = "refused_out_of_scope", str(exc)
            state.out_of_scope += 1
        elif isinstance(exc, BlockedHost):
            status, detail = "refused_out_of_scope", str(exc)
        elif isinstance(exc, IgnoreRequest) and "robots.txt" in str(exc):
            status, detail = "blocked_by_robots", f"robots.txt disallows {request.url}"
            state.robots_skipped += 1
        elif isinstance(exc, HttpError):
            code = exc.response.status
            status = "unreachable" if code >= 500 or code == 429 else "error"
            detail = f"HTTP {code} for {request.url}"
            gave_up = exc.response.meta.get("fp_retry_gave_up") if exc.response.request is not None else None
            if gave_up:
                detail += f" ({gave_up})"
        elif isinstance(exc, UNREACHABLE):
            status, detail = "unreachable", f"{describe(exc, request)} for {request.url}"
        elif type(exc).__name__ == "DownloadCancelledError":   # the size cap (DOWNLOAD_MAXSIZE per request)
            status, detail = "error", f"{describe(exc, request)} ({request.url})"
        else:
            status, detail = "error", f"{type(exc).__name__}: {exc} ({request.url})"
        if root:
            state.root_status, state.root_detail = status, detail
        elif status not in ("blocked_by_robots", "refused_out_of_scope"):
            state.failures.append(detail)

    def profile_report(self) -> list[dict[str, Any]]:
        """Per-profile outcome for the store and the report."""
        out = []
        for state in self.states.values():
            status, detail = state.status(self.max_pages)
            out.append({"url": state.url, "platform": state.platform or state.hint or "html", "status": status,
                        "detail": detail, "pages": state.pages, "items": state.items + state.images,
                        "out_of_scope": state.out_of_scope})
        return out
