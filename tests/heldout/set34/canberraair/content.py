"""Jordan Keys (FICTIONAL): 28-year-old Border Force officer on the international arrivals line at Canberra Airport.

Very terse, lowercase Mastodon-style posts; two photos from his balcony in Ngunnawal carry GPS.
Every name, handle and address is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Jordan Keys"

HOME = (-35.17205, 149.11120)

ACTIVITYPUB = {
    "handle": "jkeys",
    "display_name": "jk",
    "summary": "<p>cbr. coffee. sleep.</p>",
    "fields": [("snap", "jkeys_cbr")],
    "others": {"tkhoury": "Tom Khoury"},
    "notes": [
        (34601, "2026-02-02 19:10", "+11:00", "4 yrs border force today. still no pay rise.", {}),
        (34602, "2026-02-09 12:20", "+11:00", "cbr airport carpark. $19. for WORKING there.", {}),
        (34603, "2026-02-16 10:05", "+11:00", "qatar in 1340. me + one other on primary. 300 pax. cool cool.", {}),
        (34604, "2026-02-23 21:40", "+11:00", "m-f 11 till 7. gym dickson 730. bed. repeat.", {}),
        (34605, "2026-03-03 22:15", "+11:00",
         "passport readers on the gates rebooting every 20 min since the update. we just wave them to the manual desk. nobody knows why.", {}),
        (34606, "2026-03-08 23:30", "+11:00", "multis. -$800. again. why am i like this", {}),
        (34607, "2026-03-14 18:45", "+11:00", "balcony. ngunnawal sunset. not bad.",
         {"images": [("balcony-sunset.jpg", "sunset from the balcony")]}),
        (34608, "2026-03-21 17:30", "+11:00", "happy bday mum. love you Deb. (she reads these, hi mum)", {}),
        (34609, "2026-03-28 20:10", "+11:00", "trivia w/ @tkhoury. came 9th. of 9.", {"mentions": ["tkhoury"]}),
        (34610, "2026-04-11 09:00", "+10:00", "balcony coffee. day off. no pax.",
         {"images": [("balcony-coffee.jpg", "coffee on the balcony")]}),
        (34611, "2026-04-18 20:20", "+10:00", "border security marathon on 7mate. busman's holiday.", {}),
    ],
}

PHOTOS = [
    Photo("balcony-sunset.jpg", HOME[0], HOME[1], 610.0, "2026:03:14 19:32:08", "+11:00",
          "sunset from the balcony, Saturday", (230, 120, 60)),
    Photo("balcony-coffee.jpg", HOME[0] + 0.00004, HOME[1] - 0.00005, 610.0, "2026:04:11 08:51:40", "+10:00",
          "coffee on the balcony, Saturday morning", (120, 80, 50)),
]
