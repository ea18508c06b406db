"""Dev rows for round 14's people work (branch r14people), in our own words (never from held-out texts).

Family named by a first name alone, the relation told by a household nickname in brackets, by what couples say
to each other, by years of marriage, by a shared surname on a child's result, by a parent's school-year
introduction, by children going back to the other parent's house; friends met in a shared activity (a wedding
party, a language swap, a craft circle, a club side's match report, a market stall, a school committee, a game
clan, a fill-in for a mate's side); co-workers named once by a crew, a farewell, a foreman's word, an offsider.
Near misses: a TV character, a coach of the writer's child, a shop assistant, a boss at work vs "the boss at
home", a stranger's name in a caption, a mate's kid.
Appended by build_devset.py after every older row, ids "r14p", base index 6950. Every person is fictional.
The subject of the dev set is Alex Morgan (aliases alexm, Lexi).
"""
from __future__ import annotations

ROUND14_PEOPLE_POSTS: list[tuple] = [
    # --- family (a): a partner by a household nickname beside the first name
    ("ap", "Marnie (the boss at home) says no more chooks, so that's that", "family=marnie"),
    ("he", "Rosalie aka the head of household has vetoed the boat. again.", "family=rosalie"),
    ("ap", "Vaughan (the better half) cooked a roast for eight and didn't burn a thing", "family=vaughan"),
    ("rss", "Thanks to Petra, my long-suffering other half, for proofreading every chapter", "family=petra"),
    ("ap", "Noel (hubs) is in charge of the esky this trip, god help us", "family=noel"),
    ("he", "road trip day 4 - Yvette (chief navigator and wife) got us lost twice before lunch", "family=yvette"),
    # --- family (b): a partner by years together or by what couples say
    ("ap", "Desmond and I have been married 31 years today. still laughing", "family=desmond"),
    ("he", "Keeley and I tied the knot 12 yrs ago today 💍 best decision I ever made", "family=keeley"),
    ("rss", "Happy anniversary Ravi, fifteen years of putting up with me and my sourdough starter", "family=ravi"),
    ("ap", "Ingrid has asked me to stop buying fishing lures. 43 is apparently 'plenty'", "family=ingrid"),
    ("he", "Tomasz has banned me from the garden centre until the tomatoes are in the ground", "family=tomasz"),
    ("ap", "Philippa's birthday brekkie at the pier this morning, best gf a bloke could ask for", "family=philippa"),
    ("rss", "Q: Who got you into birdwatching? A: My wife Henrietta, on our honeymoon in 1994.", "family=henrietta"),
    # --- family (c): children by surname, school year introductions, a parent's house
    ("ap", "U12 800m results: 1st Harper Lin, 2nd Tobias Morgan, 3rd Zane Fitch. Proud of our boy!", "family=tobias morgan"),
    ("he", "Interschool swimming: Hattie Morgan 2nd in the 10yrs 50m freestyle 🏊‍♀️", "family=hattie morgan"),
    ("rss", "Hi all, some of you will know me as Jonah (Yr 3) and Lulu's (Kindy) mum. I'm the new canteen coordinator.",
     "family=jonah | family=lulu"),
    ("ap", "kids went back to Garth's at five, house is way too quiet now", "family=garth"),
    ("he", "Handover at the servo, Brianna has the kids till Sunday", "family=brianna"),
    ("ap", "Ottoline (yes, my eldest) starts uni on Monday and I'm not coping", "family=ottoline"),
    ("rss", "Fergus, our youngest, lost his first tooth in a muesli bar", "family=fergus"),
    # --- associates (a): a shared activity names a friend
    ("ap", "Clementine was my bridesmaid back in 2015 and she's still the funniest person I know", "associate=clementine"),
    ("he", "language exchange with Hiroko every Tuesday arvo: my Japanese for her English, we both laugh a lot",
     "associate=hiroko"),
    ("rss", "Knit night at the library: Marjorie finished her cardigan and Bev started her fourth beanie",
     "associate=marjorie | associate=bev"),
    ("ap", "Reserves win by 22! Kurt kicked three and Ashton was best on ground. Great day for the club",
     "associate=kurt | associate=ashton"),
    ("he", "Big thanks to our P&C president Delia Ferris for running the sausage sizzle", "associate=delia ferris"),
    ("ap", "Raided the vault with Grimjaw (Pete Tanaka) and the rest of the clan till 2am, worth it",
     "associate=pete tanaka"),
    ("rss", "Ron's mate Declan will fill in at fullback for us on Saturday", "associate=declan"),
    ("ap", "Skipper Brodie Kwan won the toss and we batted first on a green deck", "associate=brodie kwan"),
    ("he", "stall neighbour @thepicklejar.co (Nerida) sold out by 10, we were so jealous", "associate=nerida"),
    ("ap", "choir rehearsal ran late, Odile and I carpooled home singing the alto line", "associate=odile"),
    ("rss", "Book club at Yusuf's this month. He picked a 700-page brick, thanks Yusuf", "associate=yusuf"),
    ("ap", "Camino day 12 with Gunnar, the Swede I met in Pamplona. Same pace, same blisters", "associate=gunnar"),
    ("he", "Parkrun PB! Paced by Lorenzo from the run club who dragged me over the line", "associate=lorenzo"),
    # --- colleagues (a): named once by a crew, a farewell, a foreman, an offsider
    ("ap", "Declan from the marine crew came on the Sunday ride, dropped us all on the climb", "colleague=declan"),
    ("he", "Farewell drinks for Marguerite at the pub on Friday, 22 years on the team. We'll miss her at work",
     "colleague=marguerite"),
    ("ap", "the super, Bernard Okafor, told me 'next round, mate' when I asked about the upgrade", "colleague=bernard okafor"),
    ("rss", "my offsider at work, Jolene, brought in a lemon slice the size of a table", "colleague=jolene"),
    ("ap", "Zeke (workmate) came along to trivia and knew every answer about 80s music", "colleague=zeke"),
    ("he", "Shout out to Priyanka on my shift who covered for me when the car died", "colleague=priyanka"),
    ("ap", "lunch break debate w Hamish from payroll about the best meat pie in town", "colleague=hamish"),
    ("rss", "Our team leader Dimitra retires this week after 30 years in the branch", "colleague=dimitra"),
    ("ap", "Welcome aboard Tariq, the newest member of our section, first coffee's on me", "colleague=tariq"),
    ("he", "Carpool to the office with Suzette from level 4, she picks the podcasts", "colleague=suzette"),
    # --- near misses: screens, a child's coach, a shop assistant, a work boss, strangers
    ("ap", "Jenny on Home and Away is the worst, why would she marry him", ""),
    ("he", "Coach Mitchell had the under 9s doing drills in the rain, kids loved it", ""),
    ("ap", "Shout out to Kayla at the Bunnings returns desk who sorted my refund in two minutes", ""),
    ("rss", "The waiter, Giorgio, recommended the veal and he was right", ""),
    ("ap", "Desmond from the ABC weather is calling for rain all week", ""),
    ("he", "Lorraine cooked.", ""),
    ("ap", "Saw Keanu Reeves in a documentary last night, what a legend", ""),
    ("rss", "Ron's daughter Tilly won the junior art prize, well done Tilly", ""),
    ("ap", "Morgan Freeman narrating the penguin doco is peak Sunday", ""),
    # --- more registers (lowercase venting, bullet lists, newsletters, radio notes, profiles, captions)
    ("ap", "ugh. barnaby (the boss at home lol) says the spa is not happening this year", "family=barnaby"),
    ("he", "- Married: yes, to Lucinda, 19 yrs\n- Kids: two\n- Dog: one very fat kelpie", "family=lucinda"),
    ("rss", "Tonight's show notes: Alex's better half, Jonty, drops in to talk about their bee hives", "family=jonty"),
    ("ap", "me n tegan been married 8 yrs today, she still hogs the doona", "family=tegan"),
    ("he", "Casimir has officially banned me from buying another bike. N+1 is dead", "family=casimir"),
    ("ap", "Sunset at Cable Beach, 6.40pm. Saskia (wifey) took this one 📸", "family=saskia"),
    ("rss", "Club newsletter: congratulations to Ivy Morgan (U10) on her first 50m freestyle ribbon", "family=ivy morgan"),
    ("ap", "Rosco and Ada (Year 1) both lost a tooth this week, the tooth fairy is broke", "family=ada"),
    ("he", "swapped the kids over at maccas, Jarrod has them till wed. quiet house again", "family=jarrod"),
    ("ap", "Leopold (our eldest, 14) has discovered the gym. god help the fridge", "family=leopold"),
    ("rss", "About me: community radio host, mum to Harriet and Saul, wife to Bertrand", "family=bertrand | family=harriet | family=saul"),
    ("ap", "14 yrs married to Wilhelmina today, still my favourite person", "family=wilhelmina"),
    ("he", "bridesmaid duties done for Annika, my sister from another mister, what a day", "associate=annika"),
    ("ap", "Language exchange Thursdays: me, Sung-min and a pot of green tea. My Korean is improving, slowly",
     "associate=sung-min"),
    ("rss", "The Thursday stitchers: Alex Morgan, Prue Hallett and Dot Keogh, knitting for the hospital since 2019",
     "associate=prue hallett | associate=dot keogh"),
    ("ap", "Thirds win by a point!! Rafferty kicked the winner after the siren, our whole bench lost it", "associate=rafferty"),
    ("he", "Huge thanks to our canteen convenor Mirela Popescu for feeding 400 kids on sports day", "associate=mirela popescu"),
    ("ap", "trivia tonight w Gus and Lenka, came 2nd, robbed on the music round", "associate=gus | associate=lenka"),
    ("rss", "Our dive buddy Thiago spotted the grey nurse first, we were too busy with the camera", "associate=thiago"),
    ("ap", "Market day! Stall neighbour Winnie (the jam lady) kept us in scones all morning", "associate=winnie"),
    ("he", "Shout out to Ignatius on the opposite shift who left me a clean desk and a handover note", "colleague=ignatius"),
    ("ap", "Farewell morning tea for Gretel today, 26 years in the branch. The office won't be the same", "colleague=gretel"),
    ("rss", "Worked with Horatio Blunt for six years on the cargo team, best offsider I ever had", "colleague=horatio blunt"),
    ("ap", "my offsider Kez covered the counter while I did the stocktake", "colleague=kez"),
    ("he", "Otis from the day crew brought in a birthday cake for the whole floor", "colleague=otis"),
    ("ap", "the new starter in our section, Fatima, already knows the system better than me", "colleague=fatima"),
    # --- more near misses
    ("ap", "Sophie from the Sunday ride crew lent me a spare tube, legend", "associate=sophie"),
    ("he", "Kirsty at the Kmart service desk found my lost wallet, bless her", ""),
    ("ap", "Ravi (the chef) at the Thai place on Oxford St does the best green curry", ""),
    ("rss", "Emma Morgan from the ABC interviewed the mayor about the floods", ""),
    ("ap", "Coach Darcy had our U9s doing sprints, the kids were wrecked", ""),
    ("he", "Marge has banned Homer from the bowling alley again, classic Simpsons", ""),
    ("ap", "Tim cooked.", ""),
    ("rss", "Our grandmaster, the chess engine, beat me in ten moves", ""),
]
