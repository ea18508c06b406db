"""Jarrod Kearsley (FICTIONAL): an ABF firearms and defensive-tactics instructor at a training centre in
Brisbane who lives in Yeppoon and flies down four days a week. Short gym-talk posts on a Mastodon-style account,
people named in one breath, one place-tagged note at home. Every name and point is invented."""
NAME = "Jarrod Kearsley"

ACTIVITYPUB = {
    "handle": "keppelcoach",
    "display_name": "Jarrod K",
    "summary": "<p>Coach. Dad. Yeppoon. Lift heavy, be kind.</p>",
    "notes": [
        (8001, "2026-02-09 19:00", "+10:00",
         "Another week running requals at our training centre in Brisbane. ABF firearms and defensive tactics "
         "instructor life: cuffs, Glocks and too many coffees.", {}),
        (8002, "2026-02-23 05:50", "+10:00",
         "Fly out of Rockhampton Monday 6am, home Thursday night. Four days in Brisbane, three at home. The "
         "Qantas crew know my coffee order now.", {}),
        (8003, "2026-03-07 11:30", "+10:00",
         "Big Saturday: 7am Yeppoon parkrun with Tayla, Hunter and the pram, then pancakes with Rhys and the gym crew, "
         "from the gym, then a nap I earned.", {}),
        (8004, "2026-03-20 21:00", "+10:00",
         "Date night with my wife Tayla, first one since the baby. Our boy Hunter stayed at his nan's and "
         "reckons he ran the house.", {}),
        (8005, "2026-04-02 18:10", "+10:00",
         "Half this intake of recruits failed the qualification shoot. Not their fault: they got three range days "
         "instead of eight because somebody cut the ammo budget.", {}),
        (8006, "2026-04-16 17:40", "+10:00",
         "Fellow instructor Benny Tuala put me on my back three times today in the defensive tactics room. "
         "Respect, big fella.", {}),
        (8007, "2026-05-09 06:15", "+10:00",
         "Sunrise off the back deck. Doesn't get old.", {
             "location": ("Yeppoon, Queensland", -23.1362, 150.7348)}),
        (8008, "2026-05-28 20:20", "+10:00",
         "The armoury's electronic key safe ate everyone's swipe codes again. Twelve instructors standing around "
         "for an hour waiting for someone in Canberra to reset it.", {}),
        (8009, "2026-06-12 12:00", "+10:00",
         "For the ABF crew who follow me here: requal bookings go to jarrod.kearsley@abf.gov.au, not my DMs. "
         "Love you all but no.", {}),
        (8010, "2026-06-30 20:30", "+10:00",
         "Rhys reckons Border Security is a documentary. Rhys also reckons the PCYC boxing class is cardio. Rhys "
         "is wrong twice.", {}),
    ],
}
