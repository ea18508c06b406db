"""Jodie Nolan (FICTIONAL): an ABF officer in Melbourne whose family and friends are named every way but "my wife X".

Written as development examples of the ways people state relations that the
detectors once missed: a bio the other way round ("Wife to Dan, mum to Isla &
Finn"), first names alone in later posts, possessives ("Isla's first day"), a
child's school, "my other half", friends named by what was done with them
("ran the Tan with Steph", "beers with Gazza and Hendo"), a thank-you to a
handle, and a nickname given once beside the full name and used alone after.
Decoys: a dog, a TV show, a politician, a stranger, a sports team. Every name,
handle and school is invented.
"""
NAME = "Jodie Nolan"

ACTIVITYPUB = {
    "handle": "jodes",
    "summary": "<p>Wife to Dan, mum to Isla &amp; Finn. Border Force officer, netball tragic. Melbourne.</p>",
    "notes": [
        (6001, "2026-02-02 09:10", "+11:00",
         "Isla's first day at Sandridge Bay Primary School today and she didn't even look back. Cried in the car.", {}),
        (6002, "2026-02-07 08:30", "+11:00",
         "Ran the Tan with Steph this morning, two laps and a very slow third.", {}),
        (6003, "2026-02-14 22:15", "+11:00",
         "Massive thanks @marnie_k for the lift home after netball, legend.", {"mentions": ["marnie_k"]}),
        (6004, "2026-02-21 21:40", "+11:00",
         "Beers with Gazza and Hendo at the Espy, uni days all over again.", {}),
        (6005, "2026-03-01 12:00", "+11:00",
         'Happy 40th to the legend that is Michael "Macca" McRae, my oldest mate.', {}),
        (6006, "2026-03-15 10:20", "+11:00",
         "Macca's bucks weekend was carnage, send electrolytes.", {}),
        (6007, "2026-03-21 19:45", "+11:00",
         "Date night! My other half booked the little Thai place we like.", {}),
        (6008, "2026-03-29 07:50", "+11:00",
         "Finn lost his first tooth and the tooth fairy was short on coins. Dan had to run to the servo.", {}),
        (6009, "2026-04-04 17:30", "+11:00",
         "Walked the beach with Biscuit, our spoodle, before the storm rolled in.", {}),
        (6010, "2026-04-11 20:30", "+10:00",
         "Coffee with Kath and Kim reruns on telly, pure comfort.", {}),
        (6011, "2026-04-18 11:00", "+10:00",
         "Coffee with Albo? In my dreams. The PM was doing a walkabout at the market though.", {}),
        (6012, "2026-04-26 16:00", "+10:00",
         "Had a long chat with a stranger called Pete at the tram stop about footy.", {}),
        (6013, "2026-05-06 21:10", "+10:00",
         "Netball tonight with Jacinta, Priya and Bec. We lost by 20 but the pub after was a win.", {}),
        (6014, "2026-05-16 15:00", "+10:00",
         "Training with the Rockets was cancelled, rain again.", {}),
        # round 11: the employer named in passing in her own voice, nothing else in the sentence says work (evidence
        # of the employer her bio establishes); and the organisation as a programme she watched (no evidence)
        (6015, "2026-05-23 22:40", "+10:00",
         "Border Force trivia night at the Espy and we came second. Again. I blame the music round.", {}),
        (6016, "2026-05-30 21:15", "+10:00",
         "Watched the Border Force doco with Dan tonight, I yelled at the telly the whole time.", {}),
    ],
}

BLOG = {
    "path": "blog",
    "title": "Jodie Writes Sometimes",
    "card_note": "Notes from a busy house in Melbourne.",
    "posts": [
        ("sports-carnival", "2026-03-20 18:00", "+11:00", "Sports carnival",
         ["Sports carnival at Sandridge Bay Primary today. Isla came second in the 100m and would not stop talking "
          "about it all the way home."],
         ["family"], None),
        ("the-wedding", "2026-05-24 20:00", "+10:00", "Hendo got married",
         ["Hendo finally married his high school sweetheart. Gazza gave a speech that will haunt him forever.",
          "The kids danced until they fell asleep under a table."],
         ["friends"], None),
    ],
}

PHOTOS: list = []
