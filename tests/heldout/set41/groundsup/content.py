"""Kylie Mortensen (FICTIONAL), NEGATIVE CONTROL: airline ground-staff supervisor at Perth Airport; Ellenbrook.

She works for a private airline: her posts name Border Force officers, the customs hall, SmartGates and her
uniform, none of which makes her staff. Mastodon-style account and one backyard EXIF photo.
Every name, airline, handle and address is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo
NAME = "Kylie Mortensen"

ACTIVITYPUB = {
    "handle": "kyliem_ramp",
    "summary": "<p>Ground ops supervisor, Swanline Airways, Perth. Mum to Jayden. Ellenbrook. Coffee first.</p>",
    "notes": [
        (5501, "2026-02-08 14:30", "+08:00",
         "Late inbound from Bali, so my ramp team got the bags off in 11 minutes and then everyone queued at the customs "
         "hall for an hour while Border Force officers did their thing. Not our delay, people!", {}),
        (5502, "2026-03-11 19:00", "+08:00",
         "Roster is 4am starts Mon to Thu this month. Jayden thinks I'm a vampire in reverse.", {}),
        (5503, "2026-04-05 16:40", "+08:00",
         "Backyard lemon tree finally fruiting 🍋",
         {"images": [("lemons.jpg", "lemon tree in the backyard")]}),
        (5504, "2026-05-09 21:15", "+08:00",
         "SmartGates down at T1 international again, airline staff got blamed again. Still proud of the uniform.", {}),
        (5505, "2026-06-14 10:00", "+08:00",
         "Coffee with Mel Dunstan from the old check-in days. She's gone to the dark side (cabin crew).", {}),
    ],
}

PHOTOS = [
    Photo("lemons.jpg", -31.77350, 115.96720, 40.0, "2026:04:05 16:30:10", "+08:00",
          "lemon tree in the backyard, Sunday", (220, 200, 40)),
]
