"""Jason Pereira (FICTIONAL): Border Force officer at the Port of Bunbury, WA, 44; a proud dad's posts.

School, footy and dance-concert posts; the P&C notice gives his work email. Every name, handle, number
and address is invented.
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

NAME = "Jason Pereira"
HOME = (-33.28190, 115.72060)    # a residential street in Australind WA (rounded)

ACTIVITYPUB = {
    "handle": "jase_pereira",
    "summary": "<p>Husband to Nat, dad to Isla, Noah &amp; Ava. South West WA. Dockers tragic. "
               "Proud to wear the uniform 🇦🇺</p>",
    "notes": [
        (401, "2026-02-02 08:05", "+08:00",
         "First day of Year 1 for Ava at Australind Primary! Isla (Year 5) walked her in like a pro 🥹🎒",
         {"images": [("first-day.jpg", "Two girls with school bags at a front door")]}),
        (402, "2026-02-15 17:40", "+08:00",
         "Noah's first goal for the Australind Cats under 9s. Kid's a natural, gets it from his mum 😂🏉", {}),
        (403, "2026-03-03 20:30", "+08:00",
         "Wharf's been flat out: the woodchip boat and a livestock carrier in on the same day and one of us "
         "rostered at Bunbury Port for both. Border Force on a shoestring 💪", {}),
        (404, "2026-03-20 19:15", "+08:00",
         "P&C notice: I've taken on treasurer this year 🙋 Questions about the uniform shop float to "
         "jason.pereira@abf.gov.au, I check it more than my own email lol", {}),
        (405, "2026-04-04 18:00", "+08:00",
         "Easter egg hunt in our front yard, the kids found 47 of 50. Nat is still looking for the other 3 🐣",
         {"images": [("egg-hunt.jpg", "Children with baskets on a front lawn")]}),
        (406, "2026-04-25 06:00", "+08:00",
         "Dawn service, Lest we forget.", {}),
        (407, "2026-05-09 16:20", "+08:00",
         "Happy birthday to Ava's godmother Tegan Marsh, aunty, babysitter and legend 🎂", {}),
        (408, "2026-05-21 20:00", "+08:00",
         "Big thanks to my 2IC Sam Whitford for swapping so I could make Isla's dance concert. Didn't cry. "
         "Much.", {}),
        (409, "2026-06-04 07:10", "+08:00",
         "School run then straight to the wharf. Drop-off 8:15, on at 8:45, 5 days a week, same every term.", {}),
        (410, "2026-06-27 21:00", "+08:00",
         "Watching Bluey with the kids for the 400th time. 'Border collie' jokes never get old apparently 🐶", {}),
    ],
}

PHOTOS = [
    Photo("first-day.jpg", *near(HOME, 4, 10), 9.0, "2026:02:02 07:58:31", "+08:00",
          "two girls at the front door, first day of school", (120, 160, 210)),
    Photo("egg-hunt.jpg", *near(HOME, -10, 6), 9.0, "2026:04:04 17:41:02", "+08:00",
          "Easter egg hunt on the front lawn", (110, 190, 90)),
]
