"""Rebecca "Bec" Saliba (FICTIONAL): Home Affairs FOI officer, Canberra; lives in Wright.

A baking blog (microformats + RSS) whose feed author is her work email; one post carries a georss point at
home. Every name and address is invented.
"""
NAME = "Bec Saliba"

BLOG = {
    "title": "Crumb Theory",
    "card_note": "Sourdough, pastizzi and whatever else Nanna Carmen taught me. Molonglo Valley, Canberra.",
    "author_email": "rebecca.saliba@homeaffairs.gov.au",
    "posts": [
        ("pastizzi-101", "2026-02-15 16:00", "+11:00", "Pastizzi 101",
         ["Nanna Carmen's pastizzi, the Maltese way: ricotta, peas, a lot of lard and zero patience.",
          "Tested on my partner Josh, who ate nine and then lay on the floor."],
         ["maltese", "pastry"], None),
        ("new-kitchen-wright", "2026-03-01 11:30", "+11:00", "First bake in the new place",
         ["We finally moved into our townhouse in Wright! The oven runs hot and the bench faces the Molonglo. "
          "First loaf came out flat but the view from the kitchen window makes up for it."],
         ["sourdough", "home"], (-35.32280, 149.03420)),
        ("wednesday-class", "2026-03-25 21:00", "+11:00", "Wednesday class notes: laminated dough",
         ["Every Wednesday at 6pm I do the bread class at the Cooleman Court community kitchen, then home by 9. "
          "This week: croissants. Mine looked like crabs. Priya Raman from class says they still count."],
         ["classes", "croissant"], None),
        ("stress-baking", "2026-05-06 20:40", "+10:00", "Stress baking (a lemon tart)",
         ["Work is a lot. I do FOI at Home Affairs and we have 900-odd requests on hand, about 200 past their deadline. "
          "This week I'm redacting the detention incident logs a journalist asked for and the call upstairs is to refuse "
          "most of it under the national security exemption.",
          "The redaction tool crashes at 500 pages and the records system still won't export a whole file, so I print "
          "and scan. Hence: tart."],
         ["lemon", "work"], None),
        ("great-british-bake-off", "2026-06-10 19:00", "+10:00", "Bake Off is back",
         ["New season of Bake Off! Also rewatching Border Security with Josh because he likes yelling at the screen. "
          "Made a Victoria sponge for the occasion."],
         ["tv", "sponge"], None),
    ],
}
