"""Rosalind Kettering (FICTIONAL): a widowed Home Affairs client services officer at the (fictional) Alice Springs office, Gillen.

A quiet diary blog with RSS and two GPS photos. Every name and number is invented.
"""
import sys

_mp = sys.modules["_demo_make_photos"]
Photo, _near = _mp.Photo, _mp._near

NAME = "Rosalind Kettering"
HOME = (-23.709, 133.86)

BLOG = {
    "path": "diary",
    "title": "Quiet days",
    "card_note": "Notes, mostly to myself.",
    "posts": [
        ("eight-months", "2026-02-12 21:00", "+09:30", "Eight months",
         ["Eight months since Graham. The house is very loud when it is quiet.",
          "Our son Tom rang from Darwin. He wants me to move up there. I said I would think about it, which we both "
          "know means no."], ["diary"], None),
        ("back-at-work", "2026-03-02 20:30", "+09:30", "Back at the counter",
         ["Back at work full days now. The Home Affairs office in Alice is small, four of us on the counter, "
          "and the citizenship queue is longer than the Todd is dry.",
          "Work is the only place I talk to anyone some weeks."], ["diary"], None),
        ("the-hill", "2026-03-15 18:40", "+09:30", "Up the hill",
         ["Walked up Anzac Hill for the sunset, the way Graham and I used to.",
          '<img src="{{BASE}}/media/anzac-hill.jpg" alt="sunset from the hill">'], ["diary"], None),
        ("sundays", "2026-04-05 19:00", "+09:30", "Sundays",
         ["Every Sunday at 7 I walk the dog along the riverbed to the Gillen shops and back. Joan Pereira from "
          "next door sometimes comes. She does not talk much either, which suits us.",
          '<img src="{{BASE}}/media/front-gate.jpg" alt="the front gate in the morning">'], ["diary"], None),
        ("nights", "2026-04-28 22:30", "+09:30", "Nights",
         ["Some nights I don't eat, I just sit with the television on. Two glasses of wine turns into the bottle "
          "more often than I'd tell Tom. Nobody would notice if I didn't turn up on Monday."], ["diary"], None),
        ("anniversary", "2026-05-19 20:00", "+09:30", "Our anniversary",
         ["Would have been thirty-four years. Sharelle, Tom's wife, sent flowers. That was kind."], ["diary"], None),
    ],
}

PHOTOS = [
    Photo("anzac-hill.jpg", -23.693, 133.88, 600.0, "2026:03:15 18:31:00", "+09:30",
          "sunset from Anzac Hill", (220, 120, 60)),
    Photo("front-gate.jpg", *_near(HOME, -5, 7), 580.0, "2026:04:05 07:05:00", "+09:30",
          "front gate, Sunday morning", (180, 150, 110)),
]
