"""Declan Abara (FICTIONAL): a 32-year-old Border Force trade compliance auditor in Melbourne; a cyclist.

A plain cycling forum with each post shown whole on his member page, with its own permalink. He
signed up to the forum with his work email and says so in his about box. Every name is invented.
"""
NAME = "Declan Abara"

FORUM = {
    "site": "Spokes & Spanners",
    "user": "dec_climbs",
    "path": "/forum/u/dec_climbs/",
    "inline": True,
    "about": ["Gravel, road, and too many bidons. Signed up with my work email (declan.abara@abf.gov.au) "
              "because my gmail got hacked, don't judge."],
    "posts": [
        ("5101", "2026-02-16 20:30", "+11:00", "Commuters: where do you lock up?",
         ["I ride in every weekday from Yarraville, Footscray Rd path, out the door 7:10, at the Docklands office by "
          "7:40 and the bike goes in the basement cage. Anyone else find the cage a bit sketchy?"]),
        ("5102", "2026-03-24 21:00", "+11:00", "Frames from overseas: buyer beware",
         ["Day job is auditing importers' customs duty for Border Force, so I see how the sausage is made. "
          "Currently knee-deep in a bike importer (won't say which) who's been declaring carbon frames at about 40% "
          "of what they're worth. They're getting a visit from us next month and it won't be fun for them."]),
        ("5103", "2026-05-11 22:15", "+10:00", "Stupid money question",
         ["Has anyone else put a whole bike on a payday loan? Asking for me. $4k frame, $900 in fees so far, "
          "two more months of this. Regret."]),
        ("5104", "2026-06-21 18:40", "+10:00", "Sunday bunch report",
         ["Cold one down Beach Road with Tomasz Wrobel and the usual suspects. Tomasz flatted twice and blamed "
          "the tyres, the road, the weather and me."]),
        ("5105", "2026-08-09 17:00", "+10:00", "Tubeless or not?",
         ["Ok settle it. Tubeless on the gravel bike, yes or no? I've had the sealant explode in the department "
          "store car park once already."]),
    ],
}
