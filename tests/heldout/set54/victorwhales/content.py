"""Aroha Tane (FICTIONAL): Home Affairs visa processing officer working from home in Victor Harbor.

A whale-spotting account full of typos and family initials (DH, MIL, SIL); one note placed at home.
Every name is invented.
"""
NAME = "Aroha Tane"
HOME = (-35.5528, 138.6158)     # a rounded point on an ordinary Victor Harbor street

ACTIVITYPUB = {
    "handle": "arohawhales",
    "summary": "<p>Victor Harbor. visas by day (Home Affairs, wfh), whale spotting by arvo. typos free of charge</p>",
    "notes": [
        (6901, "2026-06-02 18:10", "+09:30",
         "MIL staying agian this week. DH says its only 5 nights. DH is a lier. love you Rangi x", {}),
        (6902, "2026-06-09 12:40", "+09:30",
         "processed 41 student visas before lunch, half of them from the one agent with the exact same bank "
         "statments, same font same typos (worse than mine). flagged the lot, watch this space", {}),
        (6903, "2026-06-13 09:30", "+09:30",
         "Causeway to Granite Island every Sat 7am with my SIL Mereana, two southern rights today!!", {}),
        (6904, "2026-06-20 17:20", "+09:30", "sunset from the back step, MIL Helen made scones, peace at last",
         {"location": ("Victor Harbor", HOME[0], HOME[1])}),
        (6905, "2026-06-27 20:00", "+09:30", "rewatching Border Security with DH, he thinks im on it. i am not", {}),
    ],
}
