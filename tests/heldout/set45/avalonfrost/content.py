"""Rhys Albury (FICTIONAL): an ABF officer at Avalon Airport who lives in Lara, near Geelong.
A photo-first Mastodon-style account; one photo of the front lawn carries EXIF GPS.

Every name and handle is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo
_near = sys.modules["_demo_make_photos"]._near

NAME = "Rhys Albury"

HOME = (-38.0220, 144.4090)    # an ordinary street in Lara VIC (rounded)

ACTIVITYPUB = {
    "handle": "rhys_lara",
    "display_name": "Rhys A",
    "summary": "<p>ABF @ Avalon. Lara. Dad of two. Mostly photos of frost and small people.</p>",
    "notes": [
        (801, "2026-05-19 07:40", "+10:00",
         "First frost of the year on the front lawn. Harper called it 'crunchy grass'.",
         {"images": [("frost-lawn.jpg", "frost on a suburban front lawn at dawn")]}),
        (802, "2026-06-04 05:05", "+10:00",
         "The KL flight lands 6:15, so the alarm's at 4:10 every Tuesday and Friday. Coffee is a personality now.", {}),
        (803, "2026-06-23 21:15", "+10:00",
         "Two of us on for a full flight again tonight, 360 through primary. Feet are done.", {}),
        (804, "2026-07-11 16:40", "+10:00",
         "Leo (4) wants to be 'a plane checker like Dad'. His big sister Harper (7) wants to be a horse.", {}),
        (805, "2026-08-02 13:10", "+10:00",
         "You Yangs walk with the kids. Nobody cried. Okay, one person cried. It was me, hill was steep.", {}),
    ],
}

PHOTOS = [
    Photo("frost-lawn.jpg", *HOME, 20.0, "2026:05:19 07:31:02", "+10:00",
          "frost on the front lawn", (200, 210, 220), model="Pixel 7"),
]
