"""Build devset.jsonl: labelled posts and profile fields wrapped in their real source formats.

Written before the detectors (the labels say what a careful human reviewer would
flag, not what the code finds). Each line: {id, format, source, labels:[{category,key}]}
where `source` is the snippet as the platform serves it: an ActivityPub Note or
actor, an h-entry / h-card HTML fragment, an RSS <item>, or a JSON-LD Person.
Every person, address, number and email is fictional (reserved 0491 570 xxx /
02 5550 xxxx / 03 7010 xxxx numbers, example.* domains).

Run: .venv/bin/python tests/devset/build_devset.py  (rewrites devset.jsonl)
"""
from __future__ import annotations

import html
import json
from pathlib import Path

from blind6_posts import BLIND6_POSTS
from identity_posts import IDENTITY_POSTS, IDENTITY_PROFILES
from meaning2_posts import MEANING2_POSTS
from meaning3_posts import MEANING3_POSTS
from meaning_posts import MEANING_POSTS
from people2_posts import PEOPLE2_POSTS
from people3_posts import PEOPLE3_POSTS
from people4_posts import PEOPLE4_POSTS
from people5_posts import PEOPLE5_POSTS
from places3_posts import PLACES3_POSTS
from round4_posts import ROUND4_POSTS, ROUND4_PROFILES
from round5_posts import ROUND5_POSTS
from round6_r6open_posts import ROUND6_R6OPEN_POSTS
from round6_r6people_posts import ROUND6_PEOPLE_POSTS
from round7_r7people_posts import ROUND7_PEOPLE_POSTS
from round8_r8people_posts import ROUND8_PEOPLE_POSTS
from round6_r6places_posts import ROUND6_PLACES_POSTS, ROUND6_PLACES_PROFILES
from round7_r7places_posts import ROUND7_PLACES_POSTS
from round7_r7open_posts import ROUND7_R7OPEN_POSTS
from round8_r8open_posts import ROUND8_R8OPEN_POSTS
from round8_r8places_posts import ROUND8_PLACES_POSTS, ROUND8_PLACES_PROFILES
from round8_r8work_posts import ROUND8_R8WORK_POSTS
from round9_r9offinfo_posts import ROUND9_R9OFFINFO_POSTS
from round9_r9people_posts import ROUND9_PEOPLE_POSTS
from round9_r9work_posts import ROUND9_R9WORK_POSTS, ROUND9_R9WORK_PROFILES
from round10_r10work_posts import ROUND10_R10WORK_POSTS, ROUND10_R10WORK_PROFILES
from round9_r9third_posts import ROUND9_R9THIRD_POSTS
from round10_r10people_posts import ROUND10_PEOPLE_POSTS
from round10_r10home_posts import ROUND10_R10HOME_POSTS, ROUND10_R10HOME_PROFILES
from round10_r10open_posts import ROUND10_R10OPEN_POSTS
from round10_r10left_posts import ROUND10_R10LEFT_POSTS
from round11_r11work_posts import ROUND11_R11WORK_POSTS, ROUND11_R11WORK_PROFILES
from round11_r11sites_posts import ROUND11_R11SITES_POSTS
from round12_r12sites_posts import ROUND12_R12SITES_POSTS
from round11_r11people_posts import ROUND11_PEOPLE_POSTS
from round11_r11open_posts import ROUND11_R11OPEN_POSTS
from round11_r11home_posts import ROUND11_R11HOME_POSTS, ROUND11_R11HOME_PROFILES
from round12_r12open_posts import ROUND12_R12OPEN_POSTS
from round12_r12people_posts import ROUND12_PEOPLE_POSTS
from round12_r12home_posts import ROUND12_R12HOME_ROWS
from round12_r12work_posts import ROUND12_R12WORK_POSTS
from round13_r13sites_posts import ROUND13_R13SITES_POSTS
from round13_r13people_posts import ROUND13_PEOPLE_POSTS
from round13_r13home_posts import ROUND13_R13HOME_ROWS
from round13_r13ctrl_posts import ROUND13_R13CTRL_POSTS
from round13_r13open_posts import ROUND13_R13OPEN_POSTS
from round14_r14open_posts import ROUND14_R14OPEN_POSTS
from round14_r14people_posts import ROUND14_PEOPLE_POSTS
from round14_r14sites_posts import ROUND14_R14SITES_POSTS
from round14_r14emp_posts import ROUND14_R14EMP_POSTS
from round14_r14home_posts import ROUND14_R14HOME_ROWS
from round15_r15people_posts import ROUND15_PEOPLE_POSTS
from round15_r15open_posts import ROUND15_R15OPEN_ROWS
from round15_r15home_posts import ROUND15_R15HOME_ROWS
from round15_r15work_posts import ROUND15_R15WORK_POSTS
from round15_r15bpeople_posts import ROUND15_R15BPEOPLE_POSTS
from round15_r15bwork_posts import ROUND15_R15BWORK_POSTS
from round15_r15bopen_posts import ROUND15_R15BOPEN_ROWS, ROUND15_R15BOPEN_PROFILES

SUBJECT = {"name": "Alex Morgan", "aliases": ["alexm", "Lexi"]}
PROFILE = "https://social.example/@alexm"
PREFIX = {"employer": "employer:", "colleague": "colleague:", "family": "family:", "associate": "associate:",
          "official_information": "official_information:", "vulnerability": "vulnerability:",
          "systems_information": "system:", "routine": "routine:", "geotag": "geotag:",
          "work_location": "place:", "home_location": "place:"}

