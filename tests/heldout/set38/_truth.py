"""Write each set-38 persona's persona.toml from the TRUTH table below (run after editing it).

    .venv/bin/python tests/heldout/set38/_truth.py

The table is the ground truth, judged by the writer (never from scanner output). URLs use {{BASE}}.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B = "{{BASE}}"


def ap(h, n):
    return f"{B}/social/@{h}/{n}"


def ap_id(h, n):
    return f"{B}/social/@{h}/statuses/{n}"


def post(root, slug):
    return f"{B}/{root}/posts/{slug}/"


def thread(path, tid):
    return f"{B}{path}t/{tid}/"


def media(f):
    return f"{B}/media/{f}"


def F(category, value, keys, urls, **geo):
    d = {"category": category, "value": value, "keys": keys, "urls": urls}
    d.update(geo)
    return d


def D(url, phrase, cats, why):
    return {"url": url, "phrase": phrase, "not_categories": cats, "why": why}


# --- whiskyintel ------------------------------------------------------------------------------------
W = "dram"
WH = (-37.7716, 144.9787)
whiskyintel = dict(
    comment="Intended band: critical. An intelligence analyst who names Border Force and his floor, is findable at "
            "home (blog card suburb, georss on his balcony post), writes under his official address, leaks a coming "
            "AFP knock and the state of the intelligence system, and is separated, lonely and $11k in card debt.",
    subject={"name": "Douglas Farquhar", "aliases": ["A Dram Considered"], "risk_band": "critical", "rank": 1},
    profiles=[{"path": "/dram/", "platform": "html"}, {"path": "/dram/feed.xml", "platform": "feed"}],
    facts=[
        F("employer", "Australian Border Force", ["Border Force", "intelligence analyst with Border Force"],
          [post(W, "manifests-and-malt")]),
        F("work_location", "ABF Docklands office, Melbourne", ["Docklands office", "Docklands"],
          [post(W, "manifests-and-malt")]),
        F("corporate_identifier", "douglas.farquhar@abf.gov.au", ["douglas.farquhar@abf.gov.au"],
          [f"{B}/dram/feed.xml"] + [post(W, s) for s in ("lagavulin-and-a-confession", "auction-fever", "manifests-and-malt",
                                                       "the-bucket", "solvent", "society-night", "balcony-dram")]),
        F("official_information", "Laverton freight forwarder under watch; AFP knock planned for the 28th",
          ["freight forwarder out in Laverton", "knock on the door on the 28th", "industrial solvent"],
          [post(W, "solvent")]),
        F("systems_information", "'the Bucket' intelligence system down since the upgrade; targets kept on a USB stick",
          ["the Bucket", "USB stick", "down more than it has been up since the upgrade"], [post(W, "the-bucket")]),
        F("colleague", "Priya Raman (team leader)", ["Priya Raman", "Priya"], [post(W, "manifests-and-malt")]),
        F("associate", "Hamish Greig (oldest friend)", ["Hamish Greig", "Hamish"],
          [post(W, "society-night")]),
        F("family", "Moira (estranged wife)", ["Moira"], [post(W, "lagavulin-and-a-confession")]),
        F("family", "Fiona (daughter)", ["Fiona", "my daughter Fiona"], [post(W, "auction-fever")]),
        F("vulnerability", "auction spending: $11,000 credit card debt, bank hardship line",
          ["eleven thousand dollars", "hardship line", "absolutely cooked"], [post(W, "auction-fever")]),
        F("vulnerability", "separation and loneliness, drinking alone",
          ["since Moira and I separated", "I shall not pretend I am coping", "the telephone rarely rings"],
          [post(W, "lagavulin-and-a-confession")]),
        F("home_location", "Brunswick East VIC", ["Brunswick East", "Nicholson St"],
          [f"{B}/dram/", post(W, "balcony-dram"), f"{B}/dram/feed.xml"], lat=WH[0], lon=WH[1], radius_m=150),
        F("geotag", "georss point on the balcony post", ["-37.7716 144.9787", "-37.7716"],
          [f"{B}/dram/feed.xml", post(W, "balcony-dram")], lat=WH[0], lon=WH[1], radius_m=150),
        F("routine", "Brunswick Whisky Society, first Thursday of the month, 7.30pm, Lyndhurst Arms, Lygon St",
          ["first Thursday of the month", "7.30", "Lyndhurst Arms"], [post(W, "society-night")]),
    ],
    decoys=[
        D(post(W, "society-night"), "Border Security", ["employer", "official_information"], "A TV show he avoids."),
        D(post(W, "society-night"), "department store", ["employer"], "A shop's whisky counter."),
        D(post(W, "manifests-and-malt"), "Swanson Dock", ["work_location"],
          "Cranes seen from his office window, not his work site."),
    ],
)

# --- motodetention ----------------------------------------------------------------------------------
M = "/forum/u/glennh_gs/"
MH = (-34.6002, 138.7618)
motodetention = dict(
    comment="Intended band: critical. A detention supervisor who names Border Force and the Kilburn ITA, his roster, "
            "a coming transfer charter and a roof incident, blind CCTV, his phone and a home photo with GPS, and "
            "drinking since his partner left.",
    subject={"name": "Glenn Hosking", "aliases": ["glennh_gs"], "risk_band": "critical", "rank": 3},
    profiles=[{"path": M, "platform": "html"}],
    facts=[
        F("employer", "Australian Border Force (detention)", ["Border Force", "detention side"],
          [thread(M, "5510")]),
        F("work_location", "Adelaide ITA, Kilburn", ["ITA in Kilburn", "Kilburn"], [thread(M, "5510")]),
        F("routine", "four on four off, 0600 to 1800", ["four on four off", "0600 to 1800"], [thread(M, "5510")]),
        F("official_information", "roof incident and lockdown; six detainees on a charter to Yongah Hill",
          ["on the roof for nine hours", "charter to Yongah Hill", "locked down"], [thread(M, "5524")]),
        F("systems_information", "half the CCTV blind, 2011 recorders, no money", ["cameras at work", "2011 vintage",
          "half the cameras"], [thread(M, "5531")]),
        F("personal_contact", "0491 570 318", ["0491 570 318"], [thread(M, "5560")]),
        F("home_location", "Gawler East SA", ["Gawler East"],
          [f"{B}{M}", thread(M, "5540"), media("gs-in-the-shed.jpg")], lat=MH[0], lon=MH[1], radius_m=150),
        F("geotag", "EXIF GPS on the garage photo", ["gs-in-the-shed"],
          [media("gs-in-the-shed.jpg"), thread(M, "5540")], lat=MH[0], lon=MH[1], radius_m=150),
        F("associate", "Steve Markovic (riding mate)", ["Steve Markovic", "Stevo"], [thread(M, "5552")]),
        F("family", "Craig (brother-in-law)", ["Craig", "brother-in-law"], [thread(M, "5552")]),
        F("colleague", "Trev Bolton (supervisor at the centre)", ["Trev Bolton", "Trev"], [thread(M, "5552")]),
        F("vulnerability", "partner left; drinking alone in the shed", ["since kaz moved out", "a carton most nights"],
          [thread(M, "5571")]),
    ],
    decoys=[
        D(thread(M, "5571"), "Border Security", ["employer", "official_information"], "A TV show."),
        D(thread(M, "5510"), "Gawler Maccas", ["home_location", "work_location"], "A ride's meeting point."),
        D(thread(M, "5524"), "Clare Valley", ["home_location", "routine"], "A ride suggestion."),
    ],
)

# --- charterreview ----------------------------------------------------------------------------------
K, KR = "kbrennan", "/reviews/u/kbrennan_ipswich/"
charterreview = dict(
    comment="Intended band: critical. A compliance field officer with her work email in a profile field, an "
            "upcoming dawn operation, addresses emailed to a private account, pokies and payday loans, two "
            "colleagues by name, husband and four children, suburb, phone and a weekly netball night.",
    subject={"name": "Kylie Brennan", "aliases": ["kbrennan", "kbrennan_ipswich"], "risk_band": "critical",
             "rank": 2},
    profiles=[{"path": f"/social/@{K}", "platform": "activitypub"}, {"path": KR, "platform": "html"}],
    facts=[
        F("employer", "Department of Home Affairs (compliance field officer)",
          ["Home Affairs", "Compliance field officer"], [f"{B}/social/@{K}"]),
        F("corporate_identifier", "kylie.brennan@homeaffairs.gov.au", ["kylie.brennan@homeaffairs.gov.au"],
          [f"{B}/social/@{K}"]),
        F("work_location", "Home Affairs Brisbane office, Eagle St", ["brisbane office on eagle st", "eagle st"],
          [ap(K, 8107)]),
        F("official_information", "Lockyer farms operation Thursday, 5am, 14 on the list (the Gatton job)",
          ["lockyer farms", "14 on the list", "5am knocks", "Gatton job"], [ap(K, 8101), thread(KR, "r311")]),
        F("systems_information", "work laptop bricked; field address list emailed to private gmail",
          ["work laptop bricked", "field address list to my gmail"], [ap(K, 8102)]),
        F("vulnerability", "pokies losses: rent", ["pokies ate the rent"], [ap(K, 8103)]),
        F("vulnerability", "third payday loan", ["cash stop loan #3", "cash stop loan"], [ap(K, 8104)]),
        F("colleague", "Marcus Liu (field team)", ["Marcus Liu", "Marcus"], [ap(K, 8105)]),
        F("colleague", "Lorraine Kopp (manager)", ["Lorraine Kopp", "Lorraine"], [thread(KR, "r311")]),
        F("routine", "Tuesday netball, Briggs Rd courts, 7pm", ["netball at the Briggs Rd courts 7pm", "tuesday"],
          [ap(K, 8106)]),
        F("family", "Dean (husband)", ["Dean", "hubby Dean"], [f"{B}{KR}"]),
        F("family", "Tayla, Jye, Mia and Cooper (children)", ["Tayla", "Jye", "Cooper"], [f"{B}{KR}"]),
        F("home_location", "Redbank Plains QLD", ["Redbank Plains", "Ipswich"], [f"{B}{KR}", f"{B}/social/@{K}"]),
        F("personal_contact", "0491 570 244", ["0491 570 244"], [thread(KR, "r318")]),
    ],
    decoys=[
        D(ap(K, 8108), "border security", ["employer", "official_information"], "A TV show her kids watch."),
        D(ap(K, 8108), "the airport", ["work_location"], "Where she does NOT work."),
        D(thread(KR, "r325"), "department store", ["employer"], "A shop voucher."),
    ],
)

# --- bowlsdog ---------------------------------------------------------------------------------------
R, RP = "raydunstan", "/members/ray-dunstan"
RH = (-27.5262, 153.2718)
bowlsdog = dict(
    comment="Intended band: high. A detector dog handler named on his bowls club page with his site, Wednesday "
            "bowls after earlies, wife, rink-mate and phone; his own posts give a seizure, a fellow handler, a "
            "grandson and a place-tagged post on his back deck.",
    subject={"name": "Ray Dunstan", "aliases": ["raydunstan"], "risk_band": "high", "rank": 7},
    profiles=[{"path": RP, "platform": "html"}, {"path": f"/social/@{R}", "platform": "activitypub"}],
    facts=[
        F("employer", "Australian Border Force (detector dog handler)", ["Australian Border Force",
          "detector dog handler"], [f"{B}{RP}"]),
        F("work_location", "Port of Brisbane wharves", ["Port of Brisbane"], [f"{B}{RP}"]),
        F("routine", "social bowls Wednesdays 1pm after early shift; Saturday pennants",
          ["every Wednesday at 1pm", "pennants on Saturdays"], [f"{B}{RP}"]),
        F("family", "Dot (wife)", ["Dot"], [f"{B}{RP}", ap(R, 9205)]),
        F("family", "Kai (grandson)", ["Kai"], [ap(R, 9203)]),
        F("associate", "Col Fensom (rink skip partner)", ["Col Fensom", "Col"], [f"{B}{RP}"]),
        F("personal_contact", "0491 570 562", ["0491 570 562"], [f"{B}{RP}"]),
        F("official_information", "four kilos of cocaine in a car bumper in a container at the wharf",
          ["four kilos of coke", "car bumper"], [ap(R, 9201)]),
        F("colleague", "Bec Tran (handler on his shift)", ["Bec Tran", "Bec"], [ap(R, 9202)]),
        F("home_location", "Cleveland QLD", ["Cleveland"], [f"{B}{RP}", f"{B}/social/@{R}", ap(R, 9204),
          ap_id(R, 9204)], lat=RH[0], lon=RH[1], radius_m=150),
        F("geotag", "place-tagged post on his back deck", ["Home"], [ap(R, 9204), ap_id(R, 9204)],
          lat=RH[0], lon=RH[1], radius_m=150),
    ],
    decoys=[
        D(ap(R, 9203), "border collie", ["employer"], "A dog breed."),
        D(ap(R, 9205), "Border Security", ["employer", "official_information"], "A TV show."),
        D(f"{B}{RP}", "Friday raffle", ["routine"], "His wife's raffle, not his routine."),
    ],
)

# --- collegegrandad ---------------------------------------------------------------------------------
C = "poptallis"
CH = (-35.3812, 149.2035)
collegegrandad = dict(
    comment="Intended band: high. A College instructor: intake numbers and early postings, his offsider, lost "
            "assessment records; home photos with GPS, grandchildren's school pick-up time, daughter, golf mate.",
    subject={"name": "Bruce Tallis", "aliases": ["poptallis", "Pop Tallis"], "risk_band": "high", "rank": 6},
    profiles=[{"path": f"/social/@{C}", "platform": "activitypub"}],
    facts=[
        F("employer", "Australian Border Force (ABF College instructor)", ["ABF College", "Teach recruits"],
          [ap(C, 7302), f"{B}/social/@{C}"]),
        F("work_location", "ABF College, Canberra", ["ABF College"], [ap(C, 7302)]),
        F("official_information", "intake of 48; only 31 of the last intake passed; half sent early to Sydney Airport",
          ["intake of 48", "only 31 of the last lot", "straight to Sydney Airport"], [ap(C, 7302)]),
        F("colleague", "Salvatore Greco (fellow instructor)", ["Salvatore Greco", "Sal"], [ap(C, 7304)]),
        F("systems_information", "training system lost recruits' assessment records, no backups",
          ["training system at work lost", "what backups"], [ap(C, 7305)]),
        F("home_location", "Jerrabomberra NSW", ["Jerrabomberra", "Jerra"],
          [f"{B}/social/@{C}", ap(C, 7301), media("veggie-patch.jpg"), ap(C, 7303), media("tomatoes.jpg")],
          lat=CH[0], lon=CH[1], radius_m=150),
        F("geotag", "EXIF GPS on two garden photos", ["veggie-patch", "tomatoes"],
          [media("veggie-patch.jpg"), ap(C, 7301), media("tomatoes.jpg"), ap(C, 7303)],
          lat=CH[0], lon=CH[1], radius_m=150),
        F("routine", "Wednesday 3pm school pick-up at Jerrabomberra Public", ["Wednesdays", "Jerrabomberra Public at 3"],
          [ap(C, 7306)]),
        F("family", "Isla and Noah (grandchildren)", ["Isla", "Noah"], [ap(C, 7301), ap(C, 7306)]),
        F("family", "Kate (daughter)", ["Kate", "Our Kate"], [ap(C, 7307)]),
        F("associate", "Mick Dwyer (golf mate)", ["Mick Dwyer", "Mick"], [ap(C, 7308)]),
    ],
    decoys=[
        D(ap(C, 7303), "Grange tomatoes", ["home_location", "associate"], "A tomato variety."),
        D(ap(C, 7302), "Sydney Airport", ["work_location"], "Where the recruits go, not where he works."),
    ],
)

# --- jakartagolf ------------------------------------------------------------------------------------
J = "/community/u/annette_jkt/"
JH = (-6.2636, 106.8131)
jakartagolf = dict(
    comment="Intended band: high. An officer on posting who registered with her official email, names the "
            "embassy, an operation and the next expected departure, the secure terminal's failings; her "
            "suburb and a GPS balcony photo, Saturday tee time, husband and friend; a failing marriage, drinking.",
    subject={"name": "Annette Vos", "aliases": ["annette_jkt"], "risk_band": "high", "rank": 4},
    profiles=[{"path": J, "platform": "html"}],
    facts=[
        F("employer", "Australian Border Force (overseas posting)", ["Border Force", "ABF"], [f"{B}{J}",
          thread(J, "p9022")]),
        F("corporate_identifier", "annette.vos@abf.gov.au", ["annette.vos@abf.gov.au"], [f"{B}{J}"]),
        F("work_location", "Australian Embassy, Jakarta", ["Australian Embassy", "Jakarta"], [thread(J, "p9022"), f"{B}{J}"]),
        F("home_location", "Kemang, South Jakarta", ["Kemang"], [f"{B}{J}", thread(J, "p9014"),
          media("balcony-storm.jpg")], lat=JH[0], lon=JH[1], radius_m=150),
        F("geotag", "EXIF GPS on the balcony photo", ["balcony-storm"], [media("balcony-storm.jpg"),
          thread(J, "p9014")], lat=JH[0], lon=JH[1], radius_m=150),
        F("routine", "Saturday 6:30 tee-off at Pondok Indah", ["every Saturday at 6:30", "Pondok Indah"],
          [thread(J, "p9001")]),
        F("family", "Piet (husband)", ["Piet"], [thread(J, "p9001"), thread(J, "p9040")]),
        F("associate", "Lisa Harmoko (golf partner)", ["Lisa Harmoko", "Lisa"], [thread(J, "p9001")]),
        F("official_information", "Kupang smuggling network broken up, eight arrested; next departure expected at "
          "the new moon", ["Kupang", "eight organisers arrested", "next new moon"], [thread(J, "p9022")]),
        F("colleague", "Carly Nguyen (ABF 2IC)", ["Carly Nguyen", "Carly"], [thread(J, "p9022")]),
        F("systems_information", "secure terminal only reaches Canberra half the day; work email on her phone",
          ["secure terminal", "emails from my phone"], [thread(J, "p9031")]),
        F("vulnerability", "marriage failing, drinking, isolated", ["life support", "drinking more at the club"],
          [thread(J, "p9040")]),
        F("personal_contact", "WhatsApp +61 491 570 633", ["+61 491 570 633", "491 570 633"], [thread(J, "p9048")]),
    ],
    decoys=[
        D(thread(J, "p9040"), "Perth", ["home_location", "work_location"], "Where her husband went."),
        D(thread(J, "p9001"), "Pondok Indah", ["home_location"], "A golf course, not her home."),
    ],
)

# --- rotaryel1 --------------------------------------------------------------------------------------
S, SP = "steveokafor", "/spotlight/stephen-okafor"
rotaryel1 = dict(
    comment="Intended band: high. An investigations team leader whose official email and work line are his Rotary "
            "club's contact, with suburb, wife, children and Tuesday breakfast; his posts name a trial he will give "
            "evidence in, a case officer and the case system's failure.",
    subject={"name": "Stephen Okafor", "aliases": ["steveokafor"], "risk_band": "high", "rank": 5},
    profiles=[{"path": SP, "platform": "html"}, {"path": f"/social/@{S}", "platform": "activitypub"}],
    facts=[
        F("employer", "Australian Border Force (Team Leader, Investigations)", ["Australian Border Force",
          "Team Leader (EL1), Investigations"], [f"{B}{SP}"]),
        F("official_contact", "stephen.okafor@abf.gov.au", ["stephen.okafor@abf.gov.au"], [f"{B}{SP}"]),
        F("official_contact", "02 5550 7713 (work line)", ["02 5550 7713"], [f"{B}{SP}"]),
        F("home_location", "Menai NSW", ["Menai"], [f"{B}{SP}", f"{B}/social/@{S}"]),
        F("family", "Ngozi (wife)", ["Ngozi"], [f"{B}{SP}"]),
        F("family", "Chidi, Ada and Tobi (children)", ["Chidi", "Ada", "Tobi"], [f"{B}{SP}", ap(S, 6405)]),
        F("routine", "Tuesday 7am Rotary breakfast, Menai bowling club, then the drive to the office",
          ["Tuesday breakfast meeting at 7am", "Menai bowling club"], [f"{B}{SP}"]),
        F("associate", "Barry Cheung (old school friend)", ["Barry Cheung", "Barry"], [f"{B}{SP}"]),
        F("official_information", "Smithfield tobacco importer's District Court trial from 9 March; he gives "
          "evidence on day two", ["tobacco importer from Smithfield", "9 March", "witness box"], [ap(S, 6401)]),
        F("colleague", "Jacinta Ferris (case officer in his team)", ["Jacinta Ferris", "Jacinta"], [ap(S, 6402)]),
        F("systems_information", "case management system 'the Ark' lost part of a brief of evidence",
          ["the Ark", "case management system"], [ap(S, 6403)]),
    ],
    decoys=[
        D(ap(S, 6405), "Border Force", ["official_information"], "A documentary watched with the kids."),
        D(ap(S, 6404), "showground", ["work_location", "routine"], "A one-off Rotary event."),
    ],
)

# --- wineel2 ----------------------------------------------------------------------------------------
G, GP = "cellar", "/circle/members/margaret-hollis"
wineel2 = dict(
    comment="Intended band: moderate. An EL2 director named as Home Affairs on her wine circle page; her blog "
            "leaks an unannounced branch merger and job losses, names her deputy, husband, suburb, a weekly "
            "Friday ritual and a close friend's vineyard.",
    subject={"name": "Margaret Hollis", "aliases": ["Cellar Notes"], "risk_band": "moderate", "rank": 8},
    profiles=[{"path": GP, "platform": "html"}, {"path": "/cellar/", "platform": "html"}],
    facts=[
        F("employer", "Department of Home Affairs (Director, EL2)", ["Department of Home Affairs", "Director (EL2)"],
          [f"{B}{GP}"]),
        F("official_information", "her branch to be folded into another division next February, unannounced; half "
          "the positions cut", ["folded into another division", "has not been announced",
                                "half their positions will not survive"], [post(G, "a-digression-on-reform")]),
        F("colleague", "Richard Tan (deputy)", ["Richard Tan", "Richard"], [post(G, "a-digression-on-reform")]),
        F("family", "Alan (husband)", ["Alan", "my husband Alan"], [post(G, "friday-rituals"),
          post(G, "jennys-vineyard")]),
        F("home_location", "Curtin ACT", ["Curtin"], [post(G, "friday-rituals")]),
        F("routine", "Fridays 5.30pm at the wine bar at the Curtin shops", ["every Friday at half past five",
          "Curtin shops"], [post(G, "friday-rituals")]),
        F("associate", "Jenny Kalnins (closest friend)", ["Jenny Kalnins", "Jenny"],
          [post(G, "jennys-vineyard")]),
    ],
    decoys=[
        D(post(G, "department-store-wine"), "department store", ["employer"], "A shop's wine section."),
        D(post(G, "department-store-wine"), "The border between good value", ["employer"], "A figure of speech."),
        D(post(G, "jennys-vineyard"), "Murrumbateman", ["home_location", "work_location"], "A friend's vineyard."),
    ],
)

# --- lionsburnie ------------------------------------------------------------------------------------
L, LP = "heathermck", "/newsletter/meet-a-member/heather-mckenna"
lionsburnie = dict(
    comment="Intended band: moderate. A wharf officer named as Border Force in a Lions newsletter with suburb, "
            "husband, Thursday sizzle and her work mobile for cake orders; her own posts add two-officer staffing.",
    subject={"name": "Heather McKenna", "aliases": ["heathermck"], "risk_band": "moderate", "rank": 9},
    profiles=[{"path": LP, "platform": "html"}, {"path": f"/social/@{L}", "platform": "activitypub"}],
    facts=[
        F("employer", "Australian Border Force", ["Australian Border Force"], [f"{B}{LP}"]),
        F("work_location", "Burnie wharf", ["Burnie wharf", "at the wharf"], [f"{B}{LP}", ap(L, 3101)]),
        F("official_contact", "0491 570 871 (work mobile)", ["0491 570 871"], [f"{B}{LP}"]),
        F("home_location", "Somerset TAS", ["Somerset"], [f"{B}{LP}"]),
        F("family", "Graham (husband)", ["Graham"], [f"{B}{LP}", ap(L, 3101)]),
        F("routine", "Thursday 10am sausage sizzle outside the hardware store", ["Thursday sausage sizzle",
          "from 10am"], [f"{B}{LP}"]),
        F("associate", "Joyce Pitt (fellow Lion)", ["Joyce Pitt", "Joyce"], [f"{B}{LP}", ap(L, 3102)]),
        F("official_information", "two woodchip ships, only two officers rostered", ["only two of us rostered",
          "two woodchip ships"], [ap(L, 3101)]),
    ],
    decoys=[
        D(ap(L, 3103), "border collie", ["employer"], "The neighbour's dog."),
        D(f"{B}{LP}", "hardware store", ["work_location"], "Where the sizzle is."),
    ],
)

# --- terseeden --------------------------------------------------------------------------------------
E = "jaserudd"
terseeden = dict(
    comment="Intended band: moderate. Terse posts: 'BF' in the bio, the ABF shirt, the Eden wharf, three officers "
            "for a cruise ship, his work phone for skippers, a weekly surf, his brother and a Snapchat handle.",
    subject={"name": "Jase Rudd", "aliases": ["jaserudd", "jase.rudd99"], "risk_band": "moderate", "rank": 10},
    profiles=[{"path": f"/social/@{E}", "platform": "activitypub"}],
    facts=[
        F("employer", "Australian Border Force", ["ABF shirt", "ABF", "BF"], [ap(E, 2202), f"{B}/social/@{E}"]),
        F("work_location", "Port of Eden wharf", ["eden wharf", "Eden"], [ap(E, 2202), ap(E, 2205)]),
        F("official_information", "three officers for a 2,400-passenger cruise ship", ["3 of us for 2,400 pax"],
          [ap(E, 2201)]),
        F("official_contact", "0491 570 466 (work phone)", ["0491 570 466"], [ap(E, 2205)]),
        F("routine", "Thursday afternoons surfing at Pambula bar", ["thurs arvo", "Pambula bar"], [ap(E, 2203)]),
        F("family", "Liam (brother)", ["Liam"], [ap(E, 2204)]),
        F("personal_contact", "Snapchat jase.rudd99", ["jase.rudd99"], [f"{B}/social/@{E}"]),
    ],
    decoys=[
        D(ap(E, 2206), "border security", ["employer", "official_information"], "A TV marathon."),
    ],
)

# --- checkinagent (control) -------------------------------------------------------------------------
A = "biancacheckin"
AH = (-37.6772, 144.8861)
checkinagent = dict(
    comment="NEGATIVE CONTROL, intended band low. A private airline check-in agent: Border Force officers, a "
            "passport scanner, a detector beagle, a uniform and the terminal are all her workplace's surroundings, "
            "not the department's. She exposes her suburb and a home photo with GPS, her shift pattern, son, "
            "best friend and a WhatsApp number.",
    subject={"name": "Bianca Russo", "aliases": ["biancacheckin"], "risk_band": "low", "rank": 11},
    profiles=[{"path": f"/social/@{A}", "platform": "activitypub"}],
    facts=[
        F("home_location", "Westmeadows VIC", ["Westmeadows"], [f"{B}/social/@{A}", ap(A, 1104),
          media("luca-cake.jpg")], lat=AH[0], lon=AH[1], radius_m=150),
        F("geotag", "EXIF GPS on the birthday-cake photo", ["luca-cake"], [media("luca-cake.jpg"), ap(A, 1104)],
          lat=AH[0], lon=AH[1], radius_m=150),
        F("routine", "4:30am starts Mon/Tue/Wed", ["4:30am start", "Mon/Tue/Wed"], [ap(A, 1101)]),
        F("family", "Luca (son)", ["Luca"], [ap(A, 1104)]),
        F("associate", "Jess Amato (best friend)", ["Jess Amato", "Jess"], [ap(A, 1106)]),
        F("personal_contact", "WhatsApp 0491 570 905", ["0491 570 905"], [f"{B}/social/@{A}"]),
    ],
    decoys=[
        D(ap(A, 1102), "two Border Force officers", ["employer", "colleague", "official_information"],
          "Officers seen at her airline counter."),
        D(ap(A, 1103), "passport scanner", ["systems_information"], "The airline's counter equipment."),
        D(ap(A, 1105), "Ironed my uniform", ["employer"], "Her airline uniform."),
        D(ap(A, 1105), "at the terminal", ["work_location"], "The airport is her employer's site, not the department's."),
        D(f"{B}/social/@{A}", "Check-in queen at T2", ["employer", "work_location"], "A private job."),
        D(ap(A, 1105), "A beagle in a little coat", ["official_information"], "A detector dog seen at work."),
    ],
)

# --- paralegal (control) ----------------------------------------------------------------------------
P = "notes"
PH = (-33.9050, 151.1390)
paralegal = dict(
    comment="NEGATIVE CONTROL, intended band low. A private firm's paralegal writing about the Department, a "
            "tribunal, a detention visit and a portal outage from the outside. She exposes her suburb and a georss "
            "point, Saturday parkrun, sister, housemate and an email.",
    subject={"name": "Ruth Abebe", "aliases": ["Small Print"], "risk_band": "low", "rank": 12},
    profiles=[{"path": "/notes/", "platform": "html"}, {"path": "/notes/feed.xml", "platform": "feed"}],
    facts=[
        F("home_location", "Dulwich Hill NSW", ["Dulwich Hill"], [f"{B}/notes/", post(P, "balcony"),
          f"{B}/notes/feed.xml"], lat=PH[0], lon=PH[1], radius_m=150),
        F("geotag", "georss point on the balcony post", ["-33.905 151.139", "-33.905"],
          [f"{B}/notes/feed.xml", post(P, "balcony")], lat=PH[0], lon=PH[1], radius_m=150),
        F("routine", "Saturday 8am Cooks River parkrun", ["Every Saturday at 8am", "Cooks River parkrun"],
          [post(P, "parkrun")]),
        F("family", "Hanna (sister)", ["Hanna"], [post(P, "parkrun")]),
        F("associate", "Sam Kowalski (housemate)", ["Sam Kowalski", "Sam"], [post(P, "parkrun")]),
        F("personal_contact", "ruth.abebe@mail.example", ["ruth.abebe@mail.example"], [post(P, "balcony")]),
    ],
    decoys=[
        D(post(P, "portal-down"), "ImmiAccount was down", ["systems_information", "official_information"],
          "A public portal's outage, seen by a user."),
        D(post(P, "tribunal-day"), "The Department's lawyer", ["colleague", "employer"], "The other side."),
        D(post(P, "villawood"), "a client in Villawood", ["work_location", "official_information"],
          "A detention visit by a private firm."),
        D(post(P, "villawood"), "The officers at the gate", ["colleague"], "Detention officers met at a visit."),
        D(f"{B}/notes/", "Haddad Migration Lawyers", ["employer"], "Her private employer."),
        D(post(P, "portal-down"), "The Department's status page", ["employer", "official_information"],
          "A public status page."),
    ],
)

# --- retiredofficer (control) -----------------------------------------------------------------------
O = "/forum/u/kev_sutty/"
retiredofficer = dict(
    comment="NEGATIVE CONTROL, intended band low. Retired from the old Customs Service in 2009; war stories from the "
            "1980s, 'Border Force these days', an old computer system. He exposes his suburb, shed mornings, wife, "
            "a shed mate and his phone.",
    subject={"name": "Kevin Sutcliffe", "aliases": ["kev_sutty"], "risk_band": "low", "rank": 13},
    profiles=[{"path": O, "platform": "html"}],
    facts=[
        F("home_location", "Rosebud VIC", ["Rosebud"], [f"{B}{O}"]),
        F("routine", "Tuesday 9am to noon at the men's shed", ["Tuesday 9am till noon"], [thread(O, "1201")]),
        F("family", "Maureen (wife)", ["Maureen"], [thread(O, "1215")]),
        F("associate", "Lenny Doherty (shed mate)", ["Lenny Doherty", "Lenny"], [thread(O, "1201")]),
        F("personal_contact", "0491 570 177", ["0491 570 177"], [thread(O, "1215")]),
    ],
    decoys=[
        D(thread(O, "1208"), "I retired from Customs in 2009", ["employer"], "A former employer, long retired."),
        D(thread(O, "1208"), "Station Pier", ["work_location"], "A work site of 2009 and before."),
        D(thread(O, "1208"), "hash in the keel in 1987", ["official_information"], "A 39-year-old war story."),
        D(thread(O, "1208"), "green screen that took four minutes", ["systems_information"],
          "A system retired decades ago."),
        D(thread(O, "1208"), "It's all Border Force these days", ["employer", "colleague"], "The agency after him."),
        D(thread(O, "1222"), "Border Security", ["employer", "official_information"], "A TV show."),
    ],
)

PERSONAS = ["whiskyintel", "motodetention", "charterreview", "bowlsdog", "collegegrandad", "jakartagolf",
            "rotaryel1", "wineel2", "lionsburnie", "terseeden", "checkinagent", "paralegal", "retiredofficer"]


def q(v) -> str:
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, list):
        return "[" + ", ".join(q(x) for x in v) + "]"
    raise TypeError(v)


def render(name: str, t: dict) -> str:
    out = [f"# Ground truth for the held-out persona {name!r} (set 38, FICTIONAL), written by hand, blind.",
           "# Format as data/demo/persona.toml; `rank` is the intended risk ranking (1 = most at risk).", "#"]
    out += [f"# {line}" for line in _wrap(t["comment"])]
    sub = {"name": t["subject"]["name"], "aliases": t["subject"]["aliases"], "organisation": "dibp",
           "risk_band": t["subject"]["risk_band"], "rank": t["subject"]["rank"]}
    out += ["", "[subject]"] + [f"{k} = {q(v)}" for k, v in sub.items()]
    for p in t["profiles"]:
        out += ["", "[[profiles]]"] + [f"{k} = {q(v)}" for k, v in p.items()]
    for f in t["facts"]:
        out += ["", "[[facts]]"] + [f"{k} = {q(v)}" for k, v in f.items()]
    for d in t["decoys"]:
        out += ["", "[[decoys]]"] + [f"{k} = {q(v)}" for k, v in d.items()]
    return "\n".join(out) + "\n"


def _wrap(text: str, width: int = 110) -> list[str]:
    lines, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    return lines + [cur] if cur else lines


def main() -> None:
    g = globals()
    for name in PERSONAS:
        (HERE / name / "persona.toml").write_text(render(name, g[name]), encoding="utf-8")
        print(name, len(g[name]["facts"]), "facts")


if __name__ == "__main__":
    main()
