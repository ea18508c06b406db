"""Bec Trinh (FICTIONAL): 38, Border Force detector-dog handler at Winnellie (Darwin); a cat-rescue foster account."""
import sys

Photo = sys.modules["_demo_make_photos"].Photo
NAME = "Bec Trinh"
HOME = (-12.38300, 130.85200)      # an ordinary street in Nightcliff, rounded

PHOTOS = [
    Photo("kittens-verandah.jpg", HOME[0] + 0.00005, HOME[1] - 0.00007, 9.0, "2026:02:14 17:40:00", "+09:30",
          "three foster kittens on the verandah", (220, 180, 120)),
    Photo("biscuit-box.jpg", HOME[0] - 0.00004, HOME[1] + 0.00006, 9.0, "2026:03:22 08:10:00", "+09:30",
          "a ginger foster in a cardboard box", (210, 150, 80)),
]

ACTIVITYPUB = {
    "handle": "fosterbec",
    "summary": "<p>ABF dog handler by day 🐕 cat foster mum by night 🐈 Nightcliff. Foster enquiries: 0491 570 581</p>",
    "fields": [("fosters", "14 and counting")],
    "notes": [
        (31501, "2026-02-14 18:00", "+09:30", "Meet the Verandah Three 🐈🐈🐈 available soon! #catrescue #darwin",
         {"images": [("kittens-verandah.jpg", "three kittens on a verandah")]}),
        (31502, "2026-02-27 21:30", "+09:30",
         "Proud dog mum moment: my girl Rosie found $86k in cash inside a mail parcel at the Winnellie kennels today, "
         "she got a whole tennis ball to herself 🎾", {}),
        (31503, "2026-03-09 05:45", "+09:30",
         "5:30am feeds before a 7 start, then adoption day every Saturday 10 till 2 at the pet shop in Casuarina. "
         "Come say hi 💕", {}),
        (31504, "2026-03-22 08:30", "+09:30", "Biscuit has claimed the box. The box is Biscuit now.",
         {"images": [("biscuit-box.jpg", "a ginger cat in a box")]}),
        (31505, "2026-04-10 22:15", "+09:30",
         "Worked a double with Tommo (Dean Thompson) because the new screening tablets crashed again and nobody could "
         "log the parcels. Home to 4 kittens screaming. Mr T 💙 (Tuan) had already fed them, hero", {}),
        (31506, "2026-04-28 19:00", "+09:30",
         "Huge shout out to @kittyhq_darwin and Mel Sands for the donated food 🙏", {"mentions": ["kittyhq_darwin"]}),
        (31507, "2026-05-19 20:40", "+09:30",
         "Vet bills this month went on Afterpay and the credit card, about $6k now 😬 if anyone wants to sponsor a desexing, DM me", {}),
        (31508, "2026-06-01 12:00", "+09:30", "Not a border collie, not a beagle, just a very loud tabby.", {}),
    ],
    "others": {"kittyhq_darwin": "Kitty HQ Darwin"},
}
