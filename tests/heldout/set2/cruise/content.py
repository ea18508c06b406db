"""Tayla Brooks (FICTIONAL): 23, new officer at the Overseas Passenger Terminal, Circular Quay.

A chatty Mastodon-style account, emoji and hashtags: her first shift, a find in a passenger's shampoo,
her sergeant, cruise-day hours, her bestie, her nan and mum, buy-now-pay-later stress, a work email in a
profile field, and phone photos (a selfie at work, three at home in Dulwich Hill late at night).
Every name, handle and number is invented.
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

NAME = "Tayla Brooks"
HOME = (-33.90500, 151.13900)          # a residential street in Dulwich Hill NSW
OPT = (-33.85870, 151.21000)           # Overseas Passenger Terminal, Circular Quay

ACTIVITYPUB = {
    "handle": "taylaaa_b",
    "display_name": "tay 🌸",
    "summary": "<p>23 | she/her | 🛳️ OPT life | coffee &amp; chaos</p>",
    "fields": [("login lol", "tayla.brooks@abf.gov.au")],
    "notes": [
        (1301, "2026-02-02 19:00", "+11:00",
         "first shift on the cruise ships ✅ uniform fits, badge on, let's gooo 🛳️ #ABF #borderforce #newjob", {}),
        (1302, "2026-02-10 09:30", "+11:00",
         "OPT views never get old 😍☀️", {"images": [("opt-selfie.jpg", "selfie on the terminal balcony")]}),
        (1303, "2026-02-24 21:15", "+11:00",
         "cruise days = 5am start, ship docks at 6, we're done when the last passenger's through 😴 every "
         "Tuesday and Friday til April", {}),
        (1304, "2026-03-06 18:40", "+11:00",
         "found a lady with 200 undeclared Xanax in her shampoo bottles today 😳 the things ppl try #abf", {}),
        (1305, "2026-03-14 23:50", "+11:00",
         "can't sleep, fairy lights on 💫", {"images": [("fairy-lights.jpg", "fairy lights in a bedroom")]}),
        (1306, "2026-03-21 15:00", "+11:00",
         "me and bestie @jordykale at Marrickville markets 💕 Jordan Kale you are my whole personality",
         {"mentions": ["jordykale"]}),
        (1307, "2026-04-12 14:20", "+10:00",
         "Nan's 80th!! love you Nan Bev 🥹 and Mum (Trish) made the pav", {}),
        (1308, "2026-04-30 22:10", "+10:00",
         "Sarge Fitzy (Tom Fitzgerald) let me run the secondary bench today!! big girl officer now 💪", {}),
        (1309, "2026-05-15 23:30", "+10:00",
         "balcony + rain + tea ☔", {"images": [("balcony-rain.jpg", "rain on a balcony at night")]}),
        (1310, "2026-05-28 20:00", "+10:00",
         "afterpay + zip + credit card all due this week 🙃 broke girl era. payday loan ads looking real "
         "tempting ngl", {}),
        (1311, "2026-06-20 01:05", "+10:00",
         "home from the club, ordering maccas 🍟", {"images": [("kitchen-late.jpg", "kitchen at night")]}),
    ],
    "others": {"jordykale": "Jordy 🌈"},
}

PHOTOS = [
    Photo("opt-selfie.jpg", *near(OPT, 0, 0), 8.0, "2026:02:10 09:26:44", "+11:00",
          "selfie at the terminal", (60, 130, 200)),
    Photo("fairy-lights.jpg", *near(HOME, 6, 4), 30.0, "2026:03:14 23:47:10", "+11:00",
          "fairy lights", (200, 160, 220)),
    Photo("balcony-rain.jpg", *near(HOME, -8, 10), 30.0, "2026:05:15 23:26:31", "+10:00",
          "rainy balcony", (50, 60, 90)),
    Photo("kitchen-late.jpg", *near(HOME, 3, -9), 30.0, "2026:06:20 01:01:55", "+10:00",
          "kitchen at night", (140, 120, 90)),
]
