"""Renee Kowalczyk (FICTIONAL): ABF officer at the Christmas Island detention centre on rotation, home in Geraldton.

A Mastodon-style account with place-tagged notes (home on her verandah). Everything invented.
"""
NAME = "Renee Kowalczyk"
HOME = (-28.77840, 114.65310)       # a residential street in Mount Tarcoola, Geraldton (rounded)

ACTIVITYPUB = {
    "handle": "renee_k",
    "summary": "<p>Gero girl. Three weeks away, three weeks home. Coffee and crabs.</p>",
    "notes": [
        (5501, "2026-02-08 15:30", "+08:00",
         "Back on the island tomorrow. Three weeks at North West Point, then three weeks home. Cody staying with "
         "his dad.", {}),
        (5502, "2026-02-21 21:45", "+07:00",
         "Two detainees up on the roof of the compound for nine hours today. Everyone's wrecked. Border Force "
         "life isn't the ads.", {}),
        (5503, "2026-03-02 22:30", "+07:00",
         "Island life: nothing to do after shift but drink. Third night running. Don't judge me.", {}),
        (5504, "2026-03-20 17:10", "+08:00", "Verandah, first coffee at home in 3 weeks",
         {"location": ("Mount Tarcoola", HOME[0], HOME[1])}),
        (5505, "2026-03-28 12:20", "+08:00",
         "Cody's 13 today. My son is taller than me now which is rude. Love you kid.", {}),
        (5506, "2026-04-11 19:00", "+08:00",
         "Dinner with Tash Merritt, best friend since primary. She still can't cook crays.", {}),
        (5507, "2026-04-19 09:40", "+08:00", "Back Beach run. Border collie outran me.", {}),
    ],
}
