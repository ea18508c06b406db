"""Ashleigh Venn (FICTIONAL): ABF air cargo officer in the Tullamarine freight area, Melbourne, 27.

A Mastodon-style account (emoji, hashtags, a profile field with her official email), a plain car-club
forum with lowercase venting, one photo with GPS at the freight sheds. Every name, handle and number is invented.
"""
import sys

_mp = sys.modules["_demo_make_photos"]
Photo, near = _mp.Photo, _mp._near

NAME = "Ashleigh Venn"
SHEDS = (-37.6738, 144.8519)

ACTIVITYPUB = {
    "handle": "ashvdrifts",
    "summary": "<p>drift days 🏁 nights on the job 🌙 snacks 🍟 she/her</p>",
    "fields": [("snap", "ash.venn.drifts"), ("email", "ashleigh.venn@abf.gov.au")],
    "notes": [
        (4401, "2026-02-02 06:55", "+11:00",
         "nights done ✅ 1900 to 0700, 4 on 4 off, and that was the last of the four. bed. #nightshift #ABF", {}),
        (4402, "2026-02-16 03:10", "+11:00",
         "3am in the freight sheds at Tulla and the vending machine ate my $4. worst crime I've seen all week 😤",
         {"images": [("sheds.jpg", "Fluorescent lit warehouse aisle at night")]}),
        (4403, "2026-03-03 18:20", "+11:00",
         "worked a double with Benno (Ben Okafor) and he still had energy for maccas after. who ARE you 😭", {}),
        (4404, "2026-03-21 22:40", "+11:00",
         "my little bro Tyler's 18th tonight!! 🎂 he's taller than me now which is rude", {}),
        (4405, "2026-04-18 11:00", "+10:00", "Border Collie puppies at the Craigieburn servo?? I nearly stole one 🐶", {}),
        (4406, "2026-05-09 14:30", "+10:00",
         "bestie Shanae dragged me to pilates. I am deceased. 💀", {}),
        (4407, "2026-06-06 09:15", "+10:00", "nothing to say just vibes ☁️", {}),
    ],
}

FORUM = {
    "site": "VicSkyline Owners Club",
    "user": "ashv_r33",
    "path": "/forum/u/ashv_r33/",
    "about": ["R33 GTS-t, slowly. Craigieburn."],
    "posts": [
        ("551", "2026-02-24 23:30", "+11:00", "wheels on finance, bad idea?",
         ["got the new wheels on afterpay + zip and im now 4 payments behind on zip. is it bad if i just ignore the "
          "emails lol. rent went up too. honestly kinda drowning"]),
        ("552", "2026-04-12 02:15", "+10:00", "work is a joke",
         ["on my break so venting. found 6kg of coke in the brake rotors on a pallet of car parts from santos "
          "tonight, rotors drilled out and packed, and the cargo system was down for 9 hours so we were writing "
          "the holds on paper like its 1985. border force has billions but cant keep a server up"]),
        ("553", "2026-05-30 20:00", "+10:00", "meet at the usual?",
         ["sunday cruise still on? meet at the servo 10am"]),
    ],
}

PHOTOS = [
    Photo("sheds.jpg", *near(SHEDS, 10, -15), 130.0, "2026:02:16 03:08:44", "+11:00",
          "freight shed aisle at night", (200, 200, 170)),
]