# (format, text, labels, options). Labels: "category=key | ..."; a key without ':' gets the
# category's prefix above. "" means a decoy: nothing must fire.
POSTS: list[tuple] = [
    # --- employer
    ("ap", "Six years in and still proud to be a Border Force officer. Best job in the country.", "employer=australian border force"),
    ("he", "First day back on shift at ABF after leave and the coffee machine is still broken.", "employer=australian border force"),
    ("rss", "Passing out parade today! Officially an Australian Border Force officer. Mum cried.", "employer=australian border force"),
    ("ap", "Can't believe it's been ten years since I joined the Department of Immigration and Border Protection.", "employer=department of immigration and border protection"),
    ("he", "Working for DIBP has taught me more about paperwork than uni ever did.", "employer=department of immigration and border protection"),
    ("ap", "New cap badge arrived. #ABFofficer", "employer=australian border force", {"tags": ["ABFofficer"]}),
    ("ap", "Our team at Maritime Border Command got a shout-out from the Commissioner this week.", "employer=maritime border command"),
    ("ap", "Me in the uniform on graduation day with the rest of the ABF recruits #BorderForce", "employer=australian border force", {"tags": ["BorderForce"]}),
    ("rss", "Been with Customs and Border Protection since 2009, before it all became ABF.", "employer=australian customs and border protection service | employer=australian border force"),
    ("rss", "Reflections on my first year as an immigration officer at the Department of Immigration. The training college was tough but worth it.", "employer=department of immigration and border protection", {"title": "One year in"}),
    ("he", "I'm an APS5 in the Visa Compliance team, ask me anything about the paperwork life", "employer=visa compliance"),
    ("ap", "Night shift done. Love my job at Border Force but 12 hours on your feet is brutal.", "employer=australian border force"),
    ("he", "Detector dog handler with the ABF and proud owner of Rex's retirement couch.", "employer=australian border force"),
    ("ap", "Graduated from the ABF College today with my whole squad. #ProtectingOurBorders", "employer=australian border force", {"tags": ["ProtectingOurBorders"]}),
    ("rss", "Wearing the Border Force uniform to my cousin's school careers day tomorrow, wish me luck.", "employer=australian border force"),
    # employer decoys
    ("ap", "Our border collie Millie just learned to open the back gate. Send help.", ""),
    ("he", "Watching Border Security again tonight, that bloke with the undeclared prawns is a legend.", ""),
    ("rss", "Crossed the state border into Queensland at Coolangatta, finally on holidays.", ""),
    ("ap", "Spent the day at Harbourside Migration Lawyers preparing visa applications for clients. Love my team.", ""),
    ("he", "Flew through Sydney Airport on the way to Bali, customs queue was 40 minutes.", ""),
    ("ap", "The ABC reports that Australian Border Force seized a record amount of cocaine in Sydney this week.", ""),
    ("rss", "Great result by #BorderForce today, well done to whoever found that stash.", "", {"tags": ["BorderForce"]}),
    ("ap", "I work in customer service at a Qantas lounge, the international travellers are lovely.", ""),
    ("he", "Customs House in Circular Quay has a great rooftop bar.", ""),
    ("ap", "Immigration is a complex topic and I'm enjoying this podcast about it.", ""),
    ("rss", "The department store sale is on, grab a bargain.", ""),
    ("ap", "Officer, I swear I wasn't speeding.", ""),
    ("he", "My badge for 100 parkruns finally arrived!", ""),
    ("ap", "Just finished a border collie agility class with Millie.", ""),
    # --- colleague
    ("ap", "Farewell drinks for Priya Raman tonight, 20 years at Border Force and the best supervisor I ever had.", "colleague=priya raman | employer=australian border force"),
    ("he", "Shout out to my colleague Tom Nguyen for organising the best trivia night ever.", "colleague=tom nguyen"),
    ("ap", "Lunch with the work crew: @dana_k, @benw and Jess Taylor. Best team at ABF.", "colleague=dana_k | colleague=benw | colleague=jess taylor | employer=australian border force", {"mentions": ["dana_k", "benw"]}),
    ("rss", "Congrats to my team leader Mark Ellis on his promotion to Superintendent at ABF!", "colleague=mark ellis | employer=australian border force"),
    ("ap", "My workmate Sam Patel and I finally sorted the roster swap.", "colleague=sam patel"),
    ("he", "Big thanks to fellow officer Karen Wu for covering my shift on Saturday.", "colleague=karen wu"),
    ("ap", "Photo with my partner on shift, Officer Liam Brooks, in full uniform at the terminal.", "colleague=liam brooks"),
    ("ap", "Cracking effort from our Marine Unit crew today, especially @jrossi and @mchen.", "colleague=jrossi | colleague=mchen | employer=marine unit", {"mentions": ["jrossi", "mchen"]}),
    ("rss", "Retirement morning tea for Graham Holt after 35 years with Customs. Legend of our Cargo and Mail Operations floor.", "colleague=graham holt | employer=cargo and mail operations"),
    ("he", "Huge welcome to our new recruits, especially Hannah Lee who topped the ABF academy.", "colleague=hannah lee | employer=australian border force"),
    ("ap", "My supervisor Dave Kowalski says I'm ready for the inspector exam.", "colleague=dave kowalski"),
    ("ap", "Coffee run for my work team today: Ravi Singh, Lauren Fox and Chris Doyle.", "colleague=ravi singh | colleague=lauren fox | colleague=chris doyle"),
    # colleague decoys
    ("he", "My colleague at the law firm, Jenny Park, recommended this podcast.", ""),
    ("ap", "Sarah Chen's new book on border history is out, highly recommend.", ""),
    ("rss", "Peter Dutton announced new border policy today.", ""),
    ("ap", "Tagging @coffeeguy because this latte art is incredible.", "", {"mentions": ["coffeeguy"]}),
    ("he", "Taylor Swift tickets are impossible to get.", ""),
    # --- official_contact
    ("ap", "For rostering questions email me at alex.morgan@border.gov.au", "official_contact=contact:alex.morgan@border.gov.au | employer=department of immigration and border protection"),
    ("he", "Happy to help with the club's questions re import rules, j.smith at border dot gov dot au", "official_contact=contact:j.smith@border.gov.au"),
    ("ap", "Work number is 02 5550 1234 if anyone from the footy club needs me during the day.", "official_contact=contact:+61255501234"),
    ("rss", "Reach me at the office: (02) 5550 8811, ext 204.", "official_contact=contact:+61255508811"),
    ("ap", "amorgan[at]abf[dot]gov[dot]au for anything about the charity run", "official_contact=contact:amorgan@abf.gov.au | employer=australian border force"),
    ("he", "Send the photos to my work email a.morgan(at)homeaffairs(dot)gov(dot)au", "official_contact=contact:a.morgan@homeaffairs.gov.au | employer=department of home affairs"),
    ("ap", "My desk phone at the Belconnen office is 02 5550 4477, call before 4pm.", "official_contact=contact:+61255504477 | work_location=place:dibp national office, belconnen"),
    ("rss", "Direct line at work: +61 2 5550 3322", "official_contact=contact:+61255503322"),
    ("ap", "If you need the Maritime Border Command duty contact it's ops.duty@mbc.gov.au", "official_contact=contact:ops.duty@mbc.gov.au"),
    ("he", "Sponsorship enquiries for the Customs FC charity match: k.lee@customs.gov.au", "official_contact=contact:k.lee@customs.gov.au"),
    ("ap", "Call me at work on 03 7010 5566 about the carpool.", "official_contact=contact:+61370105566"),
    ("rss", "Questions about the fundraiser? My work email is alex_morgan@immi.gov.au", "official_contact=contact:alex_morgan@immi.gov.au | employer=department of immigration and border protection"),
    # official_contact decoys
    ("ap", "The ABF general enquiry line is on their website, don't ask me.", ""),
    ("he", "Call 000 in an emergency, not this page.", ""),
    ("ap", "Email feedback@example.org with your entries for the photo comp.", ""),
    ("rss", "The report lists 1300 555 123 as the hotline for tips.", ""),
    ("ap", "Call Lifeline on 13 11 14 if you're struggling.", ""),
    # --- work_location
    ("ap", "Another 5am shift start at Sydney Airport. The arrivals hall is chaos during school holidays.", "work_location=sydney airport | routine=5am shift sydney airport"),
    ("he", "Posted to Christmas Island for the next six months. Packing the sunscreen.", "work_location=christmas island"),
    ("ap", "Shift at Villawood IDC was quiet for once.", "work_location=villawood immigration detention centre"),
    ("rss", "Three years at the Port Botany container terminal with the ABF cargo team.", "work_location=port botany | employer=australian border force"),
    ("ap", "Our office at 26 Lee Street has the worst lifts in Sydney.", "work_location=parramatta regional office"),
    ("he", "Transferred to the Melbourne Airport team from next month, goodbye Sydney!", "work_location=melbourne airport"),
    ("ap", "Working the international terminal at Brisbane Airport all week on earlies.", "work_location=brisbane airport | routine=earlies brisbane airport"),
    ("rss", "Stationed at Fremantle Port these days, the sunsets from the wharf are unreal.", "work_location=fremantle port"),
    ("ap", "Clocked on at the International Mail Centre at 6, already 300 parcels flagged for inspection.", "work_location=sydney gateway facility (international mail centre) | official_information=cargo inspection"),
    ("he", "Deployed to Darwin for the Operation Sovereign Borders rotation.", "work_location=darwin | official_information=operations"),
    ("ap", "My desk at the Belconnen office has a view of the car park and nothing else.", "work_location=dibp national office, belconnen"),
    ("rss", "Twelve hours at Maribyrnong IDC, home to bed.", "work_location=maribyrnong immigration detention centre"),
    # work_location decoys
    ("ap", "Picked up Mum from Melbourne Airport, her flight was two hours late.", ""),
    ("he", "Landed at Perth Airport, holiday mode on!", ""),
    ("ap", "Protest outside Villawood detention centre this weekend, bring signs.", ""),
    ("rss", "The documentary about the Christmas Island crab migration was beautiful.", ""),
    ("ap", "Port Botany traffic was backed up for kilometres this morning.", ""),
    # --- home_location
    ("ap", "Finally got the keys! Our place in Marrickville is tiny but it's ours.", "home_location=place:marrickville nsw"),
    ("he", "Moved to 12 Wattle Street, Lyneham last weekend, neighbours seem nice.", "home_location=address:12 wattle street lyneham"),
    ("ap", "Home in Penrith after a long week, couch time.", "home_location=place:penrith nsw"),
    ("rss", "We live on Banksia Avenue in Kellyville, the kids can walk to school.", "home_location=address:banksia avenue kellyville"),
    ("ap", "Loving life in Newtown since we moved here last year.", "home_location=place:newtown nsw"),
    ("he", "Renovations at our house in Werribee are finally done.", "home_location=place:werribee vic"),
    ("ap", "Just bought in Glenroy! First home buyers at last.", "home_location=place:glenroy vic"),
    ("rss", "Our street in Coburg had a power outage again, anyone else?", "home_location=place:coburg vic"),
    ("ap", "Living in Belconnen means I can sleep in till seven.", "home_location=place:belconnen act"),
    ("he", "We've lived in Seven Hills for ten years and the barbecue at number 14 still wins.", "home_location=place:seven hills nsw"),
    ("rss", "Our backyard in Ashfield is finally a vegie patch.", "home_location=place:ashfield nsw"),
    ("ap", "New neighbours moved in next door to us in Bonner, lovely family.", "home_location=place:bonner act"),
    # home decoys
    ("ap", "Home in time for dinner for once!", ""),
    ("he", "Moved to tears by the Anzac Day service.", ""),
    ("rss", "Live in the moment, people.", ""),
    ("ap", "Visiting my sister in Wollongong this weekend.", ""),
    ("he", "The Parramatta Eels lost again.", ""),
    ("ap", "Melbourne's coffee beats Sydney's, fight me.", ""),
    ("rss", "The house tour in Mosman on Grand Designs was wild.", ""),
    ("ap", "Beautiful morning for a surf at Cronulla.", ""),
    ("he", "Anyone recommend a good plumber in the Inner West?", ""),
    # --- routine
    ("ap", "Every Tuesday 6am at the Fitness Hub in Marrickville, no excuses.", "routine=tuesday 06:00 fitness hub"),
    ("he", "My 7:10 train from Parramatta is late again.", "routine=07:10 train parramatta"),
    ("ap", "Earlies this week, so if you need me I'm asleep by 8.", "routine=earlies"),
    ("rss", "Night shift 10pm-6am all week, send coffee.", "routine=night shift 22:00-06:00"),
    ("ap", "Parkrun every Saturday at Centennial Park, 8am sharp.", "routine=saturday 08:00 centennial park"),
    ("he", "Drop the kids at school then the 8:40 ferry from Manly every weekday.", "routine=weekday 08:40 ferry manly"),
    ("ap", "Swim squad Mondays and Wednesdays 5:30am at Canberra Olympic Pool.", "routine=monday 05:30 canberra olympic pool"),
    ("rss", "Back on the 4 on 4 off roster from next week, 6am to 6pm.", "routine=4 on 4 off 06:00-18:00"),
    ("ap", "Every Friday arvo I'm at the Royal Hotel in Leichhardt for trivia.", "routine=friday royal hotel"),
    ("he", "Catch me on the 6:05 bus from Gungahlin most mornings.", "routine=06:05 bus gungahlin"),
    ("ap", "Thursday nights at 7 is always futsal at the Belmore Sports Centre.", "routine=thursday 19:00 belmore sports centre"),
    ("rss", "Nights this week then four days off.", "routine=nights"),
    ("ap", "I cycle to work along the Cooks River path every morning around 6:30.", "routine=06:30 cooks river path"),
    ("he", "Sunday mornings you'll find me at the Carriageworks farmers market from 8.", "routine=sunday 08:00 carriageworks"),
    # routine decoys
    ("ap", "Every Tuesday feels like a Monday.", ""),
    ("he", "Watched the Night Shift movie, terrible.", ""),
    ("ap", "Meeting at 3pm today to plan the party.", ""),
    ("rss", "Early bird special at the cafe ends at 9am.", ""),
    ("ap", "Flight leaves at 6:40 tomorrow, wish me luck.", ""),
    # --- family
    ("ap", "My wife Sarah surprised me with tickets to the cricket!", "family=sarah"),
    ("he", "Our son Jack, 8, just lost his first tooth at footy.", "family=jack"),
    ("ap", "So proud of my daughter Emily, school captain at Lyneham Public School!", "family=emily | home_location=place:lyneham act"),
    ("rss", "Happy birthday to my amazing husband Daniel!", "family=daniel"),
    ("ap", "My brother Matt works at the Qantas maintenance base in Mascot.", "family=matt"),
    ("he", "Mum (Linda) turns 70 today!", "family=linda"),
    ("ap", "Took the twins, Ava and Mia, to Luna Park for their birthday.", "family=ava | family=mia"),
    ("rss", "Date night with my partner Jordan at our favourite Thai place.", "family=jordan"),
    ("ap", "Our youngest, Noah, started kindy at St Brigid's Primary this week.", "family=noah"),
    ("he", "My sister Chloe just got engaged!!", "family=chloe"),
    ("ap", "Dad (Robert Morgan) still beats me at golf.", "family=robert morgan"),
    ("rss", "Picking up my nephew Oliver from Kellyville High School today.", "family=oliver"),
    ("ap", "My son Lucas has his first footy game at Hawker Oval on Saturday.", "family=lucas"),
    ("he", "Grandma Joan's 90th today, four generations in one photo.", "family=joan"),
    # family decoys
    ("ap", "My wife and I are finally on holiday.", ""),
    ("rss", "Happy Mother's Day to all the mums out there.", ""),
    ("ap", "My partner in crime for the weekend: this new espresso machine.", ""),
    ("he", "Sarah's wife makes the best pavlova.", ""),
    ("ap", "The son of a family friend got into medicine.", ""),
    ("rss", "My kids are driving me nuts these school holidays.", ""),
    # --- associate
    ("ap", "My mate Dave and I are heading to the footy Saturday.", "associate=dave"),
    ("he", "Best mate Jono Harris is getting married next week, bucks party sorted.", "associate=jono harris"),
    ("ap", "Housemate Tegan made a roast and now I owe her forever.", "associate=tegan"),
    ("rss", "Shout out to my teammates Ben, Lachie and Sione after the grand final win!", "associate=ben | associate=lachie | associate=sione"),
    ("ap", "My friend Priya Shah just opened a bakery in Enmore, go support her!", "associate=priya shah"),
    ("he", "Catching up with my old uni friend Marcus Lee in Brisbane.", "associate=marcus lee"),
    ("ap", "Huge thanks to my neighbour Gary for the trailer loan.", "associate=gary"),
    ("rss", "Fishing trip with my best mate Corey and his dog.", "associate=corey"),
    ("ap", "Our flatmate Ines has moved back to Portugal.", "associate=ines"),
    ("he", "My business partner Tom Reid and I launched the cafe.", "associate=tom reid"),
    ("ap", "Bestie Kayla Brown turned 30 and we partied till 2am.", "associate=kayla brown"),
    ("rss", "My footy coach Steve Barton retired after 20 seasons.", "associate=steve barton"),
    ("ap", "Dinner with my friends Alice and Raj tonight.", "associate=alice | associate=raj"),
    # associate decoys
    ("he", "Friends, Romans, countrymen!", ""),
    ("ap", "A friend of a friend said the new Marvel movie is terrible.", ""),
    ("rss", "Mates rates for anyone who needs a trailer.", ""),
    ("ap", "Making friends at the dog park is Millie's specialty.", ""),
    ("he", "Made sourdough for the first time, it's a brick.", ""),
    # --- personal_contact
    ("ap", "My number is 0491 570 156, text me about the bike.", "personal_contact=contact:+61491570156"),
    ("he", "DM me for the spare tickets.", "personal_contact=contact:dm"),
    ("ap", "WhatsApp me on 0491 570 157 if you want the couch.", "personal_contact=contact:+61491570157"),
    ("rss", "Find me on Signal: @alexm.42", "personal_contact=contact:signal:alexm.42"),
    ("ap", "Telegram: @lexi_m for the surf trip group.", "personal_contact=contact:telegram:lexi_m"),
    ("he", "Email me at alex.morgan88@example.com for the carpool list.", "personal_contact=contact:alex.morgan88@example.com"),
    ("ap", "Back on RSVP after the separation, profile is alexsurfs88.", "personal_contact=contact:dating:rsvp | vulnerability=relationship"),
    ("rss", "Text me on +61 491 570 159 for the spare tickets.", "personal_contact=contact:+61491570159"),
    ("ap", "Hit me up on Insta @alex_surfs_syd", "personal_contact=contact:instagram:alex_surfs_syd"),
    ("he", "My Kik is lexim88, add me.", "personal_contact=contact:kik:lexim88"),
    ("ap", "Selling my surfboard, call 0491 570 110 after 5.", "personal_contact=contact:+61491570110"),
    # personal_contact decoys
    ("ap", "Don't DM me about politics.", ""),
    ("rss", "DMs are closed, sorry.", ""),
    ("he", "Signal failure at Central again, trains everywhere delayed.", ""),
    ("ap", "Found a telegram from 1914 in Grandpa's attic.", ""),
    ("ap", "Go the Blues! State of Origin tonight.", ""),
    # --- official_information
    ("ap", "We seized 40kg of meth hidden in tile adhesive at the cargo terminal today. Massive shift.", "official_information=seizures"),
    ("he", "Three visa cancellations before lunch, my caseload is insane this month.", "official_information=visa compliance"),
    ("ap", "Our team is drafting the new policy on student visa compliance, can't say more yet.", "official_information=policy development"),
    ("rss", "Intercepted a boat off Ashmore Reef last night, long shift but everyone safe.", "official_information=operations"),
    ("ap", "Spent all day at the tribunal on a case I've been working for a year.", "official_information=courts"),
    ("he", "Had to escort two detainees to the airport for removal this morning.", "official_information=detentions"),
    ("ap", "Our joint operation with the AFP finally wrapped up, can't wait to see it in the news.", "official_information=operations"),
    ("rss", "Our dog team found cocaine in a surfboard at the International Mail Centre today.", "official_information=seizures | work_location=sydney gateway facility (international mail centre)"),
    ("ap", "Writing a ministerial brief at 11pm, the joys of policy development.", "official_information=policy development"),
    ("he", "My shift at the detention centre: two code blacks and a lockdown.", "official_information=detentions"),
    ("ap", "We boarded a fishing vessel near Darwin at dawn, crew of twelve held for questioning.", "official_information=operations"),
    ("rss", "Today I processed 60 visa compliance referrals, a new record for our team.", "official_information=visa compliance"),
    ("ap", "The matter before the courts next week is one I built from scratch, fingers crossed.", "official_information=courts"),
    ("he", "Intel report came in mid-shift and we had to divert everyone to Gate 24.", "official_information=intelligence"),
    # official_information decoys
    ("ap", "My dog had a seizure last night, vet says she'll be ok.", ""),
    ("rss", "Knee operation went well, back on my feet in six weeks.", ""),
    ("he", "Reading an article about detention policy in the Guardian, thoughts?", ""),
    ("ap", "Furniture removal quote was $900, robbery.", ""),
    ("rss", "Boarding school applications are due Friday.", ""),
    ("ap", "Watched a doco about a huge drug bust, gripping stuff.", ""),
    ("he", "Brief chat with the neighbour about the fence.", ""),
    # --- systems_information
    ("ap", "ICSE crashed again mid-shift, two hours of manual processing at the counter.", "systems_information=icse"),
    ("he", "SmartGate kiosks were down all morning on my shift, queues out the door.", "systems_information=smartgate"),
    ("ap", "Whoever decided to move us at work from Lync to Teams owes me a beer.", "systems_information=lync"),
    ("rss", "Our Jam page for the team is a mess, I'll tidy it after the shift.", "systems_information=jam"),
    ("ap", "TRIPS still runs on a green screen at our office, I kid you not.", "systems_information=trips"),
    ("he", "The departmental network blocks every site I need for work.", "systems_information=departmental network"),
    ("ap", "We still use Windows 7 on all the terminals at work, scary stuff.", "systems_information=windows 7"),
    ("rss", "PACE alerts kept firing false positives all night on shift.", "systems_information=pace"),
    ("ap", "New password rules at work: 16 characters and change it every 30 days on DIBPnet.", "systems_information=dibpnet"),
    ("he", "Objective went down at work and took every file with it, the whole floor stopped.", "systems_information=objective"),
    ("ap", "Our work VPN token expires every shift and IT takes a week to reissue it.", "systems_information=vpn"),
    ("rss", "The Movement Alert List update broke our searches at work for a day.", "systems_information=movement alert list"),
    # systems decoys
    ("ap", "Traffic jam on the M5 again.", ""),
    ("he", "Strawberry jam on toast is elite.", ""),
    ("ap", "My objective this year is a sub-2 half marathon.", ""),
    ("rss", "Home wifi down again, Telstra please.", ""),
    ("ap", "The new SmartGate at the airport made my trip so fast.", ""),
    # --- vulnerability
    ("ap", "Can't pay the rent this month and the landlord is already on my back.", "vulnerability=financial_stress"),
    ("he", "Lost $800 on the pokies again. Last time, I swear.", "vulnerability=gambling"),
    ("ap", "Credit cards maxed out and payday is still a week away.", "vulnerability=financial_stress"),
    ("rss", "Twenty years of service and management couldn't care less about us. Sick of this place.", "vulnerability=grievance"),
    ("ap", "Hungover again, third time this week, need to sort myself out.", "vulnerability=substance"),
    ("he", "Divorce papers signed today. Onwards.", "vulnerability=relationship"),
    ("ap", "Got passed over for promotion again while the boss's mates get everything. This department is a joke.", "vulnerability=grievance"),
    ("rss", "Behind on the mortgage and the bank keeps calling.", "vulnerability=financial_stress"),
    ("ap", "Sportsbet multi went bust by one leg, down $2k this month chasing it.", "vulnerability=gambling"),
    ("he", "Since moving for the job I don't really have anyone to talk to here.", "vulnerability=isolation"),
    ("ap", "Need a line to get through this weekend lol", "vulnerability=substance"),
    ("rss", "She took the kids and moved out. House is so quiet now.", "vulnerability=relationship"),
    ("ap", "Payday loan number three. Don't judge.", "vulnerability=financial_stress"),
    ("he", "Honestly so lonely since the move, weekends are the worst.", "vulnerability=isolation"),
    ("ap", "Underpaid, overworked, and the ABF leadership treats us like dirt.", "vulnerability=grievance | employer=australian border force"),
    ("rss", "Casino till 4am again, down another grand.", "vulnerability=gambling"),
    # vulnerability decoys
    ("ap", "Gambling ads during the footy should be banned.", ""),
    ("he", "Lonely Planet guide to Japan arrived!", ""),
    ("ap", "Divorce rates in Australia are falling, says the ABS.", ""),
    ("rss", "The debt ceiling debate in the US is wild.", ""),
    ("ap", "Nurses deserve a pay rise, full stop.", ""),
    ("he", "Off the grog for Dry July, sponsor me!", ""),
    ("ap", "This film about a lonely lighthouse keeper is beautiful.", ""),
]

