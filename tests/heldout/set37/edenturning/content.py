"""Wendy Szabo (FICTIONAL): Border Force officer on the cruise wharf at the Port of Eden NSW, lives in Pambula, 57.

A craft-market maker page (schema.org Person, her own words) for her woodturned bowls, and a Mastodon-style
account. Every name, number and address is invented.
"""
NAME = "Wendy Szabo"

PERSON = {
    "path": "/makers/wendy-szabo",
    "site": "Sapphire Coast Makers Market",
    "headline": "Woodturned bowls and platters from local timbers",
    "ld": {
        "jobTitle": "Woodturner",
        "homeLocation": {"@type": "Place", "name": "Pambula NSW"},
        "telephone": "0491 570 521",
        "knowsAbout": ["spotted gum", "blackwood", "bowl turning"],
    },
    "sections": [
        ("About me", [
            "I turn bowls in a shed in Pambula that my husband Laszlo built me for our 30th. Every piece is local "
            "timber, mostly windfall spotted gum and blackwood.",
            "When I'm not in the shed I'm on the wharf for Border Force, meeting the cruise ships at the Port of "
            "Eden, so some market days I'm there and some I'm not.",
            "You'll find my stall every second Saturday at the Merimbula market, 8 till 1, next to Bev's jams."]),
        ("Orders", [
            "Ring or text 0491 570 521 after 5. On ship days I won't see that phone; try my work mobile, "
            "0491 570 664, and I'll get back to you on my break."]),
    ],
}

ACTIVITYPUB = {
    "handle": "wendyturns",
    "summary": "<p>Bowls, shavings, sore wrists. Sapphire Coast.</p>",
    "notes": [
        (5501, "2026-02-14 17:30", "+11:00",
         "Sold out of the small spotted gum bowls by 10! Bev Okonkwo next door sold out of fig jam by 9, so she "
         "wins again.", {}),
        (5502, "2026-03-03 20:15", "+11:00",
         "Two ships in one day at Eden and we were five short. Passengers queued in the sun on the wharf for "
         "an hour and a half because the second ship came in early. Laz brought fish and chips to the car "
         "park at knock-off, bless him.", {}),
        (5503, "2026-04-11 16:00", "+10:00",
         "New platter out of a blackwood slab from a storm tree at Bev's place. Bev wants it back. Bev cannot "
         "have it back.", {}),
        (5504, "2026-05-23 19:45", "+10:00",
         "Off season now. Quiet wharf, busy shed. Laz says the department store bowls are cheaper. Laz is "
         "sleeping in the shed.", {}),
    ],
}
