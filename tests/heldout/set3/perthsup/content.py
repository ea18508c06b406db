"""Hamish Dunleavy (FICTIONAL): a Border Force supervisor at Perth Airport, and secretary of a hockey club.

A hockey club committee page with schema.org Person JSON-LD, written about him in the third person, that
gives his work email and work line as the club contact; and a Mastodon-style account of club updates and
shift talk, one post tagged with a place at the airport. The club, every name, number and email are invented.
"""
NAME = "Hamish Dunleavy"

PERSON = {
    "path": "/club/committee/hamish-dunleavy",
    "site": "Melville Kingfishers Hockey Club",
    "headline": "Club Secretary and Men's Division 2 captain",
    "ld": {
        "jobTitle": "Club Secretary",
        "memberOf": {"@type": "SportsOrganization", "name": "Melville Kingfishers Hockey Club"},
        "email": "mailto:hamish.dunleavy@abf.gov.au",
        "telephone": "02 5550 3318",
        "homeLocation": {"@type": "Place", "name": "Bibra Lake WA"},
    },
    "sections": [
        ("About Hamish", [
            "Hamish has been a Kingfisher since the under 12s and has captained the Men's Division 2 side for four "
            "seasons. Off the turf, Hamish is a Border Force supervisor at Perth Airport, which he says is the only "
            "job with more whistles than hockey.",
            "Hamish lives in Bibra Lake with his fiancée Tegan Marsh, who runs the club canteen on Saturdays."]),
        ("Contact the Secretary", [
            "Registrations, fixtures and clearances: email hamish.dunleavy@abf.gov.au or call 02 5550 3318 in business hours."]),
    ],
}

ACTIVITYPUB = {
    "handle": "hamishd_hockey",
    "summary": "<p>Kingfishers Div 2 captain 🏑 Perth. Supervisor, T1 International. Cat dad.</p>",
    "notes": [
        (9101, "2026-02-07 16:40", "+08:00",
         "Kingfishers 3, Rockingham 2! Two goals from Rusty (Russell Kemp) and a last-minute save from the big fella in goals. "
         "Beers at the clubrooms 🍻", {}),
        (9102, "2026-02-11 18:20", "+08:00",
         "Training every Wednesday 6.30pm at Tompkins Park, new players welcome, bring a stick and a mouthguard", {}),
        (9103, "2026-02-19 23:10", "+08:00",
         "Bali flights all landing at once again. Six of us on the primary line for 1,400 pax between 11pm and 1am, "
         "and the SmartGates down on one side. Someone upstairs needs to look at the roster",
         {"location": ("Perth Airport T1 International", -31.9403, 115.9669)}),
        (9104, "2026-03-02 07:55", "+08:00",
         "4 on 4 off, two days two nights. Day 1 of 4 off and I'm asleep on the couch by 3pm", {}),
        (9105, "2026-03-14 12:30", "+08:00",
         "Massive thanks to my 2IC Shannon Otieno for holding the fort on nights while I was at the carnival", {}),
        (9106, "2026-03-26 21:45", "+08:00",
         "Three off the KL flight refused tonight. 18 blank Aussie passports sewn into the lining of a suitcase, "
         "never seen it done that neat", {}),
        (9107, "2026-04-04 10:00", "+08:00",
         "Our street in Bibra Lake had a power outage all morning, the cat is furious", {}),
        (9108, "2026-04-18 17:00", "+08:00",
         "Tegan and I have set a date! Wedding next March. Rusty is best man, God help us all", {}),
        (9109, "2026-05-02 15:20", "+08:00", "Lost 4-1. We don't talk about it.", {}),
        (9110, "2026-05-09 09:30", "+08:00",
         "Mum flew over from Bunbury for the game, she's still a better umpire than anyone in the league", {}),
    ],
}
