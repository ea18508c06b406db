"""Kirra Walsh (FICTIONAL): vet nurse with an ABF detector-dog team at the Port of Newcastle, lives in Adamstown.

Instagram-caption style on a Mastodon-style account, with GPS photos. Every name and number is invented.
"""
import sys

_mp = sys.modules["_demo_make_photos"]
Photo, _near = _mp.Photo, _mp._near

NAME = "Kirra Walsh"
HOME = (-32.9345, 151.7262)

ACTIVITYPUB = {
    "handle": "kirravetnurse",
    "display_name": "Kirra 🐾💉",
    "summary": "<p>vet nurse to the goodest detector dogs 🐶 | Newy girl 🌊 | coffee then chaos ☕</p>",
    "fields": [("dog sitting enquiries", "kirra.walsh.pets@mailbox.example")],
    "notes": [
        (8201, "2026-02-14 18:20", "+11:00",
         "Vaccination day for the whole kennel block 💉🐕 14 noses, 0 bites, 1 very dramatic labrador 😂 "
         "#ABF #detectordogs #vetnurselife #PortOfNewcastle", {}),
        (8202, "2026-02-22 07:45", "+11:00",
         "Saturday 7am parkrun at Speers Point then straight to the bakery 🏃‍♀️🥐 same time every week, come say hi! "
         "#parkrun #newcastle", {}),
        (8203, "2026-03-03 16:10", "+11:00",
         "So proud of our girl Pepper 🥹 she sat on a crew bag off a bulk carrier at the Dyke berths and the lads "
         "found 2 kilos of coke in the lining ❄️🚫 she got extra chicken tonight #ABF #goodgirl #detectordog", {}),
        (8204, "2026-03-08 10:30", "+11:00",
         "Sunday sesh in the backyard with the hubby 🍉☀️ Jono finally built the veggie patch 🥕🌱 #homesweethome",
         {"images": [("backyard-veggie-patch.jpg", "Jono and the new veggie patch, Adamstown")]}),
        (8205, "2026-03-15 09:10", "+11:00",
         "Merewether baths with my bestie Kiki Hollis 🌊💙 cold but worth it #newy #oceanbaths",
         {"images": [("merewether-baths.jpg", "Kiki at the ocean baths")]}),
        (8206, "2026-03-24 17:30", "+11:00",
         "Shout out to Shazza our head handler 🙌 she's been with the ABF dog program 20 yrs and still gets "
         "teary at every graduation 😭 #teamwork #borderforce", {}),
        (8207, "2026-04-11 12:00", "+10:00",
         "NOT a detector dog 😂 my nan's border collie Rusty at the beach 🐕 #bordercollie #notworking", {}),
        (8208, "2026-04-20 19:00", "+10:00",
         "The kennel block keypad is still the code from when I started, and half the handlers have it written on "
         "the fridge 🙈 anyway the new pups arrive Thursday 🐾 #puppies", {}),
    ],
}

PHOTOS = [
    Photo("backyard-veggie-patch.jpg", *_near(HOME, 6, -8), 40.0, "2026:03:08 10:12:00", "+11:00",
          "backyard veggie patch, Sunday", (90, 150, 60)),
    Photo("merewether-baths.jpg", -32.948, 151.756, 3.0, "2026:03:15 08:55:00", "+11:00",
          "Merewether Ocean Baths, Sunday", (40, 120, 190)),
]
