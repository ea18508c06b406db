"""Callum Deasey (FICTIONAL): a Border Force officer on a two-year posting to Lord Howe Island, 44.

A meditation diary (microformats blog + RSS; two posts carry a georss point at his quarters).
Long, reflective, lonely. Every name, handle and address is invented.
"""
NAME = "Callum Deasey"

HOME_GEO = (-31.52130, 159.06220)   # rounded, a residential stretch near the settlement, Lord Howe Island

BLOG = {
    "path": "blog",
    "title": "Sitting With It",
    "card_note": "A meditation diary from a very small island. Write to me: callum.sits@stillmail.example",
    "posts": [
        ("day-one", "2026-02-02 05:55", "+11:00", "Day one, again",
         ["I have started sitting again. Twenty minutes at 5:30 every morning on the back step of the quarters, "
          "before the walk along Lagoon Road to the office. The posting here is two years and I am seven months in.",
          "The Border Force polo shirts are folded in the drawer next to the cushion. I notice I look at them more "
          "than at the cushion."],
         ["practice"], HOME_GEO),
        ("plane-days", "2026-02-16 20:10", "+11:00", "Plane days",
         ["Monday and Thursday are plane days. I am at the airstrip office by 7 and stay until the flight turns around. "
          "The rest of the week it is yachts, and paperwork, and the lagoon.",
          "Noting: impatience. Noting: the sound of the wind in the banyans."],
         ["practice", "routine"], None),
        ("the-yacht", "2026-03-08 21:40", "+11:00", "On the yacht from Noumea",
         ["Eleven yachts cleared in since New Year. Last week one from Noumea had about forty-two thousand dollars in "
          "cash in a sail bag under the forepeak, not declared. I sat with that one for a long time. It is with the "
          "AUSTRAC people and the mainland now.",
          "The breath does not care about any of it, which is the point."],
         ["work", "letting go"], None),
        ("only-me", "2026-03-29 19:05", "+11:00", "Only me",
         ["It is just me and a casual on the island. On Sundays nobody checks the private planes at all; there is "
          "nobody to check them. I keep saying this in emails and nothing changes, so I sit with the frustration "
          "instead."],
         ["work"], None),
        ("satellite", "2026-04-19 20:30", "+10:30", "The link drops",
         ["The satellite link dropped again on Friday and the laptop could not reach ICS for most of the day. I wrote "
          "the clearances on paper and keyed them in on Saturday when it came back. There is a lesson in there about "
          "impermanence, or about the IT budget."],
         ["work"], None),
        ("leanne", "2026-05-10 21:15", "+10:30", "Mother's Day, from a distance",
         ["Rang the kids in Port Macquarie. Leanne answered, which was kind of her: the separation is eighteen months "
          "old now and we are civil. Ruby is twelve next week and wants a phone. Josh would not come to the phone.",
          "Loving-kindness practice tonight was mostly for me, which I am told is allowed."],
         ["family"], HOME_GEO),
        ("supply-ship", "2026-06-14 21:50", "+10:30", "Supply ship",
         ["The supply ship came in with the wine order. Six bottles, gone by Thursday. I am writing that down here "
          "because writing it down is the only honesty I have managed this month. The evenings are very long when "
          "nobody on the island is allowed to be your friend.",
          "The child support is also behind. Two months. Noting it. Not sitting well with it."],
         ["difficult"], None),
        ("wal", "2026-07-05 18:30", "+10:30", "A walk with Wal",
         ["Walked up to the lookout with Wal Pettigrew, who runs the dive boat and is the nearest thing to a mate I "
          "have here. Wal talks, I listen. It was the best meditation of the week."],
         ["friends"], None),
        ("whales", "2026-08-02 17:00", "+10:30", "Whales",
         ["Humpbacks off the reef edge all afternoon. No insight. Just whales."],
         ["nature"], None),
    ],
}

PHOTOS: list = []
