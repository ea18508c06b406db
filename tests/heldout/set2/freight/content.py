"""Wayne Pettit (FICTIONAL): NEGATIVE CONTROL, a container truck driver out of Port Botany.

A truckies' forum account and a Mastodon-style account. His work brushes the department every day:
containers held by Customs, the x-ray at the port, a detector dog at the gate, a mate's seized ute
(by the council). He is not staff. Every name, handle and number is invented.
"""
NAME = "Wayne Pettit"

FORUM = {
    "site": "Aussie Truckies Forum",
    "user": "wazza_pettit",
    "path": "/forum/u/wazza_pettit/",
    "about": ["Container carrier, 22 years on the road. Campbelltown."],
    "posts": [
        ("8801", "2026-02-12 20:40", "+11:00", "Customs holds killing my week",
         ["Third box this week held for a Customs inspection at Port Botany. Border Force sends it to the "
          "x-ray at the examination facility and I sit in the queue for five hours unpaid. Who else is "
          "getting smashed by this?"]),
        ("8802", "2026-03-19 19:15", "+11:00", "Detector dog at the gate",
         ["Had a detector dog sniff round my trailer at the terminal gate this morning. Nice dog, terrible "
          "timing. Anyway, slot booking system was down too so I'm home early."]),
        ("8803", "2026-05-07 21:00", "+10:00", "Early starts",
         ["Monday to Friday I'm out of the yard at Ingleburn by 4am to beat the port queue. The missus, Deb, "
          "reckons I should've been a postie."]),
        ("8804", "2026-06-11 18:30", "+10:00", "Selling: UHF and fridge",
         ["GME UHF and an Engel 40L, both good nick. Text Wazza on 0491 570 156, Campbelltown pick up."]),
    ],
}

ACTIVITYPUB = {
    "handle": "wazza",
    "summary": "<p>Trucks, footy, the Tigers. Semi-retired from caring.</p>",
    "notes": [
        (8901, "2026-03-01 17:00", "+11:00",
         "Mate's ute got seized by the council for rego. $800 to get it back. Daylight robbery.", {}),
        (8902, "2026-04-25 11:30", "+10:00",
         "Lest we forget. Dad served with the customs launch crews in the 60s before he went driving.", {}),
        (8903, "2026-05-30 20:10", "+10:00",
         "Watched that Border Security show with the grandkids. They reckon I should be on it. No thanks.", {}),
    ],
}
