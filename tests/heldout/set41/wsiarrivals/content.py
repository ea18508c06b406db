"""Duy "Danny" Pham (FICTIONAL): Border Force officer at Western Sydney International Airport; lives in Oran Park.

An emoji-heavy Mastodon-style account and two EXIF photos on his street. Every name, handle and
address is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo
NAME = "Danny Pham"
HOME = (-34.00420, 150.74160)   # a residential street in Oran Park NSW, rounded

ACTIVITYPUB = {
    "handle": "dannyp_wsi",
    "summary": "<p>🛂 #ABF @ Western Sydney Intl ✈️ | Oran Park | gym, phở, cars | Snap: dannyp.wsi</p>",
    "notes": [
        (7101, "2026-02-02 19:30", "+11:00",
         "First month at the new airport done 🎉 four of us on primary for a full 787 and the SmartGates offline half the week. "
         "Paper arrivals cards like it's 1999 😵", {}),
        (7102, "2026-02-20 04:40", "+11:00",
         "4:40am, out the door. Earlies start at 5:30 and I park in the staff lot P3 by 5:15 or I'm walking a km 😤", {}),
        (7103, "2026-03-15 18:10", "+11:00",
         "New wheels in the driveway 😍 finally",
         {"images": [("driveway.jpg", "new car in the driveway")]}),
        (7104, "2026-04-04 21:45", "+10:00",
         "Secondary pulled 3 kg of heroin out of a suitcase lining tonight off the Ho Chi Minh flight. Má rang to ask "
         "if I'm eating. Priorities 😂", {}),
        (7105, "2026-04-26 12:20", "+10:00",
         "Má came over and cooked cơm tấm for me, chị Vy and her kids. Chị Vy still thinks I'm a cop lol",
         {"images": [("bbq-street.jpg", "lunch out the front")]}),
        (7106, "2026-05-23 20:00", "+10:00",
         "Leg day with Tommy Huynh. Tommy I can't feel my legs, this is a crime 😭", {}),
        (7107, "2026-06-12 22:30", "+10:00",
         "Border Security repeat on 7mate and my mates want me to rate it. 4/10 not enough paperwork", {}),
    ],
}

PHOTOS = [
    Photo("driveway.jpg", -34.00410, 150.74180, 95.0, "2026:03:15 17:55:03", "+11:00",
          "new car in the driveway, Sunday evening", (180, 30, 30)),
    Photo("bbq-street.jpg", -34.00440, 150.74140, 95.5, "2026:04:26 12:10:21", "+10:00",
          "lunch out the front, Sunday", (200, 160, 60)),
]
