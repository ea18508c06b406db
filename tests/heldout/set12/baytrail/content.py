"""Leanne Fairweather (FICTIONAL): Border Force officer, Sydney Airport, 36; a runner's training log and posts.

Every name, number, handle and address is invented; home points are rounded street points.
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

NAME = "Leanne Fairweather"

BLOG = {
    "path": "log",
    "title": "Negative Splits",
    "card_note": "A training log. Marathon block #3. Sub-3:30 or bust.",
    "posts": [
        ("wk1", "2026-02-09 20:30", "+11:00", "Block 3, week 1",
         ["Mon: rest. Tue: 8k easy, 5:45/km, HR 141. Wed: 6x800 @ 3:55, 90s jog. Thu: 10k easy. Sat: 22k long, "
          "last 5k at MP. Total 58k.",
          "Legs fine. Sleep average. Coffee excellent."],
         ["training"], None),
        ("wk3", "2026-02-23 20:10", "+11:00", "Week 3: the run commute",
         ["New thing this block: running home after earlies. Out of T1 at 2:15, down the Alexandra Canal path, "
          "11k door to door, and I'm home before the traffic is. Doing it Mon, Wed and Fri while I'm on earlies.",
          "Long run Sat 24k with the 7am Kyeemagh crew. Total 64k."],
         ["training", "commute"], None),
        ("wk5", "2026-03-09 21:00", "+11:00", "Week 5: shin splints and shoes",
         ["Left shin grumbling. Bought new shoes on Afterpay, which is the fourth thing on Afterpay this month, on "
          "top of the credit card I'm only paying the minimum on. Broke AND broken. Total 41k, cut back."],
         ["injury", "money"], None),
        ("wk8", "2026-03-30 19:45", "+11:00", "Week 8: legs back",
         ["Shout out to Kerri Zhang for pacing me through the 30k on Saturday, she talked the whole way and I "
          "couldn't answer. Total 71k. Taper in four weeks."],
         ["training"], None),
        ("race-report", "2026-05-03 18:00", "+10:00", "Race report: 3:28:41",
         ["Sub-3:30! Negative split by 40 seconds. Cried at the finish. Bilal and half the shift were at 35k with a "
          "sign. Ran the last km to the cafe on our corner in Rosebery for the celebratory toastie.",
          "Not watching any more episodes of that airport border TV show this week, I've had enough of airports."],
         ["race"], None),
    ],
}

ACTIVITYPUB = {
    "handle": "negsplit_lee",
    "display_name": "Lee F 🏃‍♀️",
    "summary": "<p>ABF. Runner. Coffee. Sydney.</p>",
    "fields": [("Signal", "leannefw.88"), ("Strava", "Lee F")],
    "notes": [
        (3101, "2026-02-14 07:10", "+11:00", "Sat 7am Kyeemagh 5k done ☀️ #running", {}),
        (3102, "2026-02-27 16:20", "+11:00",
         "6 on the primary line for 3 A380s landing within 20 min. Queue back past duty free. Thoughts and prayers.", {}),
        (3103, "2026-03-12 11:40", "+11:00",
         "Arrivals kiosks down for 40 min this morning, everyone processed by hand. My wrist hurts from stamping.", {}),
        (3104, "2026-03-20 19:00", "+11:00",
         "Farewell run for Bilal Haddad from our shift tonight, 5k then dumplings. The primary line won't be the same, mate.",
         {"mentions": []}),
        (3105, "2026-04-18 09:30", "+10:00",
         "Recovery walk, home and sore. 🦵", {"images": [("home-stretch.jpg", "the front step after a run")]}),
        (3106, "2026-05-10 13:00", "+10:00",
         "Big love to @kez_runs who paced me to a PB. Next one's yours.", {"mentions": ["kez_runs"]}),
        (3107, "2026-06-02 17:30", "+10:00",
         "My mate works for the ground handler at the domestic terminal and says the bag belt's broken again. Not my problem for once.", {}),
    ],
    "others": {"kez_runs": "Kerri Z"},
}

PHOTOS = [
    Photo("home-stretch.jpg", -33.9180, 151.2040, 20.0, "2026:04:18 09:12:05", "+10:00",
          "the front step at home after a run", (200, 120, 160)),
]
