"""Dev rows for round 10's people work (branch r10people), in our own words (never from held-out texts).

Family, friends and co-workers said in registers the detectors had not seen: a post typed in capitals, a
young child's day on a parent's own post, a late partner mourned by first name beside "since my wife
passed", an ex in a couple's break-up typed like a text message, a partner away after years together; a
friend introduced by what follows the full name (the group they come from, a clause of shared time, a
nickname the circle gives, a favour, praise, "my day one"); a co-worker by a clause of working with the
subject, a grade in brackets or a vessel's rank. Near misses sit beside them: a public figure in capitals,
a coach's swimmer, a pet mourned, a couple done with a renovation, a netball skipper, CO2.
Appended by build_devset.py after every older row, with their own id prefix ("r10pe"). Every person is
fictional. The subject of the dev set is Alex Morgan.
"""
from __future__ import annotations

ROUND10_PEOPLE_POSTS: list[tuple] = [
    # --- family (a): typed in capitals
    ("ap", "MY BOY ARCHIE'S FIRST TRY!!! HE RAN THE WHOLE LENGTH OF THE FIELD 😭", "family=archie"),
    ("he", "OUR GIRL MATILDA MADE THE STATE TEAM!!!! CRYING IN THE CAR PARK", "family=matilda"),
    ("ap", "HAPPY 40TH TO MY GORGEOUS WIFE NATALIE, LOVE YOU TO BITS", "family=natalie"),
    ("rss", "SO PROUD OF OUR JASPER, FIRST DAY OF BIG SCHOOL AND HE DIDN'T EVEN LOOK BACK", "family=jasper"),
    ("ap", "NANNA JOAN TURNED 90 TODAY AND OUT-DANCED THE LOT OF US", "family=joan"),
    ("he", "MY HUSBAND DOUGLAS FINALLY FIXED THE GUTTERS. MIRACLES DO HAPPEN", "family=douglas"),
    ("ap", "ARVO AT THE BEACH WITH DAZZA AND MICK, WHAT A DAY", "associate=dazza | associate=mick"),
    ("he", "PROUD DAD ALERT: HUGO KICKED TWO GOALS FOR THE UNDER 10S!!!", "family=hugo"),
    ("ap", "THAT'S MY GIRL!!! IMOGEN TOOK 3 WICKETS IN HER FIRST GAME FOR THE UNDER 12S", "family=imogen"),
    # near misses in capitals: a team, a verb that is a name, someone on a screen
    ("ap", "GO THE MAROONS!!! WHAT A GAME, ORIGIN IS BACK BABY", ""),
    ("he", "JACK UP THE PRICES AGAIN WHY DON'T YOU, SUPERMARKETS", ""),
    ("ap", "WATCHING THE FOOTY ON TELLY WITH A PIE, BEST NIGHT OF THE WEEK", ""),
    # --- family (b): a young child's day on a parent's own post
    ("ap", "Rufus (four going on fourteen) refused bedtime for the third night running. Mum life.", "family=rufus"),
    ("he", "The kids have claimed the back deck for summer. Ned in his undies with an icy pole, living his best life.",
     "family=ned"),
    ("rss", "Matilda, 6, read her first home reader to me tonight. My kids are growing up way too fast.",
     "family=matilda"),
    ("ap", "#dadlife Felix starts swimming lessons tomorrow and has already packed his goggles", "family=felix"),
    ("he", "Our two are feral today. Otto, 3yo, ate a crayon and then cried because it was gone.", "family=otto"),
    ("ap", "Hazel lost a wobbly tooth at the playground and the tooth fairy has no coins. My kids will bankrupt me.",
     "family=hazel"),
    ("rss", "Louie discovered the hose at bath time. Toddler mum life, send coffee.", "family=louie"),
    ("ap", "Our boys are finally asleep. Kit and Arlo both refused pyjamas at bedtime, standard.",
     "family=kit | family=arlo"),
    # near misses: a coach's swimmer, a mate's boy, a teacher's class
    ("ap", "Coaching update: Liam swam his first lap at the Saturday lesson, so proud of my little swimmers", ""),
    ("he", "Babysat my mate's boy tonight, five going on fifteen and he won every argument", ""),
    ("rss", "The kids at school were feral today, the whole class wanted to go home by 10am", ""),
    # --- family (c): a late partner mourned by first name in the same post
    ("ap", "A year today since Maureen died. Our street looks the same and her camellias are out. Since my wife "
     "passed I talk to them every morning.", "family=maureen | vulnerability=isolation"),
    ("he", "Widower now, two years on Sunday. Lost Gwendolyn to the cancer and the house still smells of her lavender.",
     "family=gwendolyn"),
    ("rss", "Third Christmas without Leonard. My late husband always carved, so this year the grandkids did it.",
     "family=leonard"),
    ("ap", "It's six months since Dorothy passed and the casseroles have finally stopped. Being a widower is a "
     "quiet business.", "family=dorothy | vulnerability=isolation"),
    ("he", "Scattered Ronald's ashes at the point this morning, where we got engaged. My late wife would have "
     "laughed at the wind.", "family=ronald"),
    # near misses: a public figure, a pet, a mate
    ("ap", "Still can't believe Shane died, legend of the game. Watched the old highlights on telly all night.", ""),
    ("he", "A year since Pip died. Best kelpie a widower could ask for, the vet cried too.", "vulnerability=isolation"),
    ("rss", "Since my mate Gazza died the Friday session isn't the same.", "associate=gazza | vulnerability=isolation"),
    # --- family (d): an ex in a couple's break-up, any register
    ("ap", "well thats that. craig n me r done, 12 yrs down the drain", "family=craig | vulnerability=relationship"),
    ("he", "Shannon and I have separated after nine years. Please just be kind.", "family=shannon | vulnerability=relationship"),
    ("ap", "tyson and i broke up. dont @ me", "family=tyson | vulnerability=relationship"),
    ("rss", "After 14 years, Marcus and I are divorcing. The kids are with me during the week.", "family=marcus"),
    ("ap", "Not that anyone asked but Bree and me split up last month. I kept the cat.", "family=bree"),
    ("he", "Julian and I called it quits. Amicable, mostly. Still sharing the dog.", "family=julian | vulnerability=relationship"),
    # near misses: a couple done with a job, a bill split
    ("he", "Sam and I split the bill and the last prawn, fair is fair", ""),
    # --- family (e): a partner away after years together
    ("ap", "Lorraine stayed up in Cairns with the grandkids. Not coming back till June. 29 years married and the "
     "house is so quiet.", "family=lorraine"),
    ("he", "Hamish is staying in Perth for the new contract. 22 years together and now it's a phone call at night.",
     "family=hamish"),
    ("rss", "Colleen stayed behind at the farm this trip. Thirty years of marriage and I still can't find the "
     "teabags without her.", "family=colleen"),
    # near miss: a mate on holiday
    ("ap", "Trent stayed in Bali an extra week, lucky bugger. Back on deck Monday.", ""),
    # --- family precision: a title and an initial may be a daughter; a landlord mate is a friend
    ("he", "Miss P asleep in the car before we even left the party. Worth it.", "family=miss p"),
    ("ap", "my mate Tobias is my landlord too, so rent day is awkward", "associate=tobias"),
    # --- associates (g): a full name and what follows it
    ("rss", "Priscilla Tan, who has sung beside me in the altos since 2015, brought the lemon slice again.",
     "associate=priscilla tan"),
    ("ap", "Brendan Halloran from the Sunday crew gave me his old surf rod, absolute gem", "associate=brendan halloran"),
    ("rss", "Fellow steward Maureen Kilby greeted every visitor at the garden open day.", "associate=maureen kilby"),
    ("ap", "Luka Maric (Lukey to everyone at the marina) dropped round a bag of squid", "associate=luka maric"),
    ("he", "Damien Kray from the bowls club rewired my shed last winter, top bloke", "associate=damien kray"),
    ("ap", "@jazzy.k my day one since kindy, love u forever #besties", "associate=@jazzy.k", {"mentions": ["jazzy.k"]}),
    ("he", "Rhiannon Pike, my partner in crime since Year 9, turns 40 today!!", "associate=rhiannon pike"),
    ("rss", "Walter Nguyen taught me to throw a cast net off the rocks at Kiama, and forty years on we still go "
     "every Easter.", "associate=walter nguyen"),
    ("ap", "Fergus Dalton (Fergo to the whole shed) built me a bird box from offcuts", "associate=fergus dalton"),
    ("he", "Georgina Blake from parkrun paced me to a PB this morning, what a champ", "associate=georgina blake"),
    # near misses: a public figure, a council officer, an author
    ("ap", "Jacinta Loy from the council gave me a parking fine outside my own house, top effort", ""),
    ("rss", "Markus Zelinski's new novel is brilliant, read it in a day", ""),
    # --- colleagues (h): a clause of working with the subject, a grade in brackets, a vessel's rank
    ("rss", "Fellow volunteer coordinator Imran Shah, who also works alongside Alex at Border Force, ran the "
     "sausage sizzle.", "colleague=imran shah"),
    ("he", "Her deputy Colm Reyes (EL2) runs the examination floor when Alex is on leave.", "colleague=colm reyes"),
    ("ap", "Big thanks to our CO Hendricks for the cake in the wardroom, 40 never tasted so good", "colleague=hendricks"),
    ("ap", "Kez Farrell, who has worked beside me on nights for six years, is retiring. Gutted.",
     "colleague=kez farrell | routine=nights"),
    ("he", "Cheers to our XO Pemberton for the birthday pav on the bridge, best watch ever", "colleague=pemberton"),
    ("rss", "Grateful to my deputy Anneliese for holding the fort while I was on leave", "colleague=anneliese"),
    # near misses: a netball skipper, a sailing skipper, CO2
    ("ap", "Our skipper Dom shouted the first round after the netball win", "associate=dom"),
    ("he", "Our CO2 bottle ran out halfway through the brew, disaster", ""),
]
ROUND10_PEOPLE_POSTS += [
    # --- more registers found while testing transfer (appended: ids above do not move)
    ("ap", "me n jarrod r over. dont ask", "family=jarrod"),
    ("he", "Stacey and I are no longer together. Amicable. Please respect our privacy.",
     "family=stacey"),
    ("rss", "Officially divorced from Trent as of Friday. New chapter, new curtains.", "family=trent"),
    ("ap", "Since Pauline passed, the house is too big. 38 years married. Miss her every day.",
     "family=pauline | vulnerability=isolation"),
    ("ap", "⛴️ back on the ship 🌊 4 weeks out of Darwin 💪 miss u Indi 🥺", "family=indi | work_location=place:darwin nt"),
    ("he", "Day 5 of 14 on site. Missing Marlo like crazy, video call tonight", "family=marlo"),
    ("ap", "Two weeks offshore done. Fishing with Gazza when I'm back, miss ya mate", "associate=gazza"),
    ("rss", "Huge thanks to Lt Cdr Annika Berg for the ship's birthday cake", "colleague=annika berg"),
    ("ap", "@tmarsh_abf see u at the 5am bus to the wharf tmrw", "colleague=@tmarsh_abf", {"mentions": ["tmarsh_abf"]}),
]
ROUND10_PEOPLE_POSTS += [
    ("ap", "Banjo is 6 today!! Where did the time go. Mum of two signing off.", "family=banjo"),
    ("he", "It's been 10 years since Nev went. Still set his place at Christmas. #widow", "family=nev"),
    ("rss", "Teagan Moore, neighbour and now dear friend, minded the chooks all week", "associate=teagan moore"),
    ("ap", "Reports to: Helen Marchetti, Director Cargo Operations", "colleague=helen marchetti"),
    ("he", "The news reports to Parliament tomorrow and nobody will read it", ""),
]
