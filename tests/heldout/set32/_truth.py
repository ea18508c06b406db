"""Write every set-32 persona.toml from the persona functions below (run after editing them):

    .venv/bin/python tests/heldout/set32/_truth.py

The table is the author's judgement of what each person exposes (written blind: no detector, lexicon or
scanner output was seen). Conventions as in tests/heldout/README.md."""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B = "{{BASE}}"


def F(cat, value, keys, urls, lat=None, lon=None, radius=None):
    d = {"category": cat, "value": value, "keys": keys, "urls": urls}
    if lat is not None:
        d.update(lat=lat, lon=lon, radius_m=radius or 150)
    return d


def D(url, phrase, cats, why):
    return {"url": url, "phrase": phrase, "not_categories": cats, "why": why}


# ---------------------------------------------------------------------------------------------
def clydegaming():
    P = f"{B}/forum/u/8bitprowse/"
    T = lambda n: f"{P}t/{n}/"  # noqa: E731
    return dict(
        subject=dict(name="Dane Prowse", aliases=["8bitprowse", "prowsey_8bit"], risk_band="critical", rank=1),
        note="Night-shift officer at the international mail centre, Clyde; retro-gaming forum registered with his work email.",
        profiles=[(P.removeprefix(B), "html")],
        facts=[
            F("employer", "Australian Border Force", ["ABF uniform", "ABF"], [T(301)]),
            F("work_location", "International mail centre, Clyde", ["international mail centre", "clyde"], [T(301)]),
            F("routine", "Nights 10pm to 6:30, 4 on 4 off", ["10pm till 6:30", "4 on 4 off"], [T(301)]),
            F("official_information", "2.8 kg of meth in PS2 consoles' DVD drive cavities; two on the screens, bags unopened",
              ["2.8 kg", "dvd drive cavities", "only two of us on the screens"], [T(302)]),
            F("systems_information", "ICS froze six hours after an Oracle upgrade; parcel-history lookups; a shared bench login",
              ["ICS", "oracle upgrade", "pull any parcel's history", "shared bench account"], [T(303)]),
            F("corporate_identifier", "dane.prowse@abf.gov.au", ["dane.prowse@abf.gov.au"], [P]),
            F("vulnerability", "Afterpay at $4,000 and a Cash Converters loan due", ["afterpay is at four grand", "cash converters loan"], [T(304)]),
            F("vulnerability", "Lost the rent on multis", ["lost the rent on the multis", "multis"], [T(305)]),
            F("personal_contact", "Discord prowsey_8bit", ["prowsey_8bit"], [T(304)]),
            F("home_location", "Guildford NSW", ["guildford"], [P, T(304)]),
            F("associate", "Lachie Brennan (mate)", ["Lachie Brennan", "Lachie"], [T(306)]),
            F("colleague", "Marnie Kotze (team leader)", ["Marnie Kotze", "Marnie"], [T(307)]),
        ],
        decoys=[
            D(T(308), "border collie", ["employer"], "A dog breed."),
            D(T(306), "guildford swap meet", ["work_location", "employer"], "A collectors' swap meet."),
        ],
    )


def xiquestions():
    P = f"{B}/social/@rockquestions"
    N = lambda n: f"{P}/{n}"  # noqa: E731
    img = f"{B}/media/laundry-crab.jpg"
    return dict(
        subject=dict(name="Pete Ruatapu", aliases=["rockquestions", "@rockquestions", "Pete R"], risk_band="critical", rank=2),
        note="Detention operations officer at North West Point, Christmas Island; posts in questions.",
        profiles=[(P.removeprefix(B), "activitypub")],
        facts=[
            F("employer", "Australian Border Force", ["ABF"], [P]),
            F("work_location", "North West Point IDC, Christmas Island", ["North West Point"], [P]),
            F("routine", "12-hour shifts 0700 to 1900, three on three off", ["0700 to 1900", "three on three off"], [N(7101)]),
            F("home_location", "Silver City, Christmas Island", ["Silver City"], [P, N(7102), img], -10.4270, 105.6900, 150),
            F("geotag", "-10.4270, 105.6900", ["-10.427"], [img, N(7102)], -10.4270, 105.6900, 150),
            F("official_information", "Three officers on compound nights where there were seven",
              ["only three of us on compound nights", "used to be seven"], [N(7103)]),
            F("systems_information", "Compound CCTV drops out whenever it rains", ["compound CCTV"], [N(7104)]),
            F("official_information", "Forty more transferees on a charter next Thursday",
              ["forty more transferees", "charter next Thursday"], [N(7105)]),
            F("vulnerability", "A six-pack every night", ["six-pack every night"], [N(7106)]),
            F("vulnerability", "Passed over twice for supervisor", ["passed over twice"], [N(7107)]),
            F("family", "Lani (daughter)", ["Lani", "my daughter Lani"], [N(7108)]),
            F("personal_contact", "Signal 0491 570 773", ["0491 570 773"], [P]),
        ],
        decoys=[
            D(N(7109), "Border Security", ["employer", "official_information"], "A TV show."),
            D(N(7110), "Golf Course", ["work_location", "routine"], "A social outing."),
        ],
    )


