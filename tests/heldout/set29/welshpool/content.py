"""Shane Kovacevic (FICTIONAL): a cargo examiner at a Perth container examination site, on a fantasy-footy forum.

Lowercase venting with typos on an AFL SuperCoach forum, plus a few short posts on a
Mastodon-style account. Every name, handle, number and address is invented.
"""
NAME = "Shane Kovacevic"

FORUM = {
    "site": "Sandgroper SuperCoach Forum",
    "user": "kova_cats",
    "path": "/forum/u/kova_cats/",
    "about": [
        "coach of Kova's Krakens (league 3). 20 yrs in the blue shirt, abf cargo bloke. Eagles tragic.",
        "signed up with me work email shane.kovacevic@abf.gov.au back when the home one was playing up, cant be bothered changin it",
    ],
    "posts": [
        ("5101", "2026-02-03 21:14", "+08:00", "trade week rant",
         ["who else got done by the late out on thursday. i had him as vice captain. VC. absolute scenes",
          "anyway cant do trades thursday nites anyway im on 4 on 4 off, earlies 0600 start, brain is mush by 8pm"]),
        ("5102", "2026-02-19 22:40", "+08:00", "slow week at the shed lol",
         ["not slow at all actually. x-ray lit up a container of ceramic floor tiles on monday, turns out theres "
          "40 odd kilo of meth packed in the pallet bases. spent 2 days pulling pallets apart at welshpool. my back is "
          "cooked and i still had the krakens to sort",
          "anyway rookies to watch, thoughts?"]),
        ("5103", "2026-03-04 20:05", "+08:00", "ICS down again",
         ["ICS was down all tuesday so we cant release anything, trucks backed up to the gate, drivers screaming at us. "
          "the integrated cargo system is older than some of the blokes on my shift. had time to do my trades tho so "
          "silver linings"]),
        ("5104", "2026-03-22 23:58", "+08:00", "who else is on the punt",
         ["put $300 on a 6 leg multi friday, legs 1-5 got up and then the dockers blew it in the last qtr. story of my life",
          "already $2k behind on the cash converters loan and the missus doesnt know about the second one. dont judge me lol"]),
        ("5105", "2026-04-11 19:30", "+08:00", "arvo staffing is a joke",
         ["only 3 of us on the x-ray on arvos till they backfill in june, and thats with me doing doubles. "
          "my TL Gavin Roche keeps saying its coming. gav says a lot of things"]),
        ("5106", "2026-05-02 18:45", "+08:00", "passed over. again.",
         ["didnt get the 5. third time. went to a kid whos been here 3 years. 20 years i give this mob and they "
          "treat me like part of the furniture. honestly if someone offered me a better deal tomorrow id take it",
          "anyway. krakens are 4th. small wins"]),
        ("5107", "2026-05-16 10:12", "+08:00", "juniors",
         ["young Brody kicked 3 for the Cannington Cats under 12s this morning, proud dad moment. Trish made me leave "
          "the phone in the car so i missed the scores. worth it"]),
        ("5108", "2026-06-01 20:20", "+08:00", "selling footy cards",
         ["cleaning out the shed, got a folder of 90s AFL cards, the missus wants them gone. text me on 0491 570 213 "
          "if keen, pick up from our street in Lynwood"]),
        ("5109", "2026-06-14 21:00", "+08:00", "state of origin (not that one)",
         ["watched the replay of the derby at the pub. department store sponsor on the boundary had a better game "
          "than our mids"]),
    ],
}

ACTIVITYPUB = {
    "handle": "kovashane",
    "summary": "<p>Perth. Eagles. SuperCoach. Dad.</p>",
    "notes": [
        (5201, "2026-03-08 07:15", "+08:00", "Sunday. No alarm. Bliss.", {}),
        (5202, "2026-04-18 18:40", "+08:00",
         "Double shift, blue shirt soaked through, 38 degrees on the dock at Welshpool. Who designed this uniform, honestly",
         {}),
        (5203, "2026-05-23 20:05", "+08:00", "Border Security repeat on telly. Not watching that on my day off. #nope", {}),
    ],
}

PHOTOS: list = []
