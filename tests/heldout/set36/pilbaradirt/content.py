"""Tegan Moss (FICTIONAL): 47-year-old Border Force officer at the Cape Lambert wharf, living in Wickham WA.

Her 4WD trip-log blog (microformats2 + RSS). The card says only "uniformed by day (the navy one, not the
orange hi-vis)"; one post names ABF and Cape Lambert, another offers her work email to club members bringing
boats back from Indonesia. A photo of the troopy in her driveway carries GPS. Every name, address and club is
invented.
"""
import sys

_p = sys.modules["_demo_make_photos"]
Photo, near = _p.Photo, _p._near

NAME = "Tegan Moss"
HOME = (-20.6779, 117.1383)     # a residential street in Wickham WA, rounded

BLOG = {
    "path": "dirt",
    "title": "Pilbara Dirt",
    "card_note": "Troopy, tracks and red dust. Uniformed by day (the navy one, not the orange hi-vis). "
                 "Trips with the Roebourne Rock Crawlers.",
    "posts": [
        ("millstream-easter", "2026-04-07 19:30", "+08:00", "Millstream over Easter",
         ["Four cars out to Millstream with the club. Craig drove the first leg, I took the corrugations because "
          "he drives them like a nervous nan.",
          "Pete Hollis in the Patrol did a tyre at Python Pool, third one this year. Pete says it's the rocks. "
          "It's Pete."],
         ["trips"], None),
        ("roster-and-trips", "2026-04-15 20:10", "+08:00", "Why all the trips fall on odd weeks",
         ["A few new members asked why I only come on every second trip. I'm 7 on 7 off, 0600 to 1800 on my week, "
          "so the club trips all go in my off week and I'm a zombie the Monday I go back.",
          "If it's a long weekend on my on week, sorry, I'm watching ore ships."],
         ["club"], None),
        ("yes-im-abf", "2026-04-28 21:00", "+08:00", "Yes, I'm the ABF one",
         ["Since it keeps coming up at the campfire: yes, I'm one of the ABF officers at Cape Lambert. No, I "
          "can't get your parcel through quicker, and no, I don't do the airport.",
          "Last month a crewman off one of the ore carriers jumped ship at the wharf and we still haven't found "
          "him, so if you see a bloke in orange overalls walking to Roebourne, give us a call.",
          "Club members bringing a boat back from Indonesia: email me at work, tegan.moss@abf.gov.au, not on "
          "here, and I'll tell you what paperwork you need."],
         ["club"], None),
        ("troopy-home", "2026-05-06 17:50", "+08:00", "Troopy's home",
         ["Washed the red off the troopy in our driveway in Wickham. Lasted about a day.",
          '<img src="{{BASE}}/media/troopy-driveway.jpg" alt="a white troopy in a driveway">'],
         ["troopy"], None),
        ("contact", "2026-05-10 09:00", "+08:00", "Trip bookings",
         ["Want a spot on the next trip? Email me: tegmoss@pilbaradirt.example. UHF 18 on the day.",
          "No, the Border Force Cutter in the Dampier photo isn't mine, I just liked the sunset."],
         ["club"], None),
    ],
}

PHOTOS = [
    Photo("troopy-driveway.jpg", *near(HOME, 7, 5), 11.0, "2026:05:06 17:31:05", "+08:00",
          "the troopy in the driveway after a wash", (170, 80, 40), model="iPhone 14"),
]
