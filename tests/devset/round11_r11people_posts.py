"""Dev rows for round 11's people work (branch r11people), in our own words (never from held-out texts).

Family, friends and co-workers said the way people say them when no "my wife" or "my friend" stands before the
name: a partner by a household nickname with the name in brackets or beside it ("her indoors (Rochelle)",
"the ball and chain, aka Lorraine"), a child by the junior side, the school year or the catch a parent posts
about, a partner known only from the story of a separation, in-laws to be, elders and godparents by the kin title
a family uses (Tagalog, Maori, lower-case "nan"); a friend by the role the friendship gives them (best man,
spotter, co-leader, book club, a nickname in brackets, a hobby done "<Full Name> and I"); a co-worker by a work
title before the name (TL, super, offsider, deputy, "team-mate and colleague") or "who also works at".
Near misses sit beside them: a teacher by title and initial, a coach's player, a footballer on the telly, a
cartoon family on a parenting forum, a business named after an aunt, an instructor with no name.
Appended by build_devset.py after every older row, ids "r11p", base index 4650. Every person is fictional.
The subject of the dev set is Alex Morgan.
"""
from __future__ import annotations

ROUND11_PEOPLE_POSTS: list[tuple] = [
    # --- family (a): a partner by a household nickname, the name in brackets or beside it
    ("ap", "Mrs G (Tanya to everyone else) has vetoed the caravan again. Back to the tent it is.", "family=tanya"),
    ("he", "Her indoors (Rochelle) has declared the shed off limits until the gutters are done", "family=rochelle"),
    ("ap", "The boss at home, Marguerite, reckons we're repainting the hallway this weekend. Send help.",
     "family=marguerite"),
    ("rss", "the ball and chain, aka Lorraine, turns 50 tomorrow and has banned all balloons", "family=lorraine"),
    ("ap", "Mrs P (Ingrid) and I are off to Bali for our 20th. House sitter has the list.", "family=ingrid"),
    ("he", "hubs (bradley) fixed the dryer with a butter knife lol", "family=bradley"),
    ("ap", "Mr B aka Callum has taken over the barbecue for summer and I am not complaining", "family=callum"),
    ("rss", "Mr M and Esme at Esme's calisthenics comp. Couldn't be prouder of my two.", "family=esme"),
    ("ap", "The management (Gretchen) has approved a new tinnie for my birthday. Best wife ever.", "family=gretchen"),
    ("he", "Cooking for the minister for finance tonight (Yolanda, 18 years married this June)", "family=yolanda"),
    ("ap", "Mr D (my Declan) surprised me with breakfast in bed and burnt toast ❤️", "family=declan"),
    # near misses: a teacher and a principal by title and initial, a cartoon show
    ("ap", "Mrs H (the Year 2 teacher, Heather) is retiring at the end of term, the whole class made cards", ""),
    ("he", "Mr T pities the fool. Watching the old A-Team reruns on telly again.", ""),
    # --- family (b): a child by the junior side, the school year or a parent's terse post
    ("ap", "Lenny booted three for the Warrnambool Wolves under 9s today, absolutely rapt", "family=lenny"),
    ("he", "flynn's first game for the bellarine bulldogs this morning 🏉 he was buzzing the whole drive home",
     "family=flynn"),
    ("ap", "Prep at St Aidan's and Clementine already got student of the week. We are insufferable now.",
     "family=clementine"),
    ("rss", "Margot and Tess at their first nippers session. Their father does one run, I do the other.",
     "family=margot | family=tess"),
    ("ap", "Hamish's first snapper. Eleven years old. 42cm. Port Phillip, 6am.", "family=hamish"),
    ("he", "Archer, the boy, wants a dirt bike for his birthday. Not happening.", "family=archer"),
    ("ap", "Year 5 camp for Beatrix this week, she packed a torch and nine books", "family=beatrix"),
    ("rss", "saxon got player of the day at auskick lol he is unbearable now", "family=saxon"),
    ("ap", "Two goals to Ezra for the Sharks U11s and one to Coco in the girls' comp. Big day for our mob.",
     "family=ezra | family=coco"),
    ("he", "Delphine got a merit certificate at assembly today. I may have cried in the car park.",
     "family=delphine"),
    ("ap", "Our boy Tobias will be week on, week off between the two houses from now on. He's taking it well.",
     "family=tobias"),
    ("rss", "Rowan rode the Penrith Panthers junior bus with the big kids today and came home a different child",
     "family=rowan"),
    # near misses: a coach's player, a professional footballer, a neighbour's boy
    ("ap", "Coached the under 10s this morning, Marley kicked a screamer from the pocket", ""),
    ("he", "Tyler kicked four for Collingwood on Friday night footy, what a player", ""),
    ("ap", "The neighbour's boy Rhys played his first game for the Hawks juniors, he was stoked", ""),
    # --- family (c): a partner known only from the story of a separation
    ("ap", "Delia moved out on Sunday. Twenty-two years. The dog keeps waiting by the door.", "family=delia"),
    ("he", "the missus (sonya) left in feb and took the good frypan. no i'm not ok", "family=sonya"),
    ("rss", "Selling the Torquay house now that Raymond and I are finished. Anyone need a trampoline?",
     "family=raymond"),
    ("ap", "Kids are with Bronwyn this week. First Christmas since the separation and it's rough.",
     "family=bronwyn | vulnerability=relationship"),
    ("he", "It's been a month since Cormac packed his bags. Fourteen years of marriage, gone.", "family=cormac"),
    ("ap", "Moving into a one-bedder after the divorce. Fiona keeps the house so the girls' school stays the same.",
     "family=fiona | vulnerability=relationship"),
    ("rss", "Mediation with Lachlan on Thursday. The boys don't know yet. Pray for me.", "family=lachlan"),
    ("ap", "Rhiannon and I have decided to part ways after 11 years. Please respect our privacy and the kids'.",
     "family=rhiannon"),
    ("he", "Handover at the Maccas car park again. Dustin was forty minutes late and poor Eliza fell asleep in her "
     "car seat.", "family=dustin | family=eliza"),
    ("ap", "Signed the settlement papers today. Nine years with Vaughan, two beautiful boys, one very expensive lawyer.",
     "family=vaughan"),
    # near misses: a barista moving away, a neighbours' divorce, finishing a renovation
    ("ap", "My favourite barista Joel moved to Brisbane and the cafe just isn't the same", ""),
    ("he", "The couple next door finally sold after their divorce, new neighbours on Monday", ""),
    # --- family (d): in-laws to be, elders and godparents by a family's kin title
    ("ap", "Met Tom's mum Geraldine (future MIL!!) today and she went back for seconds of my pav", "family=geraldine"),
    ("he", "nan maisie turned 88 today and still beats the lot of us at cards", "family=maisie"),
    ("ap", "Tita Marites brought pancit for the whole street 😂 love her to bits", "family=marites"),
    ("rss", "Ninang Cora sent the sweetest gift for the baby's binyag, salamat po!", "family=cora"),
    ("ap", "Lunch with Kai's folks. His dad Warwick carved, my future father-in-law, gulp.", "family=warwick"),
    ("he", "Lolo Bert is 91 today! Maligayang kaarawan po 🎂", "family=bert"),
    ("ap", "My godfather Desmond took me to my first cricket test at the MCG, 1998", "family=desmond"),
    ("rss", "Manang Josie and Kuya Ben came over for noche buena, the table nearly broke", "family=josie | family=ben"),
    ("ap", "Sharon's dad Clive, soon to be my FIL, taught me to gut a flathead this arvo", "family=clive"),
    ("he", "grandad reg still drives himself to bowls at 93, terrifying", "family=reg"),
    ("ap", "Ninong Eddie gave me my first guitar and I still can't play it", "family=eddie"),
    ("rss", "Christmas at koro's place, koro hemi carved the ham with a chainsaw (not really)", "family=hemi"),
    # near misses: a business named for an aunt, a public figure, a friend's grandmother
    ("ap", "Tita's Kitchen in Blacktown does the best lechon, go early", ""),
    ("he", "The Nan Goldin retrospective at the gallery was incredible, go see it", ""),
    # --- associates (e): a friend by the role the friendship gives them
    ("ap", "Ten years ago today Benedict was my best man. He still owes me a sober speech.", "associate=benedict"),
    ("he", "My lifting partner Jarrod spotted me on a 140 bench PR 💪", "associate=jarrod"),
    ("ap", "Shoulder day. @kez_lifts my spotter as always, what a legend", "associate=@kez_lifts"),
    ("rss", "housemate ollie has eaten my leftovers again. third time this week", "associate=ollie"),
    ("ap", "Bumped into my old gliding instructor Murray Pettigrew at Bunnings, he hasn't aged a day",
     "associate=murray pettigrew"),
    ("he", "Cubs camp with co-leader Harriet Vance: 24 kids, one broken tent pole, zero sleep",
     "associate=harriet vance"),
    ("ap", "Book club: Soraya brought the baklava and nobody even opened the book", "associate=soraya"),
    ("rss", "Desmond Ferris and I have been restoring the old HQ Holden for three years now. Nearly there.",
     "associate=desmond ferris"),
    ("ap", "Gus Tremblay (big gus) and me took the tinnie out at dawn, flathead everywhere",
     "associate=gus tremblay"),
    ("he", "Photo creds to @saltyshutter (Imogen) for this one, she nailed the light", "associate=@saltyshutter"),
    ("ap", "Quiz night team: me, Thandiwe, Ross and Mags. We came dead last and had the best night.",
     "associate=thandiwe | associate=ross | associate=mags"),
    ("rss", "In the shed all weekend with my mate Gav pulling apart a Weber carby", "associate=gav"),
    ("ap", "my dive buddy reuben got 30m vis at the pinnacle today, jealous", "associate=reuben"),
    ("he", "Our chess group's resident grandmaster, Percival, beat me in twelve moves again", "associate=percival"),
    ("ap", "Roomie Sadia made the whole flat dumplings for exam week", "associate=sadia"),
    # near misses: an instructor with no name, a wedding-speech question, an author read by the club
    ("ap", "My driving instructor reckons I'm ready for the test next week", ""),
    ("he", "Best man speech tips? Mine is on Saturday and I have nothing", ""),
    # --- colleagues (f): a work title before the name, or "who also works at"
    ("rss", "Club news: Tess Navarro, who also works at Border Force, has taken over as minutes secretary. Alex "
     "Morgan nominated her.", "colleague=tess navarro"),
    ("ap", "my team lead gemma says next FY we finally get new laptops lol", "colleague=gemma"),
    ("he", "Sarge Whitlock shouted the whole shift pizza after the long night", "colleague=whitlock"),
    ("ap", "My offsider Kane and I poured forty metres of slab before smoko", "colleague=kane"),
    ("rss", "Her deputy Marisol Ekwueme ran the briefing while Alex was away", "colleague=marisol ekwueme"),
    ("ap", "New super Darren Fogarty started on site Monday, seems alright", "colleague=darren fogarty"),
    ("he", "My TL Ashleigh covered my break so I could ring the school", "colleague=ashleigh"),
    ("ap", "Team-mate and colleague Oscar Lindqvist ran the Sydney half with me, he's half my age",
     "colleague=oscar lindqvist"),
    ("rss", "my manager, tanvir, finally approved the leave. bali here we come", "colleague=tanvir"),
    ("ap", "Ops manager Francesca Duarte signed off our new roster today", "colleague=francesca duarte"),
    ("he", "Supervisor Ngaire Tapsell runs the tightest shift on the wharf", "colleague=ngaire tapsell"),
    ("ap", "Leading hand Corey Mabbott showed me how to reverse a B-double into the dock", "colleague=corey mabbott"),
    # near misses: a cat called Sarge, a team lead with no name, a video game
    ("ap", "Sarge is what we call our ginger cat, he runs the house", ""),
    ("he", "My team lead says the report is due Friday, no pressure", ""),
    ("ap", "Super Mario Odyssey with the kids all arvo, I lost every level", ""),
    # --- false positives (g): a cartoon family on a parenting forum; a cousin is family
    ("ap", "Honestly Bluey has taught my kids more about sharing than I ever could", ""),
    ("he", "My daughter wants a Bluey party, where do people get the cake done?", ""),
    ("ap", "Bandit is the dad we all wish we were. Watching it with the kids again tonight.", ""),
    ("rss", "Muffin and Socks are my son's favourites, he does the voices at dinner", ""),
    ("ap", "That Bluey episode about the grandad had my husband in tears on the couch", ""),
    ("he", "My cousin Shanelle flew in from Perth for the wedding", "family=shanelle"),
    # --- a second batch written after the first was working, to see the mechanisms hold on other words
    ("ap", "Missus (Carmel) says no to the jet ski. Again.", "family=carmel"),
    ("he", "Mr H aka Bryce is on nappy duty tonight while I sleep for a year", "family=bryce"),
    ("ap", "the warden (Deb) has granted me leave to go fishing on Sunday", "family=deb"),
    ("rss", "Milo's first wave at Bells! Seven years old and fearless.", "family=milo"),
    ("ap", "Lola Nena turns 80 on Saturday, the whole clan is flying in", "family=nena"),
    ("he", "Cheers to my climbing partner Wes for the belay on that last pitch", "associate=wes"),
    ("ap", "Wedding photos are back! Best man Kieran Doyle did not disappoint", "associate=kieran doyle"),
    ("rss", "my supervisor, ngaio, let me leave early to beat the traffic", "colleague=ngaio"),
    ("ap", "Site super Brett Ingles shut the job down for the heat at 2pm", "colleague=brett ingles"),
    # near misses of the new mechanisms: a colleague by title and initial, a footballer's debut, a grown-up side,
    # camp leaders, another family's boy, an office boss by name
    ("ap", "Mr K (Kevin from accounts) wants the figures by Friday", ""),
    ("he", "Max's first game for Carlton was a shocker, he'll learn", ""),
    ("ap", "Jonno's first game for the Magpies reserves, 38 and still going", ""),
    ("rss", "Big shout to the Year 6 camp leaders, who kept 80 kids alive for three days", ""),
    ("ap", "Mrs J from the library recommended this one and she was right", ""),
    ("he", "The boss at work wants the figures by Friday, no pressure", ""),
    ("ap", "Mereana is the best nan in the whole world and I will fight anyone who disagrees", "family=mereana"),
    ("rss", "Young Archie's first crab! Caught it off the jetty all by himself", "family=archie"),
    ("ap", "@dazza_77 (Darren) finally returned my drill after two years", "associate=@dazza_77"),
    ("he", "Kobe, who also works at Border Force, joined our dragon boat crew this season",
     "colleague=kobe | employer=employer:australian border force"),
    ("ap", "Dave, the best plumber in Geelong, fixed the hot water in an hour", ""),
]
