"""Round 15 (r15home): home said in passing, and places shared by several posts. Every person and home is fictional.

- a bare suburb among a bio's hobby fragments, comma-joined to a descriptor ("Home baker, <Suburb>.");
  "-ish" only as a suffix ("Fish." is no place), stars and fictional lands never places (data/patterns/not_places.tsv);
- home said in passing in a post (analysis/detect/detectors/home_passing.py, `home_passing` in
  data/lexicons/home_location.toml), and a room or house "in <Suburb>" in the owner's own bio (`bio_home_room`);
- third-person about pages ("<Name> and the dog live up the hill in <Suburb>", "<Name> (she/her) lives in <Suburb>");
- a structured locality beside a job title alone is the home (an employer named or a street address keeps it work's);
- a lift that picks the writer up starts at home; a train, bus or ferry boarded every weekday does not without a home word;
- a geotagged spot said to be home cites every post at that spot.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.detectors.home_loose import marked_bio_place, not_place, terse_bio_place
from footprint.analysis.pipeline import detect
from footprint.crawler.items import PostItem, ProfileItem
from footprint.crawler.orgs import load_org

from kit_posts import PROFILE, SUBJECT, bio, kit_extractor, post


@pytest.fixture(scope="module")
def kit():
    return kit_extractor()


def _homes(kit, item) -> set[str]:
    return {d.key for d in kit.extract([item]) if d.category == "home_location"}


@pytest.mark.parametrize("summary, key", [
    # a suburb among a bio's fragments
    ("Home baker, Ashgrove. Hydration nerd.", "place:ashgrove qld"),
    ("Mother of two, Woodridge. Coffee dependent.", "place:woodridge qld"),
    ("Retired sparky, Glenorchy. Grandkids and gardening", "place:glenorchy tas"),
    ("Amateur astronomer, Malak. Clear skies or bust", "place:malak nt"),
    ("Mixed reef, 450 L. Kirrawee. Frags for swap", "place:kirrawee nsw"),
    ("karama nt. barra, boats, bad jokes.", "place:karama nt"),
    ("Kaleen-ish. Tea. Dragons.", "place:kaleen act"),
    # a room or house of the owner's "in <Suburb>"
    ("Brewing stouts in a tiny garage in Coburg. Kegs > bottles.", "place:coburg vic"),
    ("Restoring a 1920s weatherboard in Bassendean one weekend at a time.", "place:bassendean wa"),
    # near misses
    ("Fish. Sunsets. Salt.", None),
    ("Orion. Andromeda. Dobsonian nerd.", None),
    ("Narnia-ish. Tea. Dragons.", None),
    ("Freo boy. Dockers, boats, bad puns.", None),
    ("Coach, Kambah Stingrays under 9s. Oranges at half time.", None),
    ("Ship's cook. Home port Fremantle for the season. Salt in the veins.", None),
    ("Builder. Just finished a house in Coburg for a lovely family. Quotes free.", None),
    ("Stitch & bitch group, meets Thursdays in Unley. All welcome.", None),
])
def test_bio_suburb(kit, summary, key):
    assert _homes(kit, bio(summary)) == ({key} if key else set())


@pytest.mark.parametrize("text, key", [
    ("I'm in Moonah, fibre's good so the NBN drama skipped us", "place:moonah tas"),
    ("we're in Mitchelton, the NBN tech says our street is last on the list", "place:mitchelton qld"),
    ("Home in Seddon for three weeks before the next contract up north, the garden needs me", "place:seddon vic"),
    ("riding laps from home in Kaleen to the servo and back, 40k done before brekkie", "place:kaleen act"),
    ("working from home in Wynnum today, the dog approves of this arrangement", "place:wynnum qld"),
    ("power's been out at home in Stafford since 3am, candles and cold coffee", "place:stafford qld"),
    ("From our side of town, Bassendean, over to the ferry takes most of an hour on a Sunday.", "place:bassendean wa"),
    ("rent on my own in Footscray is killing me, might need a housemate", "place:footscray vic"),
    ("My nan still lives in Chermside, two streets from us, so she's over for tea most nights", "place:chermside qld"),
    ("My brother lives in Toowong now, five minutes from us, which is great for babysitting.", "place:toowong qld"),
    ("my lift to work leaves Kirwan at 1:15 so it's a 12:30 alarm for me", "place:kirwan qld"),
    ("Carpool picks me up in Ngunnawal at 6:40, bless Deb and her podcast taste", "place:ngunnawal act"),
    ("walk from our place down to Seddon station for the 7:12 every weekday, same carriage every time", "place:seddon vic"),
    ("Out of Kellyville at 6:10, M2 into the city, parked by 7. Every single day.", "place:kellyville nsw"),
    # near misses
    ("I'm in Sydney for a conference, the hotel wifi is a joke", None),
    ("we're in Cairns, the hotel wifi is worse than the humidity", None),
    ("Rent in Footscray is insane now, saw a one-bed go for $600", None),
    ("My mate lives in Toowong, miles from us, so we only catch up at the footy", None),
    ("Three days in and I already feel at home in Hobart, what a town", None),
    ("My lift picks me up from the airport at 11, flight was a shocker", None),
    ("Saw a gorgeous little cottage in Bassendean on the walk today, want", None),
    ("The club meets round the corner in Kambah at the scout hall every second Tuesday.", None),
    ("ferry from Bulimba wharf most mornings, best commute in Brisbane", None),
    ("Caught the 7:05 from Belconnen interchange again, same faces every weekday.", None),
    ("Train from Maylands at 7:12 every weekday, same bloke eating an egg sandwich.", None),
    ("the 6:42 out of Mittagong is late AGAIN, third time this week", None),
])
def test_home_in_passing(kit, text, key):
    assert _homes(kit, post(text)) == ({key} if key else set())


@pytest.mark.parametrize("text, key", [
    ("Kit and the dog live up the hill in Coorparoo with her partner, and she bakes for every meeting.",
     "place:coorparoo qld"),
    ("About the author: Kit Finch writes about frogs. She and the dog live up the hill in Annerley with her partner.",
     "place:annerley qld"),
    ("Kit Finch (she/her) lives in Bulimba with two greyhounds and too many pot plants.", "place:bulimba qld"),
    ("Meet the committee: Kit lives down near the creek in Scullin and has kept bees for a decade.", "place:scullin act"),
    ("Bronwyn and the dog live up the hill in Coorparoo with her partner.", None),
    ("Kit Finch lives in Narnia, or at least her head does, most of the time.", None),
])
def test_third_person(kit, text, key):
    assert _homes(kit, post(text)) == ({key} if key else set())


def _card(fields: dict) -> ProfileItem:
    return ProfileItem(profile=PROFILE, url=PROFILE, platform="html", name=SUBJECT, fields=fields)


@pytest.mark.parametrize("fields, key", [
    ({"jobTitle": "Bookkeeper", "address": "Leederville, WA"}, "place:leederville wa"),
    ({"job-title": "Landscape designer", "adr": "Norwood, SA"}, "place:norwood sa"),
    # an employer named, a street address, a work location: the workplace's
    ({"jobTitle": "Bookkeeper", "worksFor": "Leederville Accounting Co", "address": "Leederville, WA"}, None),
    ({"jobTitle": "Bookkeeper", "address": "12 Oxford Street, Leederville"}, None),
    ({"jobTitle": "Physio", "workLocation": "Subiaco, WA"}, None),
])
def test_structured_address_beside_a_job(kit, fields, key):
    assert _homes(kit, _card(fields)) == ({key} if key else set())


@pytest.mark.parametrize("name, expected", [("Narnia", True), ("orion", True), ("Middle Earth", True), ("Kaleen", False)])
def test_not_places(name, expected):
    assert not_place(name) is expected


@pytest.mark.parametrize("text, place", [
    ("Home baker, Ashgrove. Hydration nerd.", "Ashgrove QLD"),
    ("Fish. Sunsets. Salt.", None),
])
def test_terse_bio_items_per_fragment(text, place):
    hit = terse_bio_place(text) or marked_bio_place(text)
    assert (hit[0] if hit else None) == place


@pytest.mark.parametrize("words", [
    # one post says home, the others only share the point: each post is cited
    ("Home sweet home after a long week", "New bike day, finally", "Rain again, of course"),
    ("Tomatoes in our backyard are going mad this year", "Sourdough number forty", "Cat asleep in the washing basket"),
])
def test_home_spot_cites_every_post_at_the_spot(words):
    loc = {"name": "", "lat": -27.4705, "lon": 153.0431}
    posts = [PostItem(profile=PROFILE, url=f"https://blog.example/kit/p/{i}", platform="rss", text=t,
                      published=f"2019-03-0{i + 2}T20:00:00Z", location=dict(loc)) for i, t in enumerate(words)]
    found = detect([bio("Baker."), *posts], load_org("dibp"), SUBJECT, [])
    spot = [d for d in found if d.category == "home_location" and d.pattern == "repeated_spot_with_home_words"]
    assert {d.evidence.url for d in spot} == {p.url for p in posts}
    geotags = {d.evidence.url for d in found if d.category == "geotag"}
    assert geotags == {p.url for p in posts}


def test_home_spot_needs_home_words():
    """Three posts at one point with no home word and no night pattern: geotags, no home."""
    loc = {"name": "", "lat": -27.4705, "lon": 153.0431}
    posts = [PostItem(profile=PROFILE, url=f"https://blog.example/kit/p/{i}", platform="rss", text=t,
                      published=f"2019-03-0{i + 2}T10:00:00Z", location=dict(loc))
             for i, t in enumerate(("New bike day", "Rain again", "Coffee number two"))]
    found = detect([bio("Baker."), *posts], load_org("dibp"), SUBJECT, [])
    assert not [d for d in found if d.category == "home_location" and d.pattern == "repeated_spot_with_home_words"]