# Posts with coordinates (ActivityPub Place, h-entry h-geo, RSS georss:point).
GEO_POSTS: list[tuple] = [
    ("ap", "Sunset run along the beach.", (-33.8915, 151.2767, "Bondi Beach"), ""),
    ("ap", "Best flat white in town.", (-33.8688, 151.2093, "Sydney CBD"), ""),
    ("ap", "Sunday footy with the kids.", (-35.2809, 149.1300, "Canberra"), ""),
    ("ap", "Brunch spot of the week.", (-37.8136, 144.9631, None), ""),
    ("ap", "View from the lookout.", (-33.7969, 151.2864, "Manly"), ""),
    ("he", "Morning swim.", (-34.0560, 151.1520, "Cronulla"), ""),
    ("he", "Cheeky pint.", (-33.8980, 151.1790, "Newtown"), ""),
    ("he", "Dog park adventures.", (-35.1800, 149.1330, None), ""),
    ("rss", "Cycling loop done.", (-33.9100, 151.1550, None), ""),
    ("rss", "Picnic by the lake.", (-35.2950, 149.1250, None), ""),
    ("ap", "Quick walk at lunch.", (-33.8150, 151.0010, "Parramatta"), ""),
    ("ap", "Home sweet home.", (-33.9110, 151.1550, "Marrickville"), "home_location=place:marrickville nsw"),
]
GEO_DECOYS: list[tuple] = [
    ("ap", "Great gig tonight.", {"type": "Place", "name": "Enmore Theatre"}),
    ("ap", "Lovely day out.", {"type": "Place", "name": "Somewhere", "latitude": "north", "longitude": "east"}),
    ("ap", "Weird coordinates.", {"type": "Place", "name": "Nowhere", "latitude": 123.0, "longitude": 500.0}),
]

