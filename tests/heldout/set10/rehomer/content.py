"""Carol Ambrose (FICTIONAL): NEGATIVE CONTROL, a mobile dog groomer in Townsville who adopted a retired detector dog.

She talks about the dog's old job, its handler and the airport; none of that makes her staff. Every
name, handle, email and address is invented.
"""
import importlib.util
import sys
from pathlib import Path

_ph = sys.modules.get("_demo_make_photos")
if _ph is None:
    _spec = importlib.util.spec_from_file_location(
        "_demo_make_photos", Path(__file__).resolve().parents[4] / "data" / "demo" / "make_photos.py")
    _ph = importlib.util.module_from_spec(_spec)
    sys.modules["_demo_make_photos"] = _ph
    _spec.loader.exec_module(_ph)
Photo, near = _ph.Photo, _ph._near

NAME = "Carol Ambrose"
HOME = (-19.31180, 146.79040)    # a residential street in Annandale, Townsville (rounded)

FORUM = {
    "site": "North Queensland Dog Lovers",
    "user": "carols_clip_n_go",
    "path": "/community/members/carols_clip_n_go/",
    "about": ["Carol. Clip n Go Mobile Grooming, Townsville. Bookings: carol.clipngo@outlook.example"],
    "posts": [
        ("3301", "2026-02-09 19:00", "+10:00", "We adopted a retired detector dog!!",
         ["Meet Bosco, a retired Border Force detector dog, 9 years old, labrador. The rehoming program matched "
          "us after a home check. His old handler dropped him off with his favourite towel and I think the "
          "handler cried more than Bosco did."]),
        ("3318", "2026-03-02 20:10", "+10:00", "Bosco still 'works'",
         ["Bosco sat down next to my sister's handbag at the shops today and would not move. Turns out it was a "
          "packet of jerky. Once a sniffer dog..."]),
        ("3342", "2026-03-27 18:30", "+10:00", "Sunset in the yard",
         ["Bosco and Pepper (our border collie) on the back lawn at sunset. Best of mates already.",
          '<img src="{{BASE}}/media/bosco-pepper-sunset.jpg" alt="Two dogs on a lawn">']),
        ("3360", "2026-04-20 21:00", "+10:00", "Airport memories",
         ["Drove past Townsville Airport and Bosco sat up and whined. He worked the bags there for seven years. "
          "Broke my heart a bit."]),
        ("3385", "2026-05-15 19:45", "+10:00", "Grooming tip",
         ["Labradors shed twice a year and the rest of the year they also shed. Undercoat rake, not clippers!"]),
    ],
}

PHOTOS = [
    Photo("bosco-pepper-sunset.jpg", *near(HOME, -6, 11), 12.0, "2026:03:27 18:21:40", "+10:00",
          "two dogs on the back lawn at sunset", (220, 140, 70), "Apple", "iPhone 12"),
]
