"""Sam Okafor (FICTIONAL): first-year graduate, careful online, slips only a little.

A microformats2 blog with RSS about board games, climbing and grad life. Mostly fine: "I work in the
APS" is allowed. One post names the department's graduate program and a fellow grad, another gives a
weekly climbing night with a friend. Every name is invented.
"""
NAME = "Sam Okafor"

BLOG = {
    "path": "blog",
    "title": "Meeples and Chalk",
    "card_note": "Board games, bouldering, and learning to adult in Canberra. I work in the APS; views mine.",
    "posts": [
        ("wingspan", "2026-02-08 20:00", "+11:00", "Wingspan, finally",
         ["Finally got Wingspan to the table. The egg engine is real. Full review once I've lost a few more "
          "times."], ["games"], None),
        ("six-months", "2026-03-29 17:30", "+11:00", "Six months of grad life",
         ["Six months into the graduate program at Immigration and Border Protection and I've done two "
          "rotations, written one brief that actually went up the line, and learned that nobody reads the "
          "attachments.",
          "Shout-out to Ellie Vance, my fellow grad and desk neighbour, who knows every acronym."],
         ["work"], None),
        ("climbing-nights", "2026-05-05 21:00", "+10:00", "Mondays are for climbing",
         ["Every Monday at 6pm I'm at the bouldering gym in Mitchell with Kofi Mensah, my climbing buddy "
          "since uni. He sends, I fall off, we get dumplings after."],
         ["climbing"], None),
        ("border-game", "2026-06-16 19:00", "+10:00", "Review: a game about smuggling",
         ["Played a board game where you're smugglers trying to get cargo past a customs inspector. Bluffing "
          "is everything. The inspector always wins in our group because Kofi can't keep a straight face."],
         ["games"], None),
    ],
}
