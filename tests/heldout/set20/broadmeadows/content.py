"""Jarrod Fenech (FICTIONAL): venting on a separated dads' forum; his job is knocking on overstayers' doors out of Broadmeadows.

A plain forum, posts with their own permalinks, typos and all. Every name,
number and address is invented (0491 570 xxx is reserved for fiction).
"""
NAME = "Jarrod Fenech"

FORUM = {
    "site": "Dads After Separation (Vic)",
    "user": "jfen_81",
    "path": "/forum/u/jfen_81/",
    "inline": True,
    "about": ["Dad of 2. Northern suburbs. Just trying to get thru it."],
    "posts": [
        ("5501", "2026-01-29 22:40", "+11:00", "new here",
         ["hi all. separated since nov. renee has the kids in the house, im in a rental in Fawkner. "
          "signed up here with my work email by accident (jarrod.fenech@border.gov.au) then changed it lol"]),
        ("5502", "2026-02-16 23:55", "+11:00", "lawyer costs",
         ["took a payday loan from Cash Now to cover the family lawyer retainer. 2 of them actually. i know i know"]),
        ("5503", "2026-03-03 21:15", "+11:00", "access weekends",
         ["i get the kids every 2nd weekend, pick up 6pm friday at the maccas on sydney rd. "
          "my boy Lachie plays for the Coburg under 12s so saturdays are footy"]),
        ("5504", "2026-03-25 22:30", "+11:00", "work is the only thing holding me together",
         ["i do immigration compliance for DIBP, out of the Broadmeadows office. door knocks on overstayers mostly. "
          "my team leader Deb (Debra Quill) has been good about the roster since the split"]),
        ("5505", "2026-04-17 00:20", "+10:00", "bad night",
         ["sorry for the rant. i can look up anyone's visa status in the system at work, and tonight i caught myself "
          "looking up renee's new bloke. didnt do anything. but yeah. its tempting lol"]),
        ("5506", "2026-05-06 21:45", "+10:00", "wont be on much",
         ["big op on the 14th, 6 addresses in Dandenong, 5am starts, so ill be off here for a bit"]),
        ("5507", "2026-05-27 20:00", "+10:00", "anyone done mediation",
         ["anyone used the relationships centre mediation? is it worth it? pm me or text 0491 570 462"]),
        ("5508", "2026-06-18 19:30", "+10:00", "footy",
         ["Lachie kicked 3 goals today, Coburg won by 40. best day ive had in months"]),
    ],
}
