"""Nikos Raftopoulos (FICTIONAL): 26-year-old Border Force officer on container examinations, Melbourne.

Short group-chat style posts with hashtags on a Mastodon-style account, one photo with GPS at home.
Every name, handle and address is invented; the home point is rounded on a public street.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Nikos Raftopoulos"
HOME = (-37.81520, 144.88930)

ACTIVITYPUB = {
    "handle": "nikraf",
    "display_name": "Nik R",
    "summary": "<p>westie. souvlaki critic. dogs > people</p>",
    "others": {"brodiec": "Brodie"},
    "notes": [
        (1301, "2026-02-11 18:40", "+11:00",
         "2 yrs in the blue today 💙 container exams at swanson dock never gets old #borderforce", {}),
        (1302, "2026-02-25 05:20", "+11:00", "earlies again. 0530 start at the wharf gate, park on the grass by the truck queue lol", {}),
        (1303, "2026-03-13 21:00", "+11:00",
         "farewell drinks for Shaz (Sharon Dimitriou) from our exam team, off to Sydney 😭 who's gonna do the crosswords now", {}),
        (1304, "2026-04-04 15:10", "+11:00",
         "best man duties done for @brodiec (Brodie Castellano) 🥂 speech went ok, nobody cried except me",
         {"mentions": ["brodiec"]}),
        (1305, "2026-04-26 11:30", "+10:00",
         "sunday footy at the yarraville club down the road then souva. perfect day",
         {"images": [("frontyard.jpg", "muddy boots on the front step after footy")]}),
        (1306, "2026-05-15 19:45", "+10:00", "yiayia Eleni turns 90 next week 🎂 the whole of oakleigh is invited apparently", {}),
        (1307, "2026-06-09 20:20", "+10:00", "watched a doco about the port's history, the old customs house looked grim", {}),
        (1308, "2026-07-03 08:00", "+10:00", "dog walk. fog. coffee.", {}),
    ],
}

PHOTOS = [
    Photo("frontyard.jpg", HOME[0] + 0.00004, HOME[1] + 0.00006, 15.0, "2026:04:26 11:12:09", "+10:00",
          "boots on the front step", (90, 120, 70), "Apple", "iPhone 13"),
]
