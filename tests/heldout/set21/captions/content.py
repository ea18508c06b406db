"""Lachlan Petrie (FICTIONAL): Border Force officer at Newcastle Airport; emoji captions and photos at home."""
import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("_set21_photo", Path(__file__).resolve().parents[1] / "_photo.py")
_m = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_m)
Photo = _m.Photo

NAME = "Lachlan Petrie"
HOME = (-32.7423, 151.8684)    # a residential street in Medowie NSW, rounded

ACTIVITYPUB = {
    "handle": "lachy_p",
    "display_name": "Lachy",
    "summary": "<p>🛂 ABF | NTL | Knights | 26</p>",
    "fields": [("Snap", "lachy.p26")],
    "notes": [
        (8101, "2026-02-14 04:05", "+11:00", "Earlies 0430 🥱 Auckland flight day at Williamtown ✈️", {}),
        (8102, "2026-02-14 11:20", "+11:00",
         "170 off the Auckland and 2 of us on the desk 😂 one bag search and the queue went out the door", {}),
        (8103, "2026-03-08 17:30", "+11:00", "Home 🏡 arvo sesh",
         {"images": [("arvo.jpg", "backyard in the afternoon")]}),
        (8104, "2026-04-11 20:45", "+10:00", "Big night w @bungy_ryan for his 27th 🍻 (Ryan Bungate, never again)",
         {"mentions": ["bungy_ryan"]}),
        (8105, "2026-05-24 13:00", "+10:00", "Sister Jess graduated nursing today 🎓 so proud", {}),
        (8106, "2026-06-06 09:00", "+10:00", "Home again. Frost on the ute ❄️",
         {"images": [("frost.jpg", "frost on the ute in the driveway")]}),
        (8107, "2026-07-03 19:10", "+10:00", "Knights 🔴🔵 nothing else to say", {}),
    ],
    "others": {"bungy_ryan": "Ryan Bungate"},
}

PHOTOS = [
    Photo("arvo.jpg", HOME[0] + 0.0001, HOME[1] + 0.0001, 18.0, "2026:03:08 17:21:00", "+11:00",
          "backyard, Sunday afternoon", (120, 170, 90)),
    Photo("frost.jpg", HOME[0] - 0.0001, HOME[1], 18.0, "2026:06:06 07:02:00", "+10:00",
          "frost on the ute in the driveway, Saturday", (200, 210, 230)),
]
