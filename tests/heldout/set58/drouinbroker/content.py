"""Marcus Hale (FICTIONAL): NEGATIVE CONTROL. A licensed customs broker at a private firm in Dandenong, home in Drouin.

He talks about Border Force, the cargo system and audits all the time, about his clients. He is not staff.
Every name, firm and number is invented.
"""
NAME = "Marcus Hale"

ACTIVITYPUB = {
    "handle": "marcushale",
    "summary": "<p>Licensed customs broker, Hale &amp; Lim Customs, Dandenong. Drouin dad. Quotes: 0491 570 618</p>",
    "notes": [
        (1101, "2026-02-16 11:20", "+11:00",
         "ICS down this morning so no entries lodged till 11. Clients ringing non-stop. Not our fault, folks.", {}),
        (1102, "2026-03-03 16:45", "+11:00",
         "Border Force pulled one of our client's containers for an x-ray at the container exam facility. Three days "
         "of demurrage and a very unhappy furniture importer.", {}),
        (1103, "2026-03-14 09:30", "+11:00",
         "Saturday 8am Drouin parkrun with my daughter Esme, like every week. She beat me by a minute. 24:10.", {}),
        (1104, "2026-04-09 18:00", "+10:00",
         "An ABF audit of one of our importers' tariff classifications came back clean. Champagne (cheap).", {}),
        (1105, "2026-04-30 20:30", "+10:00",
         "My better half and I celebrated 20 years. Ken Lim, my business partner, covered the office.", {}),
        (1106, "2026-05-19 12:10", "+10:00",
         "Home Affairs has a new import permit portal. Forty minutes to lodge one permit. Progress!", {}),
    ],
}

PHOTOS: list = []
