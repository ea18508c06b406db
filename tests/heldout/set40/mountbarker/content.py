"""Heather Quill (FICTIONAL): a 64-year-old Home Affairs visa-processing officer in Adelaide.

A grandmother's recipe blog (microformats + RSS) where work leaks in between the scones. Every name,
address and number is invented.
"""
NAME = "Heather Quill"

BLOG = {
    "path": "kitchen",
    "title": "Nanna Heather's Kitchen Table",
    "card_note": "Recipes that have survived three generations and one kitchen fire. Adelaide Hills.",
    "posts": [
        ("lemon-slice-for-the-office", "2026-05-03 15:00", "+09:30", "Lemon slice for the office",
         ["I made a double batch of this for the girls at work on Friday. We're the visa processing team at Home "
          "Affairs in the Grenfell St office and by Friday afternoon you need something sharp and sweet.",
          "Use proper lemons, not the bottled stuff."],
         ["slices", "work"], None),
        ("bus-day-soup", "2026-05-24 17:30", "+09:30", "Bus-day soup",
         ["Monday to Thursday I'm on the 7:05 bus from Mount Barker down the freeway, home on the 5:20, and Fridays "
          "I work from home, so this soup goes in the slow cooker before I leave and it's ready when I walk in."],
         ["soups"], None),
        ("scones-for-isla-and-oscar", "2026-06-14 16:15", "+09:30", "Scones for Isla and Oscar",
         ["Our grandkids Isla and Oscar came up for the long weekend and ate eighteen scones between them. Isla "
          "(nine) did the cutting out, Oscar (six) did the eating."],
         ["baking", "family"], None),
        ("busy-season-biscuits", "2026-07-19 18:40", "+09:30", "Busy-season biscuits",
         ["These keep for a fortnight in a tin, which is handy because work is flat out. We've got about 9,000 "
          "skilled visa applications on hand in our team and we've been told to do the regional ones first and let "
          "the rest sit. Some of those poor people have waited fourteen months.",
          "And the new case system logs us out every twenty minutes and loses your notes, so we all keep them in a "
          "Word document on the shared drive now. Anyway. Biscuits."],
         ["biscuits", "work"], None),
        ("quiet-house-casserole", "2026-08-16 19:10", "+09:30", "A casserole for one",
         ["Cooking for one is still strange. The house is very quiet since I lost my husband at Easter and some "
          "nights I talk to the cat more than anyone. My neighbour Marj Tilley drags me to the pictures on Sundays, "
          "bless her."],
         ["casseroles"], None),
    ],
}
