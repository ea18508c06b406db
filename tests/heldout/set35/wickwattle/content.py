"""Renee Szabo (FICTIONAL): 41, Home Affairs sponsor-monitoring officer (a compliance unit), Hobart.

Her side hustle's maker page (schema.org Person) and the shop's Mastodon-style account, one post carrying
a porch photo with GPS. Every name, handle, number and point is invented; the point is rounded.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Renee Szabo"

HOME = (-42.8480, 147.2990)

PERSON = {
    "path": "/makers/wick-and-wattle",
    "site": "MakerMarket",
    "headline": "Wick &amp; Wattle · soy candles poured in Moonah, Hobart",
    "ld": {
        "jobTitle": "Candle maker",
        "brand": {"@type": "Brand", "name": "Wick & Wattle"},
        "telephone": "0491 570 442",
        "address": {"@type": "PostalAddress", "addressLocality": "Moonah", "addressRegion": "TAS"},
    },
    "sections": [
        ("About the maker", [
            "I'm Renee. By day I'm in the public service (Home Affairs, sponsor monitoring, if you must know) at the "
            "Collins St office, and by night I pour candles at my kitchen bench in Moonah.",
            "Wick &amp; Wattle started because the mortgage went up $900 a month and my pay didn't. Every candle you "
            "buy is a brick in my house 😅"]),
        ("Orders and pick-up", [
            "Porch pick-up in Moonah, Thursdays 5:30-6:30pm. Saturdays I'm at the market from 8am.",
            "Bulk and wedding orders: email me on renee.szabo@homeaffairs.gov.au (weekdays, I check it at my desk) or "
            "text 0491 570 442."]),
        ("The team", [
            "My son Lachie (14) does the labels for pocket money. Bec Lindqvist from Bec's Bakes has the stall next "
            "to mine and keeps me in scrolls."]),
    ],
}

ACTIVITYPUB = {
    "handle": "wickandwattle",
    "display_name": "Wick & Wattle",
    "summary": "<p>soy candles, poured in Moonah by Renee 🕯️ porch pick-up Thursdays</p>",
    "notes": [
        (5501, "2026-03-12 19:40", "+11:00",
         "New scent drop 🕯️ Kunanyi Fog. Porch photo because the light was nice for once.",
         {"images": [("porch-candles.jpg", "three candles on the front porch rail")]}),
        (5502, "2026-04-16 20:15", "+10:00",
         "Long week at work. We've got 14 employer sponsors under investigation down south and three restaurants are "
         "getting infringement notices next month, so I poured 40 candles to cope.", {}),
        (5503, "2026-05-09 16:30", "+10:00",
         "Market was quiet. Made $85. The mortgage doesn't care. Back at it Thursday.", {}),
        (5504, "2026-06-01 12:00", "+10:00",
         "Winter range is here. Yes the department store ones are cheaper. No they don't smell like this.", {}),
    ],
}

PHOTOS = [
    Photo("porch-candles.jpg", HOME[0] + 0.00004, HOME[1] + 0.00005, 40.0, "2026:03:12 18:55:30", "+11:00",
          "candles on the front porch, Thursday evening", (200, 170, 120)),
]
