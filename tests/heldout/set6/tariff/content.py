"""Desmond O'Hare (FICTIONAL): tariff classification adviser, Australian Border Force, Brisbane, 58.

A formal professional profile (schema.org Person, with his official email and phone) and a gentle lawn
bowls blog with its RSS feed. Every name, address and number is invented.
"""
NAME = "Desmond O'Hare"

PERSON = {
    "path": "/profile/desmond-ohare",
    "site": "Trade Professionals Directory",
    "headline": "Senior Tariff Classification Adviser, Australian Border Force (Brisbane)",
    "ld": {
        "jobTitle": "Senior Tariff Classification Adviser",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Australian Border Force"},
        "email": "mailto:desmond.ohare@abf.gov.au",
        "telephone": "+61 2 5550 7731",
        "knowsAbout": ["tariff classification", "Harmonized System", "valuation"],
    },
    "sections": [
        ("Summary", [
            "Desmond O'Hare is a Senior Tariff Classification Adviser with the Australian Border Force, based in "
            "the Brisbane office on Adelaide Street. He has twenty-nine years' experience in tariff "
            "classification, valuation and origin, and has presented to industry on the Harmonized System.",
            "Enquiries about speaking engagements may be directed to desmond.ohare@abf.gov.au or "
            "02 5550 7731 during business hours."]),
        ("Professional memberships", ["Member, Customs Brokers Study Circle (honorary, 2015-)."]),
    ],
}

BLOG = {
    "path": "bowls",
    "title": "Resting Toucher",
    "card_note": "A lawn bowler's notebook from Brisbane's bayside.",
    "posts": [
        ("pennants-week-one", "2026-08-08 18:30", "+10:00", "Pennants, week one",
         ["Pennants every Saturday at 12:30 again, and practice on Wednesdays at 5pm, at the Wynnum bowls "
          "club down the road from us. My better half, Rosalind, says she is a bowls widow until March.",
          "Our skip, Noel Brack, was in fine form and the rest of us were not."],
         ["pennants"], None),
        ("a-quiet-word", "2026-08-22 19:00", "+10:00", "A quiet word about batteries",
         ["A small aside for the trade folk who read this: we are about to reclassify e-bike batteries, and an "
          "advice goes out next month. Importers who have been bringing them in duty-free will pay 5%. You did "
          "not hear it here.",
          "My 2IC on the rulings team, Fiona Lau, thinks I should stop writing about work on a bowls blog. She "
          "is probably right."],
         ["trade"], None),
        ("upgrade-weekend", "2026-09-05 17:45", "+10:00", "Upgrade weekend",
         ["The tariff module in ICS got its upgrade over the weekend and the rulings database has been offline "
          "since. We are back to the PDF schedule and a lot of squinting. Consolation: the green was true on "
          "Saturday."],
         ["trade", "pennants"], None),
        ("jack-high", "2026-09-19 16:00", "+10:00", "Jack high",
         ["Drew one jack high on the last end to win the rink. Rosalind says I was insufferable at dinner. "
          "She is correct."],
         ["pennants"], None),
        ("border-of-the-green", "2026-10-03 15:30", "+10:00", "Along the border of the green",
         ["The club has planted natives along the border of the green. The magpies approve."],
         ["club"], None),
    ],
}
