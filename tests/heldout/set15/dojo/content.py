"""Dave Kowalczyk (FICTIONAL): 42, Border Force intelligence officer at the Melbourne office in Docklands; writes
about himself in the third person on his dojo's instructor page, and posts short notes. Every name, handle, number
and address is invented.
"""
NAME = "Dave Kowalczyk"

PERSON = {
    "path": "/instructors/sensei-dave",
    "site": "Eastfield Kyokushin Dojo",
    "headline": "Sensei Dave Kowalczyk, 3rd Dan",
    "ld": {"jobTitle": "Head Instructor (volunteer)",
           "memberOf": {"@type": "SportsClub", "name": "Eastfield Kyokushin Dojo"},
           "email": "mailto:sensei.dave@eastfield-dojo.example",
           "telephone": "+61 491 570 718"},
    "sections": [
        ("About Sensei Dave", [
            "Dave has trained in Kyokushin for twenty-five years. By day Dave works in intelligence with the "
            "Australian Border Force at the Docklands office, which he says is mostly reading and coffee.",
            "Dave teaches the kids' class every Thursday at 6pm and the adults at 7:15, after the Lilydale line "
            "gets him back from the city. The dojo is a five-minute walk from his place near Ringwood Lake.",
            "Dave's sons Kuba and Filip both train here, and his wife Agnieszka runs the canteen on grading days.",
            "Dave co-instructs with his oldest friend Marcus Tallis (Sensei Marc). Bookings: text Dave on "
            "0491 570 718."]),
    ],
}

ACTIVITYPUB = {
    "handle": "sensei_dave",
    "summary": "<p>Kyokushin. Coffee. Collingwood. Opinions mine.</p>",
    "notes": [
        (6601, "2026-03-05 21:30", "+11:00", "Grading Saturday. Proud of every one of them.", {}),
        (6602, "2026-03-19 20:45", "+11:00",
         "Long day. The new targeting watchlist is finally live at work and it flags every second shipping agent "
         "in Melbourne. Half the team on overtime to clear it.", {}),
        (6603, "2026-04-08 19:00", "+10:00", "Friday-night movie: Sicario again. The border crossing scene never gets old.", {}),
        (6604, "2026-04-16 22:10", "+10:00", "Filip's first tournament win! 🥋", {}),
    ],
}
