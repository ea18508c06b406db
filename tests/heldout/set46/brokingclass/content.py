"""Anand Raghavan (FICTIONAL): NEGATIVE CONTROL. A TAFE teacher of a customs-broking course, lives in Rosny.

A Mastodon-style account with two GPS photos. Every name and number is invented.
"""
import sys

_mp = sys.modules["_demo_make_photos"]
Photo, _near = _mp.Photo, _mp._near

NAME = "Anand Raghavan"
HOME = (-42.8655, 147.3585)

ACTIVITYPUB = {
    "handle": "anandteaches",
    "summary": "<p>TAFE teacher: customs broking and freight forwarding. Cricket tragic. Eastern shore.</p>",
    "fields": [("email", "anand.raghavan@fastmail.example")],
    "notes": [
        (2101, "2026-02-17 21:30", "+11:00",
         "First night of the customs broking cert. Tuesday and Thursday, 6 to 9pm, at the TAFE campus in town. "
         "Twenty students, twenty different tariff classification nightmares.", {}),
        (2102, "2026-03-03 21:40", "+11:00",
         "Tonight: how the Integrated Cargo System works from the broker's side, and why you never lodge a "
         "declaration at 4:59pm on a Friday. Border Force will not be rushed.", {}),
        (2103, "2026-03-21 17:30", "+11:00",
         "Divya and our daughter Anika made dosa for the street party. Rosny has never eaten so well.",
         {"images": [("street-party.jpg", "dosa at the street party")]}),
        (2104, "2026-04-11 10:00", "+10:00",
         "Morning walk up the Rosny Hill lookout. The river was glass.",
         {"images": [("rosny-hill.jpg", "the Derwent from the lookout")]}),
        (2105, "2026-05-05 21:00", "+10:00",
         "One of my students got a job at a freight forwarder before finishing. Proud teacher moment. "
         "Another thinks the Department is hiring; I told him to read the APS job ads, not Border Security.", {}),
        (2106, "2026-05-23 14:00", "+10:00",
         "Neighbour's border collie has decided our garden is hers. Fair.", {}),
    ],
}

PHOTOS = [
    Photo("street-party.jpg", *_near(HOME, -4, 9), 20.0, "2026:03:21 17:10:00", "+11:00",
          "street party out the front", (200, 120, 40)),
    Photo("rosny-hill.jpg", -42.8725, 147.3655, 80.0, "2026:04:11 09:40:00", "+10:00",
          "Rosny Hill lookout", (80, 120, 160)),
]
