"""Sam Oyelaran (FICTIONAL): a Border Force watch officer on a Canberra operations floor, 31, nights.

Terse one-line Mastodon-style posts, a photo from her balcony with GPS. Every name, handle and
place point is invented; the home point is a rounded street point.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "personas"))
from build import Photo, near  # noqa: E402

NAME = "Sam Oyelaran"

HOME = (-35.18500, 149.13300)   # a residential street in Gungahlin ACT, rounded

ACTIVITYPUB = {
    "handle": "samo_nights",
    "display_name": "Sam O.",
    "summary": "<p>ABF. Watchfloor. Night person. Canberra.</p>",
    "fields": [("signal", "samo.31"), ("pronouns", "she/her")],
    "notes": [
        (7401, "2026-01-12 06:55", "+11:00", "2 days, 2 nights, 4 off. Repeat until death.", {}),
        (7402, "2026-01-20 18:50", "+11:00", "Carpark at the BOC in Belco, 1845. Only car there.", {}),
        (7403, "2026-02-02 04:10", "+11:00", "Three FFVs off Ashmore tonight. Busy.", {}),
        (7404, "2026-02-11 12:00", "+11:00", "Fog.", {}),
        (7405, "2026-03-05 03:30", "+11:00",
         "Tracking feed dark for 40 min. Nobody panicked. (Everyone panicked.)", {}),
        (7406, "2026-03-19 02:45", "+11:00", "Password's on a post-it on screen 3. Again.", {}),
        (7407, "2026-04-14 09:20", "+10:00", "Down 60% on the coins. Cool cool cool.", {}),
        (7408, "2026-05-01 08:05", "+10:00",
         "Wine o'clock is 0800 when you work nights. Bottle two.", {}),
        (7409, "2026-05-27 07:40", "+10:00", "Home. Gungahlin. Bed.",
         {"images": [("balcony-frost.jpg", "frost on the balcony rail")]}),
        (7410, "2026-06-10 21:30", "+10:00",
         "Indoor cricket w/ Dunc (Duncan Pyne). Every Wed 1830, Mitchell. We lost.", {}),
        (7411, "2026-07-03 15:00", "+10:00", "Mum (Ruth) up from Wagga. Fridge full. Heart full.", {}),
        (7412, "2026-07-22 22:00", "+10:00", "Rewatching The Night Manager. Again.", {}),
        (7413, "2026-08-08 05:15", "+10:00", "Nights: 1900-0700. Sleep: optional.", {}),
        (7414, "2026-09-16 13:00", "+10:00", "Frost.", {}),
    ],
}

PHOTOS = [
    Photo("balcony-frost.jpg", *near(HOME, -6, 9), 600.0, "2026:05:27 07:35:21", "+10:00",
          "frost on the balcony rail", (180, 200, 220)),
]
