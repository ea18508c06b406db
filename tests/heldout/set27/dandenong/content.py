"""Luke Halloran (FICTIONAL): a separated dad's blog; he examines cargo for Border Force in Dandenong South."""
NAME = "Luke Halloran"

BLOG = {
    "path": "blog",
    "title": "Every Second Weekend",
    "card_note": "A dad, two kids, one small flat. Writing it down so I don't lose it.",
    "posts": [
        ("the-flat", "2026-01-18 21:30", "+11:00", "The flat",
         ["Six weeks since Carla and I split. The new place is a two-bedroom unit in Doveton, behind the "
          "shops on Power Road, with walls you could poke a finger through. Ruby (9) has already named the "
          "possum on the balcony.",
          "Finn is four and thinks this is a holiday. I haven't corrected him."],
         ["separation"], None),
        ("wednesdays", "2026-02-04 20:45", "+11:00", "Wednesdays",
         ["The arrangement: every second weekend, plus Wednesdays. I leave the depot at 2:30, 3:15 pickup at "
          "Ruby's school (Doveton Heights Primary, the gate by the oval), then Finn from kinder at 3:40. "
          "Tea is pasta. It is always pasta."],
         ["kids", "routine"], None),
        ("work-is-work", "2026-02-25 22:10", "+11:00", "Work is the only thing that stays the same",
         ["People ask what I do. I examine cargo for Border Force at the container examination facility in "
          "Dandenong South. Last month we found 60 kilos of cocaine sealed inside the steel frames of "
          "exercise bikes; it took us four days to cut through all of them.",
          "My 2IC Shaz (Sharon Quill) covered for me twice when Carla's lawyer called mid-shift. I owe her."],
         ["work"], None),
        ("money", "2026-03-16 23:40", "+11:00", "Money, honestly",
         ["Lawyer's bill is $11,800. I took out a payday loan for the bond on the flat and another to pay the "
          "first one. I check the account before I buy milk.",
          "I can look up any container that's come through the port in the last five years on our targeting "
          "system, but I can't find $400 for Ruby's school camp. Funny old world."],
         ["money"], None),
        ("nobody-to-ring", "2026-04-12 22:55", "+10:00", "Nobody to ring",
         ["Kids went back to Carla's at five. I sat in the car outside Dandenong Plaza for an hour because "
          "the flat is too quiet. Mum's in Mildura. My mate Trav Ellery texted, which helped."],
         ["separation"], None),
        ("footy", "2026-05-03 19:15", "+10:00", "Finn's first Auskick",
         ["Finn kicked it once, the wrong way, and celebrated like a premiership. Best morning in months."],
         ["kids"], None),
    ],
}
