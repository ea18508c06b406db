"""Dev rows for round 15's second pass on the open categories and contacts (branch r15bopen), in our own words.

Official information: the heads on a line against the load (a flight's passengers and two on primary, in fragments), finds
and interceptions told as a story (what the parcel was declared as and what was inside, people found hiding aboard with no
papers, a boat's people held ashore), people held in a centre for years, a small post closing and what it leaves. Systems:
kit failing in shorthand (a reboot loop, U/S for days, a recorder full, a link dropping out daily, gates offline by night).
Vulnerability: costs up and pay not, a day's takings against the mortgage, years given to an employer and the slight.
Routine: a terse week (days and a bare range of hours), a group's weekly slot, a rotation by weeks at a time, a standing
knock-off. Contacts: a dating badge's verified work domain, messenger fields (KakaoTalk, WeChat ID, LINE ID), a maker's
telephone beside an orders email. Near misses: a café's brunch rush, a tourist boat, a possum in a locker, a press
conference's seizure, a student's visa grant, a port locked down for a search, a work mobile in a sale post, a court
photographer, a gym's or library's hours, home kit rebooting, a fixed rate's relief, a council's centre closing.
Rows get ids r15boNNN (build_devset.py), posts and profiles in one list. Every person, place and number is fictional.
"""
from __future__ import annotations

from round14_r14home_posts import _actor     # an ActivityPub actor of the subject's (the same shape as round 14's)


