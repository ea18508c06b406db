"""Hamish Tierney (FICTIONAL): Border Force officer, Port of Brisbane, 39; a proud dad's posts.

Every name, number and handle is invented; the photo is at a public sports ground.
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

NAME = "Hamish Tierney"

ACTIVITYPUB = {
    "handle": "hamishdad",
    "summary": "<p>Border Force officer 🚢 Dad of two 👦👧 Wynnum Wolves tragic 🐺</p>",
    "notes": [
        (1201, "2026-02-21 11:30", "+10:00",
         "MY BOY OLLIE'S FIRST GOAL!!! 😭⚽ U9s at Wynnum Wolves, what a strike #proudDad #soccer",
         {"images": [("first-goal.jpg", "Ollie celebrating at the ground")]}),
        (1202, "2026-03-05 14:50", "+10:00",
         "Two of us on for three car carriers at Fisherman Islands today 🙃 send coffee", {}),
        (1203, "2026-03-14 19:20", "+10:00",
         "Date night with wifey Jess 🍝 first one since Christmas #parenting", {}),
        (1204, "2026-03-27 07:05", "+10:00",
         "School drop off 7:15 ✅ then the swing shift, home by midnight. Every second week, rinse repeat 🔁", {}),
        (1205, "2026-04-18 17:00", "+10:00",
         "Back home in Wynnum after the Bribie trip, Miss P asleep in the car before we hit the highway 😴", {}),
        (1206, "2026-05-09 10:15", "+10:00",
         "Border collie at the park stole Ollie's ball and the whole U9 squad chased it 😂 #soccer", {}),
    ],
}

PHOTOS = [
    Photo("first-goal.jpg", -27.4430, 153.1710, 8.0, "2026:02:21 10:52:30", "+10:00",
          "Ollie celebrating his first goal at the soccer ground", (60, 160, 60)),
]
