"""Rosalind Ferrier (FICTIONAL): 60-year-old detention health liaison officer, Melbourne.

A long, reflective microformats blog with its RSS feed. The feed's author is her official email, and a
work phone sits in the author card. One post carries a georss point in her own garden. Every name,
number and address is invented; the official address is an invented mailbox.
"""
NAME = "Rosalind Ferrier"

BLOG = {
    "path": "blog",
    "title": "Quiet Hours",
    "card_note": "Notes from the far end of a working life. Gardening, grandchildren, and the odd sleepless night.",
    "card_tel": "0491 570 388 (work mobile)",
    "author_email": "rosalind.ferrier@abf.gov.au",
    "posts": [
        ("sixty", "2026-02-08 21:00", "+11:00", "Sixty",
         ["Sixty came and went on Saturday. My better half, Alan, made the lemon tart his mother used to make, and "
          "the grandkids, Milla and Jack, decorated the table with camellias stolen from next door.",
          "Our Sophie rang from the ward at the Northern Hospital between patients. Nurses' hours are no kinder than mine."],
         ["family"], None),
        ("six-years", "2026-03-01 20:30", "+11:00", "Six years inside",
         ["It is six years this month since I became the health liaison for Border Force at the Broadmeadows transit "
          "centre. People imagine it is a clinical job. It is mostly telephones, and waiting, and trying to get a "
          "man's tablets to him before the next shift change."],
         ["work"], None),
        ("day-nine", "2026-03-18 23:40", "+11:00", "Day nine",
         ["Two men in Bravo compound stopped eating last week. One is on day nine. We moved him to the medical wing "
          "this afternoon and the health contractor wants him taken to hospital under guard, which means four "
          "officers off the floor on a night when we already have only six for a hundred and eighty detainees.",
          "I drove home in silence."],
         ["work"], None),
        ("transfer", "2026-04-20 21:15", "+10:00", "Tuesday's charter",
         ["Eleven of ours go to Yongah Hill on next Tuesday's charter, before dawn, and they have not been told. "
          "I have been asked to have their medication packed by Monday night. I hate the secrecy of it."],
         ["work"], None),
        ("marguerite", "2026-05-11 19:45", "+10:00", "For Marguerite",
         ["My dear colleague Inspector Marguerite Soh retires at the end of the month. She ran the floor at the "
          "centre for eleven years and never once raised her voice."],
         ["work", "friends"], None),
        ("restructure", "2026-06-02 22:30", "+10:00", "Half my age",
         ["Since the restructure I answer to a young man half my age who has never set foot inside the centre. "
          "I have given this department everything. Some nights I wonder why."],
         ["work"], None),
        ("garden", "2026-06-28 15:10", "+10:00", "Winter garden",
         ["Our place in Strathmore gets the low winter sun along the back fence, and the broad beans are up. "
          "Aqua aerobics every Tuesday and Thursday at 7 at the Pascoe Vale pool keeps the knees going for it."],
         ["garden"], (-37.7296, 144.9181)),
        ("noreen", "2026-07-19 17:00", "+10:00", "Walking with Noreen",
         ["Noreen Abbas and I have walked the Moonee Ponds Creek trail every Sunday morning for twenty years. "
          "Today we talked about the new season of the detective show everyone is watching and nothing else."],
         ["friends"], None),
    ],
}
