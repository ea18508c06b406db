"""Nadia Haddad (FICTIONAL): 26, Border Force officer at Melbourne Airport's international terminal; an open-mic comic's page."""
NAME = "Nadia Haddad"

PERSON = {
    "path": "/acts/nadia-haddad",
    "site": "Open Mic Melbourne",
    "headline": "Comic. Five minutes on airports, Lebanese mums and the northern suburbs.",
    "ld": {
        "jobTitle": "Stand-up comedian (and, by day, Border Force officer at Tullamarine)",
        "email": "mailto:nadia.haha@gigmail.example",
        "homeLocation": {"@type": "Place", "name": "Pascoe Vale, VIC"},
        "knowsAbout": ["crowd work", "airport material"],
    },
    "sections": [
        ("About Nadia", [
            "Nadia Haddad spends her days in the navy uniform on the primary line at T2 international and her nights "
            "telling strangers about it. Bookings: nadia.haha@gigmail.example or 0491 570 318.",
            "Catch her every Tuesday at 8pm at the Sideways Room open mic on Sydney Road, Brunswick."]),
    ],
}

ACTIVITYPUB = {
    "handle": "nadiahaha",
    "summary": "<p>comic. uniform by day. Pascoe Vale girl. bookings on my page</p>",
    "notes": [
        (31201, "2026-02-10 23:30", "+11:00",
         "New bit tonight: the lady who hid 2.4 kilos of ice inside a teddy bear at the carousel and told me it was 'for my nephew'. "
         "We found it on the x-ray in secondary. Room went quiet. Maybe too soon.", {}),
        (31202, "2026-02-24 23:10", "+11:00",
         "Shout out to Jules Okafor for driving me home after the set again, best comedy buddy alive #openmic", {}),
        (31203, "2026-03-17 06:05", "+11:00",
         "0500 start on earlies, rostered 4 on 4 off, the SmartGates froze at 5:40 and the supervisor made us process the whole Doha flight by hand. "
         "Sup Marcus Bell if you're reading this, the bit is about you", {}),
        (31204, "2026-04-14 23:50", "+10:00",
         "two pints before I go on, four after, a pot at the Sideways while I wait. I'm not saying there's a problem", {}),
        (31205, "2026-05-05 12:15", "+10:00",
         "Mum (Rania) came to a set for the first time. She heckled. She heckled ME.", {}),
        (31206, "2026-06-09 20:00", "+10:00",
         "Watched Airport 24/7 on the couch. Love a TV show about someone else's job", {}),
    ],
}
