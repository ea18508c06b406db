"""Nikos "Nick" Papadakis (FICTIONAL): instructor at the ABF College, Canberra; lives in Googong.

A junior football club's coach page (schema.org Person, third person) and his own Mastodon-style account
in a Greek-Australian voice. Every name, club and address is invented.
"""
NAME = "Nick Papadakis"

PERSON = {
    "path": "/club/coaches/nick-papadakis",
    "site": "Googong Griffins Junior FC",
    "headline": "Under-11s head coach",
    "ld": {
        "jobTitle": "Under-11s Head Coach (volunteer)",
        "memberOf": {"@type": "SportsTeam", "name": "Googong Griffins Junior FC"},
        "homeLocation": {"@type": "Place", "name": "Googong, NSW"},
    },
    "sections": [
        ("Meet Coach Nick", [
            "Nick lives in Googong with his wife Eleni and their three girls (Zoe plays in the U11s). "
            "By day he trains new recruits at the ABF College in Canberra, so expect drills run like a parade ground.",
            "Training is Tuesdays and Thursdays 5pm at the Googong Common fields; games Saturday mornings."]),
    ],
}

ACTIVITYPUB = {
    "handle": "coachnickp",
    "summary": "<p>Dad x3, coach, souvlaki purist. Canberra region.</p>",
    "notes": [
        (4401, "2026-03-20 17:30", "+11:00",
         "Recruit course 14 graduates next Friday: 31 new officers, 22 of them off to Sydney Airport and six to Melbourne. "
         "Proudest day of the year for us instructors.", {}),
        (4402, "2026-04-12 14:00", "+10:00",
         "Christos anesti! Easter at Yiayia's in Queanbeyan, lamb on the spit since 6am, koumbaro Petros Vlahos on tongs.", {}),
        (4403, "2026-05-08 19:10", "+10:00",
         "Defensive tactics assessments this week: we failed 9 of 40 on the cuffing sequence, a record. "
         "Steph Rowe and I are rewriting the module over the weekend.", {}),
        (4404, "2026-06-01 20:45", "+10:00",
         "Ordered a border collie plush for the youngest's birthday, she wants a real one. Not happening, koukla.", {}),
    ],
}
