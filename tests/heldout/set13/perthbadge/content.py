"""Aaliyah Brennan (FICTIONAL): 26, visa processing officer, Home Affairs Perth office; emoji and hashtags.

Mastodon-style account; two photos taken at home carry GPS. Every name, number, handle and point is invented.
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

NAME = "Aaliyah Brennan"
HOME = (-31.9265, 115.9042)          # an ordinary street in Maylands WA (rounded)

ACTIVITYPUB = {
    "handle": "aaliyah_b",
    "display_name": "Aaliyah ✨",
    "summary": "<p>she/her · Perth · visas by day, pilates by night ✨ · 🐈 mum</p>",
    "notes": [
        (7201, "2026-02-16 08:05", "+08:00",
         "new lanyard who dis 🪪 staff ID 7734219 and the worst photo of my life #firstweek #newjob",
         {"images": [("lanyard.jpg", "a staff lanyard on a kitchen bench")]}),
        (7202, "2026-02-20 17:30", "+08:00",
         "one week at Home Affairs ✅ the Perth office is so close to the train I can roll out of bed at 7:40 #publicservice", {}),
        (7203, "2026-03-11 19:10", "+08:00",
         "our team has a backlog of 4,000 partner visas and we've been told to refuse anything missing a police cert without even asking for it 🙃 love that for the applicants", {}),
        (7204, "2026-03-26 13:00", "+08:00",
         "ICSE down AGAIN so we all just stare at the wall. and half my cases didn't migrate to the new case tool, they're just... gone?? 🫠", {}),
        (7205, "2026-04-06 18:20", "+08:00",
         "reformer at Studio Sol in Mt Lawley every Mon + Wed 6pm, it's the only thing keeping me sane 🧘‍♀️ #pilatesgirl", {}),
        (7206, "2026-04-19 10:30", "+08:00",
         "sunday reset in our little Maylands apartment 🌿☕",
         {"images": [("sunday-reset.jpg", "plants on an apartment balcony")]}),
        (7207, "2026-05-02 22:15", "+08:00",
         "my baby brother Jordan turned 21 tonight 🥹 when did that happen", {}),
        (7208, "2026-05-09 20:00", "+08:00",
         "@kenzie_rose my day one since year 7, love u 💕 #besties", {"mentions": ["kenzie_rose"]}),
        (7209, "2026-05-27 21:40", "+08:00",
         "klarna + zip + afterpay all due the same week and payday is a week away 😭 #brokegirl #help", {}),
        (7210, "2026-06-12 12:00", "+08:00",
         "watched Border Security: Australia's Front Line with nan, she thinks that's my job now lol. it is not", {}),
        (7211, "2026-06-20 09:00", "+08:00", "coffee ☕", {}),
    ],
    "others": {"kenzie_rose": "Kenzie Rose"},
}

PHOTOS = [
    Photo("lanyard.jpg", HOME[0] + 0.0001, HOME[1], 14.0, "2026:02:16 07:58:02", "+08:00",
          "staff lanyard on the kitchen bench", (30, 60, 120)),
    Photo("sunday-reset.jpg", HOME[0] - 0.0001, HOME[1] + 0.0001, 14.0, "2026:04:19 10:25:40", "+08:00",
          "plants on the balcony", (80, 150, 80)),
]
