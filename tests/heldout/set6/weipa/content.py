"""Barry Kemp (FICTIONAL): Border Force officer at Weipa, Cape York, 51. Says as little as possible.

A Mastodon-style account of terse one-liners and photos from home in Nanum whose EXIF carries GPS.
Every name, handle and number is invented.
"""
import importlib.util
import sys
from pathlib import Path

_p = Path(__file__).resolve().parents[4] / "data" / "demo" / "make_photos.py"
_s = importlib.util.spec_from_file_location("_set6_photos", _p)
_m = importlib.util.module_from_spec(_s)
sys.modules["_set6_photos"] = _m
_s.loader.exec_module(_m)
Photo, near = _m.Photo, _m._near

NAME = "Barry Kemp"
HOME = (-12.6497, 141.8583)      # an ordinary street in Nanum, Weipa QLD, rounded

ACTIVITYPUB = {
    "handle": "bkemp",
    "summary": "<p>ABF. Weipa. Barra.</p>",
    "notes": [
        (7701, "2026-08-03 05:50", "+10:00", "Earlies. Evans Landing. Humid.", {}),
        (7702, "2026-08-04 18:30", "+10:00", "Verandah.",
         {"images": [("bk-verandah.jpg", "Verandah at dusk")]}),
        (7703, "2026-08-06 19:10", "+10:00",
         "Two crew off the bauxite ship didn't come back from shore leave. Three days now. Fun.", {}),
        (7704, "2026-08-09 07:00", "+10:00", "Barra. 78cm. Kyle got a bigger one. Kid's a show-off.",
         {"images": [("bk-barra.jpg", "Barra on the tailgate in the driveway")]}),
        (7705, "2026-08-12 16:40", "+10:00",
         "Network down at the office again. Laptops useless. Radio works. 1987 wins.", {}),
        (7706, "2026-08-14 17:15", "+10:00", "Beers with Sarge Pattison. He's off to TI. Good bloke.", {}),
        (7707, "2026-08-18 05:45", "+10:00", "Earlies all week. 0600 to 1430. Then the pub.", {}),
        (7708, "2026-08-22 12:00", "+10:00", "Rain.", {}),
        (7709, "2026-08-25 18:00", "+10:00", "Home. Dog. Quiet.",
         {"images": [("bk-dog.jpg", "The dog on the lawn")]}),
    ],
}

PHOTOS = [
    Photo("bk-verandah.jpg", *near(HOME, 4, 6), 18.0, "2026:08:04 18:25:40", "+10:00",
          "verandah at dusk", (160, 90, 50)),
    Photo("bk-barra.jpg", *near(HOME, -12, -3), 18.0, "2026:08:09 06:55:12", "+10:00",
          "barra on the tailgate in the driveway", (150, 150, 140)),
    Photo("bk-dog.jpg", *near(HOME, 8, -14), 18.5, "2026:08:25 17:55:02", "+10:00",
          "the dog on the lawn", (90, 140, 70)),
]
