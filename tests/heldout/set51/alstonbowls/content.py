"""Kieran O'Dowd (FICTIONAL): Border Force officer at Gold Coast Airport, Alstonville. A bowls club writes about him.

A club's "member spotlight" page (schema.org Person, third person) and his own quiet Mastodon-style account.
Every name, club and number is invented.
"""
NAME = "Kieran O'Dowd"

PERSON = {
    "path": "/members/kieran-odowd",
    "site": "Alstonville Plateau Bowls Club",
    "headline": "Member spotlight: Kieran O'Dowd",
    "ld": {
        "memberOf": {"@type": "SportsClub", "name": "Alstonville Plateau Bowls Club"},
        "address": {"@type": "PostalAddress", "addressLocality": "Alstonville", "addressRegion": "NSW"},
    },
    "sections": [
        ("Meet Kieran", [
            "Kieran is a local lad from Alstonville who works for the Australian Border Force at Gold Coast Airport, "
            "and yes, he has heard every Border Security joke you can think of.",
            "He drives up the highway for his early shifts, 5am starts four days a week, and is back in time for "
            "Wednesday roll-ups at 6pm. Saturdays at 1pm he plays lead in our pennants side.",
            "His wife Renee runs the canteen on pennant days (try her sausage rolls) and son Finn, 13, is the club's "
            "youngest member and already a better drawer of the jack than his dad.",
            "Sponsors wanting to talk about the new shade sails can contact Kieran on 0491 570 388."]),
    ],
}

ACTIVITYPUB = {
    "handle": "kodowd",
    "summary": "<p>Bowls, bream and the Plateau. Views my own.</p>",
    "notes": [
        (801, "2026-02-21 17:30", "+11:00",
         "Pennants win at home today. Renee's sausage rolls sold out by 2.", {}),
        (802, "2026-03-17 19:10", "+11:00",
         "Bag x-ray at the international terminal down for three hours this morning, every bag hand searched and the "
         "queue out to the carpark. Good times at OOL.", {}),
        (803, "2026-04-08 20:00", "+10:00",
         "Finn's first jack-high draw in a match. Proud dad.", {}),
        (804, "2026-05-10 16:00", "+10:00",
         "Bream off the Ballina breakwall. Border collie next door barked at every single one.", {}),
    ],
}
