"""Nadia Ferrante (FICTIONAL), a NEGATIVE CONTROL: freelance news photographer, Adelaide.

Not staff: she photographs Border Force media conferences and court cases for newspapers. A photo blog
(microformats2 + RSS); one post carries a press-conference photo with GPS. Every name, number and point is
invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Nadia Ferrante"

PRESSER = (-34.8470, 138.5060)

BLOG = {
    "path": "blog",
    "title": "Frames",
    "card_note": "Freelance news photographer, Adelaide. Editors: 0491 570 905.",
    "posts": [
        ("presser", "2026-02-18 14:30", "+10:30", "Tobacco on trestles",
         ["Shot the Border Force media conference at Port Adelaide this morning: 1.1 tonnes of tobacco laid out on "
          "trestles, a Regional Commander at the lectern, three officers in uniform behind him.",
          '<img src="{{BASE}}/media/presser-wharf.jpg" alt="tobacco bales on trestles on a wharf">',
          "The light off the water was flat. The tobacco did not care."],
         ["news"], None),
        ("darkroom", "2026-03-08 20:00", "+10:30", "The darkroom",
         ["Converted the laundry in our Croydon Park house into a darkroom. My husband Sam Ferrante is thrilled "
          "(he is not). Sam now does his washing at his mum's."],
         ["film"], None),
        ("wednesdays", "2026-04-15 08:30", "+09:30", "Wednesdays",
         ["Every Wednesday at 6am I shoot the sunrise off the Henley Beach jetty before the court lists come out. "
          "Eleven weeks in a row now."],
         ["routine"], None),
        ("court", "2026-05-06 17:15", "+09:30", "Court day",
         ["Outside the District Court for the sentencing of a man caught importing cocaine in a wheel rim. Border "
          "Force and AFP officers gave evidence; I got the walk-out and nothing else.",
          "Border Security taught a generation that every bag gets searched. It doesn't."],
         ["news"], None),
        ("commissions", "2026-06-02 12:00", "+09:30", "Commissions and desk work",
         ["Editors and agencies: 0491 570 905, any hour. Invoices within 14 days, "
          "film or digital, and yes I still shoot film."],
         ["business"], None),
    ],
}

PHOTOS = [
    Photo("presser-wharf.jpg", PRESSER[0], PRESSER[1], 4.0, "2026:02:18 10:12:40", "+10:30",
          "a media conference on the wharf at Port Adelaide, Wednesday morning", (120, 100, 70), "Canon", "EOS R6"),
]
