"""A suburb a profile names near the night/weekend photo cluster names the inferred home (analysis.link.home_bio)."""
from __future__ import annotations

import math
from datetime import datetime

import pytest

from footprint.analysis.link.geo import infer_home
from footprint.analysis.link.home_bio import name_home
from footprint.analysis.link.linking import link
from footprint.crawler.items import ImageItem, ProfileItem

PROFILE = "https://social.example/@mick"
# a fictional back yard in Glenroy VIC: GeoNames' nearest locality is the next suburb, Fawkner
GLENROY = (-37.7041, 144.9672)


def _photos(centre=GLENROY) -> list[ImageItem]:
    shots = [(0, 0, datetime(2026, 5, 4, 21, 40)), (18, 9, datetime(2026, 5, 13, 22, 5)),
             (-7, 21, datetime(2026, 5, 23, 15, 15))]
    out = []
    for i, (dx, dy, when) in enumerate(shots):
        lat = centre[0] + dy / 111_320
        lon = centre[1] + dx / (111_320 * math.cos(math.radians(centre[0])))
        out.append(ImageItem(profile=PROFILE, url=f"https://media.example/mick/{i}.jpg", sha256=f"{i:064x}",
                             lat=lat, lon=lon, taken_at=when.strftime("%Y:%m:%d %H:%M:%S")))
    return out


def _profile(summary: str, **fields: str) -> ProfileItem:
    return ProfileItem(profile=PROFILE, url=PROFILE, platform="activitypub", summary=summary, fields=dict(fields))


CASES = {
    "suburb in the bio": (_profile("Glenroy born and bred. Coffee, footy, dogs 🐕"), "Glenroy VIC"),
    "suburb in a location field": (_profile("dad of two, bad golfer", Location="Glenroy, Melbourne"), "Glenroy VIC"),
    "gazetteer suburb in the same state": (_profile("northside 4 life | Coburg"), "Coburg VIC"),
    # near misses: no suburb, a far-away suburb, a suburb in lower case inside another word
    "no suburb": (_profile("Views my own. Bad at golf."), None),
    "suburb in another state": (_profile("Penrith Panthers tragic"), None),
    "not a proper noun": (_profile("glenroyal blue is my colour"), None),
}


@pytest.mark.parametrize("profile, expected", CASES.values(), ids=CASES.keys())
def test_profile_names_the_photo_home(profile, expected):
    homes = infer_home(_photos())
    assert len(homes) == 1
    findings = [f for f in link(name_home(homes, [profile])) if f.category == "home_location"]
    assert len(findings) == 1                       # one home either way, never two
    if expected is None:
        assert findings[0].value.startswith("near ") and findings[0].evidence[0].kind == "inferred"
    else:
        assert findings[0].value == expected
        assert {e.kind for e in findings[0].evidence} == {"inferred", "profile_field"}
        assert findings[0].attrs["photo_locality"]


def test_work_site_suburb_in_bio_does_not_name_the_home():
    from footprint.crawler.orgs import load_org

    # Broadmeadows is 3 km off, but it names an org work site (the transit accommodation): that is work
    profile = _profile("ABF officer, Broadmeadows. Views mine.")
    assert name_home(infer_home(_photos()), [profile])[0].value.startswith("Broadmeadows VIC")     # without the org
    [home] = name_home(infer_home(_photos()), [profile], load_org("dibp"))
    assert home.value.startswith("near ")


def test_bio_suburb_without_photo_home_is_nothing():
    assert name_home([], [_profile("Glenroy born and bred")]) == []


def test_pipeline_names_the_home_from_the_bio():
    from footprint.analysis import pipeline
    from footprint.crawler.orgs import load_org

    items = [_profile("Glenroy local. Coffee, footy and a very loud kelpie."), *_photos()]
    findings = link(pipeline.detect(items, load_org("dibp"), "Mick Dunn", []))
    homes = [f for f in findings if f.category == "home_location"]
    assert [h.value for h in homes] == ["Glenroy VIC"]
    assert len([f for f in findings if f.category == "geotag"]) == 1        # three photos within ~25 m: one point
