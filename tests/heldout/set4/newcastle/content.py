"""Mitch Farrugia (FICTIONAL): Border Force officer at the Port of Newcastle; rugby club lock. Set 4, blind."""
NAME = "Mitchell Farrugia"

PERSON = {
    "path": "/players/mitch-farrugia",
    "site": "Adamstown Ravens RUFC",
    "headline": "Lock | First Grade | 87 games",
    "ld": {
        "jobTitle": "First Grade Lock",
        "memberOf": {"@type": "SportsTeam", "name": "Adamstown Ravens First Grade"},
        "homeLocation": {"@type": "Place", "name": "Adamstown, NSW"},
    },
    "sections": [
        ("Player profile", [
            "Mitch Farrugia is a 196 cm lock who joined the Ravens from Maitland in 2019. Off the field Mitch works for the "
            "Australian Border Force down at the Port of Newcastle, which he says is the only job where the forklifts "
            "are scarier than the props.",
            "Mitch lives in Adamstown, a drop kick from the clubhouse, with partner Alana and their staffy Bruno."]),
        ("Fun facts", ["Favourite pre-game meal: Nonna's pasta. Worst habit: singing in the sheds."]),
    ],
}

ACTIVITYPUB = {
    "handle": "ravens_mitch",
    "summary": "<p>Adamstown Ravens 🖤 lock. Club updates, bad jokes.</p>",
    "notes": [
        (2201, "2026-02-03 20:00", "+11:00",
         "Pre-season is ON. Training Tues and Thurs 6pm at Adamstown Oval, fitness Saturday 7am at Bar Beach. No excuses lads 🏉", {}),
        (2202, "2026-02-28 17:30", "+11:00",
         "Congrats to our skipper Jono Whitlock on 100 games for the Ravens! Drinks on him 🍻", {}),
        (2203, "2026-03-07 18:10", "+11:00",
         "Big win vs Wanderers. Huge thanks to Dad (Frank) for running the canteen again and to Alana for the oranges 🍊", {}),
        (2204, "2026-03-14 19:00", "+11:00",
         "Cheers to Kirra Thompson from my shift at ABF for coming down to watch, now you have to join the women's side", {}),
        (2205, "2026-03-21 21:00", "+11:00", "Post-match at Queens Wharf brewery. Sore everything.", {}),
        (2206, "2026-03-28 12:00", "+11:00", "Bye round. Couch. 🛋️", {}),
    ],
}
