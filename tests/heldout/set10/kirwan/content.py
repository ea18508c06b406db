"""Brett Lomax (FICTIONAL): Border Force detector dog handler, Townsville, 46; coaches an under-11s rugby league side.

Coach's updates to parents, a few about himself. Every name, handle, number and address is invented.
"""
import importlib.util
import sys
from pathlib import Path

_ph = sys.modules.get("_demo_make_photos")
if _ph is None:
    _spec = importlib.util.spec_from_file_location(
        "_demo_make_photos", Path(__file__).resolve().parents[4] / "data" / "demo" / "make_photos.py")
    _ph = importlib.util.module_from_spec(_spec)
    sys.modules["_demo_make_photos"] = _ph
    _spec.loader.exec_module(_ph)
Photo, near = _ph.Photo, _ph._near

NAME = "Brett Lomax"
HOME = (-19.30420, 146.72360)    # a residential street in Kirwan, Townsville (rounded)

ACTIVITYPUB = {
    "handle": "coachlomo",
    "display_name": "Coach Lomo",
    "summary": "<p>Coach of the Kirwan Cobras U11s 🏉 Dad of two. Dog handler with the ABF detector dog team, "
               "Townsville. Go the Cows!</p>",
    "notes": [
        (201, "2026-02-10 18:45", "+10:00",
         "Cobras U11s: training is back! Tuesdays and Thursdays 5pm at the Cobras fields down the road from us on "
         "Thuringowa Drive. Bring a water bottle and a mouthguard. Parents, any questions text Coach on "
         "0491 570 233 🏉", {}),
        (202, "2026-02-22 12:10", "+10:00",
         "Round 1 done and dusted. 24-12 win! Lachie with two tries (yes that's my boy, yes I'm biased) 🙌", {}),
        (203, "2026-03-05 20:30", "+10:00",
         "Team news: big thanks to our assistant coach Benno (Ben Okafor) for running the session tonight while I "
         "was stuck at the airport. Legend. #CobrasFamily", {}),
        (204, "2026-03-14 09:00", "+10:00",
         "Game day fuel 🥓 Saturday cook-up on the back deck before the boys' game",
         {"images": [("backdeck-cookup.jpg", "Bacon and eggs on a barbecue plate")]}),
        (205, "2026-03-26 21:45", "+10:00",
         "Bit of a proud handler moment today: Ziggy sat on a suitcase off the Denpasar flight at Townsville "
         "Airport, two kilos of cash in a false bottom. Good girl. Not bad for a dog the college nearly washed out.",
         {}),
        (206, "2026-04-07 19:00", "+10:00",
         "Roster heads up for Cobras parents: I'm on 4 on 4 off, days, so on my on-weeks Jodie will do Thursday "
         "training drop-off. Tuesdays I'm always there.", {}),
        (207, "2026-04-18 14:30", "+10:00",
         "The boss at home (Jodie) says I'm not allowed to buy another footy boot for Lachie until he stops growing. "
         "Mia's netball shoes are next apparently 😅", {}),
        (208, "2026-05-01 22:15", "+10:00",
         "Had a multi on the Cowboys, Broncos and Storm. Storm let me down AGAIN. That's the rent money for "
         "a fortnight gone, don't tell the boss 🤐 #onthepunt", {}),
        (209, "2026-05-12 17:50", "+10:00",
         "Cheers to my supervisor Craig Dunstan for signing off my leave for the Cobras carnival in Mackay. "
         "Good bloke even if he barracks for the Broncos.", {}),
        (210, "2026-05-24 08:20", "+10:00",
         "Border collie at the park this morning tried to herd the whole U11 team. Honestly better "
         "organised than our defence 😂", {}),
        (211, "2026-06-09 19:30", "+10:00",
         "Reminder: Cobras presentation night Sat 20th at the clubhouse. Trophies for all the kids 🏆", {}),
        (212, "2026-06-25 06:10", "+10:00",
         "Sunrise from the back yard before a 7am start. Never gets old.",
         {"images": [("backyard-sunrise.jpg", "Sunrise over a fence line")]}),
    ],
}

PHOTOS = [
    Photo("backdeck-cookup.jpg", *near(HOME, -8, 5), 25.0, "2026:03:14 08:42:19", "+10:00",
          "barbecue on the back deck, Saturday morning", (180, 110, 60), "Google", "Pixel 7"),
    Photo("backyard-sunrise.jpg", *near(HOME, 12, -14), 25.0, "2026:06:25 06:02:47", "+10:00",
          "sunrise over the back fence, weekday", (240, 160, 80), "Google", "Pixel 7"),
]
