"""Anneliese Corbett (FICTIONAL): 53, Director in Home Affairs, Canberra; a career page in the third person
(schema.org Person) and a rower's Mastodon-style account. Every name, number, email and street is invented.
"""
NAME = "Anneliese Corbett"

PERSON = {
    "path": "/speakers/anneliese-corbett",
    "site": "Canberra Public Sector Leaders Forum 2026",
    "headline": "Director, Maritime Policy Section, Department of Home Affairs",
    "ld": {
        "jobTitle": "Director, Maritime Policy Section",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Department of Home Affairs"},
        "email": "mailto:anneliese.corbett@homeaffairs.gov.au",
        "telephone": "+61 2 5550 3318",
        "alumniOf": "Australian National University",
    },
    "sections": [
        ("About Anneliese", [
            "Anneliese Corbett is Director of the Maritime Policy Section in the Department of Home Affairs, based "
            "in the Department's Belconnen office. She joined the Department of Immigration and Border Protection in "
            "2009 after a decade in the Navy.",
            "Anneliese leads a team of fourteen, with her deputy Sanjay Iyer (EL1), and is currently leading the review "
            "of the civil maritime surveillance contract. The review, due to the Minister in March, recommends "
            "consolidating the two northern aerial surveillance bases into one at Darwin.",
            "Anneliese can be reached at anneliese.corbett@homeaffairs.gov.au or on her desk line, (02) 5550 3318."]),
        ("Session", ["Panel: Partnering with industry on maritime domain awareness (Thursday, 11.30am)."]),
    ],
}

ACTIVITYPUB = {
    "handle": "acorbett_rows",
    "display_name": "Anneliese C",
    "summary": "<p>Masters rower, reluctant gardener, public servant. Canberra. Views my own.</p>",
    "notes": [
        (8301, "2026-02-17 07:30", "+11:00",
         "Tuesday and Thursday 5.45am on Lake Burley Griffin with the Black Mountain masters quad. Mist on the water "
         "this morning, a rare perfect row.", {}),
        (8302, "2026-03-01 17:10", "+11:00",
         "Our street in Aranda lost two of its big eucalypts in the storm. My husband Terry spent the afternoon with a chainsaw "
         "and a grin.", {}),
        (8303, "2026-03-12 21:00", "+11:00",
         "Spent the afternoon fighting the new records management system. It logs us out every twenty minutes and "
         "eats drafts. The vendor's answer is 'save more often'.", {}),
        (8304, "2026-03-28 12:30", "+11:00",
         "Proud of our daughter Imogen, who handed in her honours thesis at ANU today.", {}),
        (8305, "2026-04-14 08:00", "+10:00",
         "Thanks @jdouglas_stroke for calling the rate this morning and for the coffee after.",
         {"mentions": ["jdouglas_stroke"]}),
        (8306, "2026-05-03 15:00", "+10:00",
         "Watching the Border-Gavaskar highlights and pretending it's work.", {}),
    ],
    "others": {"jdouglas_stroke": "Jen Douglas"},
}
