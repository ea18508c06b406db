"""Dean Kowalczyk (FICTIONAL): detector dog handler at Melbourne Airport, punter, footy dad.

A Mastodon-style account full of his dog Ziggy, early shifts, his son's footy and his betting,
with phone photos that keep their GPS (home in Sunbury at night, the kennels at work).
Every name, handle and number is invented (0491 570 1xx is reserved for fiction).
"""
import importlib.util
import sys
from pathlib import Path

_mp = sys.modules.get("_demo_make_photos")
if _mp is None:
    _spec = importlib.util.spec_from_file_location(
        "_demo_make_photos", Path(__file__).resolve().parents[4] / "data" / "demo" / "make_photos.py")
    _mp = importlib.util.module_from_spec(_spec)
    sys.modules["_demo_make_photos"] = _mp
    _spec.loader.exec_module(_mp)
Photo, near = _mp.Photo, _mp._near

NAME = "Dean Kowalczyk"
HOME = (-37.57600, 144.73500)          # a residential street in Sunbury VIC
KENNELS = (-37.66900, 144.84100)       # Melbourne Airport, near T2

ACTIVITYPUB = {
    "handle": "deano_k9",
    "display_name": "Deano 🐾",
    "summary": "<p>Dog dad x2. Handler with the ABF detector dog unit at Tulla 🐶 Go Bombers.</p>",
    "fields": [("Insta", "@deano.and.ziggy"), ("Signal / text", "0491 570 112")],
    "notes": [
        (6101, "2026-03-03 06:10", "+11:00",
         "0430 alarm, 0530 muster for the 6 till 2. Ziggy already waiting at the door with his lead in his "
         "mouth 😂 #earlies", {}),
        (6102, "2026-03-09 15:20", "+11:00",
         "Big day for Ziggy. Indicated on a suitcase off the Kuala Lumpur flight, 3.2 kilos of ice stitched "
         "into the lining. Good boy gets his tug toy 🐶💪 #detectordog #ABF", {}),
        (6103, "2026-03-20 17:45", "+11:00",
         "Shoutout to Shazza, aka Sharon Pyke, my offsider on the dog unit for six years. Retiring Friday. "
         "Tulla won't be the same without you @sharonpyke", {"mentions": ["sharonpyke"]}),
        (6104, "2026-03-28 22:05", "+11:00",
         "Ziggy on the couch after a double. Zonked.", {"images": [("couch-night.jpg", "dog asleep on a couch")]}),
        (6105, "2026-04-11 20:30", "+10:00",
         "The missus reckons I love the dogs more than her. Leah, that's not true, it's a tie ❤️", {}),
        (6106, "2026-04-18 13:10", "+10:00",
         "Jack kicked 3 goals for the Sunbury Lions under 12s this arvo, proud dad. Every Saturday 9am at "
         "Clarke Oval, rain hail or shine.", {}),
        (6107, "2026-05-02 21:40", "+10:00",
         "Down another $600 on the punt this week. Multis are a mug's game and I'm the mug. Payday can't come "
         "quick enough.", {}),
        (6108, "2026-05-16 23:15", "+10:00",
         "Backyard fire, quiet one.", {"images": [("firepit.jpg", "fire pit at night")]}),
        (6109, "2026-06-04 05:02", "+10:00",
         "Frost on the windscreen before earlies. Brrr.", {"images": [("frost.jpg", "frosted car windscreen")]}),
        (6110, "2026-06-10 11:30", "+10:00",
         "New kennels at work looking flash.", {"images": [("kennels.jpg", "dog kennels, new paint")]}),
        (6111, "2026-06-21 19:00", "+10:00",
         "Cheers @mickyb for the fishing trip. Mick Barrett, my mate from footy, you legend. Snapper off "
         "Frankston pier.", {"mentions": ["mickyb"]}),
        (6112, "2026-07-07 16:50", "+10:00",
         "Belt scanner at T2 down AGAIN so we were hand-searching bags all shift, and the CMAL lookups were "
         "taking a minute each. Fix your IT, Canberra.", {}),
        (6113, "2026-07-19 12:00", "+10:00",
         "Border collie at the dog park today trying to herd the kelpies. Mad.", {}),
    ],
    "others": {"sharonpyke": "Shaz Pyke", "mickyb": "Mick B"},
}

PHOTOS = [
    Photo("couch-night.jpg", *near(HOME, 5, -6), 190.0, "2026:03:28 22:03:11", "+11:00",
          "dog on the couch, Saturday night", (80, 70, 60), "Samsung", "Galaxy S23"),
    Photo("firepit.jpg", *near(HOME, -18, 14), 190.0, "2026:05:16 23:12:40", "+10:00",
          "fire pit in the backyard", (150, 60, 20), "Samsung", "Galaxy S23"),
    Photo("frost.jpg", *near(HOME, 22, 10), 190.0, "2026:06:04 04:58:02", "+10:00",
          "frosted windscreen in the driveway", (200, 210, 230), "Samsung", "Galaxy S23"),
    Photo("kennels.jpg", *near(KENNELS, 0, 0), 130.0, "2026:06:10 11:27:30", "+10:00",
          "new dog kennels at the airport", (120, 120, 40), "Samsung", "Galaxy S23"),
]
