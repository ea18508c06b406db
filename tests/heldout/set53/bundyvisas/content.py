"""Eleni Papadakis (FICTIONAL): Home Affairs skilled-visa processing officer, Brisbane office two days a week and
home in Bundaberg the rest; short posts with Greek. Everything is invented."""
NAME = "Eleni Papadakis"

ACTIVITYPUB = {
    "handle": "eleni_bundy",
    "summary": "<p>Skilled visas by day, koulourakia by night. Γεια σας from Bundy.</p>",
    "fields": [("Email", "eleni.papadakis@homeaffairs.gov.au"), ("Work", "Home Affairs, skilled visas")],
    "notes": [
        (9101, "2026-03-02 20:00", "+10:00",
         "Tuesdays and Thursdays the 4:50am Tilt Train to Brisbane for office days, the rest at home in Bundaberg "
         "West. Ωχ, my back.", {}),
        (9102, "2026-03-10 19:30", "+10:00",
         "If your skilled visa is stuck and you're a regional employer, email me at eleni.papadakis@homeaffairs.gov.au "
         "and I'll see what I can do. Don't tell my EL1 😅", {}),
        (9103, "2026-03-23 18:45", "+10:00",
         "We've got 6,000 regional sponsored visas in the queue and the new priority order means the Bundaberg "
         "farms go to the back until July. Κρίμα.", {}),
        (9104, "2026-04-05 14:00", "+10:00",
         "Yiayia Despina turned 90! My brother came up from the Gold Coast with the kids. Χρόνια πολλά γιαγιά!", {}),
        (9105, "2026-04-26 16:30", "+10:00",
         "Border collie puppy at the Bundaberg markets today. Nearly took him home.", {}),
    ],
}
