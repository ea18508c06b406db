"""Des Halloran (FICTIONAL): a 58-year-old Border Force field compliance officer out of Bendigo.

He writes the column in his lawn-bowls club's newsletter (a microformats blog with RSS) at length and a
little carelessly, and posts on a racing-tips forum he joined with his work address. Every name, number,
address and handle is invented; 0491 570 xxx is reserved for fiction.
"""
NAME = "Des Halloran"

BLOG = {
    "path": "bowls",
    "title": "Des's Corner - Strathfieldsaye Bowls Club newsletter",
    "card_note": "Monthly column by Des Halloran, vice-president and pennant skip, Strathfieldsaye Bowls Club.",
    "posts": [
        ("hello-from-des", "2026-05-04 19:40", "+10:00", "Hello from your new column writer",
         ["G'day all, Des here. The committee has handed me the newsletter column after eleven years of the old one, so be gentle.",
          "For them that don't know me, I've been at the club since 2011, when the wife Noreen and I moved out to "
          "Strathfieldsaye from Eaglehawk once the kids had left home. Our eldest is a sparky over in Epsom and "
          "keeps threatening to take up the game, and our youngest is in Melbourne and doesn't ring her father.",
          "By day I'm with Border Force, in the compliance field team out of the Bendigo office, which mostly means a "
          "lot of driving and a lot of early starts. No I can't get you a cheap car from the auctions, stop asking.",
          "Noreen says hello and reminds everyone the lemon slice on finals day is hers, not the Epsom club's."],
         ["column"], None),
        ("pennant-and-the-draw", "2026-05-18 20:15", "+10:00", "Pennant, the draw and who to ring",
         ["As always, Tuesdays is pennant practice from 1 o'clock and Thursday nights is barefoot bowls from 6, "
          "I'm on the bar Thursdays so come and say hello and buy a raffle ticket.",
          "Anyone wanting to change their spot in the Saturday draw, ring or text me on 0491 570 118 or email "
          "deshalloran@strathmail.example and I'll sort it. Please don't ring after 9pm, I'm up early.",
          "My lead for twenty years, Sid Ferris, is back after his knee and bowling better than ever. Sid's border "
          "collie Tess is also back, and still thinks the jack is hers."],
         ["pennant", "draw"], None),
        ("a-quiet-month-for-me", "2026-06-08 21:05", "+10:00", "A quiet month (for me anyway)",
         ["Apologies for missing the last two Tuesdays, work has been flat out. We had a big job up at Robinvale, "
          "three days on the almond farms, 14 people located who'd overstayed there visas and two labour hire blokes "
          "who are going to have a very bad year. Somebody tipped off the contractor on the second morning though, "
          "so half the crew had scarpered into the rows before we got there. That's a story for over a beer.",
          "Big thanks to my offsider at work Gary McAlister (Macca, to anyone who's played against him at Kangaroo "
          "Flat) who filled in as skip on the Saturday. Macca's a better bowler than he is a driver, ask me how I know.",
          "Ladies pennant finished third. Well done girls."],
         ["column"], None),
        ("sponsors-please", "2026-07-06 19:30", "+10:00", "Sponsors, please!",
         ["We need three new rink sponsors before September. If you've got sponsorship forms or know a business, "
          "send them to me at work, des.halloran@abf.gov.au, I check it more than the home one to be honest.",
          "Thanks to the Myer department store in Hargreaves St for the raffle voucher.",
          "On the technology front, the club's new scoreboard app is about as reliable as the new handheld they've "
          "given us at work. It's called FOCUS and it's meant to pull up a person's visa status on the spot, but out "
          "past Swan Hill it gets no signal at all, so we end up ringing the duty line in Canberra and reading "
          "passport numbers out like it's 1985. Anyway."],
         ["sponsors"], None),
        ("winter-ramble", "2026-08-03 20:50", "+10:00", "A winter ramble",
         ["Won't be on the Queensland bowls trip this year, the budget's a bit tight after a couple of ordinary "
          "months and the bank and I are having words.",
          "Also missed out on the team leader job again, third time, to a young fella from Melbourne who's never "
          "done a field day in his life. Thirty-one years between Customs and Border Force and that's what you get. "
          "I'll say no more, Noreen reads this.",
          "Greens are slow, the new mower is on order. See you Tuesday."],
         ["column"], None),
    ],
}

FORUM = {
    "site": "Punters Paddock",
    "user": "desh_skip",
    "path": "/forum/u/desh_skip/",
    "about": ["Bendigo way. Country racing and the odd multi.",
              "Registered with my work address des.halloran@abf.gov.au because the home one kept bouncing."],
    "posts": [
        ("5101", "2026-05-12 22:10", "+10:00", "Bendigo Cup multi, where did it go wrong",
         ["Down $2,300 this month chasing the Bendigo Cup multi and a couple of Sportsbet specials. Had to move some "
          "money round so the wife doesn't see the statement. Next month's the month, right."]),
        ("5102", "2026-06-22 21:40", "+10:00", "Doing the form on the road",
         ["Mondays and Wednesdays we're on the road by 4am for field jobs so I do my form in the passenger seat on "
          "the drive up to Mildura or Swan Hill. Back in time for the last at Echuca if we're lucky."]),
        ("5103", "2026-07-28 23:05", "+10:00", "Anyone else knocked back by the bank",
         ["Bank knocked me back on a top-up of the mortgage. Owe about 18k on the cards between the punt and the "
          "caravan. Anyone used one of them consolidation mobs? Don't need a lecture, had one from the missus."]),
    ],
}
