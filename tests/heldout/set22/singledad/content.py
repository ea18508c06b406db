"""Marcus Te Hira (FICTIONAL): 41, Border Force officer in the arrivals hall at Sydney Airport T1, living in
Botany; a single dad's blog with its RSS feed. Every name, handle, email and number is invented."""
NAME = "Marcus Te Hira"

BLOG = {
    "path": "blog",
    "title": "Week On, Week Off",
    "card_note": "Dad of two boys, one week in two. Cooking badly, learning fast. Write to me: marcus.tehira@weekon.example",
    "posts": [
        ("week-one", "2026-02-08 21:30", "+11:00", "Week one of the new normal",
         ["The orders came through on Friday. Week on, week off. Ari (9) asked if that meant he gets two "
          "birthdays. Manaia (6) asked if the dog comes too. The dog does not come too.",
          "I've got the boys from Sunday 5pm to the next Sunday 5pm. I have never packed so many lunchboxes."],
         ["dad life"], None),
        ("roster-vs-orders", "2026-02-22 22:10", "+11:00", "The roster versus the custody order",
         ["Ten years in Border Force and the roster still doesn't understand kids. This block I'm on swings at "
          "T1, 1400 to 2230, so on my weeks the boys go to my mum's after school and I pick them up asleep.",
          "Mum says she doesn't mind. Mum is lying, nicely."],
         ["roster"], None),
        ("backpack", "2026-03-12 23:40", "+11:00", "Why I was late for pick-up",
         ["Late again, sorry Mum. Passenger off the Santiago flight with heroin sewn into the lining of a kid's "
          "backpack. A kid's backpack. Four of us on the secondary line for three wide-bodies landing together, "
          "so nobody was going home on time.",
          "I hugged the boys a bit too long when I got in."],
         ["work"], None),
        ("gates", "2026-03-26 20:00", "+11:00", "Two hours of manual desks",
         ["SmartGates went down for two hours on Tuesday after a software push, so every passenger off four "
          "flights came through the manual desks. The queue went back past the duty free. My 2IC Hemi Walker "
          "kept everyone sane. Farewell drinks for Hemi on Friday - he's off to Brisbane and I'm gutted."],
         ["work"], None),
        ("short", "2026-04-18 22:55", "+10:00", "Short three fortnights",
         ["Child support, rent, the Afterpay for the boys' school shoes. I've been short three fortnights in a "
          "row. Took out a $900 payday loan on Thursday to cover the electricity. Don't do what I did.",
          "Not writing this for pity. Writing it because I said this blog would be honest."],
         ["money"], None),
        ("footy", "2026-05-10 17:20", "+10:00", "Under-10s, round 4",
         ["Ari scored his first try for the Botany Rams under-10s at the park around the corner from our street. "
          "Manaia ate a whole orange, peel included.",
          "Uncle Pita (Pita Lolohea, my mate since Matraville High) took them to Yarra Bay after for chips."],
         ["dad life"], None),
        ("pasta", "2026-05-24 19:05", "+10:00", "Pasta, attempt six",
         ["Attempt six. Edible. The boys watched Border Security while I cooked and asked if I catch "
          "\"baddies\" like that. I said mostly I check passports."],
         ["cooking"], None),
    ],
}
