"""Bradley Tennant (FICTIONAL): FIFO electrician flying Perth to Port Hedland for a mining contractor; a NEGATIVE CONTROL.

Airports, x-ray belts, a Border Force plane overhead and a mate at the port: none of it makes him staff.
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

NAME = "Bradley Tennant"
HOME = (-31.7840, 115.9560)

ACTIVITYPUB = {
    "handle": "sparky_brad",
    "summary": "<p>FIFO sparky. 2 on 1 off. Perth / Pilbara. Ute, dog, footy.</p>",
    "notes": [
        (5601, "2026-02-03 04:40", "+08:00",
         "Tuesday 5:50 flight to Hedland again. 2 on 1 off life. Tash drove me in, legend.", {}),
        (5602, "2026-02-17 19:30", "+08:00",
         "Airport screening made me put the whole tool bag back through the x-ray twice. It's a multimeter mate.", {}),
        (5603, "2026-03-01 12:10", "+08:00",
         "Border Force plane flew over the camp at smoko, everyone stopped to look. Big day out here.", {}),
        (5604, "2026-03-14 17:45", "+08:00",
         "Beers with Spud (Liam Spudic) who drives a loader at the port for a private stevedore. Still owes me fifty.", {}),
        (5605, "2026-03-30 16:20", "+08:00", "Home week. Back lawn sorted. Dog pleased.",
         {"images": [("back-lawn.jpg", "the back lawn, mowed")]}),
        (5606, "2026-04-21 20:00", "+08:00",
         "Operation Clean Ute is a failure. Site drug test was fine though, before anyone asks.", {}),
    ],
}

PHOTOS = [
    Photo("back-lawn.jpg", *_mp._near(HOME, -5, 7), 60.0, "2026:03:30 16:05:00", "+08:00",
          "the back lawn at home, mowed", (90, 170, 70)),
]
