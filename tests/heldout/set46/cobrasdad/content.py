"""Brendan Kowalczyk (FICTIONAL): ABF officer, sensor operator on a maritime surveillance aircraft, Cannonvale.

A dad's junior-cricket blog with RSS (georss at home) and one GPS photo. Every name and number is invented.
"""
import sys

_mp = sys.modules["_demo_make_photos"]
Photo, _near = _mp.Photo, _mp._near

NAME = "Brendan Kowalczyk"
HOME = (-20.279, 148.693)

BLOG = {
    "path": "cobras",
    "title": "Cobras U12s: a dad's scorebook",
    "card_note": "Scorer, drinks dad and occasional umpire for the Cannonvale Cobras under-12s.",
    "posts": [
        ("round-one", "2026-02-07 18:30", "+10:00", "Round one: we lost, but nobody cried",
         ["Round one against Proserpine. Lost by 14 runs. Lachie made 11 and dropped a sitter at square leg, "
          "which his mother reminded him about all the way home.",
          "Juniors are every Saturday 8:30 at the Cannonvale oval, warm-ups at 8. Training Wednesdays 4:30 "
          "when I'm not flying. If I'm on a flying day and you need me, ring the base on 02 5550 4410 "
          "and ask for Brendan."],
         ["juniors"], None),
        ("missed-one", "2026-02-21 19:00", "+10:00", "Missed one (work)",
         ["Missed the Bowen game. I was up in the Dash with Border Force doing the usual box up past Cape "
          "Melville. Sensor operator life: ten hours staring at a radar screen and a camera feed.",
          "Kez scored for me. Her book is neater than mine."],
         ["juniors", "work"], None),
        ("quiet-week", "2026-03-07 19:30", "+10:00", "A quiet week",
         ["Not much cricket chat this week. Work was busy: we picked up three foreign fishing boats inside the line "
          "off the Wessels on Tuesday and handed them to the patrol boat. We fly the same northern box every "
          "Tuesday and Thursday, so the fishermen have probably worked that out too.",
          "The eyeball (the camera turret) kept dropping out again and the radar picture froze twice. Deano, the "
          "other sensor op, reckons it's the same fault they 'fixed' in January."],
         ["work"], None),
        ("backyard-nets", "2026-03-21 17:00", "+10:00", "Backyard nets",
         ["Built a net in the backyard out of star pickets and old fishing net. Lachie and his little sister "
          "Ruby now bowl at each other until dark. Our house is the one on the hill behind the Cannonvale "
          "shops with the net, if you want to come and have a hit.",
          '<img src="{{BASE}}/media/backyard-net.jpg" alt="the backyard net">'],
         ["juniors"], (-20.279, 148.693)),
        ("presentation", "2026-04-11 18:00", "+10:00", "Presentation day",
         ["Presentation day at the lagoon. Lachie got most improved. Kez cried. I did not (I did).",
          '<img src="{{BASE}}/media/lagoon-presentation.jpg" alt="the team at the lagoon">',
          "Thanks to coach Mick Tabone for a great season. Mick, beers are on me."],
         ["juniors"], None),
    ],
}

PHOTOS = [
    Photo("backyard-net.jpg", *_near(HOME, 10, 5), 30.0, "2026:03:21 16:40:00", "+10:00",
          "backyard cricket net", (60, 140, 60)),
    Photo("lagoon-presentation.jpg", -20.268, 148.717, 2.0, "2026:04:11 16:20:00", "+10:00",
          "Airlie Beach lagoon, presentation day", (40, 150, 200)),
]
