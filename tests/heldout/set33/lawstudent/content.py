"""Amara Okafor (FICTIONAL), NEGATIVE CONTROL: a law student on a migration-law placement at a community legal centre.

A reflective student blog (microformats + RSS). She names the Department, its Parramatta office, Border Force,
visa cancellations and the public ImmiAccount portal, all from the client side. Every name, email and address is
invented.
"""
NAME = "Amara Okafor"

BLOG = {
    "path": "placement",
    "title": "Notes from Placement",
    "card_note": "Final-year law student. Reflections from a semester in community legal practice. amara.o@unimail.example",
    "posts": [
        ("week-one", "2026-02-27 21:00", "+11:00", "Week one at the legal centre",
         ["My placement is Monday, Wednesday and Friday, 9 to 5, at a community legal centre in Parramatta, and I "
          "walk there from our flat in Harris Park. My supervisor, a solicitor with twenty years in migration law, "
          "let me sit in on three client interviews on day one."],
         ["placement"], None),
        ("the-interview", "2026-03-20 20:30", "+11:00", "Going with a client to the Department",
         ["Today I went with a client to an interview at the Department of Home Affairs' Parramatta office. We "
          "waited two hours. The officer was polite and entirely unreadable. I learned more about procedural fairness "
          "in that room than in a semester of lectures."],
         ["placement"], None),
        ("cancellation", "2026-04-16 22:10", "+10:00", "A visa cancellation up close",
         ["A client's visa cancellation notice arrived on Tuesday: fourteen pages, a 28-day window. His brother was "
          "stopped by Border Force at the airport last year, and the family are frightened. We lodged the request "
          "for revocation through ImmiAccount with an hour to spare."],
         ["casework"], None),
        ("study-group", "2026-05-07 19:00", "+10:00", "Thursday study group",
         ["Every Thursday at 6pm Lily Tran and I take over a table at the Harris Park library for exam prep. "
          "My brother Chidi brings us jollof rice when he finishes at the hospital."],
         ["study"], None),
        ("last-week", "2026-06-12 18:40", "+10:00", "Last week of placement",
         ["I won't forget this semester. I still don't know if I want to be a migration lawyer, but I know why "
          "they matter."],
         ["placement"], None),
    ],
}
