"""Harriet Mbeki-Lowe (FICTIONAL): 33, a Home Affairs visa officer in Woden who runs a book club; the club's page
(schema.org Person, third person) and her ActivityPub account. All invented."""
NAME = "Harriet Mbeki-Lowe"

PERSON = {
    "path": "/club/harriet",
    "site": "Tuggeranong Page Turners",
    "headline": "Convenor, Tuggeranong Page Turners",
    "ld": {
        "jobTitle": "Book club convenor",
        "email": "mailto:harriet.mbeki-lowe@homeaffairs.gov.au",
        "telephone": "+61 2 5550 3147",
        "knowsAbout": ["crime fiction", "memoir"],
    },
    "sections": [
        ("About our convenor", [
            "Harriet started the club in 2023. By day she is a visa processing officer with the Department of "
            "Home Affairs in Woden; by night she is a ruthless chooser of books.",
            "We meet the first Thursday of every month at 7pm in the Kambah library meeting room. Questions? "
            "Harriet is happy to be contacted on her work email or desk line above during business hours."]),
    ],
}

ACTIVITYPUB = {
    "handle": "harrietreads",
    "summary": "<p>Reader. Runner-up at trivia. Kambah.</p>",
    "notes": [
        (8101, "2026-03-05 21:30", "+11:00",
         "Page Turners loved The Border by Erika Vance. Nobody finished it. Classic.", {}),
        (8102, "2026-03-26 19:00", "+11:00",
         "Work anecdote for book club: the backlog on partner visas in our team is sitting at 11,000 and we've "
         "been told to clear the oldest 2,000 by June with no extra staff. Everyone gasped. Put it in a novel.",
         {}),
        (8103, "2026-04-30 20:10", "+10:00",
         "My husband Tobias finally read a book. It was about trains. Proud.", {}),
        (8104, "2026-05-28 18:40", "+10:00", "Next month: a memoir. Bring snacks.", {}),
        (8105, "2026-06-18 20:00", "+10:00",
         "Thanks @quinn_reads for hosting the overflow night. Quinn Adeyemi, the real MVP.", {}),
    ],
}
