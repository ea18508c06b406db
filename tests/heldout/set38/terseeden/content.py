"""Jase Rudd (FICTIONAL): 27, Border Force officer at the Port of Eden; very terse ActivityPub posts.

Every name, handle and number is invented.
"""
NAME = "Jase Rudd"

ACTIVITYPUB = {
    "handle": "jaserudd",
    "summary": "<p>south coast. surf. BF.</p>",
    "fields": [("snap", "jase.rudd99")],
    "notes": [
        (2201, "2026-02-03 06:15", "+11:00", "cruise ship in at 0700. 3 of us for 2,400 pax. sweet", {}),
        (2202, "2026-02-18 19:40", "+11:00", "eden wharf again tmrw. ironing the ABF shirt like a grown up", {}),
        (2203, "2026-03-05 16:10", "+11:00", "thurs arvo = Pambula bar if the swell's up. every week. dont @ me", {}),
        (2204, "2026-03-21 23:55", "+11:00", "brother Liam's 21st. im cooked", {}),
        (2205, "2026-04-09 14:30", "+10:00",
         "skippers: need clearing in at Eden? work phone 0491 570 466, not this acct", {}),
        (2206, "2026-05-01 20:05", "+10:00", "border security marathon on 7mate. research", {}),
    ],
}
