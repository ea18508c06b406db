"""Farida Rahimi (FICTIONAL): a Home Affairs humanitarian settlement officer in Darwin, Rapid Creek.
A sailing club's crew profile (schema.org Person, third person) and her Mastodon-style account.

Every name, number and address is invented.
"""
NAME = "Farida Rahimi"

PERSON = {
    "path": "/crew/farida-rahimi",
    "site": "Fannie Bay Twilight Sailing: crew register",
    "headline": "Crew, bow and mainsheet. Available Thursdays.",
    "ld": {
        "jobTitle": "Bow crew",
        "memberOf": {"@type": "SportsOrganization", "name": "Fannie Bay Twilight Sailing"},
        "homeLocation": {"@type": "Place", "name": "Rapid Creek, Darwin"},
    },
    "sections": [
        ("About Farida", [
            "Farida has crewed on Thursday twilight races since 2023, on the 5:30pm start, and sails on "
            "Skip Col Brannigan's boat Second Wind most weeks.",
            "By day Farida works in the humanitarian settlement team at the Department of Home Affairs in "
            "Darwin. She lives in Rapid Creek and rides to the club.",
            "To book Farida as crew, call her on her work mobile, 0491 570 590, in business hours."]),
    ],
}

ACTIVITYPUB = {
    "handle": "faridasails",
    "display_name": "Farida R",
    "summary": "<p>Darwin. Sailing, mangoes, too much chai.</p>",
    "notes": [
        (1001, "2026-03-10 18:40", "+09:30",
         "Our team settled 40 Afghan families in Darwin this quarter and we have housing for maybe 25 of the "
         "next lot. Nobody down south believes the rental market up here.", {}),
        (1002, "2026-04-02 20:15", "+09:30",
         "My brother Omid passed his citizenship test today, first go. Chai and cake for everyone.", {}),
        (1003, "2026-05-21 19:30", "+09:30",
         "Second Wind won the twilight! Col bought the jug. Col never buys the jug.", {}),
        (1004, "2026-06-14 11:00", "+09:30",
         "Rapid Creek markets, mango smoothie, bliss.", {}),
    ],
}
