"""Round 12 (r12home): home said in passing. Every person and home is fictional.

- home told by how far it is: "we're ten mins away in X", "just up the hill in X", "a 5 min walk from the X station",
  a suburb's amenity "around the corner from ours", and "we live three streets back" with the one suburb the post
  names elsewhere (analysis/detect/detectors/home_informal.py, `left` in data/lexicons/home_location.toml);
- a home said plainly in an odd frame: "I'm in a granny flat in X", "currently in a two-bedder in X", "calls X
  home", a profile's third person without a name ("Lives in X, where ...");
- a bio's suburb in slang: "b&b", a comma list of hobbies ending in a suburb's local short name
  (data/patterns/place_nicknames.tsv), "<suburb>, <the city's nickname>";
- the start of a regular commute said by how it always goes ("never on time", "late again", "my usual"), by a
  morning departure at a clock time, or by the platform one waits on;
- a child's school in a post that also goes to work is no home; a photo's own post naming its suburb names the
  photo home rather than a city the profile gives (analysis/link/home_bio.py).
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect import localities
from footprint.analysis.pipeline import detect
from footprint.crawler.items import ImageItem, PostItem, ProfileItem
from footprint.crawler.orgs import load_org

from kit_posts import PROFILE, SUBJECT, bio, kit_extractor, post


@pytest.fixture(scope="module")
def kit():
    return kit_extractor()


def _homes(kit, item) -> set[str]:
    return {d.key for d in kit.extract([item]) if d.category == "home_location"}


DISTANCE = [
    ("we're only fifteen mins away in Kellyville so happy to do the school run swap", "place:kellyville nsw"),
    ("I live about 2 km away in Coorparoo, can be there in a flash", "place:coorparoo qld"),
    ("we live just up the hill in Mount Evelyn and the fog is something else", "place:mount evelyn vic"),
    ("We're a couple of streets over in Rivervale, give us a yell if you need eggs", "place:rivervale wa"),
    ("literally a 3 minute walk from Oak Park station and I STILL miss the train", "place:oak park vic"),
    ("I'm a short walk from the Alderley shops, which is dangerous for my bakery budget", "place:alderley qld"),
    ("the Carnegie library is around the corner from ours, the kids basically live there", "place:carnegie vic"),
    ("the Ashgrove pool is two streets from my front door and I go maybe once a year", "place:ashgrove qld"),
    ("We live three doors from the creek. The Oatlands bakery does the best pies, fight me.", "place:oatlands nsw"),
    ("i live like five minutes from the Lyneham shops, best coffee in the north", "place:lyneham act"),
]


@pytest.mark.parametrize("text, key", DISTANCE, ids=[k for _, k in DISTANCE])
def test_home_told_by_distance(kit, text, key):
    assert key in _homes(kit, post(text))


DISTANCE_NOT = [
    "The motel was a two minute walk from the Glenelg tram, handy for the conference",
    "My brother lives ten mins away in Kellyville so the cousins are always together",
    "I'm five mins from Oak Park station, where are you? I'll wait at the gate",
    "we were parked two streets from the Ashgrove pool for the carnival today",
    "Drove an hour to the Lyneham shops for the good coffee, worth it",
]


@pytest.mark.parametrize("text", DISTANCE_NOT)
def test_a_distance_from_somewhere_visited_is_no_home(kit, text):
    assert not _homes(kit, post(text))


FRAME = [
    (post("im in a studio in Glebe for now, after the split it was this or my sister's couch"), "place:glebe nsw"),
    (post("We're in a tiny rental in Yarraville and the landlord is a legend"), "place:yarraville vic"),
    (post("Currently in a three-bedder in Ipswich with two dogs and a lot of lego"), "place:ipswich qld"),
    (post("We've called Emerald home for eleven years now and still get lost in the fog"), "place:emerald vic"),
    (bio("Calls Bellerive home with a husband, a kelpie and an unreasonable number of houseplants."), "place:bellerive tas"),
    (bio("Lives in Cronulla, where she paddles before work most days."), "place:cronulla nsw"),
    (bio("Retired teacher. Based in Toowong these days. Crosswords and grandkids."), "place:toowong qld"),
    (post("About the author: lives in Moonee Ponds with two teenagers and a very old cat."), "place:moonee ponds vic"),
]


@pytest.mark.parametrize("item, key", FRAME, ids=[k for _, k in FRAME])
def test_home_said_plainly_in_an_odd_frame(kit, item, key):
    assert key in _homes(kit, item)


FRAME_NOT = [
    post("Dad's in a rental in Yarraville now and he hates the carpet"),
    post("Lives in Glebe? The council wants your view on the new bike lanes."),
    post("in a hotel in Ipswich for the week, the pool is tiny"),
    post("My cousin calls Emerald home these days"),
]


@pytest.mark.parametrize("item", FRAME_NOT)
def test_a_home_that_is_not_the_writers(kit, item):
    assert not _homes(kit, item)


BIOS = [
    ("Woy Woy girl, born & raised. Midwife. Mum.", "place:woy woy nsw"),
    ("Kurri Kurri b&b. Boilermaker. Pies.", "place:kurri kurri nsw"),
    ("Hallett Cove lad born n raised, footy and fishing", "place:hallett cove sa"),
    ("running, ramen, reality tv, balmo.", "place:balmain nsw"),
    ("sourdough. succulents. sudoku. indro.", "place:indooroopilly qld"),
    ("nurse | Redbank Plains, Brissie | cake decorator", "place:redbank plains qld"),
    ("Sam is a carpenter and weekend cellist from Norwood, Radelaide.", "place:norwood sa"),
]


@pytest.mark.parametrize("text, key", BIOS, ids=[k for _, k in BIOS])
def test_a_bios_suburb_in_slang(kit, text, key):
    assert key in _homes(kit, bio(text))


@pytest.mark.parametrize("text", [
    "Bali girl at heart. Nurse. Netball.",
    "coffee, cricket, kayaks, Brisbane.",
    "Bed & breakfast reviews, mostly in the Hunter",
])
def test_a_bio_without_a_suburb_home(kit, text):
    assert not _homes(kit, bio(text))


COMMUTE = [
    ("Left Narangba at 5:10 as usual, the Bruce was already a car park", "place:narangba qld"),
]


@pytest.mark.parametrize("text, key", COMMUTE, ids=[k for _, k in COMMUTE])
def test_the_start_of_a_regular_commute(kit, text, key):
    assert key in _homes(kit, post(text))


@pytest.mark.parametrize("text", [
    "Caught the 9:40 from Central to Newcastle for the weekend, beach here I come",
    "My husband gets the 6:10 from Bowral every weekday and reads the whole paper",
    "the 5:15 from Town Hall home every night is a sardine tin",
    "Bus from Weipa broke down again, two hours on the roadside with a flat",
    "The 7:30 from Wyong to the cricket on Saturday was packed",
    # round 15: the writer's own weekday train, bus or ferry leaves from a station they may drive or walk to: no home
    # without a home word or their own street (tests/test_round15_r15home.py)
    "the 6:14 out of Tahmoor is never on time, I could set my watch by the delay",
    "My 7:05 bus from Mango Hill is late again, third time this week",
    "Another grey morning on the 6:20 from Wyndham Vale, podcast and a muesli bar",
    "platform 2 at Glenfield at 6:51 every weekday, same faces, same pigeons",
    "The 5:45 out of Wyong always has the same bloke asleep in the quiet carriage",
    "my usual 7:40 ferry from Bulimba was cancelled so I'm late for everything",
    "the 6:02 from Helensburgh was 20 mins late and nobody was surprised",
    "Waiting at Birrong station at 6:40 like every other weekday, the pigeons know me by name",
    "You know you're from the Shire when the 6:15 from Sutherland is your social life",
    "You know you're a Frankston line lifer when the bus stop at Carrum is your second lounge room every morning",
])
def test_a_trip_someone_elses_commute_or_the_evening_leg(kit, text):
    assert not _homes(kit, post(text))


@pytest.mark.parametrize("text, key", [
    ("school pickup at Runcorn State School for my daughter then straight back to the office", None),
    ("dropped my son at Carnegie Primary on the way to work, then the tram into the city", None),
    ("Miss 7 lost her first tooth at Kedron State School today, the tooth fairy is broke", "place:kedron qld"),
])
def test_a_childs_school_beside_work_is_no_home(kit, text, key):
    homes = _homes(kit, post(text))
    assert (key in homes) if key else not homes


def test_a_photos_own_post_names_the_photo_home():
    """A photo geotagged at home whose post says "our place in Balgownie" is the home in Balgownie, not the city a
    profile's location field gives (GeoNames calls the point the next suburb over)."""
    p = "https://social.example/@wren"
    items = [ProfileItem(profile=p, url=p, platform="activitypub", summary="Home brewer, bad gardener.",
                         fields={"Location": "Wollongong"}),
             PostItem(profile=p, url=p + "/1", platform="activitypub", images=["https://media.example/w/1.jpg"],
                      text="First pale ale of spring, brewed in the shed out the back of our place in Balgownie"),
             ImageItem(profile=p, url="https://media.example/w/1.jpg", sha256="1" * 64, post_url=p + "/1",
                       lat=-34.389, lon=150.880, taken_at="2026:09:12 16:20:00")]
    named = {d.key for d in detect(items, load_org("dibp"), SUBJECT, []) if d.category == "home_location"
             and d.pattern == "photo_home_named_in_posts"}
    assert named == {"place:balgownie nsw"}


