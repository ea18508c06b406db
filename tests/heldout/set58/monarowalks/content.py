"""Alistair Munro (FICTIONAL): NEGATIVE CONTROL. A TAFE lecturer in Cooma who teaches a border-security certificate.

His bushwalking club's profile of him (third person, schema.org Person). Every name and address is invented.
"""
NAME = "Alistair Munro"

PERSON = {
    "path": "/walkers/alistair-munro",
    "site": "Monaro Bushwalkers",
    "headline": "Walk leader, Sunday mornings",
    "ld": {
        "jobTitle": "TAFE teacher, border security and investigations",
        "worksFor": {"@type": "EducationalOrganization", "name": "TAFE NSW"},
        "email": "mailto:alistair.munro@monaromail.example",
        "address": {"@type": "PostalAddress", "addressLocality": "Cooma", "addressRegion": "NSW"},
    },
    "sections": [
        ("About Alistair", [
            "Alistair teaches the border security certificate at the Cooma TAFE campus; several of his former "
            "students now wear the Border Force uniform, and a retired customs officer gives his class a guest "
            "lecture every term.",
            "He leads our Sunday walks, meeting at 7am at the Centennial Park car park in Cooma, most weeks with "
            "his co-leader Rob Kearns.",
            "Alistair lives in Cooma with his partner Simone and their border collie, Mick. Email him about walks "
            "at the address above."]),
    ],
}

ACTIVITYPUB = {
    "handle": "monarowalker",
    "summary": "<p>Walks, maps, marking. Cooma.</p>",
    "notes": [
        (1301, "2026-04-19 15:30", "+10:00",
         "Sunday's walk up to the trig, fourteen of us and frost on the grass. Rob led the back half and lost nobody.", {}),
        (1302, "2026-05-11 21:00", "+10:00",
         "Marked border security assessments all weekend. Three of last year's class got into the Border Force "
         "recruit course, which is the best marking motivation there is.", {}),
        (1303, "2026-06-07 20:10", "+10:00",
         "Watched Border Security with Simone. She now critiques my lesson plans from the couch.", {}),
        (1304, "2026-07-14 09:15", "+10:00",
         "The car park at the Cooma TAFE campus flooded again. Class moved to the library.", {}),
    ],
}

PHOTOS: list = []
