"""Margot Quinlan (FICTIONAL): a border collie breeder near Dubbo. NEGATIVE CONTROL.

"Border" is her breed, "customs" and "quarantine" are import paperwork for a dog, and "the department" is
agriculture. A Mastodon-style kennel account and one photo with EXIF GPS at home. Every name, number and
place point is invented.
"""
import sys

NAME = "Margot Quinlan"
Photo = sys.modules["_demo_make_photos"].Photo
near = sys.modules["_demo_make_photos"]._near

HOME = (-32.1850, 148.6050)     # a rural road north of Dubbo NSW, rounded

PHOTOS = [
    Photo("litter-spring.jpg", *near(HOME, 10, -15), 280.0, "2026:09:20 08:15:00", "+10:00",
          "the spring litter on the verandah", (200, 190, 150), "Apple", "iPhone 12"),
]

ACTIVITYPUB = {
    "handle": "quinlanborders",
    "display_name": "Quinlan Border Collies",
    "summary": "<p>Working-line Border Collies, out the back of Dubbo. Puppy enquiries by phone.</p>",
    "fields": [("Phone", "0491 570 461")],
    "notes": [
        (1301, "2026-02-14 09:00", "+11:00",
         "Border Collie pups due in September. Waiting list open, ring 0491 570 461.", {}),
        (1302, "2026-03-28 17:30", "+11:00",
         "Importing a stud dog from NZ: the department's import permit, customs clearance and ten days at the "
         "Mickleham quarantine station. Worth it.", {}),
        (1303, "2026-05-09 12:00", "+10:00",
         "Saturday 9am obedience at the showground with the young dogs, every week. Des holds the coffee.", {}),
        (1304, "2026-06-21 19:00", "+10:00",
         "One of our girls was assessed for a detector-dog program. Failed the noise test. Stays home with "
         "me and my husband Des, spoiled rotten.", {}),
        (1305, "2026-09-20 10:00", "+10:00", "Spring litter on the verandah. Six, all healthy.",
         {"images": [("litter-spring.jpg", "six pups on the verandah")]}),
        (1306, "2026-10-11 20:00", "+11:00",
         "Watched Border Security for the airport beagles. Our lot would just herd the passengers.", {}),
    ],
}
