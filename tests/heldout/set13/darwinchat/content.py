"""Shanae Whitburn (FICTIONAL): 27, deckhand on a Border Force patrol boat, Darwin; group-chat style posts.

Mastodon-style account, lowercase and emoji, two photos with GPS. Every name, handle and place point is invented.
"""
import importlib.util
import sys
from pathlib import Path

_mp = sys.modules.get("_demo_make_photos")
if _mp is None:
    _spec = importlib.util.spec_from_file_location(
        "_demo_make_photos", Path(__file__).resolve().parents[4] / "data" / "demo" / "make_photos.py")
    _mp = importlib.util.module_from_spec(_spec)
    sys.modules["_demo_make_photos"] = _mp
    _spec.loader.exec_module(_mp)
Photo = _mp.Photo

NAME = "Shanae Whitburn"
HOME = (-12.3806, 130.8546)          # a residential street in Nightcliff NT (rounded)
RAMP = (-12.4081, 130.8266)          # a public foreshore spot, East Point

ACTIVITYPUB = {
    "handle": "shaz_w",
    "display_name": "shaz 🚤",
    "summary": "<p>deckie 🚤 | darwin | kai's mum | insta @shaz.w.nt</p>",
    "notes": [
        (6101, "2026-02-08 19:20", "+09:30",
         "back on the boat tmrw 🙃 28 days w the border force crew, see ya never. #deckielife", {}),
        (6102, "2026-02-27 08:10", "+09:30",
         "home from the hitch!! tied up at Fort Hill Wharf at 6am and i could cry 😭", {}),
        (6103, "2026-03-03 17:45", "+09:30",
         "ok so this trip we grabbed a foreign fishing boat off bathurst island, 11 crew and like 2 tonne of trepang in the hold under ice. towed it all the way to gove. my arms 💀", {}),
        (6104, "2026-03-09 18:30", "+09:30",
         "sunset from our balcony in nightcliff never gets old 🌅", {"images": [("balcony.jpg", "sunset from a balcony")]}),
        (6105, "2026-03-14 10:00", "+09:30",
         "my boy Kai's first swim carnival at Nightcliff Primary 🥹🏊 came 3rd and acted like he won gold", {}),
        (6106, "2026-03-20 21:15", "+09:30",
         "cheers to our XO Dean Maclure for the birthday pav on board 🎂 legend", {}),
        (6107, "2026-04-02 22:40", "+09:30",
         "ngl rhys n i are done. hubby no more. he's moved out. crashing on mum's couch w kai for a bit", {}),
        (6108, "2026-04-11 07:05", "+09:30",
         "6am laps at parap pool mon wed fri when im home, come say hi 🏊‍♀️", {}),
        (6109, "2026-04-18 20:00", "+09:30",
         "girls night w @tahnee_k 🍹 she's the only one who gets it", {"mentions": ["tahnee_k"]}),
        (6110, "2026-04-25 16:30", "+09:30",
         "east point arvo, no stingers no worries", {"images": [("eastpoint.jpg", "the water at East Point")]}),
        (6111, "2026-05-02 12:00", "+09:30",
         "next hitch we head up toward ashmore and it's just us on the line for the whole top end for a month lol. wide open 🙈", {}),
        (6112, "2026-05-09 21:00", "+09:30",
         "watching Border Security reruns at mum's. they make it look so glam", {}),
        (6113, "2026-05-16 09:30", "+09:30",
         "mango season when 🥭", {}),
    ],
    "others": {"tahnee_k": "Tahnee K"},
}

PHOTOS = [
    Photo("balcony.jpg", HOME[0] + 0.0001, HOME[1] - 0.0001, 12.0, "2026:03:09 18:28:10", "+09:30",
          "sunset from the balcony at home", (230, 120, 60)),
    Photo("eastpoint.jpg", RAMP[0], RAMP[1], 4.0, "2026:04:25 16:20:44", "+09:30",
          "the water at East Point", (60, 150, 190)),
]
