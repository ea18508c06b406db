"""Heather Lindqvist (FICTIONAL): a volunteer guide at a migrant-camp heritage museum near Wodonga. NEGATIVE CONTROL.

She talks about the 1950s Department of Immigration, immigration officers, processing and "the border" (the
Murray), all history. A microformats2 blog with its RSS feed. Every name and address is invented.
"""
NAME = "Heather Lindqvist"

BLOG = {
    "path": "notes",
    "title": "Block 19 Stories",
    "card_note": "Volunteer guide, retired teacher, Swedish-Australian. Stories from the old migrant camp.",
    "locality": "Wodonga",
    "region": "VIC",
    "posts": [
        ("arrival-day", "2026-02-22 15:00", "+11:00", "Arrival day, 1952",
         ["On Wednesdays and Sundays I lead the 10am tour at the Bonegilla heritage site, and this week a "
          "visitor showed me her mother's landing card. The Department of Immigration officers of 1952 wrote "
          "everything in pencil.",
          "My father came through here in 1951. I tell his story at Block 19."],
         ["history"], None),
        ("detention", "2026-04-12 16:00", "+10:00", "The word 'detention'",
         ["School groups always ask whether the camp was a detention centre. It was not: people came and went "
          "by bus to the border towns for work. Processing took weeks, not years."],
         ["history", "tours"], None),
        ("grandson", "2026-06-07 14:20", "+10:00", "A new volunteer",
         ["My grandson Elias (15) did his first tour with me today and was braver than I was at my first. "
          "Ingrid Sandberg, who has guided here since 2009, gave him her lanyard."],
         ["volunteers"], None),
        ("contact", "2026-08-20 11:00", "+10:00", "Bring me your stories",
         ["If your family came through the camp and you'd like to share their story, write to me at "
          "heather.lindqvist@fikamail.example. I live in Wodonga, ten minutes from the site, and I'm always "
          "happy to visit."],
         ["stories"], None),
    ],
}
