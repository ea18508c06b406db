"""Leanne Pickering (FICTIONAL): a 52-year-old Border Force supervisor at Perth Airport T1, netball mum of three.

A Mastodon-style account read like a netball mums' group: proud posts, emoji, carpool notes; one photo with
GPS in her back yard. Every name, handle, number and address is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo
NAME = "Leanne Pickering"
HOME = (-31.94620, 116.00480)

ACTIVITYPUB = {
    "handle": "leannep_netball",
    "summary": "<p>Proud mum of three netballers 🏐💜 | Hawks Netball Club team manager | life's too short for bad coffee</p>",
    "fields": [("Carpool", "text the work mobile 0491 570 688 (Border Force, so I may be on shift!)")],
    "notes": [
        (7201, "2026-02-11 20:15", "+08:00",
         "Proud mum moment 💜 Mia made the state 17s, Jess got player of the match and Ruby scored her first goal "
         "ever. Hubby Craig cried. Don't tell him I told you. #netballmum", {}),
        (7202, "2026-03-04 16:40", "+08:00",
         "Wednesday training 5pm at the Maida Vale courts as always girls, I'll be straight from earlies so bring "
         "your own water 😅", {}),
        (7203, "2026-03-27 21:05", "+08:00",
         "Farewell drinks for my 2IC Devinder Sandhu tonight, 18 years at T1 and he's off to Broome. The primary "
         "line won't be the same 🥲", {}),
        (7204, "2026-04-30 22:30", "+08:00",
         "Roster's been cut to six officers on the primary line for the Bali flights from next month, and one of them "
         "a trainee. Good luck to us all at Perth Airport 🙃", {}),
        (7205, "2026-05-17 13:10", "+08:00",
         "Shout out to Tash Cruickshank for running the sausage sizzle single-handed while I was at work 🌭 legend",
         {}),
        (7208, "2026-05-29 21:40", "+08:00",
         "SmartGates down for two hours this arvo, manual processing the lot, queue out the door 😩 Wine o'clock. #longday",
         {}),
        (7206, "2026-06-07 10:00", "+08:00", "Sunday in the back yard, finally ☀️",
         {"images": [("backyard-sun.jpg", "washing line and lemon tree")]}),
        (7207, "2026-06-21 18:45", "+08:00",
         "Our street in High Wycombe is all lit up for the mid-winter street party 🎉", {}),
    ],
}

PHOTOS = [
    Photo("backyard-sun.jpg", HOME[0] + 0.00003, HOME[1] - 0.00002, 20.0, "2026:06:07 09:52:00", "+08:00",
          "washing line and lemon tree", (200, 190, 90)),
]
