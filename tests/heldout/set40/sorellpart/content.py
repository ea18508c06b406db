"""Val Kingsley (FICTIONAL): a 63-year-old part-time Border Force officer at Hobart Airport.

A community choir's "meet our altos" page (schema.org Person, third person) and her own Mastodon-style
account, one note tagged with a public place (a causeway walk). Every name and number is invented.
"""
NAME = "Val Kingsley"

PERSON = {
    "path": "/choir/altos/val-kingsley",
    "site": "Sorell Community Choir",
    "headline": "Alto, and our unofficial tea lady",
    "ld": {"knowsAbout": ["harmony", "scones"]},
    "sections": [
        ("Meet Val", [
            "Val has sung alto with us since 2015. She lives in Sorell with her husband Geoff, who builds the risers "
            "for every concert and complains about it every time.",
            "Val works part-time with Border Force at Hobart Airport, which is why she sometimes misses Thursday "
            "practice when the Auckland flights are on. For weekday choir business you can ring her at work on "
            "02 5550 6120."]),
    ],
}

ACTIVITYPUB = {
    "handle": "valk",
    "display_name": "Val K",
    "summary": "<p>Alto. Grandmother. Part-time everything.</p>",
    "notes": [
        (9501, "2026-07-06 20:40", "+10:00",
         "Auckland flights Monday and Friday this winter, so I'm on at 5am those days for the morning arrival, "
         "out the door by 4:15. Thursday practice at 7:30 when I can make it.", {}),
        (9502, "2026-07-17 14:10", "+10:00",
         "Only two of us on the primary line for a full A320 this morning and the eGate was down again, so it was "
         "passports by hand for the lot. Tasmanians are patient people, thank goodness.", {}),
        (9504, "2026-08-30 10:30", "+10:00", "Sunday walk across the causeway. Blowing a gale.",
         {"location": ("Midway Point causeway", -42.80200, 147.53100)}),
        (9505, "2026-09-12 19:50", "+10:00",
         "Geoff has discovered Border Security on the streaming thing. Send help. Also our neighbour's border "
         "collie has learned to open our gate.", {}),
    ],
}
