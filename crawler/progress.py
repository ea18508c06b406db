"""A Scrapy extension that reports crawl progress as JSON lines.

The crawl runs in a child process (Twisted's reactor cannot restart); the
parent reads these lines to draw a live progress display.
"""
from __future__ import annotations

import json
import sys
import time

from scrapy import signals

from footprint.crawler.middlewares import PROFILE, ROLE


class ProgressReporter:
    INTERVAL = 0.2

    def __init__(self, crawler, stream=None):
        self.crawler = crawler
        self.stream = stream or sys.stdout
        self.counts: dict[str, dict[str, int]] = {}
        self.last = 0.0

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        crawler.signals.connect(ext.response_received, signal=signals.response_received)
        crawler.signals.connect(ext.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def _bucket(self, profile: str) -> dict[str, int]:
        return self.counts.setdefault(profile, {"pages": 0, "posts": 0, "images": 0, "profiles": 0})

    def emit(self, event: dict, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self.last < self.INTERVAL:
            return
        self.last = now
        self.stream.write(json.dumps(event) + "\n")
        self.stream.flush()

    def response_received(self, response, request, spider=None):
        profile = request.meta.get(PROFILE)
        if profile and request.meta.get(ROLE) != "image":
            self._bucket(profile)["pages"] += 1
            self.emit({"event": "progress", "counts": self.counts})

    def item_scraped(self, item, response=None, spider=None):
        key = {"post": "posts", "image": "images", "profile": "profiles"}.get(getattr(item, "kind", ""), "posts")
        self._bucket(item.profile)[key] += 1
        self.emit({"event": "progress", "counts": self.counts})

    def spider_closed(self, spider, reason):
        self.emit({"event": "progress", "counts": self.counts}, force=True)
        report = spider.profile_report() if hasattr(spider, "profile_report") else []
        self.emit({"event": "closed", "reason": reason, "profiles": report}, force=True)
