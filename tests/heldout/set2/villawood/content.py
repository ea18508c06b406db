"""Leon Vasquez (FICTIONAL): detention officer on nights at Villawood, powerlifter, fed up.

Only a plain powerlifting forum (member page plus one page per thread, no microformats): his roster and
gym timing, a detainee incident told in passing, anger at management, and his training partner.
Every name and handle is invented.
"""
NAME = "Leon Vasquez"

FORUM = {
    "site": "OzLifting Forums",
    "user": "leonv_lifts",
    "path": "/community/members/leonv_lifts/",
    "about": ["105 kg class. Western Sydney. Shift worker, so I train at weird hours."],
    "posts": [
        ("6601", "2026-02-11 14:20", "+11:00", "Training around night shift",
         ["Four on, four off, 1900 to 0700 at Villawood. Gym at 5pm before a night, sleep till 2 after. How "
          "do you blokes time your meals around that?"]),
        ("6602", "2026-03-26 09:30", "+11:00", "Rough week, need to vent",
         ["Had a detainee in Blaxland get up on the roof for nine hours Tuesday night. ERT came in at 3am, two "
          "of our officers got hurt getting him down. Then I'm told my leave's cancelled.",
          "Border Force management couldn't organise a chook raffle. Twelve years and I'm done caring."]),
        ("6603", "2026-05-06 20:00", "+10:00", "Comp this Saturday at Liverpool",
         ["Lifting at the Liverpool comp Saturday with my training partner Dimitri Kallis. He's going for a "
          "250 deadlift, I'm just trying not to bomb out on squat."]),
        ("6604", "2026-06-17 18:45", "+10:00", "Creatine held at the border?",
         ["My creatine order from the US got held by customs for a week. Anyone else? Apparently it's a "
          "labelling thing. Tub arrived fine in the end."]),
    ],
}
