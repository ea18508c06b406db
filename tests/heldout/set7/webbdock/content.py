"""Luka Brajkovic (FICTIONAL): a Border Force vehicle examination officer at Webb Dock, Melbourne.

Lowercase venting with typos on a ute owners' forum, and a few Mastodon-style posts with a driveway
photo. Every name, handle and place point is invented; the home point is a rounded street point.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "personas"))
from build import Photo, near  # noqa: E402

NAME = "Luka Brajkovic"

HOME = (-37.84000, 144.84700)   # a residential street in Altona North VIC, rounded

FORUM = {
    "site": "Dual Cab Country",
    "user": "lukab_ranger",
    "path": "/forum/u/lukab_ranger/",
    "about": ["PX3 Ranger, 2in lift, too many recovery boards. West side."],
    "posts": [
        ("2201", "2026-02-09 21:40", "+11:00", "grey import utes - read this before u buy",
         ["ok so before anyone asks yes i work for border force, been at webb dock 4 yrs checking the imported cars "
          "off the car carriers. not giving legal advice just sayin.",
          "last carrier we found asbestos in the gaskets of 40 odd utes, whole lot on hold till the lab results come "
          "back. importers are going mental at us on the phone"]),
        ("2202", "2026-03-03 20:15", "+11:00", "rego question",
         ["does vicroads need the compliance plate sighted if its a private import from japan? asking for a mate"]),
        ("2203", "2026-03-26 22:50", "+11:00", "anyone else waiting on a korean import??",
         ["heads up we're doing a blitz on the next two carriers from korea the week after next, every vehicle gets "
          "pulled apart. so if ur waiting on one... good luck lol"]),
        ("2204", "2026-04-22 23:30", "+10:00", "work computers rant",
         ["ICS was down again tues so we couldnt release a single car all day. and the new vehicle tracking thing "
          "they bought off some vendor crashes if u open 2 tabs. my login expired last week and it took the helpdesk "
          "3 days, meanwhile im using Fiona's account lol dont tell anyone"]),
        ("2205", "2026-05-30 22:10", "+10:00", "bit off topic sorry",
         ["since the missus left in feb its just me and the dog in the unit in altona north. weekends are long. "
          "end up at the pokies at the pub most nights after work, not proud of it, down a fair bit"]),
        ("2206", "2026-07-08 21:05", "+10:00", "12 yrs and for what",
         ["12 yrs in and they give the acting 5 to a blow in from canberra who never opened a container in his life. "
          "the 2IC on our team Fiona is the only one up there who gets it. done bending over backwards for this mob, "
          "honestly if someone offered me a job tomoz id walk"]),
        ("2207", "2026-08-12 20:00", "+10:00", "roof rack recs?",
         ["after a platform rack for the ranger, rhino or front runner? budget 1500ish. or if ur selling one txt me 0491 570 118"]),
    ],
}

ACTIVITYPUB = {
    "handle": "lukab",
    "summary": "<p>Dad. Ranger. Altona pier on a Sunday. Go the Dogs.</p>",
    "notes": [
        (7201, "2026-03-15 10:30", "+11:00",
         "Sunday squidding off Altona pier with my mate Stipe Ragusa. He got three, I got a sunburn.", {}),
        (7202, "2026-04-12 09:40", "+10:00",
         "My boy Mateo kicked his first goal for the Altona City under 10s this morning. Nearly cried.", {}),
        (7203, "2026-06-09 07:50", "+10:00",
         "Same every week: 6am start mon-thu, out the door at 5:20, Westgate by 5:35 if the trucks behave. "
         "RDO every second Friday and I sleep till 9.", {}),
        (7204, "2026-07-19 16:10", "+10:00",
         "Cleaned the ute in the driveway. Only thing in my life that's shiny right now.",
         {"images": [("ute-driveway.jpg", "the ute in the driveway")]}),
        (7205, "2026-08-30 12:00", "+10:00",
         "Lunch at the old man's. Zoran still reckons his '89 Commodore is better than my Ranger. It isn't.", {}),
        (7206, "2026-09-14 19:30", "+10:00",
         "Watched the Dogs lose again. Standard.", {}),
    ],
}

PHOTOS = [
    Photo("ute-driveway.jpg", *near(HOME, 5, -6), 9.0, "2026:07:19 15:55:02", "+10:00",
          "the ute in the driveway", (70, 80, 90)),
]
