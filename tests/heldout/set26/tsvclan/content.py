"""Callum Fitzgibbon (FICTIONAL): Home Affairs ICT field technician, Townsville, 36; a video-game clan forum.

A plain clan forum (posts shown whole, each with its permalink) registered under his work email, and a
Mastodon-style account. Every name, handle, number and address is invented.
"""
NAME = "Callum Fitzgibbon"

FORUM = {
    "site": "Northern Wolves Gaming Clan",
    "user": "fitzy_tsv",
    "path": "/forum/u/fitzy_tsv/",
    "inline": True,
    "about": ["Rank: Officer. Tank main. TSV, QLD.",
              "contact: callum.fitzgibbon@homeaffairs.gov.au (yes its my work email, it never bounces, sue me)",
              "discord: fitzy_tsv"],
    "posts": [
        ("9101", "2026-02-03 21:40", "+10:00", "raid nights for feb",
         ["raids tues and thurs 8pm AEST as usual. i'm on 7:30 till 4 at work so dont ping me before 5, i'm "
          "elbow deep in a comms cabinet",
          "@Tank you're on shotcaller this week"]),
        ("9102", "2026-02-19 22:15", "+10:00", "anyone else lose power",
         ["power's out in Aitkenvale again, my ping is going to be garbage. streetlights are off down our end too"]),
        ("9103", "2026-03-06 23:05", "+10:00", "rant: work",
         ["so the firewall at the Townsville regional office is a decade old fortigate and still on firmware 5.x. "
          "i have asked for a replacement 3 times. 3. canberra says next financial year lol",
          "and the shared admin account on the CCTV recorder at the wharf site is still the vendor default password. "
          "i am the only ICT guy for Home Affairs north of mackay and nobody listens to me"]),
        ("9104", "2026-03-27 20:30", "+10:00", "gg last night",
         ["massive gg to Hemi Walker (Tank) for carrying the whole raid. owe you a bundy mate"]),
        ("9105", "2026-04-16 22:50", "+10:00", "off topic: bad month",
         ["down 3k on the multis this month. every leg gets up except the last one. sportsbet can get stuffed. "
          "anyone wanna buy a 3080"]),
        ("9106", "2026-05-02 19:10", "+10:00", "new recruits",
         ["welcome to the 3 new pups. read the rules thread. no team killing. yes that means you Jase",
          "(Jase is my little brother, he's FIFO at Mt Isa so he plays at weird hours)"]),
        ("9107", "2026-06-11 21:20", "+10:00", "work drama",
         ["restructure news from on high: from feb the Townsville office drops to 2 staff on weekends and they're "
          "folding the wharf team into the airport team. my TL Noeline found out from the union email before "
          "management told her. classic"]),
    ],
}

ACTIVITYPUB = {
    "handle": "fitzy",
    "summary": "<p>Tank main. Cable wrangler. North Queensland.</p>",
    "notes": [
        (3301, "2026-02-08 12:00", "+10:00", "38 degrees and 90% humidity. Townsville in Feb, never change.", {}),
        (3302, "2026-03-15 18:30", "+10:00", "New GPU day 🎉 #pcmr", {}),
        (3303, "2026-04-04 09:45", "+10:00", "Watching Border Security reruns hungover. Peak Saturday.", {}),
        (3304, "2026-05-20 17:30", "+10:00",
         "Re-terminated 48 patch leads today at the office. My fingers are done. #networking", {}),
        (3305, "2026-06-22 20:00", "+10:00", "Cowboys lost again. Not talking about it.", {}),
    ],
}
