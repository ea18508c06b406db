"""Hemi Walker (FICTIONAL): NEGATIVE CONTROL. An air traffic controller in the Cairns tower (Airservices, not the
Department); a Mastodon-style account and one photo with GPS at home. Every name, handle and point is invented.
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

NAME = "Hemi Walker"
HOME = (-16.9188, 145.6952)          # an ordinary street in Redlynch QLD (rounded)

ACTIVITYPUB = {
    "handle": "hemi_atc",
    "display_name": "Hemi W",
    "summary": "<p>Air traffic controller, Cairns tower. Kiwi in the tropics. Touch footy, terrible guitar.</p>",
    "notes": [
        (3301, "2026-02-09 21:30", "+10:00",
         "Roster this block: 2 mornings, 2 arvos, 2 nights, 4 off. Touch footy every Friday 5pm at Barlow Park "
         "when I'm on the off days.", {}),
        (3302, "2026-02-24 14:10", "+10:00",
         "The Border Force Dash 8 came through this morning on its way north. Always a tidy crew on the radio.", {}),
        (3303, "2026-03-15 17:45", "+10:00",
         "Afternoon storm rolling over the range from our deck in Redlynch.",
         {"images": [("deck-storm.jpg", "storm clouds over a hill")]}),
        (3304, "2026-03-30 19:00", "+10:00",
         "Happy birthday to my wife Pania, who puts up with the night shifts and my guitar.", {}),
        (3305, "2026-04-18 12:00", "+10:00",
         "A bizjet from Port Moresby sat for an hour waiting on customs clearance. Not my problem, but the pilots "
         "made it my problem.", {}),
        (3306, "2026-05-06 20:30", "+10:00",
         "Shout out to @tama_k for the lift home after the touch final. Champion.", {"mentions": ["tama_k"]}),
        (3307, "2026-06-01 16:00", "+10:00",
         "Someone's border collie herding the ducks at the Lake Placid picnic ground. Fair play.", {}),
    ],
    "others": {"tama_k": "Tama K"},
}

PHOTOS = [
    Photo("deck-storm.jpg", HOME[0], HOME[1] + 0.0001, 40.0, "2026:03:15 17:40:12", "+10:00",
          "storm over the range from the deck at home", (70, 70, 90)),
]
