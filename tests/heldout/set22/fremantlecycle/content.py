"""Tobias Renshaw (FICTIONAL): 38, Border Force officer at the container terminal on North Quay, Fremantle,
riding to work from Beaconsfield; a cycling-commute diary on a Mastodon-style account with photos whose EXIF
carries GPS (two at home). Every name and handle is invented; the home point is on an ordinary street, rounded."""
import importlib.util
import sys
from pathlib import Path


def _make_photos():
    mod = sys.modules.get("_demo_make_photos")
    if mod is None:
        path = Path(__file__).resolve().parents[4] / "data" / "demo" / "make_photos.py"
        spec = importlib.util.spec_from_file_location("_demo_make_photos", path)
        mod = importlib.util.module_from_spec(spec)
        sys.modules["_demo_make_photos"] = mod
        spec.loader.exec_module(mod)
    return mod


_mp = _make_photos()
Photo, near = _mp.Photo, _mp._near

NAME = "Tobias Renshaw"
HOME = (-32.0712, 115.7668)

PHOTOS = [
    Photo("garage-0510.jpg", *near(HOME, 6, -4), 22.0, "2026:03:10 05:10:12", "+08:00",
          "the bike in the garage before a dark start", (40, 40, 60)),
    Photo("verandah-recovery.jpg", *near(HOME, -10, 8), 22.0, "2026:04:18 16:40:30", "+08:00",
          "recovery shake on the verandah", (200, 150, 80)),
]

ACTIVITYPUB = {
    "handle": "tobes_rides",
    "summary": "<p>ABF by day. Bikes always. Commute diary, coffee reviews, no race results because I don't race.</p>",
    "fields": [("Signal", "0491 570 314"), ("Strava", "Tobes R.")],
    "notes": [
        (7101, "2026-03-10 05:15", "+08:00",
         "🚲 11.4 km · 31 min · home → North Quay. 05:20 rollout for the 6am start, lock the bike in the cage "
         "behind the exam shed. Dark, windy, perfect.",
         {"images": [("garage-0510.jpg", "Bike in the garage, 5am")]}),
        (7102, "2026-03-24 19:30", "+08:00",
         "Rode home buzzing. 24 e-bike batteries off one container today and every single one had meth packed "
         "where the cells should be. Sarge (Bec Hollis) says it's a record for the quay. #eBikesAreTheFuture lol", {}),
        (7103, "2026-04-05 09:00", "+08:00",
         "Sunday loop to Rottnest ferry terminal and back with @dougie_rides (Doug Fennimore). He dropped me on "
         "every hill and then bought the coffee, which is how you know he felt bad.",
         {"mentions": ["dougie_rides"]}),
        (7104, "2026-04-18 16:45", "+08:00",
         "Recovery shake on the verandah after the Beaconsfield hill finished me off. 🥤",
         {"images": [("verandah-recovery.jpg", "Verandah, arvo")]}),
        (7105, "2026-05-02 20:10", "+08:00",
         "Aimee (my partner) says I can't buy another bike until the last one's off Afterpay. The car's on a "
         "payday loan too, so. Fair.", {}),
        (7106, "2026-05-19 07:50", "+08:00",
         "Daycare drop for Ned on the cargo bike before a late start. He calls it 'the bus'. Best commute of the week.", {}),
        (7107, "2026-06-01 12:00", "+08:00",
         "Someone on the Fremantle Doctor forecast thread called the wind 'a border-line gale'. It was.", {}),
    ],
    "others": {"dougie_rides": "Doug Fennimore"},
}
