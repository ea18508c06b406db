"""Nell Farquhar (FICTIONAL): a Border Force officer in Hobart who posts in terse one-liners.

A Mastodon-style account whose profile field shows her work email, and one phone photo with EXIF GPS on
the waterfront. Every name, handle and email is invented; the place is a public wharf.
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


Photo = _helpers().Photo

NAME = "Nell Farquhar"

ACTIVITYPUB = {
    "handle": "nellf",
    "summary": "<p>ABF. Hobart. Runs. Coffee.</p>",
    "fields": [("Contact", "n.farquhar@abf.gov.au"), ("Runs", "parkrun, slowly")],
    "notes": [
        (4401, "2026-01-12 17:20", "+11:00", "Earlies all week. 0530 start. Send help.", {}),
        (4402, "2026-01-17 10:05", "+11:00", "Coffee with Pip Yeoh. Salamanca. Every Saturday, 9am, no exceptions.", {}),
        (4403, "2026-01-29 19:40", "+11:00", "Antarctic ship in at Macquarie Wharf. Long day.",
         {"images": [("wharf.jpg", "orange ship at the wharf")]}),
        (4404, "2026-02-08 08:15", "+11:00", "Wind.", {}),
        (4405, "2026-02-21 12:30", "+11:00", "Parkrun PB. 27:41. Pip beat me by a minute. Rude.", {}),
        (4406, "2026-03-15 21:00", "+11:00", "Finished Border Town on the ABC. Not bad.", {}),
        (4407, "2026-04-11 14:00", "+10:00", "Mt Wellington in the snow. Worth the drive.", {}),
    ],
}

PHOTOS = [
    Photo("wharf.jpg", -42.88120, 147.33580, 3.0, "2026:01:29 15:22:09", "+11:00",
          "an orange icebreaker at the wharf", (220, 110, 30)),
]
