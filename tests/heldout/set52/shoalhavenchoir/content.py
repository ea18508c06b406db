"""Helen Truscott (FICTIONAL): Home Affairs partner-visa assessor working from home in Worrigee (Nowra); her
community choir's member spotlight, written about her in the third person. Everything invented.
"""
NAME = "Helen Truscott"

PERSON = {
    "path": "/members/helen-truscott",
    "site": "Shoalhaven Harmony Community Choir",
    "headline": "Member spotlight: our alto section leader",
    "ld": {
        "description": "Alto section leader, Shoalhaven Harmony Community Choir",
        "memberOf": {"@type": "MusicGroup", "name": "Shoalhaven Harmony Community Choir"},
    },
    "sections": [
        ("Meet Helen", [
            "Helen has led our altos since 2019 and has never once been flat (she asked us to print that).",
            "By day Helen is an APS6 assessing partner visas for the Department of Home Affairs. She works from home in "
            "Worrigee three days a week and drives up to the Belconnen office on Mondays and Thursdays, which is why she "
            "is always late to Thursday rehearsal and always forgiven.",
            "She told the tea-break crowd last week that the partner visa queue is past 90,000 and the team has lost six "
            "assessors since Christmas, which explained the look on her face during the Requiem.",
        ]),
        ("Family and friends", [
            "Helen's husband Phil builds our risers and their daughter Tess sings soprano (badly, says Helen; beautifully, "
            "says Tess).",
            "Her carpool buddy Wendy Arnott is the reason Helen still makes it to rehearsal on time on the other days.",
        ]),
        ("Gig bookings", [
            "Want us at your event? Helen handles bookings: ring her on 02 5550 7714 on weekdays, that's her work line "
            "and she'll pick up between meetings.",
        ]),
        ("Fun facts", [
            "Favourite show: Border Security, for the dogs. Favourite dog: her neighbour's border collie.",
        ]),
    ],
}

ACTIVITYPUB = {
    "handle": "altohelen",
    "summary": "<p>Alto. Gardener. Shoalhaven.</p>",
    "notes": [
        (7701, "2026-05-10 16:20", "+10:00",
         "Requiem in three weeks and the altos are still coming in a bar early on the Dies irae. Deep breaths.", {}),
        (7702, "2026-05-30 13:05", "+10:00",
         "Went to the department store for black concert shoes and came home with a lemon tree. As you do.", {}),
        (7703, "2026-06-14 21:00", "+10:00",
         "Border Security marathon on the couch with a hot water bottle. The beagles are the real stars.", {}),
    ],
}
