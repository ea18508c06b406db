"""Kayla Brennan (FICTIONAL): a detention officer at an immigration detention centre in WA.

Mastodon with hashtags and emoji; five photos with EXIF GPS, four of them
taken at home at night or on days off. Every name and handle is invented.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "personas"))
from build import Photo, near  # noqa: E402

NAME = "Kayla Brennan"
HOME = (-31.55180, 116.47090)             # a residential street in Toodyay WA
CENTRE = (-31.62900, 116.75960)           # near Yongah Hill, east of Northam WA

ACTIVITYPUB = {
    "handle": "kaybee",
    "summary": "<p>mum of 2 ✨ nightshift survivor ✨ wheatbelt girl</p>",
    "notes": [
        (6201, "2026-03-02 07:20", "+08:00",
         "4 on 4 off, nights 1900-0700. coffee is my personality now ☕ #nightshift #ABF", {}),
        (6202, "2026-03-05 08:05", "+08:00",
         "Code black at Yongah Hill last night, two detainees went at it in the compound and one ended up "
         "in Northam hospital. paperwork till 9 😩 #BorderForce", {}),
        (6203, "2026-03-09 22:40", "+08:00",
         "night off. fire pit, cheap red, stars ✨",
         {"images": [("firepit-night.jpg", "fire pit in the yard")]}),
        (6204, "2026-03-14 07:30", "+08:00",
         "huge thanks to @shazza_w for covering my last two nights, best work wife in the detention biz 💕",
         {"mentions": ["shazza_w"]}),
        (6205, "2026-03-21 21:15", "+08:00",
         "Officially separated. Jase moved out Saturday. Ruby and Cooper with me week on week off.",
         {"images": [("lounge-night.jpg", "empty lounge room")]}),
        (6206, "2026-04-02 23:55", "+08:00",
         "haven't talked to a single person outside work in three weeks. just me and the dog 🐕 #lonely",
         {"images": [("dog-late.jpg", "the dog on the bed")]}),
        (6207, "2026-04-11 16:00", "+08:00",
         "Ruby's netball final at Toodyay, she scored 11!! 🏐🥇", {}),
        (6208, "2026-04-19 20:50", "+08:00",
         "if anyone wants to chat snap me kaybee_88 👻 i'm up all night anyway",
         {"images": [("porch-night.jpg", "porch light")]}),
        (6209, "2026-04-25 06:10", "+08:00",
         "Lest we forget. Dawn service, Shaz and I straight off nights 🌅",
         {"images": [("centre-carpark.jpg", "sunrise from the car park")]}),
    ],
    "others": {"shazza_w": "Sharon Wills"},
}

PHOTOS = [
    Photo("firepit-night.jpg", *near(HOME, -10, 6), 180.0, "2026:03:09 22:31:00", "+08:00",
          "fire pit in the back yard, night off", (150, 60, 20)),
    Photo("lounge-night.jpg", *near(HOME, 3, -2), 181.0, "2026:03:21 21:05:00", "+08:00",
          "lounge room, Saturday night", (70, 60, 50)),
    Photo("dog-late.jpg", *near(HOME, 6, 4), 181.0, "2026:04:02 23:48:00", "+08:00",
          "the dog on the bed, near midnight", (60, 50, 70)),
    Photo("porch-night.jpg", *near(HOME, 12, -8), 180.0, "2026:04:19 20:44:00", "+08:00",
          "porch light, Sunday night", (200, 170, 90)),
    Photo("centre-carpark.jpg", *near(CENTRE, 40, -30), 230.0, "2026:04:25 06:02:00", "+08:00",
          "sunrise from the staff car park after night shift", (230, 140, 80)),
]