# Profiles: ActivityPub actors (summary + PropertyValue attachments), JSON-LD Person, h-card.
PROFILES: list[tuple] = [
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm", "summary": "Surfer, dad of two, coffee snob. Views my own.",
                  "attachment": [{"name": "Location", "value": "Cronulla, NSW"}]}, "home_location=place:cronulla nsw"),
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm", "summary": "Dad, surfer, Border Force officer. Views my own.",
                  "attachment": []}, "employer=australian border force"),
    ("ap-actor", {"name": "Alex M", "preferredUsername": "alexm", "summary": "Coffee and waves.",
                  "attachment": [{"name": "Work", "value": "Maritime Border Command"}]}, "employer=maritime border command"),
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm", "summary": "Official enquiries: alex.morgan@immi.gov.au",
                  "attachment": []}, "official_contact=contact:alex.morgan@immi.gov.au | employer=department of immigration and border protection"),
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm", "summary": "Hiker.",
                  "attachment": [{"name": "Email", "value": "amorgan@abf.gov.au"}]}, "corporate_identifier=contact:amorgan@abf.gov.au | employer=australian border force"),
    ("ap-actor", {"name": "A. Morgan", "preferredUsername": "amo482", "summary": "Footy tragic.", "attachment": []},
     "corporate_identifier=userid:amo482"),
    ("ap-actor", {"name": "Alex", "preferredUsername": "AM123456", "summary": "Just here for the memes.", "attachment": []},
     "corporate_identifier=userid:am123456"),
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm", "summary": "Runner.",
                  "attachment": [{"name": "Contact", "value": "alex.m@customs.gov.au"}]}, "corporate_identifier=contact:alex.m@customs.gov.au | employer=australian customs and border protection service"),
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm", "summary": "Photos of the coast.",
                  "attachment": [{"name": "Snapchat", "value": "lexi.surfs"}]}, "personal_contact=contact:snapchat:lexi.surfs"),
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm", "summary": "Also on Bumble if you're in Canberra.",
                  "attachment": []}, "personal_contact=contact:dating:bumble"),
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm", "summary": "Weekend baker.",
                  "attachment": [{"name": "Work email", "value": "alex.morgan@mara.gov.au"}]}, "corporate_identifier=contact:alex.morgan@mara.gov.au | employer=department of immigration and border protection"),
    ("ap-actor", {"name": "Alex", "preferredUsername": "XM55231", "summary": "Cricket and cold beer.", "attachment": []},
     "corporate_identifier=userid:xm55231"),
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "surfer1987", "summary": "Salt water cures everything.",
                  "attachment": [{"name": "Website", "value": "https://blog.example/alex"}]}, ""),
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "abc1234", "summary": "Bird nerd.", "attachment": []}, ""),
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm", "summary": "Proud wife of a Border Force officer and mum of three.",
                  "attachment": []}, ""),
    ("jsonld", {"name": "Alex Morgan", "jobTitle": "Senior Border Force Officer",
                "worksFor": {"@type": "Organization", "name": "Australian Border Force"}},
     "employer=australian border force"),
    ("jsonld", {"name": "Alex Morgan", "email": "alex.morgan@border.gov.au"},
     "official_contact=contact:alex.morgan@border.gov.au | employer=department of immigration and border protection"),
    ("jsonld", {"name": "Alex Morgan", "email": "mailto:amorgan@immi.gov.au", "jobTitle": "Case Officer",
                "worksFor": {"@type": "Organization", "name": "Department of Immigration and Border Protection"}},
     "official_contact=contact:amorgan@immi.gov.au | employer=department of immigration and border protection"),
    ("jsonld", {"name": "Alex Morgan", "address": {"@type": "PostalAddress", "streetAddress": "7 Example Crescent",
                "addressLocality": "Gungahlin", "addressRegion": "ACT", "postalCode": "2912"}},
     "home_location=address:7 example crescent gungahlin"),
    ("jsonld", {"name": "Alex Morgan", "telephone": "+61 491 570 158"}, "personal_contact=contact:+61491570158"),
    ("jsonld", {"name": "Alex Morgan", "email": "lexi.morgan@example.net"}, "personal_contact=contact:lexi.morgan@example.net"),
    ("jsonld", {"name": "Alex Morgan", "workLocation": {"@type": "Place", "name": "Perth Airport"},
                "jobTitle": "Border Force Officer"}, "work_location=perth airport | employer=australian border force"),
    ("jsonld", {"name": "Alex Morgan", "jobTitle": "Migration Lawyer",
                "worksFor": {"@type": "Organization", "name": "Harbourside Migration Lawyers"}}, ""),
    ("jsonld", {"name": "Alex Morgan", "jobTitle": "Barista", "homeLocation": {"@type": "Place", "name": "Ashfield NSW"}},
     "home_location=place:ashfield nsw"),
    ("h-card", '<div class="h-card"><a class="p-name u-url" href="{profile}">Alex Morgan</a> '
               '<a class="u-email" href="mailto:a.morgan@homeaffairs.gov.au">email</a></div>',
     "official_contact=contact:a.morgan@homeaffairs.gov.au | employer=department of home affairs"),
    ("h-card", '<div class="h-card"><a class="p-name u-url" href="{profile}">Alex Morgan</a> '
               '<p class="p-adr h-adr"><span class="p-street-address">3 Example Lane</span>, '
               '<span class="p-locality">Mascot</span> <span class="p-region">NSW</span></p></div>',
     "home_location=address:3 example lane mascot"),
    ("h-card", '<div class="h-card"><a class="p-name u-url" href="{profile}">Alex Morgan</a> '
               '<span class="p-job-title">Customs Officer</span> <span class="p-org">Australian Border Force</span></div>',
     "employer=australian border force"),
    ("h-card", '<div class="h-card"><a class="p-name u-url" href="{profile}">Alex Morgan</a> '
               '<span class="p-note">Coffee, code and cats.</span></div>', ""),
]

