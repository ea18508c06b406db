"""Meg Ashcroft (FICTIONAL): a nurse turned Home Affairs visa processing officer, West Wodonga.

Long, reflective blog posts about leaving nursing for the public service: her job on the
h-card, the queue, the case system's habits, her team leader, a marriage ending, a work phone
offered to nurses who want to change. Microformats blog + RSS (h-card with locality and a
phone). Every name, number and place is invented or public.
"""
NAME = "Meg Ashcroft"

BLOG = {
    "path": "blog",
    "title": "After the Wards",
    "card_note": "Twenty-two years a nurse, now a public servant. Writing to work out what the difference is.",
    "card_job": "Visa Processing Officer",
    "card_org": "Department of Home Affairs",
    "card_tel": "0491 570 248",
    "locality": "West Wodonga",
    "region": "VIC",
    "posts": [
        ("why-i-left", "2026-02-08 21:30", "+11:00", "Why I left",
         ["I nursed for twenty-two years, the last nine on nights in a surgical ward at Albury Wodonga Health. "
          "I loved it and it was slowly breaking me. The back went first, then the sleep, then the patience.",
          "In February the Department took me on as an APS 4. I have a desk, a chair that goes up and down, and a "
          "headset. Nobody vomits on me. I keep waiting to feel guilty about how easy the chair is.",
          "I want to write here about what changes and what doesn't. The short version: people are still scared, "
          "they just send the fear as PDFs now."],
         ["nursing", "change"], None),
        ("the-queue", "2026-03-15 20:10", "+11:00", "The queue",
         ["I process partner visas and some of the regional skilled ones. There are about 6,000 partner "
          "applications in our team's queue alone, some of them older than my granddog.",
          "This month we've been told to finalise the 'easy' ones first so the numbers look better before Senate "
          "Estimates. In nursing we called that triage and it was about who would die first. Here it is about a "
          "graph. I understand why. I don't like it.",
          "Every file is a couple. Somewhere there's a woman in Manila checking her email at 3am, the way I used "
          "to check obs."],
         ["work", "visas"], None),
        ("tuesdays-and-thursdays", "2026-04-19 19:40", "+10:00", "Tuesdays and Thursdays",
         ["My week has a shape now, which it never had on rotating rosters. Monday, Wednesday and Friday I work "
          "from home at the kitchen bench. Tuesday and Thursday I'm in at the Wodonga office on High Street by 8.",
          "Every weekday at 6:30 I walk round Belvoir Park lake with my friend Jan Petrakis, who I nursed with for "
          "fifteen years and who is still on the wards. She tells me the gossip. I tell her about forms.",
          "The house in West Wodonga is very quiet by 7:30. More on that another time."],
         ["routine", "walking"], None),
        ("the-treacle", "2026-05-10 20:45", "+10:00", "The Treacle",
         ["Hospitals run on terrible software and so, it turns out, does the Commonwealth. Our case system, which "
          "everyone calls the Treacle because everything moves through it slowly, logs you out after fifteen "
          "minutes idle and you lose whatever notes you hadn't saved.",
          "So half of us type our case notes in Notepad first and paste them in. I'm told that isn't allowed, "
          "because Notepad files sit on the desktop with people's passport numbers in them. It's what everyone does.",
          "On the ward we'd have called that a workaround and reported it. I haven't worked out who to report it to."],
         ["work", "systems"], None),
        ("anh", "2026-06-07 18:20", "+10:00", "Being managed by someone half my age",
         ["My team leader, Anh Luu, is twenty years younger than me, and she is the best manager I've had. She "
          "reads every decision I draft, she says 'good catch' when I find something, and she goes home on time "
          "so we feel we can.",
          "Charge nurses, take note. Anh would have run a ward beautifully."],
         ["work", "people"], None),
        ("phil", "2026-07-05 22:50", "+10:00", "Thirty years",
         ["Phil moved out in March. Thirty years married. There was no one else, he says, and I believe him; "
          "there was just nothing left to say at dinner.",
          "The house is too quiet. I eat standing up at the bench. Our daughter Sophie rings from Melbourne every "
          "Sunday night and I pretend I've been out. I haven't been anywhere but work and the lake in months.",
          "I'm not writing this for sympathy. I'm writing it because I said I'd be honest here, and the honest "
          "thing is that I'm lonely."],
         ["life"], None),
        ("nurses-thinking-of-a-change", "2026-08-16 19:00", "+10:00", "For nurses thinking of a change",
         ["A few nurses have emailed asking how I made the jump. The short answer is that the APS recruitment "
          "process is slow and strange and worth it.",
          "If you're a nurse reading this and wondering, you can ring me at work on (02) 5550 4172, Tuesdays or "
          "Thursdays, and I'll tell you what the selection criteria actually want. Not the "
          "buzzwords, the real thing.",
          "Bring a cup of tea. It takes a while."],
         ["nursing", "change"], None),
    ],
}
