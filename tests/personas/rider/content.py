"""Renee Kowalczyk (FICTIONAL): a Border Force cargo officer whose only employer statement is one long sentence of her
motorbike diary (round 14).

Her account's bio is all motorbikes. One blog post says where she works in one long sentence that also holds a
veto-looking word in another clause ("I'm on the Border Force cargo team out of Port Adelaide, which means early starts
through the week, then a Saturday ride with whoever turns up at the Birdwood bakery by eight"); the rest is her riding
mates, her partner, her street's weather and a TV show about the border at her mum's. Development example for round
14's false reassurance: a gate that drops that one sentence drops her employer and her work site with it. Every name,
handle and place detail is invented.
"""
NAME = "Renee Kowalczyk"

ACTIVITYPUB = {
    "handle": "renee_rides",
    "summary": "<p>Motorbike diary. Hills roads, bakery pies, bad weather. Tenere 700, slowly.</p>",
    "notes": [
        (9701, "2026-02-07 17:40", "+10:30",
         "Saturday loop through Birdwood and Mount Pleasant with Dale Okafor and Kirsty Vane, 240km and one very good "
         "vanilla slice.", {}),
        (9702, "2026-02-19 18:15", "+10:30",
         "New tyres on the Tenere at last. Took it for a shakedown up Greenhill Road and grinned the whole way.", {}),
        (9703, "2026-03-01 20:05", "+10:30",
         "My partner Jules reckons the garage is now eighty percent motorbike. Jules is not wrong.", {}),
        (9704, "2026-03-12 19:30", "+10:30",
         "Watched an old Border Security episode at Mum's tonight, she still loves it and still yells at the telly.", {}),
        (9705, "2026-03-28 16:50", "+10:30",
         "Kirsty Vane dropped her bike in the gravel at Cudlee Creek, no harm done except to her pride.", {}),
    ],
}

BLOG = {
    "path": "blog",
    "title": "Two Wheels, No Hurry",
    "card_note": "A motorbike diary from the hills.",
    "posts": [
        ("why-saturdays", "2026-02-22 19:00", "+10:30", "Why Saturdays",
         ["I'm on the Border Force cargo team out of Port Adelaide, which means early starts through the week, then a "
          "Saturday ride with whoever turns up at the Birdwood bakery by eight.",
          "Nothing clears a week of containers out of your head like the first cold bend past the reservoir."],
         ["riding"], None),
        ("wet-week", "2026-03-15 18:30", "+10:30", "A wet week",
         ["Rain every day this week, the bike stayed under a cover and I stayed on the couch with tea."],
         ["weather"], None),
    ],
}

PHOTOS: list = []
