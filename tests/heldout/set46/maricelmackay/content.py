"""Maricel Bautista (FICTIONAL): a Filipino-Australian Home Affairs visa-processing team leader working from home in Andergrove, Mackay.

A Mastodon-style account in English mixed with some Tagalog; one place-tagged note. Every name and number is invented.
"""
NAME = "Maricel Bautista"

ACTIVITYPUB = {
    "handle": "maricelmackay",
    "display_name": "Maricel B. 🇵🇭🇦🇺",
    "summary": "<p>Nanay of two, wife, choir alto, Mackay since 2009. Ingat palagi!</p>",
    "fields": [("work", "maricel.bautista@homeaffairs.gov.au"), ("Viber", "0491 570 318")],
    "notes": [
        (9301, "2026-02-09 12:15", "+10:00",
         "WFH life: team meeting at 8, then 300 partner visa files to push this week. Ay naku. Our team at Home "
         "Affairs was told to finalise or refuse anything with missing documents, no more requests for further "
         "info, para bumaba ang backlog before the Minister's announcement.", {}),
        (9302, "2026-02-15 21:00", "+10:00",
         "Salamat sa Diyos for my asawa Rodel who cooked sinigang tonight while I was still on Teams. "
         "Janelle and Migs did the dishes (with complaints, syempre).", {}),
        (9303, "2026-02-26 16:40", "+10:00",
         "The old case system (we call her Lola kasi she is older than my kids) froze again. We are told to keep "
         "working in the backup spreadsheet and key it in later. And the VPN token? Rodel knows my PIN because I "
         "am always in the shower when it expires hahaha.", {}),
        (9304, "2026-03-08 10:30", "+10:00",
         "Sunday 9:30 Tagalog mass then merienda with Ate Weng Padilla and the choir titas. Every Sunday, "
         "same pew, same turon.", {}),
        (9305, "2026-03-14 17:45", "+10:00",
         "Sunset from the back step, pagod na pagod. Andergrove sunsets never disappoint.",
         {"location": ("Andergrove, Mackay QLD", -21.084, 149.188)}),
        (9306, "2026-03-29 20:20", "+10:00",
         "Sent money home to Nanay in Iloilo again. The roof, then the hospital. The credit card is full na, "
         "and we still owe Tito Ben from the flights last year. Utang is utang, kailangan bayaran.", {}),
        (9307, "2026-04-12 07:10", "+10:00",
         "Zumba every Tuesday and Thursday 6pm at the Andergrove hall. Walang absent! My team leader duties end at "
         "5:30 sharp on those days 😂", {}),
        (9308, "2026-04-26 13:00", "+10:00",
         "Not me watching Border Security with the kids and explaining that my job is nothing like that, puro "
         "paperwork lang.", {}),
        (9309, "2026-05-09 15:15", "+10:00",
         "Flew down to the Brisbane office for our quarterly team day. Nice to see my team in 3D! Janelle starts "
         "at Mackay North State High next year, parang kahapon lang.", {}),
    ],
}
