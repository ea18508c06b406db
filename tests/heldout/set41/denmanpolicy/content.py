"""Leilani Tautua (FICTIONAL): Home Affairs humanitarian-policy officer, Canberra; lives in Denman Prospect.

A short Mastodon-style account, one note tagged with a place at home. Samoan-Australian voice. Every name and
address is invented.
"""
NAME = "Leilani Tautua"

ACTIVITYPUB = {
    "handle": "leilani_t",
    "summary": "<p>Humanitarian policy @ Home Affairs. Canberra. Netball Wednesdays. Alofa to my aiga.</p>",
    "notes": [
        (1501, "2026-02-25 21:40", "+11:00",
         "Wednesday netball, 8:10pm court 3 at the Belconnen courts. We lost by 20. Tama says our defence is like a screen door.", {}),
        (1502, "2026-03-29 16:30", "+11:00",
         "Painting the fence at ours in Denman Prospect. The neighbours' border collie supervised.",
         {"location": ("Denman Prospect", -35.29870, 149.02450)}),
        (1503, "2026-04-23 22:05", "+10:00",
         "Cabinet sub on next year's humanitarian intake due Friday, the cut to the ceiling is bigger than anyone outside "
         "expects. Third late night in a row. Fa'amolemole, coffee.", {}),
        (1504, "2026-05-30 11:15", "+10:00",
         "Sunday to'ona'i after church with my uso Filipo and his kids. Too much palusami, no regrets.", {}),
    ],
}
