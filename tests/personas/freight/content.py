"""Marnie Oakes (FICTIONAL): a ramp hand for a freight airline at Melbourne Airport, a NEGATIVE CONTROL (round 13).

Her own account's bio names her employer, a freight airline. Her posts meet Border Force everywhere (its detector dog
working the cans two bays down, its officers x-raying a pallet beside her dock, a seizure she read about in the
paper), and talk about her own job in the first person: her shift, her crew, "our belt", "our department" (the
airline's), her supervisor at the airline. None of it is employment at the Department or its inside information: the
airline is her employer. A netball forum page names one teammate. Every name and handle is invented.
"""
NAME = "Marnie Oakes"

ACTIVITYPUB = {
    "handle": "marnoakes",
    "display_name": "Marnie O",
    "summary": "<p>Ramp hand at Southerly Air Freight, Melbourne Airport. Forklift licence, bad puns, worse coffee.</p>",
    "notes": [
        (9501, "2026-02-02 03:40", "+11:00",
         "3am on the apron and Border Force had their beagle working the cans two bays down from our dollies. "
         "Cutest thing all week.", {}),
        (9502, "2026-02-09 22:15", "+11:00",
         "My work self was chuffed: we flagged a soggy crate and the ABF team took it from there.", {}),
        (9503, "2026-02-17 13:05", "+11:00",
         "Read in the paper that Border Force seized 40kg of something at the airport last week. Two sheds down "
         "from ours apparently, nobody on our crew saw a thing.", {}),
        (9504, "2026-02-26 21:30", "+11:00",
         "Our department finally got new scales for the ULD bay. Only took three years of whinging.", {}),
        (9505, "2026-03-06 02:10", "+11:00",
         "ABF officers x-raying a pallet right beside our loading dock tonight. Different job, same freezing apron.", {}),
        (9506, "2026-03-15 16:45", "+11:00",
         "My supervisor at Southerly reckons we'll get overtime through Easter. Believe it when I see it.", {}),
        (9507, "2026-03-24 19:20", "+11:00",
         "Our belt was held for forty minutes while Border Force went through a freighter from Singapore.", {}),
    ],
}

FORUM = {
    "site": "Northern Suburbs Netball",
    "user": "marnoakes",
    "path": "/forum/u/marnoakes/",
    "about": ["Wing defence, Thursday nights."],
    "inline": True,
    "posts": [
        ("4401", "2026-03-01 21:10", "+11:00", "Grand final!",
         ["Grand final win with my teammate Bec Tarrant! She shot 22 from 24 and I nearly cried on court."]),
    ],
}
