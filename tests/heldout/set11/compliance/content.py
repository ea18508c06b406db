"""Terry Mulholland (FICTIONAL): 64-year-old immigration compliance field officer, Newcastle, a year off retirement.

A grandfather's posts on a Mastodon-style account: lowercase, ellipses, typos. Every name, handle and
place detail is invented.
"""
NAME = "Terry Mulholland"

ACTIVITYPUB = {
    "handle": "tezmul",
    "display_name": "Tez M",
    "summary": "<p>home affairs compliance field officer... 22 yrs... retiring next june if the super holds up. newcastle. "
               "grandad x4</p>",
    "notes": [
        (1701, "2026-02-06 19:40", "+11:00", "back at the office in hunter st after leave... 400 emails... lovely", {}),
        (1702, "2026-02-23 21:10", "+11:00",
         "early one thursday... 5am field job at a farm out past singleton, 8 of us and the local police, after "
         "12 overstayers on the picking crew... wish me luck", {}),
        (1703, "2026-03-11 18:25", "+11:00",
         "these new tablets for field work wont run the visa lookup without the vpn and theres no signal at half "
         "the farms... mind you i can see anybodys visa status on it when it works", {}),
        (1704, "2026-04-02 22:50", "+11:00",
         "pokies at the diggers took the whole tax refund tonite... on the punt again... dont tell margaret", {}),
        (1705, "2026-04-20 17:00", "+10:00", "the wife Margaret made her famous rissoles... 4 grandkids, 0 leftovers", {}),
        (1706, "2026-05-08 10:30", "+10:00", "fridays are bowls at wallsend diggers 10am, RDO or not... skip's orders", {}),
        (1707, "2026-06-14 15:00", "+10:00", "raining... again... footy's off", {}),
    ],
}
