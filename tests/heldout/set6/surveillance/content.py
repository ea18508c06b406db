"""Rohan Decker (FICTIONAL): Maritime Border Command surveillance coordinator in Darwin, 44.

A triathlon club's member page about him in the third person (schema.org Person, his work mobile as
the club's race-day contact) and his own terse Mastodon-style account with one place-tagged post at
home. Every name, handle and number is invented.
"""
NAME = "Rohan Decker"

HOME = (-12.3806, 130.8640)      # an ordinary street in Rapid Creek NT, rounded

PERSON = {
    "path": "/members/rohan-decker",
    "site": "Top End Tri Club",
    "headline": "Club Captain 2026 &middot; Age group 40-44",
    "ld": {
        "jobTitle": "Surveillance Coordinator",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Maritime Border Command"},
        "memberOf": {"@type": "SportsClub", "name": "Top End Tri Club"},
        "sameAs": ["{{BASE}}/social/@rdeck"],
    },
    "sections": [
        ("About Rohan", [
            "Rohan joined the club in 2019 after moving up from Brisbane. By day he coordinates surveillance "
            "flights for Maritime Border Command out of the Darwin ops room at Larrakeyah; by night he is "
            "usually asleep, because Rohan trains with the squad at Parap Pool every Monday, Wednesday and "
            "Friday at 5:15am.",
            "He races with long-time training partner Marcus Ferraro, known to everyone as Moose, and "
            "fellow MBC watch officer Priya Nand, who beat him at the Gove sprint and has not let him forget it."]),
        ("Race-day contact", [
            "Rohan's work mobile (0491 570 655) is the best number for the club on race days; he keeps it on "
            "him for the job anyway."]),
        ("Family", [
            "Rohan's better half Anh and daughter Tully (Nightcliff Primary's fastest Year 5 swimmer, by her "
            "own account) volunteer at the drinks station every race."]),
    ],
}

ACTIVITYPUB = {
    "handle": "rdeck",
    "summary": "<p>Tri. Coffee. Darwin. Mostly asleep.</p>",
    "notes": [
        (8301, "2026-06-03 21:10", "+09:30", "Long day.", {}),
        (8302, "2026-06-05 20:40", "+09:30",
         "Three Indonesian boats sighted off Ashmore this week. Cutter goes out Thursday. Busy weekend ahead.", {}),
        (8303, "2026-06-07 17:30", "+09:30", "Back deck. Sunset. Done.",
         {"location": ("Back deck", -12.3806, 130.8640)}),
        (8304, "2026-06-12 19:15", "+09:30",
         "Word is surveillance flights get cut from 4 to 2 a day from January. Budget. Good luck to us.", {}),
        (8305, "2026-06-14 09:00", "+09:30", "Brick session with Moose. Legs gone.", {}),
        (8306, "2026-06-20 18:00", "+09:30", "Watched the Border Security marathon. Not how it works.", {}),
        (8307, "2026-06-24 06:30", "+09:30", "Swim done.", {}),
    ],
}
