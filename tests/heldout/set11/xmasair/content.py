"""Caleb Ng (FICTIONAL): 23-year-old Border Force officer at Christmas Island airport.

Group-chat style posts on a Mastodon-style account; his routine is told only in shift jargon. One photo
with GPS at a public beach. Every name, handle and number is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Caleb Ng"

ACTIVITYPUB = {
    "handle": "calebng_cx",
    "display_name": "caleb",
    "summary": "<p>23. perth kid on a rock in the indian ocean. crabs everywhere</p>",
    "others": {"tahlia_dives": "Tahlia"},
    "notes": [
        (1101, "2026-03-02 20:00", "+07:00",
         "6 months on christmas island w ABF today 🦀 still not used to the crabs on the road", {}),
        (1102, "2026-03-09 05:10", "+07:00", "2E 2L 3 off. plane days = 12s. rinse repeat", {}),
        (1103, "2026-03-16 14:30", "+07:00",
         "airport terminal again. the perth jet was 40 min late and it was just me and one other on the desk", {}),
        (1104, "2026-03-30 21:45", "+07:00",
         "big charter from darwin next thurs, we're flying in 2 extra from perth to cover it bc theres only 4 of us "
         "on island", {}),
        (1105, "2026-04-11 18:20", "+07:00",
         "ppl keep messaging my mobile about lost bags 🙄 ring the office on 02 5550 6120 not me pls", {}),
        (1106, "2026-04-25 16:40", "+07:00", "flying fish cove, snorkel w @tahlia_dives (Tahlia Burke) 🐠",
         {"mentions": ["tahlia_dives"], "images": [("cove.jpg", "snorkel gear on the sand at Flying Fish Cove")]}),
        (1107, "2026-05-10 19:05", "+07:00", "happy mothers day to mum (Rochelle) back in Ellenbrook ❤️ miss ur cooking", {}),
        (1108, "2026-05-28 22:30", "+07:00", "the flat in poon saan has a gecko living in the aircon. his name is kevin", {}),
        (1109, "2026-06-14 12:00", "+07:00", "nothing happened today. lovely", {}),
        (1110, "2026-07-01 07:30", "+07:00", "nights x2 then off. sleep is a myth", {}),
        (1111, "2026-07-18 17:15", "+07:00",
         "read a news article about the detention centre up the hill reopening. no comment lol i just do the airport", {}),
    ],
}

PHOTOS = [
    Photo("cove.jpg", -10.42780, 105.67250, 3.0, "2026:04:25 15:58:12", "+07:00",
          "Flying Fish Cove beach", (40, 160, 190), "Samsung", "Galaxy S23"),
]
