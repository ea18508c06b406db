"""Jess Kowalczyk (FICTIONAL): 29, Border Force officer at Cairns Airport; a mum-blog with an RSS feed.

One post carries a georss point in her garden. Every name, email, school detail and point is invented.
"""
NAME = "Jess Kowalczyk"

BLOG = {
    "path": "blog",
    "title": "Tropical Chaos Mum",
    "card_note": "Mum of two, shift worker, iced coffee addict. Writing it all down before I forget it.",
    "card_job": "Border Force Officer",
    "card_org": "Australian Border Force",
    "locality": "Cairns",
    "region": "QLD",
    "posts": [
        ("shift-work-with-littlies", "2026-02-10 20:30", "+10:00", "Shift work with littlies (send help)",
         ["People ask how I do shift work with a four-year-old and a two-year-old. Honestly? Badly. I'm on a two days, "
          "two arvos, four off rotation at the international terminal at Cairns Airport, and on day shifts the kids "
          "go into Little Mangoes daycare at 6.15 so I can be on the line by 6.45.",
          "Mr K does the afternoon pick up when he's not on the tools. Team work makes the dream work, right?"],
         ["shiftwork", "mumlife"], None),
        ("our-little-queenslander", "2026-02-22 16:00", "+10:00", "Our little Queenslander",
         ["Two years in our little Queenslander in Whitfield this week! The frangipani Luke planted when we moved "
          "in is finally flowering, and the kids have claimed the back verandah as a fort.",
          "Here's a pic from the garden this arvo, with the hose on and Noah in his undies."],
         ["home"], (-16.8962, 145.7331)),
        ("ava-swims", "2026-03-08 18:15", "+10:00", "Ava's big swim",
         ["Ava swam her first full lap at Edge Hill pool today at her Saturday 9am lesson and then demanded a "
          "babycino. Four going on fourteen."],
         ["kids"], None),
        ("village", "2026-03-21 21:00", "+10:00", "It takes a village",
         ["Huge shout out to my bestie Marnie Fogarty who has the kids every second Sunday so Luke and I can "
          "sleep. Marnie, you are a saint and I owe you about a thousand coffees."],
         ["friends"], None),
        ("bali-flight", "2026-04-05 22:30", "+10:00", "The night the Bali flight came in",
         ["Work vent, sorry. The late Bali flight landed last night and with sick leave there were only three of us "
          "on the primary line for two hundred and forty passengers. I processed about 180 people in an hour and "
          "skipped my break. Management say there's no money for more staff until July."],
         ["work"], None),
        ("money-talk", "2026-04-28 21:45", "+10:00", "Let's talk about money (ugh)",
         ["Real talk: the credit card is maxed from the car repairs, we're on Afterpay for the kids' school shoes, "
          "and I lie awake doing sums. If anyone has tips I'm all ears: email me at jessk.tropicalmum@mail.example."],
         ["money"], None),
        ("border-collie", "2026-05-12 19:00", "+10:00", "We're getting a puppy?!",
         ["Luke wants a border collie. I want sleep. Also went to the department store for Noah's birthday and "
          "came home with nothing for Noah and three things for me."],
         ["family"], None),
    ],
}
