"""Gwen Harcourt (FICTIONAL): Border Force officer at Launceston Airport, Legana; a few garden posts.

One photo carries GPS at home. Every name is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Gwen Harcourt"

HOME = (-41.3692, 147.0461)   # a street in Legana TAS, rounded

ACTIVITYPUB = {
    "handle": "gwenh",
    "summary": "<p>Roses, grandkids, the Tamar. Border Force, nearly retired.</p>",
    "notes": [
        (3301, "2026-02-14 16:20", "+11:00",
         "First dahlias of the season in the front bed. Legana soil is a gift.",
         {"images": [("dahlias.jpg", "Dahlias in a front garden bed")]}),
        (3302, "2026-03-10 12:45", "+11:00",
         "Quiet shift at Launceston Airport, so I planned the whole autumn garden on a napkin.",
         {}),
        (3303, "2026-04-04 18:10", "+11:00",
         "Grandson Archie helped plant bulbs. Planted more of himself than bulbs.",
         {}),
        (3304, "2026-04-22 09:30", "+10:00",
         "Garden club every Wednesday 10am at the Legana hall, the only standing appointment I keep.",
         {}),
    ],
}

PHOTOS = [
    Photo("dahlias.jpg", HOME[0] + 0.00003, HOME[1] - 0.00004, 40.0, "2026:02:14 16:10:02", "+11:00",
          "dahlias in the front bed", (190, 60, 90)),
]
