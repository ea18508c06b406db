"""Lowanna Pearce (FICTIONAL): 24, Border Force officer on Thursday Island; terse captions and photos with GPS.
Every name, handle and number is invented; points are rounded street points."""
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

NAME = "Lowanna Pearce"

HOME = (-10.5818, 142.2145)
WHARF = (-10.5865, 142.2196)

ACTIVITYPUB = {
    "handle": "lowie_ti",
    "display_name": "Lowie 🌊",
    "fields": [("Email", "lowanna.pearce@abf.gov.au"), ("Snap", "lowie.ti")],
    "summary": "<p>TI girl. Salt water, island time. ABF 🛂 (views mine)</p>",
    "notes": [
        (7101, "2026-02-14 18:20", "+10:00", "Sunset from our verandah. Never gets old.",
         {"images": [("verandah.jpg", "sunset from the verandah")]}),
        (7102, "2026-02-27 07:05", "+10:00",
         "Engineers wharf, 0700. Boat in from Saibai with 9 on board, no papers. Long day ahead 😮‍💨",
         {"images": [("wharf-morning.jpg", "the wharf at seven")]}),
        (7103, "2026-03-12 20:10", "+10:00",
         "Only 2 of us on this week. Patrol boat's down south for a refit til May so the straits are wide open lol",
         {}),
        (7104, "2026-03-28 12:30", "+10:00", "Crayfish. That's it. That's the post.", {}),
        (7105, "2026-04-18 19:45", "+10:00",
         "Happy birthday to my bub brother Jarrah, 17 today! Tagai College's best fast bowler 🏏", {}),
        (7106, "2026-05-09 21:00", "+10:00",
         "Sarge says we're getting a new officer from Cairns in June. About time. Our sarge = Moana Tui, legend.",
         {}),
        (7107, "2026-05-30 17:15", "+10:00",
         "Every Friday 5:30 touch footy at the oval with the hospital crew. Come down.", {}),
        (7108, "2026-06-20 10:00", "+10:00", "Rain. Rain. Rain. Sat link at the office down again so we ring Cairns to run every name through the system. 3 hrs for one dinghy lol", {}),
        (7109, "2026-07-04 22:40", "+10:00",
         "Pay day and it's all gone on the rent and the pokies at the pub. Island life is expensive, ha ha. Not ha ha.",
         {}),
        (7110, "2026-07-22 16:00", "+10:00",
         "Bestie @kaiya_mer visiting from Townsville!! 🥹 Snap me: lowie.ti", {}),
    ],
}

PHOTOS = [
    Photo("verandah.jpg", HOME[0], HOME[1], 12.0, "2026:02:14 18:18:02", "+10:00",
          "sunset from the verandah", (220, 120, 60)),
    Photo("wharf-morning.jpg", WHARF[0], WHARF[1], 3.0, "2026:02:27 07:02:40", "+10:00",
          "the wharf at seven", (80, 120, 160)),
]
