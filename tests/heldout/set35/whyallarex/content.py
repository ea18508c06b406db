"""Brodie Kappler (FICTIONAL): 29, Border Force officer at the Whyalla wharf, South Australia.

A car club's forum (inline posts with permalinks), full of abbreviations, one post carrying a driveway
photo with GPS. Every name, handle, number and point is invented; the point is rounded to a street.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Brodie Kappler"

HOME = (-33.0290, 137.5380)

FORUM = {
    "site": "SA Rex Owners",
    "user": "brodz_wrx",
    "path": "/forum/u/brodz_wrx/",
    "inline": True,
    "about": ["'19 WRX, Whyalla. Stage 1, saving for the rest (lol). Dog is a border collie x, dont ask."],
    "posts": [
        ("301", "2026-02-05 20:40", "+10:30", "Whyalla meet - Thurs nights?",
         ["anyone keen 4 a Thurs nite cruise meet? 7:30 @ the foreshore carpark, every wk. me + the missus Shay will "
          "b there most wks"]),
        ("302", "2026-02-22 18:10", "+10:30", "FS: OEM 18s",
         ["FS OEM 18s, gd cond, $650 ono. txt 0491 570 213 - its my work mobile so no calls during shift pls, txt only"]),
        ("303", "2026-03-10 21:05", "+10:30", "Re: what do u all do for work",
         ["im BF at the port here, border force. basically i clear every ship that comes into Whyalla wharf + do "
          "Pirie when they need. its mostly paperwork tbh"]),
        ("304", "2026-03-29 19:50", "+10:30", "Re: worst wk at work",
         ["had a ship in from Newcastle w 2 crew w no visas, held em on board til the agent sorted flights, 3 days of "
          "my life. also the work laptops cant get on the VPN out here so i do crew lists on paper n scan em at the "
          "library lmao"]),
        ("305", "2026-04-18 22:30", "+09:30", "Re: finance on the rex",
         ["repayments r killing me ngl. $780 a fortnight on the car + the personal loan for the tune. Shay doesnt "
          "know about the PL so dont tell her 😂"]),
        ("306", "2026-05-04 16:20", "+09:30", "pics: new exhaust",
         ["dropped the new cat back on in the driveway at home (Whyalla Norrie). sounds mean 🔥",
          '<img src="{{BASE}}/media/wrx-driveway.jpg" alt="blue WRX in a driveway">']),
        ("307", "2026-05-20 20:00", "+09:30", "Re: dyno day",
         ["my mate Jonno (Jon Petrakis) got 210kw at the wheels on his, i got 190 lol. Jonno wins again"]),
    ],
}

PHOTOS = [
    Photo("wrx-driveway.jpg", HOME[0] + 0.00005, HOME[1] - 0.00006, 20.0, "2026:05:04 15:58:12", "+09:30",
          "the WRX in the driveway at home, Monday afternoon", (30, 60, 160)),
]
