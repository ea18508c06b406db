"""Tevita Fifita (FICTIONAL): container-terminal crane operator for a private stevedore, Port Botany. NEGATIVE CONTROL."""
NAME = "Tevita Fifita"

ACTIVITYPUB = {
    "handle": "tevita_cranes",
    "summary": "<p>Quay crane driver, Harbourline Stevedoring, Port Botany. Matraville. Church, rugby, family. 🇹🇴</p>",
    "notes": [
        (3101, "2026-02-11 23:30", "+11:00",
         "Night shift in the crane, 40 metres up. Watched the Border Force x-ray truck scan a whole row of boxes while I "
         "worked the ship. Not my job, I just lift them.", {}),
        (3102, "2026-03-05 19:00", "+11:00",
         "Another box on a customs hold, the shipping line pulled it off the stack at 3am. We work around it.", {}),
        (3103, "2026-03-29 18:00", "+11:00",
         "My son Sione made the under-14s for Matraville Tigers!! 🏉 so proud of this boy", {}),
        (3104, "2026-04-26 21:10", "+10:00",
         "Harbourline roster: 3 nights, 2 days, 3 off. The crane doesn't care what day it is.", {}),
        (3105, "2026-05-31 14:20", "+10:00",
         "Kava with my cousin Sami Lolohea after church. Good day.", {}),
        (3106, "2026-06-19 17:00", "+10:00",
         "Union meeting about the terminal automation. Border Force and the department of anything won't save our jobs, "
         "only us.", {}),
    ],
}
