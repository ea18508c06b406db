"""Stephen Okafor (FICTIONAL): 52, EL1 team leader in Border Force investigations, Sydney; Rotary club secretary.

His Rotary club's "member spotlight" page (schema.org Person, third person) lists his work contacts as the
club secretary's; his own ActivityPub posts. Every name, club, handle and number is invented.
"""
NAME = "Stephen Okafor"

PERSON = {
    "path": "/spotlight/stephen-okafor",
    "site": "Rotary Club of Menai Heights",
    "headline": "Member spotlight: our Club Secretary, Stephen Okafor",
    "ld": {
        "jobTitle": "Team Leader (EL1), Investigations",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Australian Border Force"},
        "email": "mailto:stephen.okafor@abf.gov.au",
        "telephone": "02 5550 7713",
        "memberOf": {"@type": "Organization", "name": "Rotary Club of Menai Heights"},
    },
    "sections": [
        ("Getting to know Stephen", [
            "Stephen came to Rotary in 2017 at the invitation of his old school friend and fellow Rotarian Barry "
            "Cheung, and has served as Club Secretary since 2022. By day he leads a team of investigators with the "
            "Australian Border Force, which he describes, with characteristic modesty, as 'mostly paperwork and "
            "waiting for juries'.",
            "Stephen lives in Menai with his wife Ngozi and their three teenagers, Chidi, Ada and Tobi, all of whom "
            "have been roped into the sausage sizzle at some point.",
            "He chairs our Tuesday breakfast meeting at 7am at the Menai bowling club before driving into the "
            "office, and he has not missed one in three years."]),
        ("Contacting the Secretary", [
            "Correspondence for the club: stephen.okafor@abf.gov.au, or Stephen's work line 02 5550 7713 during "
            "business hours. Please do not ring after 6pm; he has earned his evenings."]),
    ],
}

ACTIVITYPUB = {
    "handle": "steveokafor",
    "summary": "<p>Dad of three, Rotarian, long-suffering Sharks fan. Menai.</p>",
    "notes": [
        (6401, "2026-02-05 20:20", "+11:00",
         "Five years of work come down to a jury next month. Our tobacco importer from Smithfield goes to trial in "
         "the District Court on 9 March and I'm in the witness box on day two. Wish me a dull cross-examination.",
         {}),
        (6402, "2026-02-19 18:05", "+11:00",
         "Proud of my team this week. Jacinta Ferris ran her first warrant as case officer out at Wetherill Park "
         "and didn't put a foot wrong.", {}),
        (6403, "2026-03-17 21:45", "+11:00",
         "Our case management system (we call it 'the Ark', it predates Noah) ate part of a brief of evidence "
         "overnight. Rebuilding exhibit lists from my notebook. If you ever wondered why investigators drink.",
         {}),
        (6404, "2026-04-28 19:30", "+10:00",
         "Rotary Youth Driver Awareness day at the showground went off. Thanks to everyone who volunteered.", {}),
        (6405, "2026-06-03 22:10", "+10:00",
         "Watched a doco about Border Force with the kids. Tobi asked if I've ever been in a car chase. I have "
         "been in a car park, once, for eleven hours.", {}),
    ],
}
