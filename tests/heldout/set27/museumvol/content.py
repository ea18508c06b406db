"""Harold Pemberton (FICTIONAL), NEGATIVE CONTROL: a retired teacher volunteering at a customs-history museum."""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Harold Pemberton"
HOME = (-37.8600, 144.8930)     # a street in Williamstown, rounded

BLOG = {
    "path": "blog",
    "title": "Tide Waiters and Long Room Clerks",
    "card_note": "Notes from a volunteer guide at the Old Customs House museum, Williamstown. Retired history teacher.",
    "posts": [
        ("long-room", "2026-02-05 16:00", "+11:00", "The Long Room ledgers",
         ["This week I catalogued the 1890s Long Room ledgers: duty on tobacco, rum and, once, a piano. The "
          "Collector of Customs wrote a beautiful hand.",
          "Visiting hours are Sunday 11 till 3; I am on the desk most Sundays with my friend Bev Tranter."],
         ["collection"], None),
        ("officers-visit", "2026-03-01 17:20", "+11:00", "A visit from the modern service",
         ["Two Border Force officers in uniform came through on Sunday with their children and were kind "
          "enough to say our display of 1920s seizure tags was 'more organised than our evidence room'. I "
          "shall take it as a compliment."],
         ["visitors"], None),
        ("smugglers", "2026-03-29 15:45", "+11:00", "Smugglers of Hobsons Bay",
         ["A talk on the 1870s opium seizures at the Williamstown piers, with the original detention "
          "register from the old customs watch house. Tea and scones after."],
         ["talks"], None),
        ("garden", "2026-04-26 12:30", "+10:00", "Off topic: the roses",
         ["My late wife's roses have come back. Our granddaughter Imogen helped me prune them.",
          "<img src=\"{{BASE}}/media/roses.jpg\" alt=\"roses in a back garden\">"],
         ["personal"], None),
        ("systems", "2026-05-17 16:10", "+10:00", "Our new catalogue system",
         ["The museum's new collection database went live this week and promptly lost 300 records. The "
          "committee is 'investigating'. I am using index cards."],
         ["collection"], None),
    ],
}

PHOTOS = [
    Photo("roses.jpg", HOME[0], HOME[1] - 0.0001, 6.0, "2026:04:26 11:05:44", "+10:00",
          "roses in a back garden", (180, 40, 60)),
]
