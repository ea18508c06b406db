"""Round 17 (lead): an official address that an account was registered or verified with is a corporate identifier,
not a published contact: verification codes sent to it, and a profile page's "work email verified" badge with the
domain in brackets. Every person, address and page is fictional."""
from __future__ import annotations

import pytest

from footprint.analysis.detect.extract import Extractor
from footprint.crawler.items import PostItem, ProfileItem
from footprint.crawler.orgs import load_org

P = "https://people.example/u/jtran"
NAME = "Jo Tran"


@pytest.fixture(scope="module")
def extractor():
    return Extractor(load_org("dibp"), NAME)


def _found(extractor, items) -> set[tuple[str, str]]:
    return {(d.category, d.value.lower()) for d in extractor.extract(items)
            if d.category in ("corporate_identifier", "official_contact")}


@pytest.mark.parametrize("text, corporate", [
    ("Footy club app keeps timing out before the verification code reaches jo.tran@abf.gov.au, anyone else?", True),
    ("Password reset link for the rego site went to jo.tran@homeaffairs.gov.au and now I can't get in from home.", True),
    ("Confirmation emails for the swim carnival are going to jo.tran@abf.gov.au, sorry, my mistake.", True),
    # published for people to write to: a contact, not an account
    ("Media enquiries for the open day: jo.tran@abf.gov.au", False),
])
def test_codes_sent_to_an_official_address_tie_the_account(extractor, text, corporate):
    items = [ProfileItem(profile=P, url=P, platform="activitypub", name=NAME, summary="Parent, runner, coffee."),
             PostItem(profile=P, url=f"{P}/1", platform="activitypub", text=text, published="2026-05-02T09:00:00Z")]
    found = _found(extractor, items)
    cats = {c for c, _ in found}
    assert ("corporate_identifier" in cats) is corporate
    assert ("official_contact" in cats) is not corporate


@pytest.mark.parametrize("summary, corporate", [
    ("Into hiking and long lunches. ✓ Photo verified ✓ Work email verified (abf.gov.au)", True),
    ("Into hiking and long lunches. Verified work email: @homeaffairs.gov.au", True),
    ("Into hiking and long lunches. ✓ Photo verified ✓ Phone verified", False),          # no work address checked
    ("Into hiking and long lunches.", False),
])
def test_a_verified_badge_makes_a_profile_page_an_account(extractor, summary, corporate):
    domain = "homeaffairs.gov.au" if "homeaffairs" in summary else "abf.gov.au"
    addr = f"jo.tran@{domain}"
    items = [ProfileItem(profile=P, url=P, platform="html", name=NAME, summary=summary, emails=[addr])]
    found = _found(extractor, items)
    if corporate:
        assert ("corporate_identifier", addr) in found and ("official_contact", addr) not in found
    else:
        assert ("official_contact", addr) in found and ("corporate_identifier", addr) not in found


@pytest.mark.parametrize("text, category, shown", [
    # a hardship told over a short post: the whole post is its evidence
    ("Rough month all round. Down another four grand on the pokies and the credit card is maxed.", "vulnerability",
     "Rough month all round."),
    ("Big week at the wharf. We pulled 40 kilos of coke out of a reefer container on Tuesday, hidden in the floor.",
     "official_information", "Big week at the wharf."),
    ("Another Monday. The cargo system fell over at 9 and we were back on paper till lunch.", "systems_information",
     "Another Monday."),
])
def test_what_the_writer_tells_is_shown_with_its_post(extractor, text, category, shown):
    items = [ProfileItem(profile=P, url=P, platform="activitypub", name=NAME, summary="Border Force officer. Views my own."),
             PostItem(profile=P, url=f"{P}/1", platform="activitypub", text=text, published="2026-05-02T09:00:00Z")]
    dets = [d for d in extractor.extract(items) if d.category == category and d.evidence.url == f"{P}/1"]
    assert dets and all(shown in d.evidence.excerpt for d in dets)


def test_a_long_post_still_shows_its_sentence(extractor):
    from footprint.analysis.detect.detectors.context import TOLD_MAX_CHARS

    filler = "We walked the dogs along the river and stopped for a pie at the bakery on the corner. " * 4
    text = filler + "Down another four grand on the pokies and the credit card is maxed."
    assert len(text) > TOLD_MAX_CHARS
    items = [ProfileItem(profile=P, url=P, platform="activitypub", name=NAME, summary="Border Force officer. Views my own."),
             PostItem(profile=P, url=f"{P}/2", platform="activitypub", text=text, published="2026-05-02T09:00:00Z")]
    dets = [d for d in extractor.extract(items) if d.category == "vulnerability" and d.evidence.url == f"{P}/2"]
    assert dets and all("bakery" not in d.evidence.excerpt for d in dets)
