"""Lorna Fitzsimmons (FICTIONAL): a 59-year-old Border Force detention officer at Yongah Hill, Northam WA.

Her parish council's "meet your council" page (schema.org Person, third person) and her own
Mastodon-style account, one note tagged with a place at home in Toodyay. Everything is invented.
"""
NAME = "Lorna Fitzsimmons"
HOME = (-31.55300, 116.46500)     # an ordinary street in Toodyay WA, rounded

PERSON = {
    "path": "/parish/council/lorna-fitzsimmons",
    "site": "St Stephen's Toodyay, parish council",
    "headline": "Parish council member and choir alto",
    "ld": {"homeLocation": {"@type": "Place", "name": "Toodyay, Western Australia"}},
    "sections": [
        ("Meet Lorna", [
            "Lorna has served on parish council since 2019. She works shifts with Border Force at the immigration "
            "detention centre out at Northam (Yongah Hill), so on her weekends off you'll find her at the 8am "
            "service rather than the 10.",
            "She and her husband Trevor have lived in Toodyay for twenty-two years. Lorna runs the cake stall at the "
            "Moondyne Festival and sings alto in the choir."]),
    ],
}

ACTIVITYPUB = {
    "handle": "lornaf",
    "display_name": "Lorna F",
    "summary": "<p>Wife, nan, alto, tired. Avon Valley.</p>",
    "notes": [
        (9001, "2026-06-21 07:15", "+08:00", "Frost on the paddock this morning. Toodyay at its best.",
         {"location": ("Toodyay", *HOME)}),
        (9002, "2026-06-28 19:40", "+08:00",
         "Four on four off, 6 till 6, and on my days off it's choir Wednesdays at 7 at St Stephen's and the markets "
         "Saturday. Someone tell me when I'm meant to clean the house.", {}),
        (9003, "2026-07-09 08:20", "+08:00",
         "Rough night at work. Two detainees up on the roof of the compound for eleven hours and the response team "
         "had to come out from Perth. Four of us on the compound for 120 men. Home now, bed.", {}),
        (9004, "2026-07-30 21:05", "+08:00",
         "The cameras in the new compound have been on the blink since winter and the swipe cards on the doors fail "
         "open whenever the power flickers, which out here is weekly. Somebody in Canberra must think we're made of "
         "staff.", {}),
        (9005, "2026-08-14 18:30", "+08:00",
         "Happy retirement to Jim Pardoe, 14 years on the compound with me. Nobody calms a room down like Jim. "
         "Border Force won't know what's hit it.", {}),
        (9006, "2026-08-26 17:50", "+08:00",
         "Our granddaughter started at Toodyay District High this week! Taller than me already.", {}),
        (9008, "2026-12-01 06:00", "+08:00",
         "Rostered on for Christmas, third year running. Trevor's stopped asking when I'll be home. Some days I "
         "honestly wonder what the point of it all is.", {}),
        (9009, "2026-10-04 20:15", "+08:00",
         "Border Security repeat on tonight, the one at Perth airport. Trevor thinks that's what I do. Bless him.", {}),
    ],
}
