"""Glenn Aitcheson (FICTIONAL): 46, Border Force officer at the Brisbane International Cruise Terminal; a long,
confessional personal blog after his separation. Every name, number and address is invented.
"""
NAME = "Glenn Aitcheson"

BLOG = {
    "path": "blog",
    "title": "The Long Way Back",
    "card_note": "A middle-aged bloke writing it down instead of bottling it up. Brisbane.",
    "posts": [
        ("day-one", "2026-01-09 22:40", "+10:00", "Day one of writing this",
         ["Michelle moved out three weeks ago. Nineteen years. She took the good frypan and, fair enough, most of "
          "my self-respect. The counsellor says write it down, so here I am, at the kitchen table, the house so "
          "quiet I can hear the fridge.",
          "The kids, Tayla and Brody, are with me every second weekend now. Brody still has his soccer at Aspley "
          "Hornets on Saturday mornings and I will be on that sideline if it kills me."],
         ["separation"], None),
        ("the-drinking", "2026-01-26 23:55", "+10:00", "About the drinking",
         ["Honesty post. Most nights it's a six-pack, and the weekends without the kids it's more. I've started "
          "buying from the bottle-o in Carseldine instead of the one near home so the bloke there doesn't know my "
          "face. That is not a good sign and I know it."],
         ["drinking"], None),
        ("what-i-do", "2026-02-11 21:10", "+10:00", "What I actually do all day",
         ["People ask. I'm a Border Force officer, twenty-two years in, currently down at the cruise terminal at "
          "Luggage Point. When a ship comes in it's 5,000 passengers and about eleven of us. We used to have a "
          "detector dog every ship; now it's one ship in three, and the crews have worked that out.",
          "My supervisor, Rhonda Keeble, is one of the good ones. She rang me the night Michelle left."],
         ["work"], None),
        ("passed-over", "2026-03-01 22:30", "+10:00", "Passed over, again",
         ["Didn't get the Supervisor job. Second time. I'd be lying if I said I wasn't bitter. After twenty-two "
          "years you start to wonder what the place owes you, and that's a dangerous thought, I know."],
         ["work", "anger"], None),
        ("mornings", "2026-03-18 06:15", "+10:00", "Mornings",
         ["Most mornings now I walk the dog around Little Cabbage Tree Creek at 5, before the 5:45 drive down the "
          "Gateway to the terminal. The creek is about the only thing that shuts my head up."],
         ["routine"], None),
        ("mates", "2026-04-04 20:00", "+10:00", "Mates",
         ["Shout out to Stevo (Steve Farrugia), my best man from a lifetime ago, who turned up with a ute full of "
          "firewood and didn't ask a single question."],
         ["mates"], None),
    ],
}
