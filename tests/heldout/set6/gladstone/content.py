"""Leanne Corbett (FICTIONAL): Border Force officer in Gladstone QLD, 45, a caravanner.

A plain caravanning forum (posts shown whole on the member page, each with its permalink); she
registered with her work email. Every name, handle and number is invented.
"""
NAME = "Leanne Corbett"

FORUM = {
    "site": "Van Life Oz Forum",
    "user": "LeeCee_Tannum",
    "path": "/community/members/leecee/",
    "inline": True,
    "about": ["ABF officer at Gladstone, 7 on 7 off, so we go bush every second week.",
              "(registered with my work email leanne.corbett@abf.gov.au cos my old one got hacked)",
              "Tannum Sands. 2019 Jayco, 200 series, one very spoilt kelpie."],
    "posts": [
        ("8801", "2026-04-11 19:30", "+10:00", "Leaving friday arvo",
         ["On the 7 on 7 off so we head off friday arvo as soon as I knock off, back tuesday night. "
          "Hubby Mick has the van hitched by 3."]),
        ("8802", "2026-04-26 20:15", "+10:00", "Kroombit tops track report",
         ["Did Kroombit with our travelling buddies Bev and Ron Sutter. Bev drove the hard bit, Ron cried. "
          "Track is fine in 4H, low range for the last climb."]),
        ("8803", "2026-05-09 21:00", "+10:00", "work rant sorry",
         ["Down to two officers at the Gladstone office for the whole of May so the LNG tankers at the "
          "Curtis Island jetties are getting cleared off paperwork only. Not my call. Sorry, needed to vent."]),
        ("8804", "2026-05-20 18:45", "+10:00", "anyone want a spare jockey wheel",
         ["Got a spare jockey wheel, free to whoever picks it up. Text me 0491 570 903."]),
        ("8805", "2026-06-02 19:10", "+10:00", "Border crossing to NSW with fruit?",
         ["Heading over the border to Tenterfield next month. Is the fruit fly zone still a thing at the "
          "border or can we keep our apples?"]),
    ],
}
