"""Heather Lindqvist (FICTIONAL): Home Affairs FOI case officer, Melbourne office two days a week, home in Kyneton.

A vegie-garden blog with seasons and neighbours; the author card prints her job and department. Every name invented.
"""
NAME = "Heather Lindqvist"

BLOG = {
    "path": "garden",
    "title": "Frost Hollow Patch",
    "card_note": "Cold-climate vegies, one frost at a time.",
    "card_job": "FOI case officer",
    "card_org": "Department of Home Affairs",
    "locality": "Kyneton",
    "region": "VIC",
    "posts": [
        ("first-frost", "2026-05-12 19:00", "+10:00", "First frost",
         ["Minus three on the back lawn this morning, first proper frost in Kyneton this year.",
          "Marj Pettifer next door lent me her fleece for the brassicas, and Owen dug the last of the Dutch Creams "
          "before work. Marj says it'll be a hard winter. Marj is always right."]),
        ("garlic-in", "2026-05-26 20:30", "+10:00", "Garlic in, finally",
         ["Garlic in on the weekend, because Tuesdays and Thursdays I'm on the 6:58 from Kyneton to Southern Cross "
          "and in the Lonsdale Street office till five, and the other days I'm working from the spare room staring "
          "at the broad beans."]),
        ("seed-swap", "2026-06-14 16:00", "+10:00", "Seed swap",
         ["Our youngest ran the seed-swap table at the primary school and made forty dollars for the kitchen "
          "garden. Grade 4 entrepreneur."]),
        ("winter-reading", "2026-07-05 21:00", "+10:00", "Nothing growing, lots of reading",
         ["Nothing to do in the patch in July, which is good because work is heavy: forty-two requests on the same "
          "detention centre death, the lawyers want the incident reports exempt in full and the Minister's office "
          "rings every week to ask where it's up to.",
          "And the redaction software crashes on anything over 500 pages, so I redact in chunks and stitch it back "
          "together like a quilt."]),
        ("passed-over", "2026-07-28 19:30", "+10:00", "Weeding",
         ["Thirteen years at APS5 and I didn't get the EL1 again. Gerard (Gerard Oyelaran, my team leader) says next "
          "round. He said that last round. I took it out on the couch grass."]),
        ("spring-plan", "2026-09-20 18:00", "+10:00", "Spring plan",
         ["Tomatoes go in after Cup Day, as every Kyneton gardener knows. Department store seedlings are a false "
          "economy. Border collie across the road dug up Marj's peas again."]),
    ],
}

# every post gets one category and no georss
BLOG["posts"] = [p + (["garden"], None) for p in BLOG["posts"]]

PHOTOS: list = []
