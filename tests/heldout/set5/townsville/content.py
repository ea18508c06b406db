"""Keeley Marrinan (FICTIONAL): Border Force officer, Port of Townsville; netball club player page in the third person. All invented."""
NAME = "Keeley Marrinan"

PERSON = {
    "path": "/players/keeley-marrinan",
    "site": "Thuringowa Lightning Netball Club",
    "headline": "Goal Defence · A Grade · Club Registrar",
    "ld": {
        "jobTitle": "Club Registrar",
        "memberOf": {"@type": "SportsTeam", "name": "Thuringowa Lightning A Grade"},
        "telephone": "0491 570 761",
    },
    "sections": [
        ("About Keeley", [
            "Keeley joined the Lightning in 2019 and has held down goal defence in A Grade ever since. Off the "
            "court she is a Border Force officer at the Port of Townsville, which she says is the only job where "
            "being tall is a disadvantage in a shipping container.",
            "She combines with fellow Border Force officer Renee Tapsell, our wing attack, and captain Shannon "
            "Boyd to form the spine of the side."]),
        ("Registrations", [
            "Registration questions go to Keeley on her work mobile, 0491 570 761, during business hours.",
            "A Grade trains Tuesdays and Thursdays at 6pm at the Murray courts."]),
    ],
}

ACTIVITYPUB = {
    "handle": "keels_gd",
    "summary": "<p>GD 🏐 | Townsville born & bred | coffee > people</p>",
    "notes": [
        (5501, "2026-03-03 21:00", "+10:00",
         "Grand final rematch on Saturday 💪⚡ #lightningnetball #GD", {}),
        (5502, "2026-03-10 18:45", "+10:00",
         "Hubby Jace built the kids a cubby 😍 my MIL Deb supervised with a beer. Best Sunday in our street in "
         "Kirwan", {}),
        (5503, "2026-03-17 22:30", "+10:00",
         "Cruise ship in Tuesday with 2,400 pax and there's only four of us on for the whole clearance because "
         "of the roster cuts. wish us luck 😵‍💫", {}),
        (5504, "2026-03-24 12:10", "+10:00",
         "Border collie puppy at the Strand this morning nearly stole my sausage roll 🐶", {}),
        (5505, "2026-04-01 07:00", "+10:00",
         "Monday. coffee. wharf. repeat ☕🚢", {}),
        (5506, "2026-04-09 20:20", "+10:00",
         "So proud of Shannon Boyd, 100 games for the Lightning tonight!! 💜", {}),
    ],
}
