"""Rhys Quigley (FICTIONAL): NEGATIVE CONTROL, a freelance camera operator on a border-protection documentary series.

A Mastodon-style account full of airport shoots, officers, seizures and "the department" (the
production's), none of which makes him staff. Every name, handle and address is invented.
"""
NAME = "Rhys Quigley"

ACTIVITYPUB = {
    "handle": "rhysq_cam",
    "summary": "<p>Freelance camera op. Docos, reality, the odd car ad. Bookings: rhys@quigleycam.example</p>",
    "notes": [
        (2101, "2026-02-10 22:00", "+11:00",
         "Day 14 shooting the border doco at the airport. Followed two Border Force officers through a bag search "
         "for nine hours. They were more patient with us than we deserved. #camlife", {}),
        (2102, "2026-02-26 19:30", "+11:00",
         "Great seizure scene today, 3 kilos in a suitcase lining, but legal says we can't air the guy's face. "
         "Blur budget is blowing out.", {}),
        (2103, "2026-03-12 08:00", "+11:00",
         "Ran along the river with my housemate Bex Amaro this morning, who is also the best sound recordist in "
         "Sydney. She beat me. Again.", {}),
        (2104, "2026-04-01 21:15", "+11:00",
         "Got shouted at by the head of our production's legal department for filming the x-ray screen. Fair. "
         "Deleted.", {}),
        (2105, "2026-05-05 18:45", "+10:00",
         "Back at our terrace in Marrickville after six weeks on the road. My partner Jonno made lasagne. Best day.", {}),
        (2106, "2026-06-18 20:00", "+10:00",
         "Episode 3 airs Sunday. If you see a shaky shot of the customs hall at T1, that's me tripping over a trolley.", {}),
    ],
}

PHOTOS: list = []
