"""Grace Tomlinson (FICTIONAL), NEGATIVE CONTROL: Airservices air-traffic controller in the Adelaide Airport tower,
home in Murray Bridge.

A plain forum for rowers (posts inline) with two garden photos. Border Force aircraft on the radio and the
international terminal are what she sees at work, not who employs her. Every name is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo
near = sys.modules["_demo_make_photos"]._near

NAME = "Grace Tomlinson"
HOME = (-35.1183, 139.2851)     # a rounded point on an ordinary Murray Bridge street

FORUM = {
    "site": "Murray Rowers Forum",
    "user": "gracet_rows",
    "path": "/forum/u/gracet_rows/",
    "inline": True,
    "about": ["Masters sculler. Air traffic controller with Airservices in the Adelaide tower. Murray Bridge."],
    "posts": [
        ("551", "2026-06-07 16:00", "+09:30", "Sunday 8am group row",
         ["Sunday 8am from the Murray Bridge rowing club pontoon as usual, anyone welcome. My wife Priya brings the "
          "coffee."]),
        ("552", "2026-06-14 20:30", "+09:30", "Sleep and shift work",
         ["Nights this week. Had a Border Force surveillance plane on frequency at 3am and a jet waiting on customs "
          "at the international terminal. Exciting stuff for an ATC at that hour."]),
        ("553", "2026-06-21 11:10", "+09:30", "Garden shed rowing machine",
         ["Set up the erg in the garden shed. My rowing buddy Tash Kearney says it's cheating. "
          '<img src="{{BASE}}/media/shed-erg.jpg" alt="a rowing machine in a shed">'
          " Text me on 0491 570 733 if you want a go on it."]),
        ("554", "2026-06-28 19:45", "+09:30", "Dog on the pontoon",
         ["Someone's border collie stole a glove off the pontoon again. "
          '<img src="{{BASE}}/media/back-garden.jpg" alt="a back garden at dusk">']),
    ],
}

PHOTOS = [
    Photo("shed-erg.jpg", *near(HOME, -10, 6), 30.0, "2026:06:21 10:55:10", "+09:30",
          "garden shed", (110, 110, 120)),
    Photo("back-garden.jpg", *near(HOME, 3, -8), 30.0, "2026:06:28 17:30:44", "+09:30",
          "back garden", (60, 100, 60)),
]
