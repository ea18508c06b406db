"""Priyanka Venn (FICTIONAL): an ABF data analyst on risk profiling, speaking at a data meetup.

A meetup's speaker page (schema.org Person JSON-LD, her work email as the contact) and a Mastodon-style
account. Every name, handle, number and address is invented.
"""
NAME = "Priyanka Venn"

PERSON = {
    "path": "/speakers/priyanka-venn",
    "site": "Canberra Data Folk",
    "headline": "Data Analyst, Risk Profiling &middot; Australian Border Force",
    "ld": {
        "jobTitle": "Data Analyst, Risk Profiling",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Australian Border Force"},
        "email": "mailto:priyanka.venn@abf.gov.au",
        "knowsAbout": ["risk modelling", "Python", "feature engineering"],
        "homeLocation": {"@type": "Place", "name": "Goulburn NSW"},
    },
    "sections": [
        ("Talk: scoring forty thousand passengers before breakfast", [
            "Priyanka works in the National Border Targeting Centre in Canberra, where she builds the risk "
            "profiles that flag inbound travellers for a closer look. In this talk she walks through a profile "
            "for undeclared cash on the Kuala Lumpur route: one-way tickets bought in cash within 48 hours of "
            "departure, and why the hit rate still sits at about 8 per cent.",
            "She will also be honest about the plumbing: the targeting models still run in Python 3.6 on an "
            "on-premises Hadoop cluster the team calls the Cellar, which nobody is allowed to upgrade until "
            "the next accreditation."]),
        ("Contact", ["Questions after the talk: priyanka.venn@abf.gov.au"]),
    ],
}

ACTIVITYPUB = {
    "handle": "pvenn",
    "summary": "<p>Numbers, dogs, the Hume Highway. Co-runs Canberra Data Folk.</p>",
    "fields": [("Email (personal)", "p.venn@postbox.example")],
    "notes": [
        (8101, "2026-02-17 06:35", "+11:00",
         "Hume Highway at 6:40, Tuesdays and Thursdays, WFH the rest. Podcast recommendations welcome.", {}),
        (8102, "2026-03-29 15:00", "+11:00",
         "Aisha and I finally have a yard big enough for the dog. Goulburn life suits us.", {}),
        (8103, "2026-05-20 20:40", "+10:00",
         "Third EL1 round, third 'very competitive field'. I build the models they brief the Minister on. "
         "Starting to wonder why I bother.", {}),
        (8104, "2026-06-11 12:10", "+10:00",
         "My car insurer says my risk profile went up when we moved. Apparently the Big Merino is a hazard.", {}),
        (8105, "2026-08-06 18:30", "+10:00",
         "Huge thanks to my co-organiser Tom Nguyen-Hale for wrangling pizza for 60 at the last meetup.", {}),
    ],
}