# Feed items whose author element carries an official address (the account shows it).
AUTHOR_POSTS: list[tuple] = [
    ("Weekend photos", "Took the long way home along the coast.", "alex.morgan@border.gov.au (Alex Morgan)",
     "corporate_identifier=contact:alex.morgan@border.gov.au | employer=department of immigration and border protection"),
    ("Bread attempt two", "Less of a brick this time.", "alex.morgan88@example.com (Alex Morgan)",
     "personal_contact=contact:alex.morgan88@example.com"),
    ("Garden update", "The tomatoes survived the heatwave.", "a.morgan@abf.gov.au (Alex Morgan)",
     "corporate_identifier=contact:a.morgan@abf.gov.au | employer=australian border force"),
]

# --- issue 9: whose employment, and where the subject really lives (written for the classes the
# held-out runs showed: another employer's title, work about the Department, TV, a relative's job;
# visits, holidays, a relative's or friend's suburb, a posting, a past address). Appended last so the
# earlier rows keep their ids.
OWNERSHIP_POSTS: list[tuple] = [
    # employer stated the ways staff say it
    ("ap", "Back at my desk at Immigration on Monday after three weeks of leave.", "employer=department of immigration and border protection"),
    ("he", "Twelve years in the job with Border Force and the first boat of the season still gets my heart going.", "employer=australian border force"),
    ("rss", "I've been a customs officer at the airport since before the merger.", "employer=australian customs and border protection service"),
    # not the subject's employment
    ("ap", "My story on Border Force staffing runs on page three tomorrow. Thanks to everyone who spoke to me.", ""),
    ("ap", "Third FOI request to the Department of Immigration this month. Still waiting on the first one.", ""),
    ("he", "Lodged my client's appeal against the Department of Immigration refusal this morning. Fingers crossed.", ""),
    ("rss", "Binge-watched Border Security all weekend. Those ABF officers at the airport have the patience of saints.", ""),
    ("ap", "My husband has worked for Border Force for twenty years and I still never know his roster.", ""),
    ("ap", "I work with the Department every week on visa matters for my clients, and most officers are decent.", ""),
    ("he", "Spoke at the vigil outside the Department of Immigration office about the kids still in detention.", ""),
    ("rss", "Half my thesis is about how the ABF was formed out of Customs in 2015.", ""),
    ("ap", "Our importers had three containers held by Customs this week, so the brokerage phones did not stop.", ""),
    # home: where the subject lives, and where they do not
    ("ap", "Ten years in our little house in Petersham and the roof still leaks every storm.", "home_location=place:petersham nsw"),
    ("he", "We've lived in Kambah since the kids were born and I can't see us leaving.", "home_location=place:kambah act"),
    ("ap", "Dinner at my parents place in Dubbo, Mum made her famous lamb.", ""),
    ("ap", "Back home in Toowoomba for Mum's 70th, the old street hasn't changed a bit.", ""),
    ("rss", "Our place in Noosa for the week is right on the river. Not going back to work.", ""),
    ("he", "I lived in Wollongong for two years after uni and still miss the beach.", ""),
    ("ap", "Got moved to Mascot for the month to cover the cargo shed.", ""),
    ("ap", "Jess just moved to Newtown and her flat is gorgeous. So jealous.", ""),
    ("rss", "Moving to Cairns for three weeks of training, pray for me and the humidity.", ""),
    ("he", "Another break-in reported in Blacktown overnight. Stay safe everyone.", ""),
    ("ap", "Staying at my mate's place in Coogee while the bathroom gets redone.", ""),
    # identifiers and sites written the informal way
    ("ap", "Email me at alex dot morgan at abf dot gov dot au if you need the swap sheet.",
     "official_contact=contact:alex.morgan@abf.gov.au | employer=australian border force"),
    ("he", "My login at work is amr441 and IT still can't reset it after three days.", "corporate_identifier=userid:amr441"),
    ("ap", "Long week on shift at Tulla, the international arrivals hall was a zoo.", "work_location=melbourne airport"),
    ("rss", "Meet me at the cafe at seven, it's right near the station.", ""),
]
OWNERSHIP_PROFILES: list[tuple] = [
    ("jsonld", {"name": "Alex Morgan", "jobTitle": "Senior Reporter, Immigration and Borders",
                "worksFor": {"@type": "Organization", "name": "The Harbour Herald"}}, ""),
    ("jsonld", {"name": "Alex Morgan", "jobTitle": "Licensed Customs Broker",
                "worksFor": {"@type": "Organization", "name": "Quayline Logistics Pty Ltd"}}, ""),
    ("jsonld", {"name": "Alex Morgan", "jobTitle": "Principal Solicitor",
                "worksFor": {"@type": "Organization", "name": "Fernhill Immigration Law"}}, ""),
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm", "summary": "PhD candidate researching Border Force detention policy. Views my own.",
                  "attachment": [{"name": "Work", "value": "Centre for Migration Studies"}]}, ""),
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm", "summary": "Screening officer at Sydney Airport (not Border Force!).",
                  "attachment": [{"name": "Work", "value": "Harbour Aviation Security Services"}]}, ""),
    ("h-card", '<div class="h-card"><a class="p-name u-url" href="{profile}">Alex Morgan</a> '
               '<span class="p-job-title">Cargo Examination Officer</span>, <span class="p-org">Australian Border Force</span></div>',
     "employer=australian border force"),
    ("jsonld", {"name": "Alex Morgan", "jobTitle": "Customs Officer"}, "employer=australian customs and border protection service"),
    # a firm's staff page: the address is the office's, not a home
    ("jsonld", {"name": "Alex Morgan", "jobTitle": "Registered Migration Agent",
                "worksFor": {"@type": "Organization", "name": "Westgate Visa Services"},
                "address": {"@type": "PostalAddress", "streetAddress": "Level 3, 88 Macquarie Street",
                            "addressLocality": "Parramatta", "addressRegion": "NSW"}}, ""),
    ("h-card", '<div class="h-card"><a class="p-name u-url" href="{profile}">Alex Morgan</a> '
               '<span class="p-job-title">Freight Forwarder</span>, <span class="p-org">Botany Freight Co</span> '
               '<span class="p-locality">Mascot</span></div>', ""),
]

