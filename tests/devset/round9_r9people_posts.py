"""Dev rows for round 9's people work (branch r9people), in our own words (never from held-out texts).

Home, family, friends, routine and vulnerability said informally: a bare suburb as one fragment of a
bio or a terse post, the home named by its building or its local club, a partner by a title and an
initial ("Mr T"), a child taken to junior sport, an ex in a separation story, a godparent or best
man by handle, a roster in its own notation, a commute told as a trip from a suburb, being passed
over, loneliness after a death, drinking and sleep told sideways. Near misses: "Nobody" as a word,
a buy-now-pay-later brand, a dog named like a person, neutral sentences the learned model misreads.
Appended by build_devset.py after every older row, with their own id prefix ("r9pe").
"""
from __future__ import annotations

ROUND9_PEOPLE_POSTS: list[tuple] = [
    # --- home (a): a bare suburb as a fragment of a bio line or a terse post
    ("ap", "Lexi. Wanniassa. Crocheting badly since 2011.", "home_location=place:wanniassa act"),
    ("he", "Home brewer, two kegs on tap in the shed. Kedron QLD.", "home_location=place:kedron qld"),
    ("ap", "Figtree. 41 degrees. The fan has given up and so have I.", "home_location=place:figtree nsw"),
    ("rss", "mum of three, part-time baker, full-time taxi. Albion Park NSW", "home_location=place:albion park nsw"),
    ("ap", "Woonona, 6am, southerly just hit and the washing is everywhere", "home_location=place:woonona nsw"),
    ("he", "Aspley. Power out again. Third time this month, Energex pls", "home_location=place:aspley qld"),
    # --- home (b): the home by its building, its street or its local club
    ("ap", "the unit in Bulimba finally has working hot water, only took the landlord six weeks",
     "home_location=place:bulimba qld"),
    ("rss", "We're up in Mitchelton near the pool, so the kids basically live in it from October to April.",
     "home_location=place:mitchelton qld"),
    ("ap", "trivia at the Kingsgrove RSL down the road then early night, living the dream",
     "home_location=place:kingsgrove nsw"),
    ("he", "saturday cricket at the Yagoona club round the corner, then a snag and a nap",
     "home_location=place:yagoona nsw"),
    ("ap", "we're out in Pakenham now, the townhouse backs onto the wetlands", "home_location=place:pakenham vic"),
    ("rss", "Our flat above the bakery in Nundah smells like sourdough from 4am. No complaints.",
     "home_location=place:nundah qld"),
    ("ap", "the house in Wallsend has a possum in the roof again, any catchers around?",
     "home_location=place:wallsend nsw"),
    # home near misses: someone else's flat, a day trip, a club played away
    ("ap", "Helped my sister paint the unit in Bulimba all weekend, my arms are dead", ""),
    ("he", "Drove up to Thirroul for lunch, the pies are still the best on the coast", ""),
    ("rss", "away game at the Yagoona club on Saturday, we got flogged", ""),
    # --- family (c): a partner by title and initial, over family context
    ("ap", "Mr T is on school drop this week so I get a sleep in 🙌", "family=mr t"),
    ("he", "Mrs R has booked us a weekend away for our 15th, no kids, no phones", "family=mrs r"),
    ("ap", "Mr D's mum turns 90 on Sunday so the whole clan is descending on his sister's", "family=mr d"),
    # --- family (d): a child taken to junior sport
    ("ap", "I take Lachie to junior footy every Saturday, 7am starts in the frost, love it",
     "family=lachie | routine=saturday 07:00"),
    ("rss", "Dropping Matilda at under 11s netball then straight to the shops", "family=matilda"),
    ("he", "Spent the morning at junior cricket with Hamish, he finally got a wicket", "family=hamish"),
    # --- family (e): an ex named once in a separation story
    ("ap", "Corinne took the good couch and the kettle when she moved back to Perth. I kept the dog.",
     "family=corinne"),
    ("rss", "Two years since Brendan packed up and went back to Hobart. The house is quieter.", "family=brendan"),
    # --- family (f) near misses: Nobody, a BNPL brand, a dog named like a person
    ("ap", "Sent six applications this month. Nobody has written back.", ""),
    ("he", "Zip is maxed and the car needs tyres, love this for me", "vulnerability=financial_stress"),
    ("ap", "I kept the dog. Reggie and I walk the same loop every morning now.", ""),
    # --- associates (g): a godparent, a best man by handle, a bestie by handle
    ("ap", "Happy birthday to Ivy's godmother Winsome Garrity, the most glamorous woman I know 🎂",
     "associate=winsome garrity"),
    ("he", "Best man duties done for @dazzaj (Darren Jellicoe). Speech landed, nobody cried. Much.",
     "associate=darren jellicoe", {"mentions": ["dazzaj"]}),
    ("ap", "bestie @tash.em and me at the Sunday markets, too many plants again",
     "associate=tash.em", {"mentions": ["tash.em"]}),
    ("rss", "Groomsman for my oldest mate Fergus Oakley today. Cried through the vows.",
     "associate=fergus oakley"),
    # --- routine (h): roster notation
    ("ap", "roster this fortnight is 2E 2L 3 off, then nights. send coffee", "routine=2e 2l 3 off"),
    ("he", "four on four off since March, the 12s are killing me", "routine=4 on 4 off"),
    ("ap", "earlies all week, 0600-1430, then I'm off to the coast", "routine=earlies 06:00 14:30"),
    # --- routine (i): a commute or a habit told as a trip
    ("rss", "Out of Kellyville at 6:10, M2 into the city, parked by 7. Every single day.",
     "routine=06:10 kellyville | home_location=place:kellyville nsw"),
    ("ap", "ride in from Coburg 7.10 every day along the Upfield path, rain or shine",
     "routine=07:10 coburg | home_location=place:coburg vic"),
    ("he", "Gym with my partner at 6 before work, every Monday and Thursday", "routine=monday thursday 06:00"),
    # --- vulnerability (j): passed over
    ("ap", "Applied for the team leader job three times now. Not applying a fourth.", "vulnerability=grievance"),
    ("he", "knocked back for higher duties AGAIN. 11 years in. whatever.", "vulnerability=grievance"),
    # --- vulnerability (k): loneliness after a death, unvalued at work
    ("rss", "Since my wife passed it's just me and the budgie, and he doesn't say much.", "vulnerability=isolation"),
    ("ap", "Sixteen years there and not one thank you. I'm a glorified coat rack.", "vulnerability=grievance"),
    # --- vulnerability (l, m): drinking told sideways, sleep and pills from a mate
    ("he", "Been hitting the red wine harder than I should since the redundancy letter.", "vulnerability=substance"),
    ("ap", "three hours' sleep again, a mate gave me some of his Stilnox", "vulnerability=substance"),
    # vulnerability near misses: neutral sentences
    ("ap", "my husband says I talk in acronyms now, occupational hazard", ""),
    ("he", "Some weekends the quiet is the best part of the whole week.", ""),
    ("rss", "Big Trev still won't buy a round at the pub, forty years and counting", ""),
    # --- round 9 second pass: a weekday list with a time, time that drags since someone left, sleep lost for a stretch,
    # a short-term loan to cover a bill (and their near misses: a venue's hours, a good night's sleep)
    ("ap", "Tuesdays and Thursdays at 5:30 we row the river, rain or hail", "routine=tuesday thursday 05:30"),
    ("he", "The pool is open Monday, Wednesday and Friday at 6am until March.", ""),
    ("rss", "Ever since Marguerite moved out the evenings are so quiet I leave the radio on.",
     "vulnerability=isolation | family=marguerite"),
    ("ap", "I've been sleeping terribly since the restructure was announced", "vulnerability=mental_health"),
    ("he", "had to get one of those quick loans to cover the car service, the interest is daylight robbery",
     "vulnerability=financial_stress"),
    ("ap", "Slept like a log after the long walk, ten hours straight", ""),
    # --- round 9 third pass: a day told as its timed steps; home by postcode; counted cycle; and their near misses
    ("ap", "alarm 5.10, ferry 5.50, at my desk by 7.15. rinse and repeat", "routine=05:10"),
    ("he", "Gates 6.30, first band 7.15, headliner 9.45. See you down the front!", ""),
    ("rss", "Footscray VIC 3011", "home_location=place:footscray vic"),
    ("ap", "on 2 earlies 2 nights 3 off this month and my body has no idea what day it is", "routine=2 earlies 2 nights 3 off"),
]
