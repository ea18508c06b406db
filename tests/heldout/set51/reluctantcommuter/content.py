"""Harriet Pell (FICTIONAL): Home Affairs counter-terrorism policy officer working from Orange. Sarcastic blog.

A microformats blog whose RSS feed is authored under her work email, with a georss point on her deck.
Every name and address is invented.
"""
NAME = "Harriet Pell"
HOME = (-33.28700, 149.11500)   # a rounded point on an ordinary street off the Bathurst road, Orange NSW

BLOG = {
    "path": "blog",
    "title": "The Reluctant Commuter",
    "card_note": "Public servant, part-time commuter, full-time cynic. Orange, NSW. Opinions mine, sighs my own.",
    "locality": "Orange",
    "region": "NSW",
    "author_email": "harriet.pell@homeaffairs.gov.au",
    "posts": [
        ("the-pilgrimage", "2026-02-16 21:00", "+11:00", "The fortnightly pilgrimage",
         ["Every second Monday I leave Orange at 5am, wave at the Bathurst road's kangaroos, and am at my desk in the "
          "Belconnen office by 9:30, just in time for meetings that could have been emails. Back home Wednesday night.",
          "The rest of the fortnight I work from the spare room, which has better coffee and fewer lanyards."],
         ["commuting"], None),
        ("listing-season", "2026-03-04 20:15", "+11:00", "Listing season, my favourite",
         ["Nothing says joy like drafting the relisting brief for a terrorist organisation under the Criminal Code, "
          "which is what our counter-terrorism policy team at Home Affairs is doing this month. The minister's office "
          "wants it before the parliamentary committee sits in March.",
          "Between us, three of the current listings are going to be quietly allowed to lapse. That will be fun to "
          "explain. Pass the shiraz."],
         ["work", "sigh"], None),
        ("the-brick", "2026-03-18 19:40", "+11:00", "Ode to The Brick",
         ["My secure laptop, lovingly named The Brick, will only talk to the PROTECTED network from inside the "
          "building, so at home I draft on the unclassified machine and retype everything on Mondays. Its token "
          "expires every 90 days and the service desk takes a week to reissue it, so for one week a quarter I am a "
          "very well-paid typist."],
         ["work"], None),
        ("gideon", "2026-04-01 22:05", "+11:00", "A message at 11pm",
         ["My director, Gideon Tsang, sent a Teams message at 11pm asking whether the talking points were "
          "'landed'. Gideon, my darling, the only thing that landed tonight was Pip's lunchbox on the kitchen floor.",
          "Our daughter Pip is eleven and has opinions about sandwiches."],
         ["work", "family"], None),
        ("deck-season", "2026-04-11 16:30", "+10:00", "Deck season",
         ["Hamish finished the deck. My husband can now add 'carpenter' to 'man who owns four types of sandpaper'. "
          "Wine on the deck at golden hour, the cat on the rail, Mount Canobolas in the distance."],
         ["home"], HOME),
        ("choir", "2026-04-23 21:10", "+10:00", "Thursday choir",
         ["Thursday choir at 7 in the church hall on Anson Street, then a wine with Sal Okafor, who has a voice like "
          "a cathedral and the patience of a saint. Sal is the only reason I still sing."],
         ["choir"], None),
        ("not-recommended", "2026-05-07 20:30", "+10:00", "Not recommended, again",
         ["For the third time I have been 'suitable but not recommended' for an EL1 in a bulk round. Fourteen years. "
          "The Department can keep its lanyard, its values poster and its pulse survey. I am done pretending I care.",
          "Anyway, Spooks is on SBS On Demand again, so things are looking up."],
         ["work", "sigh"], None),
        ("summer-street", "2026-05-21 18:00", "+10:00", "Farewell, department store",
         ["The old department store on Summer Street is closing. I bought my school shoes there in 1991. "
          "Orange without it feels wrong."],
         ["town"], None),
    ],
}
