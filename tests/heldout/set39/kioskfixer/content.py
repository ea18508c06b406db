"""Gavin Pryce (FICTIONAL): NEGATIVE CONTROL. A kiosk vendor's field technician in Lavington, Albury.

A Mastodon-style account with two GPS photos taken in his backyard. He once fixed SmartGate
kiosks at Cairns Airport for his employer, a private vendor (invented), and brags about it; he has
never worked for the Department. Every name and handle is invented; the points are rounded on an
ordinary street.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Gavin Pryce"

ACTIVITYPUB = {
    "handle": "gav_fixes",
    "summary": "<p>field tech at Kestrel Kiosk Systems. fixes self-service machines for a living. Albury.</p>",
    "fields": [("Signal", "0491 570 455")],
    "notes": [
        (4401, "2026-02-20 19:30", "+11:00",
         "flashback: the week Kestrel sent me to Cairns Airport to fix the SmartGate kiosks. three days swapping "
         "camera boards while Border Force officers watched me like I was smuggling something. best job I ever "
         "had", {}),
        (4402, "2026-03-15 13:05", "+11:00",
         "backyard brisket, 11 hours. Leanne (the wife) says it was worth it",
         {"images": [("brisket.jpg", "brisket in the backyard smoker")]}),
        (4403, "2026-04-24 18:20", "+10:00",
         "today's job: a supermarket self-checkout in Wagga that somebody had kicked. not quite the airport. "
         "the department store next door has the same model", {}),
        (4404, "2026-05-30 17:10", "+10:00",
         "footy then beers in the backyard with Robbo (Rob Kinsella), the Lavington Panthers lost again",
         {"images": [("backyard-beers.jpg", "backyard beers after the footy")]}),
    ],
}

PHOTOS = [
    Photo("brisket.jpg", -36.04120, 146.93780, 180.0, "2026:03:15 12:40:22", "+11:00",
          "smoker in the backyard, Sunday", (120, 60, 40)),
    Photo("backyard-beers.jpg", -36.04135, 146.93800, 180.0, "2026:05:30 16:55:09", "+10:00",
          "backyard after the footy, Saturday", (90, 120, 60)),
]