# Family and associates stated the ways people state them (issue 9): appended after every other
# row so the ids of the rows above never move.
PEOPLE_POSTS: list[tuple] = [
    # family stated other ways (issue 9): bios the other way round, idioms, lists after a relation, appositives
    ("ap", "Husband to Kylie, father of three: Jed, Maisie and Tom. Coffee first.", "family=kylie | family=jed | family=maisie | family=tom"),
    ("he", "Married to my best friend Nadine for twelve years this week.", "family=nadine"),
    ("rss", "Mum to Zara & Eli, and somehow still sane.", "family=zara | family=eli"),
    ("ap", "The missus, Tracey, has banned me from buying another esky.", "family=tracey"),
    ("he", "My better half Craig is finally home from the mines.", "family=craig"),
    ("ap", "Our little man, Hamish, took his first steps today!", "family=hamish"),
    ("rss", "Camping with the kids, Billie and Arlo, at Wilsons Prom.", "family=billie | family=arlo"),
    ("ap", "Renee, my little sister, just got into nursing at Deakin.", "family=renee"),
    # family decoys (other ways)
    ("he", "Married to the grind this month, no social life.", ""),
    ("ap", "Mum of three, tired of everything.", ""),
    ("rss", "The missus and I finally agree on a paint colour.", ""),
    ("ap", "The daughter of Ken Wills, my old boss, is getting married.", ""),
    # associates named by what was done with them, thanked, or tagged (issue 9)
    ("ap", "Surfed Bells at dawn with Tully and Jonah, glassy and empty.", "associate=tully | associate=jonah"),
    ("he", "Pints with Robbo at the Local after the Swans lost again.", "associate=robbo"),
    ("rss", "Ta @kezzab for the lift to the airport, owe you a feed.", "associate=@kezzab", {"mentions": ["kezzab"]}),
    ("ap", "Hiked Mt Ainslie with Fiona and Declan before the heat hit.", "associate=fiona | associate=declan"),
    ("he", "Cheers Marnie for lending me the trailer!", "associate=marnie"),
    ("ap", "Happy birthday to Sean Pryor, my oldest mate and worst golfer I know.", "associate=sean pryor"),
    # associate decoys (celebrities, TV, pets, teams, strangers, someone else's outing)
    ("rss", "Brunch with Ted Lasso reruns on the couch, bliss.", ""),
    ("ap", "Long walk with Rusty, our blue heeler, along the creek.", ""),
    ("he", "Training with the Hawks was called off because of the storm.", ""),
    ("ap", "Jenny went surfing with Mark at Torquay on Sunday.", ""),
    ("rss", "Thanks Telstra for another outage during the grand final.", ""),
    ("ap", "Had a beer with a bloke called Shane from the caravan park next door.", ""),
]

DATES = ["2016-03-%02dT0%d:15:00Z" % (1 + i % 28, i % 10) for i in range(9600)]


def _labels(spec: str) -> list[dict]:
    out = []
    for part in filter(None, (p.strip() for p in spec.split("|"))):
        cat, key = (s.strip() for s in part.split("=", 1))
        if ":" not in key:
            key = PREFIX[cat] + key
        out.append({"category": cat, "key": key.lower()})
    return out