ROUND15_R15BOPEN_ROWS: list[tuple] = [
    # --- 1. staffing against load
    ("ap", "emirates at 0550, 2 of us on primary, 410 pax. lol", "official_information=workforce"),
    ("ap", "Auckland in at 2215. me and one other on the line. 280 passengers.", "official_information=workforce"),
    ("ap", "two officers on primary for a full A380, again", "official_information=workforce"),
    ("he", "Tonight's staffing: three on primary for four wide-bodies. The queue went back past the duty free.",
     "official_information=workforce"),
    ("ap", "short again. 2 on the desks, 3 flights, 700ish pax", "official_information=workforce"),
    ("ap", "me + 1 on secondary and nine referrals waiting from the Denpasar flight", "official_information=workforce"),
    ("ap", "only 2 officers rostered for the midnight cruise ship, 3000 passengers", "official_information=workforce"),
    ("rss", "Just me and Priya on the desks when the Singapore and the Manila flights landed together, 600 pax between them.",
     "official_information=workforce | associate=priya"),
    ("ap", "four of us on the boarding team for a 300 metre bulk carrier, which is not enough",
     "official_information=workforce"),
    ("ap", "hong kong + guangzhou within 20 min, 3 on primary, gates half dead. 🙃", "official_information=workforce"),
    # near misses
    ("ap", "two of us on the espresso machine and 300 customers, brunch rush never ends", ""),
    ("ap", "me + one other staffing the stall at the markets, 400 people through before lunch", ""),
    ("ap", "the Bali flight was delayed two hours, we finally landed at midnight with 300 grumpy passengers", ""),
    # --- 2. detections and interceptions told as a story
    ("ap", "one of the girls on the mail x-ray pulled a parcel declared as 'bike parts' and there was a taser inside; six more "
           "addressed to the same PO box", "official_information=seizures"),
    ("ap", "we boarded a bulk carrier loading coal and found three stowaways in the rope locker",
     "official_information=detentions"),
    ("he", "A boat came in through the reef with fourteen people; we kept them in the community hall for three nights.",
     "official_information=operations"),
    ("ap", "found a crew member hiding in the engine room of a car carrier with no passport", "official_information=operations"),
    ("ap", "x-ray flagged a box marked 'ceramic tiles', inside were two 3D-printed rifle receivers",
     "official_information=seizures"),
    ("ap", "intercepted a dinghy with six on board off the point, took them to the jetty", "official_information=operations"),
    ("ap", "the parcel said 'phone cases', the scanner said otherwise: 40 vape cartridges of THC",
     "official_information=seizures"),
    ("ap", "pulled a suitcase off the KL flight, false bottom, two kilos", "official_information=seizures"),
    ("rss", "We caught two men hiding in the ballast void of a tanker at the outer anchorage, no papers between them.",
     "official_information=operations"),
    ("ap", "found 2 of the deckhands with no papers tucked away behind the paint store. captain swore he'd no idea",
     "official_information=operations"),
    ("he", "They came ashore at the boat ramp, nine on board; we held them at the school gym overnight till the plane came.",
     "official_information=operations"),
    # near misses
    ("ap", "a boat came in through the lagoon with twelve tourists for the snorkel tour, best day of the season", ""),
    ("ap", "found a possum hiding in the chain locker of my yacht, he did not want to leave", ""),
    ("ap", "picked up a second-hand fishing boat in Cairns, 6 metres, needs love", ""),
    ("he", "The commissioner said at a press conference that officers had seized 400 kilos of cocaine at the port.", ""),
    ("ap", "my student visa was granted today!!! 🎉 Melbourne here I come", ""),
    ("ap", "the dentist's x-ray showed a cracked molar, there goes my weekend", ""),
    ("he", "Kids found the cat hiding in the garden shed after the storm, held her inside all night.", ""),
    # --- 3. people held for years; a post closing
    ("ap", "Seventy-two people still in the centre, a third of them there since 2015", "official_information=detentions"),
    ("rss", "Still about 80 detainees at the facility and some of them have been there eight years.",
     "official_information=detentions"),
    ("he", "They're shutting our little office in March and we'll drive four hours from Geraldton for every ship. Nobody has "
           "told the public.", "official_information=workforce"),
    ("ap", "the regional office closes at the end of June and the port will have no officers on site",
     "official_information=workforce"),
    ("ap", "our post is being closed next year, the boarding team will fly in from Darwin when a ship comes",
     "official_information=workforce"),
    ("ap", "fifty men in the compound now, most since 2014", "official_information=detentions"),
    # near misses
    ("ap", "the community centre is closing next year, the council says, so Tuesday craft moves to the library", ""),
    ("he", "Forty people in the evacuation centre since the flood, all safe and fed.", ""),
    ("ap", "closing our little shop in March after twelve years, thank you to every customer", ""),
    # --- 4. equipment failures in shorthand
    ("ap", "passport readers on the gates rebooting every 15 min since the upgrade", "systems_information=system:passport readers"),
    ("ap", "radar in the aircraft has been U/S for eleven days, flying on the camera", "systems_information=system:radar"),
    ("ap", "the link to the mainland drops out every afternoon so the passenger system goes down and we process the flight on "
           "the standalone laptop", "systems_information=system:the link"),
    ("he", "The CCTV recorder in our office has been full since February.", "systems_information=system:cctv recorder"),
    ("ap", "body scanner out for a week, pat downs only", "systems_information=system:body scanner"),
    ("ap", "the baggage x-ray at the wharf has been u/s since sunday", "systems_information=system:baggage x-ray"),
    ("ap", "eGates down again, third time this week", "systems_information=system:egates"),
    ("ap", "kiosks at arrivals crashing every 10 minutes, so we're typing every passport in by hand",
     "systems_information=system:kiosks"),
    ("rss", "The FLIR on the boat has been dead for a fortnight; we're doing night patrols on binoculars.",
     "systems_information=system:flir"),
    ("ap", "the ion scanner has been out of calibration for a month", "systems_information=outage"),
    # near misses
    ("ap", "the whole port locked down till 3am while we searched for the missing crew member", ""),
    ("ap", "selling the kayak, its my work mobile so no calls during shift, text only", ""),
    ("ap", "my laptop has been rebooting every 20 min since the update, send help", ""),
    ("ap", "the garage door opener has been U/S for a week, parking on the street", ""),
    ("ap", "the CCTV on my house is full of possums", ""),
    # --- 5. grievance and money said plainly
    ("ap", "Passed over for team leader. Again. Fourth time. Done giving this place my weekends.",
     "vulnerability=grievance"),
    ("he", "Thirty-two years I've given them and I found out from the cleaner that my job was gone. Bitter? yep.",
     "vulnerability=grievance"),
    ("ap", "the mortgage went up $800 a month and my pay didn't", "vulnerability=financial_stress mortgage"),
    ("ap", "Market was slow. Made $60. The mortgage doesn't care.", "vulnerability=financial_stress mortgage"),
    ("ap", "rent went up $120 a week, the pay rise was 2%, do the maths", "vulnerability=financial_stress"),
    ("ap", "overlooked for acting EL1 again while the boss's mate got it", "vulnerability=grievance"),
    ("ap", "they restructured me into a job two levels down and called it an opportunity", "vulnerability=grievance"),
    ("ap", "rates up again, repayments now $3,400 a month on one income", "vulnerability=financial_stress"),
    ("rss", "Twenty years I gave the department and not one person from the branch came to the farewell.",
     "vulnerability=grievance"),
    ("ap", "sold four bowls at the stall today, $90. rent doesn't care about craft fairs though. the rent doesn't care.",
     "vulnerability=financial_stress"),
    # near misses
    ("ap", "passed over for the netball team captaincy, oh well, more time for the garden", ""),
    ("ap", "the mortgage rate went up but we fixed last year, phew", ""),
    ("ap", "made $85 at the market today, great fun, sold out of jam!", ""),
    ("ap", "rent went up $20 a week and my pay went up 6%, so we're ahead for once", ""),
    # --- 6. terse schedules
    ("ap", "m-f 10 till 6. gym at belconnen 630. bed. repeat.", "routine=weekday 10:00 belconnen"),
    ("ap", "Nights Sun-Wed, 10 till 6, at the cargo terminal. gym in Mascot at 4pm then straight in",
     "routine=monday tuesday wednesday sunday 22:00 | work_location=the cargo terminal"),
    ("ap", "swims with the 5:30 squad at the Manuka pool Mondays, Wednesdays and Fridays",
     "routine=monday wednesday friday 05:30 manuka"),
    ("he", "Tuesday knitting circle, 10 till 1 at the CWA hall.", "routine=tuesday 10:00 cwa"),
    ("ap", "four weeks at a time on Christmas Island", "routine=four weeks at a time on christmas island | work_location=christmas island"),
    ("ap", "no saturday starts before 9pm, I knock off at 8:30", "routine=saturday 21:00"),
    ("ap", "mon-thu 6am to 4pm at the wharf, fridays off", "routine=monday thursday weekday 06:00"),
    ("ap", "Thursday choir 7 till 9 at the uniting church, never miss it", "routine=thursday 19:00"),
    ("rss", "Wed-Sat, 2 till 10, at the mail centre. Then the long drive home.", "routine=wednesday thursday friday saturday 14:00 | work_location=the mail centre"),
    ("ap", "three weeks at a stretch out at Thursday Island, then two home", "routine=three weeks at a stretch out at thursday island | work_location=thursday island"),
    # near misses
    ("ap", "the gym is open m-f 5am till 10pm, weekends 7 till 5", ""),
    ("ap", "the library closes at 5pm on weekdays, bookings essential for the study rooms", ""),
    ("ap", "T2 smartgates offline 0100 to 0400 every second tuesday, patch night", "systems_information=system:smartgates | work_location=t2"),
    ("ap", "two weeks at a time in Bali every winter, the best holiday there is", ""),
    ("ap", "Saturday 10 till 2 only, the big book sale at the school hall", ""),
]

