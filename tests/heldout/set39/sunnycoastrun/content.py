"""Zara McPhee (FICTIONAL): 23, Border Force officer at Sunshine Coast Airport, Coolum Beach; run club posts.

A Mastodon-style running account with two photos carrying GPS taken on her street. Every name
and handle is invented; the points are rounded on an ordinary street.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Zara McPhee"

ACTIVITYPUB = {
    "handle": "zaraontherun",
    "summary": "<p>🏃‍♀️ run club | 🛂 ABF | ☀️ sunny coast | sub-20 5k or bust</p>",
    "notes": [
        (2101, "2026-03-14 09:05", "+10:00",
         "sat parkrun at Coolum 7am as usual, 21:04 🥲 so close. tues/thurs 5:30am beach runs with Mads "
         "(Madison Reid) are paying off tho", {}),
        (2102, "2026-04-18 19:20", "+10:00",
         "NZ season started at sunshine coast airport today, just 3 of us on for the Air NZ arrivals and the "
         "queue went out the door 😵", {}),
        (2103, "2026-05-09 06:10", "+10:00",
         "pre-run stretch on the front step, frosty (for coolum lol)",
         {"images": [("front-step.jpg", "stretching on the front step")]}),
        (2104, "2026-06-13 17:45", "+10:00",
         "cool down walk round the block with my brother Finn, he's visiting from Toowoomba and already "
         "complaining about the hills", {"images": [("street-walk.jpg", "walking on our street at dusk")]}),
        (2105, "2026-07-04 12:00", "+10:00",
         "rewatching Border Security for the drama and yes my coworkers roast me for it", {}),
    ],
}

PHOTOS = [
    Photo("front-step.jpg", -26.53450, 153.08600, 12.0, "2026:05:09 05:58:40", "+10:00",
          "front step at home, Saturday morning", (200, 180, 140)),
    Photo("street-walk.jpg", -26.53430, 153.08640, 12.5, "2026:06:13 17:30:02", "+10:00",
          "walk on the street at home, Saturday evening", (210, 120, 90)),
]
