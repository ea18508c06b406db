"""Ellie Worrall (FICTIONAL): ABF boarding officer at the Mackay and Hay Point ports, lives in North Mackay.

Short Mastodon-style posts. Every name and number is invented.
"""
NAME = "Ellie Worrall"

ACTIVITYPUB = {
    "handle": "ellieworrall",
    "summary": "<p>ABF. Ships, coal dust and crosswords. Mackay.</p>",
    "notes": [
        (5201, "2026-02-11 19:00", "+10:00",
         "Three bulkers boarded at Hay Point today. Coal dust in places coal dust should not be.", {}),
        (5202, "2026-02-28 08:30", "+10:00",
         "Saturday crossword at the Bluewater Quay cafe, 8 sharp, long black. Nobody steal my table.", {}),
        (5203, "2026-03-16 20:00", "+10:00",
         "Crew on a Panamax tried to land 40 cartons of cigarettes in a ballast void. They were not "
         "good at hiding things. Fines all round.", {}),
        (5204, "2026-04-02 18:10", "+10:00",
         "Walked home along the river to North Mackay after work. The bats are back.", {}),
        (5205, "2026-04-24 19:30", "+10:00",
         "Watched a doco on the Great Barrier Reef with my flatmate Ngaire. We are both crying about coral.", {}),
        (5206, "2026-05-08 17:45", "+10:00",
         "Ship agents who follow me: yes, you can ring my work mobile 0491 570 233 about boarding times. "
         "Not at 2am. Not about the cricket.", {}),
    ],
}