def dandenong90():
    BL = f"{B}/blog/"
    p = lambda s: f"{BL}posts/{s}/"  # noqa: E731
    AP = f"{B}/social/@kirra90"
    N = lambda n: f"{AP}/{n}"  # noqa: E731
    imgs = [f"{B}/media/{x}" for x in ("garage-day2.jpg", "progress-27.jpg", "backyard-sprints.jpg")]
    return dict(
        subject=dict(name="Kirra Dalton", aliases=["kirra90", "@kirra90", "Kirra"], risk_band="critical", rank=3),
        note="Container examiner at Dandenong South; 90-day fitness diary, GPS photos at home.",
        profiles=[("/blog/", "html"), (AP.removeprefix(B), "activitypub")],
        facts=[
            F("employer", "Australian Border Force (container examiner)", ["container examiner", "ABF-issue"], [p("day-1"), p("day-23")]),
            F("work_location", "Container examination facility, Dandenong South", ["CEF in Dandenong South", "Dandenong South"], [p("day-1")]),
            F("routine", "5:15 alarm, 5:30 garage session, 7 till 3:30 Monday to Thursday, Friday 5:30pm class at Fernbrook Fitness",
              ["7 till 3:30", "5:30pm at Fernbrook Fitness", "5:15 alarm"], [p("day-1")]),
            F("official_information", "1.6 tonnes of loose-leaf tobacco in 'garden pavers' pallets; three unloading, two sick",
              ["1.6 tonnes", "loose-leaf tobacco", "two called in sick"], [p("day-23")]),
            F("colleague", "Sione Havili (2IC)", ["Sione Havili", "Sione"], [p("day-31")]),
            F("family", "Brent (husband)", ["Brent", "Hubby Brent", "Mr D"], [p("day-9"), p("day-47")]),
            F("family", "Koby (stepson)", ["Koby", "Berwick Springs"], [p("day-9")]),
            F("vulnerability", "$7,200 on the credit card, hidden from her husband", ["$7,200", "credit card"], [p("day-47")]),
            F("personal_contact", "0491 570 318", ["0491 570 318"], [p("day-47")]),
            F("home_location", "Narre Warren VIC", ["Narre Warren"], [p("day-60"), AP] + imgs + [N(8201), N(8202), N(8204)],
              -38.0262, 145.3068, 150),
            F("geotag", "-38.0262, 145.3068", ["-38.026"], imgs + [N(8201), N(8202), N(8204)], -38.0262, 145.3068, 150),
        ],
        decoys=[
            D(N(8203), "Border Security rerun", ["employer", "official_information"], "A TV show."),
        ],
    )


