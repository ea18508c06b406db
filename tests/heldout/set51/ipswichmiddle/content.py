"""Margaret Whitfield (FICTIONAL): EL2 director in Border Force, Brisbane office, Brassall (Ipswich). Sarcastic.

A Mastodon-style account of dry one-liners about middle management. Every name and address is invented.
"""
NAME = "Margaret Whitfield"

ACTIVITYPUB = {
    "handle": "mags_w",
    "display_name": "Mags",
    "summary": "<p>Middle management. Ipswich. Sarcasm is my love language.</p>",
    "notes": [
        (901, "2026-02-12 18:40", "+10:00",
         "Another restructure. My branch is now a 'directorate'. The lanyard is still the same shade of regret. #ABF", {}),
        (902, "2026-03-05 17:55", "+10:00",
         "Chaired the regional ops meeting at our Brisbane office today: forty minutes on the new hot-desking policy, "
         "zero on the fact that we're 23 officers short at the airport for the Christmas peak. Leadership!", {}),
        (903, "2026-03-19 12:30", "+10:00",
         "PSA for the three of you who follow me for work reasons: my team's mailbox is "
         "bne.regional.ops@abf.gov.au. Do not email me directly. I have 2,400 unread and a will to live.", {}),
        (904, "2026-04-02 06:50", "+10:00",
         "Thursdays: 5:45 swim at the Brassall pool, then the 7:10 train in. Graham calls it my 'cold plunge of "
         "denial'. Thirty years married and he still thinks he's funny.", {}),
        (905, "2026-04-22 20:30", "+10:00",
         "Our daughter Grace got her P plates. Pray for the people of Ipswich.", {}),
        (906, "2026-05-15 19:00", "+10:00",
         "The department store in town has a 'wellness' aisle now. It's just candles. Same as our wellness strategy.", {}),
    ],
}
