"""Scrapy settings for footprint: polite by default.

Job-specific values (the store, the scan, the consent's profiles) are set by
crawler.run from the consent; nothing here fetches anything by itself.
"""
from footprint.crawler.version import VERSION as _VERSION

BOT_NAME = "footprint"
SPIDER_MODULES = ["footprint.crawler.spiders"]
NEWSPIDER_MODULE = "footprint.crawler.spiders"

# An honest User-Agent: what we are, and that the subject asked for it.
USER_AGENT = (f"footprint/{_VERSION} (consent-based personal exposure scan requested by the profile owner; "
              "no login, read-only)")

# Polite defaults.
ROBOTSTXT_OBEY = True
ROBOTSTXT_USER_AGENT = "footprint"      # our product token in robots.txt groups
ROBOTSTXT_PARSER = "footprint.crawler.robots.FootprintRobotParser"
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.25
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 20
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
REDIRECT_MAX_TIMES = 5
DNS_RESOLVER = "footprint.crawler.resolver.GuardedResolver"   # checks the address actually connected to
COOKIES_ENABLED = False          # no logins, no sessions (and no public-suffix download)
TELNETCONSOLE_ENABLED = False
MEDIA_ALLOW_REDIRECTS = False
DEPTH_LIMIT = 50
LOG_LEVEL = "WARNING"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
# Scrapy's check for a generator callback that returns a value re-reads and re-parses the callback's
# source (inspect + ast) on every response: its cache is keyed by the bound method, a new object each
# time. About 12 % of the crawl child's CPU on a 753-request scan; footprint's callbacks are its own.
WARN_ON_GENERATOR_RETURN_VALUE = False

# footprint's own knobs.
FOOTPRINT_PAGE_MAXSIZE = 10 * 1024 * 1024      # pages: about 10 MB
FOOTPRINT_IMAGE_MAXSIZE = 20 * 1024 * 1024     # images: about 20 MB
FOOTPRINT_MAX_PAGES = 200                      # documents per profile (--max-pages)
FOOTPRINT_MAX_RETRY_DELAY = 60.0               # longest Retry-After a scan waits for
FOOTPRINT_RETRY_BACKOFF = 1.0                  # seconds, doubled per retry
FOOTPRINT_ALLOW_LOCAL = False                  # --allow-local
# Throttling off: honoured only when every consented host is loopback (benchmarks, tests).
FOOTPRINT_NO_THROTTLE = False

DOWNLOAD_MAXSIZE = FOOTPRINT_IMAGE_MAXSIZE
DOWNLOAD_WARNSIZE = FOOTPRINT_PAGE_MAXSIZE

DOWNLOADER_MIDDLEWARES = {
    "footprint.crawler.middlewares.ScopeMiddleware": 50,            # before robots: never ask a foreign host anything
    "footprint.crawler.middlewares.AddressGuardMiddleware": 60,
    "footprint.crawler.middlewares.SizeCapMiddleware": 70,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "footprint.crawler.middlewares.RetryAfterMiddleware": 550,
}

ITEM_PIPELINES = {
    "footprint.crawler.pipelines.CleanItemPipeline": 100,
    "footprint.crawler.pipelines.StorePipeline": 800,
}

# Only the extensions footprint uses. Everything else is off, above all the ones that open a
# socket: Scrapy's RemoteControl (an HTTP endpoint on 127.0.0.1 that runs Python) and the telnet
# console. tests/test_crawl_child.py checks that the crawl child listens on nothing.
EXTENSIONS_BASE = {
    "scrapy.extensions.corestats.CoreStats": 0,        # the stats the middlewares and progress use
    "scrapy.extensions.logcount.LogCount": 0,
    "scrapy.extensions.throttle.AutoThrottle": 0,      # politeness
}
EXTENSIONS = {
    "footprint.crawler.progress.ProgressReporter": 500,
}
REMOTE_CONTROL_ENABLED = False
MEMDEBUG_ENABLED = False
MEMUSAGE_ENABLED = False
# No proxy from the environment (it would connect somewhere the address guard never checked),
# no HTTP auth, no cache on disk.
HTTPPROXY_ENABLED = False
HTTPCACHE_ENABLED = False
