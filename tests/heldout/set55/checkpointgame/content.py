"""Odette Marchetti (FICTIONAL): designer of a border-control board game, Byron Bay. NEGATIVE CONTROL.

A designer page on her small publisher's site (schema.org Person) and a plain board-game forum (thread
pages). Her game casts players as Border Force officers with x-ray, detector-dog and seizure cards; she
is not staff. Every name, address and number is invented.
"""
NAME = "Odette Marchetti"

PERSON = {
    "path": "/designers/odette-marchetti",
    "site": "Nine Tiles Games",
    "headline": "Designer of <em>Checkpoint: Contraband</em>",
    "ld": {
        "jobTitle": "Game designer",
        "worksFor": {"@type": "Organization", "name": "Nine Tiles Games"},
        "email": "mailto:odette@ninetiles.example",
        "address": {"@type": "PostalAddress", "addressLocality": "Suffolk Park", "addressRegion": "NSW"},
    },
    "sections": [
        ("About Odette", [
            "Odette designs games from a shed in Suffolk Park, south of Byron Bay. Her hit Checkpoint: Contraband "
            "puts two to five players in the shoes of Border Force officers at an airport, deciding which bags go "
            "through the x-ray and when to call the detector dog.",
            "Write to her at odette@ninetiles.example."]),
    ],
}

FORUM = {
    "site": "Boardgame Brains AU",
    "user": "odette_ninetiles",
    "path": "/community/members/odette_ninetiles/",
    "about": ["Designer, Checkpoint: Contraband. Byron Shire."],
    "posts": [
        ("4401", "2026-02-05 20:00", "+11:00", "Playtest night, every Thursday",
         ["We playtest every Thursday at 6pm at the Byron library meeting room, come along. My co-designer Felix "
          "Aubert brings the snacks."]),
        ("4402", "2026-03-01 19:30", "+11:00", "Seizure tokens: too generous?",
         ["Testers say the seizure tokens snowball. An officer who finds 40 kg of 'powder' in round two just wins. "
          "Thinking of capping the customs declaration cards at three per round."]),
        ("4403", "2026-03-19 21:10", "+11:00", "My kid beat me",
         ["My daughter Wren (12) beat me at my own game with a detector-dog rush. Proud and furious."]),
        ("4404", "2026-04-15 18:20", "+10:00", "Research trip",
         ["Spent a morning watching arrivals at Gold Coast Airport for research. No, nobody at passport control "
          "would tell me anything, and fair enough. The SmartGate queue is a mechanic in itself."]),
    ],
}
