"""Graham Toohey (FICTIONAL): Border Force officer, Geelong port, 60; writes about himself in the third person."""
NAME = "Graham Toohey"

PERSON = {
    "path": "/about/gazza",
    "site": "Gazza's Page",
    "headline": "Gazza. Bowler, grandad, Border Force officer. Belmont, Geelong.",
    "ld": {
        "jobTitle": "Border Force Officer",
        "email": "mailto:gazza.toohey@mailbox.example",
        "homeLocation": {"@type": "Place", "name": "Belmont, Victoria"},
    },
    "sections": [
        ("About Gazza", [
            "Graham Toohey (Gazza to everyone) has been a Border Force officer at Geelong port, Lascelles Wharf, for "
            "longer than anyone can remember. Gazza lives in Belmont with his wife Denise.",
            "Gazza bowls at Belmont Bowls Club every Wednesday at 1pm and Saturday mornings, usually with his "
            "bowls partner Reg Duthie.",
        ]),
        ("Contact", ["Gazza reads his email most nights: gazza.toohey@mailbox.example",
                     "For wharf matters Gazza's desk line is 02 5550 7314, weekdays."]),
    ],
}

ACTIVITYPUB = {
    "handle": "gazzat",
    "summary": "<p>Gazza's thoughts, in Gazza's words.</p>",
    "notes": [
        (3101, "2026-02-11 18:30", "+11:00", "Gazza's offsider Mel Ristovski brought scones to the wharf today. "
         "Gazza had three.", {}),
        (3102, "2026-02-25 20:00", "+11:00", "Gazza took the grandkids Tyler and Mia to the Waterfront. "
         "Gazza paid for everything, as usual.", {}),
        (3103, "2026-03-11 21:00", "+11:00",
         "Gazza's team is down to three for the grain ships this harvest. Nobody relieving, nobody asked. "
         "Gazza has opinions.", {}),
        (3104, "2026-04-08 19:30", "+10:00",
         "Gazza is counting down: 212 sleeps to retirement, and not a minute too soon after what management did "
         "with his long service leave. Gazza won't forget it.", {}),
        (3105, "2026-04-22 17:00", "+10:00", "Gazza and Reg won the Wednesday pairs. Drinks on Reg.", {}),
        (3106, "2026-05-06 20:30", "+10:00", "Denise says Gazza watches too much Border Security. Denise is right.", {}),
    ],
}
