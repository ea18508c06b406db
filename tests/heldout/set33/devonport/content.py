"""Hannah Lathouris (FICTIONAL): a 36-year-old Border Force officer at Devonport, who writes a cooking-with-kids blog.

A microformats blog with RSS; the job comes up once, then only as rosters and the port. Every name, email
and address is invented.
"""
NAME = "Hannah Lathouris"

BLOG = {
    "path": "littlecooks",
    "title": "Little Cooks, Big Mess",
    "card_note": "Easy recipes I make with my two. Recipe swaps welcome: hannah.cooks@tasmail.example",
    "posts": [
        ("pikelets", "2026-02-22 15:30", "+11:00", "Pikelets, the gateway recipe",
         ["Every Sunday afternoon is cook-up day in our kitchen, and pikelets are where it always starts. Archie "
          "measures (badly), Poppy stirs (enthusiastically), I clean the ceiling.",
          "Two cups self-raising flour, one egg, a cup and a bit of milk. That's it."],
         ["baking"], None),
        ("rdo-soup", "2026-03-18 17:45", "+11:00", "RDO pumpkin soup",
         ["I get an RDO most fortnights (the one upside of Border Force rosters) and on those days I do the school "
          "pick-up at 3:10 and we come home and make soup. Poppy is four and thinks she invented pumpkin."],
         ["soup"], None),
        ("anzac", "2026-04-23 19:20", "+10:00", "Anzac biscuits for the class",
         ["Archie's prep class had a bake sale so we made four dozen. He told his teacher Mum 'catches baddies at "
          "the port'. I wish he'd stop saying that. I mostly check paperwork on ships at the port in Devonport."],
         ["baking"], None),
        ("river-walk", "2026-05-30 12:00", "+10:00", "Picnic food for the river walk",
         ["Sandwiches, apple slices, and a thermos of hot chocolate for a walk along the river from our side of town, "
          "East Devonport, over to the ferry terminal to watch the Spirit come in."],
         ["picnic"], None),
        ("bad-day", "2026-06-27 20:10", "+10:00", "When the recipe fails",
         ["Not every Sunday works. Today's bread was a brick. The kids loved it anyway."],
         ["bread"], None),
    ],
}
