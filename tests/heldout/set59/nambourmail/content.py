"""Brianna Kuhl (FICTIONAL): Border Force officer on the x-ray line at a Brisbane mail centre, new mum in Nambour.

A feeding-and-sleep log (microformats blog + RSS) and a Mastodon-style account with backyard photos (EXIF GPS).
Every name, handle, number and place point is invented or rounded to a street.
"""
import importlib.util as _u
from pathlib import Path as _P
_s = _u.spec_from_file_location("_set59_photo", _P(__file__).resolve().parents[1] / "_photo.py")
_m = _u.module_from_spec(_s)
_s.loader.exec_module(_m)
Photo, near = _m.Photo, _m.near

NAME = "Brianna Kuhl"
HOME = (-26.62410, 152.95530)

BLOG = {
    "path": "blog",
    "title": "Hattie's Log",
    "card_note": "Feeds, naps, nappies and not much sleep. Nambour, Sunshine Coast. Email me: brikuhl@mailbox.example",
    "locality": "Nambour",
    "region": "QLD",
    "posts": [
        ("week-six", "2026-03-03 03:20", "+10:00", "Week six",
         ["2:05am feed, 40 minutes left side. 5:30 feed, 25 right. Nap 9:10 to 10:40 in the pram only. "
          "Harriet (Hattie to everyone now) does not believe in the bassinet.",
          "Jayden did the 11pm bottle so I got four hours straight. Four! I could cry."],
         ["log"], None),
        ("mum-tuesdays", "2026-03-24 20:45", "+10:00", "Mum Tuesdays",
         ["My mum Cheryl has Hattie every Tuesday now so I can sleep. Cheryl brought a casserole and folded every "
          "single onesie. Legend.",
          "Hattie: 4.9 kilos at the clinic. Up from 4.5."],
         ["log"], None),
        ("going-back", "2026-04-21 21:30", "+10:00", "Going back",
         ["Three weeks until I go back to Border Force. Back on the x-ray line at the international mail centre at Eagle "
          "Farm, 6am starts, so out the door at 4:45, down the Bruce while Hattie's still asleep and Jay does the "
          "daycare drop at 7.",
          "Priya Nand, my team leader, says they'll ease me in on the parcel belt. Priya's lovely."],
         ["work", "log"], None),
        ("one-income", "2026-05-05 22:10", "+10:00", "Honest post",
         ["We've been on one income since February and the credit card is maxed. Formula, nappies, rego. Jayden's "
          "hours got cut too. I sit in the car in the driveway some nights and just cry. If you're there too: same.",
          "Hattie slept 6 hours straight last night though, so."],
         ["log", "honest"], None),
        ("first-week-back", "2026-05-22 20:30", "+10:00", "First week back",
         ["Pumping in the first-aid room between belts. Weird week: the dual-view x-ray on line 2 was down two days "
          "so everything went through the old single-view one and the queue backed up to the dock doors.",
          "On my first shift we pulled a run of formula tins with about two kilos of MDMA packed under the powder. "
          "Which, as a new mum, felt personal."],
         ["work"], None),
        ("border-collie", "2026-06-08 19:00", "+10:00", "Dog vs baby",
         ["The neighbours' border collie barks at every nap time. Hattie: 2 naps, 45 min each. Me: 0 naps."],
         ["log"], None),
    ],
}

ACTIVITYPUB = {
    "handle": "bri_k",
    "summary": "<p>New mum. Sleepy. Sunshine Coast.</p>",
    "notes": [
        (6101, "2026-03-15 07:10", "+10:00", "Backyard, 7am, finally both asleep (baby and husband).",
         {"images": [("backyard-morning.jpg", "backyard in the morning")]}),
        (6102, "2026-04-11 16:30", "+10:00", "Pram walk round the block. Hattie asleep within 200 metres, a record.",
         {"images": [("pram-street.jpg", "the pram on our street")]}),
        (6103, "2026-05-30 18:00", "+10:00", "Watching Border Security with the baby monitor on. Glamorous.", {}),
    ],
}

PHOTOS = [
    Photo("backyard-morning.jpg", *near(HOME, 6, 9), 40.0, "2026:03:15 07:05:12", "+10:00",
          "backyard in the morning", (120, 150, 90)),
    Photo("pram-street.jpg", *near(HOME, -20, 25), 41.0, "2026:04:11 16:25:40", "+10:00",
          "the pram on the street out the front", (150, 140, 130)),
]
