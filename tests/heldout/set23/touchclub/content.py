"""Jaz Sandhu (FICTIONAL): 26-year-old Border Force officer at Sunshine Coast Airport, living in Marcoola;
a women's touch football captain's club updates with emoji and hashtags. One photo at home carries GPS.
Every name and handle is invented; the home point is a rounded street point.
"""
import importlib.util
import sys
from pathlib import Path


def _photo_class():
    mod = sys.modules.get("_demo_make_photos")
    if mod is None:
        path = Path(__file__).resolve().parents[4] / "data" / "demo" / "make_photos.py"
        spec = importlib.util.spec_from_file_location("_demo_make_photos", path)
        mod = importlib.util.module_from_spec(spec)
        sys.modules["_demo_make_photos"] = mod
        spec.loader.exec_module(mod)
    return mod.Photo


Photo = _photo_class()
NAME = "Jaz Sandhu"
HOME = (-26.58610, 153.09420)

ACTIVITYPUB = {
    "handle": "jaz_touch",
    "display_name": "Jaz 🐊",
    "summary": "<p>Captain, Coolum Crocs women's touch 🐊 | Border Force by day 🛂 | Marcoola ☀️</p>",
    "notes": [
        (2361, "2026-02-05 12:00", "+10:00",
         "Round 1 TONIGHT 6:30 at the Mudjimba fields!! Every Thursday, be there or be square 🐊 #CoolumCrocs", {}),
        (2362, "2026-02-19 21:15", "+10:00", "Post-game ice bath in the backyard 🥶🥶",
         {"images": [("icebath.jpg", "a wheelie bin full of ice in a backyard")]}),
        (2363, "2026-03-26 21:30", "+10:00",
         "Shoutout to my vice-captain Mads (@madspryor) for THREE tries 🔥 Madison Pryor you absolute weapon",
         {"mentions": ["madspryor"]}),
        (2364, "2026-05-07 16:40", "+10:00",
         "Only two of us on for the Auckland flight at SCA again today 🙃 180 pax and one of us due a break. #ABF",
         {}),
        (2365, "2026-07-16 20:00", "+10:00",
         "Afterpay: 4. Me: 0. New boots, new phone, Bali flights and the tattoo 💸😅 #brokeAF", {}),
        (2366, "2026-08-20 18:10", "+10:00",
         "Lil bro Arjun made the Sunshine Coast under 16s rep side!!! 😭🏉 so proud", {}),
        (2367, "2026-09-24 22:00", "+10:00",
         "Watched Border Security with the girls and yelled at the TV the whole time 😂", {}),
    ],
    "others": {"madspryor": "Mads"},
}

PHOTOS = [
    Photo("icebath.jpg", -26.58604, 153.09431, 6.0, "2026:02:19 21:02:44", "+10:00",
          "ice bath in the backyard, Thursday night", (150, 200, 230), "Apple", "iPhone 14"),
]
