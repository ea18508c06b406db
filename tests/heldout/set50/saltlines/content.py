"""Marnie Elphick (FICTIONAL): a Border Force Coastwatch sensor operator flying surveillance out of Horn Island,
who lives in Cooktown and writes poems about it. A microformats blog with its feed and EXIF photos (home and the
Grassy Hill lookout). Every name and point is invented; the home point is a rounded spot on a quiet street."""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Marnie Elphick"
HOME = (-15.4762, 145.2468)
LOOKOUT = (-15.4618, 145.2512)

BLOG = {
    "path": "poems",
    "title": "Salt Lines",
    "card_note": "Poems from the Endeavour River at Cooktown, and from the air above the Cape.",
    "posts": [
        ("back-seat", "2026-02-11 20:00", "+10:00", "Back seat",
         ["Fourteen years in the Dash 8's back seat,<br>sensor operator, Coastwatch,<br>the sea a grey sheet I "
          "read for a living,<br>the Border Force patch on my shoulder<br>heavier than it looks."],
         ["poems", "work"], None),
        ("horn-island", "2026-03-03 21:10", "+10:00", "Two weeks at Horn",
         ["Two weeks on at Horn Island, two weeks home.<br>The crew house fridge hums in E flat,<br>the runway "
          "steams at six,<br>and I count the days back to the river."],
         ["poems", "work"], None),
        ("blue-boat", "2026-04-15 22:00", "+10:00", "Blue boat",
         ["Tuesday, off the tip of the Cape,<br>a blue boat, sixteen metres, no lights,<br>nets out inside the "
          "line.<br>We sat over her three hours<br>until the patrol boat came up from Thursday Island,<br>"
          "and I wrote her name in my notebook<br>as if she were a bird."],
         ["poems", "work"], None),
        ("eleven-minutes", "2026-05-06 21:45", "+10:00", "Eleven minutes",
         ["The radar screen froze twice on the last sortie,<br>the whole mission system rebooting,<br>eleven "
          "minutes of ocean<br>nobody watched."],
         ["poems", "work"], None),
        ("for-lorna", "2026-06-01 19:30", "+10:00", "For Lorna",
         ["For Lorna, my wife, who waits<br>on the verandah with the frangipani<br>and never once asks<br>what I "
          "saw out there.",
          '<img src="{{BASE}}/media/verandah-frangipani.jpg" alt="frangipani on our verandah">',
          "She says the house is too quiet with Ivy gone."],
         ["poems", "home"], None),
        ("ivy", "2026-07-20 20:15", "+10:00", "Ivy, boarding",
         ["Our daughter Ivy boards at school in Cairns now.<br>She rings on Sundays, 7pm,<br>and tells me "
          "nothing, beautifully."],
         ["poems", "family"], None),
        ("sully", "2026-08-09 21:00", "+10:00", "Sully",
         ["Rob Sullivan, Sully, our pilot,<br>who hums Slim Dusty at ten thousand feet<br>and lands in crosswinds "
          "like he's parking a ute."],
         ["poems", "work"], None),
        ("grassy-hill", "2026-09-13 18:40", "+10:00", "Grassy Hill, dusk",
         ["From Grassy Hill the river lets go of the town.",
          '<img src="{{BASE}}/media/grassy-hill-dusk.jpg" alt="dusk from the Grassy Hill lookout">',
          "Writers' night after, at the library, where a friend read her piece about the crocodile."],
         ["poems", "cooktown"], None),
    ],
}

PHOTOS = [
    Photo("verandah-frangipani.jpg", HOME[0] + 0.00004, HOME[1] + 0.00007, 12.0, "2026:05:31 16:20:44", "+10:00",
          "frangipani on the verandah", (230, 210, 170)),
    Photo("grassy-hill-dusk.jpg", *LOOKOUT, 160.0, "2026:09:13 18:05:10", "+10:00",
          "dusk from the Grassy Hill lookout", (200, 120, 80)),
]
