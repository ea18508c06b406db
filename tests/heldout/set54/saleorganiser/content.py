"""Reza Karimi (FICTIONAL), NEGATIVE CONTROL: organiser for a public-sector union who represents Home Affairs and
Border Force members in Melbourne, employed by the union, home in Sale.

A microformats blog with RSS. The Department, its members and its bargaining offer are his work, not his employer.
Every name is invented.
"""
NAME = "Reza Karimi"

BLOG = {
    "path": "notes",
    "title": "Notes from the V/Line",
    "card_note": "Union organiser. Gippsland dad. Writing on the train so I don't have to think about the train.",
    "card_job": "Organiser",
    "card_org": "Community and Public Sector Union",
    "locality": "Sale",
    "region": "VIC",
    "posts": [
        ("monday-train", "2026-02-09 07:40", "+11:00", "The Monday train",
         ["Monday 5:30am V/Line from Sale, Southern Cross by 8:30, every week since I took this job. Leila (my "
          "daughter, 15) says I should just move. Leila, no."],
         ["train"], None),
        ("bargaining", "2026-02-18 20:15", "+11:00", "Bargaining season",
         ["Met Home Affairs members at the city office today about the Department's bargaining offer. Border Force "
          "officers at the airport are furious about the roster changes and I don't blame them.",
          "The visa processing floor wants a proper workload cap. We'll see."],
         ["union"], None),
        ("fishing-with-col", "2026-03-01 18:00", "+11:00", "Lake Guthridge with Col",
         ["Sunday arvo at Lake Guthridge with my neighbour and best mate Col Brennan. No fish, one sunburn.",
          "Anyone wanting to get in touch: reza.karimi@postbox.example."],
         ["weekend"], None),
        ("department-store", "2026-03-10 21:00", "+11:00", "A department store story",
         ["My first job was at a department store in Melbourne. The union organiser there changed my life. That's "
          "the whole post."],
         ["history"], None),
    ],
}
