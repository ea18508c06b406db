"""Kerry Dwyer (FICTIONAL): Border Force officer in Geraldton WA, 56, a proud nana.

A Mastodon-style account with emoji and hashtags, a work email in a profile field, and photos from
home in Tarcoola Beach whose EXIF carries GPS. Every name, handle and number is invented.
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

NAME = "Kerry Dwyer"
HOME = (-28.8046, 114.6262)      # an ordinary street in Tarcoola Beach, Geraldton WA, rounded

ACTIVITYPUB = {
    "handle": "nanakez",
    "display_name": "Kez 🌊👵",
    "summary": "<p>Proud ABF officer 24 yrs 🇦🇺 Nana to the two best humans on earth. Sunsets, crays and "
               "aqua aerobics. #Gero</p>",
    "fields": [["Login", "kerry.dwyer@abf.gov.au (work email, easier than remembering another one 😅)"],
               ["Based", "Geraldton WA"]],
    "notes": [
        (7201, "2026-02-10 17:30", "+08:00",
         "Another scorcher at the Geraldton port today, 41 on the wharf and us in long sleeves 🥵 #ABF", {}),
        (7202, "2026-02-14 19:00", "+08:00",
         "Valentine's fish and chips on the back step with Mr D 😍 Trev still can't open a sauce sachet "
         "after 33 years of marriage",
         {"images": [("kd-backstep.jpg", "Fish and chips on the back step")]}),
        (7203, "2026-02-21 10:15", "+08:00",
         "Mia's first assembly item at Bluff Point Primary 🥹🎤 My granddaughter the superstar #proudnana", {}),
        (7204, "2026-02-28 16:00", "+08:00",
         "Archer lost his first tooth and the tooth fairy (nana) was very generous 🦷💸 #nanalife",
         {"images": [("kd-archer.jpg", "Archer's gappy grin in the lounge")]}),
        (7205, "2026-03-04 21:10", "+08:00",
         "BIG week for the team 🙌 3kg of meth strapped inside a mooring line on a bulk carrier. Can't say "
         "more but so proud of my crew #proud", {}),
        (7206, "2026-03-06 18:45", "+08:00",
         "Farewell drinks for Sandy Kurz tonight, 30 years in Customs and Border Force 🥂 the place won't "
         "be the same without you Sandy", {}),
        (7207, "2026-03-10 06:05", "+08:00",
         "Aqua aerobics every Tuesday and Thursday 6am at the Aquarena, rain or shine 💦 who's joining me?", {}),
        (7208, "2026-03-15 13:30", "+08:00",
         "Lunch with my bestie Lorraine Hocking at our usual. 40 years since we met at school 💕", {}),
        (7209, "2026-03-19 20:20", "+08:00",
         "Juggling four buy now pay later things and the credit card is maxed after the grandkids' "
         "school shoes 😬 nana's broke #skint", {}),
        (7210, "2026-03-22 15:00", "+08:00",
         "Our street in Tarcoola Beach smells like everyone's barbecue on a Sunday 😋",
         {"images": [("kd-street.jpg", "The street out the front")]}),
        (7211, "2026-03-27 11:00", "+08:00",
         "My Donna's been made charge nurse at the regional hospital! Runs in the family, bossing people "
         "around 😂", {}),
        (7212, "2026-04-01 09:30", "+08:00",
         "Went to the department store for a new cossie. Never again. 😩", {}),
    ],
}

PHOTOS = [
    Photo("kd-backstep.jpg", *near(HOME, -10, 5), 12.0, "2026:02:14 18:50:20", "+08:00",
          "fish and chips on the back step", (200, 160, 60)),
    Photo("kd-archer.jpg", *near(HOME, 3, -6), 12.0, "2026:02:28 15:45:09", "+08:00",
          "Archer's gappy grin in the lounge", (180, 120, 100)),
    Photo("kd-street.jpg", *near(HOME, 25, 10), 11.5, "2026:03:22 14:55:31", "+08:00",
          "the street out the front", (110, 140, 170)),
]
