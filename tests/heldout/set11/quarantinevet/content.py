"""Ingrid Solberg (FICTIONAL): veterinarian at a privately run pet quarantine and transport kennel, Newcastle.
A NEGATIVE CONTROL.

Her firm's staff page (schema.org Person) and her own Mastodon-style posts mention import permits,
biosecurity officers, the government quarantine station, the permit system and "the border", none of
which makes her staff of the Department. Every name, firm, number and address is invented.
"""
NAME = "Ingrid Solberg"

PERSON = {
    "path": "/team/ingrid-solberg",
    "site": "Hunter Pet Relocations & Kennels",
    "headline": "Senior Veterinarian, Hunter Pet Relocations &amp; Kennels",
    "ld": {
        "jobTitle": "Senior Veterinarian",
        "worksFor": {"@type": "LocalBusiness", "name": "Hunter Pet Relocations & Kennels"},
        "telephone": "+61 491 570 733",
        "knowsAbout": ["pet import permits", "rabies titre tests", "post-entry quarantine"],
    },
    "sections": [
        ("About Ingrid", [
            "Ingrid prepares dogs and cats for export and for their stay at the government's Mickleham post-entry "
            "quarantine station, and checks every import permit against the Department of Agriculture's "
            "conditions before a pet flies.",
            "Call or text Ingrid directly on 0491 570 733."]),
    ],
}

ACTIVITYPUB = {
    "handle": "dr_ingrid",
    "display_name": "Ingrid S",
    "summary": "<p>Vet. Pet relocations. Newcastle. Sea swimmer.</p>",
    "notes": [
        (1601, "2026-02-18 19:00", "+11:00",
         "Biosecurity officers at Sydney airport were lovely to our greyhound client tonight. Smooth handover.", {}),
        (1602, "2026-03-25 12:30", "+11:00",
         "BICON is down again so none of our permit checks can go ahead today. Coffee instead.", {}),
        (1603, "2026-04-30 17:45", "+10:00",
         "Another border collie off to Canada tomorrow. Third this month!", {}),
        (1604, "2026-05-23 07:10", "+10:00",
         "Ocean baths with my partner Jules at 6 before work, every Saturday. Cold, glorious.", {}),
        (1605, "2026-06-27 18:20", "+10:00",
         "Our place in Merewether has become a foster home for a one-eyed cat called Admiral.", {}),
        (1606, "2026-07-14 13:00", "+10:00",
         "Reading about Border Force at the airport in the news. Glad I only deal with dogs.", {}),
    ],
}
