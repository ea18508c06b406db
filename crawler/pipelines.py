"""Item pipelines, one job each, ordered in settings.ITEM_PIPELINES."""
from __future__ import annotations

import time

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from footprint.crawler.scope import normalise
from footprint.crawler.store import Store


class CleanItemPipeline:
    """Drop items without a usable canonical URL, and repeats of one item within a crawl."""

    def __init__(self, stats):
        self.stats = stats
        self.seen: set[tuple[str, str, str]] = set()

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item, spider=None):
        adapter = ItemAdapter(item)
        url = (adapter.get("url") or "").strip()
        if normalise(url) is None:
            self.stats.inc_value("footprint/items_dropped/no_url")
            raise DropItem(f"item without an http(s) canonical URL: {url!r}")
        key = (adapter["kind"], adapter["profile"], url)
        if key in self.seen:
            self.stats.inc_value("footprint/items_dropped/duplicate")
            raise DropItem(f"duplicate {adapter['kind']} {url}")
        self.seen.add(key)
        return item


class StorePipeline:
    """Write items to the SQLite store in small transactions, and profile statuses at the end."""

    BATCH = 100
    INTERVAL = 1.0

    def __init__(self, db_path: str, scan_id: int, subject: str):
        self.db_path, self.scan_id, self.subject = db_path, scan_id, subject
        self.buffer: list = []
        self.last_flush = time.monotonic()
        self.store: Store | None = None

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        pipeline = cls(s.get("FOOTPRINT_DB"), s.getint("FOOTPRINT_SCAN_ID"), s.get("FOOTPRINT_SUBJECT"))
        pipeline.crawler = crawler
        return pipeline

    def open_spider(self, spider=None):
        spider = spider or getattr(getattr(self, "crawler", None), "spider", None)
        self.store = Store(self.db_path, key=getattr(spider, "store_key", None))

    def flush(self) -> None:
        if self.buffer and self.store is not None:
            self.store.add_items(self.scan_id, self.subject, self.buffer)
            self.buffer = []
        self.last_flush = time.monotonic()

    def process_item(self, item, spider=None):
        self.buffer.append(item)
        if len(self.buffer) >= self.BATCH or time.monotonic() - self.last_flush > self.INTERVAL:
            self.flush()
        return item

    def close_spider(self, spider=None):
        spider = spider or getattr(getattr(self, "crawler", None), "spider", None)
        if spider is not None and hasattr(spider, "leftover_items"):
            self.buffer.extend(spider.leftover_items())
        self.flush()
        if spider is not None and hasattr(spider, "feed_extras") and self.store is not None:
            for url, fields in spider.feed_extras().items():
                self.store.fill_post_fields(self.scan_id, self.subject, url, fields)
        if spider is not None and hasattr(spider, "profile_report") and self.store is not None:
            for p in spider.profile_report():
                self.store.set_profile_status(self.scan_id, p["url"], p["platform"], p["status"], p["detail"],
                                              p["pages"], p["items"], p["out_of_scope"])
        if self.store is not None:
            self.store.close()
