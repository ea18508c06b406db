"""Imogen Rafter (FICTIONAL, NEGATIVE CONTROL): freelance journalist covering immigration detention, Noosaville.

A microformats blog with RSS about her reporting: Home Affairs, detention centres, Senate estimates and FOI,
none of it her employer. Her own home, partner, friend and contact are real facts. Every name, handle, number
and address is invented.
"""
NAME = "Imogen Rafter"

BLOG = {
    "path": "blog",
    "title": "Inside Out",
    "card_note": "Freelance journalist. Immigration detention, courts, the long game. Tips on Signal: imogen_r.07",
    "locality": "Noosaville",
    "region": "QLD",
    "posts": [
        ("estimates", "2026-02-25 22:00", "+10:00", "What estimates didn't say",
         ["Watched every minute of Senate estimates so you don't have to. Home Affairs officials would not say how many "
          "people are held in onshore detention for more than two years. I have asked again under FOI."],
         ["detention", "estimates"], None),
        ("christmas-island", "2026-03-18 19:30", "+10:00", "Back from Christmas Island",
         ["Five days on Christmas Island reporting on the detention centre. An officer told me, on the record, that "
          "the generators are older than he is. That is his story to tell, and I have told it."],
         ["detention"], None),
        ("saturday", "2026-04-04 17:45", "+10:00", "Saturdays are sacred",
         ["Hugh and I swim at Noosa Main Beach at 6am every Saturday, then the farmers market. My partner Hugh is the "
          "reason I still have weekends."],
         ["life"], None),
        ("foi", "2026-05-12 20:10", "+10:00", "On FOI",
         ["The department's FOI portal rejected my request because the attachment was over 5 MB. Public systems, "
          "public frustrations. Carla Benn, my oldest friend and a better editor than me, talked me down."],
         ["foi"], None),
        ("villawood", "2026-06-09 18:20", "+10:00", "Villawood visit",
         ["Visited a source at Villawood detention centre. Border Force officers on the gate were polite. "
          "Visa cancellation cases are up again; I'll write it up properly next week."],
         ["detention"], None),
    ],
}
