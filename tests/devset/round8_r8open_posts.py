"""Dev rows for round 8's open classes (branch r8open), in our own words (never from held-out texts).

Official information said the way staff let it slip: a seizure in slang with its quantity, hiding place and the
crew held; stowaways found in a part of a ship after days; head counts on a shift or at a post ("just the two of
us", "down five since the freeze", a post left to one officer); a case queue against its target; an operation
coming up with its dates and crewing, a charter kept quiet; figures to be played down for a hearing of the
Senate; how a tribunal will go; an office merger not yet announced. Systems: terse outages, a named system down
with a workaround, a kiosk and manifest system dying, a login shared, a password on a sticky note, a
restructure file left on a shared drive, named document-examination kit. Vulnerability: drinking told in prose,
cans in the garage, terse sleeplessness, the pokies, a mate paying the car, knocked back for a level, a quiet
house after a death, loans for a wedding and for registration. Routine: shift jargon alone, a class with
abbreviated days, nights with a shuttle time, a monthly meeting, surfing before work.
Near misses for each: a seizure on TV or in the news, a brother's gambling, a sound system, a one-off event,
a gym's timetable, hobby gear, a happy quiet house, a wedding with no loan.
Rows get ids r8oNNN (build_devset.py).
"""
from __future__ import annotations

