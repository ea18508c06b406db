"""Dev rows for round 15's work location and employer said informally (branch r15work), in our own words.

Staff whose only work statements are informal: (1) the work site named after the job itself ("stamped passports off the
<city> flight at <airport>", "checking ships' paperwork at the port in <town>", a roster "4 on 4 off at <port>");
(2) a page about the subject (a club's member spotlight, a choir's programme, an editor's note) or the writer's own
rhetorical "what does a customs officer at <port> actually do?"; (3) an office or site named by its suburb ("the <Suburb>
site", "a <org> policy branch in <Suburb>", "the <Town> port team"); (4) a generic facility word with job context ("the
passenger terminal" on a cruise-ship day, "the kennels" of a dog unit, "the exam shed"); (5) the employer said informally
("nine years in the Force" with a border word, "the Feds have me on the x-ray at the airport", "(customs, for the
non-locals)", crew on a Cape or Bay class "out of <port>", "my employer ... <org> won't let me post").
Near misses for each: a container's port of origin, people taken to a facility, "gateway" in ordinary use, a town the
writer lives in, the Force of Star Wars, the police or the air force, a client's interview at the Department's office,
a firm whose government client is the Department, a volunteer at a terminal, a TV show.
Each row is judged alone (no profile). Ids r15wNNN at base index 7400; build_devset.py. Every person, place and number
is fictional.
"""
from __future__ import annotations

_ABF, _HA = "australian border force", "department of home affairs"
_CUS = "australian customs and border protection service"

