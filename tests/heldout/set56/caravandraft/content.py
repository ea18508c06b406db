"""Roslyn Abernethy (FICTIONAL): Home Affairs legislation drafter, home in Cowra; a caravan-and-camping trip
log around the Central West, its feed authored under her work address."""
NAME = "Roslyn Abernethy"

PARKES_CAMP = (-33.124, 148.176)      # a caravan park on the edge of Parkes (a campsite, not her home)

BLOG = {
    "path": "vanlog",
    "title": "Ros and Col Go Bush",
    "card_note": "Two grey nomads-in-training, one Jayco, too many maps.",
    "author_email": "roslyn.abernethy@homeaffairs.gov.au",
    "posts": [
        ("parkes-dish", "2026-03-07 19:40", "+11:00", "Two nights at Parkes",
         ["Two nights at the caravan park in Parkes, a short drive from the Dish. My husband Col reversed the van "
          "into the only tree on the site. Col says the tree moved."],
         ["Parkes", "Jayco"], PARKES_CAMP),
        ("forbes-phone-call", "2026-03-10 17:15", "+11:00", "Forbes, and a phone call",
         ["Lovely lunch by Lake Forbes, interrupted: the Migration Amendment bill I have been drafting for Home "
          "Affairs goes to the Senate in the spring sittings and the Minister's office wants the character-test "
          "clause redone by Friday. From a caravan. Sure."],
         ["Forbes"], None),
        ("lexie-and-the-token", "2026-03-12 20:30", "+11:00", "Working from the van (not really)",
         ["Tried to work from the van. Our drafting system, which we all call Lexie, will not open over caravan "
          "park wifi without the secure token, and the token's battery died at the worst possible moment."],
         ["work"], None),
        ("home-week", "2026-03-20 18:00", "+11:00", "A week at home in Cowra",
         ["Home to Cowra for a week between legs. Tuesdays and Wednesdays I'm in the Canberra office, so it's up "
          "the Lachlan Valley Way at 5:30 both mornings. Col minds the van."],
         ["Cowra", "home"], None),
        ("grandson", "2026-04-04 16:00", "+11:00", "A co-pilot",
         ["Our grandson Ollie came with us to Grenfell for the weekend and navigated us into a paddock. "
          "The border collie at the next site adopted him."],
         ["Grenfell", "grandkids"], None),
        ("cargelligo", "2026-04-25 19:00", "+10:00", "Lake Cargelligo sunset",
         ["My branch head, Tom Venables, says I am the only drafter who has ever filed amendments from Lake "
          "Cargelligo. Tom has not seen this sunset."],
         ["Lake Cargelligo"], None),
    ],
}
