"""Sam Achterberg (FICTIONAL): ABF airport officer who flies from Mildura to Melbourne Airport each week.

A veggie-garden blog (microformats2 + RSS) with a backyard photo carrying EXIF GPS.
Everything invented.
"""
import sys

_p = sys.modules["_demo_make_photos"]
Photo, _near = _p.Photo, _p._near

NAME = "Sam Achterberg"
HOME = (-34.21830, 142.22160)       # a residential street in Nichols Point (rounded)

BLOG = {
    "path": "garden",
    "title": "Red Dirt Veggie Patch",
    "card_note": "Growing food in the Sunraysia heat, badly then less badly.",
    "author_email": "sam.achterberg@abf.gov.au",
    "posts": [
        ("tomato-season", "2026-01-18 19:30", "+11:00", "Tomato season and a commute",
         ["Twenty-two tomato plants this year. Carla, my wife, says that's too many. Carla is right.",
          "Watering is the hard part when I'm away. For new readers: I fly down to Melbourne on the Monday 6:10am "
          "Rex, do four days at Tulla with Border Force, and I'm home Thursday night. The dripper timer does the "
          "rest.",
          '<img src="{{BASE}}/media/tomatoes.jpg" alt="tomato beds in the backyard">'],
         ["tomatoes", "life"], None),
        ("chillies", "2026-02-22 18:00", "+11:00", "Chillies, and a long week",
         ["The Carolina Reapers are finally fruiting. Do not touch your eyes.",
          "Long week at the airport: a passenger on the Kuala Lumpur flight had nine kilos of cocaine sewn into "
          "the lining of two suitcases. My third this year. The paperwork takes longer than the find."],
         ["chillies", "work"], None),
        ("seedlings", "2026-03-15 17:45", "+11:00", "Spare seedlings",
         ["Heaps of spare capsicum and eggplant seedlings. Free to a good home: email sam.grows@patchmail.example "
          "and pick up from Nichols Point on a Friday or Saturday."],
         ["seedlings"], None),
        ("neighbour", "2026-04-05 16:20", "+10:00", "Neighbourly",
         ["Wally Dunstan next door has been watering for me for three years now. Paid him in zucchini. He says "
          "he'd rather have beer. Noted, Wally.",
          "The kids planted the pumpkin patch this weekend."],
         ["neighbours"], None),
        ("riverfront", "2026-05-10 18:30", "+10:00", "Sunday by the river",
         ["Took a break from the garden for a walk along the riverfront. Border collie pups everywhere."],
         ["life"], None),
    ],
}

PHOTOS = [
    Photo("tomatoes.jpg", *_near(HOME, 10, -8), 50.0, "2026:01:17 18:40:02", "+11:00",
          "tomato beds in the backyard", (150, 60, 40)),
]
