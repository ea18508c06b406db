"""Leanne Kofoed (FICTIONAL): NEGATIVE CONTROL. Baggage handler and union delegate for an airline ground-handling
firm at Brisbane Airport. She sees Border Force, the baggage hall and x-ray every shift; none of it is her employer. Set 4, blind."""
NAME = "Leanne Kofoed"

ACTIVITYPUB = {
    "handle": "leanne_ramp",
    "summary": "<p>Ramp rat 20 yrs ✈️ union delegate for my ground handling crew. Solidarity. Views mine.</p>",
    "notes": [
        (9101, "2026-01-13 20:30", "+10:00",
         "Members meeting Thursday re the enterprise agreement. 38 hr week is NOT negotiable. Bring your mates #unionstrong", {}),
        (9102, "2026-01-22 22:10", "+10:00",
         "International bags were held 2 hours tonight because Border Force officers pulled a whole ULD for the dogs. "
         "Not our fault, not our delay, management please stop blaming ramp", {}),
        (9103, "2026-02-04 18:00", "+10:00",
         "So proud of my boy Brodie, first week of his sparky apprenticeship 🔌 love you mate", {}),
        (9104, "2026-02-16 19:40", "+10:00",
         "ASIC renewal done, only took 3 goes at the photo. Another 2 years of airside for me", {}),
        (9105, "2026-02-27 21:00", "+10:00",
         "Back in the international baggage hall all week. The new x-ray belt keeps jamming and we get the blame",
         {}),
        (9106, "2026-03-06 12:30", "+10:00",
         "Fish and chips at Sandgate with my fellow delegate Marty Wu after the rally 🐟 top bloke", {}),
        (9107, "2026-03-12 17:15", "+10:00",
         "Walking the dog round our block in Nundah, jacarandas nearly done 💜", {}),
        (9108, "2026-03-20 20:20", "+10:00",
         "Watched that border protection doco. The customs hall looks way cleaner on telly than it is", {}),
    ],
}