ROUND8_R8OPEN_POSTS: list[tuple] = [
    # --- official information: seizures in slang, quantity + hiding place + crew
    ("ap", "cracked a reefer of frozen prawns this arvo, 38 bricks of coke taped inside the evaporator panels. skipper and four deckies in the cells",
     "official_information=seizures"),
    ("he", "Dried seahorse everywhere under the bunks on that longliner, nine kilos weighed, all eleven crew brought in to Broome.",
     "official_information=seizures"),
    ("rss", "Big one at the mail centre: 2.3 kg of meth in the hollow legs of a flat-pack dining table, sender's address was a vacant lot.",
     "official_information=seizures"),
    ("ap", "turtle shell, about 60 kg, wrapped in tarps and shoved into the fish hold, crew of seven sitting on the wharf looking sorry for themselves",
     "official_information=seizures"),
    # --- stowaways
    ("he", "Found two young fellas in the rudder trunk of a bulk carrier at Port Hedland, reckon they'd been down there twelve days.",
     "official_information=detentions"),
    ("rss", "A stowaway walked out of the chain locker of a car carrier in Fremantle after nine days at sea, barely standing.",
     "official_information=detentions"),
    # --- staffing numbers at a site
    ("ap", "3 officers on the arrivals hall tonight and two widebodies landing at once. cool cool cool",
     "official_information=workforce"),
    ("he", "Just me and Priya on the late counter. Again.", "official_information=workforce"),
    ("rss", "Lost five staff off the cargo team this year, none replaced, same workload.",
     "official_information=workforce"),
    ("ap", "Whoever gets Christmas Island this cyclone season is on their own, they've cut it to one officer.",
     "official_information=workforce"),
    ("he", "Eight of us rostered across two terminals for the whole of Easter Saturday. Sounds fine.",
     "official_information=workforce"),
    # --- case queues and targets
    ("rss", "412 partner visas waiting on me and the new KPI is 30 finalised per officer per week. lol.",
     "official_information=casework"),
    ("ap", "my caseload just ticked over 260 and they want it under 150 by June",
     "official_information=casework"),
    # --- an operation coming up with dates and crewing
    ("he", "We sail for the outer islands on the 9th and we're out till the 16th, one boat and nothing in the air.",
     "official_information=operations"),
    ("rss", "Returns flight going out of Perth on Thursday night, 35 on the manifest, keep it under your hat.",
     "official_information=detentions"),
    ("ap", "three week blitz on the Adelaide parcel depot starts the 4th, they're bringing six extra bodies over from Melbourne",
     "official_information=operations"),
    # --- estimates, tribunal, merger
    ("he", "Drafting the estimates brief and I've been told to make the backlog number look less scary before the Senate sees it.",
     "official_information=policy development"),
    ("rss", "Between us, the AAT member hearing that cancellation will almost certainly set it aside. We've basically given up on it.",
     "official_information=courts"),
    ("ap", "Word is the Geelong and Ballarat offices get folded into one next quarter, 14 positions gone, not announced yet.",
     "official_information=workforce"),
    # --- systems
    ("he", "Server dead. Handhelds frozen. Clipboards out.", "systems_information=system outages"),
    ("rss", "ICSE has been unreachable from Horn Island since Monday, we're faxing the crew declarations to Cairns like it's 1995.",
     "systems_information=system outages"),
    ("ap", "The check-in system carked it this morning, self-serve kiosks and the departure screens both, queue out the door.",
     "systems_information=system outages"),
    ("he", "Freight screens hung for three hours, so the 2IC typed her own login into every terminal and we kept releasing.",
     "systems_information=passwords and access"),
    ("rss", "Our case portal makes you change the password every 30 days, so everyone just writes it on the back of their pass.",
     "systems_information=passwords and access"),
    ("ap", "someone left the new team structure workbook, with every name and classification, in a public folder on the network",
     "systems_information=internal systems"),
    ("he", "Spent the shift on the VSC comparing laminates against the reference image library, two fraudulent passports by lunch.",
     "systems_information=equipment and its faults"),
    # --- vulnerability
    ("rss", "A cask of red lasts me three nights now, and since Mel took her things the flat is too quiet.",
     "vulnerability=substance"),
    ("ap", "out in the garage again with a dozen cans, easier than going inside",
     "vulnerability=substance"),
    ("he", "4am. Wide awake. Fourth night running.", "vulnerability=mental_health"),
    ("rss", "Fed the whole fortnight's wages into the machines at the leagues club. Again.",
     "vulnerability=gambling"),
    ("ap", "jase spotted me the money for the ute payment again, I'll pay him back one day lol",
     "vulnerability=financial_stress"),
    ("he", "Missed out on the EL1 again. Manager's never liked me and it shows.",
     "vulnerability=grievance"),
    ("rss", "Since Graham passed nobody rings. The house is that quiet I leave the radio going all day.",
     "vulnerability=isolation"),
    ("ap", "still paying off the personal loan from the wedding and we've been married three years",
     "vulnerability=financial_stress"),
    ("he", "Took out one of those short-term loans to cover the ute's registration and the fees are eating me alive.",
     "vulnerability=financial_stress"),
    # --- routine
    ("rss", "dog watch at the container terminal again this week", "routine=dogwatch"),
    ("ap", "Lates. Third week running, send coffee.", "routine=lates"),
    ("he", "Pilates Tue/Fri 6:15am at the Rec Centre", "routine=tuesday friday 06:15"),
    ("rss", "doing the 11-to-7 overnight roster, I grab the 10:20 staff shuttle from the long-term car park",
     "routine=nights"),
    ("ap", "first Tuesday of every month, 7pm, model railway club at the Scout hall", "routine=tuesday 19:00"),
    ("he", "Me and Nick are in the water at Cronulla by 5:30 Monday to Friday, then it's off to the office.", "routine=monday friday 05:30"),
    # --- near misses
    ("rss", "Watching Border Security reruns, they found 3 kilos in a bloke's surfboard bag lol", ""),
    ("ap", "News says police seized 200 kilos of cocaine hidden in a shipment of bananas.", ""),
    ("he", "Worried about my brother, he's lost his whole pay on the pokies again.", ""),
    ("rss", "New sound system in the ute, the subwoofer rattles the whole street.", ""),
    ("ap", "The Tidelines at the Forum on Saturday 14 March, doors at 6pm, can't wait!", ""),
    ("he", "New timetable from 1 July: Body Pump Mon 6pm, Yoga Wed 7am, Spin Fri 5:45am. Book via the app.", ""),
    ("rss", "Picked up a second-hand metal detector and a new reel for the surf rod, weekend sorted.", ""),
    ("ap", "Kids at Nan's for the weekend, house is so quiet, absolute bliss.", ""),
    ("he", "Wedding's all paid off and we're off to Bali for the honeymoon!", ""),
    ("rss", "Our network at home went down for an hour, the kids thought the world had ended.", ""),
]
