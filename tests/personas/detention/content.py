"""Marcus Reid (FICTIONAL): an ABF detention officer at Villawood with a young family and a fixed routine.

A microformats2 family blog with its RSS feed, a LinkedIn-like schema.org
Person page and EXIF photos (several at home, evenings and weekends). Every
name, address, number and school is invented; numbers are from the ranges
reserved for fiction (02 5550 xxxx).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from build import Photo, near  # noqa: E402

NAME = "Marcus Reid"
HOME = (-33.90270, 151.00130)             # a residential street in Bass Hill NSW
CARYSFIELD = (-33.89700, 150.99350)       # Carysfield Park, Bass Hill
CAMPSITE = (-34.72850, 150.52620)         # a riverside campground near Kangaroo Valley NSW

BLOG = {
    "path": "blog",
    "title": "Dad on Nights",
    "card_note": "Dad of two, assistant soccer coach, shift worker. Western Sydney.",
    "rel_me": [("Work profile", "/people/marcus-reid")],
    "posts": [
        ("twelve-hour-shifts", "2026-02-15 10:00", "+11:00", "Twelve-hour shifts",
         ["Four years in Detention Operations with Australian Border Force and I still haven't got used to "
          "twelve-hour shifts.",
          "Nights are 7pm to 7am and I'm on nights this week, so the kids are on whisper duty all afternoon."],
         ["shiftwork"], None),
        ("soccer-season", "2026-03-08 19:00", "+11:00", "Soccer season is back",
         ["Our daughter Ava (9) made the Under 10s this year.",
          "Training is every Wednesday at 5pm at Carysfield Park and I've signed up as assistant coach, "
          "so that's my Wednesday arvo sorted until September."],
         ["soccer", "family"], None),
        ("the-deck", "2026-04-12 16:00", "+10:00", "The deck is done",
         ["Six months in the new place and the back deck is finally finished.",
          "My wife Leanne did most of the actual work, I just held the ladder."],
         ["home"], None),
        ("a-long-week", "2026-05-20 21:30", "+10:00", "A long week",
         ["Long week of nights at Villawood. Big thanks to my shift partner Sam Kowalczyk for the coffee runs "
          "and the terrible jokes at 3am."],
         ["work"], None),
        ("school-run", "2026-06-10 09:30", "+10:00", "School run dad",
         ["On my days off I do the school run: 8:20 drop-off at school for Ava and our son Noah, "
          "then coffee at the bakery."],
         ["family"], None),
        ("winter-camping", "2026-07-02 20:00", "+10:00", "Winter camping",
         ["Took the kids camping at Kangaroo Valley for the school holidays. Freezing, muddy, perfect."],
         ["family"], None),
    ],
}

PERSON = {
    "path": "/people/marcus-reid",
    "site": "Professional profile",
    "headline": "Detention Operations Officer at Australian Border Force",
    "ld": {
        "jobTitle": "Detention Operations Officer",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Australian Border Force"},
        "workLocation": {"@type": "Place", "name": "Villawood Immigration Detention Centre"},
        "sameAs": ["{{BASE}}/blog/"],
    },
    "sections": [
        ("About", ["Detention Operations Officer at Villawood Immigration Detention Centre since 2022. "
                   "Calm under pressure, good with people."]),
    ],
}

PHOTOS = [
    Photo("deck-sunset.jpg", *near(HOME, 6, -10), 30.0, "2026:04:11 18:40:00", "+10:00",
          "the new deck at sunset, Saturday", (200, 120, 60)),
    Photo("backyard-cricket.jpg", *near(HOME, -12, 14), 30.0, "2026:04:19 16:15:00", "+10:00",
          "backyard cricket, Sunday arvo", (90, 160, 60)),
    Photo("fire-pit.jpg", *near(HOME, 4, 20), 30.5, "2026:06:06 20:50:00", "+10:00",
          "fire pit, Saturday night", (160, 70, 20)),
    Photo("training-night.jpg", *near(CARYSFIELD, 0, 0), 25.0, "2026:03:11 17:20:00", "+11:00",
          "Under 10s training, Wednesday", (40, 140, 40)),
    # a two-day weekend away: night and weekend photos at one spot on two days are a trip, not a home
    Photo("camp-fire.jpg", *near(CAMPSITE, 0, 0), 70.0, "2026:06:27 21:35:00", "+10:00",
          "camp fire, Saturday night", (220, 90, 30)),
    Photo("tent-frost.jpg", *near(CAMPSITE, 12, -8), 70.0, "2026:06:28 07:10:00", "+10:00",
          "frost on the tent, Sunday morning", (200, 210, 230)),
    Photo("river-wombat.jpg", *near(CAMPSITE, -15, 10), 68.0, "2026:06:28 16:40:00", "+10:00",
          "wombat by the river, Sunday arvo", (110, 90, 70)),
]

# The blog shows the photos inline.
_IMG = {"the-deck": ["deck-sunset.jpg", "backyard-cricket.jpg", "fire-pit.jpg"], "soccer-season": ["training-night.jpg"],
        "winter-camping": ["camp-fire.jpg", "tent-frost.jpg", "river-wombat.jpg"]}
BLOG["posts"] = [(s, l, o, t, paras + [f'<img src="{{{{BASE}}}}/media/{f}" alt="photo">' for f in _IMG.get(s, [])], tags, g)
                 for s, l, o, t, paras, tags, g in BLOG["posts"]]
