"""Hannah Søreide-Byrne (FICTIONAL): 34, caseworker at a refugee support charity in Dandenong, a NEGATIVE
CONTROL. A reflective blog. Every name, number and address is invented.
"""
NAME = "Hannah Søreide-Byrne"

BLOG = {
    "path": "notes",
    "title": "Waiting Rooms",
    "card_note": "Caseworker at a refugee support charity. Views mine. hannah.sb@letters.example",
    "posts": [
        ("mita-visit", "2026-02-12 20:00", "+11:00", "Visiting day",
         ["Drove a client's sister out to MITA in Broadmeadows for visiting hours. The guards were polite; the "
          "waiting room is still the saddest room in Victoria."], ["visits"], None),
        ("case-officer", "2026-02-28 19:30", "+11:00", "Letters from the department",
         ["A family we support got another letter from their Home Affairs case officer asking for documents they "
          "already sent twice. I've started keeping copies of everything."], ["casework"], None),
        ("burnout", "2026-03-15 21:15", "+11:00", "On burning out",
         ["Wednesdays I leave the office at 4 to get to my 4:30 counselling in Noble Park. My partner Rafi says "
          "I bring the job home. He's right."], ["self"], None),
        ("friday-soup", "2026-04-03 18:00", "+11:00", "Soup Fridays",
         ["Thanks to my friend and fellow volunteer Odette Marchetti for the lentil soup for the drop-in again."],
         ["community"], None),
        ("film-night", "2026-04-20 20:30", "+10:00", "Film night",
         ["Screened a documentary about Border Force at the community hall. Good discussion after."], ["events"], None),
    ],
}
