"""Kiara Dunstan (FICTIONAL): a 20-year-old Border Force trainee at Port Hedland, all emoji.

A Mastodon-style account with photos; two photos carry GPS at her South Hedland unit. Every name, handle,
number and address is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo
NAME = "Kiara Dunstan"
HOME = (-20.40580, 118.60120)

ACTIVITYPUB = {
    "handle": "kiki_d",
    "display_name": "kiki 🌺",
    "summary": "<p>20 | bunbury girl in the pilbara 🌴 | snap: kiki.dun02 ✨</p>",
    "notes": [
        (9001, "2026-02-16 19:05", "+08:00",
         "graduated!!! 🎓 officially an ABF officer 🇦🇺 #BorderForce #proud", {}),
        (9002, "2026-02-28 21:30", "+08:00",
         "first week at the port in hedland done 🚢 shoutout to my buddy officer Tom Nguyen for not laughing when i "
         "tripped on the gangway 😭", {}),
        (9003, "2026-03-12 20:10", "+08:00",
         "new room in South Hedland 🏠 finally unpacked", {"images": [("unit-sunset.jpg", "sunset from the balcony")]}),
        (9004, "2026-04-02 22:40", "+08:00",
         "boarded a bulk carrier today, crew of 22 and two of them had dodgy seaman's books 👀 paperwork till 9pm",
         {}),
        (9005, "2026-04-19 11:15", "+08:00",
         "still no login for the passenger system so im using my supervisor's 🙃 IT says 3 more weeks lol", {}),
        (9006, "2026-05-03 15:00", "+08:00",
         "miss mum (Donna) and my little bro Jayden sooo much 🥺 bunbury in july!!", {}),
        (9007, "2026-05-24 18:20", "+08:00",
         "housemate Ellie Brandt made nachos and i nearly cried 🌮 best housemate ever", {}),
        (9008, "2026-06-14 21:00", "+08:00",
         "afterpay said no 💀 guess im not getting the shoes", {}),
        (9009, "2026-06-29 19:45", "+08:00", "movie night 🍿",
         {"images": [("movie-night.jpg", "couch and blankets")]}),
        (9010, "2026-07-08 17:00", "+08:00", "watching Airport 24/7 and yelling at the tv 😂", {}),
    ],
}

PHOTOS = [
    Photo("unit-sunset.jpg", HOME[0] + 0.00003, HOME[1] + 0.00005, 8.0, "2026:03:12 18:32:00", "+08:00",
          "sunset from the balcony", (230, 120, 60)),
    Photo("movie-night.jpg", HOME[0] - 0.00002, HOME[1] + 0.00001, 8.0, "2026:06:29 19:40:00", "+08:00",
          "couch and blankets", (80, 40, 90)),
]
