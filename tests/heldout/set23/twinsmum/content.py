"""Kirsten Vella (FICTIONAL): Border Force officer at Outer Harbor, back part-time after leave, living in
Semaphore Park; a mum-of-twins blog whose feed is authored under her official email.

One post carries a georss point at home. Every name and place point is invented.
"""
NAME = "Kirsten Vella"
HOME = (-34.84960, 138.48230)

BLOG = {
    "path": "twins",
    "title": "Double Trouble Diaries",
    "card_note": "Twin mum, coffee addict, Port Adelaide girl through and through.",
    "author_email": "kirsten.vella@abf.gov.au",
    "posts": [
        ("back-to-work", "2026-02-16 20:30", "+10:30", "Back to work, back to the wharf",
         ["First week back at Border Force after fourteen months of leave and I cried in the car park, the "
          "good kind. Part-time now: Tuesday, Wednesday and Thursday, earlies from 0630 at Outer Harbor.",
          "My husband Dan does the daycare drop at Twinkle Stars in Largs Bay at 6:15 and I do pick-up at 3. "
          "It works if nobody gets sick. Somebody always gets sick."],
         ["work", "twins"], None),
        ("one", "2026-03-08 19:00", "+10:30", "Archie and Poppy are ONE",
         ["Our twins Archie and Poppy turned one on Saturday! Archie ate the cake. Poppy wore the cake. Dan's "
          "mum (the best MIL in the southern hemisphere) made both cakes and cried more than I did."],
         ["twins", "birthdays"], None),
        ("sunday-walk", "2026-04-19 17:00", "+09:30", "Sunday walk",
         ["Double pram along the jetty at Semaphore, one babycino shared between two, then back to our street "
          "in Semaphore Park for naps. Both asleep at once for 40 whole minutes. A miracle."],
         ["twins", "weekends"], HOME),
        ("clothes-swap", "2026-05-10 20:00", "+09:30", "Twins club clothes swap",
         ["Our twins club is doing a clothes swap at the community centre on the 24th. Bring anything size "
          "000 to 1. Want in? Email me at kirsty.vella@doubletrouble.example and I'll add you to the list."],
         ["twins club"], None),
        ("the-pram", "2026-06-22 21:40", "+09:30", "The double pram and other lies",
         ["The double pram is on Afterpay. So is the car seat. And the second cot. Dan's hours got cut at the "
          "depot and my part-time pay doesn't stretch, so we live in the overdraft from the 20th to payday.",
          "Nobody tells you that twins cost double. Actually everybody tells you. Nobody tells you how it feels."],
         ["money", "twins"], None),
        ("sunday-overtime", "2026-07-27 19:15", "+09:30", "What I did at work (the bits I can say)",
         ["Sunday overtime. Three of us to clear two car carriers at Outer Harbor because half the roster was "
          "off sick, and the crew list system was down all morning so we did crew checks off printed lists like "
          "it was the nineties. Home by 4, straight into bath time."],
         ["work"], None),
        ("regression", "2026-08-30 21:00", "+09:30", "Sleep regression at 18 months",
         ["Is it a regression if they never progressed? Asking for a friend who is me."],
         ["twins", "sleep"], None),
        ("matching", "2026-09-20 18:00", "+09:30", "Matching outfits",
         ["The department store had matching twin outfits on sale and I have no self-control. Photos never, "
          "because Poppy will not stand still."],
         ["twins"], None),
    ],
}
