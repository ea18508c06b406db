"""Jarrod Mifsud (FICTIONAL): Border Force officer boarding ships at Corio Quay, Geelong; punter.

A Mastodon-style account in slang with emoji and hashtags, home photos with GPS, and a footy
club player page written about him in the third person. Every name, handle and number is invented.
"""
from pathlib import Path
import importlib.util
import sys

_spec = importlib.util.spec_from_file_location("_mp_corio", Path(__file__).resolve().parents[3] / "data" / "demo" / "make_photos.py")
_mp = importlib.util.module_from_spec(_spec)
sys.modules["_mp_corio"] = _mp
_spec.loader.exec_module(_mp)
Photo, near = _mp.Photo, _mp._near

NAME = "Jarrod Mifsud"
HOME = (-38.17450, 144.34050)      # an ordinary street in Belmont VIC, rounded

ACTIVITYPUB = {
    "handle": "mif_geel",
    "display_name": "Mif 🐱⚓",
    "summary": "<p>Geelong born n bred. Boarding ships for the ABF 🇦🇺 Cats tragic. Dad x1. Opinions mine.</p>",
    "fields": [("Footy", "Barrabool Rovers FC")],
    "notes": [
        (101, "2026-01-14 19:05", "+11:00",
         "4 boardings at Corio Quay today 🥵 bulk carrier crew hadn't seen land in 40 days, poor buggers", {}),
        (102, "2026-01-20 21:30", "+11:00",
         "Happy anniversary to the missus ❤️ 9 years putting up with me Shannon, you're a saint", {}),
        (103, "2026-01-28 07:10", "+11:00", "Earlies again. 0530 alarm, at the wharf by 6, swear it gets darker every week", {}),
        (104, "2026-02-03 18:40", "+11:00",
         "14 cartons of durries behind a false panel in the engine room of a Panama flagged bulkie 😂 lads were stoked #goodday", {}),
        (105, "2026-02-07 20:15", "+11:00",
         "Shan's lasagne >>> anything on MasterChef. Back deck season 🌅",
         {"images": [("back-deck.jpg", "Back deck at sunset, Friday")]}),
        (106, "2026-02-11 22:40", "+11:00",
         "multi got done by the last leg AGAIN. down $600 this month lol #onthepunt 🤡", {}),
        (107, "2026-02-15 16:00", "+11:00",
         "Lachie's first game for the Rovers under 9s!! kicked a goal and cried, so did his old man 😭⚽", {}),
        (108, "2026-02-19 23:55", "+11:00",
         "worked a double with Benno (Ben Arkell), best 2IC in the state. Off to bed 😴", {}),
        (109, "2026-02-26 17:30", "+11:00",
         "ICS was down again all arvo so we did the clearances on paper like it's 1985 🙄 #ABF", {}),
        (110, "2026-03-02 18:00", "+11:00",
         "Chook (Craig Tremayne) reckons he can out-fish me at Point Henry. Mate. No.", {}),
        (111, "2026-03-07 09:20", "+11:00",
         "Sat morning, coffee on the front step, neighbour's border collie judging me 🐕",
         {"images": [("front-step.jpg", "Front step with coffee")]}),
        (112, "2026-03-12 20:45", "+11:00",
         "Heads up for anyone who needs the port next fortnight: only 2 of us rostered for the whole of Corio "
         "while the rest get pulled to the Melbourne blitz 🤷", {}),
        (113, "2026-03-19 21:10", "+11:00", "Chook owes me a slab. 2 snapper to his zip. Justice 🎣", {}),
        (114, "2026-03-25 22:30", "+11:00",
         "Passed over for the acting 5 AGAIN. 11 years in and some kid from Canberra gets it. Stuff em honestly", {}),
        (115, "2026-04-01 19:00", "+11:00",
         "Watched Border Security reruns with Shan, she reckons I'd never catch anyone that good 😂", {}),
        (116, "2026-04-11 13:15", "+10:00",
         "Our street in Belmont has gone full Lego house, 3 reno sites in a row 🏗️", {}),
        (117, "2026-04-18 17:50", "+10:00", "Bunnings snag and a new fence paling. Living the dream",
         {"images": [("fence.jpg", "New fence palings, side yard")]}),
        (118, "2026-04-23 21:00", "+10:00",
         "Gym Tues & Thurs 6pm on Moorabool St before the kids' bedtime. Trying to drop the dad bod 💪", {}),
        (119, "2026-05-02 20:30", "+10:00", "Afterpay'd the new telly. Future Jarrod's problem 😅 #brokeboy", {}),
        (120, "2026-05-09 15:00", "+10:00", "Rain. Cats lost. Sunday tomorrow.", {}),
    ],
}

PERSON = {
    "path": "/club/players/jarrod-mifsud",
    "site": "Barrabool Rovers FC",
    "headline": "Senior list · Ruck · Games: 141",
    "ld": {
        "description": "Senior ruckman and club sponsorship coordinator at Barrabool Rovers FC.",
        "memberOf": {"@type": "SportsTeam", "name": "Barrabool Rovers FC Seniors"},
        "telephone": "0491 570 312",
    },
    "sections": [
        ("Player profile", [
            "Jarrod 'Mif' Mifsud has been a Rover since the under 10s. Off the field Mif works with Border Force "
            "down at the port, which explains why he turns up to Thursday training smelling of diesel.",
            "Mif is married to Shannon, a former Rovers netballer, and their son Lachie is in the under 9s.",
            "Sponsorship enquiries: contact Jarrod on 0491 570 312."]),
        ("Fun facts", [
            "Favourite TV show: Border Security (he says it is 'research').",
            "Best mate at the club: Chook, obviously."]),
    ],
}

PHOTOS = [
    Photo("back-deck.jpg", *near(HOME, 6, -9), 22.0, "2026:02:07 19:58:10", "+11:00", "back deck at sunset", (190, 120, 60)),
    Photo("front-step.jpg", *near(HOME, -12, 4), 22.5, "2026:03:07 09:12:40", "+11:00", "front step coffee", (110, 90, 70)),
    Photo("fence.jpg", *near(HOME, 3, 15), 22.2, "2026:04:18 17:40:02", "+10:00", "side yard fence", (150, 140, 100)),
]
