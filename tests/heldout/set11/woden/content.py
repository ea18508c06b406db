"""Hamish Yeo (FICTIONAL): 31-year-old APS6 policy officer, Home Affairs, Canberra.

Terse one-liners on a Mastodon-style account whose profile field is his official email; one photo with
GPS at a public mountain-bike park. Every name, handle and address is invented; the official address is
an invented mailbox.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Hamish Yeo"

ACTIVITYPUB = {
    "handle": "hyeo",
    "display_name": "Hamish",
    "summary": "<p>APS6. Policy. Home Affairs. Canberra. Bikes.</p>",
    "fields": [("work", "hamish.yeo@homeaffairs.gov.au"), ("rides", "Stromlo, mostly")],
    "others": {"jono_rides": "Jono"},
    "notes": [
        (9101, "2026-02-04 18:05", "+11:00", "Cabinet sub. Third rewrite. Friday.", {}),
        (9102, "2026-02-12 21:30", "+11:00",
         "Character test review to the Minister Thursday. We're recommending they tighten it. Again.", {}),
        (9103, "2026-02-26 12:40", "+11:00",
         "Restructure leaked at stand-up. Our branch folds into border policy in Feb. Forty positions gone. Not announced.", {}),
        (9104, "2026-03-10 16:15", "+11:00", "PDMS down. Again. Can't lodge briefs. New laptops: no USB.", {}),
        (9105, "2026-03-24 08:20", "+11:00", "Chan St lifts out. Six flights. Fine.", {}),
        (9106, "2026-04-14 07:05", "+10:00",
         "Ride in from Kambah 7.10, Tuggeranong Parkway path, every day. Parkrun Tuggeranong Sat 8.", {}),
        (9107, "2026-04-29 19:50", "+10:00", "Power out on our street in Kambah. Candles. Cold.", {}),
        (9108, "2026-05-16 14:30", "+10:00", "Stromlo loop with @jono_rides (Jono Pratt). Mud.",
         {"mentions": ["jono_rides"], "images": [("stromlo.jpg", "muddy bike at the Stromlo trailhead")]}),
        (9109, "2026-06-03 23:50", "+10:00", "Four hours' sleep. Xanax from a mate. Estimates week.", {}),
        (9110, "2026-06-18 17:40", "+10:00", "My EL1 Fiona Gatt: 'one more pass'. Eighth pass.", {}),
        (9111, "2026-07-05 10:00", "+10:00", "Lou (my partner) says I talk in dot points now.", {}),
        (9112, "2026-07-22 20:10", "+10:00", "Rewatched Utopia. Still a documentary.", {}),
        (9113, "2026-08-09 09:00", "+10:00", "Frost.", {}),
    ],
}

PHOTOS = [
    Photo("stromlo.jpg", -35.31720, 149.01310, 600.0, "2026:05:16 13:02:44", "+10:00",
          "bike at the Stromlo Forest Park trailhead", (110, 90, 60), "Google", "Pixel 8"),
]