def bnelists():
    P = f"{B}/social/@mialists"
    N = lambda n: f"{P}/{n}"  # noqa: E731
    imgs = [f"{B}/media/back-step.jpg", f"{B}/media/cat-window.jpg"]
    return dict(
        subject=dict(name="Mia Tran", aliases=["mialists", "@mialists", "mia"], risk_band="critical", rank=4),
        note="23-year-old officer at Brisbane Airport's international terminal; lists; work email as a field; home photos with GPS.",
        profiles=[(P.removeprefix(B), "activitypub")],
        facts=[
            F("employer", "Australian Border Force", ["#ABF", "ABF"], [P]),
            F("corporate_identifier", "mia.tran@abf.gov.au", ["mia.tran@abf.gov.au"], [P]),
            F("work_location", "Brisbane Airport international terminal", ["BNE intl", "international terminal"], [P, N(9303)]),
            F("routine", "Swing shift 1400 to 2230, staff car park P3", ["on at 1400", "P3", "2230"], [N(9301)]),
            F("home_location", "Zillmere QLD", ["zillmere"], [P, N(9301), N(9302), N(9306)] + imgs, -27.3620, 153.0372, 150),
            F("geotag", "-27.3620, 153.0372", ["-27.362"], imgs + [N(9302), N(9306)], -27.3620, 153.0372, 150),
            F("official_information", "2 kg of ice in a rice cooker off the Ho Chi Minh flight; four on secondary for three widebodies",
              ["2 kg of ice", "rice cooker", "four of us on secondary"], [N(9303)]),
            F("systems_information", "SmartGates freeze whenever a Qantas lands", ["SmartGates"], [N(9306)]),
            F("vulnerability", "Afterpay $1,900, Zip $2,400, car loan", ["afterpay $1,900", "zip $2,400"], [N(9304)]),
            F("family", "Danny (brother)", ["Danny", "my brother Danny"], [N(9304), N(9305)]),
            F("associate", "Jas (bestie)", ["jas_bakes"], [N(9305)]),
        ],
        decoys=[
            D(N(9307), "border collie", ["employer"], "A dog breed."),
        ],
    )


def broomemoto():
    P = f"{B}/riders/u/GazOnAGS/"
    T = lambda n: f"{P}t/{n}/"  # noqa: E731
    return dict(
        subject=dict(name="Gary Trevaskis", aliases=["GazOnAGS", "Gaz"], risk_band="high", rank=5),
        note="Patrol-boat crewman out of Broome; motorbike-touring forum.",
        profiles=[(P.removeprefix(B), "html")],
        facts=[
            F("employer", "Australian Border Force (Marine Unit)", ["Cape class patrol boats", "customs"], [P]),
            F("work_location", "Broome (patrol boat base)", ["out of Broome"], [P]),
            F("routine", "21 on, 21 off", ["21 on, 21 off"], [P]),
            F("official_information", "Sails 14 April for 21 days past Kalumburu; no boat on that coast during the refit",
              ["14th of April", "Kalumburu", "nothing between the Lacepedes"], [T(5502)]),
            F("official_information", "Two Indonesian boats, 14 crew and 600 kg of sea cucumber apprehended",
              ["600 kg of sea cucumber", "two Indonesian boats"], [T(5504)]),
            F("colleague", "Dave Ormsby (skipper)", ["Dave Ormsby"], [T(5504)]),
            F("associate", "Warren Tully (riding mate)", ["Warren Tully", "Wazza"], [T(5502)]),
            F("home_location", "Bilingurr, Broome", ["Bilingurr"], [T(5501)]),
            F("vulnerability", "Drinking since the divorce", ["drinking more", "since the divorce"], [T(5505)]),
            F("family", "Kade (son)", ["Kade"], [T(5506)]),
            F("personal_contact", "0491 570 227", ["0491 570 227"], [P]),
        ],
        decoys=[
            D(T(5507), "old customs shed", ["work_location", "employer"], "A heritage shed that is now a cafe."),
            D(T(5507), "Broome wharf fishing", ["work_location"], "Fishing off the public jetty on a day off."),
        ],
    )


