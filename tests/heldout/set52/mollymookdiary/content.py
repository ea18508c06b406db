"""Lorraine Fitzhardinge (FICTIONAL): executive assistant to a Deputy Secretary at Home Affairs, weekdays in a
Belconnen flat, home in Mollymook; a grief diary whose feed is authored under her work email. Everything invented.
"""
NAME = "Lorraine Fitzhardinge"

BLOG = {
    "path": "diary",
    "title": "After Nev",
    "card_note": "Writing my way through the first year.",
    "author_email": "lorraine.fitzhardinge@homeaffairs.gov.au",
    "posts": [
        ("day-200", "2026-04-19 21:40", "+10:00", "Day 200",
         ["Two hundred days since Nev. I still drive up from Mollymook every Sunday night after tea, three hours in the "
          "dark with the radio on, and come back down Friday afternoon. The house in Mollymook is the only place he "
          "still feels near.",
          "Our daughter Skye rang from Wollongong. The baby said her first sentence and it was 'more biscuit'. Nev would have laughed."],
         ["grief"], None),
        ("work-helps", "2026-05-03 20:15", "+10:00", "Work helps, mostly",
         ["Everyone says keep busy. Being the EA to a Deputy Secretary at Home Affairs does that for you: his diary is "
          "chaos, Estimates prep starts next week, and he's in Darwin Tuesday to Thursday with the Minister for the "
          "detention contract announcement that nobody is supposed to know about yet.",
          "I walk to the Chan Street office at 7:15 and I don't think about anything else until six."],
         ["work", "grief"], None),
        ("quiet-flat", "2026-05-24 22:30", "+10:00", "The quiet flat",
         ["The flat in Belconnen is so quiet at night. Two glasses of wine have become a bottle, most nights. I know.",
          "The funeral is still on the credit card and Nev's super hasn't paid out. I open the statements and close them "
          "again."],
         ["grief", "money"], None),
        ("grief-group", "2026-06-07 19:00", "+10:00", "Saturday group",
         ["Saturday morning grief group in Ulladulla is the best and worst hour of the week. Margaret Oyelaran, who lost her "
          "Bill in January, drives me home after and we sit in the car and talk rubbish for another hour.",
          "If anyone from group needs me during work hours, my desk line is 02 5550 3381. The boss won't mind."],
         ["grief", "friends"], None),
        ("new-laptops", "2026-06-21 18:45", "+10:00", "Small defeats",
         ["We all got new laptops this week and I couldn't get into the boss's calendar for two days because the new "
          "two-factor token wouldn't pair with the secure phone. Debra Sowerby, who runs the Secretary's office, "
          "sat with me until it worked and then made me a cup of tea. People are kind.",
          "Small defeats feel enormous this year."],
         ["work"], None),
        ("nevs-shed", "2026-07-12 16:30", "+10:00", "Nev's shed",
         ["Cleaned out Nev's shed. Found forty years of stubby holders and the tide charts for every year since 1988.",
          "Watched an old episode of Border Security that he'd taped. He loved that show. He'd say 'they'd never catch me' "
          "about every single smuggler."],
         ["grief"], None),
    ],
}
