"""Steve Markou (FICTIONAL): Border Force officer at Fremantle, a VL Commodore build thread and a few posts."""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Steve Markou"
HOME = (-32.0676, 115.7648)     # a street in Beaconsfield WA, rounded

FORUM = {
    "site": "Holden Heads WA",
    "user": "VL_Steve",
    "path": "/forum/u/VL_Steve/",
    "about": ["Freo boy. VL Calais turbo build, slowly. Work shifts so I reply at weird hours.",
              "Signed up years ago with my work email (s.markou@abf.gov.au) and cant change it, dont @ me about it lol"],
    "posts": [
        ("3101", "2026-02-03 22:40", "+08:00", "VL build thread pt 4",
         ["Pulled the head off tonight. Gazza (Gary Pruitt, legend) came round with the engine crane and we had "
          "it out by 10. Missus Leanne not thrilled about oil on the driveway in Beaconsfield but she'll live.",
          "Turbo is a GT35 off a bloke in Kwinana. Yes I know."]),
        ("3102", "2026-02-17 06:55", "+08:00", "parts for sale - RB30 bits",
         ["Selling RB30 sump, inlet manifold and a set of injectors. Text 0491 570 312, pickup Beaconsfield. "
          "Im on 4 on 4 off earlies at the quay so after 3pm only."]),
        ("3103", "2026-03-02 21:10", "+08:00", "how do u lot fund ur builds",
         ["real talk, the build is sitting on about 14k across two credit cards now and the missus doesnt know the "
          "second one exists. had a good multi come in last month that paid the minimums. not ideal."]),
        ("3104", "2026-03-19 23:05", "+08:00", "off topic - long day",
         ["Cruise ship turnaround at Victoria Quay today, 3200 pax and they gave us 11 officers for the lot. "
          "Then the cargo system fell over for 2 hrs so nobody could clear a container. TL Bronwyn Aitchison was "
          "ropeable. Border Force glamour lol"]),
        ("3105", "2026-04-08 20:30", "+08:00", "dyno day",
         ["Dyno day at the workshop in O'Connor. 312 rwkw on pump fuel. Gazza cried. Not joking."]),
        ("3106", "2026-04-29 22:15", "+08:00", "rice bags",
         ["Funniest thing at work this week: 2.3 tonne of loose leaf tobacco packed inside bags of rice in two "
          "containers off a ship from Malaysia. Whole shift was cutting open rice bags. Never eating jasmine again."]),
        ("3107", "2026-05-11 19:00", "+08:00", "wheel recommendations",
         ["Anyone running 18s on a VL without rubbing? Asking for me."]),
    ],
}

ACTIVITYPUB = {
    "handle": "vlsteve",
    "summary": "<p>Cars, coffee, Freo Dockers. Perth.</p>",
    "notes": [
        (1, "2026-03-07 12:10", "+08:00", "Driveway day. Dont tell the council. 🔧", {"images": [("driveway-vl.jpg", "the VL in the driveway")]}),
        (2, "2026-04-12 16:40", "+08:00", "Dockers by 30. Border Security repeats on the telly after. Big night.", {}),
        (3, "2026-05-20 09:00", "+08:00", "Nothing to report. Rain.", {}),
    ],
}

PHOTOS = [
    Photo("driveway-vl.jpg", HOME[0] + 0.0001, HOME[1] - 0.0001, 12.0, "2026:03:07 11:58:20", "+08:00",
          "a white VL Commodore on a driveway", (210, 210, 205)),
]
