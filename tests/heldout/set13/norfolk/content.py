"""Colin Threlfall (FICTIONAL): 55, Border Force officer on a two-year posting to Norfolk Island; few posts,
each revealing. One photo with GPS at a public beach. Every name, number, email and point is invented.
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
Photo = _mp.Photo

NAME = "Colin Threlfall"

ACTIVITYPUB = {
    "handle": "cthrelfall",
    "display_name": "Colin Threlfall",
    "summary": "<p>Ex-Navy. Two years on Norfolk with Border Force. Old friends: colin.threlfall@postbox.example</p>",
    "notes": [
        (5501, "2026-02-21 18:40", "+12:00",
         "Two of us at the airport for the Brisbane flight, Tuesdays and Saturdays. The yachts we clear at Cascade "
         "pier when we get to them. Nobody checks the other five days.", {}),
        (5502, "2026-03-07 16:10", "+12:00",
         "Yachties: ring the office on 02 5550 7781 before you come in. Saves us both a wasted morning.", {}),
        (5503, "2026-03-25 20:30", "+12:00",
         "Marg stayed in Brisbane. Not coming over. 34 years. Quiet house up at Middlegate.", {}),
        (5504, "2026-04-15 14:05", "+11:00",
         "Bowls Wednesday 2pm. Lost.", {}),
        (5505, "2026-05-02 10:15", "+11:00",
         "Emily Bay.", {"images": [("emily-bay.jpg", "calm water inside a reef")]}),
    ],
}

PHOTOS = [
    Photo("emily-bay.jpg", -29.0586, 167.9597, 3.0, "2026:05:02 10:02:33", "+11:00",
          "Emily Bay, Saturday morning", (70, 170, 190)),
]
