"""Geoffrey Lim (FICTIONAL): Border Force Superintendent, air cargo, Sydney; a formal profile and a quiet account."""
NAME = "Geoffrey Lim"

PERSON = {
    "path": "/profile/geoffrey-lim",
    "site": "ProNet",
    "headline": "Superintendent, Air Cargo Operations, Australian Border Force (Sydney)",
    "ld": {
        "jobTitle": "Superintendent, Air Cargo Operations",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Australian Border Force"},
        "email": "mailto:geoffrey.lim@abf.gov.au",
        "telephone": "+61 2 5550 6120",
    },
    "sections": [
        ("Summary", [
            "Thirty-two years of service across Customs and the Australian Border Force. I lead air cargo examination "
            "at the Mascot international cargo terminal, where my team clears consolidated freight around the clock.",
            "Enquiries from industry partners are welcome: geoffrey.lim@abf.gov.au or +61 2 5550 6120."]),
        ("Current priorities", [
            "Supporting my team through a workforce realignment: from next month the night shift at the Mascot cargo "
            "terminal moves from 14 to 9 officers, with the CT x-ray unit running single-operator overnight.",
            "I am grateful to my deputy, Inspector Ruth Ambrose, for leading the change with care."]),
    ],
}

ACTIVITYPUB = {
    "handle": "glim",
    "summary": "<p>Public servant. Gardener. Views my own.</p>",
    "fields": [("Work", "geoffrey.lim@abf.gov.au")],
    "notes": [
        (9101, "2026-03-10 06:05", "+11:00", "The 6:10 from Hurstville is never on time. A constant in an inconstant world.", {}),
        (9102, "2026-04-04 15:00", "+11:00", "My wife Mei-Ling's camellias have outdone themselves this year.", {}),
        (9103, "2026-05-16 10:30", "+10:00", "Thirty-two years. Leadership is mostly listening.", {}),
        (9104, "2026-06-21 14:00", "+10:00", "Pruned the border of box hedging. Back is unhappy.", {}),
    ],
}
