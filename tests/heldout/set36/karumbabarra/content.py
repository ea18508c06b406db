"""Brett Haslam (FICTIONAL): 44-year-old Border Force officer alone at the Karumba wharf office in the Gulf.

A barra-fishing club's plain forum (thread pages, no microformats). He never writes the agency's name in a
post: "the job", "posted here", crew lists, the office on the wharf; only his member blurb says "ABF".
One photo of a fish in his backyard carries GPS. Every name, number and place detail is invented.
"""
import sys

_p = sys.modules["_demo_make_photos"]
Photo, near = _p.Photo, _p._near

NAME = "Brett Haslam"
HOME = (-17.4566, 140.8331)     # a residential street at Karumba Point, rounded

FORUM = {
    "site": "Gulf Country Barra Club",
    "user": "gulfbarra_bh",
    "path": "/forum/u/gulfbarra_bh/",
    "about": ["Brett. ABF, Karumba, 2 yrs to go on the posting. Barra tragic, 4.3 m tinnie, no patience.",
              "Member since Jan 2026."],
    "posts": [
        ("301", "2026-02-03 19:40", "+10:00", "G'day from the new bloke",
         ["G'day all. Moved up to Karumba Point in January with the job, it's a one-man show at the office on "
          "the wharf most weeks so I've got evenings free for once.",
          "The missus Tash and our two young fellas, Cody and Jai, are staying in Mackay till the school year's "
          "done, so it's me, the tinnie and the sandflies. Happy to be someone's deckie."]),
        ("302", "2026-02-19 20:05", "+10:00", "Thursday arvo run-in tide",
         ["Anyone want a regular Thursday trip? I knock off at 3 every Thursday and I'm at the Karumba Point "
          "ramp by half three for the run-in tide, back by dark. Sundays straight after church as well.",
          "Not the Norman River Border Collie Rescue bloke btw, different Brett, I keep getting his messages."]),
        ("303", "2026-03-04 18:30", "+10:00", "FS: Humminbird Helix 7",
         ["Selling the Helix 7 sounder, transducer and bracket, $650. Txt 0491 570 162, no calls during the "
          "day cos I'm usually standing on a trawler with a crew list in my hand."]),
        ("304", "2026-03-26 21:15", "+10:00", "Prawn fleet's in so no fishing for me",
         ["Fleet's in and I've got three foreign-crewed boats to clear this week on me own. Two Indonesian lads "
          "off one of the motherships went walkabout Saturday, we found them at the pub in Normanton and they're "
          "held on board now till the company flies them out.",
          "Patrol boat isn't back in the Gulf till the 20th so it's just me. Sharna Doyle comes over from Weipa "
          "when I'm on leave, legend, but she can't do both places at once."]),
        ("305", "2026-04-09 20:50", "+10:00", "Is everyone's internet this rubbish?",
         ["Serious question. The work laptop only talks to Brisbane through the sat dish on the office roof and it "
          "drops every time the wind gets up. Half my crew lists end up typed at the pub on a hotspot. Tech support "
          "just says reboot. Is the NBN sky muster any better at home or should I not bother?"]),
        ("306", "2026-05-06 22:40", "+10:00", "Tinnie for sale (no really)",
         ["Done my dough on the multis again. Four grand this year that Tash doesn't know about and the credit "
          "card's maxed, so the 4.3 m tinnie is up for grabs. Make me an offer before I change my mind.",
          "And yes I know. Don't."]),
        ("307", "2026-05-17 17:20", "+10:00", "Norman River Saturday",
         ["Out with Kenny Rourke Saturday up the Norman. Kenny got a 92 on a gold bomber, I got sunburnt. Kenny "
          "says the club comp is on the 30th, put your names down with him."]),
        ("308", "2026-05-24 18:10", "+10:00", "Backyard barra",
         ["Cleaning a 78 in the backyard while the dog watches like a hawk.",
          '<img src="{{BASE}}/media/backyard-barra.jpg" alt="barra on the cleaning table in the backyard">']),
    ],
}

PHOTOS = [
    Photo("backyard-barra.jpg", *near(HOME, 6, -9), 5.0, "2026:05:24 17:48:10", "+10:00",
          "barra on the cleaning table, backyard at dusk", (150, 120, 60)),
]
