"""Callum Reid (FICTIONAL): a Home Affairs workforce analyst working from Bathurst, with a cycling blog.

A microformats2 blog (the author card names his job) and its RSS feed. Every name and place point is
invented.
"""
NAME = "Callum Reid"

BLOG = {
    "path": "rides",
    "title": "Up the Mountain",
    "card_note": "Riding Mount Panorama before the traffic does.",
    "card_job": "Workforce Analyst",
    "card_org": "Department of Home Affairs",
    "locality": "Bathurst",
    "region": "NSW",
    "posts": [
        ("first-lap", "2026-03-01 10:00", "+11:00", "First lap of the year",
         ["Sunday 7am lap of the Mountain with Hamish Doyle, same as every Sunday. He beat me up Conrod "
          "Straight, as always."],
         ["rides"], None),
        ("wet-lap", "2026-05-24 11:00", "+10:00", "Wet lap",
         ["Rain, fog, and the Bathurst 1000 barriers going up. Hamish bailed at Skyline."],
         ["rides"], None),
        ("new-wheels", "2026-08-09 12:30", "+10:00", "New wheels",
         ["New wheels from the bike shop in town. The department store ones were never going to last."],
         ["gear"], None),
    ],
}
