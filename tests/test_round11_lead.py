"""Round 11 (lead): small mends found while reading retired held-out sets, tested on sentences written here.

Every person, place and phrase is fictional or a public place name, written for these tests.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from footprint.crawler.items import PostItem, ProfileItem

sys.path.insert(0, str(Path(__file__).parent))
from kit_posts import PROFILE, SUBJECT, kit_extractor, found_beside_bio as scan  # noqa: E402

_MAIL = "place:sydney gateway facility (international mail centre)"


@pytest.fixture(scope="module")
def kit():
    return kit_extractor()


# A site whose alias is also a road's name: driven along, it is the road; worked at, it is the site.
@pytest.mark.parametrize("text, site", [
    ("Double shift at the Gateway tonight, three parcels of pills before the dinner break.", True),
    ("Back on nights at the Gateway facility next week.", True),
    ("Dog walk at 5, then the 5:45 drive down the Gateway to the terminal.", False),
    ("Crawling along the Gateway behind a B-double again, love this city.", False),
    ("Rode over the Gateway at sunrise, best view in Brisbane.", False),
])
def test_site_alias_driven_along_is_a_road(kit, text, site):
    keys = {d.key for d in scan(kit, text) if d.category == "work_location"}
    assert (_MAIL in keys) is site


# A profile field named by an app's short name holds the subject's handle there.
@pytest.mark.parametrize("field, value, expected", [
    ("ig", "@reef.and.red.dirt", "contact:instagram:reef.and.red.dirt"),
    ("IG", "saltwater_sal", "contact:instagram:saltwater_sal"),
    ("tiktok", "@dampier.days", "contact:tiktok:dampier.days"),
    ("insta", "@coral.coast.kel", "contact:instagram:coral.coast.kel"),
])
def test_app_short_name_field_is_a_handle(kit, field, value, expected):
    items = [ProfileItem(profile=PROFILE, url=PROFILE, platform="activitypub", name=SUBJECT,
                         summary="Pilbara. Boats. Sunsets.", fields={field: value})]
    assert expected in {d.key for d in kit.extract(items) if d.category == "personal_contact"}


# What lands is no landing place: "4 flights landing" is aircraft arriving; "Karumba landing" is a place.
@pytest.mark.parametrize("text, site", [
    ("two of us on the primary line for three Bali flights landing inside 40 min.", None),
    ("0200. 2 of us. 4 flights landing.", None),
    ("Quiet night, only the jets landing late from Denpasar.", None),
    ("night shift at Karumba landing again, two boats to clear", "place:karumba landing"),
])
def test_what_lands_is_no_landing_place(kit, text, site):
    keys = {d.key for d in scan(kit, text) if d.category == "work_location"}
    assert not any("landing" in k for k in keys) if site is None else site in keys


# "we're <org>" is the writer's own voice, not "re: <org>" (a topic): evidence of an employer shown elsewhere.
@pytest.mark.parametrize("text, evidence", [
    ("I do nights at the airport, we're Border Force so we clear the international flights.", True),
    ("we\u2019re Border Force, we clear the cruise ships at dawn", True),
    ("re: Border Force and the new visa rules, has anyone had a letter yet?", False),
    ("Question about Border Force and the duty free limits for wine?", False),
])
def test_were_org_is_own_voice(kit, text, evidence):
    found = [d for d in scan(kit, text) if d.category == "employer"]
    assert bool(found) is evidence


def test_were_org_does_not_establish_employment_alone(kit):
    dets = scan(kit, "we're Border Force fans in this house, never miss an episode", summary="Nurse. Mum of two.")
    assert not [d for d in dets if d.category == "employer"]


# A day of the week after "the kids" is when, not who: "she'll have the kids Tuesdays".
@pytest.mark.parametrize("text, name", [
    ("My MIL says she'll still have the kids Tuesdays even with everything going on.", None),
    ("The kids Saturdays are all sport, sport, sport.", None),
    ("The kids Mia and Jack start swimming lessons next week.", "family:mia"),
])
def test_weekday_after_the_kids_is_no_child(kit, text, name):
    keys = {d.key for d in scan(kit, text) if d.category == "family"}
    assert not any(k.endswith("days") for k in keys) and (name is None or name in keys)
