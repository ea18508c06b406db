"""Tanya Whitford (FICTIONAL): ABF officer at the Melbourne mail gateway, commuting from Benalla; a
motivational-quotes account with personal asides, and two verandah photos with GPS."""
import sys

NAME = "Tanya Whitford"

_ph = sys.modules["_demo_make_photos"]
Photo, near = _ph.Photo, _ph._near
HOME = (-36.551, 145.984)      # a rounded point on an ordinary street in Benalla

PHOTOS = [
    Photo("verandah-coffee.jpg", *near(HOME, 6, -4), 170.0, "2026:03:15 07:20:11", "+11:00",
          "coffee on the verandah, Sunday morning", (200, 150, 90)),
    Photo("roses.jpg", *near(HOME, -10, 8), 170.0, "2026:04:19 16:05:40", "+10:00",
          "the roses out the front, Sunday", (180, 60, 80)),
]

ACTIVITYPUB = {
    "handle": "riseandgrind_tanya",
    "display_name": "Tanya ✨ rise & grind",
    "summary": "<p>Quotes that get me through the week. Coffee, roses, early starts. 🌅</p>",
    "notes": [
        (501, "2026-02-10 03:55", "+11:00",
         "\"Discipline is choosing between what you want now and what you want most.\" 3:40 alarm, Hume to "
         "Tullamarine, 6am start at the mail gateway. Four on, four off. #mondaymotivation", {}),
        (502, "2026-02-20 19:30", "+11:00",
         "\"Be the energy you want to attract.\" 40 parcels of fake Xanax on my x-ray screen today, one of them "
         "addressed to a primary school. Border Force doesn't sleep.", {}),
        (503, "2026-03-03 14:10", "+11:00",
         "\"Storms make trees take deeper roots.\" The x-ray on line 3 rebooted six times this shift and the "
         "parcel tracking system is down again, so we're writing seizure numbers on butcher's paper.", {}),
        (504, "2026-03-09 21:40", "+11:00",
         "\"Not everyone will understand your journey.\" Missed the supervisor round again. Eleven years in and it "
         "keeps going to the blokes from the city. Starting to wonder why I bother with this place.", {}),
        (505, "2026-03-15 07:30", "+11:00",
         "\"Slow mornings are a gift.\" Days off = verandah coffee. ☕",
         {"images": [("verandah-coffee.jpg", "coffee cup on a verandah rail")]}),
        (506, "2026-04-05 18:00", "+10:00",
         "\"Your circle should want to see you win.\" My sister Kirsten drove up from Shepparton with a whole "
         "pavlova. Circle: strong.", {}),
        (507, "2026-04-14 17:20", "+10:00",
         "\"Find your people.\" Mine is Priya on line 3, my work wife, who shares her Tim Tams and her opinions.", {}),
        (508, "2026-04-19 16:10", "+10:00",
         "\"Bloom where you are planted.\" 🌹",
         {"images": [("roses.jpg", "red roses in a front garden")]}),
        (509, "2026-05-01 20:00", "+10:00",
         "\"Your only limit is your mind.\" Watched Border Security with Mum tonight and she asked if that's me. "
         "No Mum. #fridayfeels", {}),
    ],
}
