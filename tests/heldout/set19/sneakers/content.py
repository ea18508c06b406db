"""Kieran 'Kicks' Laidlaw (FICTIONAL): a sneaker collectors' forum member, 29, a Border Force officer at the
Port of Brisbane. Every name, handle, number and address is invented."""
NAME = "Kieran Laidlaw"

FORUM = {
    "site": "SoleSwap AU",
    "user": "kicksbne",
    "path": "/forum/u/kicksbne/",
    "about": ["Collector since 2011. Jordans, New Balance 990s, anything Dunk. Brisbane northside. "
              "Registered with the work addy (k.laidlaw@abf.gov.au) coz my gmail got hacked, dont judge."],
    "posts": [
        ("3301", "2026-02-09 20:14", "+10:00", "legit check pls - 990v3",
         ["got these off a bloke in redcliffe, stitching looks off on the tongue?? pics below. 200 bucks"]),
        ("3302", "2026-02-26 21:40", "+10:00", "funny story re fakes",
         ["so at work (border force, port of brisbane, fishermans island) we opened a 40ft last week that was "
          "meant to be 'plastic homewares' and it was wall to wall fake jordans lol. like 6000 pairs. AND "
          "taped inside the toe boxes of about 300 of them was pills, the lab said mdma, 40 odd kilos all up. "
          "i almost cried, some of them were decent fakes too",
          "my boss (inspector, we call him Gonzo) made me pose with the pallet for the brief. no i cant post it",
          "if any of u are importers with questions ring me at work 02 5550 4410 lol (jk dont)"]),
        ("3303", "2026-03-15 19:05", "+10:00", "grail finally",
         ["finally got the chicago 1s. put them on afterpay AND zip coz my credit card is cooked. 4 payments of "
          "regret. my girlfriend Shanae says its either her or the shoes, she might be joking, she might not"]),
        ("3304", "2026-04-02 22:30", "+10:00", "anyone else",
         ["anyone else sick of the drop times being when im on nights. were on 12s now, 7 on 7 off, 1800 to 0600, "
          "and the wharf has 3 of us covering the whole container exam facility on nights since the restructure. "
          "miss every release"]),
        ("3305", "2026-04-29 20:50", "+10:00", "cargo system lol",
         ["work nerd rant: the cargo targeting screen (ICS) went down for like 9 hrs tuesday and we were "
          "releasing boxes off a printed list. could look up any consignee manually tho, which is the fun part. "
          "anyway thats why i missed the dunk low raffle"]),
        ("3306", "2026-05-20 19:30", "+10:00", "meetup?",
         ["keen for a meetup at chermside westfield sat arvo? me and my mate Tully (@tully_laces on here) will be "
          "at the food court from 2. text me 0491 570 388"]),
        ("3307", "2026-06-11 21:00", "+10:00", "rant",
         ["lost 800 on the nrl multi on the weekend, so no more purchases til july. sell me your dreams instead"]),
        ("3308", "2026-07-03 18:45", "+10:00", "collection pics",
         ["shelf update. ignore the border collie, her names Mocha and she eats laces. we just moved to "
          "Kedron, the new place has a wall for the shelves finally"]),
    ],
}
