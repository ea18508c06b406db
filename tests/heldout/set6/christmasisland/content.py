"""Rhonda Vickery (FICTIONAL): ABF detention superintendent on Christmas Island, FIFO from Perth, 53.

A Mastodon-style account in broad Aussie idiom with emoji and hashtags, and photos from home in
Ellenbrook WA whose EXIF carries GPS. Every name, handle and number is invented.
"""
import importlib.util
import sys
from pathlib import Path

_p = Path(__file__).resolve().parents[4] / "data" / "demo" / "make_photos.py"
_s = importlib.util.spec_from_file_location("_set6_photos", _p)
_m = importlib.util.module_from_spec(_s)
sys.modules["_set6_photos"] = _m
_s.loader.exec_module(_m)
Photo, near = _m.Photo, _m._near

NAME = "Rhonda Vickery"
HOME = (-31.7752, 115.9684)      # an ordinary street in Ellenbrook WA, rounded

ACTIVITYPUB = {
    "handle": "rhondav",
    "display_name": "Rhonda V 🌴🦀",
    "summary": "<p>ABF detention super. FIFO life, Perth ✈️ CI. Red wine, red crabs, no regrets. Views my own 😂</p>",
    "fields": [["Signal", "0491 570 212"], ["Home", "Perth hills-ish"]],
    "notes": [
        (6101, "2026-03-03 06:10", "+08:00",
         "Tuesday flight back to the rock ✈️ 3 on 2 off they said, it'll be fun they said 🙃 #FIFOlife", {}),
        (6102, "2026-03-08 19:40", "+07:00",
         "Day 5 at North West Point. The IDC is chockers, 143 blokes on the books as of tonight and only "
         "the one medical room. Something's gotta give.", {}),
        (6103, "2026-03-12 22:15", "+07:00",
         "Worked a double with my 2IC Lenny Obst after a bloke got up on the roof of Blue compound, nine hours "
         "before he came down. Lenny you're a legend 🙌 #ABF", {}),
        (6104, "2026-03-15 20:05", "+07:00",
         "Charter's coming Thursday arvo to take 30 of them to Yongah Hill, so Wednesday is all hands for the "
         "transfer. Don't tell anyone I told ya 🤫", {}),
        (6105, "2026-03-17 21:30", "+07:00",
         "The detainee management system has been down since Sunday, the satellite link drops every time it "
         "rains and we're back to whiteboards and the paper muster. Welcome to 2026 😑", {}),
        (6106, "2026-03-19 23:50", "+07:00",
         "Bottle and a half of red again tonight. Nobody to talk to on the island after 8pm except the crabs. "
         "Drinking more than I should, I know, I know 🍷🍷", {}),
        (6107, "2026-03-28 14:00", "+08:00",
         "Home in Ellenbrook ❤️ Hubby Craig has mown the lawn AND cleaned the BBQ, who is this man",
         {"images": [("rv-backyard.jpg", "Backyard, the lawn mowed")]}),
        (6108, "2026-03-29 11:20", "+08:00",
         "So proud of our Jess, graduated nursing at Curtin today 🎓 first in the family to go to uni 😭",
         {"images": [("rv-jess-grad.jpg", "Jess in her gown on the front step")]}),
        (6109, "2026-03-30 17:45", "+08:00",
         "Shout out to my bestie Trish Munro for the wine and the whinge session. 30 years of friendship "
         "Trish, love ya guts 💕", {}),
        (6110, "2026-04-02 09:00", "+08:00",
         "Found out the EL1 acting went to some blow-in from Canberra who's never set foot on the island. 19 "
         "years of my life. Passed over AGAIN. Stuff em.", {}),
        (6111, "2026-04-04 16:30", "+08:00",
         "Border collie next door has learnt to open our side gate 😂 smart dog, bad neighbour",
         {"images": [("rv-gate.jpg", "The side gate")]}),
        (6112, "2026-04-05 12:00", "+08:00", "Easter Sunday. Ham. Nap. Bliss.", {}),
        (6113, "2026-04-08 20:30", "+08:00",
         "Watching Border Security reruns with Craig, he reckons I should go on it 😂📺", {}),
    ],
}

PHOTOS = [
    Photo("rv-backyard.jpg", *near(HOME, 6, -10), 52.0, "2026:03:28 13:50:12", "+08:00",
          "backyard, the lawn mowed", (90, 150, 60)),
    Photo("rv-jess-grad.jpg", *near(HOME, -8, 4), 52.0, "2026:03:29 11:05:40", "+08:00",
          "Jess on the front step in her gown", (120, 60, 120)),
    Photo("rv-gate.jpg", *near(HOME, 2, 14), 52.5, "2026:04:04 16:20:03", "+08:00",
          "the side gate", (140, 120, 90)),
]
