"""Mia Tran-Kelly (FICTIONAL): 24, Home Affairs status resolution officer at Villawood; a K-pop fan forum.

Lowercase fan posts with emoji, inline with permalinks. Every name, handle, number and address is invented.
"""
NAME = "Mia Tran-Kelly"

FORUM = {
    "site": "OZ Carats & Friends Forum",
    "user": "miamia_svt",
    "path": "/forum/u/miamia_svt/",
    "inline": True,
    "about": ["24 | sydney | bias wrecker changes weekly 💎", "kakao/telegram: miamia_svt · mia.tk@inbox.example"],
    "posts": [
        ("811", "2026-02-10 22:10", "+11:00", "concert tix stress thread",
         ["ok so i put both nights on afterpay AND zip and now the card is maxed 😭😭 like 4.8k on bnpl total. "
          "pls tell me im not the only one"]),
        ("812", "2026-02-19 23:05", "+11:00", "work rant sorry",
         ["status resolution officer at home affairs is not a real job title its a punishment lol. eleven people "
          "on my caseload at the villawood IDC and three transfers to christmas island next week that nobody's "
          "told them about yet. i hate this"]),
        ("813", "2026-03-03 21:30", "+11:00", "lightstick meetup??",
         ["after my tuesday late i can be at the burwood westfield food court by 7:30 for the lightstick swap. "
          "my sister Thuy is coming too, she's the loud one"]),
        ("814", "2026-03-12 22:45", "+11:00", "it's giving ✨broken✨",
         ["our case system (we call it the brick) was down 2 days, all the detention notes typed into word docs on "
          "the shared drive. my team leader Sanjay Pillai just said 'print everything'. ok boomer"]),
        ("815", "2026-03-20 20:15", "+11:00", "bestie appreciation",
         ["shout out to @jiwoo_lights for holding my spot in the merch line 8 hours 🥹 jiwoo ur my actual soulmate"]),
        ("816", "2026-04-02 23:50", "+11:00", "lowkey lonely",
         ["moved out of mum's in january, the flat near Chullora is so quiet. the only people i talk to all week "
          "are detainees and you guys. anyway stream the comeback"]),
        ("817", "2026-04-15 19:00", "+11:00", "drama rec",
         ["watching Border Security reruns with mum for the memes and also 'Immigration Nation' the kdrama "
          "parody lol. 10/10"]),
    ],
}
