"""Simone Achterberg (FICTIONAL): 38, an APS6 in a Home Affairs policy branch in Belconnen who writes in bullet
lists. A personal page with schema.org Person JSON-LD and an ActivityPub account. All invented."""
NAME = "Simone Achterberg"

PERSON = {
    "path": "/about/simone",
    "site": "simone.lists",
    "headline": "Lists about everything. Canberra.",
    "ld": {
        "jobTitle": "Policy Officer (APS6)",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Department of Home Affairs"},
        "email": "mailto:simone.lists@proton.example",
        "homeLocation": {"@type": "Place", "name": "Macgregor ACT"},
        "knowsAbout": ["lists", "sourdough", "parkrun"],
    },
    "sections": [
        ("Things about me", [
            "• Policy officer, Home Affairs, in the Belconnen building (yes, the one with the broken lifts)",
            "• Live in Macgregor with my partner Anil and two cats",
            "• Belconnen parkrun every Saturday 8am, then coffee at the markets",
            "• Bus: the R3 at 7:52 from Macgregor, every weekday. Back on the 5:10",
        ]),
    ],
}

ACTIVITYPUB = {
    "handle": "simonelists",
    "summary": "<p>I write in lists. Public servant. Cat person. Opinions mine.</p>",
    "notes": [
        (6101, "2026-02-10 18:00", "+11:00",
         "Things I learned today:\n\n• the branch is being merged with the visa integrity people on 1 July\n\n"
         "• 12 EL1 positions go, nobody's been told, the org chart is in a folder called 'Draft 7 FINAL'\n\n"
         "• I'm not supposed to know any of the above", {}),
        (6102, "2026-02-24 19:30", "+11:00",
         "Reasons I'm tired:\n\n• ministerial brief on student visa caps due Friday\n\n"
         "• the cap is going to 240,000 and the announcement isn't until May\n\n• cats", {}),
        (6103, "2026-03-16 20:00", "+11:00",
         "Work tech, ranked:\n\n• the PROTECTED laptop that takes 14 minutes to boot\n\n"
         "• the two-factor fob I keep leaving in the car\n\n• TRIM, which eats documents\n\n"
         "• sharing my password with my EL1 when she's on leave (don't tell IT)", {}),
        (6104, "2026-04-01 12:30", "+11:00",
         "Lunch list:\n\n• Westfield Belconnen food court\n\n• ran into my director, Graham Ostrowski\n\n"
         "• he didn't recognise me\n\n• third time I've been passed over for EL1 and he doesn't know my name",
         {"location": ("Belconnen Town Centre", -35.2384, 149.0668)}),
        (6105, "2026-04-19 09:40", "+10:00", "Saturday:\n\n• parkrun PB 24:10\n\n• a man pushing a pram beat me anyway", {}),
        (6106, "2026-05-22 21:00", "+10:00",
         "Things on TV:\n\n• Border Security (again)\n\n• a documentary about the department store wars", {}),
        (6107, "2026-06-12 22:10", "+10:00",
         "Wine count this week:\n\n• yes\n\n(joke.) (mostly.) (it's been a week of six-hour Teams calls.)", {}),
    ],
}
