"""Brendan Hollis (FICTIONAL): a Border Force officer at Newcastle Airport (Williamtown) who runs a dad-joke account.

Terse one-liners, uniform jokes and shift complaints on a Mastodon-style account; one note
carries a place at home. Every name, handle and address is invented.
"""
NAME = "Brendan Hollis"
HOME = (-32.74050, 151.87120)     # a residential street in Medowie, rounded

ACTIVITYPUB = {
    "handle": "dadjokebrendo",
    "display_name": "Brendo 🥸 dad jokes daily",
    "summary": "<p>One dad joke a day, minimum. By day I stamp passports in a navy polyester onesie (ABF). "
               "Husband to the boss at home, father to Mini-me.</p>",
    "fields": [("Signal", "brendo_jokes.36"), ("Home ground", "Medowie")],
    "notes": [
        (9101, "2026-02-02 05:10", "+11:00",
         "Why did the passport go to therapy? It had too many issues. Anyway, earlies again. 4:30 alarm. Send help.", {}),
        (9102, "2026-02-16 21:40", "+11:00",
         "The uniform is navy so you can't see the coffee. The uniform is also polyester so you can feel the coffee. "
         "#ABFlife", {}),
        (9103, "2026-03-03 15:20", "+11:00",
         "Swing shift this week at Newcastle Airport. Williamtown: where the jets are loud and the queue is louder.", {}),
        (9104, "2026-03-19 19:05", "+11:00",
         "The Bali flights start in June and they're only giving us two extra officers for the arrivals hall. "
         "Two. For a 737 full of sunburn. Joke's on us this time.", {}),
        (9105, "2026-04-14 16:40", "+10:00",
         "Tuesday 4:15 swim squad pickup at the Raymond Terrace pool. Mini-me Hudson asked if fish get cold. "
         "I said they have sweaters. He believed me. Parenting.", {}),
        (9106, "2026-05-09 18:30", "+10:00",
         "Kaylene (the boss at home) says I'm not allowed to do airport jokes at her work do. I'll have to take off.",
         {"location": ("Home sweet home, Medowie", -32.7405, 151.8712)}),
        (9107, "2026-06-01 12:00", "+10:00", "What do you call a border collie that does magic? A labracadabrador. Wrong breed, I know.", {}),
        (9108, "2026-07-22 20:00", "+10:00", "Watched Border Security for research purposes. Their jokes are worse than mine.", {}),
    ],
}

PHOTOS: list = []
