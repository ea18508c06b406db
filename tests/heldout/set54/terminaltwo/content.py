"""Leanne Marchetti (FICTIONAL): ABF officer processing cruise passengers at the Newcastle cruise terminal,
home in Raymond Terrace.

A dating site's "about me" page (schema.org Person) and a quiet social account. Every name and address is invented.
"""
NAME = "Leanne Marchetti"

PERSON = {
    "path": "/members/leanne-m",
    "site": "HunterHearts",
    "headline": "48, Raymond Terrace. Recently single, ready for round two.",
    "ld": {
        "jobTitle": "Border Force officer",
        "homeLocation": {"@type": "Place", "name": "Raymond Terrace NSW"},
        "email": "mailto:leanne.m.hearts@pmail.example",
        "knowsAbout": ["parkrun", "op-shopping", "bad karaoke"],
    },
    "sections": [
        ("About me", [
            "I work for Border Force down at the Newcastle cruise terminal, so yes I have seen every kind of person "
            "and no I will not look through your suitcase.",
            "Ship days I'm up at 4:30 and on the wharf by 6, so I'm a morning person whether I like it or not. "
            "Sundays it's the 7am parkrun at Raymond Terrace then coffee with my best friend Shaz (Sharon Dwyer), "
            "who made me join this site."]),
        ("What I'm looking for", [
            "Someone kind. I separated last year after 22 years and the house is being sold, so I'm renting for the "
            "first time since I was twenty and some fortnights are very tight. Not looking for anyone to fix that, "
            "just someone to laugh with.",
            "My daughter Jess (19) is at uni in Newcastle and thinks this is hilarious."]),
        ("Say hi", ["Message me here or email leanne.m.hearts@pmail.example."]),
    ],
}

ACTIVITYPUB = {
    "handle": "leannem",
    "summary": "<p>Raymond Terrace. Parkrun, op shops, too many cushions.</p>",
    "notes": [
        (6401, "2026-02-14 13:20", "+11:00",
         "2,800 passengers off the ship this morning and six of us on the desks. Someone in Canberra thinks that's "
         "plenty. Someone in Canberra has never stood at a cruise terminal.", {}),
        (6402, "2026-02-28 11:40", "+11:00",
         "The passenger kiosks at the terminal died at 7:15 and we processed every single one by hand until 11. "
         "Third time this season the kiosks have dropped out.", {}),
        (6403, "2026-03-07 16:00", "+11:00",
         "My supervisor Craig Mutton brought in donuts after the big ship. Best boss I've had in this job.", {}),
        (6404, "2026-03-15 09:10", "+11:00",
         "Parkrun PB! Shaz beat me anyway. Off to the department store for new runners.", {}),
    ],
}
