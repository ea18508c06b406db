"""Hamish Tull (FICTIONAL): a marine pilot for a private pilotage firm in Brisbane. NEGATIVE CONTROL.

He climbs rope ladders onto ships in Moreton Bay; Border Force officers, customs and crews are part
of his working day but he is not the department's. A Mastodon-style account and photos from home in
Manly QLD whose EXIF carries GPS. Every name, handle and number is invented.
"""
import importlib.util
import sys
from pathlib import Path

_p = Path(__file__).resolve().parents[4] / "data" / "demo" / "make_photos.py"
_s = importlib.util.spec_from_file_location("_set6_photos", _p)
_m = importlib.util.module_from_spec(_s)
sys.modules["_set6_photos"] = _m
_s.loader.exec_module(_m)
Photo, near = _m.Photo, _m._near

NAME = "Hamish Tull"
HOME = (-27.4571, 153.1868)      # an ordinary street in Manly QLD, rounded

ACTIVITYPUB = {
    "handle": "pilothamish",
    "summary": "<p>Marine pilot, Moreton Bay. Rope ladders at 3am. Ex merchant navy. Tea, not coffee.</p>",
    "notes": [
        (3101, "2026-09-02 09:10", "+10:00",
         "Brought a car carrier up the river last night. Two Border Force officers were waiting on the wharf "
         "for the crew list before I'd even got the gangway down. Efficient lot.", {}),
        (3102, "2026-09-05 16:30", "+10:00",
         "Ingrid and I finally sat on our own deck for an afternoon. Twenty years married and she still "
         "laughs at my ladder stories.",
         {"images": [("ht-deck.jpg", "Afternoon on the deck")]}),
        (3103, "2026-09-09 11:00", "+10:00",
         "News says customs seized 200kg of cocaine in a container at the port last week. Not one of my ships, "
         "before anyone asks. I just park them.", {}),
        (3104, "2026-09-13 07:45", "+10:00", "Sunrise from the back fence. Worth the early night.",
         {"images": [("ht-fence.jpg", "Sunrise from the back fence")]}),
        (3105, "2026-09-17 20:20", "+10:00",
         "Passed the Border Force cutter heading out past the Fisherman Islands wharf today. Smart-looking boat.", {}),
        (3106, "2026-09-21 19:00", "+10:00", "The border collie down the road barks at every ship horn.", {}),
        (3107, "2026-09-26 14:10", "+10:00", "Garden. Weeds won.",
         {"images": [("ht-garden.jpg", "The vegetable bed")]}),
    ],
}

PHOTOS = [
    Photo("ht-deck.jpg", *near(HOME, 5, 3), 9.0, "2026:09:05 16:20:14", "+10:00",
          "afternoon on the deck", (170, 130, 80)),
    Photo("ht-fence.jpg", *near(HOME, -15, 12), 8.5, "2026:09:13 05:40:51", "+10:00",
          "sunrise from the back fence", (230, 160, 100)),
    Photo("ht-garden.jpg", *near(HOME, -8, -10), 8.5, "2026:09:26 14:05:33", "+10:00",
          "the vegetable bed", (80, 140, 60)),
]
