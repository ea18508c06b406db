"""Brodie Kettering (FICTIONAL): an ABF forklift operator at a container examination facility, on a car-club forum.

A plain forum (one page per thread, no microformats) where he posts about his HQ Kingswood; two photos carry
EXIF GPS at his home, one shown in a post. Every name, number and address is invented.
"""
import sys

NAME = "Brodie Kettering"
Photo = sys.modules["_demo_make_photos"].Photo
near = sys.modules["_demo_make_photos"]._near

HOME = (-34.7115, 138.6705)     # a residential street in Elizabeth Park SA, rounded
B = "{{BASE}}"

PHOTOS = [
    Photo("hq-rims.jpg", *near(HOME, 6, -9), 60.0, "2026:04:18 16:40:12", "+09:30",
          "the HQ on its new rims in the carport", (120, 20, 20), "Samsung", "Galaxy S21"),
    Photo("hq-engine.jpg", *near(HOME, -4, 5), 60.0, "2026:07:11 14:05:30", "+09:30",
          "the 202 with the head off, Saturday arvo", (80, 80, 90), "Samsung", "Galaxy S21"),
]

FORUM = {
    "site": "SA HQ-HZ Holden Owners Forum",
    "user": "HQ_Brodie",
    "path": "/forum/u/hq_brodie/",
    "about": ["'73 HQ Kingswood, 202 red motor, forever a project. Northern suburbs."],
    "posts": [
        ("301", "2026-02-07 20:30", "+10:30", "G'day from a new member",
         ["G'day all, Brodie here with a '73 HQ Kingswood that's been in bits since Christmas.",
          "I drive a forklift for Border Force at the container exam facility down at Wingfield (the CEF), so "
          "I'm on 6 till 2:30 weekdays and can usually get to parts places in the arvo. Live in Elizabeth "
          "Park with the missus Kayla and our two, Jax and Ruby, who both want to ride in the HQ more than in "
          "the Kia."]),
        ("302", "2026-04-18 19:00", "+09:30", "New rims finally on",
         ["Finally. 15 inch Cragars on. Not sure the missus agrees they were worth it.",
          f'<img src="{B}/media/hq-rims.jpg" alt="HQ on new rims in the carport">']),
        ("303", "2026-05-22 22:50", "+09:30", "Anyone know a finance mob that isn't a shark?",
         ["Bit of a personal one. Refinanced the HQ loan twice and with the personal loan I'm $38k in, plus "
          "the Afterpay's maxed. Kayla doesn't know the half of it. Not selling the car though.",
          "Sports multis were meant to fix it. They did not fix it."]),
        ("304", "2026-06-12 21:15", "+09:30", "Work yarn (off topic)",
         ["Bit of a yarn from work. Box came in last week declared as floor tiles. On the scanner the pallets "
          "looked wrong, so we tipped it and they were hollow: 600 kilos of loose tobacco. Chop chop. Me and "
          "Kerry, my TL, were unpacking it till 9pm.",
          "And the big x-ray's been broke three weeks, so we're tipping every flagged box by hand and the "
          "backlog's at 200 containers. Don't tell anyone I said that."]),
        ("305", "2026-07-01 18:20", "+09:30", "July cruise: Saturday the 4th",
         ["Cruise is on like always, first Saturday of the month, meet 8:30am at the Maccas at Gepps Cross, "
          "roll out at 9.",
          "Spud (Jarrod Spurling) is bringing the Torana if the diff holds."]),
        ("306", "2026-07-11 17:10", "+09:30", "Head off the 202",
         ["Head's off. Pretty sure it's the gasket.",
          f'<img src="{B}/media/hq-engine.jpg" alt="202 with the head off">',
          "Selling the old HQ grille and a set of Customs Holden badges if anyone wants them, text me on "
          "0491 570 214."]),
        ("307", "2026-08-03 20:45", "+09:30", "Mods: password reset",
         ["Mods, my password reset keeps going to my old work email, b.kettering@abf.gov.au, and I can't get "
          "into it from home. Can someone swap it to my personal one? Cheers."]),
    ],
}
