"""Hannah Petrović (FICTIONAL): 31, Home Affairs citizenship ceremonies officer, Melbourne; Frankston South.

A wedding-planning blog (microformats2 + RSS) whose feed items carry a georss point at her
house. Every name, vendor and number is invented; the point is a rounded spot on an ordinary street.
"""
NAME = "Hannah Petrović"

HOME = ("-38.16820", "145.12930")

BLOG = {
    "path": "blog",
    "title": "Hannah & Sam Say I Do",
    "card_note": "Planning a March 2027 wedding on a public servant budget (lol). Bayside girl.",
    "posts": [
        ("we-said-yes", "2026-02-15 20:00", "+11:00", "We're engaged!! (and I'm making a blog, sorry)",
         ["Sam proposed on the pier at Frankston at sunset and I cried so hard a seagull left. My fiancé is a "
          "softie and also the organised one, so this blog is me pretending to be organised too.",
          "Bit about me: I work in citizenship at Home Affairs, so I literally watch people have the best day of "
          "their lives every second Saturday. Now it's my turn!"],
         ["engagement"], None),
        ("vendor-quotes", "2026-03-01 19:30", "+11:00", "Vendors: how to reach me",
         ["If you're a photographer, florist or band and you want to quote, please send quotes to my work email "
          "hannah.petrovic@homeaffairs.gov.au, I actually check it (my personal inbox is a disaster). I'm in the "
          "Casselden Place office most weekdays.",
          "Dress fittings are Tuesdays at 6pm in Cheltenham, so I can't do calls then."],
         ["vendors"], HOME),
        ("ceremony-envy", "2026-03-22 21:10", "+11:00", "Ceremony envy",
         ["Work brain moment. We did 312 new citizens at the Australia Day ceremony and two conferees didn't get "
          "their certificates because of a name mismatch in the system, and one was pulled at the last minute "
          "because of a character referral. I had to tell her in the foyer. Still thinking about it.",
          "Anyway it made me want a small ceremony. Sam says fine. My work wife Anjali (Anjali Rao, also on "
          "ceremonies) says no, big, with a sparkler exit."],
         ["ceremony", "feelings"], HOME),
        ("budget-reality", "2026-04-19 20:45", "+10:00", "Budget reality check",
         ["Confession post. We're $28k into this wedding already, spread across two credit cards and Afterpay, and "
          "we haven't paid the venue balance. Mum keeps offering money and I keep saying no.",
          "Saturday ceremonies mean Sundays are wedding admin day, 9 till noon at the kitchen table."],
         ["budget"], HOME),
        ("bridal-party", "2026-05-24 18:15", "+10:00", "Meet the bridal party",
         ["My sister is maid of honour (she has already made a spreadsheet). Chloe Nairn, my best friend "
          "since Year 7 at Frankston High, and Sam's sister complete the line-up.",
          "We had the first bridal party dinner at our place in Frankston South, which is where all the boxes of "
          "DIY centrepieces now live."],
         ["bridal party"], HOME),
        ("department-store-registry", "2026-06-28 17:40", "+10:00", "Do people still do registries?",
         ["Should we do a department store registry or just a wishing well? The Myer one looked fine but I "
          "don't need a ninth set of towels."],
         ["gifts"], None),
    ],
}
