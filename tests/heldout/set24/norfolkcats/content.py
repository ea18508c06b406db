"""Lorraine Haynes (FICTIONAL): 63-year-old Border Force officer on Norfolk Island; cat-rescue volunteer posts."""
NAME = "Lorraine Haynes"

ACTIVITYPUB = {
    "handle": "rainey_cats",
    "summary": "<p>Island cat lady. Fostering strays since 1998. Norfolk Island. Knitting when the cats allow it.</p>",
    "fields": [["Email (work)", "lorraine.haynes@abf.gov.au"], ["Foster enquiries", "rainey.cats@islandpost.example"]],
    "notes": [
        (7301, "2026-02-09 17:30", "+12:00", "Three new kittens under the pine at the end of our road in Cascade. Named them Mutiny, Bounty and Tuesday.", {}),
        (7302, "2026-03-02 20:10", "+12:00",
         "Plane days (Mon, Wed, Fri) I'm at the airport from 9 till the last passenger's through, so kitten feeds are before and after. "
         "Only me and one other Border Force officer on the island this month, so no sick days for Rainey.", {}),
        (7303, "2026-03-20 12:00", "+12:00",
         "Yachties: if you're sailing in with a cat on board, ring the office at 02 5550 7731 before you arrive, not after. Quarantine is not optional.", {}),
        (7304, "2026-04-15 18:45", "+12:00", "My grand-daughter fostered her first kitten. Proud nan. 🐾", {}),
        (7305, "2026-05-06 09:00", "+12:00", "Rain. Cats inside. Knitting a border on a blanket. That's the news.", {}),
    ],
}
