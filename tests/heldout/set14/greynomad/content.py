"""Kevin Ostrowski (FICTIONAL): Border Force officer, Fremantle, 64, near retirement; a grey-nomad caravan blog."""
NAME = "Kevin Ostrowski"

BLOG = {
    "path": "blog",
    "title": "Kev and the Navigator",
    "card_note": "Two oldies, one Jayco, the whole of WA eventually.",
    "posts": [
        ("first-trip", "2026-01-18 19:00", "+08:00", "Shakedown run to Lancelin",
         ["The Navigator (my wife Bev, who reads maps and I do not) booked us two nights at Lancelin to shake down the "
          "new van. Fridge works. Awning works. Kev does not, apparently, know how to reverse."],
         ["trips"], None),
        ("back-home", "2026-01-25 16:30", "+08:00", "Home again",
         ["Back in our street in Beaconsfield, van squeezed down the side of the house. The Navigator has already "
          "planned Kalbarri."],
         ["home"], (-32.06540, 115.76350)),
        ("last-year", "2026-02-08 20:00", "+08:00", "The last year",
         ["Forty years with Customs, now Border Force, and this is the last one. Last year of earlies: 0600 to 1430 "
          "Monday to Friday down at Victoria Quay, then the road."],
         ["work", "retirement"], None),
        ("cruise-grumble", "2026-03-01 21:10", "+08:00", "A grumble from the quay",
         ["They rostered two of us for the cruise ship on Sunday: 2,800 passengers and a crew muster, and the "
          "manager decided the rest of the team could have the day off. I have been doing this forty years and I "
          "have never seen it run so thin."],
         ["work"], None),
        ("kalbarri", "2026-03-21 18:00", "+08:00", "Kalbarri with Col and Robyn",
         ["Travelling in convoy with our mates Col and Robyn Faulds. Col's van is older than mine and goes better. "
          "Robyn and the Navigator out-walked us both on the gorge."],
         ["trips"], None),
        ("tony", "2026-04-04 20:30", "+08:00", "Farewell Tony",
         ["Farewell drinks for Tony Marchetti, my supervisor these last eight years. Good bloke. Tony, the van "
          "has a spare bunk."],
         ["work"], None),
        ("money", "2026-04-25 19:00", "+08:00", "The sums",
         ["Did the sums with the Navigator. The van is on a loan at 13.9% and the super will not cover it the way "
          "the bloke at the caravan show said it would. A few sleepless nights."],
         ["money"], None),
        ("contact", "2026-05-10 12:00", "+08:00", "Say g'day",
         ["Lots of you ask where we will be. Email us at bevandkev@vanlife.example and we will tell you, or ring me at the quay office on 02 5550 4419 during earlies."],
         ["blog"], None),
    ],
}
