"""Gary Pennicott (FICTIONAL): marine engineer on the Border Force cutters out of Darwin, home in Tumut NSW.

A trout-fishing forum with catch reports, posts shown inline with permalinks. Every name is invented.
"""
NAME = "Gary Pennicott"

FORUM = {
    "site": "Snowy Trout Talk",
    "user": "pennos",
    "path": "/forum/u/pennos/",
    "inline": True,
    "about": ["Fly and lure. Blowering, Tumut River, Talbingo when I'm home."],
    "posts": [
        ("601", "2026-03-02 19:00", "+11:00", "Blowering report 1 March",
         ["Two browns on bladed spinners, Yachting Point side, first light. 48 and 51 cm.",
          "That's me done till April: back to Darwin Monday. I'm a marine engineer on the ABF cutters, six weeks on "
          "six off, Wagga to Sydney to Darwin every second Monday of the swing."]),
        ("602", "2026-04-19 20:30", "+10:00", "Back from the swing",
         ["Home. We chased an Indo fishing boat off Ashmore Reef, three tonne of sea cucumber aboard, 11 crew "
          "brought into Darwin.",
          "Port generator's been U/S two trips now and the engine management system threw faults all week, so I "
          "lived in the engine room and saw nothing of the trip."]),
        ("603", "2026-04-25 12:10", "+10:00", "Tumut River report",
         ["Shorty (Shane Tregear) and me below the town bridge, Saturday 5:30am like always when I'm home. One "
          "rainbow, one snag, one lost lure."]),
        ("604", "2026-05-03 17:45", "+10:00", "Juniors",
         ["My boy Billy won the juniors at the trout classic! Year 5 and already a better caster than his old man."]),
        ("605", "2026-05-24 18:20", "+10:00", "FS: 3.7m tinnie",
         ["Selling the tinnie, 3.7m with a 15hp, trailer rego'd. Pick up from our place in Tumut, round the corner "
          "from the swimming pool. Reply here."]),
        ("606", "2026-06-08 19:00", "+10:00", "No June trip",
         ["The chief (engineer on our boat) reckons we're staying in port for the refit, so no June trip "
          "down here. Missus left in February, so the house is too big on my off swing anyway."]),
        ("607", "2026-06-20 16:10", "+10:00", "Bank report",
         ["Border collie on the bank kept stealing my worms. Customs duty on the new Japanese reel was a shock too."]),
    ],
}

PHOTOS: list = []
