"""Carys Whitlock (FICTIONAL): proud mum of three who trains detector dogs; emoji, hashtags and kids' sport.

A Mastodon-style account; photos keep their GPS (home cluster in Sunbury).
Every name, handle and point is invented; home points are rounded on an ordinary street.
"""
import importlib.util
import sys
from pathlib import Path


def _photos():
    mod = sys.modules.get("_demo_make_photos")
    if mod is None:
        path = Path(__file__).resolve().parents[4] / "data" / "demo" / "make_photos.py"
        spec = importlib.util.spec_from_file_location("_demo_make_photos", path)
        mod = importlib.util.module_from_spec(spec)
        sys.modules["_demo_make_photos"] = mod
        spec.loader.exec_module(mod)
    return mod


_p = _photos()
Photo, near = _p.Photo, _p._near

NAME = "Carys Whitlock"
HOME = (-37.58150, 144.72620)      # an ordinary street in Sunbury VIC, rounded

PHOTOS = [
    Photo("trophy.jpg", *near(HOME, 6, -4), 190.0, "2026:03:01 17:20:00", "+11:00", "netball trophy on the bench", (230, 190, 40)),
    Photo("cake.jpg", *near(HOME, -8, 10), 190.0, "2026:04:18 19:40:00", "+10:00", "birthday cake", (240, 120, 160)),
    Photo("puppy-couch.jpg", *near(HOME, 2, 2), 190.0, "2026:06:06 20:15:00", "+10:00", "a puppy asleep on a couch", (120, 90, 60)),
]

ACTIVITYPUB = {
    "handle": "carys_k9mum",
    "summary": "<p>Mum of 3 \U0001f467\U0001f466\U0001f466 | training sniffer dogs for the ABF \U0001f43e | netball taxi</p>",
    "notes": [
        (8301, "2026-03-01 17:25", "+11:00",
         "GRAND FINAL WINNERS \U0001f3c6\U0001f3c6 so proud of Tahlia and the Sunbury Lightning 13s!! #netball #proudmum",
         {"images": [("trophy.jpg", "a trophy")]}),
        (8302, "2026-03-16 08:05", "+11:00", "8:10 school run then straight out to Bulla to the kennels \U0001f699\U0001f415 every. single. day.", {}),
        (8303, "2026-04-18 19:45", "+10:00", "Jack turned 10! Mr W (aka Dave, aka the bbq king) made the cake \U0001f382",
         {"images": [("cake.jpg", "a cake")]}),
        (8304, "2026-05-02 18:00", "+10:00",
         "Massive shout out to Kerem Aydin and his lab Dusty, passed their handler assessment today \U0001f389\U0001f43e #teamwork", {}),
        (8305, "2026-05-20 21:00", "+10:00",
         "So short of teams that only 3 dogs cover the whole airport overnight til the new pups graduate \U0001f62c #understaffed", {}),
        (8306, "2026-06-06 20:20", "+10:00", "Foster pup for the weekend, she's a border collie x and she's already won \U0001f970",
         {"images": [("puppy-couch.jpg", "a puppy")]}),
        (8307, "2026-06-14 10:00", "+10:00", "Watching Bluey with the little one, again \U0001f499", {}),
    ],
}
