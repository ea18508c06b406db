"""Sasha Greenhalgh (FICTIONAL), a NEGATIVE CONTROL: costumer who builds replica border-officer uniforms.

Not staff: the uniform is cosplay from a TV show, the officers are strangers at a con. A Mastodon-style
account; two photos with GPS taken at home. Every name, handle and point is invented; rounded.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Sasha Greenhalgh"

HOME = (-27.3650, 153.0170)

ACTIVITYPUB = {
    "handle": "stitchandbadge",
    "display_name": "Sasha 🧵",
    "summary": "<p>costumer | props | uniforms from TV and film | she/they | Brisbane</p>",
    "notes": [
        (2801, "2026-02-15 16:30", "+10:00",
         "Finished my Border Force uniform cosplay for the con! Replica shoulder boards and a foam badge prop, no "
         "real insignia, I promise.",
         {"images": [("uniform-dressform.jpg", "a navy uniform on a dress form in the sewing room")]}),
        (2802, "2026-03-01 19:10", "+10:00",
         "Wore it on Saturday. Two real officers from Brisbane airport stopped for a photo and said my hat was better "
         "than theirs 😂", {}),
        (2803, "2026-03-22 13:05", "+10:00",
         "Sewing Sundays 1-5pm with my partner Jodie Marr, who does all the embroidery because my hands shake.", {}),
        (2804, "2026-04-12 10:00", "+10:00",
         "Commissions open for winter: email sasha.makes@needlework.example with refs.", {}),
        (2805, "2026-05-03 20:20", "+10:00",
         "My con buddy Raf Okafor is going as the sniffer dog. Full suit. Respect.", {}),
        (2806, "2026-05-24 21:00", "+10:00",
         "Research binge: every Border Security episode for the seizure scenes and the customs hall layout. Notes: "
         "the x-ray belt is grey, not blue.", {}),
        (2807, "2026-06-14 15:40", "+10:00",
         "The border collie ate a shoulder board. Back to the sewing room.",
         {"images": [("sewing-room.jpg", "the sewing table with a chewed shoulder board")]}),
    ],
}

PHOTOS = [
    Photo("uniform-dressform.jpg", HOME[0] + 0.00003, HOME[1] - 0.00004, 30.0, "2026:02:15 16:02:44", "+10:00",
          "uniform cosplay on a dress form at home, Sunday", (20, 30, 80)),
    Photo("sewing-room.jpg", HOME[0] - 0.00002, HOME[1] + 0.00003, 30.0, "2026:06:14 15:20:05", "+10:00",
          "sewing table at home, Sunday", (150, 120, 90)),
]
