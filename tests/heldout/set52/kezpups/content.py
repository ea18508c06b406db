"""Kerryn 'Kez' Pollard (FICTIONAL): worker in the ABF detector-dog breeding program, Sunbury; writes about
herself in the third person, emoji-heavy. Everything is invented.
"""
NAME = "Kerryn Pollard"

ACTIVITYPUB = {
    "handle": "kezandthepups",
    "display_name": "Kez 🐶🐾",
    "summary": "<p>Kez raises future detector dogs for Border Force 🐶🐾🛃 Sunbury girl. Coffee first.</p>",
    "notes": [
        (7401, "2026-04-07 19:20", "+10:00",
         "Kez is on puppy duty 6am-2pm all week out at the Bulla breeding centre 🐶🍼 litter of 7 labs born Tuesday, "
         "mum and bubs all good 🥰", {}),
        (7402, "2026-04-16 20:40", "+10:00",
         "Kez's hubby Marty did the school run so Kez could do the whelping shift 🥹🙌 Matilda (8) wants to name "
         "every single puppy Fluffy 😂", {}),
        (7403, "2026-05-01 21:30", "+10:00",
         "Kez is grumpy 😤😤 passed over for the senior handler spot AGAIN. 12 years. Maybe they'd notice if Kez just "
         "walked out the gate one day 😡🚪", {}),
        (7404, "2026-05-15 18:50", "+10:00",
         "Sad day in the kennels 😢 only 3 of 11 from the autumn intake passed the airport sim, the rest are off to "
         "pet homes 📉🐕 the program wants numbers and it's just not happening", {}),
        (7405, "2026-05-23 22:15", "+10:00",
         "Kez and bestie Nadia Fortuna 🍷🍷 nachos and bad movies, love this woman 💕", {}),
        (7406, "2026-06-06 11:10", "+10:00",
         "Saw a border collie at the markets doing tricks 🐾 Kez is not jealous. Kez is a little jealous 🙈", {}),
        (7407, "2026-06-20 15:30", "+10:00",
         "Department store run for Matilda's birthday 🎂🎁 Kez survived. Barely.", {}),
    ],
}
