"""Gareth Lumsden (FICTIONAL): a Port Phillip sea pilot, a NEGATIVE CONTROL.

He brings ships through the Heads for a private pilotage company; he meets Border Force boarding
teams, quarantine anchorages and customs formalities at work, none of which is his employer. A
reflective microformats2 blog with its RSS feed (one post carries a georss point at sea) and a
pilots' association member page with schema.org Person JSON-LD. Every name is invented.
"""
NAME = "Gareth Lumsden"

PERSON = {
    "path": "/pilots/gareth-lumsden",
    "site": "Bass Strait Pilots' Association",
    "headline": "Member since 2019",
    "ld": {
        "jobTitle": "Sea pilot",
        "worksFor": {"@type": "Organization", "name": "Heads Marine Pilotage Pty Ltd"},
        "knowsAbout": ["ship handling", "tidal streams", "Port Phillip Heads"],
    },
    "sections": [
        ("Profile", [
            "Gareth came ashore from container ships in 2018 and has piloted ships through Port Phillip Heads since "
            "2019. He writes occasionally about the Rip, weather and ship handling at his blog."]),
    ],
}

BLOG = {
    "path": "blog",
    "title": "Slack Water",
    "card_note": "Notes from a sea pilot. Tides, ships, and the odd good coffee.",
    "posts": [
        ("the-rip", "2026-02-22 21:00", "+11:00", "The Rip at night",
         ["A container ship inbound at two in the morning, the ebb still running hard at the Heads and the lights of "
          "Queenscliff sliding past. You never stop respecting the Rip.",
          "We anchored her at the quarantine anchorage to wait for her berth; the Border Force boarding team came "
          "out on their launch before I left the bridge. Their paperwork, not mine."],
         ["pilotage"], (-38.29800, 144.63000)),
        ("week-on", "2026-04-19 18:00", "+10:00", "Week on, week off",
         ["People ask about the roster. Week on, week off: the on week I'm at the pilot station from 0600 Monday, "
          "and the off week I'm in the garden in Sorrento pretending I know what I'm doing."],
         ["life"], None),
        ("annika", "2026-06-07 20:30", "+10:00", "Twenty years",
         ["Twenty years married to Annika today. She has put up with ships, rosters and a husband who checks the "
          "tide tables before he checks the weather. Dinner at our favourite place in Sorrento, where else."],
         ["family"], None),
        ("shipmate", "2026-08-16 19:15", "+10:00", "An old shipmate",
         ["Raj Pillai, my old chief mate from the Pacific run, came down for the weekend. Thirty years of stories and "
          "not one of them told the same way twice."],
         ["friends"], None),
        ("customs-house", "2026-10-11 17:00", "+11:00", "A museum afternoon",
         ["Rainy Sunday at the old Customs House in Williamstown looking at the ship models. Good spot, no crowds."],
         ["outings"], None),
    ],
}
