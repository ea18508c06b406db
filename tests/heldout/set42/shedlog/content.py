"""Angela Ferris (FICTIONAL): Home Affairs visa-fraud investigator, Samford; a woodworking build log.

A microformats blog whose feed carries her work email as author, one post with a georss
point at her shed. Every name and address is invented.
"""
NAME = "Angela Ferris"

SHED = (-27.3702, 152.8851)   # a street in Samford Village QLD, rounded

BLOG = {
    "path": "blog",
    "title": "Shavings: a build log",
    "card_note": "Hand tools, bad joints, better ones. Samford hills.",
    "locality": "Samford",
    "region": "QLD",
    "author_email": "angela.ferris@homeaffairs.gov.au",
    "posts": [
        ("hello-shavings", "2026-02-07 16:00", "+10:00", "Why a build log",
         ["I spend my working week reading other people's lies. Day job: I investigate visa fraud for Home Affairs, out of the Adelaide Street office in the city. So on weekends I like wood, which doesn't lie: it either splits or it doesn't.",
          "This blog is for me, Colin (who puts up with the sawdust) and anyone who likes dovetails."],
         ["meta"], None),
        ("the-shed-finally", "2026-02-21 11:30", "+10:00", "The shed, finally",
         ["Col finished wiring the shed this week, so the bench is in and the lathe has a home. Photos to come once I sweep. Saturday 6am is shed time now, before the heat and before the neighbour's mower.",
          "Thursday nights I'm still at the woodwork guild in Ferny Hills, 7 till 9, where Reg Dunphy keeps telling me my chisels are blunt. He's right."],
         ["shed"], SHED),
        ("chopping-board-21st", "2026-03-14 17:45", "+10:00", "End-grain board for Maddie's 21st",
         ["Maddie turns 21 next month and she asked for 'something you made, not something you bought', which is the best and worst request.",
          "Jarrah and blackbutt, 420 pieces, two glue-ups. The second glue-up went sideways because I was on the phone to work for an hour. More on that never."],
         ["projects"], None),
        ("on-being-passed-over", "2026-04-04 20:20", "+10:00", "Sharpening, and other ways to calm down",
         ["Passed over for the EL1 again. Eleven years in investigations and they gave it to someone from policy who's never run a search warrant. Management in this place couldn't organise a chook raffle. So I sharpened everything in the shed, twice.",
          "Hamish, my 2IC, brought me a scraper plane as a consolation prize. Good man."],
         ["shed"], None),
        ("the-brick", "2026-04-25 14:10", "+10:00", "A box for the Brick",
         ["Made a little box for my work desk to hold the smartcard and tokens for the Brick, which is what everyone calls our case system because it is as fast as one. It also only keeps audit logs for 90 days, so anything older might as well not have happened. Anyway, the box is nice. Huon pine lid."],
         ["projects"], None),
        ("the-sunnybank-job", "2026-05-16 19:00", "+10:00", "Finished the hall table (and a big job at work)",
         ["The hall table is done: three coats of oil, the drawer slides like butter.",
          "Also finished a big one at work: a migration agent ring in Sunnybank selling fake skills assessments, about 140 visas on the back of them. The brief of evidence goes to the CDPP next month. I've been living on servo coffee. Table photos below, no work photos, obviously."],
         ["projects", "work"], None),
    ],
}
