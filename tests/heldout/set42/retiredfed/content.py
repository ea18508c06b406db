"""Keith Darrow (FICTIONAL): NEGATIVE CONTROL. A retired Australian Federal Police sergeant, Doreen VIC.

Caravanning forum threads. He talks about joint jobs with Customs decades ago and his
old "department" (the AFP), never as a Home Affairs employee. Every name is invented.
"""
NAME = "Keith Darrow"

FORUM = {
    "site": "Grey Nomads Caravan Forum",
    "user": "KeithD_Jayco",
    "path": "/forum/members/keithd_jayco/",
    "about": ["Retired copper (AFP, 32 years). Jayco Starcraft. Doreen, Melbourne's north."],
    "posts": [
        ("8801", "2026-02-15 19:30", "+11:00", "First big lap since retiring",
         ["Off on the big lap in April with my wife Maureen. Thirty-two years in the AFP and she finally gets to pick the destinations.",
          "Our neighbour Stan Pyke is minding the chooks. He's already asked for a raise."],
         ),
        ("8802", "2026-03-06 20:10", "+11:00", "War story for the fireside",
         ["Someone asked for a copper story. Back in '98 we did a joint job with Customs at Port Melbourne, a container of heroin in tinned pineapple. The Customs blokes found it, we took the credit. Different department, same beer after."],
         ),
        ("8803", "2026-03-29 18:00", "+11:00", "Van for the weekend",
         ["Every second Sunday I take the van out to Kinglake for a practice run, 9am start, with the grandson Tyler navigating (badly)."],
         ),
        ("8804", "2026-04-18 21:00", "+11:00", "Selling the old tinnie",
         ["3.5 m tinnie, 15 hp, $2,200. Ring Keith 0491 570 791, Doreen."],
         ),
        ("8805", "2026-05-09 17:40", "+10:00", "Border crossings",
         ["For anyone heading to WA: the border checkpoint at Eucla is fruit and veg quarantine only, nothing to do with Border Force. Eat your apples first."],
         ),
    ],
}
