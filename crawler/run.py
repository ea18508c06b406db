"""Child-process entry point: run one crawl job read as JSON from stdin.

Usage (by crawler.runner, not by people): python -m footprint.crawler.run < job.json
The job names the store, the scan id, the subject and the consented profiles,
all already checked by the consent gate in the parent.
"""
from __future__ import annotations

import json
import sys

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from footprint.crawler.lifeline import die_with_parent
from footprint.crawler.scope import normalise


def build_settings(job: dict) -> Settings:
    settings = Settings()
    settings.setmodule("footprint.crawler.settings", priority="project")
    settings.set("FOOTPRINT_DB", job["db"])
    settings.set("FOOTPRINT_SCAN_ID", job["scan_id"])
    settings.set("FOOTPRINT_SUBJECT", job["subject"])
    settings.set("FOOTPRINT_ALLOW_LOCAL", bool(job.get("allow_local")))
    settings.set("FOOTPRINT_MAX_PAGES", int(job.get("max_pages", 200)))
    # Pagination is a chain (page n+1 is found on page n), so Scrapy's depth limit must never stop a
    # crawl before the page cap does (it did at 50 pages, silently): images sit one level below a page.
    settings.set("DEPTH_LIMIT", int(job.get("max_pages", 200)) + 2)
    for key, value in (job.get("settings") or {}).items():
        if key.startswith("FOOTPRINT_") or key in ("DOWNLOAD_TIMEOUT", "RETRY_TIMES", "LOG_LEVEL"):
            settings.set(key, value)
    if job.get("no_throttle") and all(_is_loopback(p["url"]) for p in job["profiles"]):
        # Benchmarks against our own loopback server only.
        settings.set("AUTOTHROTTLE_ENABLED", False)
        settings.set("DOWNLOAD_DELAY", 0)
        settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", 8)
    return settings


def _is_loopback(url: str) -> bool:
    norm = normalise(url)
    return norm is not None and (norm.host in ("localhost", "::1") or norm.host.startswith("127."))


def main() -> int:
    die_with_parent()
    job = json.loads(sys.stdin.read())
    from footprint.crawler.spiders.profiles import ProfilesSpider

    process = CrawlerProcess(build_settings(job), install_root_handler=True)
    process.crawl(ProfilesSpider, job=job)
    process.start()
    return 0


if __name__ == "__main__":
    sys.exit(main())