def tibirds():
    BL = f"{B}/birds/"
    p = lambda s: f"{BL}posts/{s}/"  # noqa: E731
    feed = f"{BL}feed.xml"
    lat, lon = -10.5818, 142.2186
    return dict(
        subject=dict(name="Leonie Saunders", aliases=["Leonie"], risk_band="high", rank=6),
        note="Officer posted to Thursday Island; birding lists with georss at home; feed authored under her work email.",
        profiles=[("/birds/", "html")],
        facts=[
            F("employer", "Australian Border Force", ["posted with ABF", "ABF"], [BL]),
            F("corporate_identifier", "leonie.saunders@abf.gov.au", ["leonie.saunders@abf.gov.au"], [feed]),
            F("work_location", "Thursday Island wharf office", ["wharf office"], [p("verandah-list-feb"), p("quiet-birds-busy-work")]),
            F("home_location", "Thursday Island", ["my verandah on Thursday Island", "Thursday Island"],
              [p("verandah-list-feb"), feed], lat, lon, 150),
            F("geotag", "-10.5818, 142.2186", ["-10.5818 142.2186", "-10.5818"],
              [feed, p("verandah-list-feb"), p("quiet-birds-busy-work"), p("lonely-list")], lat, lon, 150),
            F("routine", "Weekdays 7 to 3:30 at the wharf office; Sunday 6am walk up Green Hill",
              ["7 to 3:30", "Sunday 6am walk up Green Hill"], [p("verandah-list-feb"), p("green-hill-sunday")]),
            F("official_information", "18 kg of cannabis in a false-bottomed fuel drum from Daru; two on while the patrol boat is away",
              ["18 kg of cannabis", "only two of us on"], [p("quiet-birds-busy-work")]),
            F("systems_information", "Satellite link down, clearances on paper for three days", ["satellite link dropped"],
              [p("quiet-birds-busy-work")]),
            F("colleague", "Paul Nona (supervisor)", ["Paul Nona"], [p("quiet-birds-busy-work")]),
            F("associate", "Hettie Marsh (birding friend)", ["Hettie Marsh", "Hettie"], [p("green-hill-sunday")]),
            F("vulnerability", "Isolated, drinking alone", ["bottle of red on my own", "Nobody to talk to"], [p("lonely-list")]),
        ],
        decoys=[
            D(p("border-collie-reef"), "border collie", ["employer"], "A tourist's dog."),
        ],
    )


def tsvyouth():
    BL = f"{B}/blog/"
    p = lambda s: f"{BL}posts/{s}/"  # noqa: E731
    return dict(
        subject=dict(name="Ezra Lindqvist", aliases=["Ezra"], risk_band="high", rank=7),
        note="Officer boarding ships at the Port of Townsville; church youth-group leader's blog in questions.",
        profiles=[("/blog/", "html")],
        facts=[
            F("employer", "Australian Border Force", ["Border Force", "customs officer"], [p("what-do-you-do")]),
            F("work_location", "Port of Townsville", ["Port of Townsville"], [p("what-do-you-do")]),
            F("official_information", "11 kg of cannabis in coffee bags behind an engine-room ladder on a bulk carrier from Qingdao",
              ["11 kg of cannabis"], [p("what-would-you-do")]),
            F("official_information", "12 May: two cruise ships the same morning, six officers",
              ["only be six of us", "two cruise ships"], [p("two-ships")]),
            F("colleague", "Tama Rewiri (offsider)", ["Tama Rewiri"], [p("what-would-you-do")]),
            F("routine", "Tuesday 6am prayer before a 7:30 start; Friday youth 7 to 9:30",
              ["6am before my 7:30 start", "Friday youth 7 to 9:30"], [p("rhythm")]),
            F("family", "Grace (wife)", ["Grace", "better half Grace"], [p("rhythm"), p("family-night")]),
            F("family", "Ruby (daughter)", ["Ruby", "Heatley Secondary College"], [p("family-night")]),
            F("associate", "Priya Sandhu (co-leader)", ["Priya Sandhu"], [p("family-night")]),
            F("official_contact", "ezra.lindqvist@abf.gov.au", ["ezra.lindqvist@abf.gov.au"], [p("contact")]),
            F("home_location", "Annandale, Townsville", ["Annandale", "Townsville"], [p("contact"), BL]),
            F("personal_contact", "0491 570 442", ["0491 570 442"], [BL]),
        ],
        decoys=[
            D(p("department-store"), "department store", ["employer"], "A shop."),
            D(BL, "Riverway Community Church", ["employer", "work_location"], "His volunteer church role."),
        ],
    )


