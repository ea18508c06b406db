"""Renee Whitby (FICTIONAL): Border Force officer posted to Norfolk Island, Burnt Pine; photo-caption posts.

Short captions, hashtags, check-ins; one note carries a place at her rental. Every name and
handle is invented.
"""
NAME = "Renee Whitby"

ACTIVITYPUB = {
    "handle": "renee_on_norfolk",
    "display_name": "Renee W 🌲",
    "summary": "<p>Sydney girl on a rock in the Pacific. #ABF Norfolk Island posting '26-'27. Pines, cows, sunsets.</p>",
    "fields": [("Work", "renee.whitby@abf.gov.au"), ("Insta", "renee_norfolk_pines")],
    "notes": [
        (9301, "2026-02-02 18:30", "+12:00",
         "Week one on the island. Cows have right of way. #norfolkisland #newposting",
         {}),
        (9302, "2026-02-06 12:10", "+12:00",
         "Cleared 230 pax off the Sydney flight with two of us on. Tuesday and Saturday flights are the whole week here. #ABF #islandlife",
         {}),
        (9303, "2026-02-20 19:45", "+12:00",
         "Checked in: the little rental in Burnt Pine. Kettle, cat (not mine), sunset. 🌅 #home",
         {"location": ("Burnt Pine, Norfolk Island", -29.0386, 167.9433)}),
        (9304, "2026-03-07 15:00", "+12:00",
         "Yacht in from NZ, two undeclared rifles and a crate of undeclared meat. Long afternoon at the airport office. #bordersecurity",
         {}),
        (9305, "2026-03-19 18:00", "+12:00",
         "Yoga Thursdays 6pm at the community hall with Nell Prentice who has adopted me. 🧘 #islandfriends",
         {}),
        (9306, "2026-04-11 16:40", "+12:00",
         "Mum (Dianne) is here for a week and has already been adopted by the cows. #visitors",
         {}),
        (9307, "2026-04-30 21:30", "+12:00",
         "Island fever is real. Kev's the only other officer here and he's on leave. No one to talk to for ten days. 😶 #lonely",
         {}),
        (9308, "2026-05-14 17:20", "+12:00",
         "Norfolk Island Airport at golden hour, from the public car park. Flight's late again. #NLK",
         {}),
    ],
}
