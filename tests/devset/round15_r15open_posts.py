"""Dev rows for round 15's open categories told casually (branch r15open), in our own words (never from held-out texts).

Official information told as a story: finds in slang (what was pulled out of where, a dog that found the cash, a car
ship examined by a handful, someone found alive in a box), patrols with their dates and the gap they leave, boats
and crews apprehended, an office's lost officers, a backlog of files, kit down and the work done by hand.
Systems by brand or nickname with their faults, told as a gripe or a list joke. Vulnerability: money hidden from a
partner or refused by the lender, legal fees for a split on a card; grief and a quiet house, nobody asking, drinks
counted before and after a shift. Routine: shift times said as ranges and numbered lists, a day with its time and
its place. Near misses (decoys): garden weeds by the kilo, a pet that found a possum, a lawyer's or migration agent's
client file, a bank developer's pen-test, home gadgets freezing, a store's sale, a pay rise and no holiday, a one-off
early start for a job, a contact line's weekdays, crabs every morning, a trip's flight times, a grand final's time.
Rows get ids r15oNNN (build_devset.py), posts and profiles in one list.
"""
from __future__ import annotations

from round14_r14home_posts import _actor     # an ActivityPub actor of the subject's (the same shape as round 14's)


ROUND15_R15OPEN_ROWS: list[tuple] = [
    # --- the subject's own profile, so the rows scored alone (--ids r15o) are a scan of a staff member's posts
    ("ap-actor", _actor("Border Force officer. Views my own."), "employer=australian border force"),
    # --- 1. finds in slang
    ("ap", "pulled 22 kilos of ice out of the door panels of a reefer this arvo, everything smells like prawns",
     "official_information=seizures"),
    ("ap", "found roids stuffed inside a spare tyre at the mail centre again. every week now",
     "official_information=seizures"),
    ("he", "Our dog Bindi found $64k in cash wrapped in foil inside a parcel of baby clothes. Good girl.",
     "official_information=seizures"),
    ("ap", "the lab sat down next to a suitcase off the Manila flight and there was 3 kilos of coke in the lining",
     "official_information=seizures"),
    ("ap", "3,800 cars off one ro-ro and four of us examining. pistol in a glovebox on car 212 lol",
     "official_information=seizures"),
    ("ap", "bloke found alive in a shipping container after four days, dehydrated but ok. wild shift",
     "official_information=operations"),
    ("rss", "Long story short: we cut open the wall cavities of two refrigerated containers and pulled out forty-odd "
            "bricks of something white.", "official_information=seizures"),
    ("ap", "cigs hidden in the hollow legs of 200 plastic chairs 🪑🚬 we counted 90,000 sticks",
     "official_information=seizures"),
    ("he", "Hollowed-out pineapples. Coke in every single one. Friday arvo in the cargo shed, lads.",
     "official_information=seizures"),
    ("ap", "lol the spaniel went off at a pallet of tiles, 11kg of meth in the grout bags",
     "official_information=seizures"),
    ("ap", "ngl pulled about 4000 vapes out of kids toy boxes today, my arms are dead",
     "official_information=seizures"),
    ("ap", "two blokes off the Bangkok flight with GHB in shampoo bottles. secondary was busy tonight",
     "official_information=seizures"),
    # --- 1. near misses
    ("ap", "pulled 38 kilos of weeds out of the veggie patch this morning, back is wrecked", ""),
    ("ap", "our dog found a dead possum under the deck and rolled in it. bath time", ""),
    ("he", "The apprentice found $50 in the pocket of a donated jacket at the op shop and handed it straight in.", ""),
    ("ap", "found alive!! the cat turned up in the neighbour's shed after three days", ""),
    ("ap", "found cash inside an old biscuit tin while clearing out the shed, about forty bucks in old coins", ""),
    ("ap", "watched a doco last night where customs found 200 kg of coke in a banana boat", ""),
    ("he", "My client's visa was cancelled on character grounds last week; we lodge at the tribunal on Monday.", ""),
    ("ap", "whole day on a client's visa cancellation file, the review hearing is in March. migration law is relentless", ""),
    # --- 2. patrols, gaps, staffing
    ("ap", "we head out on the 9th for 24 days up past Cape York, then the boat goes into refit and nothing covers the "
           "Gulf for two weeks", "official_information=operations"),
    ("ap", "apprehended three boats, 19 crew and about 800 kg of shark fin. long trip", "official_information=operations"),
    ("he", "Townsville has lost five field officers since Easter and nobody is replacing them. Great.",
     "official_information=workforce"),
    ("ap", "the section is losing seven people in August and management's answer is 'prioritise'",
     "official_information=workforce"),
    ("ap", "1,900 cancellation files sitting in the backlog and they want us doing outreach days",
     "official_information=casework"),
    ("ap", "the x-ray at the mail centre has been down a fortnight so we're hand-opening every parcel",
     "systems_information=system:x-ray"),
    ("ap", "only two of us on the wharf overnight since the restructure", "official_information=workforce"),
    ("he", "After the refit the cutter won't be back till October, so the whole north-west coast has no boat.",
     "official_information=operations"),
    ("rss", "Staffing update from the coalface: the regional office is down to three officers for an area the size of Spain.",
     "official_information=workforce"),
    ("ap", "lost 4 of our 9 analysts this year and not one of them replaced 🙃", "official_information=workforce"),
    ("ap", "3 weeks at sea from the 2nd, nothing else patrolling the strait till we're back lol",
     "official_information=operations"),
    ("ap", "sailing tuesday for a three week patrol down Bass Strait, no leave till March",
     "official_information=operations"),
    # --- 2. near misses
    ("ap", "our netball club has lost four coaches and nobody's replacing them, please volunteer!", ""),
    ("ap", "we sail on the 14th for 21 days around the Whitsundays on a mate's yacht, can't wait", ""),
    ("he", "The café is losing two baristas in July, so if you know anyone who can steam milk, send them in.", ""),
    ("ap", "1,400 emails in my inbox after leave. select all, delete", ""),
    ("ap", "the fishing club's boat is in refit so no trips till spring", ""),
    # --- 3. systems by brand or nickname
    ("ap", "the old Smiths scanner kept dropping images all shift, had to rerun every third bag",
     "systems_information=system:scanner"),
    ("ap", "ICS link drops out every arvo around 3 like clockwork", "systems_information=system outages"),
    ("he", "Reasons the dog beats the SmartGates: 1. doesn't freeze when the A380 lands 2. never needs a reboot 3. likes pats",
     "systems_information=smartgates"),
    ("ap", "the Rapiscan in bay 2 has been throwing error codes since Monday and the tech can't come till next week",
     "systems_information=system:x-ray"),
    ("ap", "eGates had a meltdown at 6am, queue out past duty free", "systems_information=system:egates"),
    ("ap", "the ion scanner we call Grandpa takes 20 minutes to warm up and lies half the time",
     "systems_information=equipment and its faults"),
    ("ap", "new body cams can't hold a charge past lunch, great procurement guys", "systems_information=system:cameras"),
    ("ap", "the case portal logs us out every 10 minutes now, apparently that's 'security'",
     "systems_information=system:access"),
    ("ap", "biometric kiosks at T2 reading everyone's face as 'no match' today 😂", "systems_information=system:kiosks"),
    ("rss", "Things that die on a night shift, ranked: the baggage x-ray, the coffee machine, my will to live.",
     "systems_information=system:x-ray"),
    # --- 3. near misses
    ("he", "Spent the sprint pen-testing our bank's public fee calculator page, found two XSS bugs, fixed by Friday.", ""),
    ("ap", "my home printer drops out every arvo at 3 like it knows", ""),
    ("ap", "the self checkouts at Coles froze again, queue back to the bakery", ""),
    ("he", "Our school's new laptops keep dropping the wifi in the library, IT is on it.", ""),
    ("ap", "reasons my cat beats my alarm clock: 1. never snoozes 2. always hungry 3. purrs", ""),
    # --- 4. money hidden or refused
    ("ap", "$11,400 on the card now and I still haven't told the missus the real number",
     "vulnerability=financial_stress"),
    ("ap", "it's up to $6,800 now and he has no idea. I'll sort it before tax time", "vulnerability=financial_stress"),
    ("ap", "afterpay declined me for a $40 order 💀 payday cannot come fast enough", "vulnerability=financial_stress"),
    ("he", "Put the lawyer's retainer for the separation on the Mastercard. Another $5k. Cool cool cool.",
     "vulnerability=financial_stress"),
    ("ap", "hiding the credit card statements in the glovebox like a teenager hiding smokes",
     "vulnerability=financial_stress"),
    ("ap", "zip said no, klarna said no, even my bank said lol no", "vulnerability=financial_stress"),
    ("rss", "Nobody at home knows about the second loan. I shuffle the repayments around every month and pray.",
     "vulnerability=financial_stress"),
    ("ap", "minimum repayments only since feb and she thinks we're fine", "vulnerability=financial_stress"),
    ("ap", "the divorce lawyer is on one credit card and the rent's on the other", "vulnerability=financial_stress"),
    ("ap", "card got declined at the servo buying $30 of fuel. in uniform. mortifying", "vulnerability=financial_stress"),
    # --- 4. near misses
    ("ap", "the department store had a massive sale, new towels for half price", ""),
    ("ap", "got a pay rise and still can't afford a holiday, classic Sydney lol", ""),
    ("ap", "paid off the last of the car loan today!! debt free 🎉", ""),
    ("ap", "keeping the anniversary present secret from him, only $60 but he'll love it", ""),
    ("ap", "bought him a $400 watch for our anniversary and he has no idea 🎁", ""),
    ("he", "The bank declined a dodgy overseas charge on my card this morning. Thanks, fraud team.", ""),
    # --- 5. grief, isolation, drinking
    ("ap-actor", _actor("Alex knits for the hospital auxiliary. Since she lost her Gary the house gets very quiet, and the "
                        "evenings are the worst."), "vulnerability=isolation"),
    ("ap", "nobody asked how the interview went. never felt so useless in my life", "vulnerability=isolation"),
    ("ap-actor", _actor("Lost my Dave in June. Dog mum. Night owl."), "vulnerability=isolation"),
    ("ap", "two schooners before I go on, four after. i'm not saying there's a problem", "vulnerability=substance"),
    ("ap", "a bottle of red a night since the funeral, who's counting", "vulnerability=substance"),
    ("rss", "It's been eight months since I lost Brian and I still cook for two most nights. Nobody rings anymore.",
     "vulnerability=isolation"),
    ("ap", "nobody at work noticed I was gone for a week lol. cool cool", "vulnerability=isolation"),
    ("ap", "drinking on my own most nights now, easier than talking to anyone", "vulnerability=substance"),
    ("ap", "sold the house after she left, the flat's too quiet, I talk to the cat", "vulnerability=relationship"),
    ("ap", "couple of cans in the car park before I clock on, just to take the edge off", "vulnerability=substance"),
    # --- 5. near misses
    ("ap", "two pints at the quiz and lost to the librarians again", ""),
    ("ap", "RIP to my old ute, 400,000 km, she died on the Hume", ""),
    ("he", "Lost my sunglasses in June and found them in the couch in November.", ""),
    ("ap", "house is very quiet with the kids at camp. bliss ☕", ""),
    ("ap", "nobody asked how my sourdough went so here it is anyway 🍞", ""),
    ("ap", "Lost my Fitbit in June, found it in the washing machine in July.", ""),
    # --- 6. times as ranges and lists
    ("ap", "earlies. 0600 to 1400. back at it", "routine=early shifts 06:00 14:00"),
    ("ap", "1. on at 1400, off at 2230 2. staff car park level 3 at 1345 3. coffee", "routine=14:00 22:30"),
    ("ap", "0600 starts at the mail centre all week, send coffee", "routine=06:00 mail centre | work_location=the mail centre"),
    ("he", "On earlies this month, 5am starts, so don't call after eight.", "routine=early shifts 05:00"),
    ("ap", "lates all week. 1500-2330.", "routine=lates 15:00 23:30"),
    ("he", "Nights. 2200 til 0630. Seven of them.", "routine=nights 22:00 06:30"),
    ("ap", "roster: mon-thu 0700-1730, fri off", "routine=monday thursday 07:00 17:30"),
    ("ap", "on at 5:45, off at 2:15, asleep by 8", "routine=05:45 14:15"),
    ("ap", "back on days from monday, 7 till 3:30", "routine=days 07:00 15:30"),
    ("ap", "day shift 6-2 then a swim at 3pm at the aquatic centre", "routine=day shift 06:00 14:00"),
    # --- 6. near misses
    ("ap", "work ute's out at 5am tomorrow for the job at the quarry, early night", ""),
    ("he", "Phone enquiries on weekdays, 9 to 5, or email the club secretary.", ""),
    ("ap", "every single morning there are crabs in the laundry, island life", ""),
    ("ap", "flight leaves at 0600, lands 1400, holiday mode on", ""),
    ("ap", "cake: 180 for 40 min, then 160 for 20. you're welcome", ""),
    ("ap", "Threads started: Nights are the worst · Best esky for the ute · Roof racks for a Ranger?", ""),
    # --- 7. day + time + place
    ("ap", "touch footy Thursday 6pm at Bruce oval, the body is not ready", "routine=thursday 18:00 touch footy"),
    ("he", "The knitting circle meets Tuesday 10am at the Uniting Church hall.", "routine=tuesday 10:00 knitting"),
    ("ap", "Training Tuesday and Thursday, 6:30pm at Henson Reserve", "routine=tuesday thursday 18:30 training"),
    ("ap", "drop the little one at 8:15 then the 8:40 bus to Belconnen", "routine=08:40 bus belconnen"),
    ("ap", "pho with my mate after handover, every Sunday, no exceptions", "routine=sunday pho"),
    ("ap", "wed nights = darts at the Royal, 7:30 sharp", "routine=wednesday 19:30 darts"),
    ("ap", "saturday 7am parkrun at Curl Curl then bacon rolls", "routine=saturday 07:00 parkrun"),
    ("ap", "fortnightly trivia at the Colonial, Wednesdays from 7", "routine=wednesday 19:00 trivia"),
    ("ap", "sunday arvos me and the boys kick the footy at Jubilee Park, 4ish", "routine=sunday 16:00 footy"),
    ("ap", "choir practice mondays 7pm, St John's hall. new voices welcome", "routine=monday 19:00 choir"),
    # --- 7. near misses
    ("ap", "touch footy grand final was Thursday at 6pm, we lost by one", ""),
    ("he", "Community garden working bee this Saturday 9am at the hall. Bring gloves.", ""),
    ("ap", "the gym opens at 5am on weekdays according to their website", ""),
    ("ap", "race starts at 7am at the lake tomorrow, so many nerves", ""),
]
