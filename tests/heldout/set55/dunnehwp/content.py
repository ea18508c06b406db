"""Ashleigh Dunne (FICTIONAL): NSW highway patrol senior constable, Grafton. NEGATIVE CONTROL.

She is state police, not Home Affairs or Border Force: her posts mention a border checkpoint, handing a
driver to the federal agencies, contraband tobacco in a boot and a "department" of her own. A Mastodon-style
account with one photo at home. Every name, handle, number and point is invented.
"""
import sys

_mp = sys.modules["_demo_make_photos"]     # loaded by tests/personas/build.py before this file
Photo = _mp.Photo

NAME = "Ashleigh Dunne"
HOME = (-29.7021, 152.9398)   # a residential street in South Grafton NSW, rounded

ACTIVITYPUB = {
    "handle": "ash_on_the_pacific",
    "summary": "<p>Highway Patrol, Clarence Valley. Jacarandas, dogs and too much coffee. South Grafton.</p>",
    "notes": [
        (6001, "2026-02-06 21:50", "+11:00",
         "Nights again this week, 10pm to 8am Thursday to Sunday on the Pacific Highway. If you're driving tired, "
         "pull over. Please.", {}),
        (6002, "2026-02-19 09:15", "+11:00",
         "Pulled over a hire van at Tyndale with a boot full of loose tobacco. Not our job in the end, we handed it "
         "over to Border Force and the tax office. Paperwork took longer than the drive.", {}),
        (6003, "2026-03-07 16:20", "+11:00",
         "Marty and I finally got the veggie garden in. He planted the chillies too close to the tomatoes.",
         {"images": [("veggie-garden.jpg", "the new veggie patch")]}),
        (6004, "2026-03-22 12:00", "+11:00",
         "Remember the Queensland border checkpoint on the highway in 2020? Worst posting of my life. Never again.", {}),
        (6005, "2026-04-12 15:30", "+10:00",
         "Big family lunch at the Grafton bowlo. Half the Clarence Valley turned up.", {}),
        (6006, "2026-05-02 10:10", "+10:00",
         "Department of Home Affairs was apparently at the careers day too. Our stall had the lights and siren, "
         "so we won.", {}),
    ],
}

PHOTOS = [
    Photo("veggie-garden.jpg", *_mp._near(HOME, 7, -5), 12.0, "2026:03:07 16:05:00", "+11:00",
          "back garden, South Grafton", (60, 140, 60)),
]
