"""Annette Vos (FICTIONAL): 49, Border Force officer on an overseas posting in Jakarta; an expat golf forum.

A plain forum (posts inline with permalinks); one post carries a balcony photo with EXIF GPS at her
apartment in Kemang. Every name, handle and number is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Annette Vos"

HOME = (-6.2636, 106.8131)       # rounded point on an ordinary street in Kemang, South Jakarta

PHOTOS = [
    Photo("balcony-storm.jpg", HOME[0] + 0.00009, HOME[1] + 0.00007, 30.0, "2026:03:08 17:55:31", "+07:00",
          "storm coming in over the rooftops from the balcony", (70, 80, 100)),
]

FORUM = {
    "site": "Expat Golfers Asia",
    "user": "annette_jkt",
    "path": "/community/u/annette_jkt/",
    "inline": True,
    "about": ["Aussie in Jakarta on a posting with Border Force till 2028. Handicap 18 and rising. Kemang. "
              "Registered with annette.vos@abf.gov.au because the office blocks half the webmail sites, sorry mods."],
    "posts": [
        ("p9001", "2026-02-07 20:10", "+07:00", "Pondok Indah on Saturdays?",
         ["Anyone else play Pondok Indah early? I tee off every Saturday at 6:30 before the heat, usually with my "
          "husband Piet and our friend Lisa Harmoko, who will beat all of you. Always room for a fourth."]),
        ("p9014", "2026-03-08 19:05", "+07:00", "Rained out again",
         ["Another afternoon round washed out. View from our balcony an hour before it hit:",
          '<img src="{{BASE}}/media/balcony-storm.jpg" alt="Storm clouds over rooftops">']),
        ("p9022", "2026-03-25 21:30", "+07:00", "Sorry for missing the Sunday comp",
         ["Apologies to the Sunday group. Mad week at the Australian Embassy: the Indonesian police and our team "
          "pulled apart a boat-smuggling network running out of Kupang, eight organisers arrested, and we're "
          "expecting another departure attempt around the next new moon, so my weekends are spoken for.",
          "My ABF 2IC Carly Nguyen is covering me for the April comp if anyone needs a partner."]),
        ("p9031", "2026-04-16 22:40", "+07:00", "Tech question (not golf)",
         ["Bit off-topic: anyone know a decent mobile data plan? The secure terminal at work only talks to Canberra "
          "half the day, the rest of the time I'm doing my emails from my phone, which I really shouldn't."]),
        ("p9040", "2026-05-20 23:55", "+07:00", "Honest question for the long-termers",
         ["How do you all cope long term? Piet's gone back to Perth for 'a break' and honestly the marriage is on "
          "life support. I'm drinking more at the club than I should and most nights it's just me and the "
          "air-con. Golf's the only thing getting me out of the apartment."]),
        ("p9048", "2026-06-09 18:20", "+07:00", "Selling my old irons",
         ["Selling my old Ping irons, 5-PW, good nick. Message me on WhatsApp +61 491 570 633."]),
    ],
}
