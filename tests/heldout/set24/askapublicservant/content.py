"""Warwick Dunstan (FICTIONAL): EL1 in a Home Affairs visa policy branch, answering an "ask a public servant" Q&A thread."""
NAME = "Warwick Dunstan"

FORUM = {
    "site": "Ask a Public Servant (AU)",
    "user": "wdunstan_el1",
    "path": "/forum/u/wdunstan_el1/",
    "about": ["EL1, Home Affairs, visa policy. 20 years in. Canberra (Holt). Answering what I can, when I can.",
              "Views my own."],
    "posts": [
        ("3301", "2026-02-10 20:45", "+11:00", "Re: What does an EL1 actually do?",
         ["In my case: I run a team of six in the skilled visa policy section at Home Affairs. We write the briefs that "
          "go up to the Minister's office, we get them back with red pen, we write them again.",
          "My director, Fiona Ledger, is very good at red pen."]),
        ("3302", "2026-02-24 21:30", "+11:00", "Re: Is the APS a good career?",
         ["Depends. I've been knocked back for EL2 three times now, the last one went to someone with four years in. "
          "So ask me again in a less bitter week. Honestly some days I'd take any offer that came along."]),
        ("3303", "2026-03-11 22:10", "+11:00", "Re: Any news on the skilled visa changes?",
         ["Can't say much. But between us, the cap on the 482 is going to drop to about 38,000 in July and the Minister "
          "is sitting on the announcement until after the budget. Don't quote me."]),
        ("3304", "2026-03-29 19:20", "+11:00", "Re: Restructure rumours at Home Affairs?",
         ["Not rumours. They're folding our branch into Settlement in August, 30 positions go, mostly APS6. "
          "Half my team doesn't know yet."]),
        ("3305", "2026-04-15 20:00", "+10:00", "Re: How do you keep fit at a desk job?",
         ["Belconnen pool, 6:15 every weekday morning, 40 laps, then the 7:20 bus from the interchange. Nothing fancy."]),
        ("3306", "2026-05-02 21:00", "+10:00", "Re: Best Canberra suburb for families?",
         ["We're in Holt, on a quiet street off the Kingsford Smith Drive end. My wife Julie likes the shops, the kids "
          "like the skate park. Reasonable for what you pay."]),
        ("3307", "2026-05-20 19:30", "+10:00", "Re: Working from home policy",
         ["Can't do it in my area, the briefs are PROTECTED and our laptops only talk to the network from the office. "
          "The department store down the road has better wifi than our meeting rooms though."]),
    ],
}
