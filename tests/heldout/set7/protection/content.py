"""Hamish Teo (FICTIONAL): a protection visa case officer in the department's Melbourne office; a proud dad.

Mastodon-style posts with family photos carrying GPS. Every name, handle and place point is invented;
the home point is a rounded street point.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "personas"))
from build import Photo, near  # noqa: E402

NAME = "Hamish Teo"

HOME = (-37.74500, 144.96600)   # a residential street in Coburg VIC, rounded

ACTIVITYPUB = {
    "handle": "hamteo",
    "summary": "<p>Dad of two, husband of one, owner of zero free weekends. Melbourne's north. "
               "Words about cricket, Lego and the 19 tram.</p>",
    "notes": [
        (7301, "2026-02-10 20:30", "+11:00",
         "Isla's first ballet recital tonight. Seven minutes of pure chaos in a tutu and I have never been prouder. 🩰",
         {"images": [("recital.jpg", "backstage, sort of")]}),
        (7302, "2026-02-24 08:40", "+11:00",
         "Finn's first week at Coburg West Primary done and dusted. He asked if he can go back tomorrow. Early days.", {}),
        (7303, "2026-03-18 21:10", "+11:00",
         "People ask what protection visa work is like. Today: three interviews, one man explaining, very calmly, "
         "the $12,000 he paid a broker in Jakarta for his seat. You keep your face still and you type. "
         "140 files on my desk and my team leader Anjali Bose says the word from upstairs is under 100 by June.", {}),
        (7304, "2026-04-02 19:45", "+11:00",
         "Every weekday it's the same: school gate at 8:15, then the 19 tram from Bell St, in at the Lonsdale St "
         "office by 9. Home Affairs doesn't run on school holidays, sadly.", {}),
        (7305, "2026-05-09 17:20", "+10:00",
         "My wife Priya made the world's best laksa for her mum's birthday. Ten of us squeezed round our kitchen table.",
         {"images": [("laksa.jpg", "kitchen table, ten chairs")]}),
        (7306, "2026-06-14 12:00", "+10:00", "Lego on the floor. Lego in the bed. Lego in my shoe.", {}),
        (7307, "2026-07-21 21:30", "+10:00",
         "Quiet evening in our little corner of Coburg. Kids asleep, tea going cold, test match on.", {}),
        (7308, "2026-08-29 10:15", "+10:00",
         "Thanks to our neighbour Doug Ferris for lending us the trailer for the tip run. Owe you a slab, mate.", {}),
        (7309, "2026-09-06 09:00", "+10:00",
         "Father's Day breakfast in bed: cold toast, a drawing of me as a dinosaur. Ten out of ten.", {}),
    ],
}

PHOTOS = [
    Photo("recital.jpg", -37.76750, 144.96150, 60.0, "2026:02:10 19:40:12", "+11:00",
          "a community hall stage", (220, 180, 200)),
    Photo("laksa.jpg", *near(HOME, 4, 7), 62.0, "2026:05:09 17:05:55", "+10:00",
          "the kitchen table", (200, 120, 40)),
]
