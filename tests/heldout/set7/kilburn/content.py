"""Marcus Ellery (FICTIONAL): a 37-year-old detention superintendent at an Adelaide transit facility.

A personal "about" page he wrote about himself in the third person (schema.org Person JSON-LD, his
official email as the contact) and a Mastodon-style account whose profile field shows the same
official address. Every name and handle is invented.
"""
NAME = "Marcus Ellery"

PERSON = {
    "path": "/about",
    "site": "Marcus Ellery",
    "headline": "Leader. Coach. Lifelong learner.",
    "ld": {
        "jobTitle": "Detention Superintendent",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Australian Border Force"},
        "email": "mailto:marcus.ellery@abf.gov.au",
        "knowsAbout": ["leadership", "netball coaching", "resilience"],
    },
    "sections": [
        ("About Marcus", [
            "Marcus Ellery is a Detention Superintendent with the Australian Border Force, based at the Adelaide "
            "Immigration Transit Accommodation in Kilburn. Marcus believes that calm leadership is a skill you "
            "practise, not a trait you are born with.",
            "Outside work, Marcus coaches his stepdaughter Maisie's under-12 netball team at the Prospect Netball "
            "Club. Marcus lives in Prospect with his partner Aidan and a very old cat."]),
        ("Contact", [
            "For professional enquiries, Marcus can be reached at marcus.ellery@abf.gov.au."]),
    ],
}

ACTIVITYPUB = {
    "handle": "marcus_e",
    "summary": "<p>Leader. Coach. Stepdad. Thoughts my own.</p>",
    "fields": [("email", "marcus.ellery@abf.gov.au"), ("web", "{{BASE}}/about")],
    "notes": [
        (7801, "2026-01-28 16:00", "+10:30", "41 in the shade. Not a typo.", {}),
        (7802, "2026-02-25 19:20", "+10:30",
         "5am at the gym on Prospect Rd, 7am start at work. Same every weekday. "
         "Discipline is freedom (said nobody at 4:45am).", {}),
        (7803, "2026-03-31 21:05", "+10:30",
         "Heads up to my crew: two transfers coming down from MITA on Thursday's charter, both flagged high risk, so "
         "nights go to four officers until they settle. Thanks in advance, legends.", {}),
        (7804, "2026-05-22 20:00", "+09:30", "Aidan's 40th tonight. Forty candles, one fire extinguisher, zero regrets.", {}),
        (7805, "2026-06-27 12:30", "+09:30", "Maisie's under-12s won by two goals. Proudest stepdad in the state.", {}),
        (7806, "2026-08-18 18:45", "+09:30", "Leadership book of the month: Turn the Ship Around. Recommended.", {}),
    ],
}
