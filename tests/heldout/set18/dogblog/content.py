"""Kayleigh Brennan-Suarez (FICTIONAL): 24-year-old Border Force detector-dog handler, Townsville.

A dog-training blog (microformats2 + RSS) whose feed is authored under her official email; one
home photo with GPS. Every name, address and place point is invented.
"""
import importlib.util as _u
import sys as _s
from pathlib import Path as _P

_mp = _s.modules.get("_demo_make_photos")
if _mp is None:
    _sp = _u.spec_from_file_location("_demo_make_photos", _P(__file__).resolve().parents[4] / "data/demo/make_photos.py")
    _mp = _u.module_from_spec(_sp); _s.modules["_demo_make_photos"] = _mp; _sp.loader.exec_module(_mp)
Photo, near = _mp.Photo, _mp._near

NAME = "Kayleigh Brennan-Suarez"
HOME = (-19.3262, 146.7579)        # an ordinary street in Douglas QLD (rounded)

BLOG = {
    "path": "blog",
    "title": "Good Nose",
    "card_note": "Scent work, reward timing and too many tennis balls. North Queensland.",
    "author_email": "kayleigh.brennan-suarez@abf.gov.au",
    "posts": [
        ("why-i-started", "2026-01-09 20:00", "+10:00", "Why I started this blog",
         ["I handle a detector dog for a living. Yes, one of those ones in the little blue coat at the airport. "
          "I'm writing this mostly for the obedience club crew and for future me."],
         ["about"], None),
        ("roster", "2026-01-23 19:30", "+10:00", "Four on, four off",
         ["We run 4 on 4 off, kennel start at 0500, so Biscuit (my own dog, not the working dog) gets his walk at "
          "4:20 in the dark. The neighbours think I'm unwell."],
         ["life"], None),
        ("cruise-day", "2026-02-14 21:00", "+10:00", "Cruise day",
         ["Cruise ship in at the port, 2,400 passengers and three dog teams for the lot. Ranger indicated on six "
          "bags in the first hour; two had undeclared pork and one had a bag of pills sewn into a teddy. The "
          "supervisor, Sergeant-type energy, Craig Oduya, just said 'good dog' and walked off. High praise."],
         ["work"], None),
        ("records", "2026-03-01 18:10", "+10:00", "When the app eats your homework",
         ["The training records app on our work iPads lost three months of our dogs' scent logs after the vendor's "
          "update last week. Every certification hour, gone, and the backup was on the same tablet. Cool cool cool."],
         ["work"], None),
        ("home-yard", "2026-03-15 17:00", "+10:00", "Backyard recall drills",
         ["Recall drills in the backyard in Douglas with Biscuit and my partner Rhys pretending to be a "
          "distraction (he is very good at it). Photo: Biscuit, mid-zoom.<br><img src=\"{{BASE}}/media/yard-zoom.jpg\" "
          "alt=\"dog running in a backyard\">"],
         ["training"], None),
        ("club", "2026-03-29 20:30", "+10:00", "Obedience club",
         ["Sunday 8am obedience club at the Riverway grounds. Kiri Te Awa and her kelpie cross won the novice "
          "ribbon; I just held the lead and screamed."],
         ["club"], None),
        ("money", "2026-04-18 22:00", "+10:00", "Real talk",
         ["Rent went up $120 a week and Biscuit's knee surgery was $3,800, so I took a payday loan. I know. "
          "Please don't comment 'just budget'."],
         ["life"], None),
        ("border-collie", "2026-05-02 09:00", "+10:00", "Breed spotlight: the border collie",
         ["Border collies are brilliant and exhausting. Not a detection breed in our program, but a joy at club."],
         ["breeds"], None),
    ],
}

PHOTOS = [
    Photo("yard-zoom.jpg", *near(HOME, 10, 6), 20.0, "2026:03:15 16:40:00", "+10:00", "backyard, Douglas",
          (70, 150, 70)),
]

TRUTH = {
    "why": "Detector-dog handler: feed authored under her official email, cruise-day numbers and finds, app data loss; payday loan; home by GPS.",
    "aliases": ["Kayleigh", "Good Nose"], "band": "high", "rank": 4,
    "profiles": [("/blog/", "html")],
    "facts": [
        ("employer", "Australian Border Force (detector dog handler)", ["detector dog", "little blue coat"], ["b:why-i-started"]),
        ("corporate_identifier", "blog feed authored as kayleigh.brennan-suarez@abf.gov.au",
         ["kayleigh.brennan-suarez@abf.gov.au"], ["feed"]),
        ("work_location", "Port of Townsville cruise terminal", ["at the port", "Cruise ship in"], ["b:cruise-day"]),
        ("colleague", "Craig Oduya (supervisor)", ["Craig Oduya"], ["b:cruise-day"]),
        ("official_information", "three dog teams for 2,400 cruise passengers; six indications, pills sewn into a teddy",
         ["three dog teams", "2,400 passengers", "sewn into a teddy"], ["b:cruise-day"]),
        ("systems_information", "training records app on work iPads lost three months of scent logs after a vendor update; backup on the same tablet",
         ["training records app", "work iPads", "vendor"], ["b:records"]),
        ("routine", "4 on 4 off, 0500 kennel start, dog walk 4:20; Sunday 8am obedience club",
         ["4 on 4 off", "0500", "Sunday 8am"], ["b:roster", "b:club"]),
        ("home_location", "Douglas, Townsville QLD", ["Douglas"], ["b:home-yard", "m:yard-zoom.jpg"], (-19.3262, 146.7579, 150)),
        ("geotag", "photo GPS in the backyard, Douglas", ["Douglas"], ["m:yard-zoom.jpg", "b:home-yard"],
         (-19.3262, 146.7579, 150)),
        ("family", "Rhys (partner)", ["Rhys"], ["b:home-yard"]),
        ("associate", "Kiri Te Awa (friend)", ["Kiri Te Awa", "Kiri"], ["b:club"]),
        ("vulnerability", "payday loan after a rent rise and a vet bill", ["payday loan", "$3,800"], ["b:money"]),
    ],
    "decoys": [
        ("b:border-collie", "border collie", ["employer"], "A dog breed."),
        ("b:roster", "not the working dog", ["colleague"], "Her own pet."),
    ],
}