GRIEF = ("It has been six weeks since the funeral. I keep thinking I should write something, so here it is. "
         "The first days were a blur of casseroles and phone calls, and I barely remember the drive back from the "
         "hospital that last night, or the nurses who were so kind to us. The kids have gone back to their own lives "
         "now, which is right, and I have the days to myself again. Most mornings I make two cups of tea before I "
         "remember. The neighbours still drop in. The dog waits by the gate at five o'clock for a car that does not "
         "come. This evening the house is so quiet I can hear the clock in the hall, and his chair by the window "
         "still has the cushion the way he liked it.")


@pytest.mark.parametrize("text, home", [
    (GRIEF, True),
    # near miss: the place named beside the home words is somewhere else
    ("Sat with Mum at the hospital all afternoon; the house is so quiet without her, she says, though she is "
     "not there to hear it.", False),
])
def test_a_long_post_at_home_with_a_point(kit, text, home):
    """A long blog post with a georss point that says it is at home ("the house is so quiet", "his chair by the
    window") is the home, though the hospital is named paragraphs earlier; a short one beside the hospital is not."""
    item = PostItem(profile=PROFILE, url=f"{PROFILE}/9", platform="feed", text=text, published="2026-08-04T09:00:00Z",
                    location={"lat": -33.7702, "lon": 150.9906})
    found = {d.pattern for d in kit.extract([item]) if d.category == "home_location"}
    assert ("post_at_home_with_place" in found) is home


