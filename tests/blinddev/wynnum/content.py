"""Dale Voss (FICTIONAL): Border Force officer at the Brisbane cruise terminal; terse one-liners.

A Mastodon-style account of mostly one-line posts and three photos with GPS taken at home on different
days. Every name, handle and place point is invented or rounded to a street.
"""
from pathlib import Path
import importlib.util
import sys

_spec = importlib.util.spec_from_file_location("_mp_wynnum", Path(__file__).resolve().parents[3] / "data" / "demo" / "make_photos.py")
_mp = importlib.util.module_from_spec(_spec)
sys.modules["_mp_wynnum"] = _mp
_spec.loader.exec_module(_mp)
Photo, near = _mp.Photo, _mp._near

NAME = "Dale Voss"
HOME = (-27.44600, 153.16900)      # an ordinary street in Wynnum QLD, rounded

ACTIVITYPUB = {
    "handle": "dvoss",
    "summary": "<p>Bay side. Boat. Dog.</p>",
    "fields": [("Day job", "Border Force, cruise terminal")],
    "notes": [
        (801, "2026-01-11 04:10", "+10:00", "Ship day. In at 0430.", {}),
        (802, "2026-01-11 19:30", "+10:00", "Verandah. Beer. Done.", {"images": [("verandah-1.jpg", "Verandah")]}),
        (803, "2026-01-24 18:00", "+10:00", "Wynnum fish and chips. Friday tradition.", {}),
        (804, "2026-02-07 21:00", "+10:00", "2 ships Sat. 7 of us for 9000 pax. Good luck everyone.", {}),
        (805, "2026-02-15 17:20", "+10:00", "Stumpy (Greg Hollis) finally fixed the outboard.", {}),
        (806, "2026-02-22 08:00", "+10:00", "Verandah. Coffee. Dog.", {"images": [("verandah-2.jpg", "Verandah morning")]}),
        (807, "2026-03-01 16:45", "+10:00", "Beers with Stumpy. He lost at pool again.", {}),
        (808, "2026-03-14 13:00", "+10:00", "Niece Indi graduated. Nurse now. Proud uncle.", {}),
        (809, "2026-03-20 22:10", "+10:00", "Rain.", {}),
        (810, "2026-04-04 07:30", "+10:00", "Verandah. Storm coming.", {"images": [("verandah-3.jpg", "Verandah, storm clouds")]}),
        (811, "2026-04-19 12:00", "+10:00", "Watched the cruise ship leave from the Manly jetty. Nice not to be working it.", {}),
    ],
}

PHOTOS = [
    Photo("verandah-1.jpg", *near(HOME, 5, -7), 12.0, "2026:01:11 19:25:00", "+10:00", "verandah at dusk", (140, 100, 60)),
    Photo("verandah-2.jpg", *near(HOME, -4, 6), 12.1, "2026:02:22 07:55:31", "+10:00", "verandah morning", (200, 190, 150)),
    Photo("verandah-3.jpg", *near(HOME, 9, 3), 12.3, "2026:04:04 07:22:14", "+10:00", "verandah storm", (70, 80, 100)),
]
