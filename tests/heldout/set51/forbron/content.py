"""Bronwyn Castellari (FICTIONAL): Border Force officer on long service leave, back in Goonellabah. A eulogy blog.

A small microformats blog: a eulogy that names the family, and posts about leave, money and Mum's care.
Every name is invented.
"""
NAME = "Bronwyn Castellari"

BLOG = {
    "path": "blog",
    "title": "Bron, Back Home",
    "card_note": "Writing things down so I don't forget them. Northern Rivers.",
    "posts": [
        ("for-dad", "2026-02-20 21:00", "+11:00", "For Dad: what I said on Friday",
         ["Raymond Castellari, Ray to everyone at the Goonellabah tavern, was born in Lismore in 1948 and died in "
          "the same hospital, holding Mum's hand.",
          "He leaves Mum, Gloria, who put up with him for fifty-two years; my brother Luca and his two boys; me; and "
          "my Ella, who he called his little boss.",
          "When I told him in 2008 I was joining Customs he said 'so you'll be a copper with a clipboard'. He came to "
          "my graduation in Canberra and, years later, flew down to watch me work the arrivals hall at Sydney "
          "Airport. He told the whole tavern about the time we found cocaine in wheelchair cushions. I should never "
          "have told him that one.",
          "Thank you to Deb Nguyen, my team leader, who drove up from Sydney with half the T1 earlies crew. Dad "
          "would have bought you all a beer."],
         ["dad"], None),
        ("long-service", "2026-03-05 19:30", "+11:00", "Six months",
         ["Eighteen years with Customs and then Border Force, and I'm finally taking my long service leave: six months "
          "at Mum's in Goonellabah. I go back to T1 in September. Same earlies, same carpark, same coffee cart.",
          "Nobody at the airport believes I'll last six months without a roster."],
         ["leave"], None),
        ("dialysis-days", "2026-03-26 18:15", "+11:00", "Dialysis days",
         ["Every Tuesday and Thursday I drive Mum to Lismore Base for dialysis at 9, then we have a coffee at the "
          "kiosk while her numbers come back. Ella comes on school holidays."],
         ["mum"], None),
        ("the-house", "2026-04-16 20:40", "+10:00", "The house",
         ["The insurer still hasn't paid out on Dad's flood claim. I'm paying his mortgage and mine, the card is "
          "maxed and leave pay only goes so far. Some nights I sit in the car so Mum doesn't see me cry.",
          "Luca says to sell. Luca lives in Perth."],
         ["money"], None),
        ("jacarandas", "2026-05-14 17:00", "+10:00", "Jacarandas",
         ["The jacarandas in town are out. Dad would have complained about the purple on the ute."],
         ["dad"], None),
    ],
}
