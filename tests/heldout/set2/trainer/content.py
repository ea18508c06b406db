"""Hamish McTaggart (FICTIONAL): ex-army trainer teaching Border Force recruits in Canberra.

A Mastodon-style account with hashtags (a graduation and where the class is posted, his co-instructors
by name, the weekly range day, a training terminal), family posts with his wife and twins, and phone
photos: three at home in Ngunnawal at night, one at the range. Every name and handle is invented.
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

NAME = "Hamish McTaggart"
HOME = (-35.17300, 149.11300)          # a residential street in Ngunnawal ACT
RANGE = (-35.28500, 149.20300)         # Majura, east of the airport

ACTIVITYPUB = {
    "handle": "hamishmct",
    "summary": "<p>Teaching recruits not to be idiots. Ex-3RAR. Dad of twins. #ABFCollege</p>",
    "notes": [
        (1201, "2026-02-26 16:00", "+11:00",
         "Graduation day for recruit course 47! 32 new officers: 11 off to Sydney Airport, 8 to Brisbane, the "
         "rest to the seaports. Proud of every one of them. #ABFCollege #BorderForce", {}),
        (1202, "2026-03-11 12:40", "+11:00",
         "Couldn't do it without my co-instructors Kel Armstrong and Ruby Tran. Best crew at the college.", {}),
        (1203, "2026-03-18 06:45", "+11:00",
         "OST every Wednesday, 0700 at the Majura range. Recruits love it (they don't).",
         {"images": [("range-dawn.jpg", "frosty range at dawn")]}),
        (1204, "2026-04-04 21:50", "+11:00",
         "Fire pit, red wine, quiet street. Good Saturday.", {"images": [("firepit.jpg", "fire pit at night")]}),
        (1205, "2026-05-09 19:30", "+10:00",
         "Date night with my other half. Siobhan, twelve years married today and you still laugh at my jokes ❤️",
         {}),
        (1206, "2026-05-16 22:30", "+10:00",
         "Porch light and fog. Canberra winter's coming.", {"images": [("porch-fog.jpg", "porch light in fog")]}),
        (1207, "2026-05-23 11:15", "+10:00",
         "Twins Finn and Ava both scored for Gungahlin United under 9s today! ⚽⚽", {}),
        (1208, "2026-06-08 20:45", "+10:00",
         "Footy tipping comp with the boys from the 3RAR days: shout-out to Dazza (Darren Kiely) for winning "
         "AGAIN. Dazza, you cheat.", {}),
        (1209, "2026-06-24 17:30", "+10:00",
         "Spent the day teaching recruits the PACE terminals on the training network. Three of them had their "
         "passwords on sticky notes by lunch. Three!", {}),
        (1210, "2026-07-11 23:05", "+10:00",
         "Kids asleep, house quiet, snow on the Brindabellas tomorrow apparently.",
         {"images": [("lounge-late.jpg", "lounge room lamp")]}),
    ],
}

PHOTOS = [
    Photo("range-dawn.jpg", *near(RANGE, 0, 0), 580.0, "2026:03:18 06:40:12", "+11:00",
          "the range at dawn", (150, 160, 170), "Google", "Pixel 8"),
    Photo("firepit.jpg", *near(HOME, -12, 20), 610.0, "2026:04:04 21:44:05", "+11:00",
          "backyard fire pit", (170, 70, 20), "Google", "Pixel 8"),
    Photo("porch-fog.jpg", *near(HOME, 15, -5), 610.0, "2026:05:16 22:25:50", "+10:00",
          "front porch in fog", (110, 110, 120), "Google", "Pixel 8"),
    Photo("lounge-late.jpg", *near(HOME, 2, 3), 610.0, "2026:07:11 23:01:37", "+10:00",
          "lounge room at night", (90, 60, 40), "Google", "Pixel 8"),
]
