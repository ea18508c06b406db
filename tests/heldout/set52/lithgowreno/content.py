"""Fern Adeyemi-Walsh (FICTIONAL): Home Affairs data analyst working from home in Bowenfels, Lithgow, in the
Parramatta office on Tuesdays; a home-renovation blog with an h-card and georss. Everything is invented.
"""
NAME = "Fern Adeyemi-Walsh"
HOME = (-33.49470, 150.13190)

BLOG = {
    "path": "blog",
    "title": "The Money Pit of Bowenfels",
    "card_note": "Renovating a 1920s weatherboard one swear word at a time.",
    "card_job": "Data Analyst",
    "card_org": "Department of Home Affairs",
    "locality": "Lithgow",
    "region": "NSW",
    "posts": [
        ("demo-day", "2026-04-11 17:30", "+10:00", "Demo day: goodbye, lino",
         ["We ripped up the kitchen lino today and found newspapers from 1953 underneath. My other half Josh read "
          "the footy results out loud for an hour instead of helping.",
          "Rough plan: kitchen first, bathroom after, verandah whenever we win the lottery."],
         ["kitchen", "demolition"], None),
        ("tuesday-train", "2026-04-21 20:45", "+10:00", "Why nothing happens on Tuesdays",
         ["People ask why there are never Tuesday updates. Tuesdays are office days: the 5:22 from Lithgow, "
          "Parramatta by 8:10, a day at the Parramatta office pretending I like hot-desking, and the 5:40 train home.",
          "The rest of the week I work from the spare room, which is why the spare room is the only finished room."],
         ["life"], None),
        ("wfh-nook", "2026-05-03 16:00", "+10:00", "The work-from-home nook",
         ["Built a desk nook in the spare room. It looks great. The work laptop does not care: it only talks to the "
          "world through the department VPN and a token I lose twice a week, and the analytics environment (we call "
          "it the Swamp, it's an old Teradata warehouse nobody loves) times out every 20 minutes over Lithgow NBN.",
          "Pine from the tip shop, stain from the back of the shed. Total cost $64."],
         ["wfh", "carpentry"], (-33.4947, 150.1319)),
        ("kitchen-budget", "2026-05-17 21:10", "+10:00", "The kitchen quote",
         ["The kitchen quote came in at $38k. We have maybe $9k. We're already on the second redraw and the personal "
          "loan for the roof isn't half paid. Josh says sell. I say over my dead body. The bank says nothing, loudly.",
          "So: flat-pack it is."],
         ["kitchen", "money"], None),
        ("helpers", "2026-06-06 18:20", "+10:00", "Tiling weekend (with help)",
         ["Huge thanks to Dad (Terry) for the tiling, and to my team lead Anjali Perera, who drove up from Sydney and "
          "stripped wallpaper for eight hours for a sausage sandwich.",
          "Bev Hollis from next door brought scones. Bev has seen every renovation on this street since 1971."],
         ["bathroom", "tiling"], None),
        ("dashboard-brain", "2026-06-20 19:00", "+10:00", "Brain full, walls empty",
         ["Slow week on the house. At work I'm building the dashboard of visa cancellations on character grounds for "
          "the Minister's office briefing next month (up about 40% on last year, but you didn't hear it from me), "
          "so my brain is mush by five.",
          "Did manage to sand one door."],
         ["life"], None),
        ("bath-for-sale", "2026-07-04 10:30", "+10:00", "Free-ish: one cast iron bath",
         ["The old cast iron bath is out. It needs a new home and four strong people. $50, call 0491 570 345.",
          "Yes I also have the department store mirror that came with the house. No, you can't have it."],
         ["bathroom", "for sale"], None),
    ],
}
