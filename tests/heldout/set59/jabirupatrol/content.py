"""Darcy Lomax (FICTIONAL): Border Force land-based surveillance, flies out of Jabiru to Gove; pig-dog forum.

A plain pig-hunting and 4WD forum (thread pages), photos with EXIF GPS from his yard. Every name,
handle, number and place point is invented or rounded to a street.
"""
import importlib.util as _u
from pathlib import Path as _P
_s = _u.spec_from_file_location("_set59_photo", _P(__file__).resolve().parents[1] / "_photo.py")
_m = _u.module_from_spec(_s)
_s.loader.exec_module(_m)
Photo, near = _m.Photo, _m.near

NAME = "Darcy Lomax"
B = "{{BASE}}"

FORUM = {
    "site": "Top End Pig Dogs and 4WD",
    "user": "darcy_jab",
    "path": "/forum/u/darcy_jab/",
    "about": ["Bull arab x and a bitzer. Jabiru. Work for Border Force so I'm away a fair bit, reply when I'm back in range."],
    "posts": [
        ("3101", "2026-03-08 19:40", "+09:30", "Dogs for sale? No. Dogs for loan, maybe",
         ["Fortnight on, week off for me, two on one off, so the dogs get bored. Fly out to Gove 6am Monday, back the "
          "second Friday arvo. If anyone round Jabiru wants to run Tank and Flea while I'm gone, text me 0491 570 213.",
          "Not the border collie, she stays home with the missus."]),
        ("3102", "2026-03-29 20:15", "+09:30", "Cooper Creek crossing after the wet",
         ["Took the Cruiser out past the crossing Sunday with Rusty Gleeson. Rusty's winch rope snapped, "
          "fair dinkum second time this year. Pics below from the yard after, mud to the guards.",
          f'<img src="{B}/media/yard-cruiser.jpg" alt="the Cruiser in the yard">']),
        ("3103", "2026-04-19 18:05", "+09:30", "Anyone else behind on their car loan",
         ["Bit embarrassing but. Three months behind on the Cruiser and the finance mob are talking repo. "
          "Shayla doesn't know how bad. Anyone had luck asking for a hardship pause?",
          "Rusty reckons sell the dogs. Not selling the dogs."]),
        ("3104", "2026-05-10 21:30", "+09:30", "Work yarn: found a camp",
         ["Funny week. Me and my offsider on the team, Tama Rewiri, come across a trepang camp on the coast east of "
          "Gove, drying racks, a tinny, fuel drums, the lot. Fishermen long gone. Tama reckons they'd been there a fortnight.",
          "Thermal camera on the ute was useless in the heat haze, and the Iridium sat phone dropped out every ten minutes "
          "so we couldn't call it in till we got back to the highway. Gear's ancient."]),
        ("3105", "2026-06-14 17:50", "+09:30", "Kobe's first pig",
         ["Young fella Kobe got his first boar this morning, 11 years old and stuck with it. Back at the shed by "
          "lunch. Proud dad.",
          f'<img src="{B}/media/shed-boar.jpg" alt="Kobe and the boar at the shed">']),
        ("3106", "2026-07-05 20:00", "+09:30", "Border Security repeats",
         ["Anyone else watch the Border Security repeats on the telly just to yell at it? Nothing like the real job."]),
    ],
}

HOME = (-12.67060, 132.83310)

PHOTOS = [
    Photo("yard-cruiser.jpg", *near(HOME, 10, -8), 30.0, "2026:03:29 17:20:11", "+09:30",
          "the Cruiser muddy in the yard", (110, 80, 40)),
    Photo("shed-boar.jpg", *near(HOME, -12, 14), 30.0, "2026:06:14 11:05:40", "+09:30",
          "a boar at the shed", (70, 60, 50)),
]
