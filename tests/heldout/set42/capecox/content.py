"""Lachlan Mahoney (FICTIONAL): Border Force Marine Unit coxswain out of Cairns, Gordonvale.

Mostly photos with one-line captions, hashtags and check-ins. Two photos carry GPS at home.
Every name and number is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Lachlan Mahoney"

HOME = (-17.0921, 145.7846)   # a street in Gordonvale QLD, rounded

ACTIVITYPUB = {
    "handle": "lockie_cox",
    "display_name": "Lockie M",
    "summary": "<p>Cox'n. Marine Unit #ABF. Fishing when I'm not driving boats for money. FNQ.</p>",
    "fields": [("Boat for sale", "DM or txt 0491 570 336")],
    "notes": [
        (8201, "2026-02-09 14:30", "+10:00",
         "Last arvo ashore. We sail Monday arvo, four weeks on, four off. See ya land. #capeclass #bluelife",
         {}),
        (8202, "2026-02-27 19:10", "+10:00",
         "Day 18. 3 FFVs apprehended off Bramble Cay, 24 crew transferred to the mothership. Long day on the RHIB. #maritimesecurity",
         {}),
        (8203, "2026-03-05 21:40", "+10:00",
         "FLIR camera died on day 2 and the sat phone's been u/s since March last year. Navigating by vibes and the mate's phone. #ABF #ohwell",
         {}),
        (8204, "2026-03-10 16:00", "+10:00",
         "Back alongside at the Cairns base. Gazza (best skipper in the fleet, don't tell him) shouted the first round. #homeport",
         {"location": ("Cairns Esplanade", -16.9186, 145.7781)}),
        (8205, "2026-03-14 18:20", "+10:00",
         "Home. Cane fires on the hill, beer on the verandah, Tash and Ollie and the dog. #gordonvale #home",
         {"images": [("verandah.jpg", "Verandah at dusk, cane fire on the hill")]}),
        (8206, "2026-03-28 09:15", "+10:00",
         "Ollie's first barra! Backyard weigh-in. #proudad",
         {"images": [("barra.jpg", "Boy holding a barramundi in a backyard")]}),
        (8207, "2026-04-19 22:30", "+10:00",
         "Tash moved out. Back to the swag and the dog. Not how I pictured this year.",
         {}),
        (8208, "2026-05-03 13:00", "+10:00",
         "Watched the border collie trials at the Mulgrave show with a mate from footy. Dogs smarter than both of us. #showday",
         {}),
    ],
}

PHOTOS = [
    Photo("verandah.jpg", HOME[0] + 0.00005, HOME[1] + 0.00004, 22.0, "2026:03:14 18:05:30", "+10:00",
          "verandah at dusk", (200, 90, 40)),
    Photo("barra.jpg", HOME[0] - 0.00004, HOME[1] - 0.00006, 22.0, "2026:03:28 09:02:11", "+10:00",
          "barra weigh-in in the backyard", (70, 120, 90)),
]
