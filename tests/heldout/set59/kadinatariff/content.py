"""Graham Pascoe (FICTIONAL): Border Force trade-enforcement officer at Port Adelaide, commutes from Kadina.

A Mastodon-style account that is mostly an angry ratepayer's posts about the council. Every name, handle,
number and address is invented.
"""
NAME = "Graham Pascoe"

ACTIVITYPUB = {
    "handle": "gpascoe",
    "summary": "<p>Kadina ratepayer. Trade enforcement, Border Force. Fixing the council one complaint at a time.</p>",
    "fields": [("Email", "g.pascoe@abf.gov.au"), ("Street", "Taylor Street, Kadina, and proud of it")],
    "notes": [
        (8101, "2026-02-09 19:20", "+10:30",
         "Rates up 6.8 per cent and Taylor Street still has the same pothole it had in 2019. Wrote to the council "
         "again. Third letter. Terry Vanstone next door has written five.", {}),
        (8102, "2026-02-26 20:05", "+10:30",
         "Leave Kadina at 6:15 every weekday, Port Adelaide by 8, home 6:30 if the Port Wakefield road behaves. "
         "Two hours a day of my life I'll never get back. Council still can't mow a verge.", {}),
        (8103, "2026-03-16 21:45", "+10:30",
         "Good week at work for once. Importer dressing up steel pipe as 'fittings' to dodge anti-dumping duty, "
         "three point two million owing. Kath Delaney's team did the grunt work, I just wrote it up.", {}),
        (8104, "2026-04-01 18:30", "+10:30",
         "The tariff lookup spreadsheet we all rely on runs on a macro somebody wrote in 2011 and it crashed again. "
         "No backup. This is a national border, people.", {}),
        (8105, "2026-04-20 22:10", "+10:30",
         "Passed over for the EL1 again. Third time. Kath says next round. Canberra decides these things and Canberra "
         "has never set foot in Port Adelaide. I'm done being polite.", {}),
        (8106, "2026-05-11 19:40", "+10:30",
         "Sandy says I should stop writing to the council. Sandra, my love, the drain outside number 14 is a "
         "mosquito farm.", {}),
        (8107, "2026-05-28 20:00", "+10:30",
         "Council wants to sell off the bowling green. Not on my watch. Meeting at the town hall Tuesday.", {}),
        (8108, "2026-06-15 18:55", "+10:30",
         "Went to the Kadina department store for a new kettle. Closed down. Of course it did.", {}),
    ],
}
