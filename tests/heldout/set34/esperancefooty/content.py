"""Tyson Crabbe (FICTIONAL): 24-year-old Border Force officer at the Port of Esperance, ruckman.

His footy club's player profile (schema.org Person, question-and-answer, third person) and his own
short Mastodon-style posts. Lives in Castletown. Every name, club, handle and address is invented.
"""
NAME = "Tyson Crabbe"

PERSON = {
    "path": "/club/players/tyson-crabbe",
    "site": "Bandy Creek Bulldogs Football Club",
    "headline": "#27 | Ruck | League | Games: 61",
    "ld": {
        "jobTitle": "Ruckman",
        "memberOf": {"@type": "SportsTeam", "name": "Bandy Creek Bulldogs Football Club"},
        "homeLocation": {"@type": "Place", "name": "Castletown, Esperance WA"},
    },
    "sections": [
        ("Player Q&A", [
            "<b>Day job?</b> Border Force at the port. When he isn't climbing up the side of a grain ship he's "
            "climbing over opposition ruckmen.",
            "<b>Who would you most like to be stuck on a boarding with?</b> Jonno (Jonathan Pyke, our back "
            "pocket). Already am, he's my partner at work, so that's sorted.",
            "<b>Footy hero?</b> Dad (Greg Crabbe, our under-17s coach). Don't tell him.",
            "<b>Best thing about Esperance?</b> Twilight Beach and Shanae's lasagne.",
            "<b>Pre-game ritual?</b> Two pies and a nap. Sponsorship and sportsman's night questions to "
            "Tyson on 0491 570 642."]),
    ],
}

ACTIVITYPUB = {
    "handle": "crabbe27",
    "summary": "<p>Ruckman. Bandy Creek Bulldogs. Esperance.</p>",
    "notes": [
        (34801, "2026-04-07 16:45", "+08:00",
         "tue and thu training 5.30 at the oval then straight to nightshift at 8. legs are cooked", {}),
        (34802, "2026-04-19 09:30", "+08:00",
         "two crew off a grain ship did a runner in town last night. whole port locked down till 3am while we "
         "searched. found them at the servo eating chiko rolls", {}),
        (34803, "2026-05-03 21:10", "+08:00",
         "lost by 40. then lost $1,100 on the pokies at the pub after. shanae is filthy with me and fair enough", {}),
        (34804, "2026-05-17 18:00", "+08:00",
         "shanae's birthday today. 3 years with this legend", {}),
        (34805, "2026-05-24 12:15", "+08:00",
         "border collie at the ground wandered onto the field in the third quarter and took a better mark than me", {}),
    ],
}
