"""Annika Soderberg (FICTIONAL): a Border Force officer at Port Lincoln who writes long bushwalking trip reports.

A microformats2 blog with its RSS feed, reflective prose with distances, water and blisters.
Every name, number and address is invented.
"""
NAME = "Annika Soderberg"

BLOG = {
    "path": "walks",
    "title": "Scrub and Saltbush",
    "card_note": "Trip reports from Eyre Peninsula and beyond. Slow walker, long writer.",
    "posts": [
        ("whalers-way", "2026-01-25 19:00", "+10:30", "Whalers Way in a northerly",
         ["Twenty-two kilometres in a northerly that felt like an oven door. Hils (my partner, who does not "
          "walk but does drive) dropped me at the gate at six and collected a sunburnt, salted version of me at "
          "three. Carried four litres and drank all of it.",
          "The cliffs are exactly as good as everyone says. I sat on the edge for a long time and thought about "
          "nothing, which is the point."],
         ["trip report", "Eyre Peninsula"], None),
        ("why-i-walk", "2026-02-15 20:30", "+10:30", "Why I walk",
         ["People ask how a Border Force officer ends up writing three thousand words about saltbush. The answer "
          "is that my working week is all noise: radios, ships' agents, the smell of diesel on the wharf at Port "
          "Lincoln, the constant low worry of what might be in a hold. On the track there is only the next step.",
          "I walk the Parnkalla Trail every morning at six before my 8 to 4, from the end of our street in "
          "Lincoln Cove round to the jetty and back. It is the only hour of the day that is mine."],
         ["reflections"], None),
        ("longliner", "2026-03-08 18:45", "+10:30", "A short one, after a long week",
         ["No walk this weekend. We boarded a foreign longliner off the shelf on Tuesday with AFMA, and found "
          "close to three tonnes of shark fin in the freezer hold. Crew of nineteen held at the wharf for four "
          "days while it was sorted. I slept fourteen hours on Saturday.",
          "Next weekend, Coffin Bay, weather permitting."],
         ["work", "rest"], None),
        ("coffin-bay", "2026-03-21 19:15", "+10:30", "Coffin Bay: Yangie Trail to Point Avoid",
         ["Walked with Kieran Mobbs, who I work with and who has the stamina of a kelpie. Gwen Ashdown from the "
          "Port Lincoln Bushwalking Club came too and identified every orchid, loudly. Thirty-one kilometres, two "
          "emus, one tiger snake (Gwen's, she saw it first).",
          "The sand on the last stretch is soft enough to break your spirit. Kieran sang. It did not help."],
         ["trip report", "Coffin Bay"], None),
        ("april-plans", "2026-04-01 21:00", "+10:30", "Plans, and no plans",
         ["I won't be walking the end of April: we are doing a joint patrol with AFMA out to the shelf from "
          "the 24th to the 30th, looking for the same fleet. So the Gawler Ranges trip moves to May.",
          "If anyone from the club wants my spare tent, it's yours for the month."],
         ["plans"], None),
        ("gawler", "2026-05-17 20:00", "+09:30", "Gawler Ranges: the Organ Pipes",
         ["Finally. The Organ Pipes are absurd, volcanic, and silent. I camped alone at Kolay Mirica and heard "
          "nothing but a mopoke all night.",
          "A note for the club: the border of the park is poorly signed on the northern track; bring the GPS."],
         ["trip report", "Gawler Ranges"], None),
    ],
}
