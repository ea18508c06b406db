"""Dev rows for round 8's general person mechanism, in our own words (never from held-out texts).

Every person the subject writes about in a personal social act is a node, and the node takes the strongest
role cue of any sentence naming it: a kin noun of any register before or around the name ("the old girl",
"hubs", "cuz", "my littlies", "their two girls" on a third-person bio), a child's life event in a post
where the writer names their own kin role, an engagement said to a named person; a work cue (a double on
the ward, a farewell with years of service, "my 2IC", "(my director)"); otherwise a named person in a
shared activity or social act is an associate (parkrun every Saturday with, came round and fixed, a
co-writer and friend of years, a groomsman by handle, trivia night with). Near misses: public figures by
title, celebrities, authors, TV characters, players signed by a team, an Uber driver, a friend's child,
the subject's own handle. Appended by build_devset.py after every older row, with their own id prefix
("r8pe").
"""
from __future__ import annotations

ROUND8_PEOPLE_POSTS: list[tuple] = [
    # --- family: kin nouns of every register, with or without "my"
    ("ap", "Footy tipping ladder is out and the old girl Rhonda has beaten me again 🙄", "family=rhonda"),
    ("he", "date night w/ hubs Terrence, first night out without the kids in months 🍝", "family=terrence"),
    ("rss", "Easter show with my littlies Kip and Wren, fairy floss on every surface of the car",
     "family=kip | family=wren"),
    ("ap", "big sis Odette flew in from Darwin for the weekend!! 🥳", "family=odette"),
    ("he", "Alex Morgan has coached the Thirds since 2019 and bowls alongside husband Desmond Vane in the mixed pairs.",
     "family=desmond vane"),
    ("rss", "We spent Sunday at the lake. Our eldest, Marnie, swam out to the pontoon on her own for the first time "
            "and I nearly cried.", "family=marnie"),
    ("ap", "cant believe my bubba Florence starts kindy tomorrow 😭😭", "family=florence"),
    ("he", "Grandpa duties today: Harvey and Lotte at the zoo, both asleep in the car seat by 2pm",
     "family=harvey | family=lotte"),
    ("ap", "Happy 40th to the best brother-in-law a bloke could ask for, Quentin 🍻", "family=quentin"),
    ("rss", "Our Dashiell turned one today. First birthday cake, most of it on the dog.", "family=dashiell"),
    ("he", "Spent the arvo at nan's with cuz Trixie playing rummy for 20c a hand", "family=trixie"),
    ("ap", "Engaged!!! 💍 She said yes on the beach at sunset. Can't wait to spend forever with you Imelda",
     "family=imelda"),
    ("rss", "Stepdad Lionel taught me to fish off this jetty thirty years ago. Still the best spot in town.",
     "family=lionel"),
    ("ap", "the in-laws are staying a week. Father-in-law Gus has already reorganised my shed 🙃", "family=gus"),
    ("he", "Alex lives in Geelong with partner Sunita and their two girls, Ada and Pearl.",
     "family=sunita | family=ada | family=pearl | home_location=place:geelong vic"),
    ("ap", "Father's Day brekky in bed from my crew 🥓 Archer made the toast and Bonnie burnt it #fathersday",
     "family=archer | family=bonnie"),
    # --- colleagues: a work cue in any sentence naming the person
    ("ap", "pulled a double with Fenella on ward 6, both running on fumes ☕", "colleague=fenella"),
    ("he", "Farewell arvo tea for Bartholomew Ngata today, 31 years in the service and not one sick day",
     "colleague=bartholomew ngata"),
    ("rss", "My 2IC Priya Raman is acting while I'm on leave, so send any queries her way.", "colleague=priya raman"),
    ("ap", "new manager Colm started today, seems alright, already knows everyone's coffee order", "colleague=colm"),
    ("he", "Thanks to Ingrid Halvorsen (my director) for backing the pilot from day one.", "colleague=ingrid halvorsen"),
    ("ap", "Covering for my workmate Errol all week while he's on paternity leave", "colleague=errol"),
    ("rss", "Cake for Yusuf's last day at the depot, 18 years on the forklifts 🎂", "colleague=yusuf"),
    ("he", "Back-to-back night shifts with Tamsin Achebe, she kept me sane at 3am", "colleague=tamsin achebe"),
    # --- associates: a named person in a shared activity or social act
    ("ap", "parkrun every saturday with Dorothea Finch, 94th one this morning 🏃‍♀️", "associate=dorothea finch | routine=saturday parkrun"),
    ("he", "Massive thanks to Jerome who came round and fixed my fence before the storm hit", "associate=jerome"),
    ("rss", "Shout out to my sister from another mister, Philippa Crowe, for the lasagne drop-off",
     "associate=philippa crowe"),
    ("ap", "love you heaps @kezza_b bestie 💕 Kerry Bastow you legend", "associate=@kezza_b | associate=kerry bastow",
     {"mentions": ["kezza_b"]}),
    ("he", "Alex's longtime friend Otis Brennan joined the club in 2021 and now runs the canteen.",
     "associate=otis brennan"),
    ("rss", "This record was made with Valentina Ruiz, my co-writer and friend of fifteen years.",
     "associate=valentina ruiz"),
    ("ap", "@gazza_t said yes to being my groomsman!! 🤵", "associate=@gazza_t", {"mentions": ["gazza_t"]}),
    ("he", "Sausage sizzle at St Brigid's after mass with Cornelius Obi and the usual crew",
     "associate=cornelius obi"),
    ("rss", "Spa day with Anouk Lindqvist, much needed after the month we've had 💆", "associate=anouk lindqvist"),
    ("ap", "cheers Leopold Marsh for shouting me the rego this month mate, owe you one", "associate=leopold marsh"),
    ("he", "Tuesday trivia with Mabel Osei at the Railway, second place again", "associate=mabel osei"),
    ("ap", "fishing trip with Barnaby Kent and his boy over the long weekend, caught nothing", "associate=barnaby kent"),
    # --- near misses: public figures, celebrities, characters, authors, businesses, a friend's child, the subject
    ("ap", "Prince Teodor looked so bored at the royal christening on the news tonight", ""),
    ("he", "Juno Castellane's new album has me crying in the car again", ""),
    ("rss", "Senator Farrow toured the hospital with Dr Ellison Mwangi this morning, according to the paper", ""),
    ("ap", "my Uber driver Stavros told me his whole life story, lovely guy", ""),
    ("he", "Binged season 3 of Harbour Lights. Detective Rourke's wife Giselle is the real villain.", ""),
    ("rss", "Congrats to my friend Tamara, her son Oscar made the state cricket team!", "associate=tamara"),
    ("ap", "Film star Rafe Dunmore and his wife were at the cafe in Bondi this morning, star struck", ""),
    ("he", "Premier Castellano announced the new rail line with the transport minister today", ""),
    ("rss", "Read Gideon Larch's new memoir about his brother, couldn't put it down", ""),
    ("he", "The Roosters signed Kieran Mott for three seasons, great buy", ""),
    ("ap", "Lexi here! I'm @alexm everywhere if you want to follow along", ""),
    ("rss", "Watched the Matildas with half the pub, Kaia Brandt's goal had grown men crying", ""),
    # --- more registers of the same classes (appended so ids stay put)
    ("ap", "Me n the hubster Gregor finally got the boat in the water ⛵", "family=gregor"),
    ("he", "my gorgeous nieces Sadie and Tallulah stayed over, pancake carnage", "family=sadie | family=tallulah"),
    ("rss", "Farewell to Cheryl Baxter, who retires after 35 years at the centre. Will miss you Chez!",
     "colleague=cheryl baxter"),
    ("he", "Alex and wife Giorgia run the canteen every home game.", "family=giorgia"),
    ("ap", "Proud to have worked alongside Dimitra Kourou for six years. Onwards!", "colleague=dimitra kourou"),
    ("ap", "Hangin with my cuzzies Ana and Losa this weekend 🌺", "family=ana | family=losa"),
    ("rss", "Mum's 70th at the RSL. Sis Bernadette did the speech and had everyone in tears.", "family=bernadette"),
    ("ap", "met up w/ the uni girls, Kirra n Bec, first time in 5 yrs!!", "associate=kirra | associate=bec"),
    ("he", "Dinner at Ottavio's with Priscilla Dunn and her husband Gavin", "associate=priscilla dunn"),
    ("ap", "A film star's kids were at the beach today apparently, the paparazzi were everywhere", ""),
    ("he", "my counsellor Judith says I need boundaries lol", ""),
    ("rss", "Interview with Mayor Hopkins on the radio this morning, she mentioned her son Jasper", ""),
    ("ap", "Watching the reality show again, Troy's wife Kelsey is unhinged", ""),
    ("he", "Nonna Rosa's Trattoria does the best gnocchi in Carlton, go hungry", ""),
]
