"""Tom Varga (FICTIONAL), a NEGATIVE CONTROL: an indie developer making a pixel-art game about a border
checkpoint in an invented country. His devlog talks of inspectors, seizures, a Ministry and database
crashes, all inside a game. Every name, handle, number and address is invented."""
NAME = "Tom Varga"

FORUM = {
    "site": "Pixel Devlogs",
    "user": "tomvarga_dev",
    "path": "/devlogs/u/tomvarga_dev/",
    "inline": True,
    "about": ["Making CHECKPOINT 9, a game about a tired inspector in the Republic of Ostrava.",
              "Playtest keys: tom.varga@checkpoint9.example",
              "Reservoir, Melbourne. Devstream Sundays 8pm."],
    "posts": [
        ("9101", "2026-02-07 22:00", "+11:00", "Devlog 14: the Ministry of Arrivals",
         ["This week the Ministry of Arrivals got its own uniform sprite and a cranky supervisor NPC.",
          "You play the inspector. You decide who gets through. The Ministry docks your pay for mistakes."]),
        ("9102", "2026-02-28 21:30", "+11:00", "Devlog 15: seizures",
         ["Added the seizure mechanic: find contraband in a suitcase, stamp it, and the seizure room fills up. "
          "Playtesters keep seizing the cheese."]),
        ("9103", "2026-03-21 23:10", "+11:00", "Devlog 16: the database crashed (in game)",
         ["New event: the passport database crashes mid-shift and you have to check names against a paper list. "
          "Also our actual build server crashed, which was less fun."]),
        ("9104", "2026-04-11 20:45", "+10:00", "Devlog 17: thank you",
         ["Huge thanks to Mei-Lin Ocampo, who draws every portrait in the game, and to my partner Sara for "
          "testing at 1am. Every Sunday at 8pm I stream the build, come along."]),
        ("9105", "2026-05-02 19:00", "+10:00", "Devlog 18: research",
         ["Watched a lot of border documentaries for research. Nobody real is in the game; the Republic of Ostrava "
          "doesn't exist and neither does Checkpoint 9."]),
    ],
}

ACTIVITYPUB = {
    "handle": "checkpoint9",
    "summary": "<p>Tom, making CHECKPOINT 9. Pixel art inspector sim. Reservoir.</p>",
    "notes": [
        (1201, "2026-03-01 12:00", "+11:00", "Inspector Novak's stamp now has a satisfying thunk. #gamedev #pixelart", {}),
        (1202, "2026-04-18 14:30", "+10:00", "Coffee at the Edwardes Lake kiosk with Sara, then back to the checkpoint.", {}),
        (1203, "2026-05-16 11:00", "+10:00", "Our Operation Paper Trail update is live. It's a quest, not a real operation. #indiedev", {}),
    ],
}
