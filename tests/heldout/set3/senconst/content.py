"""Kirra Beaumont (FICTIONAL): a Queensland Police senior constable on the Gold Coast. NEGATIVE CONTROL.

State police is not the Department. Her posts mention a joint job with Border Force at the airport, a drug
seizure at a traffic stop, the watch-house, her sergeant and the police records system: none of it makes
her departmental staff or leaks the Department's operations or systems. A Mastodon-style account and
photos with EXIF GPS from home. Every name, handle and point is invented; the home point is a rounded
spot on an ordinary street.
"""
import importlib.util
import sys
from pathlib import Path


def _helpers():
    mod = sys.modules.get("_demo_make_photos")
    if mod is None:
        path = Path(__file__).resolve().parents[4] / "data" / "demo" / "make_photos.py"
        spec = importlib.util.spec_from_file_location("_demo_make_photos", path)
        mod = importlib.util.module_from_spec(spec)
        sys.modules["_demo_make_photos"] = mod
        spec.loader.exec_module(mod)
    return mod


Photo, near = _helpers().Photo, _helpers()._near

NAME = "Kirra Beaumont"
HOME = (-28.09680, 153.42750)       # a residential street in Burleigh Waters QLD, rounded

ACTIVITYPUB = {
    "handle": "kirrab_gc",
    "summary": "<p>Senior Constable, QPS 👮‍♀️ Gold Coast born. Surf, sourdough, my staffy Rocket. Not an official account.</p>",
    "notes": [
        (3101, "2026-01-10 07:10", "+10:00",
         "Dawn surf at Burleigh then a 10 hour day. Perfect balance 🏄‍♀️", {}),
        (3102, "2026-01-22 20:30", "+10:00",
         "Joint job with Border Force at Gold Coast Airport today, all I can say is their dogs are better behaved than Rocket 😂", {}),
        (3103, "2026-02-03 23:15", "+10:00",
         "Random stop on the M1 turned into 2kg of cocaine in the spare wheel. Paperwork till 3am at the watch-house ☕☕☕", {}),
        (3104, "2026-02-14 18:45", "+10:00",
         "Valentine's on the back deck with my hubby Dev 🌅 he made the pasta, I made the mess",
         {"images": [("back-deck.jpg", "sunset from the back deck")]}),
        (3105, "2026-02-28 22:00", "+10:00",
         "QPRIME down for 2 hours on night shift. Handwritten notes like it's 1988 📝", {}),
        (3106, "2026-03-07 09:30", "+10:00",
         "Every Saturday 6am it's ocean swim with the Burleigh Bears crew. Cold today 🥶", {}),
        (3107, "2026-03-19 16:00", "+10:00",
         "Big thanks to my sergeant for the early mark. Sourdough is proving 🍞",
         {"images": [("sourdough.jpg", "a loaf on the kitchen bench")]}),
        (3108, "2026-04-02 19:20", "+10:00",
         "Birthday dinner for my best mate Talia Ruhle, 30 years of friendship since grade 1 🎉", {}),
        (3109, "2026-04-25 06:00", "+10:00", "Lest we forget.", {}),
    ],
}

PHOTOS = [
    Photo("back-deck.jpg", *near(HOME, 7, -10), 5.0, "2026:02:14 18:31:40", "+10:00",
          "sunset from the back deck", (230, 130, 70)),
    Photo("sourdough.jpg", *near(HOME, -9, 6), 5.0, "2026:03:19 15:48:02", "+10:00",
          "a loaf on the kitchen bench", (200, 170, 120)),
]
