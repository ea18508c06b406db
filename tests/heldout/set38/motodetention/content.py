"""Glenn Hosking (FICTIONAL): 54, detention operations supervisor at the Adelaide transit centre, on a touring forum.

A plain motorbike-touring forum (member page and one page per thread). One post carries a garage photo
whose EXIF GPS is his home. Every name, handle and number is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Glenn Hosking"

HOME = (-34.6002, 138.7618)      # rounded point on an ordinary street in Gawler East SA

PHOTOS = [
    Photo("gs-in-the-shed.jpg", HOME[0] + 0.00012, HOME[1] - 0.00010, 75.0, "2026:03:29 17:42:10", "+10:30",
          "the GS in the shed after a wash", (110, 100, 80)),
]

FORUM = {
    "site": "SA Adventure Riders",
    "user": "glennh_gs",
    "path": "/forum/u/glennh_gs/",
    "about": ["R1250GS Adventure, 140,000 km and counting. Gawler East. Happy to lead a ride on my days off, "
              "slow and steady, no heroes."],
    "posts": [
        ("5510", "2026-02-11 20:05", "+10:30", "Burra loop, Sunday week?",
         ["Anyone keen for the Burra loop Sunday week? I'm on days till Thursday then four off.",
          "For those who keep asking why I can never do a Wednesday: work's Border Force, detention side, at the ITA "
          "in Kilburn. Four on four off, 0600 to 1800, so I'm only any good on my off days. Meet at the Gawler "
          "Maccas 8am, fuel up first."]),
        ("5524", "2026-02-26 21:40", "+10:30", "Rough week, need a ride",
         ["Bit of a rough one at work. Had a bloke up on the roof for nine hours Tuesday, whole place locked down, "
          "nobody went home on time. And between us, we're putting six of the longer-term blokes on a charter to "
          "Yongah Hill a week Thursday, so there'll be more of that. Don't spread it round.",
          "Anyway. Need a long ride and a pie. Clare Valley Saturday anyone?"]),
        ("5531", "2026-03-12 19:15", "+10:30", "OT: anyone know CCTV?",
         ["Off topic, sorry. Any of you blokes in security systems? Half the cameras at work have been blind since "
          "June, the recorders are 2011 vintage and the contractor's been told there's no money. Nights we walk the "
          "fence line with torches like it's 1985. Just curious what a decent system costs these days."]),
        ("5540", "2026-03-30 18:20", "+10:30", "Clean bike, finally",
         ["Gave the old girl a proper wash after the Clare run. Photo from the shed:",
          '<img src="{{BASE}}/media/gs-in-the-shed.jpg" alt="The GS in the shed after a wash">',
          "Nothing like it."]),
        ("5552", "2026-04-19 20:45", "+09:30", "Flinders run, thanks all",
         ["Cheers to Stevo for leading the Flinders run on the weekend. Steve Markovic, for the newer blokes: if he "
          "says the road's 'a bit loose', it's gravel to the axles.",
          "My brother-in-law Craig came along on his first proper tour and only dropped it once. Trev from work came "
          "too; he's a supervisor on the other rotation at the centre, so we never normally see each other awake. "
          "Trev Bolton, if you want to add him to the group chat."]),
        ("5560", "2026-05-06 22:55", "+09:30", "Selling spare helmet",
         ["Selling my spare lid, Shoei GT-Air size L, barely used. $250. Ring or text 0491 570 318, after 6 on "
          "my days, any time on my off days."]),
        ("5571", "2026-06-02 23:30", "+09:30", "Not riding much lately",
         ["Haven't been out much. Since Kaz moved out in March I've been in the shed with a carton most nights off "
          "instead of on the bike. Not proud of it. Might come to the Burra ride if someone drags me.",
          "Watched a few eps of Border Security with a beer last night, which is a sad way to spend a night off "
          "when you do it for real."]),
    ],
}
