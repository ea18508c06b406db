"""Gavin Heald (FICTIONAL): intelligence officer posted to Thursday Island, drinking and alone.

A Mastodon-style account (sunsets with the post's place attached, remarks about movements across the
Torres Strait, a comms outage, darts night, his son's birthday) and a men's support forum where he
writes about drinking, divorce and loneliness and offers his Telegram. Every name, handle and
number is invented.
"""
NAME = "Gavin Heald"

ACTIVITYPUB = {
    "handle": "gavheald",
    "display_name": "Gav",
    "summary": "<p>Posted to TI. Fishing, sunsets, not much else. Ex-Brissie.</p>",
    "notes": [
        (9101, "2026-02-20 18:50", "+10:00",
         "Another sunset off the Grand Hotel deck. Only thing keeping me sane up here.",
         {"location": ("Thursday Island", -10.5836, 142.2185)}),
        (9102, "2026-03-05 21:30", "+10:00",
         "Intel shop's quiet, which worries me. Treaty movements down since the patrol boat went in for "
         "refit, so the dinghies are running to Saibai at night again without anyone logging them. Someone "
         "in Canberra should actually read my reports.", {}),
        (9103, "2026-03-22 20:10", "+10:00",
         "Three years on Thursday Island for the Border Force and not one visit from the kids.", {}),
        (9104, "2026-04-14 07:30", "+10:00",
         "Happy 16th to my boy Lachie Heald. Wish I was there mate, your present is in the post.", {}),
        (9105, "2026-05-07 22:40", "+10:00",
         "Darts at the Torres Hotel every Thursday from 6, loser shouts. @bluey_mo Morrie Anu you owe me a "
         "carton 🎯", {"mentions": ["bluey_mo"]}),
        (9106, "2026-05-29 13:15", "+10:00",
         "Storm took out the sat link and the secure network at the office for two days. Back to writing "
         "intel reports on paper and phoning them through to Cairns.", {}),
        (9107, "2026-06-18 18:20", "+10:00",
         "Coral trout on the Horn Island side. Customs of the island: you share the catch.", {}),
    ],
    "others": {"bluey_mo": "Bluey"},
}

FORUM = {
    "site": "Blokes Talk: Men's Support Forum",
    "user": "islandgav",
    "path": "/forum/u/islandgav/",
    "about": ["48, remote posting, divorced, trying to cut back."],
    "posts": [
        ("501", "2026-03-30 23:10", "+10:00", "Drinking too much on a remote posting",
         ["Government job on an island up in the Torres Strait. Half the blokes up here drink every night and "
          "I'm one of them. A slab goes in two nights now.",
          "Divorce papers came through in March. She's got the kids in Townsville."]),
        ("502", "2026-04-21 00:30", "+10:00", "Anyone else lonely as hell?",
         ["No one to talk to after work, nobody to go home to. If any of you want a yarn, I'm on Telegram "
          "@islandgav77, any time, I don't sleep much."]),
    ],
}
