"""Bevan Treloar (FICTIONAL): 61, Border Force officer at the Berrimah cargo depot, Darwin; a grandfather's photo captions.

Every name and place point is invented; the home point is a rounded spot on an ordinary street, no photo at work.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Bevan Treloar"
HOME = (-12.3838, 130.9120)

PHOTOS = [
    Photo("pool-sunday.jpg", HOME[0] + 0.00008, HOME[1] - 0.00010, 12.0, "2026:06:14 15:20:11", "+09:30",
          "grandkids in the backyard pool", (40, 120, 170)),
    Photo("mango-tree.jpg", HOME[0] - 0.00006, HOME[1] + 0.00007, 12.0, "2026:10:25 08:05:42", "+09:30",
          "first mangoes on the backyard tree", (60, 140, 50)),
]

ACTIVITYPUB = {
    "handle": "popbev",
    "display_name": "Pop Bev",
    "summary": "<p>Pop to five. Forty years in uniform, the last fourteen with Customs then Border Force. Darwin born and bred.</p>",
    "notes": [
        (7001, "2026-06-14 16:00", "+09:30",
         "Sunday arvo at ours in Leanyer. Five grandkids, one pool, zero rules. Nan says I'm a bad influence.",
         {"images": [("pool-sunday.jpg", "grandkids in the pool")]}),
        (7002, "2026-06-20 11:30", "+09:30",
         "Kai's first game for the Nightcliff Tigers under 9s. Kicked a goal, kicked a teammate, kicked the water bottle. Proud Pop.", {}),
        (7003, "2026-07-02 19:10", "+09:30",
         "Shirl and me, forty years married today. She still laughs at my jokes, which is the real miracle.", {}),
        (7004, "2026-07-15 20:00", "+09:30",
         "Back at the Berrimah depot tomorrow. 6 till 2, Monday to Friday, so I'm home for the school pickup at Leanyer Primary at 2:45 every day. Best roster I've ever had.", {}),
        (7005, "2026-08-06 18:40", "+09:30",
         "Best day in years at work. Ran the dog through a container of floor tiles out of China and she sat on the grout buckets. 22 kilos of ice mixed through the grout. Not a photo I can post, sorry kids.", {}),
        (7006, "2026-08-28 22:30", "+09:30",
         "Farewell drinks for Sharon Pidgeon, thirty years with Customs and Border Force. Taught me everything about reading a manifest.", {}),
        (7007, "2026-09-19 23:45", "+09:30",
         "Pokies at the Casuarina club again tonight. Shirl doesn't know how much has gone this year and I'm not telling her here either.", {}),
        (7008, "2026-10-04 07:10", "+09:30",
         "Out for barra at Shoal Bay with Bluey (Kevin Nolan, my fishing mate since school). Bluey 3, Bev 0.", {}),
        (7009, "2026-10-25 08:30", "+09:30",
         "First mangoes on the tree. Build-up is here.",
         {"images": [("mango-tree.jpg", "mangoes")]}),
        (7010, "2026-11-01 12:00", "+09:30", "Watched the footy. That's it. That's the post.", {}),
    ],
}
