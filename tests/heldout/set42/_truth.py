"""Write each set-42 persona's persona.toml from the TRUTH table below (FICTIONAL people).

    .venv/bin/python tests/heldout/set42/_truth.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B = "{{BASE}}"


def ap(h, n=None):
    return f"{B}/social/@{h}" if n is None else f"{B}/social/@{h}/{n}"


def apid(h, n):
    return f"{B}/social/@{h}/statuses/{n}"


def bp(slug):
    return f"{B}/blog/posts/{slug}/"


BH, FEED = f"{B}/blog/", f"{B}/blog/feed.xml"


def ft(base, tid):
    return f"{B}{base}t/{tid}/"


def med(f):
    return f"{B}/media/{f}"


def F(cat, value, keys, urls, lat=None, lon=None, radius=150):
    d = {"category": cat, "value": value, "keys": keys, "urls": urls}
    if lat is not None:
        d.update(lat=lat, lon=lon, radius_m=radius)
    return d


def D(url, phrase, cats, why):
    return {"url": url, "phrase": phrase, "not_categories": cats, "why": why}


TRUTH: dict[str, dict] = {}

# 1 -------------------------------------------------------------------------------------------
h = "jerome_hawks"
HORN = (-10.5962, 142.2485)
TRUTH["hornhawks"] = {
    "subject": {"name": "Jerome Anau", "aliases": [h, "@" + h, "Jerome"], "risk_band": "critical", "rank": 1},
    "note": "Border Force officer at Horn Island airport; match reports name his colleague, family and club; "
            "his work email for a community table, a cannabis seizure at Saibai, a radar and satellite fault, boat-loan arrears.",
    "profiles": [("/blog/", "html"), (f"/social/@{h}", "activitypub")],
    "facts": [
        F("employer", "Australian Border Force", ["Border Force"], [bp("rd1-hawks-v-sharks"), bp("fish-and-crabs-talk")]),
        F("work_location", "Horn Island Airport", ["work at the airport", "Empty terminal"],
          [bp("rd1-hawks-v-sharks"), ap(h, 7102)]),
        F("colleague", "Benny Gela (colleague)", ["Benny Gela", "Benny"], [bp("rd1-hawks-v-sharks"), bp("rd3-away-at-bamaga")]),
        F("family", "Lena (wife)", ["Lena"], [bp("rd1-hawks-v-sharks"), bp("training-times"), ap(h, 7104)]),
        F("family", "Kaden (son)", ["Kaden"], [bp("rd1-hawks-v-sharks"), ap(h, 7103)]),
        F("associate", "Cyril Passi (club president)", ["Cyril Passi", "Cyril"],
          [bp("rd1-hawks-v-sharks"), bp("rd3-away-at-bamaga"), bp("season-money")]),
        F("personal_contact", "jerome.hawks@tsmail.example", ["jerome.hawks@tsmail.example", "0491 570 213"],
          [bp("training-times")]),
        F("official_contact", "jerome.anau@abf.gov.au", ["jerome.anau@abf.gov.au"], [bp("fish-and-crabs-talk")]),
        F("official_information", "Two PNG dinghies stopped at Saibai with about 9 kg of cannabis; cash moved south",
          ["cannabis", "Saibai"], [bp("rd5-hawks-v-warriors")]),
        F("systems_information", "Radar feed drops in rain; movement-records laptop syncs only over the satellite link",
          ["radar feed", "satellite link"], [bp("rd5-hawks-v-warriors")]),
        F("routine", "Training Tuesdays and Thursdays 5:30pm at the oval; earlies 5 till 1",
          ["Tuesdays and Thursdays 5:30pm", "earlies", "5am start"], [bp("training-times"), ap(h, 7102)]),
        F("home_location", "Horn Island QLD (Wasaga)", ["Horn Island"],
          [ap(h), ap(h, 7101), med("front-step.jpg"), med("shield.jpg")], *HORN),
        F("geotag", "Photos at home on Horn Island", ["Horn Island"],
          [med("front-step.jpg"), ap(h, 7101), med("shield.jpg"), ap(h, 7103)], *HORN),
        F("vulnerability", "Two payments behind on the boat loan, the bank calling", ["behind on the boat loan", "the bank rang"],
          [bp("season-money")]),
    ],
    "decoys": [
        D(ap(h, 7104), "Border Security", ["employer"], "A TV show he watches."),
        D(bp("rd1-hawks-v-sharks"), "Thursday Island", ["home_location"], "Where his wife's scream was heard: a joke about a neighbouring island."),
        D(bp("rd3-away-at-bamaga"), "Bamaga", ["home_location", "work_location"], "An away game."),
    ],
}

# 2 -------------------------------------------------------------------------------------------
fb = "/forum/members/old_kellogs/"
TRUTH["dxbclan"] = {
    "subject": {"name": "Stuart Kellock", "aliases": ["OLD_Kellogs", "stukell_49", "Stu"], "risk_band": "critical", "rank": 2},
    "note": "Border Force airline liaison officer at Dubai airport on a gaming-clan forum registered with his work email; "
            "offloads and do-not-board advice, a VPN and smartcard fault; alone in Al Barsha, marriage failing, drinking, crypto losses.",
    "profiles": [(fb, "html")],
    "facts": [
        F("employer", "Australian Border Force", ["Border Force", "airline liaison officer"], [ft(fb, 5501)]),
        F("work_location", "Dubai International Airport (DXB)", ["DXB", "at check-in"], [ft(fb, 5501)]),
        F("corporate_identifier", "stuart.kellock@abf.gov.au", ["stuart.kellock@abf.gov.au"], [ft(fb, 5502)]),
        F("home_location", "Al Barsha, Dubai", ["Al Barsha"], [ft(fb, 5501)]),
        F("routine", "Raids Wednesday and Sunday 10pm Dubai time; at the airport by 4am other days",
          ["Wednesday and Sunday", "by 4am"], [ft(fb, 5503)]),
        F("family", "Leanne (wife)", ["Leanne"], [ft(fb, 5501), ft(fb, 5506)]),
        F("associate", "Dean Carrick (friend)", ["Dean Carrick", "Dean"], [ft(fb, 5503)]),
        F("colleague", "Raylene Short (colleague)", ["Raylene Short", "Raylene"], [ft(fb, 5504)]),
        F("official_information", "Do-not-board advice and eleven offloads in a week, visas bought from an agent",
          ["do-not-board", "offloads", "offloaded"], [ft(fb, 5504)]),
        F("systems_information", "VPN to Canberra drops; smartcard reader on an old ThinkPad; advance passenger screen times out",
          ["VPN", "smartcard reader", "advance passenger screen"], [ft(fb, 5505)]),
        F("vulnerability", "Isolated, marriage barely speaking, drinking more, about $6k lost on crypto",
          ["barely speaking", "drinking more", "six grand on crypto", "only people I talk to"], [ft(fb, 5506)]),
        F("personal_contact", "Discord stukell_49", ["stukell_49"], [f"{B}{fb}"]),
    ],
    "decoys": [
        D(ft(fb, 5507), "Border Security: Australia's Front Line", ["employer", "official_information"], "A TV show."),
        D(ft(fb, 5507), "border collie", ["employer"], "A dog on that show."),
        D(ft(fb, 5503), "Emirates departures", ["employer"], "An airline he works beside, not his employer."),
    ],
}

# 3 -------------------------------------------------------------------------------------------
SHED = (-27.3702, 152.8851)
TRUTH["shedlog"] = {
    "subject": {"name": "Angela Ferris", "aliases": ["Ange"], "risk_band": "high", "rank": 3},
    "note": "Home Affairs visa-fraud investigator; a woodworking blog whose feed author is her work email; "
            "a Sunnybank agent ring going to the CDPP, 'the Brick' case system's 90-day audit logs, passed over again.",
    "profiles": [("/blog/", "html")],
    "facts": [
        F("employer", "Department of Home Affairs", ["Home Affairs", "visa fraud"], [bp("hello-shavings")]),
        F("work_location", "Home Affairs Adelaide Street office, Brisbane", ["Adelaide Street office"], [bp("hello-shavings")]),
        F("corporate_identifier", "angela.ferris@homeaffairs.gov.au", ["angela.ferris@homeaffairs.gov.au"], [FEED]),
        F("official_information", "Sunnybank migration-agent ring, fake skills assessments, ~140 visas, brief to the CDPP",
          ["Sunnybank", "skills assessments", "CDPP"], [bp("the-sunnybank-job")]),
        F("systems_information", "'The Brick' case system: smartcard and tokens, audit logs kept 90 days",
          ["the Brick", "audit logs"], [bp("the-brick")]),
        F("home_location", "Samford QLD", ["Samford"], [BH, bp("the-shed-finally"), FEED], *SHED),
        F("geotag", "georss point at her shed, Samford", ["-27.3702", "Samford"], [FEED, bp("the-shed-finally")], *SHED),
        F("routine", "Saturday 6am shed time; Thursday 7-9pm woodwork guild in Ferny Hills",
          ["Saturday 6am", "Thursday nights"], [bp("the-shed-finally")]),
        F("family", "Colin (husband)", ["Colin", "Col"], [bp("hello-shavings"), bp("the-shed-finally")]),
        F("family", "Maddie (daughter)", ["Maddie"], [bp("chopping-board-21st")]),
        F("associate", "Reg Dunphy (woodwork guild)", ["Reg Dunphy"], [bp("the-shed-finally")]),
        F("colleague", "Hamish (2IC)", ["Hamish"], [bp("on-being-passed-over")]),
        F("vulnerability", "Passed over for EL1 again; grievance against management",
          ["Passed over", "couldn't organise a chook raffle"], [bp("on-being-passed-over")]),
    ],
    "decoys": [
        D(bp("the-shed-finally"), "Ferny Hills", ["home_location", "work_location"], "Where the guild meets, not home or work."),
        D(bp("the-sunnybank-job"), "servo coffee", ["vulnerability"], "Coffee, not a substance problem."),
    ],
}

# 4 -------------------------------------------------------------------------------------------
h = "lockie_cox"
GV = (-17.0921, 145.7846)
TRUTH["capecox"] = {
    "subject": {"name": "Lachlan Mahoney", "aliases": [h, "@" + h, "Lockie M", "Lockie"], "risk_band": "high", "rank": 4},
    "note": "Border Force Marine Unit coxswain out of Cairns; captions: sailing days, FFVs at Bramble Cay, a dead FLIR "
            "and sat phone, partner gone; two GPS photos at home in Gordonvale and a check-in on the Esplanade.",
    "profiles": [(f"/social/@{h}", "activitypub")],
    "facts": [
        F("employer", "Australian Border Force (Marine Unit)", ["Marine Unit", "ABF"], [ap(h)]),
        F("work_location", "Cairns (Marine Unit base)", ["Cairns base"], [ap(h, 8204)]),
        F("routine", "Sails Monday afternoons, four weeks on, four off", ["Monday arvo", "four weeks on"], [ap(h, 8201)]),
        F("official_information", "Three FFVs apprehended off Bramble Cay, 24 crew transferred",
          ["Bramble Cay", "FFVs"], [ap(h, 8202)]),
        F("systems_information", "FLIR camera failed on patrol; sat phone unserviceable", ["FLIR", "sat phone"], [ap(h, 8203)]),
        F("colleague", "Gazza (skipper)", ["Gazza"], [ap(h, 8204)]),
        F("home_location", "Gordonvale QLD", ["gordonvale"], [ap(h, 8205), med("verandah.jpg"), med("barra.jpg")], *GV),
        F("geotag", "Photos at home in Gordonvale", ["gordonvale"],
          [med("verandah.jpg"), ap(h, 8205), med("barra.jpg"), ap(h, 8206)], *GV),
        F("geotag", "Check-in on the Cairns Esplanade", ["Cairns Esplanade"], [ap(h, 8204), apid(h, 8204)], -16.9186, 145.7781),
        F("family", "Tash (partner)", ["Tash"], [ap(h, 8205), ap(h, 8207)]),
        F("family", "Ollie (son)", ["Ollie"], [ap(h, 8205), ap(h, 8206)]),
        F("vulnerability", "Partner moved out; relationship breakdown", ["Tash moved out"], [ap(h, 8207)]),
        F("personal_contact", "0491 570 336", ["0491 570 336"], [ap(h)]),
    ],
    "decoys": [
        D(ap(h, 8208), "border collie", ["employer", "official_information"], "Dog trials at a show."),
        D(ap(h, 8204), "Cairns base", ["home_location"], "His boat's base: work, not home."),
    ],
}

# 5 -------------------------------------------------------------------------------------------
TRUTH["idcgarden"] = {
    "subject": {"name": "Nerida Vasquez", "aliases": ["Nerida"], "risk_band": "high", "rank": 5},
    "note": "Home Affairs detention health liaison at Perth IDC; a recipe-and-garden blog with her work email for a "
            "seed swap, a hunger striker transferred to hospital, a shared login on a post-it, drinking more.",
    "profiles": [("/blog/", "html")],
    "facts": [
        F("employer", "Department of Home Affairs", ["Home Affairs", "health liaison"], [bp("wednesday-garden")]),
        F("work_location", "Perth Immigration Detention Centre", ["Perth IDC"], [bp("wednesday-garden")]),
        F("official_contact", "nerida.vasquez@homeaffairs.gov.au", ["nerida.vasquez@homeaffairs.gov.au"], [bp("seed-swap-2026")]),
        F("official_information", "A detainee on day 19 of a hunger strike transferred to Fiona Stanley",
          ["hunger strike", "Fiona Stanley"], [bp("chilli-jam")]),
        F("systems_information", "Referral portal logs out every 15 minutes; night-shift shared login on a post-it",
          ["shared login", "referral portal"], [bp("chilli-jam")]),
        F("colleague", "Trevor (manager)", ["Trevor"], [bp("chilli-jam")]),
        F("routine", "Wednesday afternoons at the community garden on Harris Street; Sunday 7am Fremantle markets",
          ["Wednesday arvo", "Sunday 7am"], [bp("wednesday-garden")]),
        F("home_location", "Bicton WA", ["Bicton"], [BH]),
        F("family", "Raf (husband)", ["Raf"], [bp("empanadas-for-raf")]),
        F("family", "Sofia (granddaughter)", ["Sofia"], [bp("empanadas-for-raf")]),
        F("associate", "Jan Kowalczyk (garden friend)", ["Jan Kowalczyk"], [bp("seed-swap-2026")]),
        F("vulnerability", "Compassion fatigue, drinking more most nights, sleeping badly",
          ["third most nights", "Compassion fatigue", "second glass of wine"], [bp("wine-and-worry")]),
    ],
    "decoys": [
        D(bp("wine-and-worry"), "department store", ["employer"], "A shop."),
        D(bp("wednesday-garden"), "contracted doctors", ["colleague"], "Unnamed contractors, not colleagues."),
    ],
}

# 6 -------------------------------------------------------------------------------------------
h = "renee_on_norfolk"
BP_ = (-29.0386, 167.9433)
TRUTH["norfolkpics"] = {
    "subject": {"name": "Renee Whitby", "aliases": [h, "@" + h, "Renee W", "renee_norfolk_pines"], "risk_band": "high", "rank": 6},
    "note": "Border Force officer posted to Norfolk Island; caption posts with a work-email profile field, flight-day "
            "staffing and a yacht with undeclared rifles, a check-in at her rental in Burnt Pine, isolation.",
    "profiles": [(f"/social/@{h}", "activitypub")],
    "facts": [
        F("employer", "Australian Border Force", ["ABF"], [ap(h), ap(h, 9302)]),
        F("corporate_identifier", "renee.whitby@abf.gov.au", ["renee.whitby@abf.gov.au"], [ap(h)]),
        F("work_location", "Norfolk Island Airport", ["airport office", "Norfolk Island posting", "Norfolk Island Airport"],
          [ap(h), ap(h, 9304), ap(h, 9308)]),
        F("official_information", "Two officers for 230 passengers; a yacht from NZ with two undeclared rifles",
          ["two of us on", "undeclared rifles"], [ap(h, 9302), ap(h, 9304)]),
        F("home_location", "Burnt Pine, Norfolk Island", ["Burnt Pine"], [ap(h, 9303), apid(h, 9303)], *BP_),
        F("geotag", "Check-in at her rental in Burnt Pine", ["Burnt Pine"], [ap(h, 9303), apid(h, 9303)], *BP_),
        F("routine", "Tuesday and Saturday flights; yoga Thursdays 6pm at the community hall",
          ["Tuesday and Saturday flights", "Yoga Thursdays 6pm"], [ap(h, 9302), ap(h, 9305)]),
        F("associate", "Nell Prentice (friend)", ["Nell Prentice"], [ap(h, 9305)]),
        F("family", "Dianne (mother)", ["Dianne"], [ap(h, 9306)]),
        F("colleague", "Kev (fellow officer)", ["Kev"], [ap(h, 9307)]),
        F("personal_contact", "Instagram renee_norfolk_pines", ["renee_norfolk_pines"], [ap(h)]),
        F("vulnerability", "Isolated on the island, no one to talk to", ["Island fever", "No one to talk to"], [ap(h, 9307)]),
    ],
    "decoys": [
        D(ap(h, 9308), "from the public car park", ["home_location"], "A public car park near the airport."),
        D(ap(h, 9303), "cat (not mine)", ["family"], "A neighbour's cat."),
    ],
}

# 7 -------------------------------------------------------------------------------------------
h = "dan_okafor"
pp = "/club/committee/daniel-okafor"
TRUTH["citizenq"] = {
    "subject": {"name": "Daniel Okafor", "aliases": [h, "@" + h, "Dan"], "risk_band": "moderate", "rank": 7},
    "note": "Home Affairs citizenship enquiries team leader at a contact centre; the queue size and scripted line, a "
            "telephony and CRM outage; his desk line on his cricket club's page; buy-now-pay-later and a payday loan.",
    "profiles": [(f"/social/@{h}", "activitypub"), (pp, "html")],
    "facts": [
        F("employer", "Department of Home Affairs", ["Home Affairs"], [ap(h, 6601)]),
        F("work_location", "Dandenong contact centre", ["Dandenong contact centre"], [ap(h, 6601)]),
        F("official_contact", "02 5550 4417 (desk line)", ["02 5550 4417"], [f"{B}{pp}"]),
        F("official_information", "Citizenship queue ~180k, tests booked to March, scripted 'we can't give timeframes'",
          ["180k", "can't give timeframes"], [ap(h, 6602)]),
        F("systems_information", "Telephony platform outage; the CRM ('Clippy') locked 200 staff out",
          ["telephony platform", "Clippy"], [ap(h, 6603)]),
        F("routine", "Junior training Wednesdays 6pm at the club oval", ["Wednesdays 6pm"], [f"{B}{pp}"]),
        F("home_location", "Tarneit VIC", ["Tarneit"], [f"{B}{pp}"]),
        F("family", "Ngozi (wife)", ["Ngozi"], [f"{B}{pp}", ap(h, 6606)]),
        F("family", "Chidi (brother)", ["Chidi"], [ap(h, 6604)]),
        F("vulnerability", "Three BNPL plans, a payday loan, rent rising", ["payday loan", "buy-now-pay-later"], [ap(h, 6605)]),
    ],
    "decoys": [
        D(ap(h, 6606), "Department store", ["employer"], "A shop."),
        D(f"{B}{pp}", "Junior Coordinator", ["employer"], "A volunteer role at a cricket club."),
    ],
}

# 8 -------------------------------------------------------------------------------------------
tb = "/community/u/troyb_patrol/"
TRUTH["tsvport"] = {
    "subject": {"name": "Troy Bellamy", "aliases": ["TroyB_Patrol", "Troy"], "risk_band": "moderate", "rank": 8},
    "note": "Border Force officer at the Port of Townsville on a 4WD forum: a tobacco seizure, his offsider, "
            "Saturday 5am departures from his suburb's servo, a phone in a sale.",
    "profiles": [(tb, "html")],
    "facts": [
        F("employer", "Australian Border Force", ["Border Force"], [ft(tb, 2102)]),
        F("work_location", "Port of Townsville", ["Port of Townsville", "at the port"], [ft(tb, 2102), ft(tb, 2103)]),
        F("official_information", "Two tonnes of loose-leaf tobacco in a container of 'ceramic tiles'",
          ["tobacco", "ceramic tiles"], [ft(tb, 2103)]),
        F("colleague", "Macca (offsider)", ["Macca"], [ft(tb, 2103)]),
        F("family", "Deb (wife)", ["Deb"], [ft(tb, 2101)]),
        F("routine", "Rotating days and arvos; trips Saturday 5am from the Mount Louisa servo",
          ["Saturday 5am", "days and arvos"], [ft(tb, 2102)]),
        F("home_location", "Mount Louisa QLD", ["Mount Louisa"], [f"{B}{tb}", ft(tb, 2104)]),
        F("personal_contact", "0491 570 482", ["0491 570 482"], [ft(tb, 2104)]),
    ],
    "decoys": [
        D(ft(tb, 2101), "Paluma", ["home_location"], "A weekend trip."),
    ],
}

# 9 -------------------------------------------------------------------------------------------
h = "mialq"
TRUTH["cybergrad"] = {
    "subject": {"name": "Mia Lindqvist", "aliases": [h, "@" + h], "risk_band": "moderate", "rank": 9},
    "note": "Home Affairs cyber security graduate: work email in a profile field, phishing click rate, Windows 10 and "
            "SIEM gaps, Tuesday derby and the drive home to Casey, rent and debt.",
    "profiles": [(f"/social/@{h}", "activitypub")],
    "facts": [
        F("employer", "Department of Home Affairs (cyber security branch)", ["Home Affairs"], [ap(h, 5401)]),
        F("corporate_identifier", "mia.lindqvist@homeaffairs.gov.au", ["mia.lindqvist@homeaffairs.gov.au"], [ap(h)]),
        F("systems_information", "31% phishing click rate; Windows 10 fleet; SIEM missing logs from old visa servers",
          ["Windows 10", "SIEM", "phishing simulation"], [ap(h, 5402)]),
        F("routine", "Derby training Tuesdays 7pm at the Gungahlin rink", ["Tuesdays 7pm"], [ap(h, 5403)]),
        F("home_location", "Casey ACT", ["Casey"], [ap(h, 5403)]),
        F("family", "Freja (sister)", ["Freja"], [ap(h, 5405)]),
        F("vulnerability", "Rent $620 a week, HECS, three Afterpay plans", ["Afterpay", "ate my savings"], [ap(h, 5404)]),
    ],
    "decoys": [
        D(ap(h, 5406), "Have I Been Pwned", ["systems_information"], "A public website."),
        D(ap(h, 5403), "Gungahlin rink", ["home_location", "work_location"], "A roller rink."),
    ],
}

# 10 ------------------------------------------------------------------------------------------
h = "gwenh"
LEG = (-41.3692, 147.0461)
TRUTH["lstgarden"] = {
    "subject": {"name": "Gwen Harcourt", "aliases": [h, "@" + h], "risk_band": "moderate", "rank": 10},
    "note": "Border Force officer at Launceston Airport; a garden photo with GPS at home in Legana, a grandson, "
            "a weekly garden club.",
    "profiles": [(f"/social/@{h}", "activitypub")],
    "facts": [
        F("employer", "Australian Border Force", ["Border Force"], [ap(h)]),
        F("work_location", "Launceston Airport", ["Launceston Airport"], [ap(h, 3302)]),
        F("home_location", "Legana TAS", ["Legana"], [ap(h, 3301), med("dahlias.jpg")], *LEG),
        F("geotag", "Garden photo at home in Legana", ["Legana"], [med("dahlias.jpg"), ap(h, 3301)], *LEG),
        F("family", "Archie (grandson)", ["Archie"], [ap(h, 3303)]),
        F("routine", "Garden club every Wednesday 10am at the Legana hall", ["Wednesday 10am"], [ap(h, 3304)]),
    ],
    "decoys": [
        D(ap(h, 3302), "Quiet shift", ["official_information"], "Nothing official said."),
    ],
}

# 11 ------------------------------------------------------------------------------------------
TRUTH["shipagent"] = {
    "subject": {"name": "Rob Tsang", "aliases": ["Rob"], "risk_band": "low", "rank": 11},
    "note": "NEGATIVE CONTROL: a private ship's agent in Newcastle who meets Border Force boardings.",
    "profiles": [("/blog/", "html")],
    "facts": [
        F("home_location", "Mayfield NSW", ["Mayfield"], [BH, bp("kids-and-ships")]),
        F("family", "Lily (daughter)", ["Lily"], [bp("kids-and-ships")]),
        F("family", "Marcus (son)", ["Marcus"], [bp("kids-and-ships")]),
        F("associate", "Phil Arnott (swim friend)", ["Phil Arnott"], [bp("saturday-swim")]),
        F("routine", "Saturday 6:30am swims at Merewether Baths", ["Saturday 6:30am"], [bp("saturday-swim")]),
        F("personal_contact", "rob.tsang@hunterharbour.example / 0491 570 655",
          ["rob.tsang@hunterharbour.example", "0491 570 655"], [bp("contact")]),
    ],
    "decoys": [
        D(bp("boarding-day"), "Border Force boarded", ["employer", "official_information", "colleague"],
          "Officers boarding a ship he agents for."),
        D(bp("boarding-day"), "Maritime Arrivals portal", ["systems_information", "corporate_identifier"], "A public lodgement portal."),
        D(bp("crew-change-chaos"), "operations department", ["employer"], "His private agency's department."),
        D(bp("crew-change-chaos"), "My boss at Hunter Harbour", ["colleague", "employer"], "His private employer."),
        D(bp("contact"), "released by customs", ["official_information", "employer"], "Customs as a client's problem."),
        D(BH, "Hunter Harbour Shipping Services", ["employer", "official_contact"], "A private employer in his h-card."),
        D(bp("kids-and-ships"), "border collie", ["employer"], "A neighbour's dog."),
    ],
}

# 12 ------------------------------------------------------------------------------------------
h = "hosei_law"
hp = "/people/harriet-osei"
TRUTH["lawacademic"] = {
    "subject": {"name": "Harriet Osei", "aliases": [h, "@" + h, "Dr Harriet Osei"], "risk_band": "low", "rank": 12},
    "note": "NEGATIVE CONTROL: a migration-law academic who studies the Department, visits Villawood and teaches public servants.",
    "profiles": [(hp, "html"), (f"/social/@{h}", "activitypub")],
    "facts": [
        F("home_location", "Mawson ACT", ["Mawson"], [ap(h)]),
        F("family", "Kwame (husband)", ["Kwame"], [ap(h, 4403)]),
        F("family", "Kofi (son)", ["Kofi"], [ap(h, 4403)]),
        F("routine", "Saturday parkrun at Tuggeranong 8am", ["parkrun at Tuggeranong 8am"], [ap(h, 4403)]),
        F("associate", "Sinead Walsh (friend)", ["Sinead Walsh"], [ap(h, 4404)]),
        F("personal_contact", "harriet.osei@bgu.example", ["harriet.osei@bgu.example"], [f"{B}{hp}"]),
    ],
    "decoys": [
        D(f"{B}{hp}", "Department of Home Affairs", ["employer"], "The subject of her research."),
        D(f"{B}{hp}", "Border Force's use of force", ["employer", "official_information"], "Her Senate evidence about the agency."),
        D(f"{B}{hp}", "public servants from many agencies", ["employer", "colleague"], "Her students."),
        D(ap(h, 4402), "Border Force officers on the gate", ["colleague", "employer"], "Officers she passed as a visitor."),
        D(ap(h, 4402), "Villawood", ["work_location"], "A research visit."),
        D(ap(h, 4401), "The department's own annual report", ["official_information", "employer"], "A public report."),
        D(ap(h, 4405), "Border Security", ["employer"], "A TV show."),
    ],
}

# 13 ------------------------------------------------------------------------------------------
kb = "/forum/members/keithd_jayco/"
TRUTH["retiredfed"] = {
    "subject": {"name": "Keith Darrow", "aliases": ["KeithD_Jayco", "Keith"], "risk_band": "low", "rank": 13},
    "note": "NEGATIVE CONTROL: a retired AFP sergeant on a caravan forum, with an old joint job with Customs.",
    "profiles": [(kb, "html")],
    "facts": [
        F("home_location", "Doreen VIC", ["Doreen"], [f"{B}{kb}", ft(kb, 8804)]),
        F("family", "Maureen (wife)", ["Maureen"], [ft(kb, 8801)]),
        F("family", "Tyler (grandson)", ["Tyler"], [ft(kb, 8803)]),
        F("associate", "Stan Pyke (neighbour)", ["Stan Pyke"], [ft(kb, 8801)]),
        F("routine", "Every second Sunday, 9am van run to Kinglake", ["every second Sunday", "9am start"], [ft(kb, 8803)]),
        F("personal_contact", "0491 570 791", ["0491 570 791"], [ft(kb, 8804)]),
    ],
    "decoys": [
        D(f"{B}{kb}", "Retired copper (AFP, 32 years)", ["employer"], "A former employer, not the department."),
        D(ft(kb, 8802), "joint job with Customs", ["employer", "official_information", "colleague"], "A 1998 story as a police officer."),
        D(ft(kb, 8802), "Different department", ["employer"], "His old police force."),
        D(ft(kb, 8805), "nothing to do with Border Force", ["employer", "work_location"], "A state quarantine checkpoint."),
        D(ft(kb, 8805), "border checkpoint at Eucla", ["work_location"], "A place on a trip."),
    ],
}


def toml_str(v) -> str:
    return json.dumps(v, ensure_ascii=False)


def write(name: str, t: dict) -> None:
    s = t["subject"]
    out = [f"# Ground truth for the set-42 persona \"{name}\" (FICTIONAL: {s['name']} does not exist).",
           f"# {t['note']}", "", "[subject]", f"name = {toml_str(s['name'])}", f"aliases = {toml_str(s['aliases'])}",
           'organisation = "dibp"', f"risk_band = {toml_str(s['risk_band'])}", f"rank = {s['rank']}", ""]
    for path, plat in t["profiles"]:
        out += ["[[profiles]]", f"path = {toml_str(path)}", f"platform = {toml_str(plat)}", ""]
    for f in t["facts"]:
        out += ["[[facts]]"] + [f"{k} = {toml_str(v)}" for k, v in f.items()] + [""]
    for d in t.get("decoys", []):
        out += ["[[decoys]]"] + [f"{k} = {toml_str(v)}" for k, v in d.items()] + [""]
    (HERE / name / "persona.toml").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    from collections import Counter
    c = Counter()
    for name, t in TRUTH.items():
        write(name, t)
        c.update(f["category"] for f in t["facts"])
    print(sum(c.values()), dict(sorted(c.items())))
