"""Tamsin Blackwood (FICTIONAL): visa processing officer (partner visas), Home Affairs Perth office, 47.

A single mum's Mastodon-style account: emoji, hashtags, @mentions. Every name, handle and number is
invented.
"""
NAME = "Tamsin Blackwood"

ACTIVITYPUB = {
    "handle": "tamsinb",
    "display_name": "Tam B ✨",
    "summary": "<p>Mum of two legends. Home Affairs by day, netball umpire by Saturday. Perth girl. "
               "Coffee is a food group ☕</p>",
    "fields": [["Telegram", "tamsinb_perth"], ["Umpiring", "Noranda Netball Assoc"]],
    "others": {"jules_fitz": "Jules Fitzgerald"},
    "notes": [
        (9401, "2026-07-06 07:35", "+08:00",
         "School run ✅ then the 7:40 bus from Noranda to the city, same seat, same podcast, same bus driver "
         "who hates me 😂 #mondays", {}),
        (9402, "2026-07-08 18:10", "+08:00",
         "2,300 partner visas on hand in my team and I finalised 41 this week. The refusal ones sit with you "
         "though 😔 #publicservice", {}),
        (9403, "2026-07-10 20:45", "+08:00",
         "No, I will NOT look up your ex's visa history in ICSE just because I can see basically anyone's 😂 "
         "stop asking, people", {}),
        (9404, "2026-07-11 13:00", "+08:00",
         "Ashton kicked 3 for the Noranda Hawks under 12s today!! 🦅🏉 #proudmum", {}),
        (9405, "2026-07-14 21:30", "+08:00",
         "3 Afterpays, a Zip and the car loan. Paid one off with the other again this month. #skint #adulting", {}),
        (9406, "2026-07-17 22:40", "+08:00",
         "Back in the family court with the ex in August over the kids. He's stopped paying again and I'm so "
         "tired 😞", {}),
        (9407, "2026-07-18 17:00", "+08:00",
         "Shout out to @jules_fitz for the wine, the pasta and the free counselling session 💛 "
         "Jules you're a gem", {"mentions": ["jules_fitz"]}),
        (9408, "2026-07-20 19:30", "+08:00",
         "Jaz got her P plates today. Hide your letterboxes, our street in Noranda 😂🚗", {}),
        (9409, "2026-07-22 08:50", "+08:00",
         "Fire drill at the Wellington Street office at 8:45. In heels. On level 12. Thanks.", {}),
        (9410, "2026-07-25 15:15", "+08:00",
         "Border collie at the netball again, running the centre better than the Gold team 🐶", {}),
        (9411, "2026-07-26 10:00", "+08:00", "Saturday. Umpiring. Coffee. Repeat.", {}),
    ],
}
