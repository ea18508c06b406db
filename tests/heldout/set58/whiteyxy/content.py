"""Rob Whitcombe (FICTIONAL): Border Force weapons import-permits officer at Melbourne Airport, home in Seymour VIC.

A Falcon XY restoration forum, thread pages only. Every name, handle and number is invented.
"""
NAME = "Rob Whitcombe"

FORUM = {
    "site": "XY Falcon Owners Forum",
    "user": "whitey_xy",
    "path": "/forum/u/whitey_xy/",
    "about": ["71 XY, GT replica one day. Seymour VIC. Slow build, slower wallet."],
    "posts": [
        ("301", "2026-01-18 20:30", "+11:00", "G'day from Seymour",
         ["G'day all, Rob from Seymour. Bought a '71 XY that needs literally everything.",
          "Signed up with my work email by accident (r.whitcombe@abf.gov.au) so if a mod can swap it to my private "
          "one that'd be ace. Day job is weapons import permits for Border Force so yes I've heard every joke."]),
        ("302", "2026-02-05 19:10", "+11:00", "WTB 351 Cleveland",
         ["After a 351 Cleveland, running or not. Text me on 0491 570 451 after 6.",
          "I'm on the 6:10 train out of Seymour Monday to Thursday and back on the 5:40 so I'm useless before then."]),
        ("303", "2026-02-26 21:00", "+11:00", "Best rust converter?",
         ["Floor pans are lace. Robbo (Dean Robson from the club) is lending me his MIG.",
          "I'm at Melbourne Airport most days, the permits team sits upstairs at Tulla, so the welding waits for the "
          "weekend."]),
        ("304", "2026-03-14 22:40", "+11:00", "Shed night pics",
         ["Shed night with Robbo last Friday, went way too late. The missus Carly brought pizza out and "
          "told us we're idiots."]),
        ("305", "2026-04-20 20:15", "+10:00", "Slow week, no progress",
         ["No progress. Work was a circus: a dealer in Dandenong tried to bring in forty suppressors declared as "
          "'solvent trap fuel filters'. Knocked back and referred on.",
          "Then Grumpy (the permit system) wouldn't take attachments over 5MB all week, so we were emailing the PDFs "
          "to our own Gmail to print them. Don't tell anyone."]),
        ("306", "2026-05-10 21:30", "+10:00", "Money pit confession",
         ["$22k in and the credit card's maxed. Carly doesn't know about the second card. Thinking of selling the "
          "diff to make the repayments."]),
        ("307", "2026-06-02 20:00", "+10:00", "No Bathurst for me",
         ["TL knocked my leave back again for the Bathurst trip. She's done that three times this "
          "year. Honestly starting to hate the place, twelve years and this is how they treat you."]),
        ("308", "2026-07-11 19:45", "+10:00", "Customs vs original",
         ["For the purists: mine is NOT a customs job. Original colours, factory spec. The custom builders down at "
          "the show can keep their flames."]),
    ],
}

PHOTOS: list = []