def darwincountry():
    PP = f"{B}/callie-fans/admin"
    AP = f"{B}/social/@shaytwang"
    N = lambda n: f"{AP}/{n}"  # noqa: E731
    S = lambda n: f"{AP}/statuses/{n}"  # noqa: E731
    lat, lon = -12.4028, 130.9172
    return dict(
        subject=dict(name="Shay Moloney", aliases=["shaytwang", "@shaytwang", "Shay"], risk_band="high", rank=8),
        note="Passport officer at Darwin Airport; country-music fan page admin; place-tagged note at home.",
        profiles=[(PP.removeprefix(B), "html"), (AP.removeprefix(B), "activitypub")],
        facts=[
            F("employer", "Australian Border Force (passport officer)", ["passport officer with ABF", "ABF"], [PP]),
            F("work_location", "Darwin Airport", ["Darwin Airport"], [PP]),
            F("home_location", "Karama, Darwin", ["Karama", "Darwin NT"], [N(6601), S(6601), PP], lat, lon, 150),
            F("geotag", "-12.4028, 130.9172", ["-12.4028"], [N(6601), S(6601)], lat, lon, 150),
            F("official_information", "Bali flight at 0200 with three on primary; $30,000 cash in a passenger's boots",
              ["three of us on primary", "30 grand"], [N(6602)]),
            F("systems_information", "SmartGates down, passports through the old readers", ["SmartGates down"], [N(6603)]),
            F("routine", "Nights 2200 to 0630; line dancing Wednesday 7pm at Marrara",
              ["2200 to 0630", "Wednesday, 7pm"], [N(6604), PP]),
            F("vulnerability", "$2,300 on Afterpay she can't repay", ["$2,300 on Afterpay"], [N(6605)]),
            F("associate", "Tamsin Ward (co-admin)", ["Tamsin Ward", "tamsin_twang"], [PP]),
            F("personal_contact", "shay.twang@rourkefans.example", ["shay.twang@rourkefans.example"], [PP]),
        ],
        decoys=[
            D(N(6607), "Airport 24/7", ["employer", "work_location"], "A TV show."),
        ],
    )


def adlknit():
    PP = f"{B}/knitters/marg-pellow"
    AP = f"{B}/social/@margknits"
    N = lambda n: f"{AP}/{n}"  # noqa: E731
    return dict(
        subject=dict(name="Marg Pellow", aliases=["margknits", "@margknits", "Marg"], risk_band="high", rank=9),
        note="62-year-old passport officer at Adelaide Airport; knitting circle's third-person page with her work mobile.",
        profiles=[(PP.removeprefix(B), "html"), (AP.removeprefix(B), "activitypub")],
        facts=[
            F("employer", "Australian Border Force", ["Border Force"], [PP]),
            F("work_location", "Adelaide Airport", ["Adelaide Airport"], [PP]),
            F("official_contact", "0491 570 906 (work mobile)", ["0491 570 906"], [PP]),
            F("home_location", "Novar Gardens SA", ["Novar Gardens"], [PP]),
            F("family", "Doug (husband)", ["Doug"], [PP, N(4405)]),
            F("family", "Ava and Theo (grandchildren)", ["Ava and Theo", "Ava", "Theo"], [PP]),
            F("associate", "Lorraine Beecroft (knitting friend)", ["Lorraine Beecroft", "Lorraine"], [PP, N(4403)]),
            F("routine", "Tuesday 10am circle at Glenelg North hall; earlies with 5am starts", ["Tuesday 10am", "5am starts"], [PP]),
            F("official_information", "Three officers for the Singapore and Doha arrivals",
              ["Three of us for the Singapore and Doha arrivals"], [N(4401)]),
            F("vulnerability", "Passed over for acting supervisor a third time", ["Passed over for the acting supervisor job"], [N(4402)]),
        ],
        decoys=[
            D(N(4405), "department store", ["employer"], "A shop."),
        ],
    )


