"""Dale Pritchard (FICTIONAL): Border Force officer in Mackay QLD, 49, boarding bulk carriers.

A lowercase punting-forum account full of typos, and a Mastodon-style account for fishing and
family. No photos. Every name, handle and number is invented.
"""
NAME = "Dale Pritchard"

FORUM = {
    "site": "Punters Yard",
    "user": "dalo_mky",
    "path": "/forum/u/dalo_mky/",
    "about": ["mackay. multis, dogs, the odd nag. hmu dale.punts@mailbox.example or txt 0491 570 388"],
    "posts": [
        ("5501", "2026-05-04 21:40", "+10:00", "rough month",
         ["down 6 grand on multis this month lads. 3 legs out of 4 more times than i can count. "
          "the boss at home dont know and she aint going to"]),
        ("5502", "2026-05-11 22:05", "+10:00", "payday loan for rego??",
         ["anyone used them payday loan mobs? need $1400 for rego and the card is maxed. "
          "took one out last nite, 48% or something, ill pay it back when the cup comes in"]),
        ("5503", "2026-05-19 20:30", "+10:00", "work is a joke",
         ["18 yrs at customs and they give me a TL who was in nappies when i started. "
          "my TL gary wilks (gazza to his mates which im not) wants paperwork for everything",
          "we found 40 cartons of smokes in a void behind the engine room on a panamax at hay point tuesday "
          "and i still got wrote up for not doing the form in time"]),
        ("5504", "2026-05-27 21:15", "+10:00", "ships going thru",
         ["only 3 of us rostered for the whole coast til july so half the coal ships go thru unboarded. "
          "if i was a crook id be bringing it in via mackay lol"]),
        ("5505", "2026-06-02 19:50", "+10:00", "tech",
         ["the boarding tablets havent synced for a fortnight so we write it all on paper and key it into "
          "ICS back at the office. 2026 mate"]),
        ("5506", "2026-06-09 20:10", "+10:00", "origin game 1",
         ["maroons by 8. put the house on it. not literally the boss would kill me"]),
    ],
}

ACTIVITYPUB = {
    "handle": "dalepritch",
    "summary": "<p>Border Force, Mackay. Fishing, footy, family. Up the Magpies.</p>",
    "notes": [
        (5601, "2026-04-18 07:10", "+10:00",
         "Boarding at Hay Point all week, 14 ships on the anchorage. Cuppa and a sunrise before the launch.", {}),
        (5602, "2026-04-25 16:40", "+10:00",
         "Brody's first game for the Magpies under 14s today. Kicked two! Proud old man.", {}),
        (5603, "2026-05-02 06:30", "+10:00",
         "5am at the Seaforth ramp with Robbo (Steve Robson) every Saturday, rain hail or shine. "
         "Three nice trout today.", {}),
        (5604, "2026-05-10 12:00", "+10:00",
         "Happy Mother's Day to the boss at home, Shelley, who puts up with me and the dog and the boat.", {}),
        (5605, "2026-05-16 18:20", "+10:00",
         "Our street in Andergrove had a cane toad parade tonight. Counted 11.", {}),
        (5606, "2026-05-23 09:00", "+10:00",
         "Watched Border Security with the kids, they reckon it's nothing like my job. Correct.", {}),
        (5607, "2026-06-06 15:00", "+10:00", "Nothing happening. Good.", {}),
    ],
}
