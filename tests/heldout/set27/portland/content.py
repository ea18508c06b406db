"""Wendy Carstairs (FICTIONAL): a knitting blog from Portland, Victoria; Border Force officer at the port."""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Wendy Carstairs"
HOME = (-38.3520, 141.5930)     # a street in Portland West, rounded

BLOG = {
    "path": "blog",
    "title": "Purl Harbour",
    "card_note": "Knitting by the sea in south-west Victoria. Socks, mostly.",
    "posts": [
        ("gansey", "2026-02-07 20:00", "+11:00", "The gansey is finished",
         ["Eleven months. Fisherman's gansey in navy, for Ellie, who will wear it once and then steal mine.",
          "<img src=\"{{BASE}}/media/gansey-garden.jpg\" alt=\"the gansey on the garden bench\">"],
         ["finished objects"], None),
        ("knit-night", "2026-02-21 19:30", "+11:00", "Knit night is moving",
         ["Monday knit night moves to the library meeting room from March, still 7pm. Marg Doyle will bring "
          "the good biscuits. Marg, this is in writing now.",
          "Cancellations to me on my work mobile, 0491 570 903; I'm on the wharf most days and can't always pick up."],
         ["local"], None),
        ("sock-on-the-boat", "2026-03-14 21:10", "+11:00", "A sock knitted on a ship",
         ["Funny one: I knit the heel of this sock sitting in the Border Force car on the wharf at Portland, "
          "waiting for a bulk carrier to berth. Two of us to board her and check 23 crew, and the pilot was "
          "late. Heel turned, then work."],
         ["socks"], None),
        ("quiet-house", "2026-04-11 22:30", "+10:00", "A quiet house",
         ["Since Graham moved out the house in Portland West has been awfully quiet in the evenings. I knit "
          "more. I also drink more wine than a woman knitting lace should. Ellie rings on Sundays."],
         ["life"], None),
        ("border-pattern", "2026-05-02 18:00", "+10:00", "A Fair Isle border",
         ["Free pattern: a Fair Isle border for the bottom of a jumper. Chart below."],
         ["patterns"], None),
    ],
}

PHOTOS = [
    Photo("gansey-garden.jpg", HOME[0] - 0.0001, HOME[1] + 0.0001, 18.0, "2026:02:07 16:20:11", "+11:00",
          "a navy jumper on a garden bench", (20, 30, 90)),
]
