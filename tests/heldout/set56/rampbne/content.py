"""NEGATIVE CONTROL. Brodie Kaan (FICTIONAL): Qantas ground crew (ramp) at Brisbane international airport,
home in Nundah; not Department staff. Border Force and customs appear only as things he sees at work."""
import sys

NAME = "Brodie Kaan"

_ph = sys.modules["_demo_make_photos"]
Photo, near = _ph.Photo, _ph._near
HOME = (-27.401, 153.060)      # a rounded point on an ordinary street in Nundah

PHOTOS = [
    Photo("backyard-footy.jpg", *near(HOME, 5, 9), 25.0, "2026:03:22 17:40:03", "+10:00",
          "kicking the footy in the backyard, Sunday", (60, 140, 60)),
]

ACTIVITYPUB = {
    "handle": "brodie_ramp",
    "summary": "<p>Qantas ramp crew at BNE international. Broncos tragic. Nundah.</p>",
    "notes": [
        (1101, "2026-02-10 21:00", "+10:00",
         "4am starts Tuesday to Saturday this roster, on the ramp by 4:30. The 5am bus from Nundah station is my "
         "best mate now.", {}),
        (1102, "2026-02-25 14:30", "+10:00",
         "Border Force dog sniffed out some poor bloke's mangoes at the carousel, the whole bag room watched.", {}),
        (1103, "2026-03-22 17:45", "+10:00",
         "Backyard footy with my daughter Lily, who turned six and has a better left foot than me.",
         {"images": [("backyard-footy.jpg", "a kid kicking a footy in a backyard")]}),
        (1104, "2026-04-08 19:20", "+10:00",
         "A customs hold on one freight can delayed our turnaround by an hour. Not our fault, tell the captain.", {}),
        (1105, "2026-04-26 20:10", "+10:00",
         "Watching Border Security with my mate Hemi Walker, yelling at the telly like it's Origin.", {}),
        (1106, "2026-05-12 18:00", "+10:00",
         "Selling my old Hilux, 310k on the clock, runs like a dream. Text 0491 570 562.", {}),
        (1107, "2026-05-30 12:00", "+10:00",
         "Twelve years at Qantas this month. Still love the sound of a 787 spooling up on the apron.", {}),
    ],
}
