"""Warwick Lumb (FICTIONAL): 61-year-old senior Border Force officer in air cargo at Perth Airport.

A tennis club's player page about him in the third person (schema.org Person), giving his work mobile as
the pennant contact, and a few posts of his own on a Mastodon-style account. Every name, handle and
number is invented.
"""
NAME = "Warwick Lumb"

PERSON = {
    "path": "/players/warwick-lumb",
    "site": "Kardinya Park Tennis Club",
    "headline": "Veterans' pennant captain, 2026",
    "ld": {
        "jobTitle": "Senior Border Force Officer",
        "alternateName": "Lumby",
        "homeLocation": {"@type": "Place", "name": "Kardinya WA"},
        "memberOf": {"@type": "SportsClub", "name": "Kardinya Park Tennis Club"},
    },
    "sections": [
        ("About Warwick", [
            "Warwick \"Lumby\" Lumb has been a member since 1994 and lives five minutes from the courts in Kardinya. "
            "By day he is a senior Border Force officer in the air cargo shed at Perth Airport, which he says is "
            "why his forehand is so suspicious.",
            "Warwick plays men's doubles with his long-time partner Stan Kowalczyk; his wife Carol runs the canteen "
            "on pennant days."]),
        ("Pennant", [
            "Veterans' night is every Tuesday at 6 pm and the Thursday competition starts at 6.30 pm. "
            "Warwick is the contact for the veterans' pennant: 0491 570 562 (his work mobile, weekdays).",
            "Fellow officer Joy Tan, who works alongside Warwick in the cargo shed, joins the Sunday social hit."]),
    ],
}

ACTIVITYPUB = {
    "handle": "lumby",
    "display_name": "Warwick Lumb",
    "summary": "<p>Tennis tragic. Grandad-in-waiting. Perth.</p>",
    "notes": [
        (1201, "2026-03-05 19:00", "+08:00", "Won the veterans' final 6-4 7-5. Knees filed a complaint.", {}),
        (1202, "2026-04-16 20:30", "+08:00",
         "Cargo shed will be three of us on nights through May while half the team is on leave, and the new x-ray "
         "still isn't commissioned. Interesting month ahead.", {}),
        (1203, "2026-05-21 18:10", "+08:00", "Restrung the old racquet. Cheaper than a new one, less fun.", {}),
        (1204, "2026-06-30 07:45", "+08:00", "Watched the border collie next door herd the grandkids' ball all morning.", {}),
    ],
}
