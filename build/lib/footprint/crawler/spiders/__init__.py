"""footprint has one spider: crawler.spiders.profiles.ProfilesSpider."""
