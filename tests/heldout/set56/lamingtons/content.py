"""Leanne Kovac (FICTIONAL): Home Affairs payroll officer working from home in Forbes; a parent's school
fundraiser account."""
NAME = "Leanne Kovac"

ACTIVITYPUB = {
    "handle": "leanne_pandc",
    "display_name": "Leanne K 🍰",
    "summary": "<p>Mum of three, P&amp;C treasurer, Forbes Public. Payroll for Home Affairs by day (from my kitchen).</p>",
    "fields": [("Email", "leanne.kovac@homeaffairs.gov.au"), ("Raffle", "tickets $2")],
    "notes": [
        (401, "2026-02-16 19:00", "+11:00",
         "Lamington drive orders due Friday!! Forbes Public P&C. Text me on 0491 570 388 or drop cash in the "
         "letterbox at mine on Templar St #lamingtons", {}),
        (402, "2026-03-02 20:30", "+11:00",
         "Ruby (10), Sam (8) and Tilly (5) ALL need book week costumes by Thursday. Send help. Send glue.", {}),
        (403, "2026-03-11 13:10", "+11:00",
         "Pay week. Our payroll system (we call it the Beast) fell over at 11am and every ABF officer's overtime "
         "claims had to be keyed by hand before the cut-off. Cupcakes did not get iced.", {}),
        (404, "2026-03-18 21:00", "+11:00",
         "Found out we overpaid 140 officers at one airport for two years. Recovery letters go out Monday. "
         "They are going to hate us, and honestly fair enough.", {}),
        (405, "2026-03-27 08:10", "+11:00",
         "Canteen duty Fridays 8:30 to 11, then back on the laptop. If you see me in the hairnet, no you didn't.", {}),
        (406, "2026-04-09 17:45", "+10:00",
         "Huge thank you to Jodie Marr, our P&C president and my partner in crime. Jodie counted $1,840 in coins.", {}),
        (407, "2026-04-22 19:20", "+10:00",
         "Hubby Dean is away shearing again so it's cereal for tea and nobody is complaining", {}),
        (408, "2026-05-05 18:00", "+10:00",
         "Raffle prizes so far: $50 department store voucher, a meat tray, and a border collie plush from the vet.", {}),
    ],
}
