"""Kevin Lindqvist (FICTIONAL): NEGATIVE CONTROL, a volunteer marine radio operator at Hervey Bay on a boating forum.

Forum posts (plain pages, one per thread) about radio watches, a Border Force cutter heard on
channel 16, customs for yachts, and the rescue group's radio log. Every name, number and address is invented.
"""
NAME = "Kevin Lindqvist"

FORUM = {
    "site": "Wide Bay Boaties Forum",
    "user": "sparky_vhf",
    "path": "/forum/u/sparky_vhf/",
    "about": ["Volunteer radio operator with the local marine rescue group. Retired sparky. Call me Sparky."],
    "posts": [
        ("3301", "2026-02-07 13:10", "+10:00", "Radio watch volunteers wanted",
         ["I do the Saturday radio watch, 0600 to 1200 at the rescue base in Urangan, and we need two more bodies. "
          "Call or text me on 0491 570 617 if you've got your VHF ticket."]),
        ("3302", "2026-03-14 17:40", "+10:00", "Interesting traffic on 16",
         ["Heard a Border Force cutter calling a foreign yacht on channel 16 this morning, asking for last port "
          "and crew numbers. All very polite. Reminder for cruisers: customs clearance is your job, not ours."]),
        ("3303", "2026-04-11 19:20", "+10:00", "Our radio log system",
         ["Our radio log system crashed at 0900 and we went back to pencil and paper. Honestly, better. It's a "
          "volunteer-built Access database from 2011, nothing to do with any government system."]),
        ("3304", "2026-05-16 15:00", "+10:00", "Fishing report",
         ["Out on a mate's tinny off Point Vernon. Two squire, one grumpy skipper."]),
        ("3305", "2026-06-20 18:30", "+10:00", "Home brew",
         ["The wife Bev has banned the home brew kit from our shed in Pialba. Negotiations continue."]),
        ("3306", "2026-07-25 10:00", "+10:00", "Patrol boat",
         ["Saw the patrol boat heading north past the Urangan pier. Looked like a navy one. Nice lines."]),
    ],
}

PHOTOS: list = []
