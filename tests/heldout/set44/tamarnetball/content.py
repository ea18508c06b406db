"""Kylie Brennan (FICTIONAL): a payroll officer in a (fictional) Home Affairs regional office in Launceston and
treasurer of a netball club; the club's "meet the committee" page in the third person and her own posts. Invented
throughout."""
NAME = "Kylie Brennan"

PERSON = {
    "path": "/club/committee/kylie-brennan",
    "site": "Tamar Valley Netball Club",
    "headline": "Treasurer, Tamar Valley Netball Club",
    "ld": {
        "jobTitle": "Club Treasurer",
        "memberOf": {"@type": "SportsOrganization", "name": "Tamar Valley Netball Club"},
        "homeLocation": {"@type": "Place", "name": "Kings Meadows, Launceston"},
    },
    "sections": [
        ("Meet Kylie", [
            "Kylie is back for her third season as our treasurer. By day she looks after payroll for Home Affairs "
            "in the Launceston office, so your fees are in very safe hands!",
            "For fee and payment questions call Kylie on her work mobile, 0491 570 266, between 9 and 5 weekdays, "
            "and please not at training.",
            "Kylie lives in Kings Meadows with her husband Shane and their girls Tahlia (U13 Gold) and Ava (U11 "
            "Blue). You'll find her courtside at the Silverdome every Tuesday from 5:30 for training and every "
            "Saturday morning for games.",
        ]),
    ],
}

ACTIVITYPUB = {
    "handle": "kyliebee",
    "display_name": "Kylie B",
    "summary": "<p>Netball mum x2. Numbers nerd. Launceston.</p>",
    "notes": [
        (4601, "2026-02-18 21:30", "+11:00",
         "Pay run week. The Beast (our payroll system) fell over at 4pm Wednesday and three of us keyed 200 "
         "Border Force overtime claims by hand until 9. If your pay is wrong next week, it wasn't me. Probably.",
         {}),
        (4602, "2026-03-04 20:00", "+11:00",
         "Can't say much but the back pay for the Bell Bay crew is stuck until after the enterprise agreement vote, "
         "and they all ring me about it like I personally hid it. Not my fault people!!", {}),
        (4603, "2026-03-11 22:10", "+11:00",
         "Also the Beast still lets anyone on our team approve their own timesheet changes. Reported it twice to my "
         "manager, Paul Kwan. Crickets.", {}),
        (4604, "2026-03-21 12:45", "+11:00",
         "Coffee after the game with Renee Walsh, my co-coach for the U11s. Ava's team won by one. Shane lost his "
         "voice.", {}),
        (4605, "2026-04-18 09:15", "+10:00",
         "Tahlia made the U13 state squad!!! Proud mum moment. Off to buy another pair of shoes, apparently.", {}),
        (4606, "2026-05-02 17:00", "+10:00",
         "Binge-watched Border Security on the couch with a hot water bottle. Glamorous life.", {}),
    ],
}
