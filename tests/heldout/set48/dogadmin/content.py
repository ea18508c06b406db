"""Leah Bramich (FICTIONAL): admin support for the ABF detector dog team at the Devonport ferry terminal.

A Mastodon-style account with photos (EXIF GPS in her Spreyton backyard). Everything invented.
"""
import sys

_p = sys.modules["_demo_make_photos"]
Photo, _near = _p.Photo, _p._near

NAME = "Leah Bramich"
HOME = (-41.23140, 146.34960)       # a residential street in Spreyton (rounded)

ACTIVITYPUB = {
    "handle": "leahb_dev",
    "display_name": "Leah B",
    "summary": "<p>Devonport girl 🌊 Admin for the ABF detector dog team at the Spirit terminal 🐶🚢 Opinions my own.</p>",
    "notes": [
        (6202, "2026-02-19 18:25", "+11:00",
         "So proud of our team 🥹 Jonno's dog Tilly sat down next to a campervan off the morning boat and there was "
         "$82,000 cash in the water tank. Good girl Tilly!! 🐾", {}),
        (6203, "2026-03-03 12:40", "+11:00",
         "Handlers' families: if you need me about the Christmas in July do, my work mobile is 0491 570 664 🎄", {}),
        (6204, "2026-03-17 22:05", "+11:00",
         "The training aids log lives in a spreadsheet on the shared drive that literally anyone can edit. Asked "
         "for it to be locked down in January. Still waiting 🙃", {}),
        (6205, "2026-03-29 20:50", "+11:00",
         "Mitch and I are done. Nine years. He's taken the ute and the dog. Just me and Isla now 💔", {}),
        (6206, "2026-04-14 08:35", "+11:00",
         "First day of term, Isla off to Spreyton Primary with her new lunchbox ✏️", {}),
        (6207, "2026-04-25 17:15", "+10:00", "Backyard fire pit, wine, Bec Tonkin. Exactly what I needed 🔥🍷",
         {"images": [("firepit-spreyton.jpg", "fire pit in the backyard at dusk")]}),
        (6208, "2026-05-09 10:30", "+10:00", "Selling Isla's old bike, good nick. Email leah.bramich@mailbox.example 🚲",
         {}),
        (6209, "2026-05-23 15:20", "+10:00", "Bluff walk. Spirit going out, border collie going nuts at the gulls 😂", {}),
    ],
}

PHOTOS = [
    Photo("firepit-spreyton.jpg", *_near(HOME, -8, 5), 60.0, "2026:04:25 17:02:44", "+10:00",
          "backyard fire pit at dusk", (170, 80, 30), model="Galaxy S23", make="Samsung"),
]
