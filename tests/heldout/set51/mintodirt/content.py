"""Losana Fifita (FICTIONAL): Home Affairs citizenship-test officer at Parramatta, Minto. A gardening blog.

The exposure is in the asides; garden photos carry GPS. Every name and address is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo
near = sys.modules["_demo_make_photos"]._near

NAME = "Losana Fifita"
HOME = (-34.02700, 150.84500)   # a rounded point on an ordinary street in Minto NSW

BLOG = {
    "path": "blog",
    "title": "Minto Dirt",
    "card_note": "Vegies, chillies and a worm farm in a Minto backyard.",
    "posts": [
        ("tomatoes-in-october", "2026-02-08 18:00", "+11:00", "Tomatoes, finally",
         ["The Grosse Lisse are finally colouring up. I water them at 6 before I catch the 6:41 from Minto, "
          "because by the time I'm home from Parramatta at 5:30 the bed is baked.",
          "(I'm on the test room roster at the Home Affairs Parramatta office Monday to Thursday, 8 till 4:30, so the "
          "garden gets Fridays and weekends.)",
          '<img src="/media/tomatoes-minto.jpg" alt="tomatoes on the stake">'],
         ["tomatoes"], None),
        ("worm-farm", "2026-03-01 17:30", "+11:00", "Worm farm update",
         ["The worms are thriving on coffee grounds and banana peels.",
          "Aside: test day was chaos. A man tried to sit the citizenship test with an earpiece and his cousin in the "
          "carpark reading him the answers; we caught him on question 12. Third one this month, so now we check ears "
          "at the door. Anyway, worms."],
         ["worms"], None),
        ("chillies", "2026-03-22 16:45", "+11:00", "Chilli season",
         ["Bird's eye chillies everywhere. My husband Sione will not touch them, our son Tevita eats them raw to "
          "show off.",
          "Work aside: the test booking system crashed again on Tuesday and we rebooked 60 people by hand off a "
          "spreadsheet. The test PCs in the room still run an operating system older than Tevita.",
          '<img src="/media/chillies-minto.jpg" alt="chilli bushes by the fence">'],
         ["chillies"], None),
        ("cuttings", "2026-04-12 15:00", "+10:00", "Cuttings from work",
         ["My supervisor Priya Raman brought me frangipani cuttings from her yard, so now there is a frangipani "
          "corner. Priya says if they die it's a performance issue."],
         ["frangipani"], None),
        ("neighbour", "2026-05-03 14:20", "+10:00", "Dot's lemons",
         ["My neighbour Dot Kowalski gave me half her lemon crop again. Dot is 84 and still up her ladder. "
          "Lemon butter for everyone.",
          "Gardening Australia had a great segment on garden borders this week; mine is more of a garden suggestion."],
         ["lemons"], None),
    ],
}

PHOTOS = [
    Photo("tomatoes-minto.jpg", *near(HOME, 8, -10), 90.0, "2026:02:08 17:40:00", "+11:00",
          "tomatoes on the stake", (180, 40, 30)),
    Photo("chillies-minto.jpg", *near(HOME, -12, 6), 90.0, "2026:03:22 16:20:00", "+11:00",
          "chilli bushes by the fence", (200, 60, 20)),
]
