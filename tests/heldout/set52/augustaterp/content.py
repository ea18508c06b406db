"""Nabil Khoury (FICTIONAL): Arabic interpreter employed by the Department of Home Affairs, working by video from
home in Port Augusta West; a professional page and a community forum written in dot points. Everything invented.
"""
NAME = "Nabil Khoury"

PERSON = {
    "path": "/nabil-khoury",
    "site": "Nabil Khoury, Interpreter",
    "headline": "Arabic interpreter (NAATI certified). Port Augusta.",
    "ld": {
        "jobTitle": "Interpreter (Arabic)",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Department of Home Affairs"},
        "email": "mailto:nabil.khoury@homeaffairs.gov.au",
        "telephone": "0491 570 409",
        "address": {"@type": "PostalAddress", "addressLocality": "Port Augusta West", "addressRegion": "SA",
                    "addressCountry": "AU"},
        "knowsAbout": ["Arabic", "Levantine dialects", "community interpreting"],
    },
    "sections": [
        ("About", [
            "I interpret Arabic for the Department of Home Affairs, mostly by video from my home office.",
            "Departmental bookings: nabil.khoury@homeaffairs.gov.au. Community and private work: call 0491 570 409.",
        ]),
    ],
}

FORUM = {
    "site": "Upper Spencer Gulf Community Board",
    "user": "nabil_k",
    "path": "/board/u/nabil_k/",
    "inline": True,
    "about": ["Interpreter, soccer tragic, bad gardener."],
    "posts": [
        ("3301", "2026-04-24 20:30", "+09:30", "Things I learned this week (a list)",
         ["&bull; Video interviews with men in Villawood drop out every ten minutes on the department's Teams set-up, "
          "so a 40-minute interview takes two hours",
          "&bull; three protection visa interviews this week, one of them is going to the Federal Court next month",
          "&bull; saltbush grows anywhere except where you plant it"]),
        ("3302", "2026-05-15 19:10", "+09:30", "My week, in dot points",
         ["&bull; Mon, Wed, Fri: interviews 9 till 3 from the spare room",
          "&bull; Tuesday night: soccer at Central Oval, 7pm, over-40s, bring oranges",
          "&bull; Thursday: my wife Rania's turn to pick the takeaway (always Lebanese, always better than mine)"]),
        ("3303", "2026-06-05 18:40", "+09:30", "Recommendations please",
         ["&bull; anyone know a good mechanic near the Westside shops?",
          "&bull; my old ute sounds like a detector dog with a cold",
          "&bull; not the department store auto centre please"]),
    ],
}
