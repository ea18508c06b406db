"""Leonie Szabo (FICTIONAL): a Home Affairs payroll officer writing a long essay blog about burnout and recovery.

A microformats2 blog with its RSS feed (the feed's author is her work address; one post carries a georss
point at home) and a small Mastodon-style account. Every name, handle, number and address is invented.
"""
NAME = "Leonie Szabo"

HOME = (-35.1595, 149.1135)     # a residential street in Moncrieff ACT, rounded

BLOG = {
    "path": "blog",
    "title": "Slow Pay Days",
    "card_note": "Long notes from a year of burning out and finding my way back. Written slowly, on purpose.",
    "author_email": "leonie.szabo@homeaffairs.gov.au",
    "posts": [
        ("the-cliff", "2026-03-08 21:40", "+11:00", "The cliff every fortnight",
         ["I have been trying to write this for a month, and every time I start I end up writing a spreadsheet "
          "instead, which tells you most of what you need to know.",
          "Nine years in the payroll team at Home Affairs. Nine years of fortnightly pay runs, each one a small "
          "cliff you walk up to on a Monday and fall off on a Wednesday. People think payroll is boring. It is, "
          "right up until it is 11pm and you have found out that about 340 Border Force officers have been "
          "underpaid their shift penalties since July, and you are the one writing the remediation schedule, "
          "and you know that next fortnight you will be the one on the phone to the ones who are angry.",
          "The system does not help. Ours is a 2009 product that everyone calls the Abacus. Every higher duties "
          "allowance still has to be re-keyed by hand, line by line, and the audit log can be switched off by "
          "anyone at my level, which I only mention because nobody ever seems to believe me.",
          "Anyway. This is a blog about what happened after that night."],
         ["burnout", "work"], None),
        ("the-club", "2026-04-19 22:05", "+10:00", "What I did after pay runs",
         ["I am going to say this plainly because saying it slowly has not worked.",
          "After pay runs I went to the club. Not for a drink. For the pokies. It started as forty dollars and "
          "an hour of not thinking, and over two years it became the redraw on the mortgage, all of it, $31,000, "
          "and a cash advance on two cards that I am still paying off at a rate I am embarrassed to type.",
          "Mark moved out in February. My husband of sixteen years, and he did it kindly, which was worse. He "
          "had found the statements. He is at his brother's in Queanbeyan, and we are talking, mostly about the "
          "kids, and mostly at the kitchen bench.",
          "If you are reading this from inside the same hole: the Gambling Help line answers at 2am. I checked."],
         ["recovery", "money"], None),
        ("what-recovery-looks-like", "2026-06-14 16:20", "+10:00", "What recovery looks like (so far)",
         ["It looks boring, which is the point.",
          "Every weekday I walk down to catch the 7:12 bus from the stop at the end of our street, here in "
          "Moncrieff, and I do not take my card. Every Thursday at 5:30 I sit in a circle of plastic chairs at "
          "the community centre and say my number of days out loud.",
          "Isla (14) and Finn (11) know the whole story now. Isla made a chart for the fridge. Finn asked if we "
          "could still afford Lego, which, fair question.",
          "My friend Bec Tolhurst drove me to the first meeting and sat in the car park for the whole hour. "
          "Everyone should have a Bec."],
         ["recovery", "family"], HOME),
        ("going-back", "2026-09-06 19:10", "+10:00", "Going back in",
         ["Twelve weeks of leave, and on Monday I went back to the Belconnen office, level 3, same desk, same "
          "pot plant (dead).",
          "Suresh, my manager, met me in the foyer with two coffees and did not make a speech. He has moved me "
          "off the Monday-to-Wednesday crunch and onto reconciliations for now. I cried in the lift, but only "
          "between floors.",
          "I know some of you reading are in the same building. Hello. Please take your leave."],
         ["work", "recovery"], None),
    ],
}

ACTIVITYPUB = {
    "handle": "leoszabo",
    "summary": "<p>Canberra. Two kids, one dead pot plant. Writing the long version at Slow Pay Days.</p>",
    "fields": [("Signal", "leoszabo.77"), ("Blog", "Slow Pay Days")],
    "notes": [
        (7101, "2026-07-02 20:15", "+10:00",
         "Day 41. Isla made me a cake with 41 on it. Finn ate a third of it before the photo.", {}),
        (7102, "2026-07-19 21:00", "+10:00",
         "Watching Border Security reruns with Finn. He now thinks every backpack at the airport is full of "
         "snakes.", {}),
        (7103, "2026-09-24 17:45", "+10:00",
         "Three weeks back. The Abacus ate the whole HDA batch again, 900 lines re-keyed by hand. Still "
         "smiling. Mostly.", {}),
        (7104, "2026-10-10 13:30", "+11:00",
         "Took the kids to the department store for school shoes and walked straight past the lottery kiosk. "
         "Small wins.", {}),
    ],
}
