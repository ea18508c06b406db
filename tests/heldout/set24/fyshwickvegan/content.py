"""Bea Lindqvist (FICTIONAL): Home Affairs ICT engineer at a Fyshwick site, vegan cooking blog authored under her work email."""
NAME = "Bea Lindqvist"

HOME = (-35.2390, 149.1580)   # a street in Watson ACT, rounded

BLOG = {
    "path": "blog",
    "title": "Lentil Intentions",
    "card_note": "Plant-based cooking for people who get home at 6:30 and are hungry NOW. Canberra.",
    "author_email": "bea.lindqvist@homeaffairs.gov.au",
    "posts": [
        ("smoky-chickpea-stew", "2026-03-08 18:30", "+11:00", "Smoky chickpea stew (one pot, no regrets)",
         ["I'll keep the preamble short for once. Chickpeas, smoked paprika, a tin of tomatoes, done.",
          "Method: soften an onion, add everything, simmer 25 min. Serves 4, or 2 and lunch."],
         ["recipes", "one-pot"], None),
        ("server-room-soup", "2026-03-21 19:45", "+11:00", "Server room soup",
         ["This is the soup I made after a fourteen-hour day. We did the storage cutover at the Fyshwick data centre "
          "for Home Affairs on Saturday and the old SAN wouldn't let go of the visa case volumes, so the whole ICSE "
          "back end was read-only until 3am. I'm the one with the badge for that room, so I was the one sitting in it.",
          "Anyway: roast pumpkin, miso, ginger. Blend. Eat standing up."],
         ["soup", "work-life"], HOME),
        ("dumplings-with-priya", "2026-04-04 17:00", "+11:00", "Dumpling night with Priya",
         ["My partner Priya folds prettier dumplings than me and she will not let me forget it. Tofu, shiitake, "
          "garlic chives.",
          "Lou Fenech from the food co-op came over and ate eleven. Lou, I counted."],
         ["dumplings"], None),
        ("thursday-markets", "2026-04-16 12:10", "+10:00", "What I buy at the Thursday markets",
         ["Every Thursday I duck out at 12 from the Fyshwick office and walk to the markets for greens. Then back on "
          "the Rapid home at 5:40, off at the Watson shops. If you see a woman with a leek sticking out of her tote, hi.",
          "This week: kale, fennel, blood oranges."],
         ["markets", "routine"], None),
        ("admin-password-pasta", "2026-04-29 20:00", "+10:00", "Lazy pasta (and a small rant)",
         ["Small rant first. The vendor that runs our backup platform still has us all logging into the console with "
          "one shared admin account whose password is on a laminated card in the rack. I've raised it three times. "
          "Nobody cares until it's a Senate estimates question.",
          "Pasta: garlic, chilli, lemon, white beans, parsley."],
         ["pasta", "rants"], None),
        ("lonely-lasagne", "2026-05-17 19:20", "+10:00", "Lasagne for one (it's fine)",
         ["Priya's away for six weeks in Chennai with her mum and honestly the house is too quiet. I've been eating "
          "dinner on the couch and not talking to anyone outside work. Making a whole lasagne for one is a cry for help "
          "with a béchamel.",
          "Cashew béchamel: soak cashews, blend with nutmeg and miso."],
         ["comfort"], HOME),
        ("border-collie-biscuits", "2026-06-02 18:00", "+10:00", "Dog biscuits for Pepper",
         ["Not vegan for the dog, sorry purists: peanut butter oat biscuits for Pepper, our neighbour's border collie.",
          "Oats, peanut butter, banana. 180 degrees, 20 min."],
         ["dogs"], None),
    ],
}
