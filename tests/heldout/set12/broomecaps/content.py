"""Kane Ostrowski (FICTIONAL): Border Force officer, Broome, 34; terse photo captions.

Every name, number and handle is invented; the home point is a rounded street point.
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

NAME = "Kane Ostrowski"
HOME = (-17.9460, 122.2140)

ACTIVITYPUB = {
    "handle": "k_ostro",
    "summary": "<p>ABF. Broome. Pindan and sunsets.</p>",
    "notes": [
        (7101, "2026-02-03 18:50", "+08:00", "Sunset. Obviously.", {}),
        (7102, "2026-02-11 06:05", "+08:00", "Port office, 0600. Earlies all week, 0530 start.", {}),
        (7103, "2026-02-19 19:30", "+08:00", "Home. Frangipani out the front.",
         {"images": [("frangipani.jpg", "frangipani tree in the front yard")]}),
        (7104, "2026-03-04 17:40", "+08:00",
         "Two of us for the pearling boats + a cruise ship Wed. Good luck to us.", {}),
        (7105, "2026-03-15 16:10", "+08:00", "Out wide with @mick_b. Two queenies.", {"mentions": ["mick_b"]}),
        (7106, "2026-03-26 17:05", "+08:00", "Thursday 5pm touch. BRAC ovals. Lost.", {}),
        (7107, "2026-04-09 18:20", "+08:00", "Gantheaume. Red rocks.",
         {"images": [("gantheaume.jpg", "red rocks at the point")]}),
        (7108, "2026-04-22 22:40", "+08:00", "Down $600 on the multis. Wet season's long when there's nobody to call.", {}),
        (7109, "2026-05-06 12:00", "+08:00", "Border collie pup at the markets. Want.", {}),
    ],
    "others": {"mick_b": "Mick Barlow"},
}

PHOTOS = [
    Photo("frangipani.jpg", *_mp._near(HOME, 6, 4), 12.0, "2026:02:19 17:55:30", "+08:00",
          "frangipani out the front at home", (240, 220, 180)),
    Photo("gantheaume.jpg", -17.9725, 122.1760, 10.0, "2026:04:09 17:48:10", "+08:00",
          "red rocks at Gantheaume Point", (200, 70, 40)),
]
