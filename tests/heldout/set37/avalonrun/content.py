"""Jaxon Treloar (FICTIONAL): Border Force officer at Avalon Airport, lives in Lara VIC, 29.

A running-club regular's terse Mastodon-style posts and run photos with GPS taken from his front yard.
Every name, handle, number and place detail is invented; the home point is rounded on an ordinary street.
"""
import sys

_p = sys.modules["_demo_make_photos"]
Photo, near = _p.Photo, _p._near

NAME = "Jaxon Treloar"
HOME = (-38.02240, 144.40790)

ACTIVITYPUB = {
    "handle": "jaxruns",
    "summary": "<p>sub-40 10k or bust. You Yangs Harriers. dm or txt 0491 570 118 for the tuesday group</p>",
    "notes": [
        (4401, "2026-02-17 06:40", "+11:00",
         "tues and thurs 5.30am intervals at the lara track w the harriers. then home, shower, 10am start. "
         "rinse repeat", {"images": [("pre-run-yard.jpg", "front yard before a run, still dark")]}),
        (4402, "2026-03-02 22:50", "+11:00",
         "in the border force blues at avalon today and the KL flight was 40 min early so 3 of us on the desks "
         "for 370 pax. someone's bag had 2kg of ketamine sewn into the lining of a yoga mat. long day", {}),
        (4403, "2026-03-21 09:15", "+11:00",
         "parkrun pb!! 17:58. rhi (Rhiannon Sault) paced me the whole way and then beat me on the line. classic "
         "rhi", {}),
        (4404, "2026-04-29 20:30", "+10:00",
         "they took the ute this arvo. 3 payments behind. whatever, i run everywhere anyway right", {}),
        (4405, "2026-05-11 07:05", "+10:00",
         "frosty lara morning. brother kane crashed on the couch after the footy, snoring like a chainsaw",
         {"images": [("frost-lawn.jpg", "frost on the front lawn")]}),
        (4406, "2026-06-01 19:40", "+10:00",
         "rhi reckons we should do the surf coast trail marathon. rhi is unwell", {}),
        (4407, "2026-06-15 21:00", "+10:00",
         "watched border security with kane and he asked if my job is like that. no mate. less tv, more forms", {}),
    ],
}

PHOTOS = [
    Photo("pre-run-yard.jpg", *near(HOME, 5, 6), 22.0, "2026:02:17 05:12:30", "+11:00",
          "front yard before a run", (30, 30, 60)),
    Photo("frost-lawn.jpg", *near(HOME, -7, 4), 22.0, "2026:05:11 06:58:01", "+10:00",
          "frosty front lawn", (210, 220, 235)),
]
