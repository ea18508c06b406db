"""Deborah "Debs" Lindqvist (FICTIONAL): 52, Border Force detector dog trainer near Melbourne Airport;
a hockey club's player page about her in the third person (schema.org Person) and her own club-update posts.
Every name, handle, email and place detail is invented.
"""
NAME = "Deborah Lindqvist"

PERSON = {
    "path": "/masters/players/debs-lindqvist",
    "site": "Keilor Cockatoos Hockey Club",
    "headline": "Masters Women's captain, 2026",
    "ld": {
        "description": "Captain of the Cockatoos' over-45 women.",
        "memberOf": {"@type": "SportsTeam", "name": "Keilor Cockatoos Masters Women"},
        "homeLocation": {"@type": "Place", "name": "Sunbury, VIC"},
    },
    "sections": [
        ("Meet the captain", [
            "Debs Lindqvist has worn the yellow and black since 2011 and captains the Masters Women this year. "
            "By day Debs trains detector dogs for the Australian Border Force, which explains the whistle.",
            "She lives in Sunbury with her partner Gail and an elderly labrador called Biscuit who has never detected "
            "anything but cheese.",
            "Masters Women train every Tuesday at 7pm at the Keilor Park hockey centre; Debs is always first on the turf."]),
    ],
}

ACTIVITYPUB = {
    "handle": "debs_cockies",
    "display_name": "Debs L 🏑",
    "summary": "<p>Cockatoos Masters captain. Dogs. Hockey. More dogs.</p>",
    "notes": [
        (9401, "2026-03-03 21:10", "+11:00",
         "Round 1 done! 3-1 over Altona. Shout out to @ruthless_ruth in goal, who stopped a flick with her face "
         "and kept playing.", {"mentions": ["ruthless_ruth"]}),
        (9402, "2026-03-18 12:40", "+11:00",
         "Team, drinks roster for Saturday attached, bring your own chair.\n\n"
         "-- Deb Lindqvist | Detector Dog Trainer | Australian Border Force | deborah.lindqvist@abf.gov.au\n\n"
         "(oops, sent from the work phone, ignore the signature)", {}),
        (9403, "2026-04-09 19:30", "+10:00",
         "Long week at the kennels out at Tullamarine. Vent: since the cuts we're down to four trainers and eleven "
         "dogs for all of Victoria, and the mail centre has had no dog on weekends since Easter.", {}),
        (9404, "2026-05-15 22:00", "+10:00",
         "Farewell drinks for Supervisor Kim Pham tonight, thirty years on the job and the best handler I ever "
         "worked under. Bulla pub, from 5.", {}),
        (9405, "2026-06-02 18:00", "+10:00",
         "Someone's border collie got onto the pitch at Keilor Park and ran a better press than our backs.", {}),
        (9406, "2026-06-20 16:00", "+10:00", "Rained out. Again.", {}),
    ],
    "others": {"ruthless_ruth": "Ruth O"},
}
