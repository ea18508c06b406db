"""Kit Finch (fictional): one staff member's loose posts, for the table-driven detector tests.

The round 4 and round 5 detector tests each read single sentences as posts of this one account;
the account, the extractor and the helpers live here once.
"""
from __future__ import annotations

from footprint.analysis.detect.extract import Extractor
from footprint.crawler.items import PostItem, ProfileItem
from footprint.crawler.orgs import load_org

PROFILE = "https://social.example/@kfinch"
SUBJECT, ALIASES = "Kit Finch", ["kfinch"]


def kit_extractor() -> Extractor:
    return Extractor(load_org("dibp"), SUBJECT, ALIASES)


def post(text: str) -> PostItem:
    return PostItem(profile=PROFILE, url=f"{PROFILE}/1", platform="activitypub", text=text,
                    published="2019-03-04T08:00:00Z")


def bio(text: str) -> ProfileItem:
    return ProfileItem(profile=PROFILE, url=PROFILE, platform="activitypub", name=SUBJECT, summary=text)


def found(extractor: Extractor, text: str) -> list:
    """The detections in one post."""
    return extractor.extract([post(text)])


def keys(extractor: Extractor, text: str, category: str) -> set[str]:
    """The keys of one category's detections in one post."""
    return {d.key for d in found(extractor, text) if d.category == category}


def values(dets: list, category: str) -> set[str]:
    """The lower-cased values of one category's detections."""
    return {d.value.lower() for d in dets if d.category == category}


OPEN_CATEGORIES = ("official_information", "systems_information", "vulnerability", "routine")


def open_categories(extractor: Extractor, text: str) -> set[str]:
    """Which of the open categories (official, systems, vulnerability, routine) one post shows."""
    return {d.category for d in found(extractor, text) if d.category in OPEN_CATEGORIES}


def found_beside_bio(extractor: Extractor, text: str, summary: str = "Border Force officer. Views my own.") -> list:
    """The detections of one post in a scan whose profile bio says who the subject is (the post's own only)."""
    items = [ProfileItem(profile=PROFILE, url=PROFILE, platform="html", name=SUBJECT, summary=summary),
             PostItem(profile=PROFILE, url=f"{PROFILE}/9", platform="activitypub", text=text,
                      published="2019-03-04T08:00:00Z")]
    return [d for d in extractor.extract(items) if d.evidence.url != PROFILE]


def found_in_posts(extractor: Extractor, summary: str, *texts: str) -> list:
    """The detections of a scan of a bio and several posts (the work-site tests' cross-post cases)."""
    items = [ProfileItem(profile=PROFILE, url=PROFILE, platform="html", name=SUBJECT, summary=summary)]
    items += [PostItem(profile=PROFILE, url=f"{PROFILE}/{i}", platform="activitypub", text=t, published="2019-03-04T08:00:00Z")
              for i, t in enumerate(texts)]
    return extractor.extract(items)
