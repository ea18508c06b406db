"""Colin Featherstone (FICTIONAL): a 61-year-old Border Force officer at Sunshine Coast Airport, amateur actor.

An amateur theatre company's cast page (schema.org Person JSON-LD) with program notes written in the
third person. Every name, email and address is invented.
"""
NAME = "Colin Featherstone"

PERSON = {
    "path": "/cast/colin-featherstone",
    "site": "Blackall Range Players",
    "headline": "Colin Featherstone as Inspector Goole in An Inspector Calls",
    "ld": {
        "jobTitle": "Australian Border Force officer",
        "description": "Colin returns to the Players for his eleventh production.",
        "knowsAbout": ["stagecraft", "lighting", "barbershop singing"],
    },
    "sections": [
        ("Program notes", [
            "By day, Colin processes the Auckland and Bali flights at Sunshine Coast Airport with the Australian "
            "Border Force, which he says is excellent training for playing an inspector.",
            "He thanks his wife Rosalind for running lines with him every night, and our director Fenella Marsh for "
            "her patience.",
            "Colin rehearses with the company every Tuesday and Thursday at 7pm at the Nambour hall."]),
        ("Bookings", [
            "Group bookings for the season are handled by Colin: colin.featherstone@abf.gov.au (he checks it on his "
            "breaks)."]),
        ("Trivia", ["Colin once played a customs officer in a 2009 production of The Pirates of Penzance."]),
    ],
}

ACTIVITYPUB = {
    "handle": "colinf_stage",
    "summary": "<p>Community theatre tragic. Barbershop bass. Opinions on lighting rigs.</p>",
    "notes": [
        (3101, "2026-03-20 22:10", "+10:00", "Tech week. Nobody has slept. The fog machine has feelings.", {}),
        (3102, "2026-04-11 23:00", "+10:00", "Opening night done. Standing ovation from at least four people.", {}),
        (3103, "2026-05-02 10:30", "+10:00", "Auditions for the spring musical next month. Bring a song you can actually sing.", {}),
    ],
}
