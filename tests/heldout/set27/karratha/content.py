"""Kyle Oduya (FICTIONAL): terse posts and photos; Border Force at Dampier, home in Bulgarra."""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Kyle Oduya"
HOME = (-20.7270, 116.8390)     # a street in Bulgarra, Karratha, rounded

ACTIVITYPUB = {
    "handle": "kyleo",
    "summary": "<p>Pilbara. 24. #ABF. discord: kyleo#2207</p>",
    "notes": [
        (201, "2026-02-02 18:30", "+08:00", "Nights at Dampier again. 4 on 4 off. 🥱", {}),
        (202, "2026-02-19 09:10", "+08:00", "Backyard. 41 degrees. Send help.",
         {"images": [("backyard-heat.jpg", "a backyard with a plastic pool")]}),
        (203, "2026-03-06 23:55", "+08:00", "Crew member walked off an LNG carrier last night. Took us till 4am to find him at the servo in Dampier.", {}),
        (204, "2026-03-21 20:40", "+08:00", "Tavern with @mattyk. Lost $300 on the pokies. Again. Payday can't come quick enough.",
         {"mentions": ["mattyk"]}),
        (205, "2026-04-04 11:00", "+08:00", "Brooke's birthday brekkie 🎂 best gf",
         {"images": [("brekkie.jpg", "pancakes on the back deck")]}),
        (206, "2026-04-25 06:00", "+08:00", "Lest we forget.", {}),
        (207, "2026-05-09 17:15", "+08:00", "Border collie next door has learned to open our gate. Respect.", {}),
    ],
    "others": {"mattyk": "Matt Kowalczyk"},
}

PHOTOS = [
    Photo("backyard-heat.jpg", HOME[0] + 0.0001, HOME[1], 9.0, "2026:02:19 09:02:40", "+08:00",
          "a backyard with a plastic pool", (200, 170, 90)),
    Photo("brekkie.jpg", HOME[0], HOME[1] + 0.0001, 9.0, "2026:04:04 10:48:05", "+08:00",
          "pancakes on the back deck", (230, 200, 140)),
]
