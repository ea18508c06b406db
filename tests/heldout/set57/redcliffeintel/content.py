"""Tahnee Brooks (FICTIONAL): Border Force intelligence officer at Brisbane Airport, lives in Scarborough (Redcliffe).

Hashtags in place of words; two home photos with GPS. Every name, handle and number is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo
NAME = "Tahnee Brooks"
HOME = (-27.2012, 153.1081)

ACTIVITYPUB = {
    "handle": "tahnee_b",
    "summary": "<p>#ABF #intel at #BNEairport | #Redcliffe peninsula | dog mum | #runner</p>",
    "notes": [
        (2001, "2026-02-09 21:10", "+10:00",
         "#nightshift again. 10pm til 6am all week, over the Houghton Hwy at 9:15 with a #podcast. #coffee #coffee #coffee", {}),
        (2002, "2026-02-16 06:40", "+10:00",
         "3 for 3 on my #targets tonight. Flagged three on the KL flight, all three bags had #meth in the lining. #proud #ABF #BNEairport", {}),
        (2003, "2026-02-27 03:20", "+10:00",
         "When the analyst workbench crashes for the 4th time in one shift and the PNR feed is 6 hours behind. #technology #sendhelp", {}),
        (2004, "2026-03-07 11:00", "+10:00",
         "#brunch with my bestie Mikaela Ruiz at our corner cafe in #Scarborough, 2 min walk from home. #weekend", {}),
        (2005, "2026-03-19 18:30", "+10:00",
         "Happy 21st to my little bro!! #brother #proud #21", {}),
        (2006, "2026-03-28 08:15", "+10:00",
         "Shoutout to my #TL Jess Moana for fighting for our #overtime. #teamwork", {}),
        (2007, "2026-04-08 22:50", "+10:00",
         "#rent up $90 a week. #creditcard maxed. #brokeAF. How is anyone doing this", {}),
        (2008, "2026-04-18 17:45", "+10:00",
         "#sunset from the #backyard with Biscuit", {"images": [("sunset-scarbs.jpg", "sunset over a backyard")]}),
        (2009, "2026-05-03 07:05", "+10:00",
         "#morning #dogwalk, out the front before the heat", {"images": [("dogwalk-scarbs.jpg", "a dog on a footpath")]}),
        (2010, "2026-05-10 20:00", "+10:00",
         "#bordercollie #puppy videos are my whole personality tonight", {}),
        (2011, "2026-05-21 12:30", "+10:00",
         "#charityride for the #RFDS in June. Anyone keen to sponsor, email me at work tahnee.brooks@abf.gov.au #ABFfamily", {}),
    ],
}

PHOTOS = [
    Photo("sunset-scarbs.jpg", HOME[0] + 0.0001, HOME[1] + 0.0001, 8.0, "2026:04:18 17:40:00", "+10:00",
          "sunset from the backyard", (230, 120, 60)),
    Photo("dogwalk-scarbs.jpg", HOME[0] - 0.0002, HOME[1], 8.0, "2026:05:03 06:58:00", "+10:00",
          "dog on the footpath out the front", (120, 120, 100)),
]