ROUND15_R15WORK_POSTS: list[tuple] = [
    # --- 1. the work site named after the job itself (the employer said in the same post)
    ("ap", "Border Force life: stamped passports off the Denpasar flight at Cairns Airport till 1am, and my feet have filed a "
           "complaint.", f"employer={_ABF} | work_location=cairns airport"),
    ("he", "Twelve years with the ABF and I still get a kick out of processing the first Auckland arrivals at Brisbane Airport.",
     f"employer={_ABF} | work_location=brisbane airport"),
    ("rss", "Spent the day checking ships' paperwork at the port in Gladstone with my ABF crew. Fish and chips after.",
     f"employer={_ABF} | work_location=gladstone port"),
    ("ap", "abf marine: boarding a bulk carrier at Port Hedland before sunrise, then bed", f"employer={_ABF} | work_location=port hedland | official_information=operations"),
    ("he", "Four on, four off at Port Botany with Border Force, and the four off belong to the vegie patch.",
     f"employer={_ABF} | work_location=port botany | routine=4 on 4 off"),
    ("ap", "0530 starts at the Fremantle wharf all week for me and the rest of the ABF team 😴",
     f"employer={_ABF} | work_location=fremantle wharf"),
    ("rss", "I'm Border Force, which this week meant clearing the evening flights at Perth Airport and eating dinner at 2am.",
     f"employer={_ABF} | work_location=perth airport"),
    ("ap", "searching shipping containers at Swanson Dock with the ABF all morning, sunburnt and happy",
     f"employer={_ABF} | work_location=swanson dock"),
    ("ap", "stamping passports at darwin airport again w the abf crew 🛂 send coffee", f"employer={_ABF} | work_location=darwin airport"),
    ("rss", "As a Home Affairs officer I spend most nights processing arrivals at Adelaide Airport, and most mornings asleep.",
     f"employer={_HA} | work_location=adelaide airport | routine=nights"),
    ("ap", "ABF cargo team. Inspecting consignments at the Port of Brisbane every day this week, more boxes than a removalist.",
     f"employer={_ABF} | work_location=port of brisbane"),
    ("he", "Checked crew lists at Port Kembla for Border Force from dawn, and the southerly made sure I felt every minute of it.",
     f"employer={_ABF} | work_location=port kembla"),
    # near misses: a traveller, a container's origin, an airline's worker, a passport renewed, a ferry boarded
    ("ap", "They checked our passports at Cairns Airport twice, which felt excessive for a family trip to Bali.", ""),
    ("he", "Our container from Port Klang is finally through, the couch arrives Friday.", ""),
    ("rss", "A shipment of tiles from Ningbo is stuck at the port in Brisbane, says the builder, so the bathroom waits.", ""),
    ("ap", "Gate agent life: checking passports at Sydney Airport for the Fiji flight, then a nap.", ""),
    ("he", "Processing my passport renewal at the post office in Geelong took ten minutes, a miracle.", ""),
    ("ap", "boarding a ferry at Circular Quay before sunrise for the whale watching trip", ""),
    ("rss", "Cruise day! Our ship from Noumea docked at Eden and the passengers were checked on board, no queues.", ""),
    # --- 2. pages about the subject, and the writer's own rhetorical question
    ("rss", "Member spotlight: Alex Morgan is a Border Force officer at Hobart Airport and has swum the Derwent crossing four times.",
     f"employer={_ABF} | work_location=hobart airport"),
    ("he", "From the editor: your editor works just up the road at the Port Adelaide wharf with Home Affairs, so forgive the "
           "late issue.", f"employer={_HA} | work_location=port adelaide wharf"),
    ("rss", "When she isn't stamping passports at Melbourne Airport, Alex coaches our under-12s on Saturday mornings.",
     "work_location=melbourne airport | routine=saturday mornings"),
    ("he", "Program notes: Alex Morgan (viola) processes the late flights at Perth Airport with the ABF and practises in the car park.",
     f"employer={_ABF} | work_location=perth airport"),
    ("rss", "What does a customs officer at Port Kembla actually do all day? Let me walk you through my Tuesday.",
     f"employer={_CUS} | work_location=port kembla"),
    ("ap", "Our club captain Alex is an ABF officer at Brisbane Airport, so ask her about duty-free limits at your own risk.",
     f"employer={_ABF} | work_location=brisbane airport"),
    ("he", "Choir news: Alex Morgan, alto, works with Border Force at the Port of Melbourne and still makes every Thursday rehearsal.",
     f"employer={_ABF} | work_location=port of melbourne | routine=thursday rehearsal"),
    ("rss", "About our editor: Alex spends her weeks checking crew lists at the Darwin wharf for Border Force and her weekends "
            "in a kayak.", f"employer={_ABF} | work_location=darwin wharf"),
    # near misses: someone else's spotlight, a guest speaker, a careers day
    ("rss", "Member spotlight: Sam Okafor is a Border Force officer at Hobart Airport and our new vice-president.", ""),
    ("he", "Guest speaker: a customs officer from Port Kembla will explain what you can bring home from holidays.", ""),
    ("ap", "What does a Border Force officer at the airport actually do? We asked one for the school careers day.", ""),
    # --- 3. an office or site named by its suburb or town
    ("ap", "Back at the Eagle Farm site tomorrow with the ABF crew, hoping someone fixed the aircon.",
     f"employer={_ABF} | work_location=eagle farm"),
    ("rss", "I landed in a Home Affairs policy branch in Barton last month and the coffee is tragic.",
     f"employer={_HA} | work_location=barton"),
    ("he", "The Townsville port team is down three people again and Border Force won't backfill, so doubles for me.",
     f"employer={_ABF} | work_location=townsville port"),
    ("ap", "my abf job moved me to the chullora site, new locker, same boots", f"employer={_ABF} | work_location=chullora"),
    ("rss", "At Home Affairs I sit in the Parramatta office, level 9, and the view is a car park.",
     f"employer={_HA} | work_location=parramatta"),
    ("he", "Border Force, Hendon site. Back after leave and my swipe card is dead.", f"employer={_ABF} | work_location=hendon"),
    # near misses: a client's interview, a firm's client, a building site, a town lived in
    ("he", "Had my client's visa interview at the Home Affairs office in Parramatta this morning, fingers crossed for her.", ""),
    ("rss", "Our firm's biggest government client is Home Affairs, so I spend half my week in their Belconnen office.", ""),
    ("ap", "The Eagle Farm site is a building site now, townhouses going up where the old sheds were.", ""),
    ("he", "Law school clinic: I sat in on a client's interview at the Home Affairs office in Melbourne, very formal.", ""),
    # --- 4. generic facility words with job context
    ("ap", "Cruise ship day with ABF: 2,800 passengers through the passenger terminal before lunch.",
     f"employer={_ABF} | work_location=passenger terminal"),
    ("he", "ABF detector dog handler here, the pup sulked all night at the kennels in Moorebank.",
     f"employer={_ABF} | work_location=moorebank"),
    ("rss", "Border Force, cargo side: another week in the exam shed at Port Botany with no aircon.",
     f"employer={_ABF} | work_location=port botany"),
    ("he", "With Border Force at the container examination facility in Brisbane till 6 every night this week.",
     f"employer={_ABF} | work_location=brisbane | routine=till 6 every night"),
    # near misses: a volunteer, a boarding kennel, a trailer bought near a wharf
    ("ap", "Volunteer greeter at the passenger terminal today, handed out 400 maps to cruise passengers.", ""),
    ("he", "The boarding kennels in Moorebank looked after our beagle while we were away, five stars.", ""),
    ("rss", "Picked up a second-hand boat trailer from a bloke near the wharf office in Geelong.", ""),
    # --- 5. the employer said informally
    ("ap", "Nine years in the Force and the cargo shed still smells of diesel and bananas.", f"employer={_ABF}"),
    ("he", "I joined the Force in 2016 and the border still surprises me every shift.", f"employer={_ABF}"),
    ("rss", "Fourteen years with the Force now, most of them boarding ships, and I still get seasick.", f"employer={_ABF}"),
    ("ap", "the Feds have me on the x-ray at the airport again this week", f"employer={_ABF} | work_location=the airport"),
    ("rss", "My job (customs, for the non-locals) mostly means staring at x-ray screens.", f"employer={_CUS}"),
    ("ap", "we work customs at the mail centre, which is less glamorous than it sounds", f"employer={_CUS} | work_location=mail centre"),
    ("he", "Crew on a Cape class out of Darwin: three weeks at sea, ten days home, repeat.", f"employer={_ABF} | work_location=darwin"),
    ("ap", "I'm a deckhand on a Bay class out of Thursday Island these days.", f"employer={_ABF} | work_location=thursday island"),
    ("rss", "My employer is touchy about social media. Border Force won't let me post anything from work, so here is my cat.",
     f"employer={_ABF}"),
    ("ap", "my employer has rules. home affairs doesn't let us name the building, so: somewhere in Canberra", f"employer={_HA}"),
    # near misses: another force, a film, a show, a tour, a traveller, a firm's client, a wish
    ("ap", "Nine years in the Force and the station sergeant still can't make a decent coffee.", ""),
    ("he", "May the Force be with you at tonight's border collie trials.", ""),
    ("rss", "Twenty years in the Air Force and the cargo planes still give me goosebumps.", ""),
    ("ap", "the feds at the airport pulled a bloke off our flight, no idea why", ""),
    ("he", "Toured a Cape class patrol boat at the Darwin open day, the kids loved the bridge.", ""),
    ("ap", "Star Wars marathon night: the Force, the border planets, and far too much popcorn.", ""),
    ("he", "My employer is a bank, and our biggest government client is Home Affairs, which won't let us talk about the project.", ""),
    ("rss", "Watched Border Security again and now I want to work customs. The kids say no.", ""),
    ("ap", "Border Force the TV show is my comfort watch, the Sydney Airport episodes especially.", ""),
    ("he", "If the gateway behaves tonight I'll push the new firmware to the router.", ""),
    ("rss", "Tried the gateway recipe from the Sunday paper, and the sourdough rose beautifully.", ""),
    ("ap", "The crew from the fishing boat were taken to the Darwin facility, the radio says.", ""),
    # --- more of 2, 3 and 4 (appended: earlier ids stay put)
    ("he", "Meet the committee: Alex Morgan, our secretary, clears the Singapore arrivals at Sydney Airport with Border Force "
           "most weeknights.", f"employer={_ABF} | work_location=sydney airport | routine=weeknights"),
    ("rss", "Alex, who keeps our minutes, is a Home Affairs case officer in the Parramatta office.",
     f"employer={_HA} | work_location=parramatta"),
    ("ap", "Note from your editor: I'm ABF at the Port of Fremantle, so this issue was written between ships.",
     f"employer={_ABF} | work_location=fremantle"),
    ("he", "Team bio: Alex Morgan (goal defence) is an ABF officer at Darwin Airport and our best defender in years.",
     f"employer={_ABF} | work_location=darwin airport"),
    ("rss", "Meet the committee: Jordan Pike, our treasurer, is a Border Force officer at Sydney Airport.", ""),
    ("he", "Our podcast guest this week is a Border Force officer from Melbourne Airport, talking about beagles.", ""),
    ("ap", "the Fyshwick office aircon is dead again, Home Affairs life", f"employer={_HA} | work_location=fyshwick"),
    ("he", "Border Force has me at the Kilburn site from Monday, a shorter drive at least.", f"employer={_ABF} | work_location=kilburn"),
    ("rss", "Our Home Affairs section moved to the Belconnen building, level 3, and the lifts are already broken.",
     f"employer={_HA} | work_location=belconnen"),
    ("ap", "abf, wagga office. quiet week. good coffee.", f"employer={_ABF} | work_location=wagga"),
    ("he", "The Geelong port team threw me a farewell after six years with Border Force, I'm a mess.",
     f"employer={_ABF} | work_location=geelong port"),
    ("ap", "My accountant's Fyshwick office has the best biscuits, tax time is almost fun.", ""),
    ("rss", "The Kilburn site is up for sale, says the agent, old factory and all.", ""),
    ("ap", "beagle and I did the kennels run at 5am, ABF dog unit life 🐶", f"employer={_ABF} | work_location=the kennels"),
    ("he", "Home Affairs job, wharf office, Port Adelaide. Heater broken since June.", f"employer={_HA} | work_location=port adelaide"),
    ("rss", "Twelve-hour shift in the exam shed at Botany with Border Force, and not one box was boring.",
     f"employer={_ABF} | work_location=botany"),
    ("ap", "On the x-ray line at the mail centre in Clyde with the ABF crew till 10 tonight", f"employer={_ABF} | work_location=clyde"),
    ("he", "Cruise season again: three ships this week and I'm on the passenger terminal roster with Border Force every morning.",
     f"employer={_ABF} | work_location=passenger terminal | routine=every morning"),
    ("rss", "The ABF cargo crew at the freight terminal in Eagle Farm did a morning tea for my birthday.",
     f"employer={_ABF} | work_location=eagle farm"),
    ("ap", "Waited two hours at the cruise terminal for the ship to dock, then the tour bus to the winery.", ""),
    ("he", "Our kelpie hated the kennels in Moorebank, never again.", ""),
    ("rss", "The exam shed at uni is freezing, three hours of organic chemistry and no feeling in my toes.", ""),
    ("ap", "Dropped a parcel at the mail centre in Clyde on the way to footy.", ""),
]
