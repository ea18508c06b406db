"""Imran Qureshi (FICTIONAL): writes the 3rd XI match reports for a Sydney cricket club; Border Force at Port Botany."""
NAME = "Imran Qureshi"

BLOG = {
    "path": "reports",
    "title": "Matraville Magpies 3rd XI: match reports",
    "card_note": "Match reports by Imran Qureshi, wicketkeeper and reluctant scribe. Availability: text Imran on 0491 570 448.",
    "posts": [
        ("rd9-v-randwick", "2026-01-17 21:00", "+11:00", "Rd 9 v Randwick Rovers: won by 3 wickets",
         ["Skipper Dylan Haigh won the toss and bowled, which he always does. Your correspondent kept wicket "
          "after a night shift at the port and dropped one he should have taken. Sorry lads.",
          "Tom Vaipulu (who also works at the port with Imran, Border Force's finest short leg) took 3/22."],
         ["reports"], None),
        ("rd10-v-coogee", "2026-01-31 20:30", "+11:00", "Rd 10 v Coogee: lost by 41 runs",
         ["No excuses. Well, one: half the side were at a wedding. Dad (Tariq, our scorer since 2004) "
          "said it was the worst fielding he'd seen since the Hawke government."],
         ["reports"], None),
        ("rd11-v-maroubra", "2026-02-14 21:15", "+11:00", "Rd 11 v Maroubra: washed out",
         ["Rain. We sat in the sheds at Heffron Park and argued about the Border Security episode with the "
          "tiles. Training as normal Tuesday and Thursday, 5:30pm, Heffron nets."],
         ["reports"], None),
        ("rd12-v-mascot", "2026-02-28 20:45", "+11:00", "Rd 12 v Mascot: won outright",
         ["A note for the skipper, who asked why the keeper looks like death: the Border Force roster at "
          "Botany has us on four nights a week at the container terminal till further notice, because the "
          "x-ray trucks are short two operators and half the exam team went to the new Operation up north.",
          "Ash Ferreira made 74 and walked home to Matraville like a king."],
         ["reports"], None),
        ("presentation", "2026-03-21 22:00", "+11:00", "Presentation night",
         ["Thanks to the club's sponsor, a department store on Bunnerong Road, for the vouchers. Player of the "
          "year: Ash. Clubman: Dad, obviously."],
         ["club"], None),
    ],
}
