"""Priya Ramanathan (FICTIONAL): NEGATIVE CONTROL, a private ship's agent in Geelong.

She works for a private shipping agency and arranges vessel clearances, so her posts mention Border Force
boarding officers, Corio Quay, the cargo reporting system, a seizure in the news and quarantine: none of
which makes her staff. A microformats2 blog with RSS and a Mastodon-style account. Every name, firm,
handle and number is invented.
"""
NAME = "Priya Ramanathan"

BLOG = {
    "path": "blog",
    "title": "Alongside",
    "card_note": "Notes from a ship's agent on Corio Bay. Ocean Grove based.",
    "card_job": "Port Agent",
    "card_org": "Bellarine Shipping Services",
    "posts": [
        ("first-year", "2026-01-30 20:00", "+11:00", "A year as a ship's agent",
         ["A year ago I swapped a freight desk in Melbourne for a port agency in Geelong. The job is mostly "
          "phones: pilots, tugs, linesmen, chandlers, and the crew's shore leave. When a vessel arrives I lodge "
          "the paperwork and meet the Border Force boarding officers at the gangway at Corio Quay, then get out "
          "of their way.",
          "Nobody tells you how much of this job is finding a dentist for a Filipino third engineer on a Sunday."],
         ["work"], None),
        ("ics-day", "2026-02-18 19:30", "+11:00", "When the portal goes down",
         ["The cargo reporting system (ICS, for anyone outside the trade) was slow all afternoon, so my reports "
          "went in late and I spent an hour on hold. Not my system, not my problem, except it is.",
          "The Border Force officers on the wharf were as patient as ever."],
         ["work"], None),
        ("smokes-news", "2026-03-09 21:00", "+11:00", "Read in the paper",
         ["Read in the Addy that cigarettes were found on a bulk carrier at the port last month. Not one of "
          "ours, thankfully. Our vessels get their quarantine and customs checks like everyone else."],
         ["news"], None),
        ("swim", "2026-03-22 08:40", "+11:00", "Winter is coming (to the ocean pool)",
         ["Monday, Wednesday and Friday at 6am I swim at the Ocean Grove beach with the Bluebottles group. "
          "Shout out to Hannah Oyelaran who talked me into it and now pretends she didn't."],
         ["life"], None),
    ],
}

ACTIVITYPUB = {
    "handle": "priya_alongside",
    "summary": "<p>Ship's agent, Geelong. Swimmer. Dog mum. DMs or priya.r@alongside.example</p>",
    "fields": [("Email", "priya.r@alongside.example")],
    "notes": [
        (901, "2026-02-02 19:00", "+11:00",
         "My husband Dev made dosa for the whole street in Ocean Grove tonight. Our street will never recover.", {}),
        (902, "2026-02-20 12:20", "+11:00", "Pepper the border collie has eaten a shipping manifest. Honestly fair.", {}),
        (903, "2026-03-04 18:45", "+11:00",
         "Anyone else binge the new season of Border Security? Dev thinks I should apply. I do the paperwork, that's enough.", {}),
        (904, "2026-03-30 15:10", "+11:00", "Dev and Hannah both beat me at trivia. Humbling.", {}),
        (905, "2026-04-15 10:00", "+10:00", "Nothing to report. Tide's out.", {}),
    ],
}
