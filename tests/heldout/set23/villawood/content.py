"""Brodie Kanaris (FICTIONAL): Border Force detention officer at Villawood, lives in Casula.

All-lowercase run-on posts on a Mastodon-style account; one photo at home carries GPS.
Every name, handle and place point is invented; the home point is a rounded street point.
"""
import importlib.util
import sys
from pathlib import Path


def _photo_class():
    mod = sys.modules.get("_demo_make_photos")
    if mod is None:
        path = Path(__file__).resolve().parents[4] / "data" / "demo" / "make_photos.py"
        spec = importlib.util.spec_from_file_location("_demo_make_photos", path)
        mod = importlib.util.module_from_spec(spec)
        sys.modules["_demo_make_photos"] = mod
        spec.loader.exec_module(mod)
    return mod.Photo


Photo = _photo_class()
NAME = "Brodie Kanaris"
HOME = (-33.94870, 150.90410)

ACTIVITYPUB = {
    "handle": "brodzk",
    "display_name": "brodie k",
    "summary": "<p>casula raised. dogs footy and sleep when i can get it. dad to jax</p>",
    "fields": [("snap", "brodz.k99")],
    "notes": [
        (2301, "2026-02-03 07:10", "+11:00",
         "knocked off at 6 and the sun was already up and i sat in the car park at villawood for twenty minutes "
         "just staring at the fence cause thats what four nights in a row at the idc does to you and now i have "
         "to sleep til 2 and still pick jax up from school like a normal human lol", {}),
        (2302, "2026-02-14 22:40", "+11:00",
         "valentines day and im on nights again so happy valentines to my sup raj who brought in donuts at least, "
         "border force rosters dont care about love and neither does raj tbh", {}),
        (2303, "2026-03-01 09:15", "+11:00",
         "jax kicked two goals for the casula kookaburras under 9s this morning and i was so stoked i nearly cried "
         "in front of all the other dads and his mum didnt even come, shes in campbelltown with the new bloke now "
         "and i get him every second weekend and wednesdays and thats it", {}),
        (2304, "2026-03-19 04:05", "+11:00",
         "4 on 4 off nights 6p to 6a and the drone came over the back fence again at 2am and dropped a parcel in "
         "the yard with phones and what looked like ice wrapped in a sock and we only found it cause one of the "
         "detainees dobbed, third drone this month and nobody up top wants to hear it", {}),
        (2305, "2026-04-11 23:30", "+10:00",
         "dropped 600 on the pokies at the leagues tonight which was meant to be the child support money so "
         "thats great, ill chase it back friday probs, and dont tell me to ring the hotline i know the number", {}),
        (2306, "2026-05-06 03:20", "+10:00",
         "cameras on the north side have been down since sunday and the incident system wont save anything after "
         "midnight so we are writing it all on paper like its 1995 and someone types it in monday, so if anything "
         "kicks off up north tonight nobody will ever see it lol", {}),
        (2307, "2026-06-02 14:00", "+10:00",
         "new couch finally so the flat at casula feels a bit more like a home now and jax has already spilt milo "
         "on it within an hour",
         {"images": [("couch.jpg", "a grey couch in a small lounge room")]}),
        (2308, "2026-06-20 19:00", "+10:00",
         "twelve of them going to christmas island on the charter next tuesday first thing in the morning and "
         "we've been told to keep it quiet till they're on the bus so dont say i said anything", {}),
        (2309, "2026-07-04 12:00", "+10:00",
         "anyone else watching that border patrol show on 7 tonight cause the bloke at the airport with the "
         "suitcase is an absolute legend", {}),
        (2310, "2026-08-15 18:30", "+10:00",
         "cuz says hes got a border collie pup going if anyone round liverpool wants one, message me", {}),
    ],
}

PHOTOS = [
    Photo("couch.jpg", -33.94875, 150.90418, 38.0, "2026:06:02 13:52:10", "+10:00",
          "new couch in the lounge room, Tuesday afternoon", (110, 110, 120), "Samsung", "Galaxy S23"),
]
