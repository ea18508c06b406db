"""Rolly Santiago (FICTIONAL): NEGATIVE CONTROL, a cook on a coastal cargo ship, home in Mayfield (Newcastle); a seafarers' forum."""
NAME = "Rolly Santiago"

FORUM = {
    "site": "Galley Talk",
    "user": "cook_rolly",
    "path": "/galley/u/cook_rolly/",
    "about": ["Chief cook, coastal bulk carrier. Home port Newcastle. Recipes swapped: rolly.cooks@seamail.example"],
    "posts": [
        ("551", "2026-02-09 20:00", "+11:00", "Feeding 19 on a rolling deck",
         ["Adobo for nineteen in a 4 metre swell. Border Force officers boarded in Gladstone to check the crew list and "
          "the passports and stayed for a bowl. Best reviews I've had."]),
        ("562", "2026-03-02 21:00", "+11:00", "Quarantine rules for galley stores",
         ["Customs and biosecurity seized two cartons of our Philippine longganisa at Port Kembla. The department says "
          "pork products need a permit. Lesson learned, declare everything."]),
        ("578", "2026-04-11 19:30", "+10:00", "Home leave",
         ["Home in Mayfield for three weeks. My wife Marites made me cook on my day off. My son Paolo plays for the "
          "Mayfield under-14s now."]),
        ("590", "2026-05-06 18:40", "+10:00", "Shout out",
         ["Shout out to my old shipmate Bong Reyes, now running a food truck in Cessnock. Go eat there."]),
        ("601", "2026-06-02 20:10", "+10:00", "TV at sea",
         ["Crew mess watches Border Security every night. The lads think they could hide things better. They can't hide a biscuit from me."]),
    ],
}
