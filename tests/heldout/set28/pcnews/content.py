"""Shona Varley (FICTIONAL): a 42-year-old Border Force officer at Perth Airport T1, secretary of her
children's primary school P&C, who writes its newsletter posts (microformats blog + RSS).

School-newsletter voice: cheerful, lists of thanks, rosters. Every name, school and number is invented.
"""
NAME = "Shona Varley"

BLOG = {
    "path": "pandc",
    "title": "Wattle Grove Hills PS P&C News",
    "card_note": "News from the P&C of Wattle Grove Hills Primary. Written by our secretary, Shona Varley.",
    "card_job": "P&C Secretary",
    "card_org": "Wattle Grove Hills Primary School P&amp;C",
    "posts": [
        ("term1-welcome", "2026-02-04 19:00", "+08:00", "Welcome back, Term 1!",
         ["Hello families! I'm Shona, your P&amp;C secretary for another year. Some of you know me as Isla (Yr 5) and "
          "Harvey's (Yr 2) mum, others as the one in the navy Border Force uniform at pick-up on my days off the "
          "airport roster.",
          "Canteen volunteers: the roster is Tuesdays from 8:15 am. To put your name down, email me at "
          "shona.varley@abf.gov.au (it's the one I check most, sorry!) or call 08 5550 3107 during the day."],
         ["news"], None),
        ("sausage-sizzle", "2026-03-02 18:30", "+08:00", "Sausage sizzle thank-yous",
         ["A huge thank you to our president Gail Moretti and to canteen convenor Priscilla Ng, and to Jodie Brandt, "
          "who works with me out at T1, for bringing half of the Border Force morning shift to cook on Saturday!",
          "We raised $2,140 for the new shade sails."],
         ["thanks"], None),
        ("roster-note", "2026-04-08 19:15", "+08:00", "A note on my availability",
         ["Just so families know why I sometimes miss meetings: I'm on a 4 on 4 off roster at the international "
          "terminal, earlies 5 am to 3 pm, so meetings on my 'on' weeks will have to be Wednesdays at 3:30 in the "
          "staff room."],
         ["admin"], None),
        ("disco", "2026-05-20 20:00", "+08:00", "Winter disco!",
         ["The winter disco is on Friday 12 June in the undercover area. Isla's class is doing the decorations. My "
          "husband Craig will be on the door, so be nice to him."],
         ["events"], None),
        ("agm", "2026-08-19 19:00", "+08:00", "AGM minutes",
         ["Minutes attached at the office. Quorum reached, all positions filled. Thank you everyone."],
         ["admin"], None),
        ("book-week", "2026-08-26 18:45", "+08:00", "Book Week parade",
         ["So many Harry Potters! Special mention to the Year 2 who came as a customs officer from his favourite "
          "picture book, complete with a cardboard x-ray machine."],
         ["events"], None),
    ],
}