def _ap_note(i: int, text: str, opts: dict) -> str:
    url = f"{PROFILE}/{100000 + i}"
    tags = [{"type": "Hashtag", "href": f"https://social.example/tags/{t.lower()}", "name": f"#{t}"} for t in opts.get("tags", [])]
    tags += [{"type": "Mention", "href": f"https://social.example/@{m}", "name": f"@{m}"} for m in opts.get("mentions", [])]
    note = {"@context": "https://www.w3.org/ns/activitystreams", "id": f"https://social.example/users/alexm/statuses/{100000 + i}",
            "type": "Note", "url": url, "attributedTo": "https://social.example/users/alexm",
            "published": DATES[i], "content": f"<p>{html.escape(text, quote=False)}</p>", "tag": tags}
    if "location" in opts:
        note["location"] = opts["location"]
    return json.dumps(note, ensure_ascii=False)


def _h_entry(i: int, text: str, opts: dict) -> str:
    geo = ""
    if "location" in opts:
        loc = opts["location"]
        geo = (f'<span class="p-location h-geo"><data class="p-latitude" value="{loc["latitude"]}"></data>'
               f'<data class="p-longitude" value="{loc["longitude"]}"></data></span>')
    return (f'<article class="h-entry"><div class="e-content"><p>{html.escape(text, quote=False)}</p></div>{geo}'
            f'<a class="u-url" href="https://blog.example/alex/{2016}/{i}"><time class="dt-published" '
            f'datetime="{DATES[i]}">{DATES[i][:10]}</time></a></article>')


def _rss_item(i: int, text: str, opts: dict) -> str:
    geo = ""
    if "location" in opts:
        geo = f'<georss:point>{opts["location"]["latitude"]} {opts["location"]["longitude"]}</georss:point>'
    author = f"<author>{html.escape(opts['author'])}</author>" if "author" in opts else ""
    return (f"<item><title>{html.escape(opts.get('title', text[:40]))}</title><link>https://blog.example/alex/p/{i}</link>"
            f"<guid>https://blog.example/alex/p/{i}</guid><pubDate>Tue, 01 Mar 2016 08:{i % 60:02d}:00 +0000</pubDate>"
            f"{author}<description>{html.escape(text)}</description>{geo}</item>")


WRAP = {"ap": ("activitypub-note", _ap_note), "he": ("h-entry", _h_entry), "rss": ("rss-item", _rss_item)}


def _profile_source(fmt: str, data) -> tuple[str, str]:
    if fmt == "ap-actor":
        actor = {"@context": ["https://www.w3.org/ns/activitystreams"], "id": "https://social.example/users/" + data["preferredUsername"],
                 "type": "Person", "url": PROFILE, "name": data["name"], "preferredUsername": data["preferredUsername"],
                 "summary": f"<p>{html.escape(data['summary'], quote=False)}</p>",
                 "attachment": [{"type": "PropertyValue", "name": a["name"], "value": a["value"]} for a in data["attachment"]],
                 "outbox": "https://social.example/users/alexm/outbox"}
        return "activitypub-actor", json.dumps(actor, ensure_ascii=False)
    if fmt == "jsonld":
        person = {"@context": "https://schema.org", "@type": "Person", "url": "https://alex.example/", **data}
        return "jsonld-person", f'<script type="application/ld+json">{json.dumps(person, ensure_ascii=False)}</script>'
    return "h-card", data.replace("{profile}", "https://alex.example/")


def _post_row(rid: str, idx: int, entry: tuple) -> dict:
    """One dev row from (fmt, text, labels[, options]): the post wrapped in its format at wrapper index `idx`."""
    fmt, text, spec = entry[:3]
    name, wrap = WRAP[fmt]
    return {"id": rid, "format": name, "source": wrap(idx, text, entry[3] if len(entry) > 3 else {}), "labels": _labels(spec)}


def _profile_row(rid: str, entry: tuple) -> dict:
    """One dev row from (fmt, profile data, labels): the profile in its own format."""
    fmt, data, spec = entry
    name, source = _profile_source(fmt, data)
    return {"id": rid, "format": name, "source": source, "labels": _labels(spec)}