def welshpoolagility():
    PP = f"{B}/members/nadia-ferreira"
    AP = f"{B}/social/@zipandnadia"
    N = lambda n: f"{AP}/{n}"  # noqa: E731
    return dict(
        subject=dict(name="Nadia Ferreira", aliases=["zipandnadia", "@zipandnadia", "Nadia"], risk_band="moderate", rank=10),
        note="Intelligence analyst at the Welshpool office, Perth; dog-agility club member page with her work mobile.",
        profiles=[(PP.removeprefix(B), "html"), (AP.removeprefix(B), "activitypub")],
        facts=[
            F("employer", "Australian Border Force (intelligence analyst)", ["intelligence analyst with the ABF", "ABF"], [PP]),
            F("work_location", "Welshpool office, Perth", ["Welshpool"], [PP]),
            F("official_contact", "0491 570 655 (work mobile)", ["0491 570 655"], [PP]),
            F("home_location", "Kalamunda WA", ["Kalamunda"], [PP]),
            F("family", "Ines (partner)", ["Ines"], [PP, N(3301)]),
            F("associate", "Bronwyn Teale (training partner)", ["Bronwyn Teale", "Bronwyn"], [PP, N(3301)]),
            F("routine", "Tuesday and Thursday 6:30pm training at Maida Vale reserve", ["Tuesday and Thursday, 6:30pm"], [PP]),
            F("personal_contact", "nadia.zip@agility.example", ["nadia.zip@agility.example"], [PP]),
        ],
        decoys=[
            D(PP, "border collie", ["employer"], "Her dog's breed."),
            D(N(3303), "border collie", ["employer"], "Her dog's breed."),
        ],
    )


def chaplain():
    AP = f"{B}/social/@revcol"
    N = lambda n: f"{AP}/{n}"  # noqa: E731
    img = f"{B}/media/tomatoes.jpg"
    lat, lon = -27.4304, 153.0741
    return dict(
        subject=dict(name="Colin Ambrose", aliases=["revcol", "@revcol"], risk_band="low", rank=11),
        note="NEGATIVE CONTROL: volunteer airport chaplain, Brisbane.",
        profiles=[(AP.removeprefix(B), "activitypub")],
        facts=[
            F("personal_contact", "colin.ambrose@gracemail.example", ["colin.ambrose@gracemail.example"], [AP]),
            F("routine", "Monday and Thursday 9 till 1 in the airport multi-faith room",
              ["Monday and Thursday mornings, 9 till 1"], [N(2201)]),
            F("home_location", "Ascot QLD", ["Ascot"], [N(2205), img], lat, lon, 150),
            F("geotag", "-27.4304, 153.0741", ["-27.430"], [img, N(2205)], lat, lon, 150),
            F("family", "Helen (wife)", ["Helen", "My wife Helen"], [N(2205)]),
            F("associate", "Joyce Okonjo (fellow chaplain)", ["Joyce Okonjo", "Joyce"], [N(2206)]),
        ],
        decoys=[
            D(N(2202), "border officers", ["employer", "colleague", "official_information"], "Officers he saw while sitting with a traveller."),
            D(N(2202), "secondary", ["official_information", "work_location"], "Where a traveller was checked; he is not staff."),
            D(N(2203), "international terminal", ["work_location", "employer"], "Where he volunteers; not an employer's site."),
            D(N(2204), "seizure of cocaine", ["official_information"], "A news report."),
            D(N(2207), "uniform", ["employer"], "A chaplain's lanyard."),
            D(N(2201), "at the airport", ["work_location"], "A volunteer chaplaincy."),
        ],
    )


def visamedgp():
    PP = f"{B}/doctors/anjali-rao"
    BL = f"{B}/notes/"
    p = lambda s: f"{BL}posts/{s}/"  # noqa: E731
    return dict(
        subject=dict(name="Anjali Rao", aliases=["Dr Rao", "Dr Anjali Rao"], risk_band="low", rank=12),
        note="NEGATIVE CONTROL: GP and panel physician doing visa medicals, private clinic, Geelong.",
        profiles=[(PP.removeprefix(B), "html"), ("/notes/", "html")],
        facts=[
            F("personal_contact", "dr.rao@bellarinefm.example", ["dr.rao@bellarinefm.example"], [PP]),
            F("routine", "Tuesday 6:15am run on the Eastern Beach loop", ["Every Tuesday at 6:15am", "Monday and Wednesday mornings"], [p("parkrun"), PP]),
            F("associate", "Fiona Castellano (running buddy)", ["Fiona Castellano", "Fiona"], [p("parkrun")]),
            F("family", "Rohan (husband)", ["Rohan"], [p("parkrun")]),
            F("family", "Arjun (son)", ["Arjun"], [p("border-force-doco")]),
            F("home_location", "Newtown, Geelong", ["Newtown"], [p("new-house")]),
        ],
        decoys=[
            D(p("emedical-down"), "eMedical was down", ["systems_information"], "A health-assessment platform outage seen by a private GP."),
            D(p("emedical-down"), "visa medical patients", ["official_information"], "Her own patients."),
            D(p("health-requirement"), "department's health requirement", ["employer", "official_information"], "A public requirement she examines against."),
            D(p("health-requirement"), "HAP ID", ["corporate_identifier"], "Applicants' health reference numbers."),
            D(PP, "not a Home Affairs officer", ["employer"], "Says she is not staff."),
            D(p("border-force-doco"), "Border Force documentary", ["employer"], "Television."),
        ],
    )


