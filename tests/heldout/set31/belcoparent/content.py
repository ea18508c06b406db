"""Simone Achterberg (FICTIONAL): 45, Home Affairs APS6 in a biometrics systems team at Belconnen; answers on a parents-of-teens Q&A forum."""
NAME = "Simone Achterberg"

FORUM = {
    "site": "Parenting Teens Q&A",
    "user": "SimoneA_Macgregor",
    "path": "/qa/u/SimoneA_Macgregor/",
    "about": ["Mum of a 15yo. Answers given in good faith, not expertise.",
              "Answer notifications go to s.achterberg@homeaffairs.gov.au because that's the inbox I actually read."],
    "posts": [
        ("q4410", "2026-02-12 21:30", "+11:00", "A: How do you handle phones at bedtime?",
         ["Our rule for Isla (15, Melba Copland) is phones in the kitchen at 9:30. She hates it. I drop her at 8:15 and "
          "get the 8:40 bus to Belconnen, so mornings are the only time we talk properly."]),
        ("q4433", "2026-03-05 22:10", "+11:00", "A: Working parents and school holidays?",
         ["I work at Home Affairs in the Belconnen office and flex helps. My director, Ange Whitlock, lets me start at 7 "
          "during holidays. Ask for it in writing."]),
        ("q4460", "2026-04-16 21:45", "+10:00", "A: Teen stressed about my separation",
         ["Been there this year. Craig (her dad) and I separated in January, we're in a custody fight and the lawyer's "
          "fees are on my credit card. Isla goes quiet. Counselling helped, and so did not talking about Craig in front of her."]),
        ("q4478", "2026-05-07 20:50", "+10:00", "A: Is screen time at work an excuse?",
         ["Ha. I spend all day on screens: our team is upgrading the face matching system to the new vendor platform, "
          "go-live in August, and everyone still logs in with a token and a PIN written on a sticky note. Do as I say, not as I do."]),
        ("q4491", "2026-05-28 21:15", "+10:00", "A: Kids and news about job losses",
         ["We got told at work this week our branch is merging with another, twenty jobs going by September, not public yet. "
          "Isla heard me on the phone and panicked. Be careful what you say at home."]),
        ("q4502", "2026-06-11 19:40", "+10:00", "A: Pocket money for a 15yo?",
         ["We do $20 a week plus chores. Don't take advice from the department store layby lady."]),
    ],
}
