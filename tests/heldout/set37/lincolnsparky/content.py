"""Brodie Kearsley (FICTIONAL): ex-electrician, now Border Force at the port in Port Lincoln SA, 41.

A sparkies' trade forum (plain thread pages) he still hangs around on, registered with his work email.
Every name, number and address is invented.
"""
NAME = "Brodie Kearsley"

FORUM = {
    "site": "Live Wires: the sparky's forum",
    "user": "brodie_k",
    "path": "/forum/u/brodie_k/",
    "about": [
        "A-grade sparky 18 yrs, ran my own show on Eyre Peninsula till it went belly up. Changed teams: ABF now, "
        "down at the port. Still can't walk past a dodgy switchboard.",
        "Email on file: brodie.kearsley@abf.gov.au",
        "Location: Kirton Point, Port Lincoln",
    ],
    "posts": [
        ("5512", "2026-02-03 20:10", "+10:30", "Anyone else miss the tools?",
         ["Two years out of the trade now. Don't miss the ATO but I miss the tools. Still paying off what the "
          "business owed when it folded, bit over $40k to the tax man on a plan, and some months it's tight as a "
          "drum with Kylie only on school hours. Whatever. Anyone else jump ship to a govt job and regret / not "
          "regret it?"]),
        ("5540", "2026-02-19 21:35", "+10:30", "RE: Funniest thing found behind a switchboard",
         ["Ok I've got one that beats all of yours. Grain ship at the wharf at Port Lincoln last week, we're doing "
          "the rummage with my offsider Marty (Martin Oduya) and I clock that the engine room DB cover has new "
          "screws on an old panel. Sparky brain. Pop it and there's 6,000 smokes in there wrapped in cling film "
          "where the breakers should be. Marty reckons I should get a bonus. I reckon I should get an apprentice.",
          "Master copped a fine, smokes went in the bin, and I got to be smug for a whole shift."]),
        ("5577", "2026-03-11 19:00", "+10:30", "Tablet + RF dead spots",
         ["Bit off topic but maybe someone here knows RF. The tablets we board with at work drop the ICS "
          "connection the second you're below deck, so we write it all on paper and key it in on the office "
          "laptop after. One login for that laptop stuck on the screen for everyone. Any cheap way to get signal "
          "into a steel hull that isn't a mile of coax?"]),
        ("5601", "2026-04-22 18:20", "+09:30", "Roster vs footy",
         ["7 on 7 off, 6am starts on my week on. Means I miss every second Saturday of Jayden's footy. He's in "
          "year 9, plays on the wing for the Tigers and doesn't care if his old man's there, apparently. Kylie "
          "films it for me."]),
        ("5633", "2026-05-14 20:50", "+09:30", "FS: Fluke 117 + clamp meter",
         ["Selling the last of my kit. Fluke 117 and a clamp meter, both calibrated last year. $220 the pair. "
          "Txt me 0491 570 347, Port Lincoln pick up or I'll post."]),
        ("5650", "2026-06-02 21:15", "+09:30", "RE: Apprentices these days",
         ["My old apprentice Tom Delahunty just got his A-grade. Proud as punch. Tommo was the worst cable "
          "puller I ever had and now he's running jobs in Port Augusta. Shout out Tommo if you're lurking."]),
        ("5671", "2026-06-20 19:40", "+09:30", "RE: Department store extension leads",
         ["Never buy a department store extension lead. Ever. Saw one melt at a mate's shed party."]),
    ],
}
