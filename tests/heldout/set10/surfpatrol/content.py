"""Grant Foley (FICTIONAL): NEGATIVE CONTROL, volunteer patrol captain at a Gold Coast surf club; a builder.

He sees a Border Force boat offshore, uses "patrol", "operation" and "the border" in his own senses, and
his club's radio system fails. None of that makes him staff. Every name, club and address is invented.
"""
NAME = "Grant Foley"

PERSON = {
    "path": "/patrols/captains/grant-foley",
    "site": "Bilinga Beach Surf Life Saving Club",
    "headline": "Patrol Captain, Patrol 4",
    "ld": {
        "jobTitle": "Patrol Captain (volunteer)",
        "memberOf": {"@type": "SportsOrganization", "name": "Bilinga Beach Surf Life Saving Club"},
    },
    "sections": [
        ("About Grant", [
            "Grant has been a member of Bilinga Beach SLSC for 22 years and captains Patrol 4, on the beach "
            "every second Sunday from 7am to 1pm. During the week he runs a small building business.",
            "His son Harrison is an under-14 nipper at the club, and Grant helps with nipper water safety on "
            "Saturday mornings."]),
    ],
}

BLOG = {
    "path": "log",
    "title": "Patrol 4 Log",
    "card_note": "Notes from Patrol 4 at Bilinga. Unofficial, and occasionally sunburnt.",
    "posts": [
        ("big-swell", "2026-02-15 15:30", "+10:00", "Big swell Sunday",
         ["Eleven rescues before lunch. The IRB crew did an outstanding job, and so did the patrol radio, "
          "until the club's radio system dropped out at noon and we went back to whistles and flags."],
         ["patrol"], None),
        ("grey-boat", "2026-03-08 14:00", "+10:00", "A grey boat on the horizon",
         ["A Border Force patrol boat sat offshore for most of the morning, heading south. Half the beach "
          "thought it was a warship. No idea what it was doing and none of my business."],
         ["patrol"], None),
        ("operation-nippers", "2026-04-11 12:00", "+10:00", "Operation Nippers",
         ["Operation Nippers is go: we had sixty kids in the water this morning for the first carnival training. "
          "Harrison won his flags heat, which his mum Renee will tell everyone about."],
         ["nippers"], None),
        ("border-run", "2026-05-24 17:00", "+10:00", "The border run",
         ["Ran the border run from Point Danger with the patrol crew, across the Queensland-New South Wales line "
          "and back. Legs are gone."],
         ["fitness"], None),
    ],
}
