"""Dean Kovacic (FICTIONAL): a Border Force container examiner at Outer Harbor, Adelaide, who keeps a reef tank.

A reef-keeping forum (threads) and a Mastodon-style account; one photo of the tank with GPS at home.
Every name, handle, number and address is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo
NAME = "Dean Kovacic"
HOME = (-34.85030, 138.48210)

FORUM = {
    "site": "ReefKeepers SA",
    "user": "deanos_reef",
    "path": "/forum/u/deanos_reef/",
    "about": ["Mixed reef, 450 L, running since 2019. Semaphore Park. Frags for swap, text 0491 570 213."],
    "posts": [
        ("3301", "2026-03-02 22:40", "+10:30", "Re: best return pump under $400?",
         ["I run the same one, two years no dramas. Just clean the impeller every three months or she screams."]),
        ("3302", "2026-03-19 23:55", "+10:30", "Re: ammonia spike after a power cut",
         ["Happened to me on an afternoon shift, 2 till 10, four on four off so I wasn't home till 11 and by then "
          "half the zoas had closed up. Get a battery air pump mate, cheapest insurance there is."]),
        ("3303", "2026-04-14 21:10", "+09:30", "Re: where do you lot buy rock?",
         ["Funny you ask. Dry rock from Gaz at Reef Republic (Gary Nolan, top bloke, tell him Deano sent you).",
          "Whatever you do don't import the resin stuff. At work last month we pulled 38 kg of MDMA out of a "
          "shipment of aquarium gravel at Outer Harbor, packed inside the fake resin rock. Border Force for 14 years "
          "and I still can't believe what people try."]),
        ("3304", "2026-05-27 23:30", "+09:30", "Re: cost of running a 450 L",
         ["Honestly lads I'm in over my head. The new skimmer and lights went on Zip, the chiller on the credit card, "
          "$6k all up, and since I separated from the wife the lawyer's bills come every month. Don't be me."]),
        ("3305", "2026-06-20 22:05", "+09:30", "Re: quiet night shift reading",
         ["The container x-ray at the wharf has been down three weeks waiting on a part from the vendor, so we're "
          "hand-unpacking everything. Plenty of time to read reef threads on the phone ha."]),
    ],
}

ACTIVITYPUB = {
    "handle": "deano_k",
    "summary": "<p>Reef tanks, the Crows, cold beer. Port Adelaide way.</p>",
    "notes": [
        (8101, "2026-03-07 16:20", "+10:30", "Torch coral finally opened up after a week of sulking.", {}),
        (8102, "2026-04-04 12:10", "+10:30",
         "Worked a double with Luka Petrovic yesterday, the only bloke on our crew who laughs at my jokes. Knackered.", {}),
        (8103, "2026-05-09 18:45", "+09:30", "Tank at dusk. Worth every cent I don't have.",
         {"images": [("tank-dusk.jpg", "reef tank under blue lights")]}),
        (8104, "2026-06-06 14:00", "+09:30", "Crows by 20. Never in doubt. #AFL", {}),
        (8105, "2026-07-02 20:30", "+09:30", "Watching Border Security reruns with a beer. They make it look easy.", {}),
    ],
}

PHOTOS = [
    Photo("tank-dusk.jpg", HOME[0] + 0.00004, HOME[1] - 0.00006, 5.0, "2026:05:09 18:40:11", "+09:30",
          "reef tank in the lounge room", (20, 60, 140)),
]
