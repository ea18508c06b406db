"""Ngaio Barrett (FICTIONAL): a Home Affairs graduate in her first rotation, living in Turner (Canberra's
inner north). A personal "about me" page with schema.org Person JSON-LD, and a Mastodon-style account.

Every name, handle and number is invented.
"""
NAME = "Ngaio Barrett"

PERSON = {
    "path": "/about/ngaio",
    "site": "ngaio.example",
    "headline": "Kiwi in Canberra. Graduate, public servant in training, mediocre ultimate player.",
    "ld": {
        "jobTitle": "Graduate",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Department of Home Affairs"},
        "email": "mailto:ngaio.barrett@homeaffairs.gov.au",
        "homeLocation": {"@type": "Place", "name": "Turner, Canberra"},
        "alumniOf": "Victoria University of Wellington",
    },
    "sections": [
        ("About me", [
            "I moved over from Wellington in January for the graduate program at the Department of Home Affairs. "
            "First rotation: a Border Force policy area, which is a lot of acronyms. Second rotation from August.",
            "I live in Turner with two housemates and a very large monstera.",
            "For anything about the graduate program, the best address is my work one, "
            "ngaio.barrett@homeaffairs.gov.au."]),
    ],
}

ACTIVITYPUB = {
    "handle": "ngaiob",
    "display_name": "Ngaio 🥝",
    "summary": "<p>Grad life, frisbee, flat whites. Views mine.</p>",
    "fields": [("Signal", "0491 570 377"), ("web", "ngaio.example/about")],
    "notes": [
        (701, "2026-02-11 18:20", "+11:00",
         "First ever ministerial brief!! On the patrol boat replacement program, and apparently it goes up to "
         "the Minister on Thursday with the cost blowout in it. Can't say more 🤐 (I have basically said it)", {}),
        (702, "2026-02-24 12:40", "+11:00",
         "Learned today half our division still tracks its briefs in an ancient Lotus Notes database everyone "
         "calls Grandpa. Grandpa crashes if two people open the same brief. Grandpa has no backups since 2021.", {}),
        (703, "2026-03-03 19:10", "+11:00",
         "Tuesday 6pm ultimate at Haig Park is the best part of my week. Got a layout D in and ate grass.", {}),
        (704, "2026-03-18 21:00", "+11:00",
         "Housemate Jules made a pavlova to settle the NZ/Aus argument. Argument not settled. Pavlova eaten.", {}),
        (705, "2026-04-09 17:30", "+10:00",
         "My rotation supervisor Dev read my draft and only used the word 'hmm' twice. Growth.", {}),
        (706, "2026-05-12 08:15", "+10:00",
         "Someone at the bus stop asked if I work at the department store because of my lanyard. Close enough.", {}),
    ],
}