MORE = [
    ("Fun fact: I can walk to the Oatley baths in under five from my door", "place:oatley nsw"),
    ("Me and the kids are in a unit in Bankstown now. Money's tight but we're ok.", "place:bankstown nsw"),
    ("Proud Dapto girl born and raised", "place:dapto nsw"),
    ("A true Ipswich boy born and bred, never lived anywhere else", "place:ipswich qld"),
    ("Q: whereabouts are you? A: Southern suburbs, Morphett Vale to be exact", "place:morphett vale sa"),
    ("Being a Campbelltown local means the Macarthur Square carpark is my second home", "place:campbelltown nsw"),
    ("Ten years in the same street in Rosanna and we still don't know the neighbours' names", "place:rosanna vic"),
    ("Love my morning walk to Gordon Park station, 7 mins door to platform", "place:gordon park qld"),
    ("Home for us is a little weatherboard in Castlemaine with a lemon tree that never stops", "place:castlemaine vic"),
    ("Dad's shed in Warrimoo is where I learnt to weld. We live two streets over now.", "place:warrimoo nsw"),
]


@pytest.mark.parametrize("text, key", MORE, ids=[k for _, k in MORE])
def test_more_ways_of_saying_it(kit, text, key):
    assert key in _homes(kit, post(text))


@pytest.mark.parametrize("text", [
    "the 6:15 from Town Hall home was packed to the rafters",
    "Waiting at Central station for Mum's train, she's always late",
    "My sister and her kids are in a unit in Bankstown now",
    "Sat on the 7:10 from Central to the airport, Bali here we come",
    "Leo bowls with Keith Sparrow. A proud Dubbo local, Keith has been a member since 1990.",
    "whereabouts are you? I'm at the Kmart near Central",
    "Being a Collingwood fan is suffering",
])
def test_more_near_misses(kit, text):
    assert not _homes(kit, post(text))


@pytest.mark.parametrize("name, found", [
    ("Warrimoo", "Warrimoo NSW"), ("Tallawong", "Tallawong NSW"), ("Glen Forrest", "Glen Forrest WA"),
    ("Kenmore", "Kenmore QLD"), ("Mount Ommaney", "Mount Ommaney QLD"), ("Riddells Creek", "Riddells Creek VIC"),
    ("belco", "Belconnen ACT"), ("Paddo", "Paddington NSW"),
])
def test_small_suburbs_and_local_names_are_known(name, found):
    assert localities.lookup(name)[0] == found


@pytest.mark.parametrize("word", ["Success", "Morley", "Sherwood", "Lorne", "Waterfall", "Hill Top"])
def test_suburbs_that_are_names_or_words_stay_unknown(word):
    """Single words that are given or family names or ordinary words are no suburb by name alone."""
    assert localities.lookup(word) is None


@pytest.mark.parametrize("work, home", [
    ("I work in Runcorn, five minutes from the school", False),
    ("Long day today, the tooth fairy had better be quick", True),
])
def test_a_childs_school_where_the_parent_works_is_no_home_alone(work, home):
    """A child's school in the suburb the scan puts the parent's work in is on the way to work, not the home
    (analysis/link/home_agree.drop_school_at_work); alone, it still is one."""
    items = [PostItem(profile=PROFILE, url=f"{PROFILE}/{i}", platform="activitypub", text=t) for i, t in enumerate(
        ["Miss 7 lost her first tooth at Runcorn State School today, the tooth fairy is broke", work])]
    keys = {d.key for d in detect(items, load_org("dibp"), SUBJECT, []) if d.category == "home_location"}
    assert ("place:runcorn qld" in keys) is home
