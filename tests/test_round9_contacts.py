"""An official email is a corporate identifier on an account, and published contact detail on a web page.

CONTRACT.md: `corporate_identifier` is "an account registered with, or showing, an official email";
`official_contact` is "an official email address ... published". A club, speaker or staff page about
the person is not their account, so its address is the second; an ActivityPub actor, a feed's author
or a forum account the writer says they made with the work address is the first. One address is
reported once, under the category that fits where it sits.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.extract import Extractor
from footprint.crawler.items import PostItem, ProfileItem
from footprint.crawler.orgs import load_org

SUBJECT = "Corinne Haldane"
EMAIL = "corinne.haldane@abf.gov.au"


@pytest.fixture(scope="module")
def extractor():
    return Extractor(load_org("dibp"), SUBJECT, ())


def categories(extractor, item) -> set[str]:
    return {d.category for d in extractor.extract([item]) if d.value.lower() == EMAIL}


def page(platform: str, url: str) -> ProfileItem:
    return ProfileItem(profile=url, url=url, platform=platform, name=SUBJECT, emails=[EMAIL])


@pytest.mark.parametrize("item, expected", [
    (page("html", "https://rowing.example/members/corinne-haldane"), {"official_contact"}),
    (page("html", "https://summit.example/speakers/corinne-haldane"), {"official_contact"}),
    (page("activitypub", "https://social.example/@corinneh"), {"corporate_identifier"}),
    (page("feed", "https://corinne.example/blog/feed.xml"), {"corporate_identifier"}),
], ids=["club page", "speaker page", "activitypub actor", "blog feed author"])
def test_profile_email_by_kind_of_page(extractor, item, expected):
    assert categories(extractor, item) == expected


def forum_about(text: str) -> PostItem:
    return PostItem(profile="https://forum.example/u/chal/", url="https://forum.example/u/chal/", platform="html",
                    text=text)


@pytest.mark.parametrize("text, expected", [
    (f"made this acct with my work email ({EMAIL}) like a goose, pls dont", {"corporate_identifier"}),
    (f"Created my profile here using {EMAIL} before I knew better.", {"corporate_identifier"}),
    (f"signed up with {EMAIL} ages ago", {"corporate_identifier"}),
    (f"Questions about the roster to {EMAIL}.", {"official_contact"}),
    (f"made this cake with my work friends, recipes to {EMAIL}", {"official_contact"}),
], ids=["acct abbreviation", "profile made with", "signed up", "published", "made ... not an account"])
def test_forum_text_email(extractor, text, expected):
    assert categories(extractor, forum_about(text)) == expected
