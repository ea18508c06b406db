"""Owen Carmody (FICTIONAL), NEGATIVE CONTROL: suburban accountant in Muswellbrook whose biggest client is a customs broker.

A small-practice blog (microformats + RSS). The broker, its import declarations, an ABF audit and the Integrated
Cargo System are his client's business, not his employer. Every name, number and address is invented.
"""
NAME = "Owen Carmody"

BLOG = {
    "path": "blog",
    "title": "Ledger Lines",
    "card_note": "Sole-practitioner accountant in the Upper Hunter. Tax, small business, too much coffee.",
    "card_tel": "0491 570 903",
    "posts": [
        ("broker-season", "2026-02-10 20:00", "+11:00", "Busy season at a customs broker",
         ["My biggest client is a customs broker in Newcastle, and February is their madness: every import declaration from the Christmas rush needs reconciling against the duty they paid to Border Force.",
          "If you run a small import business: keep every invoice. The ABF audit letter always comes the week you threw them out."],
         ["clients"], None),
        ("ics-down", "2026-03-05 19:10", "+11:00", "When the Integrated Cargo System goes down",
         ["The Integrated Cargo System was down for most of Tuesday, so my broker client lodged nothing and billed nothing. Which means I invoiced nothing. Cash flow is a chain."],
         ["clients"], None),
        ("thursday-touch", "2026-03-19 21:00", "+11:00", "Thursday touch",
         ["Every Thursday at 6pm it's touch footy at Olympic Park with the over-40s. Pulled a hammy. Worth it."],
         ["life"], None),
        ("home-office", "2026-04-14 18:30", "+10:00", "The home office",
         ["Moved the practice into the converted garage at home in South Muswellbrook. My wife Tash says the house finally feels like a house again now the filing boxes are out of the lounge."],
         ["practice"], None),
        ("school-run", "2026-05-06 08:40", "+10:00", "School run accountant",
         ["Working from home means I do the school run: our son Oscar (9) at Muswellbrook South Public and a very long conversation about whether border collies are smarter than kelpies.",],
         ["life"], None),
    ],
}
