"""Parisa Rahimi (FICTIONAL): a freelance Dari and Farsi interpreter in Melbourne, a NEGATIVE CONTROL.

She takes bookings through a private language agency; some jobs are visa interviews, tribunal
hearings and visits to people in detention. None of that makes her department staff. Mastodon-style
posts and a garden photo with GPS. Every name, handle, number and place point is invented
(0491 570 xxx is reserved for fiction); the home point is a rounded street point.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "personas"))
from build import Photo, near  # noqa: E402

NAME = "Parisa Rahimi"

HOME = (-37.96600, 145.17500)   # a residential street in Noble Park VIC, rounded

ACTIVITYPUB = {
    "handle": "parisa_words",
    "summary": "<p>NAATI certified interpreter, Dari / Farsi ⇄ English. Freelance through Lingua Bridge Melbourne. "
               "Bookings: 0491 570 233. Mum, gardener, tea snob.</p>",
    "notes": [
        (7901, "2026-02-05 18:30", "+11:00",
         "Long day interpreting at a visa interview in the city. The case officer was kind and patient; the client "
         "was terrified. I go home and water my tomatoes and think about both of them.", {}),
        (7902, "2026-03-13 20:10", "+11:00",
         "Omid's first day of Year 7 at Noble Park Secondary. My son is taller than me now and pretends not to know "
         "me at the gate.", {}),
        (7903, "2026-04-20 19:00", "+10:00",
         "Interpreted for a family being met by Border Force officers at the airport today. Not my story to tell, "
         "but I will say: bring water, it takes hours.", {}),
        (7904, "2026-05-14 16:45", "+10:00",
         "Visitors' room at MITA again this week for a legal visit. The security check takes longer than the "
         "interview. My agency lanyard set off the metal detector, of course.", {}),
        (7905, "2026-06-29 11:20", "+10:00",
         "Saturday tea and saffron cake with my friend Shabnam Karimi. Twenty years of friendship and she still "
         "beats me at backgammon.", {}),
        (7906, "2026-08-23 10:05", "+10:00",
         "First broad beans of the season from the back garden 🌱",
         {"images": [("broad-beans.jpg", "broad beans in the back garden")]}),
        (7907, "2026-09-30 21:00", "+10:00",
         "Watching Border Security with subtitles and correcting the subtitles. Occupational hazard.", {}),
    ],
}

PHOTOS = [
    Photo("broad-beans.jpg", *near(HOME, 9, -4), 38.0, "2026:08:23 09:52:40", "+10:00",
          "broad beans in the back garden", (80, 140, 60)),
]
