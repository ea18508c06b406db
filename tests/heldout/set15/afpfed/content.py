"""Nathan Oyelaran (FICTIONAL): 39, Australian Federal Police protective service officer at Sydney Airport, a
NEGATIVE CONTROL (another agency). Short posts and photos at home. Every name, handle and address is invented.
"""
import importlib.util
import sys
from pathlib import Path

_m = sys.modules.get("_demo_make_photos")
if _m is None:
    _spec = importlib.util.spec_from_file_location(
        "_demo_make_photos", Path(__file__).resolve().parents[4] / "data" / "demo" / "make_photos.py")
    _m = importlib.util.module_from_spec(_spec)
    sys.modules["_demo_make_photos"] = _m
    _spec.loader.exec_module(_m)
Photo = _m.Photo

NAME = "Nathan Oyelaran"

PHOTOS = [
    Photo("backyard-cricket.jpg", -34.06610, 151.01240, 150.0, "2026:02:15 16:20:00", "+11:00",
          "backyard cricket", (80, 150, 60)),
]

ACTIVITYPUB = {
    "handle": "natoy",
    "summary": "<p>AFP. Husband to Kemi, dad to Zara. Sutherland Shire born and bred.</p>",
    "notes": [
        (5501, "2026-02-06 18:00", "+11:00",
         "Another day at Sydney Airport with the Australian Federal Police. The Border Force officers on the "
         "arrivals line had a huge morning, not my story to tell.", {}),
        (5502, "2026-02-15 16:25", "+11:00", "Backyard cricket. Zara bowled me first ball. 🏏",
         {"images": [("backyard-cricket.jpg", "backyard cricket")]}),
        (5503, "2026-03-01 08:40", "+11:00",
         "Parkrun at Heathcote every Saturday 8am with my cousin Tunde Adebayo. PB today.", {}),
        (5504, "2026-03-14 20:00", "+11:00",
         "Read about the joint operation with Border Force in the paper today. Good result, nothing to do with me.", {}),
        (5505, "2026-04-02 19:30", "+11:00", "Our border collie Biscuit has eaten another thong.", {}),
    ],
}
