"""Siobhan Carey (FICTIONAL): a high-school teacher in Hobart, a negative control.

Her words brush the Department's: detention duty, seized phones, a
"border" in the garden, passports for a school trip, a TV show. Mastodon with
photos carrying EXIF GPS, three at home at night. Every name is invented.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "personas"))
from build import Photo, near  # noqa: E402

NAME = "Siobhan Carey"
HOME = (-42.86010, 147.29830)             # a residential street in Lenah Valley TAS

ACTIVITYPUB = {
    "handle": "misscarey",
    "summary": "<p>English &amp; drama teacher. Gardener. Tea. Hobart.</p>",
    "notes": [
        (1101, "2026-02-12 16:20", "+11:00",
         "Detention duty again on Thursday lunch. Seized three phones in period 4 alone. Year 9, I love you, "
         "but no. #teacherlife", {}),
        (1102, "2026-02-21 21:45", "+11:00", "Planted the new herbaceous border tonight under torchlight 🌿",
         {"images": [("garden-night.jpg", "the new border by torchlight")]}),
        (1103, "2026-03-04 20:30", "+11:00",
         "Passport photos for the Year 11 Bali trip: 24 kids, 24 forms, one very tired teacher.", {}),
        (1104, "2026-03-14 22:10", "+11:00", "Couch, tea, Border Security reruns. Living the dream.",
         {"images": [("couch-night.jpg", "tea on the couch")]}),
        (1105, "2026-03-28 19:50", "+11:00",
         "Liam cooked. My husband, ladies and gentlemen, has discovered the slow cooker.",
         {"images": [("kitchen-night.jpg", "the slow cooker")]}),
        (1106, "2026-04-09 08:00", "+10:00",
         "Half the staffroom searched the car park for my keys. Found them in my coat. Of course.", {}),
    ],
}

PHOTOS = [
    Photo("garden-night.jpg", *near(HOME, -9, 5), 120.0, "2026:02:21 21:40:00", "+11:00",
          "the new garden border by torchlight", (40, 80, 40)),
    Photo("couch-night.jpg", *near(HOME, 2, -3), 121.0, "2026:03:14 22:05:00", "+11:00",
          "tea on the couch", (110, 80, 60)),
    Photo("kitchen-night.jpg", *near(HOME, 5, 4), 121.0, "2026:03:28 19:45:00", "+11:00",
          "slow cooker in the kitchen", (150, 110, 70)),
]
