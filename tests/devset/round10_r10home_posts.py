"""Dev rows for round 10's home said or shown informally, in our own words (never from held-out texts).

A post's own place (ActivityPub Place, h-geo, georss) whose words say it is at home in one word or by a part of the
house ("Home.", "home week", "out the front", "the back step"); home said in passing (the shop on our corner, a house
style, a room rented off someone, a house out at a locality, streets from the shops, a family living above a shop);
a forum "about" line with a region after its suburb; suburbs of regional and remote towns. Near misses: home as where
the writer is going, a home game, someone else's balcony, a park, a trip ahead, a team named for a suburb, a mate's
rental, a house for sale, a colleague's home. Appended by build_devset.py after every older row ("r10h" ids).
"""
from __future__ import annotations


def _at(lat: float, lon: float, name: str = "") -> dict:
    return {"location": {"type": "Place", "latitude": lat, "longitude": lon, **({"name": name} if name else {})}}


def _geo(lat: float, lon: float) -> str:
    return f"geotag=geotag:{lat:.4f},{lon:.4f}"


ROUND10_R10HOME_POSTS: list[tuple] = [
    # --- a post's own place, said to be home (terse, slang, caps, emoji, blog prose)
    ("ap", "Home.", f"home_location=geo:-31.955,115.880 | {_geo(-31.9551, 115.8804)}", _at(-31.9551, 115.8804)),
    ("ap", "home week 🎣 boat's hitched and the missus has a list as long as my arm",
     f"home_location=geo:-20.410,118.600 | {_geo(-20.4103, 118.6004)}", _at(-20.4103, 118.6004)),
    ("rss", "Nothing fancy tonight, just a pic from the back step while the kettle boiled. The frogs are deafening.",
     f"home_location=geo:-16.930,145.760 | {_geo(-16.9302, 145.7601)}", _at(-16.9302, 145.7601)),
    ("he", "Interval session straight out our front gate: 8 x 400 up the hill, legs cooked.",
     f"home_location=place:rangeville qld | {_geo(-27.5802, 151.9803)}", _at(-27.5802, 151.9803, "Rangeville")),
    ("ap", "FINALLY HOME!!! 28 days offshore, never again (until next swing)",
     f"home_location=geo:-17.960,122.230 | {_geo(-17.9603, 122.2301)}", _at(-17.9603, 122.2301)),
    ("rss", "The jacaranda out the front has dropped everything on the car again. Every November.",
     f"home_location=place:ballarat central vic | {_geo(-37.5602, 143.8501)}", _at(-37.5602, 143.8501, "Ballarat Central")),
    ("he", "rostered off and home, doing sweet FA with the cat",
     f"home_location=geo:-23.700,133.870 | {_geo(-23.7002, 133.8703)}", _at(-23.7002, 133.8703)),
    # near misses: a post's place that is where the writer is going from, a ground, a park, someone else's
    ("ap", "heading home after a cracker of a day on the water", _geo(-27.3902, 153.1702), _at(-27.3902, 153.1702)),
    ("ap", "home game tonight, get down to the ground early", _geo(-19.2602, 146.8163), _at(-19.2602, 146.8163)),
    ("rss", "Sunset from Mum's verandah, she's done wonders with the roses", _geo(-37.7401, 142.0202), _at(-37.7401, 142.0202)),
    ("he", "Hill sprints at the park with the run club, 6 rounds", _geo(-35.2703, 149.1104), _at(-35.2703, 149.1104)),
    # --- home said in passing
    ("ap", "the servo on our corner in Kooringal has started doing pies and honestly it's dangerous",
     "home_location=place:kooringal nsw"),
    ("he", "Back home in Hillvue after the trip and the lawn has turned into a paddock.", "home_location=place:hillvue nsw"),
    ("rss", "For now I'm renting a granny flat off an old uni mate in Youngtown, cheap as chips and close to the river.",
     "home_location=place:youngtown tas"),
    ("ap", "ten years in our draughty old Queenslander in Hermit Park and I still love the sound of rain on the tin",
     "home_location=place:hermit park qld"),
    ("he", "Our little fibro up at Bluff Point cops every westerly going.", "home_location=place:bluff point wa"),
    ("ap", "we're a couple of streets back from the Earlville shops so the kids ride down for ice blocks",
     "home_location=place:earlville qld"),
    ("rss", "Club news: Alex Morgan joins the committee this season. She and her partner live behind the newsagency in "
            "Sebastopol, so the raffle tickets are never far away.", "home_location=place:sebastopol vic"),
    ("ap", "Cooke Point sunset from the back deck. Never gets old living up here.", "home_location=place:cooke point wa"),
    ("he", "moved into a donga-sized one-bedder in South Hedland, it's fine, it's fine",
     "home_location=place:south hedland wa"),
    # near misses in words
    ("ap", "Big win over Eaglehawk today, the boys were unreal", ""),
    ("he", "Roadtrip to Cable Beach booked for the school hols, counting sleeps", ""),
    ("rss", "Helped my sister paint her little weatherboard in Golden Square all weekend", ""),
    ("ap", "My mate's renting a room in Mowbray if anyone needs a housemate, good bloke", ""),
    ("he", "Open home at a quiet house up at Nerrina this Saturday, great bones", ""),
    ("rss", "A colleague of mine, Dana Pryce, is retiring. She and her husband live above the cafe in Redan.",
     "colleague=dana pryce"),
    ("ap", "The crash was three streets from the Manunda shops, stay safe all", ""),
]

# A forum "about" line or bio: a suburb and its region
ROUND10_R10HOME_PROFILES: list[tuple] = [
    ("ap", {"name": "Ute Tragic", "summary": "HQ Holden, second rebuild. Narre Warren, south east Melb."},
     "home_location=place:narre warren vic"),
    ("ap", {"name": "Bazza", "summary": "Diesel fitter. LandCruiser nut. Alfredton, Ballarat way."},
     "home_location=place:alfredton vic"),
    ("ap", {"name": "Jules", "summary": "Netball mum x3 | sourdough failures | Heatley, northside"},
     "home_location=place:heatley qld"),
    ("ap", {"name": "Gus", "summary": "Geelong supporter, the Cats way or no way. Coffee snob."}, ""),
]
