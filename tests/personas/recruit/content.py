"""Tayla Brooks (FICTIONAL): a new Australian Border Force recruit at Melbourne Airport who over-shares.

Mastodon-style account, a plain careers-forum profile and phone photos with
EXIF GPS. Names, handles, numbers and places of residence are invented;
phone numbers come from the range reserved for fiction (0491 570 xxx).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from build import Photo, near  # noqa: E402

NAME = "Tayla Brooks"
HOME = (-37.70410, 144.96720)            # a residential street in Glenroy VIC
MEL_T2 = (-37.66960, 144.84280)          # Melbourne Airport, international terminal
CANBERRA_PARADE = (-35.29860, 149.10240)  # a parade ground in Canberra

ACTIVITYPUB = {
    "handle": "taylab",
    "summary": "<p>ABF officer at MEL 🛂 | parkrun addict | Glenroy | she/her</p>",
    "fields": [("Snapchat", "taylab.98"), ("Pronouns", "she/her")],
    "notes": [
        (2001, "2026-02-09 18:30", "+11:00",
         "Officially a graduate of the ABF College! Passing out parade today, Mum and my brother Liam flew down "
         "from Brisbane. Proud to be a Border Force officer #BorderForce #ABFofficer",
         {"images": [("parade.jpg", "Recruits in uniform on a parade ground")]}),
        (2002, "2026-02-16 07:10", "+11:00",
         "First week on the floor at Melbourne Airport done! Earlies this week, 0530 to 1400, which means my 4:45 "
         "bus from Broadmeadows every morning. Worth it.", {}),
        (2003, "2026-02-22 20:15", "+11:00",
         "Shout out to my academy colleagues Josh Pham and Renee Clarke who got posted to Sydney. Miss you guys "
         "already! #BorderForce", {}),
        (2004, "2026-03-01 14:00", "+11:00",
         "We found 3 kg of ice in the lining of a suitcase off the Kuala Lumpur flight today. My first seizure!! "
         "Can't say more.", {}),
        (2005, "2026-03-07 11:20", "+11:00",
         "Parkrun every Saturday 8am at Jacana Reserve if anyone wants to join, I'm the one in the pink cap.", {}),
        (2006, "2026-03-12 22:40", "+11:00",
         "Finally moved into my own place in Glenroy! Two bedrooms and one very loud neighbour.",
         {"images": [("glenroy-lounge.jpg", "A lounge room full of moving boxes")]}),
        (2007, "2026-03-20 19:00", "+11:00",
         "Car loan repayment, rent AND a parking fine in the same week. I'm basically broke until payday and "
         "money is tight.", {}),
        (2008, "2026-03-28 21:30", "+11:00",
         "Lost $300 on the multis again tonight. One more bet and I'm done, promise.", {}),
        (2009, "2026-04-10 13:00", "+11:00",
         "The SmartGate kiosks were down for 3 hours on my shift this morning and the queue went all the way back "
         "to duty free. Our backup process at work is honestly a joke.", {}),
        (2010, "2026-04-18 09:00", "+10:00",
         "New uniform photo for Mum. #BorderForce",
         {"images": [("t2-uniform.jpg", "Selfie in a navy uniform in an airport hall")],
          "location": ("Melbourne Airport T2", -37.6696, 144.8428)}),
        (2011, "2026-05-02 20:00", "+10:00",
         "Add me on Snapchat: taylab.98 or text 0491 570 221, always keen for a chat.", {}),
        (2012, "2026-05-15 18:00", "+10:00",
         "Watching Border Security with a glass of wine. Some of those people on the show are unreal.", {}),
        (2013, "2026-05-30 17:30", "+10:00",
         "My brother Liam reckons I should apply for the detector dog unit. I'd love that.", {}),
    ],
}

FORUM = {
    "site": "AusCareers Forum",
    "user": "tayla_b",
    "path": "/forum/u/tayla_b/",
    "about": ["Member since 2025. Melbourne."],
    "posts": [
        ("501", "2026-01-20 20:00", "+11:00", "Recruit pay - what to expect?",
         ["I'm in the Australian Border Force recruit program at the moment: APS3 during training, then APS4 once "
          "you're posted. Happy to answer questions.",
          "My staff ID is TB40918 so I guess it's real now haha."]),
        ("502", "2026-02-25 19:30", "+11:00", "Posting advice",
         ["Got posted to Melbourne Airport after the academy. Rostered on 8 hour shifts, rotating earlies and lates. "
          "Anyone know decent share houses near Glenroy?"]),
        ("503", "2026-04-22 21:00", "+10:00", "Does anyone else feel ignored?",
         ["Three months in and I've already been passed over for the training course I was promised. Management "
          "doesn't care about recruits at all."]),
    ],
}

PHOTOS = [
    Photo("parade.jpg", *near(CANBERRA_PARADE, 0, 0), 580.0, "2026:02:09 11:05:00", "+11:00",
          "passing out parade, Monday morning", (30, 40, 90)),
    Photo("glenroy-lounge.jpg", *near(HOME, 5, -8), 120.0, "2026:03:12 22:31:10", "+11:00",
          "the new lounge room, Thursday night", (150, 120, 90)),
    Photo("t2-uniform.jpg", *near(MEL_T2, 10, 0), 130.0, "2026:04:18 08:52:00", "+10:00",
          "uniform selfie at the airport, Saturday morning", (20, 40, 90)),
]
