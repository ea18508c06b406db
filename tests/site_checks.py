"""Checks shared by the development and held-out persona tests: every rendered site file parses."""
from __future__ import annotations

import json
from pathlib import Path

import feedparser
import lxml.html

from footprint.crawler.adapters.images import read_image_metadata


def check_site_files(site: Path) -> int:
    """Parse every JSON, feed, HTML page and photo (photos must carry GPS and a time); return how many."""
    checked = 0
    for path in site.rglob("*"):
        if path.suffix == ".json":
            json.loads(path.read_text(encoding="utf-8"))
        elif path.name == "feed.xml":
            feed = feedparser.parse(path.read_bytes())
            assert not feed.bozo and feed.entries, path
        elif path.suffix == ".html":
            lxml.html.fromstring(path.read_bytes())
        elif path.suffix == ".jpg" and path.name != "avatar.jpg":
            meta = read_image_metadata(path.read_bytes())
            assert meta.lat is not None and meta.lon is not None and meta.taken_at, path
        else:
            continue
        checked += 1
    return checked