def gamedev():
    P = f"{B}/devlogs/u/tomvarga_dev/"
    T = lambda n: f"{P}t/{n}/"  # noqa: E731
    AP = f"{B}/social/@checkpoint9"
    N = lambda n: f"{AP}/{n}"  # noqa: E731
    return dict(
        subject=dict(name="Tom Varga", aliases=["tomvarga_dev", "checkpoint9", "@checkpoint9"], risk_band="low", rank=13),
        note="NEGATIVE CONTROL: indie developer of a border-checkpoint game set in an invented country.",
        profiles=[(P.removeprefix(B), "html"), (AP.removeprefix(B), "activitypub")],
        facts=[
            F("personal_contact", "tom.varga@checkpoint9.example", ["tom.varga@checkpoint9.example"], [P]),
            F("home_location", "Reservoir, Melbourne", ["Reservoir"], [P, AP]),
            F("routine", "Devstream Sundays 8pm", ["Sundays 8pm", "Every Sunday at 8pm"], [P, T(9104)]),
            F("family", "Sara (partner)", ["Sara"], [T(9104), N(1202)]),
            F("associate", "Mei-Lin Ocampo (portrait artist)", ["Mei-Lin Ocampo", "Mei-Lin"], [T(9104)]),
        ],
        decoys=[
            D(T(9101), "Ministry of Arrivals", ["employer"], "A ministry in his game."),
            D(T(9101), "uniform sprite", ["employer"], "Game art."),
            D(T(9102), "seizure mechanic", ["official_information"], "A game mechanic."),
            D(T(9103), "passport database crashes", ["systems_information"], "An in-game event."),
            D(N(1203), "Operation Paper Trail", ["official_information"], "A quest name."),
            D(N(1201), "Inspector Novak", ["colleague"], "A game character."),
        ],
    )


PERSONAS = [clydegaming, xiquestions, dandenong90, bnelists, broomemoto, tibirds, tsvyouth, darwincountry, adlknit,
            welshpoolagility, chaplain, visamedgp, gamedev]


def q(v) -> str:
    return json.dumps(v, ensure_ascii=False)


def toml(t: dict, name: str) -> str:
    s = t["subject"]
    out = [f'# Ground truth for "{name}" in set 32 (FICTIONAL: {s["name"]} does not exist). Generated by _truth.py.',
           f"# {t['note']}", "", "[subject]", f"name = {q(s['name'])}", f"aliases = {q(s['aliases'])}",
           'organisation = "dibp"', f"risk_band = {q(s['risk_band'])}", f"rank = {s['rank']}", ""]
    for path, plat in t["profiles"]:
        out += ["[[profiles]]", f"path = {q(path)}", f"platform = {q(plat)}", ""]
    for f in t["facts"]:
        out += ["[[facts]]", f"category = {q(f['category'])}", f"value = {q(f['value'])}", f"keys = {q(f['keys'])}",
                f"urls = {q(f['urls'])}"]
        if "lat" in f:
            out += [f"lat = {f['lat']}", f"lon = {f['lon']}", f"radius_m = {f['radius_m']}"]
        out.append("")
    for d in t["decoys"]:
        out += ["[[decoys]]", f"url = {q(d['url'])}", f"phrase = {q(d['phrase'])}",
                f"not_categories = {q(d['not_categories'])}", f"why = {q(d['why'])}", ""]
    return "\n".join(out)


if __name__ == "__main__":
    from collections import Counter
    c = Counter()
    for fn in PERSONAS:
        t = fn()
        (HERE / fn.__name__ / "persona.toml").write_text(toml(t, fn.__name__), encoding="utf-8")
        c.update(f["category"] for f in t["facts"])
    print(sum(c.values()), dict(sorted(c.items())))
