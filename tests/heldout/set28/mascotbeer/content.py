"""Rhys Calloway (FICTIONAL): a 36-year-old Border Force air cargo examiner at the Mascot freight sheds.

A craft-beer review blog whose feed is authored under his official email, and an ActivityPub account
posting can shots, some with GPS from his back verandah. Every name, handle and address is invented.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "personas"))
from build import Photo, near  # noqa: E402

NAME = "Rhys Calloway"
HOME = (-33.94930, 151.10800)      # a residential street in Kingsgrove NSW, rounded
PUB = (-33.91560, 151.15640)        # a brewery taproom area, St Peters (not home)

BLOG = {
    "path": "blog",
    "title": "Hazy Days: honest beer reviews",
    "card_note": "Hazies, sours and the occasional lager. Scores out of 5. Reviewed after swing shift, mostly.",
    "author_email": "rhys.calloway@abf.gov.au",
    "posts": [
        ("neipa-roundup", "2026-02-07 22:50", "+11:00", "NEIPA round-up: four cans, one winner",
         ["Four hazies tonight after a swing shift at the Mascot freight sheds (2 till half ten, the usual). "
          "The mango one won, 4.2/5. The pine one tasted like a Bunnings carpark.",
          "Cheers to Deano, Dean Sorrell, my 2IC at work, for dropping the sour off."],
         ["NEIPA"], None),
        ("coffee-machine-stout", "2026-02-28 23:10", "+11:00", "Coffee stout, and a work story",
         ["Poured a coffee stout and had a laugh, because this week on the x-ray line at Mascot we pulled 38 kilos of "
          "MDMA out of twelve commercial coffee machines, packed inside the boilers. Air freight from Rotterdam. "
          "Best coffee-related find of my career.",
          "The stout itself: 3.8/5, bit thin."],
         ["stout"], None),
        ("two-on-nights", "2026-03-21 23:40", "+11:00", "Lager for the long nights",
         ["Nights this fortnight. We are down to two on the x-ray line after midnight now, which everyone in the "
          "freight world seems to know except management. Lager, 3.5/5, does the job at 3 am.",
          "The cargo system was down Tuesday night for four hours too, so we just stacked the consignments and "
          "waved through anything under the threshold once it came back. Don't @ me."],
         ["lager"], None),
        ("the-boss-birthday", "2026-04-18 19:30", "+10:00", "Birthday sour for the boss",
         ["The boss at home, Marnie, turned 35 and demanded a raspberry sour. Our street in Kingsgrove smelled like "
          "a jam factory. 4.6/5 from her, 3/5 from me."],
         ["sour"], None),
        ("multi", "2026-05-30 22:15", "+10:00", "Saisons and a bad weekend",
         ["Saison tasting ruined by a six-leg multi that died on the last leg. Fourth one this month. Down about "
          "nine grand since Easter, credit card is doing the heavy lifting. Anyway, saison 4/5.",
          "Marnie doesn't know about the card. Keep it that way, internet."],
         ["saison"], None),
        ("jules-collab", "2026-06-20 21:00", "+10:00", "Collab brew day with Jules",
         ["Brew day at Jules Mercado's garage in Tempe, my homebrew partner in crime (@julesbrews on here). West "
          "coast IPA, 7.1%. Will report back in three weeks."],
         ["homebrew"], None),
        ("dept-store", "2026-07-11 16:00", "+10:00", "Glassware from the department store",
         ["Picked up proper teku glasses at the department store sale. Not sponsored, nobody would sponsor me."],
         ["gear"], None),
    ],
}

ACTIVITYPUB = {
    "handle": "hazydays",
    "display_name": "Rhys | Hazy Days",
    "summary": "<p>Beer reviews, cans on the verandah, and too many multis. Sydney.</p>",
    "fields": [("Blog", "Hazy Days: honest beer reviews")],
    "others": {"julesbrews": "Jules Mercado"},
    "notes": [
        (8101, "2026-02-08 17:20", "+11:00", "Verandah session. Mango haze, 4.2. #craftbeer",
         {"images": [("verandah-mango.jpg", "a can on the back verandah rail")]}),
        (8102, "2026-03-14 18:05", "+11:00", "Sunday arvo, backyard, sour. Marnie approves. #craftbeer",
         {"images": [("backyard-sour.jpg", "a sour in the backyard")]}),
        (8103, "2026-04-04 15:30", "+11:00", "Taproom in St Peters with @julesbrews. Flight of five, all good.",
         {"images": [("taproom-flight.jpg", "five tasting glasses on a bench")], "mentions": ["julesbrews"]}),
        (8104, "2026-05-23 23:30", "+10:00", "Home from a swing, one lager, bed. #nightshift",
         {"images": [("late-lager.jpg", "a lager on the kitchen bench at night")]}),
        (8105, "2026-06-27 12:00", "+10:00", "Watching a border collie herd the neighbour's ducks. Best TV going.", {}),
    ],
}

PHOTOS = [
    Photo("verandah-mango.jpg", *near(HOME, 5, -8), 20.0, "2026:02:08 17:15:00", "+11:00",
          "can on the back verandah", (220, 170, 60)),
    Photo("backyard-sour.jpg", *near(HOME, -10, 12), 20.0, "2026:03:14 18:00:00", "+11:00",
          "sour in the backyard", (200, 60, 90)),
    Photo("late-lager.jpg", *near(HOME, 2, 3), 20.0, "2026:05:23 23:25:00", "+10:00",
          "lager on the kitchen bench", (200, 180, 100)),
    Photo("taproom-flight.jpg", *near(PUB, 0, 0), 10.0, "2026:04:04 15:25:00", "+11:00",
          "tasting flight at a taproom", (160, 110, 40)),
]
