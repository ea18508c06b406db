"""Graham Pettifer (FICTIONAL): Border Force officer at Avalon Airport; a chess club's member page in the third person, and terse posts."""
NAME = "Graham Pettifer"

PERSON = {
    "path": "/club/members/graham-pettifer",
    "site": "Bellarine Knights Chess Club",
    "headline": "Club captain, Division 2 pennant",
    "ld": {
        "jobTitle": "Club Captain",
        "memberOf": {"@type": "SportsOrganization", "name": "Bellarine Knights Chess Club"},
        "telephone": "0491 570 246",
        "homeLocation": {"@type": "Place", "name": "Leopold, Victoria"},
    },
    "sections": [
        ("About Graham", [
            "Graham (58) has captained the pennant side since 2019. By day he is a Border Force officer at Avalon "
            "Airport, which is why he always turns up in a navy jumper with the badge hidden under a scarf.",
            "He lives in Leopold with his wife Rosalind, who brings the lemon slice, and their grandson Oscar (9) "
            "has just joined the juniors.",
            "Club nights are Wednesdays, 7:30pm at the Leopold Memorial Hall; Graham comes straight from his late shift "
            "and is usually there by 7:45.",
            "For pennant fixtures ring Graham on his work mobile, 0491 570 246, weekdays before 3pm.",
            "Graham's regular analysis partner is Anh Tran, who also works at the airport with Border Force and "
            "plays a ruthless Caro-Kann."]),
    ],
}

ACTIVITYPUB = {
    "handle": "gpettifer",
    "summary": "<p>Chess. Lemon slice. Geelong.</p>",
    "notes": [
        (8101, "2026-03-04 22:10", "+11:00", "Two of us on the desk for the Kuala Lumpur flight again tonight. 300-odd pax. Management calls it 'lean'.", {}),
        (8102, "2026-03-15 16:00", "+11:00", "Drew with a 1900 player. Retiring on that high.", {}),
        (8103, "2026-04-09 21:30", "+10:00", "Rosalind's slice outlasted my rook.", {}),
        (8104, "2026-05-01 11:45", "+10:00", "Nothing to report. Rain.", {}),
        (8105, "2026-05-20 23:00", "+10:00",
         "SmartGates at Avalon down the whole shift after the update. Everyone through the manual desk. Home by midnight.", {}),
        (8106, "2026-06-11 18:20", "+10:00", "Watching The Queen's Gambit again. Border Security is on the other channel, no thanks.", {}),
    ],
}
