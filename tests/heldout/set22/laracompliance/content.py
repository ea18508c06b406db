"""Darcy Whitehorn (FICTIONAL): 36, Home Affairs immigration compliance field officer working out of the
Melbourne city office, living in Lara near Geelong. He writes about himself in the third person, on his own
"about" page and in his posts. Every name, address and number is invented."""
NAME = "Darcy Whitehorn"

PERSON = {
    "path": "/about-darcy",
    "site": "darcywhitehorn.example",
    "headline": "Darcy Whitehorn: dad, V/Line veteran, amateur smoker of briskets",
    "ld": {
        "description": "Darcy spends his working days knocking on doors for Home Affairs as an immigration "
                       "compliance field officer. Weekends are for brisket.",
        "homeLocation": {"@type": "Place", "name": "Lara, Victoria"},
        "email": "mailto:darcy@whitehorn.example",
    },
    "sections": [
        ("About Darcy", [
            "Darcy works in immigration compliance for Home Affairs. Most days he and his partner on the road, "
            "Senior Officer Kat Nguyen, leave the city office in a white Camry and spend the day finding people "
            "whose visas ran out a while ago.",
            "Darcy lives in Lara with his wife Mel and their daughter, who is in Grade 2 and already "
            "smarter than Darcy. He catches the 6:12 V/Line from Lara every weekday and reads the same book for "
            "months.",
            "Darcy's best man, Robbo (Rob Anstey), taught him everything he knows about brisket, which is not "
            "much. Write to Darcy at darcy@whitehorn.example."]),
    ],
}

ACTIVITYPUB = {
    "handle": "darcy_w",
    "summary": "<p>Darcy writes about Darcy. Lara. Brisket. Dad.</p>",
    "notes": [
        (4101, "2026-02-21 18:40", "+11:00",
         "Darcy has been told there's a dawn job on a Werribee South market garden on the 14th: twelve officers, "
         "two vans, 5am at the gate. Darcy is not looking forward to the alarm.", {}),
        (4102, "2026-03-09 20:15", "+11:00",
         "The field tablets still can't reach the visa lookup out in the paddocks, so Darcy ends up ringing "
         "the office and reading passport numbers down the phone. Progress.", {}),
        (4103, "2026-03-30 21:55", "+11:00",
         "Darcy had a bad weekend on the multis. Darcy is also two months behind on the mortgage and Mel "
         "doesn't know about either. Darcy should probably stop posting this.", {}),
        (4104, "2026-04-19 13:30", "+10:00",
         "Brisket attempt nine. The kid rated it 'chewy but brave'. Robbo rated it 'a crime'.", {}),
        (4105, "2026-05-11 17:00", "+10:00",
         "Darcy watched a whole season of a border-patrol reality show for 'research'. Mel says that's not "
         "research.", {}),
    ],
}