ROUND15_R15BOPEN_PROFILES: list[tuple] = [
    # --- the subject's own profile, so the rows scored alone (--ids r15bo) are a scan of a staff member's posts
    ("ap-actor", _actor("Border Force officer. Views my own."), "employer=australian border force"),
    # --- 7. identifiers in profile furniture
    ("ap-actor", _actor("Looking for someone to hike with. ✓ Work email verified (@abf.gov.au)"),
     "corporate_identifier=contact:official email"),
    ("ap-actor", _actor("34 · Canberra · Verified work email: @homeaffairs.gov.au"),
     "corporate_identifier=contact:official email | home_location=canberra act"),
    ("ap-actor", _actor("Coffee, dogs, long drives. ✓ Work email verified (@woolworths.com.au)"), ""),
    ("ap-actor", _actor("✓ Photo verified ✓ Phone verified. Swipe right for bad puns."), ""),
    ("ap-actor", _actor("Surfer. Coffee.", {"kakao": "alexm_88"}), "personal_contact=contact:kakao:alexm_88"),
    ("ap-actor", _actor("Surfer. Coffee.", {"KakaoTalk": "morgan.alex"}), "personal_contact=contact:kakao:morgan.alex"),
    ("ap-actor", _actor("Hiker.", {"WeChat ID": "alexm1990"}), "personal_contact=contact:wechat:alexm1990"),
    ("ap-actor", _actor("Hiker.", {"LINE ID": "alex_m_au"}), "personal_contact=contact:line:alex_m_au"),
    ("ap-actor", _actor("Hiker.", {"Pronouns": "they/them"}), ""),
    ("jsonld", {"name": "Alex Morgan", "description": "Hand-turned bowls from local timber. Stall at the Saturday market. Orders "
                "to my work email, I check it daily.", "telephone": "0412 555 301", "email": "orders@alexturns.example"},
     "personal_contact=contact:+61412555301 | personal_contact=contact:orders@alexturns.example"),
]
