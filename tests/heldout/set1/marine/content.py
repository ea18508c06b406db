"""Pete Kowalczyk (FICTIONAL): a Border Force marine crewman in Darwin who drinks on his off swing.

A plain Top End boating forum profile (terse posts, photos inline) and a
Mastodon account; photos with EXIF GPS, four at home at night. Every name and
handle is invented.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "personas"))
from build import Photo, near  # noqa: E402

NAME = "Pete Kowalczyk"
HOME = (-12.38100, 130.84650)             # a residential street in Nightcliff NT
WHARF = (-12.46950, 130.84620)            # near Fort Hill Wharf, Darwin

FORUM = {
    "site": "Top End Tinnies",
    "user": "bosun_pete",
    "path": "/forum/u/bosun_pete/",
    "about": ["ABF Marine Unit. Tinny, barra, beer. Nightcliff."],
    "posts": [
        ("4410", "2026-02-14 21:30", "+09:30", "Back from patrol",
         ["Three weeks out on the Cape boat, three weeks home. Back alongside Fort Hill Wharf today.",
          "Boarded an FFV off Ashmore Reef, three tonnes of trepang and two tonnes of shark fin in the hold. "
          "Crew of nine went to the detention facility."]),
        ("4411", "2026-02-22 20:10", "+09:30", "Barra at Shady Camp",
         ["Robbo (Rob Tait) and me got 6 barra at Shady Camp Saturday. Robbo's a menace on the esky."]),
        ("4412", "2026-03-08 23:40", "+09:30", "Off-swing blues",
         ["Beer o'clock starts at 10am on my off swing now. Drinking way too much, the missus (Trish) has noticed."]),
        ("4413", "2026-03-21 19:00", "+09:30", "Proud dad",
         ["My daughter Jess got into nursing at Charles Darwin Uni. First Kowalczyk with a degree!"]),
    ],
}

ACTIVITYPUB = {
    "handle": "bosunpete",
    "summary": "<p>Top End. Boats. Sunsets.</p>",
    "notes": [
        (3301, "2026-02-16 22:15", "+09:30", "Storm rolling in over the back yard ⛈️",
         {"images": [("storm-night.jpg", "lightning over the yard")]}),
        (3302, "2026-02-24 21:50", "+09:30", "Esky's empty, so is the fridge. Good night.",
         {"images": [("verandah-night.jpg", "the verandah at night")]}),
        (3303, "2026-03-09 00:30", "+09:30", "can't sleep. geckos and the fan.",
         {"images": [("fan-late.jpg", "ceiling fan")]}),
        (3304, "2026-03-20 20:20", "+09:30", "Wet season sunset from the deck 🌅",
         {"images": [("deck-dusk.jpg", "sunset from the deck")]}),
        (3305, "2026-03-30 06:40", "+09:30", "Sailing Monday. Three weeks. See youse.",
         {"images": [("wharf-dawn.jpg", "the wharf at dawn")]}),
    ],
}

PHOTOS = [
    Photo("storm-night.jpg", *near(HOME, 8, -6), 15.0, "2026:02:16 22:05:00", "+09:30",
          "storm over the back yard", (40, 40, 70)),
    Photo("verandah-night.jpg", *near(HOME, -5, 9), 15.0, "2026:02:24 21:40:00", "+09:30",
          "verandah at night", (80, 60, 40)),
    Photo("fan-late.jpg", *near(HOME, 2, 2), 16.0, "2026:03:09 00:20:00", "+09:30",
          "ceiling fan after midnight", (50, 50, 60)),
    Photo("deck-dusk.jpg", *near(HOME, -12, -4), 15.0, "2026:03:20 19:10:00", "+09:30",
          "sunset from the back deck", (230, 120, 60)),
    Photo("wharf-dawn.jpg", *near(WHARF, 0, 0), 3.0, "2026:03:30 06:30:00", "+09:30",
          "the patrol boat alongside at dawn", (100, 140, 170)),
    Photo("shady-camp.jpg", -12.35900, 131.72100, 5.0, "2026:02:21 07:15:00", "+09:30",
          "barra on the bank at Shady Camp", (90, 130, 80)),
]

FORUM["posts"] = [(i, l, o, t, paras + (['<img src="{{BASE}}/media/shady-camp.jpg" alt="barra">'] if i == "4411" else []))
                  for i, l, o, t, paras in FORUM["posts"]]
