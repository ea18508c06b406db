"""Alison Marr (FICTIONAL): a Home Affairs grants officer working remotely from Huonville, Tasmania; a cider-
pressing blog whose author card carries her job. Invented throughout."""
NAME = "Alison Marr"

BLOG = {
    "path": "blog",
    "title": "Windfalls",
    "card_note": "Heritage apples, a small press and too many demijohns.",
    "card_job": "Grants Officer",
    "card_org": "Department of Home Affairs",
    "locality": "Huonville",
    "region": "Tasmania",
    "posts": [
        ("first-pressing", "2026-03-15 19:00", "+11:00", "First pressing of the year",
         ["My husband Tom and I pressed the Sturmer Pippins today, 140 litres off the old trees by the shed. Tom turned the "
          "handle, I complained about the wasps."],
         ["cider"], None),
        ("cider-club-order", "2026-04-08 20:30", "+10:00", "Cider club order",
         ["The club's bulk bottle order closes Friday. I'm at my desk all week, so ring me on my work line, "
          "02 5550 3187, and I'll add you to the list."],
         ["club"], None),
        ("market-days", "2026-05-16 17:15", "+10:00", "Saturday mornings",
         ["The stall is back: every Saturday from 8:30 at the Huon Growers' Market, next to the honey people. "
          "Bring your own bottles."],
         ["market"], None),
        ("department-store-demijohn", "2026-06-01 20:00", "+10:00", "A demijohn from a department store",
         ["Found a glass demijohn in the homewares aisle of a department store in Hobart. Forty dollars. "
          "Bargain."],
         ["gear"], None),
    ],
}
