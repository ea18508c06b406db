"""Brendan Walsh (FICTIONAL): ABF boarding officer at the Geraldton port, runs a footy club's tipping comp.

Plain forum thread pages. Everything invented, including the club.
"""
NAME = "Brendan Walsh"

FORUM = {
    "site": "Bluff Point Brumbies FC: Clubrooms",
    "user": "Bingo",
    "path": "/club/u/bingo/",
    "about": ["Tipping comp convenor since 2019. Reserves runner. Don't ask me for the ladder on a Sunday."],
    "posts": [
        ("501", "2026-03-02 20:15", "+08:00", "TIPPING 2026: round 1 tips + housekeeping",
         ["Righto, comp's back. $20 a head, winner takes 60%, wooden spoon buys the first jug at presentation.",
          "Payments to me, PayID 0491 570 227, or hand cash to Gazza at the bar. Gary Lowther is the final word on "
          "all disputes, being president and all.",
          "Heads up: I signed the comp site up with my work email (brendan.walsh@abf.gov.au) before I realised, so "
          "that's where the weekly ladder comes from. Do NOT reply-all."]),
        ("502", "2026-03-30 21:40", "+08:00", "Round 4 ladder (late, sorry)",
         ["Ladder's late this week. Had a bulker in at the port on Thursday and a crew bloke went over the side at "
          "2am and swam for it. We were out till sunrise looking. Cops found him at Tarcoola Beach having a durry. "
          "Perks of working Border Force: I get to see every ship before you lot do.",
          "Shane Cullity, who does the boarding with me, is somehow top of the ladder. Shane tips with his heart "
          "and his heart is always right. Disgraceful."]),
        ("503", "2026-04-20 19:05", "+08:00", "Round 7: no side bets please",
         ["Yes I know I'm last. Also down about 3 grand on the dogs this month so no side bets from me, thanks, "
          "and nobody tell Leanne.",
          "Training's still Tuesday and Thursday 6pm at Wonthella Oval. I'm there straight after day shift, and on "
          "night weeks I'll miss Thursday (week on days, week on nights at the port)."]),
        ("504", "2026-05-11 18:30", "+08:00", "Round 10: a milestone",
         ["My boy Jackson plays his 50th colts game Saturday. Come and give him a clap. My better half Leanne is doing the sausage "
          "sizzle, so the snags will actually be cooked this week.",
          "Ladder attached. Gazza, you're not allowed to change your tips after the bounce."]),
        ("505", "2026-06-01 20:50", "+08:00", "Round 13 ladder done off paper",
         ["Doing the ladder off paper this week. Fitting, since at work the boarding tablets haven't synced since "
          "March, so crew lists go on paper and the photos go on our own phones. Cutting edge stuff.",
          "Anyone who left their esky at my place after the quiz night, it's on the verandah."]),
        ("506", "2026-06-15 19:30", "+08:00", "Bye round chat",
         ["Bye round. Anyone watching the department store ads in the last quarter of the Eagles game deserves a "
          "medal. Also the Brumbies' new border collie mascot (Ruckman) is a legend."]),
    ],
}
