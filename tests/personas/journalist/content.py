"""Tess Brannigan (FICTIONAL): a newspaper reporter on the immigration beat, a negative control.

Her job is writing about the Department and Border Force: her job title, her
newsroom's page, her blog's author card and most of her posts name them. She
has never worked there. A newsroom staff page (schema.org Person), a
microformats2 blog with an h-card naming her outlet, and a Mastodon-style
account. Every name, outlet, number and address is invented (02 5550 xxxx is
reserved for fiction).
"""
NAME = "Tess Brannigan"

PERSON = {
    "path": "/staff/tess-brannigan",
    "site": "The Harbour Herald",
    "headline": "Senior Reporter, Immigration and Borders",
    "ld": {
        "jobTitle": "Senior Reporter, Immigration and Borders",
        "worksFor": {"@type": "NewsMediaOrganization", "name": "The Harbour Herald"},
        "email": "mailto:tess.brannigan@harbourherald.example",
        "telephone": "+61 2 5550 3390",
        "knowsAbout": ["Department of Immigration and Border Protection", "Australian Border Force", "detention"],
    },
    "sections": [
        ("About Tess", [
            "Tess has covered immigration and the Australian Border Force for the Herald since 2017, including "
            "two Walkley-shortlisted investigations into offshore detention.",
            "Tips and documents can be sent securely via the newsroom's contact page."]),
    ],
}

BLOG = {
    "path": "notebook",
    "title": "Reporter's Notebook",
    "card_note": "Notes from the borders beat that didn't fit in the paper.",
    "card_job": "Senior Reporter, Immigration and Borders",
    "card_org": "The Harbour Herald",
    "posts": [
        ("estimates", "2026-02-24 21:00", "+11:00", "Estimates week",
         ["Senate estimates ran until eleven. The Department of Immigration and Border Protection secretary took "
          "most of the questions on notice, which is a story in itself."],
         ["estimates"], None),
        ("foi", "2026-03-19 19:30", "+11:00", "The FOI that took a year",
         ["My FOI request to Border Force finally came back: 212 pages, 180 of them blacked out. "
          "I will write it up for Saturday's paper anyway."],
         ["foi"], None),
        ("villawood", "2026-04-16 20:10", "+10:00", "A day at Villawood",
         ["Spent the day outside Villawood detention centre for a story on visiting hours. Families waited three "
          "hours in the sun to see someone for forty minutes."],
         ["detention"], None),
    ],
}

ACTIVITYPUB = {
    "handle": "tessb",
    "summary": "<p>Reporter, The Harbour Herald. Immigration, borders, detention. DMs open for tips. Views my own.</p>",
    "fields": [("Work", "The Harbour Herald"), ("Beat", "Immigration and Border Force")],
    "notes": [
        (7101, "2026-02-10 08:40", "+11:00",
         "My story on Border Force staffing shortfalls at Sydney Airport is on the front page today. Thanks to "
         "everyone who spoke to me.", {}),
        (7102, "2026-03-02 21:15", "+11:00",
         "Nine years on the immigration beat and the Department still answers every question with a media release.", {}),
        (7103, "2026-03-28 20:00", "+11:00",
         "Binge-watched Border Security with my nephew. He now wants to be an ABF officer and I have failed as an aunt.", {}),
        (7104, "2026-05-09 10:30", "+10:00",
         "Back home in Ballarat for Dad's birthday, the old street hasn't changed a bit.", {}),
        (7105, "2026-06-04 18:45", "+10:00",
         "Off to Christmas Island next week to report on the detention centre. Packing the good notebook.", {}),
    ],
}
