"""Round 14 (r14home): a suburb said once in an aside, home from photos, and home false alarms. Every person and home
is fictional.

- a work-time phrase ("before work", "after the late shift", "wfh") no longer vetoes a home sentence
  (analysis/detect/detectors/home_work_words.py; `work_time` in data/lexicons/home_location.toml);
- a suburb's shops, oval or servo in a sentence that speaks of the writer's home (home_terse.home_cue);
- the trip in from home ("the 6:52 bus from the <Suburb> shops", "rode in from <Suburb>"), a business run from home;
- suburbs named like people or words, read only where a phrase expects a place (data/patterns/suburbs_named_au.tsv);
- false alarms: a school's P&C notice, "<nickname> boy", someone else's room, a client's job, a regional city in a bio
  beside the suburb home found in the posts.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect import localities
from footprint.analysis.detect.detectors.home_loose import kin_nickname, origin
from footprint.analysis.link.home_fold import _state
from footprint.analysis.pipeline import detect
from footprint.crawler.items import ImageItem, PostItem, ProfileItem
from footprint.crawler.orgs import load_org

from kit_posts import PROFILE, SUBJECT, bio, kit_extractor, post


@pytest.fixture(scope="module")
def kit():
    return kit_extractor()


def _homes(kit, item) -> set[str]:
    return {d.key for d in kit.extract([item]) if d.category == "home_location"}


@pytest.mark.parametrize("text, key", [
    # a work-time phrase in the same sentence
    ("Took the pup round Kaleen before work, our street's a river after last night's storm", "place:kaleen act"),
    ("after the early shift i got home to Woodridge and the hot water system had carked it", "place:woodridge qld"),
    ("wfh day so I mowed the nature strip in Ashgrove between meetings", "place:ashgrove qld"),
    # a suburb's amenity in a sentence about the writer's own home
    ("Mist over the Narrabundah ovals from my kitchen window, toast in hand", "place:narrabundah act"),
    ("Trudged home from the Tarragindi shops with six bags and a watermelon", "place:tarragindi qld"),
    ("The Maylands train line is right behind our back fence, you stop hearing it after a while", "place:maylands wa"),
    # the trip in from home
    ("Missed the 6:52 bus from the Kaleen shops AGAIN and had to run for the next one", None),   # round 15: a bus stop
    ("Rode in from Seddon this morning, the headwind on the bridge was something else", "place:seddon vic"),
    # a business run from home; the home by its bills; the long way home
    ("Our small home bakery in Leichhardt is taking Easter orders now", "place:leichhardt nsw"),
    ("a tiny home-based cattery in Bonnyrigg, registered since 2019", "place:bonnyrigg nsw"),
    ("Rates notice for the Coburg house landed today, ouch.", "place:coburg vic"),
    ("Drove the long way home to Bonnyrigg Heights to dodge the roadworks.", "place:bonnyrigg heights nsw"),
    ("cant beleive the council still hasnt fixed the lights on our st in Reservoir", "place:reservoir vic"),
    ("made it home to Woodridge by 2am after a double, cat was NOT impressed", "place:woodridge qld"),
    ("View from our balcony in Bruce: the stadium lights and a lot of possums.", "place:bruce act"),
    ("Our hotel balcony in Surfers has a view of the whole strip.", None),
    # suburbs named like people or words, after a home phrase
    ("Spotted a fox on the nature strip outside ours in Hackett at 5am.", "place:hackett act"),
    ("Finally got blinds up in our place in Holt, the afternoon sun was cooking us", "place:holt act"),
    ("The possums in our roof in Carina are back and they've brought friends", "place:carina qld"),
    ("Three years in our little rental in Hawthorndene and the koalas still visit the back fence.", None),   # 'visit'
])
def test_home_said_in_an_aside(kit, text, key):
    assert _homes(kit, post(text)) == ({key} if key else set())


@pytest.mark.parametrize("text", [
    "Hawthorndene Primary P&C: the working bee is on Saturday from 9. All families welcome, bring gloves!",
    "P&C update from Kaleen Public: the Kaleen disco raised $1,800 for the library. Thank you volunteers!",
    "Tiling a client's ensuite on the job in Dianella today, grout everywhere",
    "Drove past the Yagoona servo on the way to the cricket, diesel was $2.19",
    "Took the 7:15 bus from the Belconnen interchange to the airport for the Perth trip",
    "Meeting the agent at the Kaleen shops at 10, we're looking at a rental near there today",   # where one is today
    "Dogs lost again at the Werribee oval, long drive back up the highway in silence",
    "Wandered home from the Fyshwick markets with far too many mandarins",                        # a market draws all comers
    "Our office in Belconnen has the worst coffee, walked the block after the meeting",          # the office: work
])
def test_home_near_misses(kit, text):
    assert _homes(kit, post(text)) == set()


@pytest.mark.parametrize("summary, key", [
    ("Freo boy. Dockers, boats, bad puns.", None),            # a nickname with "boy": a footy crowd's identity
    ("Brissie girl through and through", None),
    ("Proud Mackay boy. Cane toads and cricket.", "place:mackay qld"),      # the town's own name: where they are from
])
def test_kin_marked_bio(kit, summary, key):
    assert _homes(kit, bio(summary)) == ({key} if key else set())


def test_origin_and_nickname_words():
    assert origin("Tuggerah girl") and origin("Geelong born n bred") and not origin("Kambah local")
    assert kin_nickname("Freo", "Freo boy") and not kin_nickname("Fremantle", "Fremantle boy")
    assert not kin_nickname("Freo", "Freo local")


@pytest.mark.parametrize("field, place", [
    ("Thornton", "Thornton NSW"), ("kirwan", "Kirwan QLD"), ("Hackett", "Hackett ACT"), ("Morphett Vale", "Morphett Vale SA"),
])
def test_location_field_names_the_suburb(kit, field, place):
    profile = ProfileItem(profile=PROFILE, url=PROFILE, platform="html", name=SUBJECT,
                          summary="Member since 2016. Posts about tomatoes.", fields={"Location": field})
    assert {d.value for d in kit.extract([profile]) if d.category == "home_location"} == {place}


@pytest.mark.parametrize("name, found", [
    ("Thornton", ("Thornton NSW", "suburb")), ("Holt", ("Holt ACT", "suburb")), ("Macgregor", None),   # two states: left out
    ("Kambah", None),            # a suburb the tables read anywhere is not in this list
])
def test_named_suburb(name, found):
    assert localities.named_suburb(name) == found


def test_named_suburbs_never_read_alone(kit):
    # a person called like a suburb, with no home phrase before the name
    assert _homes(kit, post("Lunch with Holt and Hackett from the netball club, both legends")) == set()


@pytest.mark.parametrize("name, state", [("Kirwan", "QLD"), ("Thornton", "NSW"), ("Kambah ACT", "ACT"), ("Nowhere", "")])
def test_fold_state(name, state):
    assert _state(name) == state


K = (-35.1712, 149.1010)


def _post(i: int, text: str, location: dict | None = None) -> PostItem:
    return PostItem(profile=PROFILE, url=f"{PROFILE}/{i}", platform="activitypub", text=text,
                    published="2026-03-0%dT09:00:00Z" % i, location=location)


def _home_findings(items) -> list:
    return [d for d in detect([bio("Border Force officer."), *items], load_org("dibp"), SUBJECT, [])
            if d.category == "home_location"]


@pytest.mark.parametrize("caption, home", [
    ("sheets drying on the line and two magpies supervising", True),
    ("Planted a lime tree by the side fence. Fingers crossed.", True),
    ("The cubby house is DONE. Four weekends, zero regrets.", True),
    ("The back verandah at golden hour, best seat in the house", True),
    # near misses
    ("Helping Mum paint her spare room, she picked the loudest yellow", False),
    ("Tiling the ensuite for a client, day three", False),
    ("Balcony at the hotel, conference all week", False),
    ("Arvo beers in Davo's backyard, legend host", False),
])
def test_post_with_place_and_home_words(caption, home):
    found = _home_findings([_post(1, caption, {"lat": K[0], "lon": K[1]})])
    assert bool(found) is home


def test_city_bio_folds_into_suburb_home():
    """ "Townsville." alone in a bio beside "our yard in Kirwan": one home, Kirwan."""
    items = [ProfileItem(profile=PROFILE, url=PROFILE, platform="activitypub", name=SUBJECT, summary="Townsville."),
             _post(1, "Mowed the lawn at our place in Kirwan this arvo, the mango tree is loaded.")]
    homes = {d.key for d in detect(items, load_org("dibp"), SUBJECT, []) if d.category == "home_location"}
    assert homes == {"place:kirwan qld"}


def _weekend(i: int, day: int, caption: str) -> list:
    """A post and its photo taken at one spot on a weekend day of March 2026 (7, 8, 14, 15, 21 are weekend days)."""
    url = f"{PROFILE}/w{i}"
    return [PostItem(profile=PROFILE, url=url, platform="activitypub", text=caption, published=f"2026-03-{day:02d}T01:00:00Z",
                     images=[f"https://media.example/k/w{i}.jpg"]),
            ImageItem(profile=PROFILE, url=f"https://media.example/k/w{i}.jpg", sha256=f"{i:02d}" * 32, post_url=url,
                      lat=-31.8900 + 0.0001 * i, lon=115.8700, taken_at=f"2026:03:{day:02d} 10:00:00")]


@pytest.mark.parametrize("captions, inferred", [
    (["", "", ""], True),                                                          # no words: the spot is home
    (["Lazy Saturday in the garden", "Sunday pancakes", "Another weekend, another nap"], True),
    # a client's job every weekend: the captions say where
    (["Saturday tiling an ensuite for a client", "Back on the job site, grouting", "Client's deck sealed, done"], False),
    (["Arvo at Davo's place again", "Davo's backyard cricket", "Davo's place, footy on the telly"], False),
])
def test_weekend_cluster_said_elsewhere(captions, inferred):
    items = [x for i, (day, cap) in enumerate(zip((7, 14, 21), captions)) for x in _weekend(i, day, cap)]
    found = [d for d in detect([bio("Border Force officer."), *items], load_org("dibp"), SUBJECT, [])
             if d.category == "home_location" and d.pattern == "night_weekend_cluster"]
    assert bool(found) is inferred


@pytest.mark.parametrize("text, key", [
    ("Forum profile for kirra77. Location: Morphett Vale. Joined 2019. Posts: 412.", "place:morphett vale sa"),
    ("bluetongue_bec | Member | Location: Thornton | Posts: 88", "place:thornton nsw"),
    ("Location: Seddon", "place:seddon vic"),
    # an event, a job ad, a listing: a venue, not a member's home
    ("Working bee! When: Sat 9am. Location: Kambah. Bring gloves.", None),
    ("Job: APS5 policy officer. Location: Belconnen. Closing date: 3 May.", None),
    ("Trivia night, Location: Kaleen, tickets $20", None),
])
def test_labelled_location_in_text(kit, text, key):
    assert _homes(kit, post(text)) == ({key} if key else set())


@pytest.mark.parametrize("text, key", [
    ("Fifteen minutes along the highway from the staff quarters in Tennant Creek to the office, not one roo.",
     "place:tennant creek nt"),
    ("Back to the quarters at Port Hedland after a long one, the wind never stops here.", "place:port hedland wa"),
    ("The office in Tennant Creek is next to the staff quarters.", None),        # the office beside the place: work
    ("Visiting the married quarters in Wagga for an old unit reunion.", None),
])
def test_quarters_are_home(kit, text, key):
    assert _homes(kit, post(text)) == ({key} if key else set())


@pytest.mark.parametrize("text, key", [
    # the subject said of in the third person: an apposition or a clause before "lives", a caller, a home made
    ("Member spotlight: Kit joined the club in 2019 and lives just up the road in Wanniassa with two greyhounds.",
     "place:wanniassa act"),
    ("Kit Finch, our treasurer, is a Kaleen local and a demon on the barbecue.", "place:kaleen act"),
    ("On the show tonight: Kit from Rivett rings in about the magpie swooping the street.", "place:rivett act"),
    ("Kit and partner Jo have made Campbell their home since 2015.", "place:campbell act"),
    ("Kit's been in Ngunnawal for a decade now and still gets lost in the roundabouts.", "place:ngunnawal act"),
    # someone else
    ("Member spotlight: Priya joined the club in 2019 and lives just up the road in Wanniassa.", None),
    ("Priya Raman, our treasurer, is a Kaleen local and a demon on the barbecue.", None),
    ("On the show tonight: Priya from Rivett rings in about the magpies.", None),
])
def test_subject_said_to_live(kit, text, key):
    assert _homes(kit, post(text)) == ({key} if key else set())


@pytest.mark.parametrize("text, key", [
    ("Wet season storms rolling over Nightcliff, sitting on the verandah with the dog.", "place:nightcliff nt"),
    ("Power's out across Reservoir again, no heater, no kettle, rain on the roof.", "place:reservoir vic"),
    ("Mowed the lawn then drove over to Penrith for the footy.", None),       # a place the sentence goes to
])
def test_weather_over_the_home_suburb(kit, text, key):
    assert _homes(kit, post(text)) == ({key} if key else set())


def _night_photos(lat: float, lon: float) -> list:
    return [ImageItem(profile=PROFILE, url=f"https://media.example/k/n{i}.jpg", sha256=f"{i + 50:02d}" * 32,
                      lat=lat + 0.0001 * i, lon=lon, taken_at=f"2026:03:{day:02d} 20:30:00")
            for i, day in enumerate((7, 14, 21))]


@pytest.mark.parametrize("summary, photos, keys", [
    # a city in the bio beside night photos in one of its suburbs: one home, the photos' (not renamed to the city)
    ("Public servant. Canberra. Runner.", (-35.3905, 149.0560), {"home:-35.390,149.056"}),
    # the photos in another state: the city stays its own finding
    ("Public servant. Canberra. Runner.", (-27.3940, 153.0500), {"place:canberra act", "home:-27.394,153.050"}),
])
def test_city_bio_beside_photo_home(summary, photos, keys):
    items = [bio(summary), *_night_photos(*photos)]
    found = {d.key for d in detect(items, load_org("dibp"), SUBJECT, []) if d.category == "home_location"}
    assert found == keys


@pytest.mark.parametrize("text, key", [
    # someone visiting the writer is at the writer's home
    ("Mum's visiting so the spare room at our place in Kaleen is finally clean.", "place:kaleen act"),
    ("Nan is visiting us in Kambah, the kids are thrilled.", "place:kambah act"),
    ("The in-laws came to visit us in Wanniassa and ate everything.", "place:wanniassa act"),
    # the writer visiting somewhere
    ("We're visiting friends in Glebe, their house is amazing.", None),
    ("I'm visiting my sister in Coburg, her place is tiny.", None),
    ("We spent a week visiting in Paris.", None),
])
def test_visitors_come_to_the_home(kit, text, key):
    assert _homes(kit, post(text)) == ({key} if key else set())
