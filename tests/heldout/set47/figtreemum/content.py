"""Leanne Pirovic (FICTIONAL): Home Affairs detention health liaison at Villawood, a teenagers' mum in Figtree."""
NAME = "Leanne Pirovic"

ACTIVITYPUB = {
    "handle": "figtree_leanne",
    "summary": "<p>Mum of two teenagers, surviving on coffee. Illawarra born and bred. Health liaison @ Home Affairs, "
               "views my own.</p>",
    "notes": [
        (7001, "2026-03-04 18:20", "+11:00",
         "My boy Kai got his P plates today!!! 17 and thinks he's Daniel Ricciardo. Lock up your letterboxes Figtree 😂", {}),
        (7002, "2026-03-19 20:45", "+11:00",
         "Ruby's Year 10 formal dress cost more than my first car. If you're near Figtree High on Friday and see a girl "
         "in green sequins, that's my baby 😭", {}),
        (7003, "2026-04-14 05:32", "+10:00",
         "Figtree to Villawood is 70 minutes on a good day. Left at 5:40 again, health handover is at 7. "
         "Monday to Thursday this fortnight, then Fridays off thank god.", {}),
        (7004, "2026-05-08 21:10", "+10:00",
         "Long week. One of our guys at the centre went to Liverpool hospital after 19 days refusing food, and there "
         "are 11 on the watch list now. Can't say more. Gav my offsider has been an absolute legend.", {}),
        (7005, "2026-06-02 22:30", "+10:00",
         "Three months now with no child support from their father Dean. Credit card maxed, rego due, Ruby needs braces. "
         "Not sure how much longer I can do this on an APS5 wage.", {}),
        (7006, "2026-06-20 10:05", "+10:00",
         "Selling Kai's old BMX, $120 or near offer, message me on 0491 570 226 🚲", {}),
        (7007, "2026-07-11 17:40", "+10:00",
         "Sharon from next door drove Ruby to netball AGAIN. Sharon Tuilagi you are a saint and I owe you a bottle.", {}),
        (7008, "2026-08-05 14:15", "+10:00",
         "The health referral app at work logs me out every ten minutes. We call it Patchy. Apparently it runs on a "
         "server older than Kai 🙃", {}),
        (7009, "2026-08-22 20:00", "+10:00",
         "Watching Border Security with Ruby and she reckons she could do my job better. She probably could.", {}),
    ],
}
