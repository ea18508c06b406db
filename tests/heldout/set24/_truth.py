"""Write each set-24 persona's persona.toml from the TRUTH table below (the author's judgement, written blind).

    /work/main/.venv/bin/python tests/heldout/set24/_truth.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B = "{{BASE}}"


def ap(h, n=None):
    return f"{B}/social/@{h}" + (f"/{n}" if n is not None else "")


def apid(h, n):
    return f"{B}/social/@{h}/statuses/{n}"


def post(slug, root="blog"):
    return f"{B}/{root}/posts/{slug}/"


def thread(base, tid):
    return f"{B}{base}t/{tid}/"


def media(f):
    return f"{B}/media/{f}"


def F(cat, value, keys, urls, **kw):
    return {"category": cat, "value": value, "keys": keys, "urls": urls, **kw}


def D(url, phrase, cats, why):
    return {"url": url, "phrase": phrase, "not_categories": cats, "why": why}


# --- kewdalerent -------------------------------------------------------------------
KR = "/forum/u/rhys_t_renting/"
kr = lambda t: thread(KR, t)  # noqa: E731
# --- fyshwickvegan ----------------------------------------------------------------
FV_FEED, FV_HOME = f"{B}/blog/feed.xml", f"{B}/blog/"
FV_POSTS = ["smoky-chickpea-stew", "server-room-soup", "dumplings-with-priya", "thursday-markets",
            "admin-password-pasta", "lonely-lasagne", "border-collie-biscuits"]
# --- others -------------------------------------------------------------------------
BS = "/forum/u/jnr_dawnie/"
bs = lambda t: thread(BS, t)  # noqa: E731
AQ = "/forum/u/wdunstan_el1/"
aq = lambda t: thread(AQ, t)  # noqa: E731
ND = lambda s: post(s, "diary")  # noqa: E731
CHESS = f"{B}/club/members/graham-pettifer"
SOCCER = f"{B}/committee/dimitra"
AUS = f"{B}/advisers/callum-yeoh"

TRUTH = {
    "kewdalerent": {
        "subject": {"name": "Rhys Tamblyn", "aliases": ["rhys_t_renting"], "risk_band": "critical", "rank": 1},
        "profiles": [{"path": KR, "platform": "html"}],
        "facts": [
            F("corporate_identifier", "rhys.tamblyn@abf.gov.au (forum account registered with it)",
              ["rhys.tamblyn@abf.gov.au"], [f"{B}{KR}"]),
            F("employer", "Australian Border Force (work email domain; the Kewdale shed)",
              ["abf.gov.au", "Kewdale shed"], [f"{B}{KR}", kr("501")]),
            F("work_location", "Kewdale examination shed, Perth", ["Kewdale"], [kr("501")]),
            F("home_location", "Cloverdale WA", ["Cloverdale"], [kr("501"), kr("508")]),
            F("routine", "4 on 4 off earlies, 0600 start at the shed; nights", ["4 on 4 off", "0600 start", "earlies"],
              [kr("501"), kr("503")]),
            F("vulnerability", "payday loan, maxed card, rent stress, feeling down",
              ["payday loan", "card is maxed", "feeling a bit down"], [kr("502"), kr("508")]),
            F("associate", "Kyle Brandt (housemate)", ["Kyle Brandt", "Kyle"], [kr("503"), kr("504"), kr("508")]),
            F("family", "Tahnee (girlfriend)", ["Tahnee"], [kr("504")]),
            F("personal_contact", "0491 570 118 (mobile)", ["0491 570 118"], [kr("504")]),
            F("official_information", "60 kg meth in brake drums; three on the line over the long weekend",
              ["60 kilos of meth", "brake drums", "only three of us on the line"], [kr("505")]),
            F("systems_information", "x-ray image software crashed; ICS down so holds could not be entered",
              ["x-ray image software crashed", "ICS was down"], [kr("505")]),
            F("colleague", "Greg Osei (team leader)", ["Greg Osei", "my TL"], [kr("506")]),
        ],
        "decoys": [
            D(kr("506"), "the department store", ["employer"], "A shop, not the Department."),
            D(kr("507"), "Border Security", ["employer", "official_information"], "A TV show."),
            D(kr("507"), "border collie", ["employer"], "A neighbour's dog."),
            D(kr("501"), "tribunal", ["official_information"], "A tenancy tribunal about his aircon."),
        ],
    },
    "hedlandlens": {
        "subject": {"name": "Tamsin Greaves", "aliases": ["tamsin_frames"], "risk_band": "critical", "rank": 2},
        "profiles": [{"path": "/social/@tamsin_frames", "platform": "activitypub"}],
        "facts": [
            F("employer", "Australian Border Force (ABF marine; #ABF, #borderforce)", ["ABF marine", "ABF", "borderforce"],
              [ap("tamsin_frames"), ap("tamsin_frames", 4402), ap("tamsin_frames", 4406)]),
            F("work_location", "Port Hedland harbour / wharf (boarding ore carriers)", ["porthedland", "wharf", "ore carriers"],
              [ap("tamsin_frames", 4402), ap("tamsin_frames", 4405), media("ore-carrier-dawn.jpg"), media("tug-wake.jpg")],
              lat=-20.3110, lon=118.5760, radius_m=150),
            F("geotag", "Port Hedland harbour (-20.311, 118.576), two photos", ["-20.311"],
              [media("ore-carrier-dawn.jpg"), media("tug-wake.jpg"), ap("tamsin_frames", 4402), ap("tamsin_frames", 4405)],
              lat=-20.3110, lon=118.5760, radius_m=150),
            F("home_location", "South Hedland (home, from two photos)", ["South Hedland", "Home"],
              [media("red-dirt-sunset.jpg"), media("frangipani.jpg"), ap("tamsin_frames", 4401), ap("tamsin_frames", 4404)],
              lat=-20.4080, lon=118.6010, radius_m=100),
            F("geotag", "Home, South Hedland (-20.408, 118.601), two photos", ["-20.408"],
              [media("red-dirt-sunset.jpg"), media("frangipani.jpg"), ap("tamsin_frames", 4401), ap("tamsin_frames", 4404)],
              lat=-20.4080, lon=118.6010, radius_m=100),
            F("official_information", "three ore carriers, two officers boarding; 4,000 cartons behind a false wall in the paint locker",
              ["two of us to board", "4,000 cartons", "false wall"], [ap("tamsin_frames", 4402), ap("tamsin_frames", 4406)]),
            F("routine", "0600-1800 on a 7 on 7 off roster; launch at 0550", ["7 on 7 off", "0600-1800", "0550"],
              [ap("tamsin_frames", 4405), ap("tamsin_frames", 4402)]),
            F("family", "Jase (partner)", ["Jase"], [ap("tamsin_frames", 4404)]),
            F("family", "Ron (father)", ["Ron", "my dad"], [ap("tamsin_frames", 4408)]),
            F("personal_contact", "tamsin.prints@pilbaraframes.example", ["tamsin.prints@pilbaraframes.example"],
              [ap("tamsin_frames")]),
            F("vulnerability", "14 months of Zip repayments; car rego next", ["Zip", "car rego"], [ap("tamsin_frames", 4407)]),
        ],
        "decoys": [
            D(ap("tamsin_frames", 4403), "ISO 800", ["official_information"], "Camera settings."),
        ],
    },
    "bargarasurf": {
        "subject": {"name": "Jack Nolan-Reid", "aliases": ["jnr_dawnie", "jnr.dawnie", "Gronk's mate"], "risk_band": "critical", "rank": 3},
        "profiles": [{"path": BS, "platform": "html"}],
        "facts": [
            F("employer", "Australian Border Force", ["Border Force"], [bs("7703")]),
            F("work_location", "Port of Bundaberg, Burnett Heads wharf (the Bundy office)", ["Burnett Heads", "Bundy office", "the wharf"],
              [bs("7703"), bs("7701")]),
            F("home_location", "Bargara QLD", ["Bargara", "bargara local"], [f"{B}{BS}", bs("7706")]),
            F("routine", "dawn surf 5:15 at Kelly's, out by 7:20 for an 8am start at the wharf", ["5:15", "7:20", "before 8"],
              [bs("7701"), f"{B}{BS}"]),
            F("associate", "Mitch Harlow (surf mate)", ["Mitch Harlow", "Gronk"], [bs("7701")]),
            F("official_information", "two officers to board a sugar ship, rest of the office on leave; 3 kg cannabis in a yacht's sail locker",
              ["just the two of us", "3 kilos of weed", "sail locker"], [bs("7703"), bs("7704")]),
            F("vulnerability", "gambling: sold his board to cover a failed multi, 'on the punt too much'",
              ["on the punt", "multi that didnt get up"], [bs("7705")]),
            F("personal_contact", "0491 570 377 and Instagram @jnr.dawnie", ["0491 570 377", "jnr.dawnie"],
              [bs("7705"), f"{B}{BS}"]),
            F("family", "Ruby (younger sister)", ["Ruby"], [bs("7706")]),
        ],
        "decoys": [
            D(bs("7707"), "border collie", ["employer"], "A dog at the carpark."),
            D(bs("7702"), "went fishing", ["routine"], "A one-off."),
        ],
    },
    "fyshwickvegan": {
        "subject": {"name": "Bea Lindqvist", "aliases": ["Bea"], "risk_band": "critical", "rank": 4},
        "profiles": [{"path": "/blog/", "platform": "html"}],
        "facts": [
            F("corporate_identifier", "bea.lindqvist@homeaffairs.gov.au (blog feed author)", ["bea.lindqvist@homeaffairs.gov.au"],
              [FV_FEED]),
            F("employer", "Department of Home Affairs (ICT; feed author domain)", ["Home Affairs", "homeaffairs.gov.au"],
              [post("server-room-soup"), FV_FEED]),
            F("work_location", "Fyshwick data centre / office", ["Fyshwick"], [post("server-room-soup"), post("thursday-markets")]),
            F("systems_information", "storage cutover at the Fyshwick data centre, ICSE back end read-only; shared backup admin password on a card in the rack",
              ["storage cutover", "ICSE", "shared admin account", "laminated card"],
              [post("server-room-soup"), post("admin-password-pasta")]),
            F("routine", "Thursdays at 12 to the markets; the Rapid home at 5:40 to the Watson shops",
              ["Every Thursday", "5:40", "Rapid"], [post("thursday-markets")]),
            F("home_location", "Watson ACT (off the bus at the Watson shops; georss at home)", ["Watson"],
              [post("thursday-markets"), post("server-room-soup"), post("lonely-lasagne"), FV_FEED], lat=-35.2390, lon=149.1580,
              radius_m=150),
            F("geotag", "georss point at home, Watson (-35.239, 149.158)", ["-35.239"],
              [FV_FEED, post("server-room-soup"), post("lonely-lasagne")], lat=-35.2390, lon=149.1580, radius_m=150),
            F("family", "Priya (partner)", ["Priya"], [post("dumplings-with-priya"), post("lonely-lasagne")]),
            F("associate", "Lou Fenech (co-op friend)", ["Lou Fenech", "Lou"], [post("dumplings-with-priya")]),
            F("vulnerability", "isolation: partner away, house too quiet, talks to nobody outside work",
              ["too quiet", "not talking to anyone"], [post("lonely-lasagne")]),
        ],
        "decoys": [
            D(post("border-collie-biscuits"), "border collie", ["employer"], "The neighbour's dog."),
            D(post("smoky-chickpea-stew"), "Serves 4", ["official_information"], "A recipe."),
        ],
    },
    "soccerreg": {
        "subject": {"name": "Dimitra Kalogeropoulos", "aliases": ["dimi_k", "Dimitra"], "risk_band": "high", "rank": 5},
        "profiles": [{"path": "/committee/dimitra", "platform": "html"}, {"path": "/social/@dimi_k", "platform": "activitypub"}],
        "facts": [
            F("employer", "Australian Border Force", ["Australian Border Force", "BorderForce"], [SOCCER, ap("dimi_k", 6602)]),
            F("official_contact", "dimitra.kalogeropoulos@abf.gov.au (club contact)", ["dimitra.kalogeropoulos@abf.gov.au"], [SOCCER]),
            F("work_location", "Chullora (container line)", ["Chullora"], [SOCCER, ap("dimi_k", 6606)]),
            F("home_location", "Greystanes NSW", ["Greystanes"], [ap("dimi_k"), SOCCER]),
            F("routine", "Saturday canteen from 8am at Daphne Reserve; U10 training Tuesdays 5pm after a 6-to-2 shift",
              ["Saturday from 8am", "Tuesdays at 5pm", "6-to-2"], [SOCCER]),
            F("family", "Eleni (daughter)", ["Eleni"], [SOCCER, ap("dimi_k", 6601)]),
            F("family", "Theo (son)", ["Theo"], [SOCCER, ap("dimi_k", 6603)]),
            F("family", "Nick (husband)", ["Nick"], [SOCCER, ap("dimi_k", 6601)]),
            F("associate", "Sofia Marinos (best friend)", ["Sofia Marinos", "sofia_rm"], [ap("dimi_k", 6604)]),
            F("official_information", "12,000 vapes in a container of pool filters", ["12,000 vapes", "pool filters"], [ap("dimi_k", 6602)]),
            F("colleague", "Sanjay Pillai (fellow officer)", ["Sanjay Pillai"], [ap("dimi_k", 6606)]),
        ],
        "decoys": [
            D(ap("dimi_k", 6605), "Yiayia", ["family"], "An unnamed grandmother."),
        ],
    },
    "nihongodiary": {
        "subject": {"name": "Nikki Vos", "aliases": ["nikkivos", "nikki_vos_au"], "risk_band": "high", "rank": 6},
        "profiles": [{"path": "/diary/", "platform": "html"}, {"path": "/social/@nikkivos", "platform": "activitypub"}],
        "facts": [
            F("employer", "Department of Home Affairs (visa assessor)", ["Home Affairs"], [ND("shigoto")]),
            F("work_location", "Home Affairs Docklands office", ["Docklands"], [ND("shigoto"), ND("densha"), ap("nikkivos", 9201)]),
            F("official_information", "1,900 student visa applications waiting, 400 a week target, told to refuse on financial gaps",
              ["1,900 student visa", "refuse anything with a gap"], [ND("shigoto")]),
            F("systems_information", "ICSE down a whole morning; fixed by a server restart", ["ICSE"], [ND("system-down")]),
            F("routine", "tram at 7:35 from the Footscray market stop, in by 8:15; Tuesday 6pm class in Carlton",
              ["7:35", "every Tuesday 6pm"], [ND("densha")]),
            F("home_location", "Footscray VIC", ["Footscray"], [ND("densha"), ap("nikkivos")]),
            F("family", "Mia (sister)", ["Mia"], [ND("day-1")]),
            F("family", "Tom (boyfriend)", ["Tom"], [ND("okane")]),
            F("associate", "Haruka Sato (language exchange partner)", ["Haruka Sato", "Haruka"], [ND("densha"), ND("anime-night")]),
            F("personal_contact", "LINE nikki_vos_au", ["nikki_vos_au"], [f"{B}/diary/", ap("nikkivos")]),
            F("vulnerability", "credit card at $8,700, Afterpay, minimum repayments", ["$8,700", "Afterpay", "Minimum repayments"],
              [ND("okane")]),
            F("colleague", "Marcus Webb (team leader)", ["Marcus Webb"], [ap("nikkivos", 9202)]),
        ],
        "decoys": [
            D(ND("anime-night"), "border guard", ["employer"], "An anime episode."),
        ],
    },
    "avalonchess": {
        "subject": {"name": "Graham Pettifer", "aliases": ["gpettifer"], "risk_band": "high", "rank": 7},
        "profiles": [{"path": "/club/members/graham-pettifer", "platform": "html"}, {"path": "/social/@gpettifer", "platform": "activitypub"}],
        "facts": [
            F("employer", "Australian Border Force", ["Border Force"], [CHESS]),
            F("work_location", "Avalon Airport", ["Avalon"], [CHESS, ap("gpettifer", 8105)]),
            F("official_contact", "work mobile 0491 570 246 for fixtures", ["0491 570 246"], [CHESS]),
            F("home_location", "Leopold VIC", ["Leopold"], [CHESS]),
            F("routine", "Wednesday club nights 7:30pm at Leopold Memorial Hall, straight from a late shift",
              ["Wednesdays, 7:30pm", "late shift"], [CHESS]),
            F("family", "Rosalind (wife)", ["Rosalind"], [CHESS, ap("gpettifer", 8103)]),
            F("family", "Oscar (grandson)", ["Oscar"], [CHESS]),
            F("colleague", "Anh Tran (fellow officer)", ["Anh Tran"], [CHESS]),
            F("official_information", "two officers on the desk for the Kuala Lumpur flight, 300 passengers",
              ["Two of us on the desk", "Kuala Lumpur"], [ap("gpettifer", 8101)]),
            F("systems_information", "SmartGates at Avalon down for a whole shift after an update", ["SmartGates"],
              [ap("gpettifer", 8105)]),
        ],
        "decoys": [
            D(ap("gpettifer", 8106), "Border Security", ["employer"], "A TV show he avoids."),
            D(ap("gpettifer", 8106), "Queen's Gambit", ["official_information"], "A TV show."),
        ],
    },
    "askapublicservant": {
        "subject": {"name": "Warwick Dunstan", "aliases": ["wdunstan_el1"], "risk_band": "high", "rank": 8},
        "profiles": [{"path": AQ, "platform": "html"}],
        "facts": [
            F("employer", "Department of Home Affairs (EL1, skilled visa policy)", ["Home Affairs"], [f"{B}{AQ}", aq("3301")]),
            F("colleague", "Fiona Ledger (director)", ["Fiona Ledger"], [aq("3301")]),
            F("official_information", "482 cap to drop to about 38,000 in July, announcement held until after the budget",
              ["38,000", "482"], [aq("3303")]),
            F("official_information", "branch folded into Settlement in August, 30 positions cut",
              ["30 positions", "Settlement"], [aq("3304")]),
            F("systems_information", "PROTECTED briefs; laptops only reach the network from the office", ["PROTECTED", "laptops"],
              [aq("3307")]),
            F("vulnerability", "passed over for EL2 three times, bitter, 'would take any offer'",
              ["knocked back for EL2", "any offer"], [aq("3302")]),
            F("routine", "Belconnen pool 6:15 every weekday, then the 7:20 bus from the interchange",
              ["6:15 every weekday", "7:20 bus"], [aq("3305")]),
            F("home_location", "Holt ACT", ["Holt"], [f"{B}{AQ}", aq("3306")]),
            F("family", "Julie (wife)", ["Julie"], [aq("3306")]),
        ],
        "decoys": [
            D(aq("3307"), "The department store", ["employer"], "A shop."),
        ],
    },
    "kezthirdperson": {
        "subject": {"name": "Kezia Fonoti", "aliases": ["kez_f", "Kez", "kezzyf_21"], "risk_band": "high", "rank": 10},
        "profiles": [{"path": "/social/@kez_f", "platform": "activitypub"}],
        "facts": [
            F("employer", "Australian Border Force", ["border force"], [ap("kez_f")]),
            F("work_location", "Eastern Creek cargo depot ('EC')", ["Eastern Creek", "at EC"], [ap("kez_f", 2102), ap("kez_f", 2101)]),
            F("routine", "earlies: up at 4:30 for a 0530 start, 30 minutes down the M4", ["0530 start", "4:30", "M4"],
              [ap("kez_f", 2101)]),
            F("colleague", "Brendan Kaye (team leader)", ["Brendan Kaye"], [ap("kez_f", 2102)]),
            F("official_information", "200 kg cocaine in pallets of tiles", ["200 kg of coke", "pallets of tiles"], [ap("kez_f", 2105)]),
            F("vulnerability", "Afterpay stacking; $11 till payday", ["Afterpay", "$11 till thursday"],
              [ap("kez_f", 2103), ap("kez_f", 2108)]),
            F("associate", "Leah Makasini (friend)", ["Leah Makasini", "leahmak_"], [ap("kez_f", 2104)]),
            F("family", "Losa (mother)", ["Losa"], [ap("kez_f", 2106)]),
            F("family", "Iosefa (younger brother)", ["Iosefa"], [ap("kez_f", 2106)]),
            F("personal_contact", "Snapchat kezzyf_21", ["kezzyf_21"], [ap("kez_f")]),
            F("home_location", "home, Rooty Hill (from two photos)", ["-33.77"],
              [media("kez-new-nails.jpg"), media("kez-bday-cake.jpg"), ap("kez_f", 2103), ap("kez_f", 2106)],
              lat=-33.7700, lon=150.8420, radius_m=100),
            F("geotag", "two photos at home, Rooty Hill (-33.770, 150.842)", ["-33.77"],
              [media("kez-new-nails.jpg"), media("kez-bday-cake.jpg"), ap("kez_f", 2103), ap("kez_f", 2106)],
              lat=-33.7700, lon=150.8420, radius_m=100),
        ],
        "decoys": [
            D(ap("kez_f", 2107), "Border Security", ["employer", "official_information"], "A TV show with her nan."),
        ],
    },
    "norfolkcats": {
        "subject": {"name": "Lorraine Haynes", "aliases": ["rainey_cats", "Rainey"], "risk_band": "high", "rank": 9},
        "profiles": [{"path": "/social/@rainey_cats", "platform": "activitypub"}],
        "facts": [
            F("corporate_identifier", "lorraine.haynes@abf.gov.au (profile field)", ["lorraine.haynes@abf.gov.au"], [ap("rainey_cats")]),
            F("employer", "Australian Border Force", ["Border Force", "abf.gov.au"], [ap("rainey_cats", 7302), ap("rainey_cats")]),
            F("work_location", "Norfolk Island Airport", ["at the airport", "Norfolk Island"], [ap("rainey_cats", 7302)]),
            F("official_contact", "office line 02 5550 7731", ["02 5550 7731"], [ap("rainey_cats", 7303)]),
            F("official_information", "only two Border Force officers on the island this month", ["Only me and one other"],
              [ap("rainey_cats", 7302)]),
            F("routine", "plane days Mon, Wed, Fri at the airport from 9", ["Mon, Wed, Fri", "from 9"], [ap("rainey_cats", 7302)]),
            F("home_location", "Cascade, Norfolk Island", ["Cascade"], [ap("rainey_cats", 7301)]),
        ],
        "decoys": [
            D(ap("rainey_cats", 7305), "Knitting a border", ["employer"], "A blanket."),
            D(ap("rainey_cats", 7303), "Quarantine", ["official_information"], "Biosecurity advice, not an operation."),
        ],
    },
    "lakesailor": {
        "subject": {"name": "Owen Marchetti", "aliases": ["owen_sails"], "risk_band": "moderate", "rank": 11},
        "profiles": [{"path": "/social/@owen_sails", "platform": "activitypub"}],
        "facts": [
            F("employer", "Australian Border Force (intelligence)", ["ABF intel"], [ap("owen_sails", 5503)]),
            F("work_location", "ABF intelligence office, Fyshwick", ["Fyshwick"], [ap("owen_sails", 5503)]),
            F("home_location", "Lyons ACT (place-tagged post at home)", ["Lyons"],
              [ap("owen_sails", 5502), apid("owen_sails", 5502)], lat=-35.3650, lon=149.0840, radius_m=150),
            F("geotag", "place 'Home' on a post (-35.365, 149.084)", ["-35.365"],
              [ap("owen_sails", 5502), apid("owen_sails", 5502)], lat=-35.3650, lon=149.0840, radius_m=150),
            F("routine", "club racing every Saturday 1pm at the Canberra Yacht Club", ["every Saturday 1pm"], [ap("owen_sails", 5504)]),
            F("family", "Alessia (daughter)", ["Alessia"], [ap("owen_sails", 5503)]),
            F("family", "Luca (son)", ["Luca"], [ap("owen_sails", 5505)]),
            F("associate", "Pete Arkwright (sailing mate)", ["Pete Arkwright", "Pete"], [ap("owen_sails", 5506)]),
        ],
        "decoys": [
            D(ap("owen_sails", 5501), "Yarralumla", ["home_location"], "Where he capsized."),
        ],
    },
    "comcareclaims": {
        "subject": {"name": "Harriet Quayle", "aliases": ["hattyq"], "risk_band": "low", "rank": 12},
        "profiles": [{"path": "/social/@hattyq", "platform": "activitypub"}],
        "facts": [
            F("home_location", "Ainslie ACT", ["Ainslie"], [ap("hattyq"), ap("hattyq", 1206)]),
            F("routine", "Thursday netball 7pm at the Dickson courts", ["Thursday netball, 7pm"], [ap("hattyq", 1202)]),
            F("family", "Rory (son)", ["Rory"], [ap("hattyq", 1203)]),
            F("associate", "Marguerite Oyelaran (oldest friend)", ["Marguerite Oyelaran"], [ap("hattyq", 1206)]),
            F("personal_contact", "hatty.q@wattlemail.example", ["hatty.q@wattlemail.example"], [ap("hattyq")]),
        ],
        "decoys": [
            D(ap("hattyq", 1201), "The department", ["employer"], "Her own agency, Comcare."),
            D(ap("hattyq", 1201), "case management system", ["systems_information"], "Comcare's system, not the Department's."),
            D(ap("hattyq", 1201), "My EL1", ["colleague"], "Her Comcare manager, unnamed."),
            D(ap("hattyq", 1203), "Border Force documentary", ["employer", "official_information"], "A TV documentary."),
            D(ap("hattyq", 1204), "injury claim from an airport", ["official_information", "work_location"],
              "A Comcare claim, not the Department's operations."),
            D(ap("hattyq", 1205), "border collie", ["employer"], "Her dog."),
            D(ap("hattyq", 1207), "APS pay rise", ["employer"], "The APS in general is allowed."),
        ],
    },
    "austradeadviser": {
        "subject": {"name": "Callum Yeoh", "aliases": ["Callum"], "risk_band": "low", "rank": 13},
        "profiles": [{"path": "/advisers/callum-yeoh", "platform": "html"}, {"path": "/blog/", "platform": "html"}],
        "facts": [
            F("home_location", "Bassendean WA", ["Bassendean"], [AUS, post("saturday-routine")]),
            F("family", "Isla (daughter)", ["Isla"], [AUS]),
            F("family", "Mei-Ling (wife)", ["Mei-Ling"], [post("trade-mission")]),
            F("associate", "Bruno Castellano (neighbour)", ["Bruno Castellano"], [post("trade-mission")]),
            F("routine", "Saturday netball at 8:30 at the Bassendean courts", ["Netball at 8:30"], [post("saturday-routine")]),
        ],
        "decoys": [
            D(AUS, "Austrade", ["employer"], "Another agency."),
            D(post("customs-clearance-101"), "Border Force asks to inspect an outbound container", ["employer", "official_information"],
              "General advice to exporters."),
            D(post("customs-clearance-101"), "customs clearance", ["official_information"], "Exporter advice."),
            D(post("trade-mission"), "The department (DFAT, our portfolio)", ["employer"], "DFAT, not the Department."),
            D(post("system-outage"), "export documentation system", ["systems_information"], "Another department's system."),
            D(post("system-outage"), "A seizure story in the paper", ["official_information"], "A news story."),
        ],
    },
    "amsasurveyor": {
        "subject": {"name": "Bronwyn Tully", "aliases": ["bron_tully"], "risk_band": "low", "rank": 14},
        "profiles": [{"path": "/social/@bron_tully", "platform": "activitypub"}],
        "facts": [
            F("home_location", "Slade Point, Mackay (backyard photo)", ["slade_point"],
              [media("mango-tree.jpg"), ap("bron_tully", 3103)], lat=-21.0760, lon=149.2230, radius_m=100),
            F("geotag", "backyard photo (-21.076, 149.223)", ["-21.076"],
              [media("mango-tree.jpg"), ap("bron_tully", 3103)], lat=-21.0760, lon=149.2230, radius_m=100),
            F("routine", "Saturday 6am swim at the Harbour Beach", ["Saturday 6am swim"], [ap("bron_tully", 3105)]),
            F("family", "Colleen (sister)", ["Colleen"], [ap("bron_tully", 3105)]),
        ],
        "decoys": [
            D(ap("bron_tully", 3101), "Detained a bulk carrier at Hay Point", ["official_information", "work_location"],
              "An AMSA ship detention, another agency's work."),
            D(ap("bron_tully", 3102), "Border Force boarding team", ["employer", "colleague"], "Seen on the next berth."),
            D(ap("bron_tully", 3104), "inspection database", ["systems_information"], "AMSA's system."),
            D(ap("bron_tully", 3104), "The Authority", ["employer"], "AMSA."),
            D(ap("bron_tully", 3106), "seizure of cocaine", ["official_information"], "A news story."),
            D(ap("bron_tully"), "port state control", ["employer"], "Her AMSA role."),
        ],
    },
}


def _val(v):
    return json.dumps(v, ensure_ascii=False)


def to_toml(name: str, t: dict) -> str:
    s = t["subject"]
    out = [f"# Ground truth for set-24 persona {name!r} (FICTIONAL), written blind from content.py; see _truth.py.", "",
           "[subject]", f"name = {_val(s['name'])}", f"aliases = {_val(s['aliases'])}", 'organisation = "dibp"',
           f"risk_band = {_val(s['risk_band'])}", f"rank = {s['rank']}", ""]
    for p in t["profiles"]:
        out += ["[[profiles]]", f"path = {_val(p['path'])}", f"platform = {_val(p['platform'])}", ""]
    for f in t["facts"]:
        out += ["[[facts]]"] + [f"{k} = {_val(v)}" for k, v in f.items()] + [""]
    for d in t.get("decoys", []):
        out += ["[[decoys]]"] + [f"{k} = {_val(v)}" for k, v in d.items()] + [""]
    return "\n".join(out)


if __name__ == "__main__":
    from collections import Counter
    c = Counter()
    for name, t in TRUTH.items():
        (HERE / name / "persona.toml").write_text(to_toml(name, t), encoding="utf-8")
        c.update(f["category"] for f in t["facts"])
    print(sum(c.values()), dict(sorted(c.items())))
