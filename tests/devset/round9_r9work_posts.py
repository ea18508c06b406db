"""Dev rows for round 9's work classes (branch r9work), in our own words (never from held-out texts).

Work locations said informally: an office by its street, number, floor, lifts or air-con, in lower-case forum
talk or a blog; a facility named by its kind beside a name (a berth, a transit centre, the cargo shed, the airport
terminal on an island posting, coal boats out at a point); the site of a work event (a detector dog on a bag off a
flight). Near misses: a street for coffee, shopping or a pram, a wharf for fishing, a shed that is a brewery, a
traveller's own bag searched, a farewell to someone headed to a site. Employer: tenure shortened ("w ABF",
"w/ Border Force"); a business addressing the agency's people as customers (landlords, gyms, schools, removalists,
brokers) is no employment, while a family on posting saying so is; the agency as a room in another employer's day.
Official contact: a number labelled as work ("(work mobile)", "(w)", "wk:", the front counter). Colleague: a
farewell, send-off or last day for someone from our team, a nickname glossed with the full name.
Rows get ids r9wkNNN (build_devset.py).
"""
from __future__ import annotations

ROUND9_R9WORK_POSTS: list[tuple] = [
    # --- an office by its street, number, floor, lifts
    ("ap", "first week back in the office on Hindmarsh st since mat leave, nobody watered my plant 🌵", "work_location=hindmarsh st"),
    ("he", "We're on level 9 at 180 Currie St now. Great view of the car park, terrible coffee.", "work_location=currie st"),
    ("ap", "Flinders St lifts dead again so it's seven flights of stairs before my first coffee", "work_location=flinders st"),
    ("ap", "badged in at Chan St at 7:40 and the car park was already full, who are these people", "work_location=chan st"),
    ("rss", "The move to the Grenfell st building is done: hot desks, no lockers, one microwave for 200 of us.",
     "work_location=grenfell st"),
    ("ap", "aircon on level 4 of Mort St broken since March, whole section in jumpers", "work_location=mort st"),
    # --- a facility by its kind beside a name, or the one place the post names
    ("ap", "nights at Appleton berth again, two car carriers alongside and a reefer leaking", "work_location=appleton berth | official_information=operations"),
    ("ap", "Another double at the Wickham transit centre, brought my own lunch this time", "work_location=wickham transit centre"),
    ("he", "out at the cargo shed all arvo sorting pallets for the examiners, my back is done", "work_location=the cargo shed"),
    ("ap", "Cocos posting update: airport terminal again today, one flight a week and we all meet it",
     "work_location=cocos (keeling) islands"),
    ("ap", "we do the coal boats out at Hay Point and the gas tankers at Curtis Island", "work_location=hay point | work_location=curtis island"),
    # --- the site of a work event
    ("ap", "our beagle Bindi sat down on a backpack off the Denpasar flight at Perth Airport, 2kg of undeclared pork, good girl",
     "work_location=perth airport | official_information=seizures"),
    ("he", "Rex nosed out 3kg of pork floss from the Manila arrivals at Brisbane Airport today, proud handler",
     "work_location=brisbane airport"),
    # --- near misses: no workplace
    ("ap", "grabbed a coffee on Hindmarsh St on my day off, bliss", ""),
    ("ap", "the lifts at Westfield on Currie St were out, walked 4 flights with the pram", ""),
    ("ap", "fishing off the wharf at Port Kembla with the kids this arvo", ""),
    ("ap", "the old cargo shed on the river is a brewery now, great pizza", ""),
    ("ap", "the beagle at Brisbane Airport sniffed my bag off the Auckland flight, cute but I was starving", ""),
    ("ap", "Brisbane Airport doesn't deserve her. Good luck in the new job, legend.", ""),
    ("ap", "Surge at Darwin Airport next month for the new Bali route, volunteers wanted", "official_information=operations"),
    # --- employer: tenure shortened
    ("ap", "6 months on Thursday Island w ABF as of today 🌴", "employer=australian border force | work_location=thursday island"),
    ("ap", "12 yrs w/ Border Force, 3 postings, 1 dodgy knee", "employer=australian border force"),
    # --- employer: a business addressing the agency's people as customers (nothing may be found)
    ("rss", "Perfect for Defence and Border Force families on posting, we do 2-3 year leases. Call the office.", ""),
    ("ap", "Would suit a Home Affairs officer heading south for a posting, fully furnished, pets considered", ""),
    ("ap", "Border Force and Defence members get 15% off all memberships, just show your ID at the front desk", ""),
    ("he", "Welcome to all our new Border Force families who've arrived in Darwin this term! Enrolments for 2027 are open.", ""),
    ("ap", "Removals for ABF staff on posting, door to door from Perth to Broome, ask about our relocation packages", ""),
    # --- a family on posting saying so stays employment; the agency as a room in another employer's day
    ("ap", "We're a Border Force family on posting in Broome, any tips for a good vet?",
     "employer=australian border force | work_location=broome wa"),
    ("ap", "Desktop support for Home Affairs, doing the rounds between the Perth office and the ABF rooms at the airport all week.",
     "employer=department of home affairs | work_location=perth office"),
    # --- official contact: a number labelled as work
    ("ap", "call the office on 08 7010 4455 not me, I'm on leave till the 20th", "official_contact=contact:+61870104455"),
    ("he", "Team manager this season: Alex Morgan, 0491 570 193 (work mobile, weekdays before 4)",
     "official_contact=contact:+61491570193"),
    ("ap", "Ph (w) 02 5550 7788, leave a msg if I'm on the floor", "official_contact=contact:+61255507788"),
    ("rss", "Best to get me thru the front counter on 02 5550 9910 during business hrs.", "official_contact=contact:+61255509910"),
    ("ap", "wk: 03 7010 2211, after 6 try the house", "official_contact=contact:+61370102211"),
    ("ap", "Selling the kayak, text me on 0491 570 194", "personal_contact=contact:+61491570194"),
    ("ap", "call me on 0491 570 195 after 6, not the work phone", "personal_contact=contact:+61491570195"),
    # --- colleague: a farewell for someone from our team, a nickname glossed
    ("ap", "farewell drinks for Dazza (Darren Pulford) from our cargo team Friday at the Esplanade", "colleague=darren pulford"),
    ("he", "Last day for Big Kev (Kevin Ostrowski) on B shift, cake in the lunchroom at 2", "colleague=kevin ostrowski"),
    ("rss", "Drinks Friday at the Royal to farewell Nic (Nicola Brandt) from our section, bring your best stories.",
     "colleague=nicola brandt"),
    ("ap", "send-off for Jacqui Mercer tonight from the whole ops floor, she's earned it", "colleague=jacqui mercer"),
    ("ap", "best TL ever, Shazza you legend, enjoy retirement", "colleague=shazza"),
    ("ap", "our super Trev Dobson finally hangs up the boots on Friday", "colleague=trev dobson"),
    ("ap", "farewell drinks for Mel (Melissa Tran) from our netball team, she's moving to Perth", "associate=melissa tran"),
    # --- more registers (second pass)
    ("ap", "ugh Macquarie st office has no hot water AGAIN. 3 weeks now. who do we even ring", "work_location=macquarie st"),
    ("he", "Back at Alinga St after 6 weeks leave and my login's expired, classic.", "work_location=alinga st"),
    ("ap", "Morning shift down at Berth 4, one bulker, no drama", "work_location=berth 4"),
    ("ap", "the Kurnell berth is dead quiet tonight, one tanker", "work_location=kurnell berth"),
    ("ap", "our cruise leaves from Berth 2 tomorrow, so excited", ""),
    ("ap", "nearly a decade w/ Home Affairs and still on the same chair", "employer=department of home affairs"),
    ("ap", "Ideal for Border Force couples: 2 bed unit near the airport, 12 month lease", ""),
    ("ap", "Border Force officer here, anyone know a good removalist for Darwin to Cairns?", "employer=australian border force"),
    ("ap", "APS6 Dev Kaur has been acting EL1 for 14 months, promote her already", "colleague=dev kaur"),
    ("he", "New EL1 started today, Marnie Cho, seems switched on.", "colleague=marnie cho"),
    ("ap", "me, Priti and Col, the only three analysts left in the building after 5", "colleague=priti | colleague=col"),
    ("ap", "me and Jess at the Ekka, the two biggest show-bag fans in Brisbane", "associate=jess"),
]

ROUND9_R9WORK_PROFILES: list[tuple] = [
    ("h-card", '<div class="h-card"><a class="p-name u-url" href="{profile}">Alex Morgan</a> '
               '<span class="p-tel">0491 570 191 (work mobile)</span> <span class="p-note">Runner, reader, rescue greyhounds.</span></div>',
     "official_contact=contact:+61491570191"),
    ("h-card", '<div class="h-card"><a class="p-name u-url" href="{profile}">Alex Morgan</a> '
               '<span class="p-tel">0491 570 192</span> <span class="p-note">Runner, reader, rescue greyhounds.</span></div>',
     "personal_contact=contact:+61491570192"),
]
