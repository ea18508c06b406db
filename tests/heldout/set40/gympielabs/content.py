"""Wendy Darcy (FICTIONAL): NEGATIVE CONTROL. A Labrador breeder near Gympie; some pups go to detection programs.

A Mastodon-style kennel account with two puppy-yard photos carrying GPS at home. Border Force, detector
dogs and handlers come up because her dogs are bought by them, not because she works there. Every name
and number is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo
near = sys.modules["_demo_make_photos"]._near

NAME = "Wendy Darcy"
HOME = (-26.20500, 152.64800)      # an ordinary street on Gympie's southside, rounded

PHOTOS = [
    Photo("puppy-yard.jpg", *near(HOME, 5, 10), 80.0, "2026:05:10 10:40:00", "+10:00",
          "eight yellow Labrador pups in the puppy yard, Sunday morning", (220, 190, 120)),
    Photo("pups-on-the-lawn.jpg", *near(HOME, -12, 6), 80.0, "2026:08:23 11:05:30", "+10:00",
          "pups asleep on the lawn after visitors, Sunday", (120, 170, 80)),
]

ACTIVITYPUB = {
    "handle": "darcylabs",
    "display_name": "Darcy Labradors",
    "summary": "<p>Small registered Labrador kennel. Working lines. Gympie, Qld.</p>",
    "notes": [
        (1101, "2026-05-10 12:00", "+10:00",
         "Eight yellows, all thriving. Two from this litter are going on assessment for a detector dog program, "
         "fingers crossed. Puppy visits Sundays 10 till 12, by appointment only please.",
         {"images": [("puppy-yard.jpg", "Eight yellow pups in a yard")]}),
        (1102, "2026-06-02 19:30", "+10:00",
         "So proud: Biscuit from our 2024 litter has passed her course and is working with Border Force now. Her "
         "handler sent me a photo of her in her little vest. I cried.", {}),
        (1103, "2026-06-28 14:15", "+10:00",
         "My daughter Kate has taken over the puppy socialising. She is far better at it than me and the pups know it.",
         {}),
        (1104, "2026-07-19 16:45", "+10:00",
         "No, we don't breed border collies. Yes, I know they are clever. Labradors only here.", {}),
        (1105, "2026-08-23 12:30", "+10:00",
         "Visitors day wore them out. Enquiries for the next litter: ring or text Wendy on 0491 570 802.",
         {"images": [("pups-on-the-lawn.jpg", "Pups asleep on a lawn")]}),
    ],
}
