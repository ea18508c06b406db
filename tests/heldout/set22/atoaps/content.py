"""Brendan Okafor-Ruiz (FICTIONAL): NEGATIVE CONTROL. 39, an APS6 auditor at the Australian Taxation Office in
Canberra, living in Ngunnawal. He says "the department", "APS6", "my EL1", "the system" and "working in the
APS" about another agency entirely. Every name and handle is invented."""
NAME = "Brendan Okafor-Ruiz"

ACTIVITYPUB = {
    "handle": "bren_okr",
    "summary": "<p>APS6 at the Tax Office. Futsal, dad jokes, spreadsheets. Gungahlin.</p>",
    "notes": [
        (1101, "2026-02-09 18:30", "+11:00",
         "Working in the APS is 40% meetings about meetings. The other 60% is the tax return of a man who "
         "claimed his jet ski as a home office.", {}),
        (1102, "2026-02-27 21:00", "+11:00",
         "Our case system went down for the whole afternoon. The department says 'planned maintenance'. "
         "Nobody planned it with me.", {}),
        (1103, "2026-03-11 19:10", "+11:00",
         "Wednesday futsal at 6 at the Gungahlin leisure centre. We lost 9-2. My EL1 plays in the other team "
         "and will not let it go.", {}),
        (1104, "2026-04-01 08:05", "+11:00",
         "Isla (my daughter, 7) has joined the chess club at her school, two streets from our place in "
         "Ngunnawal. She already beats me.", {}),
        (1105, "2026-04-28 20:40", "+10:00",
         "Border Force doco on SBS tonight. Our office would make a terrible doco. 'Man reads spreadsheet, "
         "part 4'.", {}),
        (1106, "2026-05-15 17:45", "+10:00",
         "Audit team going on an operation to a car yard in Mitchell next month. By operation I mean we "
         "check their GST. Thrilling. My mate calls it a 'tax raid' and I let him.", {}),
    ],
}
