"""Ricky Paleologos (FICTIONAL): 52, retired plumber in Matraville who flies a drone and photographs the ports,
a NEGATIVE CONTROL. A drone forum (posts inline) with photos. Every name, handle and address is invented.
"""
import importlib.util
import sys
from pathlib import Path

_m = sys.modules.get("_demo_make_photos")
if _m is None:
    _spec = importlib.util.spec_from_file_location(
        "_demo_make_photos", Path(__file__).resolve().parents[4] / "data" / "demo" / "make_photos.py")
    _m = importlib.util.module_from_spec(_spec)
    sys.modules["_demo_make_photos"] = _m
    _spec.loader.exec_module(_m)
Photo = _m.Photo

NAME = "Ricky Paleologos"

PHOTOS = [
    Photo("foreshore-sunset.jpg", -33.97120, 151.21480, 5.0, "2026:03:21 18:55:00", "+11:00",
          "container cranes from the Foreshore Road viewing area", (230, 140, 60)),
    Photo("shed-workbench.jpg", -33.96060, 151.23180, 30.0, "2026:04:04 10:10:00", "+11:00",
          "the drone on the shed workbench", (90, 90, 90)),
]

FORUM = {
    "site": "Aussie Drone Flyers",
    "user": "ricky_fpv",
    "path": "/forum/u/ricky_fpv/",
    "inline": True,
    "about": ["Retired plumber. DJI Mini. Ports and ships mostly. Call or text 0491 570 907."],
    "posts": [
        ("9001", "2026-03-21 20:00", "+11:00", "Port Botany golden hour",
         ["Shot from the public viewing area on Foreshore Road (legal, under 120 m, outside the port's no-fly "
          "zone). You can see the Border Force cutter at the wharf and the container x-ray building on the left.",
          '<img src="{{BASE}}/media/foreshore-sunset.jpg" alt="cranes at sunset">']),
        ("9002", "2026-04-04 11:00", "+11:00", "Workbench photo",
         ["Props swapped in the shed this morning, out the back of our place.",
          '<img src="{{BASE}}/media/shed-workbench.jpg" alt="drone on workbench">']),
        ("9003", "2026-04-11 19:00", "+10:00", "Sunday flying crew",
         ["Every Sunday 7am at Heffron Park with my brother-in-law Stavros Kiriakidis. Wife Voula says we're "
          "two big kids."]),
        ("9004", "2026-04-25 18:30", "+10:00", "Watched a quarantine inspection?",
         ["Got stopped by a port security guard (private company) who was fine once I showed my CASA number. "
          "Saw a customs inspection happening on a reefer in the distance, no idea what."]),
    ],
}
