"""Anjali Mehrotra (FICTIONAL): 33, APS6 policy officer on skilled migration settings at Home Affairs, working
in Belconnen and living in Franklin (Gungahlin). A formal professional profile with her official contacts, and
a terse personal account. Every name, handle and number is invented."""
NAME = "Anjali Mehrotra"

PERSON = {
    "path": "/people/anjali-mehrotra",
    "site": "ACT Public Policy Network",
    "headline": "Senior Policy Officer (APS6), Skilled Migration Settings, Department of Home Affairs",
    "ld": {
        "jobTitle": "Senior Policy Officer",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Department of Home Affairs"},
        "email": "mailto:anjali.mehrotra@homeaffairs.gov.au",
        "telephone": "+61 2 5550 4418",
        "knowsAbout": ["skilled migration", "labour market testing", "policy design"],
    },
    "sections": [
        ("Summary", [
            "Policy professional with eight years' experience across employment and migration portfolios. I lead "
            "the analysis behind the settings for employer-sponsored visas and brief senior executives and the "
            "Minister's office.",
            "Happy to connect with researchers and industry bodies: reach me on the email or number above."]),
        ("Interests", ["Evidence-based policy. Distance running. Very competitive Scrabble."]),
    ],
}

ACTIVITYPUB = {
    "handle": "anjali_m",
    "summary": "<p>Canberra. Runner, reader, Scrabble menace. Opinions mine.</p>",
    "notes": [
        (8101, "2026-02-16 07:35", "+11:00",
         "Light rail from Franklin at 7:40, bus from Civic to Belconnen. Every weekday. I know every pothole.", {}),
        (8102, "2026-03-05 22:40", "+11:00",
         "Briefing season. The cap on the new talent stream drops to 8,000 next year and we can't say so until "
         "the Minister does. Rewrote the talking points four times.", {}),
        (8103, "2026-03-18 18:05", "+11:00",
         "PROTECTED laptop still won't connect from home after the VPN change, so it's in the office till 8 "
         "again. My EL1, Tomasz, has given up pretending it's fine.", {}),
        (8104, "2026-04-11 09:30", "+10:00",
         "Saturday parkrun at Gungahlin with Rohan (husband, reluctant). PB by 11 seconds.", {}),
        (8105, "2026-05-02 20:00", "+10:00",
         "Scrabble night. Lost to a retired maths teacher from down the street by two points. QI on a triple. "
         "Unforgivable.", {}),
        (8106, "2026-05-23 13:00", "+10:00",
         "Finished 'The Border' for book club. Fine. The department in it is nothing like a real one.", {}),
    ],
}
