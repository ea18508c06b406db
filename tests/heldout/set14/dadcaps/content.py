"""Brodie Farrant (FICTIONAL): Border Force officer, Port of Newcastle, 36; a dad's Instagram-style captions."""
import importlib.util
import sys
from pathlib import Path

_m = sys.modules.get("_demo_make_photos")
if _m is None:
    _spec = importlib.util.spec_from_file_location(
        "_demo_make_photos", Path(__file__).resolve().parents[4] / "data" / "demo" / "make_photos.py")
    _m = importlib.util.module_from_spec(_spec)
    sys.modules["_demo_make_photos"] = _m
    _spec.loader.exec_module(_m)
Photo = _m.Photo

NAME = "Brodie Farrant"
HOME = (-32.91720, 151.70620)
PARK = (-32.91530, 151.70160)

ACTIVITYPUB = {
    "handle": "brodie_f",
    "summary": "<p>Dad x2. Husband to the boss. Newcastle born and bred. 🌊</p>",
    "others": {"lochie_m": "Lochie"},
    "notes": [
        (2201, "2026-02-16 15:10", "+11:00",
         "Mr 7 (Hudson) first cross country for Lambton Public 🏃‍♂️ came 4th and cried happy tears. #dadlife", {}),
        (2202, "2026-02-22 09:30", "+11:00", "Saturday arvo at the park with the crew ⚽",
         {"images": [("park.jpg", "kids at the park")]}),
        (2203, "2026-03-04 14:20", "+11:00",
         "Swing this week so school pickup is mine, 3pm at the gate every day. Best shift of the roster tbh.", {}),
        (2204, "2026-03-12 19:45", "+11:00",
         "Two of us to clear a car carrier today, 4000 cars. Cool cool cool. #BorderForce #proudtoserve", {}),
        (2205, "2026-03-20 18:00", "+11:00",
         "Miss 4 (Ivy) painted the boss's toenails. And mine. 💅 #girldad", {}),
        (2206, "2026-04-11 17:30", "+10:00", "Backyard cricket. H is out LBW and disputing it.",
         {"images": [("backyard.jpg", "backyard cricket")]}),
        (2207, "2026-04-18 20:00", "+10:00",
         "10 years since @lochie_m (Lachlan) was my best man. Still owes me a slab. 🍻", {"mentions": ["lochie_m"]}),
        (2208, "2026-04-30 16:30", "+10:00",
         "Port of Newcastle sunrise before a 6am start. Never gets old. 🌅", {}),
        (2209, "2026-05-09 12:00", "+10:00", "Border collie at the beach was faster than all of us.", {}),
    ],
}

PHOTOS = [
    Photo("park.jpg", PARK[0], PARK[1], 20.0, "2026:02:22 09:21:00", "+11:00", "local park", (60, 160, 60)),
    Photo("backyard.jpg", HOME[0] + 0.00003, HOME[1] - 0.00004, 25.0, "2026:04:11 17:05:00", "+10:00",
          "backyard at home", (90, 170, 70)),
    Photo("frontyard.jpg", HOME[0] - 0.00004, HOME[1] + 0.00002, 25.0, "2026:04:11 18:30:00", "+10:00",
          "front yard at home", (90, 150, 80)),
]
ACTIVITYPUB["notes"][5] = (2206, "2026-04-11 17:30", "+10:00", "Backyard cricket. H is out LBW and disputing it.",
                           {"images": [("backyard.jpg", "backyard cricket"), ("frontyard.jpg", "front yard")]})
