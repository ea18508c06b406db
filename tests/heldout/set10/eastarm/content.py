"""Leanne Burrows (FICTIONAL): Border Force officer on the container line at East Arm Wharf, Darwin, 48.

Community-noticeboard style posts from Palmerston: family only by nicknames and possessives (Mr B,
Pip, the Bub, Nanna Bev). Every name, handle, number and address is invented; home points are rounded
to an ordinary street.
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

NAME = "Leanne Burrows"
HOME = (-12.50960, 130.98310)   # a residential street in Rosebery, Palmerston NT (rounded)

ACTIVITYPUB = {
    "handle": "leanneb_palmy",
    "display_name": "Leanne B 🌴",
    "summary": "<p>Territorian born &amp; bred. Mum, wife, ABF officer, sausage sizzle queen. Palmy 🐊</p>",
    "fields": [("Buy/Swap/Sell", "msg me, no time wasters")],
    "notes": [
        (101, "2026-02-07 19:05", "+09:30",
         "Who else lost power in Rosebery tonight?? Whole of our street is out, Mr B is out the front with a torch "
         "telling everyone it's the transformer like he's an electrician 🙄⚡", {}),
        (102, "2026-02-14 08:10", "+09:30",
         "Valentine's brekkie in bed from Mr B and the Bub. Burnt toast never tasted so good ❤️ #blessed", {}),
        (103, "2026-02-21 16:40", "+09:30",
         "Pip's first netball grading this arvo at Marrara!! She was so nervous but she smashed it. Proud mum moment 🏐🥹",
         {"images": [("pip-netball.jpg", "Girl in a netball bib")]}),
        (104, "2026-03-03 21:15", "+09:30",
         "Long day on the wharf. 14 kilos of ice packed inside the fridge unit of a reefer container off the "
         "Singapore boat, behind the compressor panel. Crew swore blind they'd never seen it 😂 Can't say more but "
         "BIG day for the team at East Arm.", {}),
        (105, "2026-03-10 06:20", "+09:30",
         "Earlies all week 0600-1430 so Mr B is on school drop. Out the door 0530, park in the long-term bays on "
         "the wharf road, home by 3 for swimming at the Palmy pool 4pm Tues/Thurs. Living the dream lol", {}),
        (106, "2026-03-18 12:00", "+09:30",
         "FOR SALE: Westinghouse fridge, 2 yrs old, moving it coz we got a bigger one. $350. Pick up Rosebery. "
         "Text Leanne 0491 570 118 🙂", {}),
        (107, "2026-03-28 18:30", "+09:30",
         "Nanna Bev turned 80 today!! Mr B's mum is a legend, still beats the lot of us at cards 🎂", {}),
        (108, "2026-04-09 20:45", "+09:30",
         "Farewell drinks for Dougie Ferris tonight, 22 years in Customs then Border Force and not one day late. "
         "The wharf won't be the same mate 🍻", {}),
        (109, "2026-04-22 17:20", "+09:30",
         "Honestly the x-ray truck has been broken for NINE days now, waiting on a part from Canberra, so we're "
         "doing everything by hand and the cargo system keeps logging us out every 20 min. Send help (and coffee)", {}),
        (110, "2026-05-02 09:00", "+09:30",
         "Anyone know a good tiler in Palmy? Asking for Mr B who has 'definitely got this' 😂", {}),
        (111, "2026-05-15 22:10", "+09:30",
         "Afterpay'd the school shoes AND the netball fees this fortnight. Zip is maxed, card is maxed. When does "
         "it get easier?? 😩 #mumlife #skint", {}),
        (112, "2026-05-26 19:00", "+09:30",
         "Massive shout out to my 2IC Rhys Nolan who covered my whole shift so I could get to Pip's school concert. "
         "Top bloke.", {}),
        (113, "2026-06-06 14:00", "+09:30",
         "Watching Border Security reruns with the Bub. He thinks mum is famous 🤣", {}),
        (114, "2026-06-19 08:30", "+09:30",
         "Heads up wharfies: only the two of us on the container line all of July school hols, the rest are on leave "
         "or off to the Tindal op. Queues will be long, sorry in advance!!", {}),
        (115, "2026-07-04 11:00", "+09:30",
         "Dry season = best season. Brekkie on the back patio 🌤️",
         {"images": [("back-patio.jpg", "Breakfast plates on a patio table")]}),
    ],
}

PHOTOS = [
    Photo("back-patio.jpg", *near(HOME, 6, -9), 18.0, "2026:07:04 10:52:11", "+09:30",
          "back patio, Saturday morning", (200, 170, 90), "Samsung", "Galaxy S22"),
    Photo("pip-netball.jpg", -12.39930, 130.88520, 20.0, "2026:02:21 16:31:04", "+09:30",
          "netball courts at Marrara, Saturday afternoon", (60, 120, 200), "Samsung", "Galaxy S22"),
]
