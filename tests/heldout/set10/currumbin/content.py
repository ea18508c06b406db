"""Debra Kinsella (FICTIONAL): Border Force supervisor at Gold Coast Airport, 54; dragon boat paddler.

A club member page written about her in the third person (her work mobile as the club's contact), and
her own posts, in which friends appear only as @handles and first names. Every name, handle, number
and address is invented.
"""
NAME = "Debra Kinsella"

PERSON = {
    "path": "/crew/deb-kinsella",
    "site": "Tallebudgera Tigers Dragon Boat Club",
    "headline": "Sweep, Masters Women's crew",
    "ld": {
        "jobTitle": "Sweep and Masters Women's crew captain",
        "memberOf": {"@type": "SportsTeam", "name": "Tallebudgera Tigers Dragon Boat Club"},
        "homeLocation": {"@type": "Place", "name": "Elanora, Gold Coast"},
        "telephone": "0491 570 412",
    },
    "sections": [
        ("Meet Deb", [
            "Deb Kinsella has steered the Tigers' masters women for six seasons. Off the water, Deb supervises a "
            "Border Force team at Gold Coast Airport, which she says is excellent training for yelling at people "
            "to pull together.",
            "Deb lives in Elanora and is usually first at the shed for the 5:30am Tuesday and Thursday paddles on "
            "Tallebudgera Creek, and the 7am Saturday long row.",
            "Crew enquiries to Deb on her work mobile, 0491 570 412 (she answers between flights)."]),
    ],
}

ACTIVITYPUB = {
    "handle": "debk_sweeps",
    "summary": "<p>54 and still steering. Gold Coast. Coffee, dragon boats, my girls. Opinions mine.</p>",
    "notes": [
        (301, "2026-02-06 07:40", "+10:00",
         "What a morning on the creek with @kaz_paddles and @jules_on_water 🐉☀️ Kaz nearly went in again",
         {"mentions": ["kaz_paddles", "jules_on_water"]}),
        (302, "2026-02-19 22:30", "+10:00",
         "Three international arrivals inside an hour tonight and four of us rostered on the primary line. Manual "
         "processing because the SmartGates went down at 9. Passengers not happy, neither was I.", {}),
        (303, "2026-03-04 18:00", "+10:00",
         "Dinner at the surf club with Jules, Kaz and Trish. Laughed till we cried. Needed that 💕", {}),
        (304, "2026-03-17 21:50", "+10:00",
         "First Christmas... sorry, first Easter coming up on my own since the separation. 31 years. People keep "
         "saying 'new chapter'. I'd settle for a night's sleep.", {}),
        (305, "2026-04-02 16:20", "+10:00",
         "Coolangatta is the only place you can cross the state border for a coffee and cross back for cake. "
         "#twinetowns", {}),
        (306, "2026-04-21 09:10", "+10:00",
         "Shout out to @trishb_gc for the lift to the regatta in her van 🙏 and to Mel for the banana bread",
         {"mentions": ["trishb_gc"]}),
        (307, "2026-05-08 19:45", "+10:00",
         "Word is they're cutting the night shift at the airport to two officers from July to save overtime. "
         "Two. For the Auckland and Singapore arrivals. Madness.", {}),
        (308, "2026-05-30 13:00", "+10:00",
         "Regatta silver for the masters girls! So proud of this crew 🥈🐉", {}),
    ],
    "others": {"kaz_paddles": "Kaz", "jules_on_water": "Jules", "trishb_gc": "Trish B"},
}
