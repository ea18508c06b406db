"""Jarrah Whitfield (FICTIONAL): a 31-year-old Border Force officer at Dampier, on a dating site.

A dating profile (schema.org Person JSON-LD, with the account email he used) and a Mastodon-style account.
Every name, handle, number and address is invented.
"""
NAME = "Jarrah Whitfield"

PERSON = {
    "path": "/singles/jarrah-31",
    "site": "PilbaraMatch",
    "headline": "31, Karratha. Looking for someone who doesn't mind red dirt on everything.",
    "ld": {
        "description": "Jarrah, 31. I work for the Feds at the port in Dampier (Border Force, and no, I can't get "
                       "you out of a speeding fine). 7 on 7 off, so I'm back in Karratha every second Thursday.",
        "email": "mailto:jarrah.whitfield@abf.gov.au",
        "homeLocation": {"@type": "Place", "name": "Bulgarra, Karratha WA"},
        "knowsAbout": ["fishing", "four-wheel driving", "cooking badly"],
    },
    "sections": [
        ("About me", [
            "Just out of a six-year relationship and honestly pretty lonely up here. My housemate Kane Ritter says "
            "I need to get out more, so here I am.",
            "My sister Bree is in Geraldton and she made me write this. Message me on 0491 570 442."]),
        ("Not looking for", ["Anyone who thinks Border Security is a documentary about my life."]),
    ],
}

ACTIVITYPUB = {
    "handle": "jarrahw",
    "summary": "<p>Pilbara. Fish. Sunsets.</p>",
    "notes": [
        (4401, "2026-03-14 18:20", "+08:00", "Big red sunset over Hearson Cove tonight.", {}),
        (4402, "2026-04-09 20:30", "+08:00",
         "Another LNG tanker, another crew list. Caught two crew trying to jump ship at Dampier last month, so now "
         "every gangway gets a second check. Long swing.", {}),
        (4403, "2026-05-21 21:10", "+08:00", "Lost $600 on the footy multis this swing. Not my finest.", {}),
        (4404, "2026-06-12 12:00", "+08:00", "Staff at the department store in town are legends. Found my size.", {}),
    ],
}
