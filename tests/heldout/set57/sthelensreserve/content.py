"""Ned Furlong (FICTIONAL), NEGATIVE CONTROL: Navy reservist back from a stint on an offshore patrol, lives in St Helens, Tasmania.

A fishing forum (inline posts) and two GPS photos at home. Maritime Border Command, a Border Force cutter and an
illegal fishing boat are Defence's and the patrol's business, not his employer. Every name and point is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo
NAME = "Ned Furlong"
HOME = (-41.3247, 148.2433)

FORUM = {
    "site": "Tassie Fishing Forum",
    "user": "nedf_sthelens",
    "path": "/forum/u/nedf_sthelens/",
    "inline": True,
    "about": ["St Helens. Flathead, bream, the odd tuna. Navy reserve when they call."],
    "posts": [
        ("901", "2026-02-08 19:00", "+11:00", "Back from six weeks up north",
         ["Home from my reserve stint on an offshore patrol boat out of Darwin. We worked alongside a Border Force cutter under Maritime Border Command for a fortnight and watched the fisheries officers board an illegal fishing boat with a hold full of trepang. Glad to be back on the bay."]),
        ("902", "2026-02-22 17:30", "+11:00", "Sunday ramp crew",
         ["Every Sunday 5am at the Georges Bay ramp with Boof (Dean Boffa), back by lunch if the flathead cooperate. Anyone else out there early, give us a wave."]),
        ("903", "2026-03-15 20:10", "+11:00", "Reel for sale",
         ["Selling a Penn spin reel, barely used. Email ned.furlong@fishmail.example if keen, pickup in St Helens."]),
        ("904", "2026-04-12 18:00", "+10:00", "Shed project",
         ["Finally cleaned out the shed at home. My partner Kirsty wants the boat out of the driveway by Christmas or it's going on the tip.", '<img src="{{BASE}}/media/shed-sthelens.jpg" alt="the shed">']),
        ("905", "2026-05-03 16:45", "+10:00", "Cleaning the catch",
         ["Fillet table in the backyard getting a workout tonight. The border collie next door supervised.", '<img src="{{BASE}}/media/fillet-sthelens.jpg" alt="fillet table">']),
    ],
}

PHOTOS = [
    Photo("shed-sthelens.jpg", HOME[0] + 0.0001, HOME[1] + 0.0001, 12.0, "2026:04:12 17:40:00", "+10:00",
          "the shed and the boat on the driveway", (110, 110, 120)),
    Photo("fillet-sthelens.jpg", HOME[0] - 0.0001, HOME[1] - 0.0001, 12.0, "2026:05:03 16:30:00", "+10:00",
          "fillet table in the backyard", (90, 130, 160)),
]
