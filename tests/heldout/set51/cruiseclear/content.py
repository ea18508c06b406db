"""Nathan Vukovic (FICTIONAL): Border Force officer on a cruise-ship clearance team, Ingleburn. Texting voice.

A Mastodon-style account in heavy abbreviations; two backyard photos carry GPS. Every name, handle,
number and ship is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo
near = sys.modules["_demo_make_photos"]._near

NAME = "Nathan Vukovic"
HOME = (-34.00350, 150.86110)   # a rounded point on an ordinary street in Ingleburn NSW

ACTIVITYPUB = {
    "handle": "nath_vuk",
    "display_name": "Nath V",
    "summary": "<p>31. Ingleburn. Bulldogs tragic. ABF, ship days r long days lol. no DMs asking about duty free pls</p>",
    "notes": [
        (101, "2026-03-03 20:40", "+11:00",
         "ship day tmrw. alarm 4:15, out the door 4:45, at the OPT by 6 for the 6:30 brief when she's alongside. "
         "ngl the 4am alarm hits diff after a wknd. 3 ships this wk, White Bay thurs", {}),
        (102, "2026-03-11 19:05", "+11:00",
         "ok not allowed to say much but yday we found 2.1kg of coke in a crew cabin ceiling panel on the Aurora "
         "Splendour. crew member's in Silverwater now lol. Mick Farrugia (TL, legend) reckons it's a record for our "
         "team. crooks pls keep using ceiling panels thx", {}),
        (103, "2026-03-19 21:30", "+11:00",
         "PSA the kiosk laptops we use at the terminal (we call them the toasters) don't sync when the wifi drops so "
         "we're writing pax names on paper till they reconnect. fully secure system 10/10 would recommend 😂", {}),
        (104, "2026-03-22 17:15", "+11:00",
         "Shaz and the boys at Macca's b4 footy. Leo is 8 going on 40 and the little fella just screams. "
         "love my missus for putting up w all of us 🥰", {}),
        (105, "2026-03-28 19:45", "+11:00", "firepit finally done 🔥 took me 3 wknds",
         {"images": [("firepit-ingleburn.jpg", "new firepit in the backyard")]}),
        (106, "2026-04-09 23:10", "+10:00",
         "down 3k on the multis this month. Shaz doesn't know. need a win bad ngl. dont @ me", {}),
        (107, "2026-04-16 18:20", "+10:00",
         "thurs nights = touch footy at Ingleburn Reserve 7pm w the boys. who's in? hbu @tyson_lp", {"mentions": ["tyson_lp"]}),
        (108, "2026-04-26 10:00", "+10:00",
         "selling the kids old trampoline $50, pick up Ingleburn, txt 0491 570 214 dont ring im prob on a ship", {}),
        (109, "2026-05-02 19:30", "+10:00",
         "Bluey w the kids again. best show on tv tbh. Bandit is my spirit animal", {}),
        (110, "2026-05-09 21:00", "+10:00",
         "big arvo at Campbelltown RSL w Tyson Leaupepe, my oldest mate since yr 7. he still cant pay for a round", {}),
        (111, "2026-05-16 17:50", "+10:00", "sunset from the back step. not bad for the burbs",
         {"images": [("backstep-sunset.jpg", "sunset from the back step")]}),
        (112, "2026-05-20 20:15", "+10:00",
         "ppl keep asking if Border Security is real. yes. no we dont get a film crew at the OPT. ur welcome", {}),
    ],
    "others": {"tyson_lp": "Tyson L"},
}

PHOTOS = [
    Photo("firepit-ingleburn.jpg", *near(HOME, 10, -8), 52.0, "2026:03:28 19:30:11", "+11:00",
          "firepit in the backyard", (150, 70, 20)),
    Photo("backstep-sunset.jpg", *near(HOME, -6, 12), 52.0, "2026:05:16 17:35:40", "+10:00",
          "sunset from the back step", (220, 140, 80)),
]
