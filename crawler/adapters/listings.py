"""A page's list of links to its own other pages ("Threads started", "Recent posts" as titles and dates).

Those titles are the linked pages' own words: each linked page is crawled and analysed on its own, and evidence
must cite it (issue 9, item 7), not the page that lists it. So the listing page's text leaves out list entries
that are only a same-site link and a date or count; the links themselves are still followed.
"""
from __future__ import annotations

from copy import deepcopy
from typing import Any
from urllib.parse import urlsplit

from footprint.crawler.adapters.text import absolutize, collapse, element_text

ENTRY_TAGS = ("li", "dt", "dd", "tr")
LEFTOVER_MAX = 24           # what an entry may hold beside its link: "15 Jun 2026", "3 replies"


def without_link_lists(region: Any, base: str, page_urls: tuple[str, ...]) -> Any:
    """A copy of `region` without its list entries that are a link to another page of the same site."""
    host = urlsplit(base).netloc
    copy = deepcopy(region)
    for el in list(copy.iter(*ENTRY_TAGS)):
        anchors = [a for a in el.iter("a") if _same_site_page(a.get("href"), base, host, page_urls)]
        if not anchors:
            continue
        text = collapse(element_text(el))
        linked = sum(len(collapse(element_text(a))) for a in anchors)
        if linked and len(text) - linked <= LEFTOVER_MAX and el.getparent() is not None:
            el.getparent().remove(el)
    return copy


def _same_site_page(href: Any, base: str, host: str, page_urls: tuple[str, ...]) -> bool:
    full = absolutize(href, base)
    return bool(full) and urlsplit(full).netloc == host and full.split("#", 1)[0] not in page_urls
