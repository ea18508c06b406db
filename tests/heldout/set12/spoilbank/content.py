"""Darren Kovacevic (FICTIONAL): Border Force officer, Port Hedland, 41; a fishing blog with photos.

Every name, number, handle and address is invented; home points are rounded street points.
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

NAME = "Darren Kovacevic"
B = "{{BASE}}"

BLOG = {
    "path": "blog",
    "title": "Spoilbank Sessions",
    "card_note": "Tides, threadfin and tinnie repairs from the top of WA. Forty-one and still can't tie a decent FG knot.",
    "card_job": "Border Force Officer",
    "card_org": "Australian Border Force",
    "posts": [
        ("first-post", "2026-02-08 19:20", "+08:00", "First post, be gentle",
         ["My wife Jodie reckons I talk about fishing so much I should write it down somewhere she doesn't have to hear it. "
          "Fair call. So here it is: a log of what's biting around Hedland, what I lost, and what broke on the boat.",
          "Nothing much else to report. Hot. Humid. Wet season doing its thing."],
         ["meta"], None),
        ("threadies-at-the-spoilbank", "2026-02-22 17:45", "+08:00", "Threadies at the Spoilbank",
         ["Run-out tide this morning and the threadfin came on for about forty minutes off the Spoilbank. Three "
          "keepers, biggest 78. Glen Robson (Robbo to everyone at the ramp) dropped the best fish of the day at the "
          "boat and will be hearing about it until Christmas.",
          f'<img src="{B}/media/ramp-dawn.jpg" alt="The ramp at first light">',
          "Gear: 20 lb braid, 40 lb leader, soft plastics in a prawn colour. Nothing fancy."],
         ["threadfin", "spoilbank"], None),
        ("roster-and-the-tides", "2026-03-06 20:10", "+08:00", "Roster versus tides",
         ["The eternal fight. I'm 4 on 4 off, days this block, which means out the door at 5:10 to be down at the "
          "wharf for 5:30 and the tides don't care. Days off line up with the big run-outs next week so that's the plan.",
          "Work's been flat out anyway. Three of us on for four ore carriers tomorrow and one of those is off crook, "
          "so it'll be two of us boarding at Nelson Point all day. Worked a double with Marty Quill on Tuesday and "
          "we were both cooked by the end."],
         ["roster"], None),
        ("back-deck-sunset", "2026-03-21 19:00", "+08:00", "Back deck, no fish",
         ["Wind blew us off the water so it was rods on the rack and a sunset from the back deck at our place in "
          "Pretty Pool instead. Kai threw the cast net off the creek and got a bucket of herring for bait, so not a "
          "total loss.",
          f'<img src="{B}/media/back-deck.jpg" alt="Sunset from the back deck">'],
         ["home", "bait"], (-20.3185, 118.637)),
        ("the-boat-loan", "2026-04-12 21:30", "+08:00", "The boat, the loan and the transmission",
         ["Honest post. The tinnie is on a personal loan at 19 percent, the car transmission went in March and that "
          "went on the credit card, which is now maxed. So if you see me fishing off the rocks instead of the boat, "
          "that's why. Jodie doesn't know how bad the card is and I'd like to keep it that way for now."],
         ["boat"], None),
        ("acting-five", "2026-05-03 18:40", "+08:00", "Passed over (not a fishing post)",
         ["Missed out on the acting 5 again. Bloke flown up from Perth got it, never boarded a ship in his life. "
          "Eleven years up here and they still treat Hedland like a punishment posting. Anyway. Fishing tomorrow."],
         ["rant"], None),
        ("dampier-fortnight", "2026-05-17 19:15", "+08:00", "Fortnight of chasing blue bone",
         ["Half the boarding team gets sent down to Dampier for a fortnight from 2 June, so it'll be two of us "
          "covering the port here for two weeks. Which means no days off, which means no fishing. Getting my fix in now.",
          "Kai's Swans juniors had the bye so he came out with me. Eleven and already a better caster than his old man."],
         ["family"], None),
        ("swap-meet", "2026-06-01 20:00", "+08:00", "Gear swap",
         ["Clearing out the shed: two old overheads, a cast net with a tear, a box of jigs. Want to swap for a decent "
          "spin reel. Text me on 0491 570 312, I'm around most arvos on my days off."],
         ["gear"], None),
        ("king-tides", "2026-06-14 18:00", "+08:00", "King tide pics",
         ["Spring tide ate the beach at Cooke Point. No fish, nice photos, moving on.",
          "Watched a Border Collie herd the whole carpark's worth of kids at the Cemetery Beach barbecue. Best thing I saw all week."],
         ["tides"], None),
    ],
}

PHOTOS = [
    Photo("ramp-dawn.jpg", -20.3110, 118.5850, 3.0, "2026:02:22 05:58:12", "+08:00",
          "the Spoilbank ramp at first light", (220, 140, 80)),
    Photo("back-deck.jpg", *_mp._near((-20.3185, 118.637), 12, -8), 8.0, "2026:03:21 18:32:40", "+08:00",
          "sunset from the back deck at home", (230, 110, 60)),
]
