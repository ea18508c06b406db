"""The consent-scoped, polite Scrapy crawler of footprint."""
