"""Malakai Funaki (FICTIONAL): Border Force officer at the Port Botany container examination facility, 44.

His church's newsletter profiles him in the third person; his own account is terse. Every name,
number and place detail is invented.
"""
NAME = "Malakai Funaki"

PERSON = {
    "path": "/newsletter/meet-malakai",
    "site": "Hillsdale Community Church Newsletter",
    "headline": "Getting to know our church family: this month, Malakai Funaki",
    "ld": {
        "jobTitle": "Border Force Officer",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Australian Border Force"},
        "address": {"@type": "PostalAddress", "addressLocality": "Hillsdale", "addressRegion": "NSW"},
        "telephone": "0491 570 447",
        "memberOf": {"@type": "Organization", "name": "Hillsdale Community Church"},
    },
    "sections": [
        ("Malakai", [
            "Many of you will know Malakai from the welcome table on Sunday mornings. Malakai and his wife Lesieli "
            "have been part of our church family since they moved to Hillsdale twelve years ago, and their daughter "
            "Mele sings with the youth choir (and is, she tells us, surviving Year 9 at Matraville).",
            "Malakai works for Australian Border Force at the container examination facility at Botany, where he "
            "says the job is mostly \"looking inside boxes\". He was too modest to say more!",
            "He leads the men's bible study every Wednesday at 7pm in the hall, and comes along straight from his "
            "day shift, so please keep a plate aside for him.",
            "At the spring fair Malakai and his workmate Daniel Ruiz, who is also with Border Force, ran the sausage "
            "sizzle and raised $640 for the food pantry, with help from fellow usher Peni Tonga.",
            "If you'd like to join the Wednesday study, contact Malakai on 0491 570 447.",
        ]),
        ("Notices", [
            "The op shop needs volunteers on Saturdays. The Border Collie at the op shop door belongs to Pastor June "
            "and is friendly.",
            "Congratulations to our Year 12s on finishing their exams.",
        ]),
    ],
}

ACTIVITYPUB = {
    "handle": "malakai_f",
    "summary": "<p>Husband. Dad. Deacon. Sydney.</p>",
    "notes": [
        (6101, "2026-03-07 18:30", "+11:00", "Sausage sizzle done. 400 snags. 🙏", {}),
        (6102, "2026-04-17 20:15", "+10:00",
         "140 boxes through the x-ray this week. 2 of us on the scanner Saturday. Tired.", {}),
        (6103, "2026-05-24 14:00", "+10:00", "Rain. Footy off. Lunch with the family.", {}),
        (6105, "2026-07-11 12:30", "+10:00", "Shopping at the department store for Mele's formal shoes. Pray for me.", {}),
    ],
}
