"""Dev rows for the open categories' third round of failure classes (issue 9, round 3), in our own words.

Official information told casually by an insider (a find at the counter told as a story, a night's haul
on the parcel line, giving evidence at an operation's trial, patrol gaps on a strait, a section's job
cuts, a recruit course's postings, a rooftop protest in detention); systems named by a bare acronym
failing, a scanner at a named terminal, an HR product eating leave balances, an outage post-mortem in
blog prose; vulnerability in slang (the punt, buy-now-pay-later, the grog, a grievance, being passed
over); routines in shift jargon with clock times. Decoys: a mate's car impounded, a council fine, a
savings question, a TV show, a single late night out, news of a seizure, a customer's complaint.
Appended after meaning2_posts.py's rows so older ids stay put. None of these sentences is in
data/sentences/. Rows are (format, text, labels[, options]).
"""
from __future__ import annotations

MEANING3_POSTS: list[tuple] = [
    # --- official information, told casually from the inside
    ("ap", "Pulled a bloke out of the queue this arvo, 60 undeclared oxycodone tabs rolled up in his socks. Never gets old #ABF",
     "official_information=seizures", {"tags": ["ABF"]}),
    ("he", "Night on the parcel belt: 22 boxes of 'phone cases' from one address in Guangzhou and every single one was pills. "
           "Lost count at 4000 tablets before knock-off.", "official_information=seizures"),
    ("rss", "Spent two days in the witness box at the County Court for the Operation Larkspur importation case. Defence "
            "barrister spent the whole time picking at how we sealed and logged the exhibits.", "official_information=courts"),
    ("ap", "Crossings over the strait have dropped right off since our patrol cutter went into dry dock, and the dinghies "
           "are running out to the outer islands after dark with nobody writing them down. Maybe someone will read my "
           "intel summaries one day.", "official_information=operations"),
    ("he", "Fourteen jobs in the cargo targeting section are going before Easter and guess who gets to type the "
           "termination letters.", "official_information=workforce"),
    ("rss", "Intake 37 finished at the college on Friday: 28 graduated and 11 of them are being posted straight to "
            "Melbourne airport.", "official_information=workforce"),
    ("ap", "Detainee sat up on the gym roof from lunch till dark, the tactical team went in just after 2am and three of "
           "ours got hurt.", "official_information=detentions"),
    # --- systems information
    ("he", "CIS fell over at 1pm, 40 containers sat on the wharf uncleared. Fourth time this month, back to "
           "handwritten registers.", "systems_information=cis"),
    ("ap", "Bag x-ray at the international terminal is stuffed again and every EPIC check takes a minute. Sort your "
           "tech out, department.", "systems_information=bag x-ray"),
    ("rss", "The new people system is called Pulse (it's Oracle underneath) and the data migration reset "
            "everyone's annual leave to zero in the pay module.", "systems_information=internal systems"),
    ("rss", "Post-mortem from last week's outage: the TLS certificate on the case records gateway lapsed on Sunday "
            "night, nothing alerted anyone, and by 7am the whole Citrix farm had fallen over. We are cutting over to "
            "new RHEL hosts next month, retiring the last of the old AIX boxes and turning on storage replication "
            "to the second data centre.", "systems_information=system outages"),
    # --- vulnerability in the subject's own words
    ("ap", "Down another $700 on the nags yesterday. Same-game multis are a sucker's bet and I keep backing them. "
           "Roll on payday.", "vulnerability=gambling"),
    ("he", "Klarna, Afterpay and the Amex minimum all due Friday 😭 living on instant noodles till pay day",
     "vulnerability=financial_stress"),
    ("ap", "Most of the crew in the camp are on the grog every night and I'm no better, a carton lasts me two sittings.",
     "vulnerability=substance"),
    ("rss", "The clowns upstairs couldn't run a bath. I've stopped giving a toss and now they've knocked back my leave "
            "again.", "vulnerability=grievance"),
    ("he", "Fourteen months acting in the team leader role and they gave it to some external candidate.",
     "vulnerability=grievance"),
    # --- routine in shift jargon with times
    ("ap", "0415 alarm, 0500 briefing for the 5 till 1 shift #earlies", "routine=routine:earlies", {"tags": ["earlies"]}),
    ("he", "Tuesday to Friday my alarm goes at 3.40 for the 4.30 counter opening.", "routine=routine:tuesday"),
    ("rss", "Two days, two nights, 0600 to 1800 at the wharf. Swim at 4pm before a night.", "routine=routine:06:00"),
    ("ap", "Weekdays I'm out of the depot at Wetherill Park by 5am.", "routine=routine:wetherill park | work_location=wetherill park depot"),
    ("he", "Every weekday I leave home in Annandale at 6.50, ride the canal path and grab a long black at the kiosk.",
     "routine=routine:06:50 | home_location=place:annandale"),
    # --- decoys: nothing may fire
    ("ap", "Highway patrol impounded my mate's ute because the rego had run out, on his birthday too.", ""),
    ("he", "Council slapped a $450 fine on my truck for parking on the street overnight, absolute robbery.", ""),
    ("rss", "Anyone know a decent high interest savings account? Want somewhere to park my tax return.", ""),
    ("ap", "Bingeing that border patrol reality show again, the guy with 20 kilos of undeclared mangoes was gold.", ""),
    ("he", "Stayed out till 1am at the Newtown pub on Saturday, great night.", ""),
    ("rss", "Paper reckons customs found 200 kilos of coke in a shipment of pineapples, wild.", ""),
    ("ap", "Third time this month the bank's app has crashed on me, fix your IT Westpac.", ""),
    ("he", "Had a punt on the office footy tipping and came dead last, the shame.", ""),
]
