"""Jarrod Mealey (FICTIONAL): an ABF Marine Unit crewman based in Cairns; punter, two payday loans.

A Mastodon-style account in Far North Queensland slang with emoji and hashtags, and phone photos
with EXIF GPS (a home cluster in Earlville, one on the wharf). Every name, handle, number and
place point is invented or a public landmark; the home point is a rounded spot on an ordinary street.
"""
import importlib.util
import sys
from pathlib import Path


def _helpers():
    mod = sys.modules.get("_demo_make_photos")
    if mod is None:
        path = Path(__file__).resolve().parents[4] / "data" / "demo" / "make_photos.py"
        spec = importlib.util.spec_from_file_location("_demo_make_photos", path)
        mod = importlib.util.module_from_spec(spec)
        sys.modules["_demo_make_photos"] = mod
        spec.loader.exec_module(mod)
    return mod


Photo, near = _helpers().Photo, _helpers()._near

NAME = "Jarrod Mealey"
HOME = (-16.94860, 145.73650)        # a suburban street in Earlville QLD, rounded
WHARF = (-16.92920, 145.78010)       # the Trinity Inlet waterfront, public

ACTIVITYPUB = {
    "handle": "jmeals_fnq",
    "display_name": "Jazza 🐊",
    "summary": "<p>FNQ born n bred 🐊🎣 Marine Unit crew w/ Border Force. Dad x2. Broncos till I die. Opinions my own lol</p>",
    "fields": [("Footy", "Broncos 🐎"), ("Boat", "4.3m tinnie, for sale")],
    "notes": [
        (7101, "2026-01-04 18:22", "+10:00",
         "Back on dry land after 28 days on the cutter 🚤 home to the wifey and the kids, first stubby on the deck "
         "is hitting different #FNQ #homesweethome", {"images": [("deck-stubby.jpg", "stubby on the back deck at sunset")]}),
        (7102, "2026-01-09 09:05", "+10:00",
         "Mango tree out the back in Earlville is going absolutely mental this year, anyone want a bag come grab em 🥭",
         {"images": [("mangoes.jpg", "a bucket of mangoes under the tree")]}),
        (7103, "2026-01-17 21:40", "+10:00",
         "6 legs of the multi got up and the 7th was the bloody Broncos 🤬🤬 $40 to win $2,300. on the punt again "
         "next week obviously", {}),
        (7104, "2026-01-24 16:10", "+10:00",
         "Kayla's first dance recital today 🩰 cried like a baby not even sorry. Kristy did her hair for like 2 hrs lol", {}),
        (7105, "2026-02-02 07:30", "+10:00",
         "Lachie's first day of grade 3 at Edge Hill State School 🎒 where did the time go", {}),
        (7106, "2026-02-08 13:15", "+10:00",
         "Out past Fitzroy Island with @bazza_reels today. Bazza got a 70cm coral trout and hasn't shut up about it since 🎣",
         {"mentions": ["bazza_reels"]}),
        (7107, "2026-02-14 19:00", "+10:00",
         "Valentines at the pub w my better half ❤️ Kristy reckons I'm a romantic. I reckon the parmi was the romantic bit", {}),
        (7108, "2026-02-20 22:50", "+10:00",
         "Pokies at the club till 2am again 😬 don't tell the missus",
         {}),
        (7109, "2026-03-01 11:00", "+10:00",
         "Anyone watched that Deadliest Catch doco? Reckon our swell last trip was worse lol", {}),
        (7110, "2026-03-06 06:45", "+10:00",
         "Heading out again. 28 on 28 off, see yas in April 👋 #BorderForce #MarineUnit",
         {"images": [("wharf-dawn.jpg", "the cutter tied up at the wharf at dawn")]}),
        (7111, "2026-04-05 17:30", "+10:00",
         "Big trip. We boarded a foreign fishing boat off Cape York with just under 2 tonne of sea cucumber in the hold, "
         "14 crew brought back to Thursday Island for processing. Cox'n reckons it's the biggest haul this year 💪", {}),
        (7112, "2026-04-06 08:20", "+10:00",
         "Big shout to our cox'n Mick Hayes, best skipper in the fleet. Hayesy if ur reading this u still owe me a carton", {}),
        (7113, "2026-04-12 20:15", "+10:00",
         "Two payday loans and the boat loan and the car. Honestly don't know how blokes with 3 kids do it 😩 "
         "selling the tinnie, text 0491 570 112 if interested", {}),
        (7114, "2026-04-19 10:40", "+10:00",
         "Kristy dragged me round the department store at Cairns Central for 2 hrs. I'd rather be in 3m swell", {}),
        (7115, "2026-04-30 19:05", "+10:00",
         "Next run we're heading up to the Torres Strait for 6 weeks from 3 August, longest one I've done. "
         "Kristy not thrilled 😬", {}),
        (7116, "2026-05-03 12:00", "+10:00", "Rain. Again. Classic wet season overstaying its welcome ☔", {}),
    ],
    "others": {"bazza_reels": "Barry Quill"},
}

PHOTOS = [
    Photo("deck-stubby.jpg", *near(HOME, 6, -9), 12.0, "2026:01:04 18:14:02", "+10:00",
          "a stubby on the back deck at sunset", (200, 120, 60)),
    Photo("mangoes.jpg", *near(HOME, -12, 14), 12.0, "2026:01:09 08:51:30", "+10:00",
          "mangoes under the tree in the backyard", (230, 170, 40)),
    Photo("wharf-dawn.jpg", *near(WHARF, 10, -15), 2.0, "2026:03:06 06:31:11", "+10:00",
          "the cutter at the wharf at dawn", (40, 70, 120)),
]
