"""Tui Faleolo (FICTIONAL): a Border Force officer on the x-ray line at the Sydney mail centre.

Terse Mastodon posts, emoji and slang; two photos with EXIF GPS. Every name,
handle and number is invented.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "personas"))
from build import Photo, near  # noqa: E402

NAME = "Tui Faleolo"
MAIL_CENTRE = (-33.83560, 151.01480)      # an industrial street in Clyde NSW
FOOTY = (-33.82890, 150.99020)            # a suburban oval in Granville NSW

ACTIVITYPUB = {
    "handle": "tuif",
    "display_name": "Tui F 🏉",
    "summary": "<p>Dad x3 · Eels tragic · ABF 🇦🇺 · Westie for life</p>",
    "fields": [("footy", "Granville Wolves U10s manager")],
    "notes": [
        (5101, "2026-02-03 15:05", "+11:00",
         "earlies again 0600-1430 mon-thu this month 😴 alarm at 4:45 is a crime", {}),
        (5102, "2026-02-09 16:20", "+11:00",
         "Mail centre at Clyde was cooked today. 400 parcels through the x-ray before smoko and 2.3kg of ice "
         "hiding in birthday cards 🎂 who sends that much love", {}),
        (5103, "2026-02-10 08:10", "+11:00",
         "Big day!! Losa started kindy at Granville South Public 🎒 my baby girl 😭", {}),
        (5104, "2026-02-17 19:45", "+11:00",
         "ICS down the whole arvo again, back to typing entries by hand like its 1995 🙄", {}),
        (5105, "2026-02-21 21:30", "+11:00",
         "down $900 on the multis this weekend. bookie app knows me better than my wife Mele does lol", {}),
        (5106, "2026-02-26 11:00", "+11:00",
         "anyone able to lend me $200 till payday? will shout you a feed 🙏 DM or text 0412 555 019", {}),
        (5107, "2026-03-07 09:00", "+11:00",
         "Wolves training every saturday 8am at Garside Oval, new kids welcome #rugbyleague",
         {"images": [("oval.jpg", "the oval")]}),
        (5108, "2026-03-12 14:55", "+11:00",
         "me and Deano on the x-ray line, he spotted the gun parts in the kids toy box before i did. legend 🔍",
         {"images": [("xray-bench.jpg", "the x-ray bench")]}),
        (5109, "2026-03-20 20:10", "+11:00",
         "the missus says no more multis. she's right. she's always right 😂", {}),
        (5110, "2026-03-28 18:30", "+11:00",
         "Parra by 12!! Eels 🔵🟡 what a night", {}),
    ],
}

PHOTOS = [
    Photo("oval.jpg", *near(FOOTY, 0, 0), 20.0, "2026:03:07 08:20:00", "+11:00",
          "under 10s training on the oval, Saturday", (90, 160, 70)),
    Photo("xray-bench.jpg", *near(MAIL_CENTRE, 5, -5), 15.0, "2026:03:12 13:40:00", "+11:00",
          "the parcel x-ray bench at work, Thursday", (60, 70, 110)),
]
