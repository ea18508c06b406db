"""Brendan Kowalczyk (FICTIONAL): Border Force officer on a Christmas Island rotation, home in Inverell NSW.

Run-on posts with few full stops. Two backyard/verandah photos carry GPS at home, no other photo carries a place.
Every name, handle and number is invented.
"""
import sys

_mp = sys.modules["_demo_make_photos"]
Photo, near = _mp.Photo, _mp._near

NAME = "Brendan Kowalczyk"
HOME = (-29.77900, 151.12350)

ACTIVITYPUB = {
    "handle": "kowalrock",
    "display_name": "Kowal",
    "summary": "<p>Border Force, four weeks on four off on Christmas Island, rest of the time home in Inverell "
               "being a dad of two and a bad fisherman</p>",
    "fields": [("Signal", "0491 570 238"), ("Footy", "Storm till I die")],
    "notes": [
        (4101, "2026-02-03 21:40", "+07:00",
         "back on the rock for another four weeks and the humidity hit me like a truck walking off the plane, our "
         "office at the airport here is two desks and a fan that doesnt work and Tui says the aircon part is on the "
         "next barge which is what she said in November too", {}),
        (4102, "2026-02-09 23:05", "+07:00",
         "17 people off a boat at Flying Fish Cove this arvo and the sat link dropped right when we started the "
         "biometrics so the fingerprint kit couldnt talk to Canberra and we did the lot on paper forms till 10 at "
         "night, Tui Faleolo my sup was not impressed and neither was I", {}),
        (4103, "2026-02-14 22:30", "+07:00",
         "valentines on the island, rang Shelley and the kids on video and the little one cried because the fish tank died and "
         "Kai wanted to know if Id seen a robber crab, I had, three, walking back from the club, $9 schooners are "
         "about the only friend Ive got over here some weeks", {}),
        (4104, "2026-02-27 20:10", "+07:00",
         "the betting app is in the red again, 14 grand down since Christmas and Shelley thinks its two so if anyone "
         "knows a way to win it back quick let me know lol not lol", {}),
        (4105, "2026-03-04 15:00", "+11:00",
         "home, its always the same, drive to Armidale for the Monday 6:40 flight, Sydney, Perth, then the Tuesday "
         "charter to the island, four weeks, then the whole thing backwards, 31 hours door to door this time and Kai "
         "met me at the gate in his Storm jersey", {}),
        (4106, "2026-03-07 17:30", "+11:00",
         "first arvo home, snags on, kids in the pool, dont wake me till April",
         {"images": [("kowal-backyard.jpg", "snags on the barbecue in the backyard")]}),
        (4107, "2026-03-15 09:00", "+11:00",
         "watched an old Border Security episode with the kids and Kai asked if that was my job, told him mine has "
         "less helicopters and more paperwork", {}),
        (4108, "2026-03-21 22:15", "+11:00",
         "Rotary trivia at the RSL with Jacko and his crew, came third, Shane Jackson still cant name a single "
         "prime minister after Howard", {}),
        (4109, "2026-03-28 18:40", "+11:00",
         "storm rolling in over the verandah, best seat in Inverell",
         {"images": [("kowal-verandah.jpg", "storm clouds from the front verandah")]}),
    ],
}

PHOTOS = [
    Photo("kowal-backyard.jpg", *near(HOME, 12, -8), 585.0, "2026:03:07 17:12:40", "+11:00",
          "backyard barbecue", (120, 90, 60)),
    Photo("kowal-verandah.jpg", *near(HOME, -9, 10), 585.0, "2026:03:28 18:35:02", "+11:00",
          "front verandah, storm", (70, 80, 100)),
]
