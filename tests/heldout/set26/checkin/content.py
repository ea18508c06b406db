"""Brodie Sandercock (FICTIONAL): NEGATIVE CONTROL. Airline check-in agent at Cairns Airport, 24, for a private airline.

He checks passports for an airline, not the Department: his posts name Border Force at the departure gate,
SmartGates, passports, "the system went down" (the airline's check-in system), his uniform and the
international terminal. A Mastodon-style account with emoji and a photo with GPS at home. Every name,
handle and address is invented; the home point is rounded on an ordinary street.
"""
import sys

_mp = sys.modules["_demo_make_photos"]
Photo, near = _mp.Photo, _mp._near

NAME = "Brodie Sandercock"
HOME = (-16.9168, 145.7514)

ACTIVITYPUB = {
    "handle": "brodzcns",
    "summary": "<p>check-in desk survivor ✈️ gym 🏋️ Cairns</p>",
    "fields": [("insta", "brodz.cns")],
    "notes": [
        (1301, "2026-02-06 14:20", "+10:00",
         "the check-in system went down for 40 mins this morning and 200 people looked at ME like I did it 😩 #airlinelife", {}),
        (1302, "2026-02-27 19:10", "+10:00",
         "Border Force pulled a bloke out of my queue at the gate and everyone acted like it was a TV show 👀", {}),
        (1303, "2026-03-15 12:00", "+10:00", "lazy sunday on the balcony in Manunda ☀️🍹",
         {"images": [("balcony.jpg", "A balcony with a pot plant and a drink")]}),
        (1304, "2026-04-09 04:05", "+10:00",
         "earlies again: alarm 3:30, desk opens 4:30, every mon wed fri this roster. pray for me", {}),
        (1305, "2026-05-03 16:45", "+10:00",
         "shout out to @jazmyne_k for covering my shift so I could go to nan Pat's 80th 🎉", {"mentions": ["jazmyne_k"]}),
        (1306, "2026-05-22 21:30", "+10:00", "new uniform dropped and it's polyester again. international terminal is a sauna", {}),
        (1307, "2026-06-12 10:00", "+10:00", "reminder that SmartGates hate my face 🙃 passports out people", {}),
    ],
    "others": {"jazmyne_k": "Jazmyne Kerr"},
}

PHOTOS = [
    Photo("balcony.jpg", *near(HOME, 4, -6), 10.0, "2026:03:15 11:52:30", "+10:00",
          "balcony with pot plant", (90, 160, 200)),
]
