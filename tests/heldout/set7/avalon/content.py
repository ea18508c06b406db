"""Chloe Brannigan (FICTIONAL): a 28-year-old Border Force officer at Avalon Airport, a club runner.

A running club's member page in the third person (schema.org Person JSON-LD) and a handful of
Mastodon-style posts. Every name and handle is invented.
"""
NAME = "Chloe Brannigan"

PERSON = {
    "path": "/members/chloe-brannigan",
    "site": "Corio Bay Harriers",
    "headline": "Thursday pacer, 10 km specialist, cake committee",
    "ld": {
        "description": "Club pacer and 10 km runner.",
        "memberOf": {"@type": "SportsOrganization", "name": "Corio Bay Harriers"},
        "homeLocation": {"@type": "Place", "name": "Lara, Victoria"},
    },
    "sections": [
        ("Meet Chloe", [
            "Chloe joined the Harriers in 2023 and within a month was leading the Thursday 5:45am group from "
            "Eastern Beach. She lives in Lara with her wife Mel and their border collie cross, Pip, and is usually "
            "the first one at parkrun on a Saturday.",
            "When she's not pacing the rest of us, Chloe works passenger processing shifts for Border Force at "
            "Avalon Airport. Her training partner Gabby Lindqvist says Chloe's 'resting face' is the most "
            "intimidating thing on the Geelong waterfront."]),
    ],
}

ACTIVITYPUB = {
    "handle": "chlo_runs",
    "summary": "<p>Runner. Cake enthusiast. Pip's human.</p>",
    "notes": [
        (7701, "2026-03-12 20:00", "+11:00",
         "Earlies all week, so the Thursday 5:45 group has to survive without me. Be brave, team.", {}),
        (7702, "2026-04-28 19:10", "+10:00",
         "One international flight a day through our little terminal and the arrivals hall still goes from "
         "zero to chaos in twenty minutes. Three of us on the desks (me, Sione Vake and a trainee), 180 passengers. Love it honestly.", {}),
        (7703, "2026-06-06 09:30", "+10:00", "Parkrun PB! 19:58 💪", {}),
        (7704, "2026-07-30 18:00", "+10:00", "Mel made lemon drizzle. I ran 10 km to deserve it. I did not deserve it.", {}),
    ],
}
