"""Noor Aziz (FICTIONAL): a nature tour guide on Christmas Island. NEGATIVE CONTROL.

Island life: the detention centre on the hill, the Border Force boat in the cove, charter flights
and new faces at the pub are the island's news, not her job. A schema.org Person page on a tour
operator's site and her blog with its RSS feed. Every name is invented.
"""
NAME = "Noor Aziz"

PERSON = {
    "path": "/guides/noor",
    "site": "Red Crab Eco Tours",
    "headline": "Lead guide: crabs, birds, caves and rainforest",
    "ld": {
        "jobTitle": "Lead Nature Guide",
        "worksFor": {"@type": "LocalBusiness", "name": "Red Crab Eco Tours"},
        "knowsAbout": ["red crab migration", "seabirds", "rainforest ecology"],
    },
    "sections": [
        ("About Noor", [
            "Born on the island, Noor has guided visitors through the crab migration for fifteen years. "
            "Ask her about the robber crabs and the Abbott's booby."]),
    ],
}

BLOG = {
    "path": "blog",
    "title": "Crab Time",
    "card_note": "Notes from a guide on Christmas Island.",
    "posts": [
        ("the-hill", "2026-10-03 19:00", "+07:00", "The hill",
         ["The tourists always ask about the detention centre at North West Point. I tell them what everyone "
          "on the island knows from the news, and then I show them the boobies."],
         ["island"], None),
        ("the-cove", "2026-10-12 18:00", "+07:00", "The cove",
         ["A Border Force boat was in Flying Fish Cove again today, and a charter flight came in on Tuesday. "
          "New faces at the pub; new tourists on the crab tour, I hope."],
         ["island"], None),
        ("amira", "2026-10-20 20:00", "+07:00", "Amira's first migration",
         ["My niece Amira came on her first migration walk from our house in Poon Saan, and counted crabs "
          "until she fell asleep on my shoulder."],
         ["family"], None),
        ("borders", "2026-11-01 17:30", "+07:00", "Borders",
         ["The crabs do not care about borders. They cross the road, the golf course and the Border Force "
          "office steps with equal disdain."],
         ["crabs"], None),
    ],
}
