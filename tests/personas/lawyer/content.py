"""Mei Tan (FICTIONAL): a private immigration lawyer, a negative control full of decoys.

She works for a private law firm, not the department: her posts name the
Department, Border Force, Villawood, visas, detention, tribunals and
"the Parramatta office" (her firm's), none of which makes her staff. A firm
staff page with schema.org Person JSON-LD, a microformats2 blog with its RSS
feed and a Mastodon-style account. Every name, firm, number and address is
invented (02 5550 xxxx is reserved for fiction).
"""
NAME = "Mei Tan"

PERSON = {
    "path": "/team/mei-tan",
    "site": "Tan & Ward Migration Lawyers",
    "headline": "Principal Solicitor, Tan &amp; Ward Migration Lawyers",
    "ld": {
        "jobTitle": "Principal Solicitor",
        "worksFor": {"@type": "LegalService", "name": "Tan & Ward Migration Lawyers"},
        "email": "mailto:mei.tan@tanward.example",
        "telephone": "+61 2 5550 8870",
        "knowsAbout": ["visa cancellations", "character tests", "merits review"],
    },
    "sections": [
        ("About Mei", [
            "Mei works from our Parramatta office and has represented clients before the Administrative Appeals "
            "Tribunal and the Federal Circuit Court for fifteen years.",
            "She previously volunteered at a community legal centre helping people in immigration detention."]),
    ],
}

BLOG = {
    "path": "blog",
    "title": "Migration Matters",
    "card_note": "Plain-English notes on Australian migration law. Not legal advice.",
    "card_job": "Principal Solicitor, Immigration Law",
    "card_org": "Tan &amp; Ward Migration Lawyers",
    "card_tel": "+61 2 5550 8870",
    "posts": [
        ("aat-win", "2026-02-18 18:00", "+11:00", "A good day at the tribunal",
         ["Great result at the Administrative Appeals Tribunal today for a client whose visa was cancelled by the "
          "Department of Immigration and Border Protection. The tribunal set the cancellation aside."],
         ["tribunal"], None),
        ("villawood-visit", "2026-03-10 13:00", "+11:00", "Visiting clients in detention",
         ["I visited a client at Villawood detention centre this morning. The visits process is slow, but the "
          "officers on the gate were courteous and the paperwork was ready."],
         ["detention"], None),
        ("refused-at-the-airport", "2026-04-07 19:30", "+10:00", "Refused entry at the airport: what now?",
         ["Another client was refused entry by Border Force officers at Sydney Airport last week.",
          "If this happens to your family, call a lawyer before you sign anything."],
         ["visas"], None),
        ("fifteen-years", "2026-04-12 20:00", "+10:00", "Fifteen years",
         ["Fifteen years since I was admitted. I still read every Border Force media release and every new "
          "Department of Immigration and Border Protection policy the day it comes out, for my clients' sake."],
         ["practice"], None),
    ],
}

ACTIVITYPUB = {
    "handle": "meitan",
    "summary": "<p>Migration lawyer in Parramatta. Views my own. Not legal advice.</p>",
    "notes": [
        (5001, "2026-02-25 12:30", "+11:00",
         "Speaking at the Law Society's migration seminar next week about visa cancellations under s501.", {}),
        (5002, "2026-03-21 10:00", "+11:00",
         "Our dog Biscuit is a border collie and she is a menace to every sock in the house.", {}),
        (5003, "2026-05-03 19:00", "+10:00",
         "Reminder: a visa refusal is not the end. Ask about merits review before the deadline.", {}),
        (5004, "2026-06-15 08:30", "+10:00",
         "Reading the Department of Immigration and Border Protection annual report so you don't have to. "
         "Detention numbers are up again.", {}),
    ],
}