def build() -> list[dict]:
    rows, i = [], 0
    for entry in POSTS:
        rows.append(_post_row(f"d{i:03d}", i, entry))
        i += 1
    for fmt, text, (lat, lon, place), spec in GEO_POSTS:
        loc = {"type": "Place", "latitude": lat, "longitude": lon, **({"name": place} if place else {})}
        name, wrap = WRAP[fmt]
        labels = _labels(spec) + [{"category": "geotag", "key": f"geotag:{lat:.4f},{lon:.4f}"}]
        rows.append({"id": f"d{i:03d}", "format": name, "source": wrap(i, text, {"location": loc}), "labels": labels})
        i += 1
    for fmt, text, loc in GEO_DECOYS:
        name, wrap = WRAP[fmt]
        rows.append({"id": f"d{i:03d}", "format": name, "source": wrap(i, text, {"location": loc}), "labels": []})
        i += 1
    for entry in PROFILES:
        rows.append(_profile_row(f"d{i:03d}", entry))
        i += 1
    for title, text, author, spec in AUTHOR_POSTS:
        rows.append({"id": f"d{i:03d}", "format": "rss-item", "labels": _labels(spec),
                     "source": _rss_item(i, text, {"title": title, "author": author})})
        i += 1
    # Row sets appended round by round, oldest first: ids d### continue the count above, so no earlier id moves.
    for posts, profiles in ((OWNERSHIP_POSTS, OWNERSHIP_PROFILES), (PEOPLE_POSTS, ()), (MEANING_POSTS, ()),
                            (PEOPLE2_POSTS, ()), (IDENTITY_POSTS, IDENTITY_PROFILES), (MEANING2_POSTS, ()),
                            (PEOPLE3_POSTS, ()), (PLACES3_POSTS, ()), (MEANING3_POSTS, ()), (PEOPLE4_POSTS, ()),
                            (ROUND4_POSTS, ROUND4_PROFILES), (ROUND5_POSTS, ()), (PEOPLE5_POSTS, ())):
        for entry in posts:
            rows.append(_post_row(f"d{i:03d}", i, entry))
            i += 1
        for entry in profiles:
            rows.append(_profile_row(f"d{i:03d}", entry))
            i += 1
    # Round 6 on: each module's rows carry its own id prefix (b6 = written blind), so helpers' sets never collide.
    for prefix, posts in (("b6", BLIND6_POSTS), ("r6o", ROUND6_R6OPEN_POSTS)):
        for k, entry in enumerate(posts):
            rows.append(_post_row(f"{prefix}{k:03d}", i, entry))
            i += 1
    rows += [_post_row(f"r6p{j:03d}", 1500 + j, entry) for j, entry in enumerate(ROUND6_PEOPLE_POSTS)]
    for entry in ROUND6_PLACES_POSTS:
        rows.append(_post_row(f"d{i:03d}", i, entry))
        i += 1
    for entry in ROUND6_PLACES_PROFILES:
        rows.append(_profile_row(f"d{i:03d}", entry))
        i += 1
    for prefix, base, posts in (("r7pl", 1700, ROUND7_PLACES_POSTS), ("r7pe", 1900, ROUND7_PEOPLE_POSTS),
                                ("r7o", 2100, ROUND7_R7OPEN_POSTS), ("r8o", 2300, ROUND8_R8OPEN_POSTS),
                                ("r8pe", 2600, ROUND8_PEOPLE_POSTS)):
        rows += [_post_row(f"{prefix}{k:03d}", base + k, entry) for k, entry in enumerate(posts)]
    rows += [_post_row(f"r8pl{k:03d}", 2800 + k, entry) for k, entry in enumerate(ROUND8_PLACES_POSTS)]
    rows += [_profile_row(f"r8plp{k:03d}", entry) for k, entry in enumerate(ROUND8_PLACES_PROFILES)]
    rows += [_post_row(f"r8w{k:03d}", 2700 + k, entry) for k, entry in enumerate(ROUND8_R8WORK_POSTS)]
    rows += [_post_row(f"r9pe{k:03d}", 2900 + k, entry) for k, entry in enumerate(ROUND9_PEOPLE_POSTS)]
    rows += [_post_row(f"r9wk{k:03d}", 3000 + k, entry) for k, entry in enumerate(ROUND9_R9WORK_POSTS)]
    rows += [_profile_row(f"r9wkp{k:03d}", entry) for k, entry in enumerate(ROUND9_R9WORK_PROFILES)]
    rows += [_post_row(f"r9oi{k:03d}", 2957 + k, entry) for k, entry in enumerate(ROUND9_R9OFFINFO_POSTS)]
    for k, entry in enumerate(ROUND9_R9THIRD_POSTS):      # third-person pages: posts and profiles mixed
        rid = f"r9t{k:03d}"
        rows.append(_profile_row(rid, entry) if entry[0] == "jsonld" else _post_row(rid, 3100 + k, entry))
    rows += [_post_row(f"r10w{k:03d}", 3300 + k, entry) for k, entry in enumerate(ROUND10_R10WORK_POSTS)]
    rows += [_profile_row(f"r10wp{k:03d}", entry) for k, entry in enumerate(ROUND10_R10WORK_PROFILES)]
    rows += [_post_row(f"r10h{k:03d}", 3650 + k, entry) for k, entry in enumerate(ROUND10_R10HOME_POSTS)]
    rows += [_profile_row(f"r10hp{k:03d}", ("ap-actor", {"preferredUsername": "alexm", "attachment": [], **data}, spec))
             for k, (_, data, spec) in enumerate(ROUND10_R10HOME_PROFILES)]
    rows += [_post_row(f"r10pe{k:03d}", 3700 + k, entry) for k, entry in enumerate(ROUND10_PEOPLE_POSTS)]
    rows += [_post_row(f"r10o{k:03d}", 3900 + k, entry) for k, entry in enumerate(ROUND10_R10OPEN_POSTS)]
    rows += [_post_row(f"r10l{k:03d}", 4100 + k, entry) for k, entry in enumerate(ROUND10_R10LEFT_POSTS)]
    rows += [_post_row(f"r11w{k:03d}", 4200 + k, entry) for k, entry in enumerate(ROUND11_R11WORK_POSTS)]
    rows += [_profile_row(f"r11wp{k:03d}", entry) for k, entry in enumerate(ROUND11_R11WORK_PROFILES)]
    rows += [_post_row(f"r11s{k:03d}", 4350 + k, entry) for k, entry in enumerate(ROUND11_R11SITES_POSTS)]
    rows += [_post_row(f"r11p{k:03d}", 4650 + k, entry) for k, entry in enumerate(ROUND11_PEOPLE_POSTS)]
    rows += [_post_row(f"r11o{k:03d}", 4800 + k, entry) for k, entry in enumerate(ROUND11_R11OPEN_POSTS)]
    rows += [_post_row(f"r11h{k:03d}", 4500 + k, entry) for k, entry in enumerate(ROUND11_R11HOME_POSTS)]
    rows += [_profile_row(f"r11hp{k:03d}", entry) for k, entry in enumerate(ROUND11_R11HOME_PROFILES)]
    rows += [_post_row(f"r12o{k:03d}", 5600 + k, entry) for k, entry in enumerate(ROUND12_R12OPEN_POSTS)]
    rows += [_post_row(f"r12s{k:03d}", 5150 + k, entry) for k, entry in enumerate(ROUND12_R12SITES_POSTS)]
    rows += [_post_row(f"r12p{k:03d}", 5450 + k, entry) for k, entry in enumerate(ROUND12_PEOPLE_POSTS)]
    for k, entry in enumerate(ROUND12_R12HOME_ROWS):      # round 12 home: posts and profiles in one list
        rid = f"r12h{k:03d}"
        rows.append(_profile_row(rid, entry) if entry[0] in ("ap-actor", "jsonld") else _post_row(rid, 5300 + k, entry))
    rows += [_post_row(f"r12w{k:03d}", 5000 + k, entry) for k, entry in enumerate(ROUND12_R12WORK_POSTS)]
    rows += [_post_row(f"r13s{k:03d}", 5900 + k, entry) for k, entry in enumerate(ROUND13_R13SITES_POSTS)]
    rows += [_post_row(f"r13p{k:03d}", 6200 + k, entry) for k, entry in enumerate(ROUND13_PEOPLE_POSTS)]
    for k, entry in enumerate(ROUND13_R13HOME_ROWS):      # round 13 home: posts and profiles in one list
        rid = f"r13h{k:03d}"
        rows.append(_profile_row(rid, entry) if entry[0] in ("ap-actor", "jsonld") else _post_row(rid, 6050 + k, entry))
    rows += [_post_row(f"r13c{k:03d}", 5750 + k, entry) for k, entry in enumerate(ROUND13_R13CTRL_POSTS)]
    rows += [_post_row(f"r13o{k:03d}", 6350 + k, entry) for k, entry in enumerate(ROUND13_R13OPEN_POSTS)]
    rows += [_post_row(f"r14o{k:03d}", 7250 + k, entry) for k, entry in enumerate(ROUND14_R14OPEN_POSTS)]
    rows += [_post_row(f"r14p{k:03d}", 6950 + k, entry) for k, entry in enumerate(ROUND14_PEOPLE_POSTS)]
    rows += [_post_row(f"r14s{k:03d}", 6650 + k, entry) for k, entry in enumerate(ROUND14_R14SITES_POSTS)]
    rows += [_post_row(f"r14e{k:03d}", 6500 + k, entry) for k, entry in enumerate(ROUND14_R14EMP_POSTS)]
    for k, entry in enumerate(ROUND14_R14HOME_ROWS):      # round 14 home: posts and profiles in one list
        rid = f"r14h{k:03d}"
        rows.append(_profile_row(rid, entry) if entry[0] in ("ap-actor", "jsonld") else _post_row(rid, 6800 + k, entry))
    for k, entry in enumerate(ROUND15_PEOPLE_POSTS):      # round 15 people: posts and profiles in one list
        rid = f"r15p{k:03d}"
        rows.append(_profile_row(rid, entry) if entry[0] in ("ap-actor", "jsonld") else _post_row(rid, 7700 + k, entry))
    for k, entry in enumerate(ROUND15_R15OPEN_ROWS):      # round 15 open: posts and profiles in one list
        rid = f"r15o{k:03d}"
        rows.append(_profile_row(rid, entry) if entry[0] in ("ap-actor", "jsonld") else _post_row(rid, 8300 + k, entry))
    for k, entry in enumerate(ROUND15_R15HOME_ROWS):      # round 15 home: posts and profiles in one list
        rid = f"r15h{k:03d}"
        rows.append(_profile_row(rid, entry) if entry[0] in ("ap-actor", "jsonld", "h-card") else _post_row(rid, 8000 + k, entry))
    rows += [_post_row(f"r15w{k:03d}", 7400 + k, entry) for k, entry in enumerate(ROUND15_R15WORK_POSTS)]
    rows += [_post_row(f"r15bp{k:03d}", 8900 + k, entry) for k, entry in enumerate(ROUND15_R15BPEOPLE_POSTS)]
    rows += [_post_row(f"r15be{k:03d}", 8600 + k, entry) for k, entry in enumerate(ROUND15_R15BWORK_POSTS)]
    for k, entry in enumerate(ROUND15_R15BOPEN_ROWS + ROUND15_R15BOPEN_PROFILES):    # round 15 second pass: posts, then profiles
        rid = f"r15bo{k:03d}"
        rows.append(_profile_row(rid, entry) if entry[0] in ("ap-actor", "jsonld", "h-card") else _post_row(rid, 9200 + k, entry))
    return rows


if __name__ == "__main__":
    out = Path(__file__).with_name("devset.jsonl")
    rows = build()
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (out.with_name("subject.json")).write_text(json.dumps(SUBJECT) + "\n", encoding="utf-8")
    cats: dict[str, int] = {}
    for r in rows:
        for lab in r["labels"]:
            cats[lab["category"]] = cats.get(lab["category"], 0) + 1
    print(len(rows), "rows;", sum(not r["labels"] for r in rows), "decoys;", dict(sorted(cats.items())))
