"""Neville Fairweather (FICTIONAL): Home Affairs records manager working from Narrabri, counting down to retirement.

Each post starts with the days left; his work email is a profile field; one note is placed at home.
Every name and number is invented.
"""
NAME = "Neville Fairweather"

ACTIVITYPUB = {
    "handle": "nevcountdown",
    "display_name": "Nev (212 days)",
    "summary": "<p>Counting down. Then the Nullarbor.</p>",
    "fields": [("Email", "n.fairweather@homeaffairs.gov.au"), ("Caravan", "Jayco, 2019")],
    "notes": [
        (9001, "2026-03-02 17:00", "+11:00",
         "212 days to go. Records manager, Department of Home Affairs, 34 years in counting the old Immigration "
         "years. Working from Narrabri for the Canberra records team since Covid and nobody has asked me back.", {}),
        (9002, "2026-04-03 16:30", "+11:00",
         "180 days. Spent today on the disposal freeze: 11,000 boxes of 1990s detention centre files in a warehouse "
         "in Hume we can't destroy because of the inquiry hold, and the leases are up in June.", {}),
        (9003, "2026-05-03 15:45", "+10:00",
         "150 days. The Vault (our records system, old TRIM underneath) was down a day and a half. Nobody could "
         "save a thing so half the division put files on their desktops. I'll be cleaning that up till day zero.", {}),
        (9004, "2026-05-23 18:10", "+10:00",
         "130 days. Wednesday bowls at the club, 1pm as always, then home to the verandah with a shandy.",
         {"location": ("Home", -30.33000, 149.78500)}),
        (9005, "2026-06-22 19:00", "+10:00",
         "100 days. Glenda has the caravan booked for the Nullarbor in October. Our daughter is minding the "
         "dog, God help the dog.", {}),
        (9006, "2026-07-22 16:00", "+10:00",
         "70 days. Trevor (Trevor Lam, my offsider) takes over the disposal schedules. Poor bloke.", {}),
        (9007, "2026-08-21 13:00", "+10:00",
         "40 days. Went to the department store in Tamworth for a retirement shirt. Glenda vetoed it.", {}),
    ],
}

PHOTOS: list = []
