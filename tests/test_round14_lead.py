"""Round 14 (lead): an official address that a site shows as the account's own ("email on file: ...", "reply
notifications go to ...") identifies the account (corporate_identifier), where one offered as a way to reach the
person at work stays an official contact. All people and addresses are fictional."""
from __future__ import annotations

import pytest

from footprint.analysis.detect.extract import Extractor
from footprint.crawler.items import PostItem, ProfileItem
from footprint.crawler.orgs import load_org

PROFILE = "https://forum.example/u/kimv"


@pytest.fixture(scope="module")
def ex():
    return Extractor(load_org("dibp"), "Kim Vella", ["kimv"])


def _categories(ex, summary):
    items = [ProfileItem(platform="activitypub", url=PROFILE, profile=PROFILE, name="Kim Vella", summary=summary),
             PostItem(platform="activitypub", url=f"{PROFILE}/1", profile=PROFILE, text="Quiet week on the river.",
                      published="2026-03-01T10:00:00Z")]
    return {d.category for d in ex.extract(items) if "@" in d.value}


@pytest.mark.parametrize("summary", [
    "email on file: kim.vella@abf.gov.au (yeah yeah i know)",
    "Reply notifications go to kim.vella@homeaffairs.gov.au (set it up at my desk, sorry IT).",
    "forum alerts get sent to kim.vella@abf.gov.au because I never check my own",
    "The address we have on file for you is kim.vella@homeaffairs.gov.au.",
    "digests still go to kim.vella@abf.gov.au, whoops",
])
def test_address_shown_as_the_accounts_own_is_a_corporate_identifier(ex, summary):
    assert _categories(ex, summary) == {"corporate_identifier"}


@pytest.mark.parametrize("summary", [
    "Work enquiries: kim.vella@abf.gov.au",
    "Reach me at the office: kim.vella@homeaffairs.gov.au",
])
def test_address_offered_to_reach_the_person_stays_official_contact(ex, summary):
    assert _categories(ex, summary) == {"official_contact"}



def test_anniversary_names_the_partner_not_their_surname():
    """A full name after "happy anniversary to my partner" is one person: its surname alone is no partner, so a place
    sharing it ("Dulwich Hill") or another couple's post ("my husband Lena Adams") is no evidence of that partner."""
    from footprint.analysis.pipeline import analyse_items
    posts = ["Happy anniversary to my partner Liam Hill. Twelve years and counting!",
             "Loving life in Dulwich Hill. Best coffee in Canberra, fight me.",
             "Happy anniversary to my partner Jasper Adams. Twelve years!",
             "Happy anniversary to my husband Lena Adams. Twelve years and counting!"]
    items = [ProfileItem(platform="activitypub", url=PROFILE, profile=PROFILE, name="Kim Vella", summary="Dad. Runner."),
             *[PostItem(platform="activitypub", url=f"{PROFILE}/{n}", profile=PROFILE, text=t,
                        published="2026-03-01T10:00:00Z") for n, t in enumerate(posts)]]
    findings, *_ = analyse_items(items, org=load_org("dibp"), subject="Kim Vella")
    cited = {f.value: {e.url.rsplit("/", 1)[-1] for e in f.evidence} for f in findings if f.category == "family"}
    assert cited == {"Liam Hill (partner)": {"0"}, "Jasper Adams (partner)": {"2"}, "Lena Adams (husband)": {"3"}}


def _employers(ex, posts, summary="Home brewer. Two fermenters and a cat."):
    items = [ProfileItem(platform="activitypub", url=PROFILE, profile=PROFILE, name="Kim Vella", summary=summary),
             *[PostItem(platform="activitypub", url=f"{PROFILE}/{n}", profile=PROFILE, text=t,
                        published="2026-03-01T10:00:00Z") for n, t in enumerate(posts)]]
    return {d.value for d in ex.extract(items) if d.category == "employer"}


@pytest.mark.parametrize("text", [
    # a roster pattern worked for the org
    "Why two batches at once? I'm on a fortnight-on fortnight-off swing with Border Force, so the brew shed waits.",
    "Started a 4 on 4 off rotation with the ABF in March and my sleep has never recovered.",
    "Doing the night roster at Border Force again this month, so the club will have to cope.",
    # the writer's own team with an intensifier before the org's name
    "Word came down that our whole Border Force team moves to the cargo hall in May. Cheers for the notice.",
    "My entire ABF crew got new radios and none of them work.",
    # the bare "the Department" with its part, not "another department"
    "Six years now I have been an officer in the Department's visa cancellations section.",
])
def test_the_job_said_by_roster_team_or_section_is_the_employer(ex, text):
    assert _employers(ex, [text]), text


@pytest.mark.parametrize("text", [
    "I've been with the agriculture department for six years, biosecurity at the mail centre.",
    "I'm on a week-on week-off swing at the gas plant; Border Force boats go past the jetty most days.",
    "Our whole footy team watched Border Force reruns at the club on Friday.",
])
def test_near_misses_stay_outside(ex, text):
    assert not _employers(ex, [text]), text
