"""Nadia Petrovski (FICTIONAL): 33, Border Force detector-dog trainer at Bulla, Sunbury; a self-written third-person page.

Every name and place detail is invented.
"""
NAME = "Nadia Petrovski"

PERSON = {
    "path": "/about/nadia",
    "site": "Nadia Petrovski: dogs, trails and too much coffee",
    "headline": "Nadia writes about herself in the third person because her sister dared her to.",
    "ld": {
        "jobTitle": "Detector dog trainer",
        "knowsAbout": ["scent detection", "trail running", "Labrador retrievers"],
        "homeLocation": {"@type": "Place", "name": "Sunbury, Victoria"},
    },
    "sections": [
        ("Who is Nadia?", [
            "Nadia is a detector dog trainer for Australian Border Force at the Bulla centre, where she spends her days "
            "being outsmarted by Labradors.",
            "This month's class of eleven Labradors graduates on 3 December, and Nadia will tell anyone who listens that nine "
            "of them are off to Melbourne Airport and the mail centre in Clayton before Christmas."]),
        ("Off the clock", [
            "Nadia lives in Sunbury with her partner Josh Tremblay and Biscuit, a Labrador who failed the program for "
            "being too friendly.",
            "She runs the Jacksons Creek trail every weekday at 5:45 before the 7am start, and spends weekends teaching "
            "the neighbour's border collie agility, badly."]),
    ],
}

ACTIVITYPUB = {
    "handle": "nadiaruns",
    "summary": "<p>Trail miles and dog hair. Views are Nadia's own, and Biscuit's.</p>",
    "notes": [
        (1201, "2026-10-04 09:30", "+11:00", "Nadia ran 21 km this morning and would like everyone to know. 🏃‍♀️", {}),
        (1202, "2026-10-18 17:45", "+11:00", "Nadia has eaten an entire lasagne. No regrets. #sundayvibes", {}),
        (1203, "2026-11-08 08:10", "+11:00", "Fog on the creek. Biscuit refused to get out of the car.", {}),
    ],
}
