"""Downloader middlewares that keep the crawl inside the consent and polite.

- ScopeMiddleware drops (and counts) every request the consent does not admit,
  redirects included: redirected requests pass through it again.
- AddressGuardMiddleware refuses hosts that resolve to non-public addresses, for every
  request and every redirect (media included); --allow-local admits loopback and private
  addresses only, never link-local, multicast or reserved ones.
- SizeCapMiddleware gives pages and images their own response size caps.
- RetryAfterMiddleware retries 429/503 with backoff, honouring Retry-After.
"""
from __future__ import annotations

import asyncio
import email.utils
import time

from scrapy import Request, Spider
from scrapy.downloadermiddlewares.retry import RetryMiddleware, get_retry_request
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response

from footprint.crawler.netguard import BlockedAddress, check_url
from footprint.crawler.scope import ProfileScope, normalise, same_url

# Request meta keys the spider sets.
PROFILE = "fp_profile"      # the consented profile URL a request serves
ROLE = "fp_role"            # "page" (under the profile path), "part" (pointed to by the profile), "image"
ADMIT = "fp_admit"          # for parts: the exact URL the profile document pointed to


class OutOfScope(IgnoreRequest):
    """A request the consent does not admit."""


class BlockedHost(IgnoreRequest):
    """A request to a loopback/private/reserved address without --allow-local."""


def _is_robots(request: Request) -> bool:
    norm = normalise(request.url)
    return bool(request.meta.get("dont_obey_robotstxt")) and norm is not None and norm.path == "/robots.txt"


class ScopeMiddleware:
    """Drop every request outside the consented scope (CONTRACT.md, Scope)."""

    def __init__(self, crawler):
        self.stats = crawler.stats
        self.scopes: dict[str, ProfileScope] = {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _scope(self, profile: str) -> ProfileScope:
        if profile not in self.scopes:
            self.scopes[profile] = ProfileScope(profile)
        return self.scopes[profile]

    def admits(self, request: Request) -> tuple[bool, str]:
        """Whether the request is in scope, and why (or why not)."""
        if _is_robots(request):
            return True, "robots.txt"
        if normalise(request.url) is None:
            return False, "not an http(s) URL without credentials"
        profile = request.meta.get(PROFILE)
        if not profile:
            return False, "request not tied to a consented profile"
        role = request.meta.get(ROLE, "page")
        if role == "image":
            return True, "media referenced by an in-scope item"
        if self._scope(profile).admits(request.url):
            return True, "under the profile path"
        if role == "part" and not request.meta.get("redirect_urls") and same_url(request.url, request.meta.get(ADMIT, "")):
            return True, "part the profile document points to"
        return False, f"outside {profile}"

    def process_request(self, request: Request, spider: Spider | None = None):
        ok, why = self.admits(request)
        if not ok:
            self.stats.inc_value("footprint/out_of_scope")
            self.stats.inc_value(f"footprint/out_of_scope/{request.meta.get(PROFILE, '-')}")
            raise OutOfScope(f"out of scope ({why}): {request.url}")
        return None


class AddressGuardMiddleware:
    """Refuse non-public addresses after DNS resolution (--allow-local: loopback and private only)."""

    def __init__(self, crawler):
        self.allow_local = crawler.settings.getbool("FOOTPRINT_ALLOW_LOCAL")
        self.stats = crawler.stats
        self.refused: dict[str, str] = {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request: Request, spider: Spider | None = None):
        try:
            check_url(request.url, self.allow_local)
        except BlockedAddress as exc:
            self.stats.inc_value("footprint/blocked_address")
            raise BlockedHost(str(exc)) from None
        except LookupError:
            return None  # let the downloader report the DNS failure
        return None


class SizeCapMiddleware:
    """Pages and images get separate size caps (DOWNLOAD_MAXSIZE per request)."""

    def __init__(self, page_max: int, image_max: int):
        self.page_max, self.image_max = page_max, image_max

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        return cls(s.getint("FOOTPRINT_PAGE_MAXSIZE"), s.getint("FOOTPRINT_IMAGE_MAXSIZE"))

    def process_request(self, request: Request, spider: Spider | None = None):
        cap = self.image_max if request.meta.get(ROLE) == "image" else self.page_max
        request.meta.setdefault("download_maxsize", cap)
        request.meta.setdefault("download_warnsize", cap // 2)
        return None


def retry_after_seconds(value: bytes | str | None, now: float | None = None) -> float | None:
    """Parse a Retry-After header: delta-seconds or an HTTP date."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isascii() and text.isdigit():  # str.isdigit() alone admits '²', which float() refuses
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
        return max(0.0, when.timestamp() - (time.time() if now is None else now))
    except (TypeError, ValueError, IndexError, OverflowError, OSError):
        return None


class RetryAfterMiddleware(RetryMiddleware):
    """Retry 429 and 503 after Retry-After (capped) or exponential backoff; other retries as Scrapy does."""

    BACKOFF_CODES = (429, 503)

    def __init__(self, settings):
        super().__init__(settings)
        self.max_delay = settings.getfloat("FOOTPRINT_MAX_RETRY_DELAY", 60.0)
        self.backoff_base = settings.getfloat("FOOTPRINT_RETRY_BACKOFF", 1.0)

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("RETRY_ENABLED"):
            raise NotConfigured
        mw = cls(crawler.settings)
        mw.crawler = crawler
        return mw

    async def process_response(self, request: Request, response: Response, spider: Spider | None = None):
        if request.meta.get("dont_retry", False) or response.status not in self.BACKOFF_CODES:
            return super().process_response(request, response)
        tries = request.meta.get("retry_times", 0)
        delay = retry_after_seconds(response.headers.get(b"Retry-After"))
        if delay is None:
            delay = self.backoff_base * (2 ** tries)
        if delay > self.max_delay:
            # The server asks us to stay away longer than a scan waits: give up politely, and say so.
            request.meta["fp_retry_gave_up"] = (f"Retry-After {delay:.0f} s is longer than the "
                                                f"{self.max_delay:.0f} s a scan waits")
            return response
        retry = get_retry_request(request, spider=self.crawler.spider, reason=f"HTTP {response.status}",
                                  max_retry_times=self.max_retry_times)
        if retry is None:
            request.meta["fp_retry_gave_up"] = f"still {response.status} after {tries} retr{'y' if tries == 1 else 'ies'}"
            return response
        await asyncio.sleep(delay)
        return retry
