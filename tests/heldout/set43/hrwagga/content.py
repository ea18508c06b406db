"""Kath Doherty (FICTIONAL): a Home Affairs HR adviser working remotely from Wagga Wagga, with a sourdough blog.

A microformats2 blog with its RSS feed; the feed's author is her work address. Two posts carry photos with
EXIF GPS in her kitchen. Every name, address and number is invented.
"""
import sys

NAME = "Kath Doherty"
Photo = sys.modules["_demo_make_photos"].Photo
near = sys.modules["_demo_make_photos"]._near

HOME = (-35.1245, 147.3345)     # a residential street in Ashmont, Wagga Wagga, rounded
B = "{{BASE}}"

PHOTOS = [
    Photo("loaf-400.jpg", *near(HOME, 4, 3), 180.0, "2026:03:21 07:10:00", "+11:00",
          "day 400 loaf on the bench", (190, 140, 80), "Google", "Pixel 7"),
    Photo("rye-fail.jpg", *near(HOME, -3, 6), 180.0, "2026:07:05 08:30:00", "+10:00",
          "flat rye, Sunday", (110, 80, 50), "Google", "Pixel 7"),
]

BLOG = {
    "path": "bread",
    "title": "Riverina Rise",
    "card_note": "Sourdough, mostly. Wagga Wagga.",
    "author_email": "kath.doherty@homeaffairs.gov.au",
    "posts": [
        ("day-400", "2026-03-21 09:00", "+11:00", "Day 400 of the starter",
         ["Gertrude the starter is 400 days old. I feed her at 6am, before I log on for my HR job at Home "
          "Affairs, and again at 6pm when I log off, and the Wednesday loaves go to the Saturday market.",
          f'<img src="{B}/media/loaf-400.jpg" alt="Day 400 loaf">',
          "Here in Ashmont the kitchen is warm enough by 9 that she doubles before morning tea."],
         ["starter"], None),
        ("tough-week", "2026-05-14 21:00", "+10:00", "A tough week, a plain loaf",
         ["Plain white this week because the week was not plain. Fourteen code of conduct investigations "
          "landed on my desk in a fortnight, two of them officers in Sydney who passed passenger lists to a "
          "mate. I can't say more and shouldn't have said that.",
          "Bread doesn't care."],
         ["life"], None),
        ("rye-fail", "2026-07-05 10:00", "+10:00", "Flat rye and a birthday",
         ["The rye was flat. Dad (Bernie) turned 80 on Sunday and ate it anyway. My daughter Maeve drove down "
          "from Albury with a proper cake, thank goodness.",
          f'<img src="{B}/media/rye-fail.jpg" alt="A flat rye">'],
         ["family"], None),
        ("market", "2026-08-30 15:30", "+10:00", "Market stall friends",
         ["Nhung from the dumpling stall next to mine swapped a dozen pork buns for a country loaf. Best trade "
          "I've ever made. The department store across the road had nothing on it."],
         ["market"], None),
    ],
}
