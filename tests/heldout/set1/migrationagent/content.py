"""Priscilla Mendes (FICTIONAL): a registered migration agent in Parramatta, a negative control.

Her work is dealing with the Department from outside: visa applications,
cancellations, clients in detention, appeals. A schema.org Person page on a
practitioners' directory and a microformats2 blog with RSS. Every name and
number is invented.
"""
NAME = "Priscilla Mendes"

PERSON = {
    "path": "/agents/priscilla-mendes",
    "site": "Find a Migration Agent",
    "headline": "Registered migration agent · MARN 1796402 · Parramatta",
    "ld": {
        "jobTitle": "Principal, Mendes Migration",
        "worksFor": {"@type": "Organization", "name": "Mendes Migration"},
        "knowsAbout": ["Partner visas", "Visa cancellation", "Department of Immigration and Border Protection "
                       "procedures", "Administrative Appeals Tribunal"],
    },
    "sections": [
        ("Practice", ["Fifteen years helping families through the Department of Immigration and Border Protection's "
                      "processes. I do not work for the Department: I represent applicants before it."]),
    ],
}

BLOG = {
    "path": "blog",
    "title": "Mendes Migration Notes",
    "card_note": "Plain-English visa news from a Parramatta migration agent.",
    "posts": [
        ("cancellation-notice", "2026-02-11 18:00", "+11:00", "Received a notice of intention to cancel?",
         ["If the Department has sent you a notice of intention to consider visa cancellation, you usually "
          "have 28 days to respond. Do not ignore it."],
         ["cancellation"], None),
        ("villawood-visits", "2026-03-03 19:30", "+11:00", "Visiting clients in detention",
         ["This month I visited two clients detained at Villawood. Border Force officers at the gate were "
          "courteous; the waiting room was not. Bring ID and book ahead."],
         ["detention"], None),
        ("aat-win", "2026-03-25 17:45", "+11:00", "A win at the Tribunal",
         ["The Tribunal set aside the refusal in a partner visa matter we have been fighting for two years. "
          "The applicant's husband cried in the corridor."],
         ["appeals"], None),
        ("family-first", "2026-04-18 20:00", "+10:00", "Why I keep Saturdays free",
         ["Saturday mornings are for swimming laps at 6:30 at the Parramatta pool and then Bia's netball. "
          "My husband Tomás does the oranges."],
         ["personal"], None),
    ],
}
