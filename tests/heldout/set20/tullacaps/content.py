"""Nirmala Cotter (FICTIONAL): posts nothing but captions under photos; works the arrivals floor at Tullamarine.

A Mastodon-style account whose every note is a one-line caption with a photo
(EXIF GPS kept): a cluster at home in Glenroy, a cluster at the airport.
Every name, handle and point is invented; home points are rounded on an ordinary street.
"""
import importlib.util
import sys
from pathlib import Path


def _photos():
    mod = sys.modules.get("_demo_make_photos")
    if mod is None:
        path = Path(__file__).resolve().parents[4] / "data" / "demo" / "make_photos.py"
        spec = importlib.util.spec_from_file_location("_demo_make_photos", path)
        mod = importlib.util.module_from_spec(spec)
        sys.modules["_demo_make_photos"] = mod
        spec.loader.exec_module(mod)
    return mod


_p = _photos()
Photo, near = _p.Photo, _p._near

NAME = "Nirmala Cotter"
HOME = (-37.70380, 144.92060)      # an ordinary street in Glenroy VIC, rounded
T2 = (-37.66950, 144.84120)        # Melbourne Airport international terminal forecourt

PHOTOS = [
    Photo("front-step.jpg", *near(HOME, 5, -8), 120.0, "2026:02:15 16:40:00", "+11:00",
          "front step, Sunday afternoon", (200, 160, 90)),
    Photo("chai.jpg", *near(HOME, -10, 6), 120.0, "2026:03:22 09:05:00", "+11:00", "chai on the porch", (150, 90, 40)),
    Photo("jasmine.jpg", *near(HOME, 12, 14), 120.0, "2026:05:10 17:30:00", "+10:00", "jasmine on the fence", (60, 140, 60)),
    Photo("carpark-dawn.jpg", *near(T2, 120, -80), 130.0, "2026:02:27 05:02:00", "+11:00", "staff car park at dawn", (30, 40, 90)),
    Photo("farewell-brekkie.jpg", *near(T2, -40, 30), 130.0, "2026:04:09 10:20:00", "+10:00", "farewell breakfast", (220, 200, 150)),
]

ACTIVITYPUB = {
    "handle": "nimmi_snaps",
    "summary": "<p>Border Force. Tulla. Coffee. Captions only, no essays.</p>",
    "others": {"jess_oyelaran": "Jess Oyelaran"},
    "notes": [
        (6101, "2026-02-15 16:45", "+11:00", "Sunday arvo on the front step. Glenroy, you beauty \u2600\ufe0f",
         {"images": [("front-step.jpg", "a front step in the sun")]}),
        (6102, "2026-02-27 05:05", "+11:00", "#earlies hit different. 5:15 sign-on, coffee first \u2615 #Tulla #T2",
         {"images": [("carpark-dawn.jpg", "a car park at dawn")]}),
        (6103, "2026-03-14 21:00", "+11:00", "3.2kg of coke in the lining of two suitcases. what a shift \U0001f4aa #proud",
         {}),
        (6104, "2026-03-22 09:10", "+11:00", "chai > everything", {"images": [("chai.jpg", "a cup of chai")]}),
        (6105, "2026-04-01 13:00", "+11:00", "brunch w/ @jess_oyelaran \U0001f49b best human", {"mentions": ["jess_oyelaran"]}),
        (6106, "2026-04-09 10:25", "+10:00",
         "farewell brekkie for Sione Fifita, 9 yrs on the arrivals floor. we'll miss you big man \U0001f972",
         {"images": [("farewell-brekkie.jpg", "a table of breakfast plates")]}),
        (6107, "2026-04-20 19:00", "+10:00", "Afterpay'd half of Chaddy again \U0001f643 future me's problem", {}),
        (6108, "2026-05-10 17:35", "+10:00", "jasmine szn", {"images": [("jasmine.jpg", "jasmine flowers")]}),
        (6109, "2026-05-30 15:00", "+10:00", "little bro Kiran graduated!! nursing degree \U0001f393\U0001f62d", {}),
        (6110, "2026-06-12 20:00", "+10:00", "rewatching Border Security with mum, she yells at the telly", {}),
        (6111, "2026-06-20 11:00", "+10:00", "Sione's gone and now Jess keeps stealing my fries", {}),
    ],
}
