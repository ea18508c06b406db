"""Ash Moretti (FICTIONAL): NEGATIVE CONTROL, a passenger screening officer for a private security firm.

A Mastodon-style account from Brisbane Airport's screening lanes: x-ray, uniforms, shift starts, a knife
confiscated, Border Force officers walking past, the international terminal. She works for a private
contractor to the airport, not the department. Phone photos: three at home in Nundah at night, one in a
park. Every name and handle is invented.
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

NAME = "Ash Moretti"
HOME = (-27.40600, 153.06200)          # a residential street in Nundah QLD

ACTIVITYPUB = {
    "handle": "ashmoretti",
    "summary": "<p>Screening officer with SkyGate Security 🛄 Brisbane. Plants, pasta, Nonna.</p>",
    "notes": [
        (7701, "2026-02-14 15:30", "+10:00",
         "Confiscated a 20cm kitchen knife from a carry-on today. In a cake. Why.", {}),
        (7702, "2026-03-02 21:00", "+10:00",
         "Mon to Thu my alarm is 3.15 for the 4am lane opening at the domestic terminal. Fri off, bless.", {}),
        (7703, "2026-03-10 22:45", "+10:00",
         "Monstera got a new leaf 🌱", {"images": [("monstera-night.jpg", "plant under a lamp")]}),
        (7704, "2026-04-03 17:20", "+10:00",
         "Couple of Border Force officers walked through our lane at the international terminal today, very "
         "serious. Our x-ray is nothing like theirs apparently.", {}),
        (7705, "2026-04-19 19:10", "+10:00",
         "Sunday lunch at Nonna Lucia's, four kinds of pasta, zero chill 🍝", {}),
        (7706, "2026-05-21 23:20", "+10:00",
         "Gnocchi from scratch at 11pm because who's stopping me", {"images": [("gnocchi.jpg", "kitchen bench")]}),
        (7707, "2026-06-27 21:40", "+10:00",
         "New uniform finally fits. Only took three exchanges.", {}),
        (7708, "2026-07-05 22:05", "+10:00",
         "Candles and a book. Perfect night in.", {"images": [("candles.jpg", "candles on a table")]}),
    ],
}

PHOTOS = [
    Photo("monstera-night.jpg", *near(HOME, 4, 6), 15.0, "2026:03:10 22:40:08", "+10:00",
          "monstera under a lamp", (40, 120, 60)),
    Photo("gnocchi.jpg", *near(HOME, -7, 2), 15.0, "2026:05:21 23:16:42", "+10:00",
          "gnocchi on the bench", (220, 200, 150)),
    Photo("candles.jpg", *near(HOME, 10, -8), 15.0, "2026:07:05 22:01:19", "+10:00",
          "candles", (230, 170, 80)),
]
