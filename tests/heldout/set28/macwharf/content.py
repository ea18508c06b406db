"""Lachie Brookfield (FICTIONAL): a 24-year-old Border Force officer at Macquarie Wharf, Hobart.

Terse one-liners on ActivityPub; one note carries a place at home. Every name and handle is invented.
"""
NAME = "Lachie Brookfield"

HOME_PT = ("West Hobart", -42.88050, 147.31400)   # a residential street in West Hobart, rounded

ACTIVITYPUB = {
    "handle": "lachb",
    "summary": "<p>hobart. 24. futsal, coffee, #ABF</p>",
    "notes": [
        (7401, "2026-02-11 05:40", "+11:00", "0600 start. Mac 2. cold.", {}),
        (7402, "2026-02-26 21:00", "+11:00", "futsal friday 8pm, lost 9-4, ref was blind", {}),
        (7403, "2026-03-12 18:30", "+11:00",
         "icebreaker in at Macquarie Wharf. two of us for 60 crew. one passport flagged. long day", {}),
        (7404, "2026-04-07 07:50", "+10:00", "frost on the car. home.",
         {"location": HOME_PT}),
        (7405, "2026-05-03 16:20", "+10:00", "earlies mon to thu this month. fridays off. futsal 8pm fridays still", {}),
        (7406, "2026-06-18 12:00", "+10:00", "watching the winter solstice swim. not doing it. ever.", {}),
        (7407, "2026-07-09 19:10", "+10:00", "coffee from the van on the wharf. only good thing about 0600", {}),
    ],
}
