"""Ground truth for held-out set 36, one table per persona; run to rewrite every persona.toml.

    .venv/bin/python tests/heldout/set36/_truth.py

Every person here is FICTIONAL. Facts follow tests/heldout/README.md "Labelling conventions".
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B = "{{BASE}}"
T: dict[str, dict] = {}


def F(category, value, keys, urls, **extra):
    return {"category": category, "value": value, "keys": keys, "urls": urls, **extra}


def D(url, phrase, cats, why):
    return {"url": url, "phrase": phrase, "not_categories": cats, "why": why}


def _v(x) -> str:
    return json.dumps(x, ensure_ascii=False)


def write() -> None:
    for name, t in T.items():
        lines = [f'# Ground truth for the persona "{name}" of held-out set 36 (FICTIONAL: {t["name"]} does not exist).',
                 "# Written by tests/heldout/set36/_truth.py; edit there and re-run.", "#"]
        lines += [f"# {ln}" for ln in t["note"].split("\n")]
        lines += ["", "[subject]", f"name = {_v(t['name'])}", f"aliases = {_v(t['aliases'])}",
                  'organisation = "dibp"', f"risk_band = {_v(t['band'])}", f"rank = {t['rank']}"]
        for path, platform in t["profiles"]:
            lines += ["", "[[profiles]]", f"path = {_v(path)}", f"platform = {_v(platform)}"]
        for f in t["facts"]:
            lines += ["", "[[facts]]"] + [f"{k} = {_v(v)}" for k, v in f.items()]
        for d in t.get("decoys", []):
            lines += ["", "[[decoys]]"] + [f"{k} = {_v(v)}" for k, v in d.items()]
        (HERE / name / "persona.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")


# --- karumbabarra --------------------------------------------------------------------------------------------
_f = f"{B}/forum/u/gulfbarra_bh"
T["karumbabarra"] = dict(
    name="Brett Haslam", aliases=["gulfbarra_bh"], band="critical", rank=1,
    note="Intended band: critical. A one-officer Gulf outpost on a fishing forum: the agency only in the blurb,\n"
         "operations and a detention aboard, the patrol boat's absence, the sat-dish link, gambling debt hidden\n"
         "from his wife, Thursday knock-off and ramp, home photo with GPS, phone.",
    profiles=[("/forum/u/gulfbarra_bh/", "html")],
    facts=[
        F("employer", "Australian Border Force", ["ABF"], [f"{_f}/"]),
        F("work_location", "Karumba wharf office", ["office on the wharf", "Karumba"], [f"{_f}/t/301/"]),
        F("home_location", "Karumba Point QLD", ["Karumba Point"],
          [f"{_f}/t/301/", f"{_f}/t/308/", f"{B}/media/backyard-barra.jpg"], lat=-17.4566, lon=140.8331, radius_m=200),
        F("geotag", "-17.4566, 140.8331 (backyard photo)", ["backyard-barra.jpg"],
          [f"{B}/media/backyard-barra.jpg", f"{_f}/t/308/"], lat=-17.4566, lon=140.8331, radius_m=150),
        F("family", "Tash (wife)", ["Tash", "missus"], [f"{_f}/t/301/", f"{_f}/t/306/"]),
        F("family", "Cody and Jai (sons)", ["Cody", "Jai"], [f"{_f}/t/301/"]),
        F("routine", "Thursday 3pm knock-off, Karumba Point ramp by 3:30; Sundays after church",
          ["knock off at 3 every Thursday", "half three"], [f"{_f}/t/302/"]),
        F("personal_contact", "0491 570 162", ["0491 570 162"], [f"{_f}/t/303/"]),
        F("official_information", "two crew held aboard a mothership; patrol boat not back in the Gulf till the 20th",
          ["held on board", "Patrol boat isn't back in the Gulf", "three foreign-crewed boats"], [f"{_f}/t/304/"]),
        F("colleague", "Sharna Doyle (relief officer from Weipa)", ["Sharna Doyle", "Sharna"], [f"{_f}/t/304/"]),
        F("systems_information", "work laptop links through a sat dish that drops; crew lists typed on a pub hotspot",
          ["sat dish on the office roof", "work laptop"], [f"{_f}/t/305/"]),
        F("vulnerability", "gambling losses hidden from his wife, maxed credit card",
          ["multis", "Four grand", "credit card's maxed"], [f"{_f}/t/306/"]),
        F("associate", "Kenny Rourke (fishing mate)", ["Kenny Rourke", "Kenny"], [f"{_f}/t/307/"]),
    ],
    decoys=[
        D(f"{_f}/t/302/", "Border Collie Rescue", ["employer", "associate"], "A dog rescue, and a different Brett."),
    ],
)

# --- cutterclan ----------------------------------------------------------------------------------------------
_c = f"{B}/clan/members/spanner_nt"
T["cutterclan"] = dict(
    name="Jordy Makepeace", aliases=["Spanner_NT", "spanner.nt"], band="critical", rank=2,
    note="Intended band: critical. A cutter engineer on a clan forum registered with his official email: the next\n"
         "patrol's sailing and return dates, a boarding and tow, the boat's satcom and radar faults, a named fellow\n"
         "engineer, payday loans after a separation, Wednesday raid nights from Bakewell, Discord.",
    profiles=[("/clan/members/spanner_nt/", "html")],
    facts=[
        F("employer", "Australian Border Force", ["ABF", "spanner on the cutters"], [f"{_c}/"]),
        F("corporate_identifier", "j.makepeace@abf.gov.au", ["j.makepeace@abf.gov.au"], [f"{_c}/"]),
        F("personal_contact", "Discord spanner.nt", ["spanner.nt"], [f"{_c}/"]),
        F("official_information", "sails for the Arafura on 3 March, back alongside on the 14th",
          ["sail for the arafura", "till the 14th"], [f"{_c}/t/4101/"]),
        F("routine", "Wednesday 8pm raid night when home", ["wed 8pm"], [f"{_c}/t/4102/"]),
        F("home_location", "Bakewell (Palmerston) NT", ["bakewell", "palmy"], [f"{_c}/t/4102/", f"{_c}/"]),
        F("systems_information", "cutter's satcom reboots with the radar on; engine turbo fault unrepaired",
          ["satcom terminal", "no comms", "turbo"], [f"{_c}/t/4103/"]),
        F("colleague", "Ben Carruthers (second engineer)", ["ben carruthers", "benno"], [f"{_c}/t/4104/"]),
        F("official_information", "Vietnamese fishing boat boarded off the Wessels, 14 aboard, towed to Gove",
          ["vietnamese blue boat", "sea cucumber", "towed it back to gove"], [f"{_c}/t/4105/"]),
        F("vulnerability", "payday loans, rent and child support after a separation",
          ["pay day loan", "ex has the house"], [f"{_c}/t/4106/"]),
        F("family", "Ava (daughter)", ["see ava"], [f"{_c}/t/4106/"]),
        F("associate", "Mikey Tran (clan leader)", ["mikey tran", "mikey"], [f"{_c}/t/4107/", f"{_c}/t/4106/"]),
    ],
    decoys=[
        D(f"{_c}/t/4105/", "border patrol on the switch", ["systems_information", "employer"],
          "A video game he played on the way home."),
        D(f"{_c}/t/4106/", "the boat (my boat not the work one)", ["official_information", "systems_information"],
          "His own boat, sold."),
    ],
)

# --- palmchurch ----------------------------------------------------------------------------------------------
_s = f"{B}/social/@sinaAR"
_pp = f"{B}/leaders/sina"
T["palmchurch"] = dict(
    name="Sina Aumua-Reid", aliases=["sinaAR", "@sinaAR"], band="high", rank=3,
    note="Intended band: high. A church page (third person) gives her agency, her official email for families,\n"
         "Friday youth night and van pick-up, husband and children; her own posts give the PALM visa queue,\n"
         "the case system's lock-outs and broken scanner, her team leader, the Smith St office, Malak (a place-tagged\n"
         "post at home) and remittance debt.",
    profiles=[("/leaders/sina", "html"), ("/social/@sinaAR", "activitypub")],
    facts=[
        F("employer", "Department of Home Affairs", ["Home Affairs"], [_pp]),
        F("official_contact", "sina.aumua-reid@homeaffairs.gov.au", ["sina.aumua-reid@homeaffairs.gov.au"], [_pp]),
        F("routine", "Friday youth night from 7pm; van pick-up at the Malak shops at 6:30",
          ["every Friday from 7pm", "6:30"], [_pp]),
        F("family", "Tavita (husband)", ["Tavita"], [_pp, f"{_s}/5604"]),
        F("family", "Lani and Sefo (children)", ["Lani", "Sefo"], [_pp, f"{_s}/5605", f"{_s}/5607"]),
        F("official_information", "600 PALM visas in the queue, a Tongan group for Katherine farms not granted",
          ["600 PALM worker visas", "still not granted"], [f"{_s}/5601"]),
        F("colleague", "Rosie Valdez (team leader)", ["Rosie Valdez", "Rosie"], [f"{_s}/5607", f"{_s}/5601"]),
        F("work_location", "Home Affairs Darwin office, Smith St", ["office on Smith St"], [f"{_s}/5602"]),
        F("systems_information", "case system logs out every 10 minutes; mail-room scanner broken, passports keyed by hand",
          ["log us out every 10 mins", "scanner in the mail room"], [f"{_s}/5603"]),
        F("home_location", "Malak, Darwin NT", ["Malak"],
          [f"{_s}/5604", f"{_s}/5605", f"{_s}/statuses/5605"], lat=-12.3938, lon=130.9031, radius_m=200),
        F("geotag", "-12.3938, 130.9031 (place-tagged post at home)", ["-12.3938"],
          [f"{_s}/statuses/5605", f"{_s}/5605"], lat=-12.3938, lon=130.9031, radius_m=150),
        F("vulnerability", "remittances for her mother's dialysis, credit card at its limit",
          ["credit card is at its limit"], [f"{_s}/5606"]),
    ],
    decoys=[
        D(f"{_s}/5608", "Border Security", ["employer", "official_information"], "A TV show."),
        D(f"{_s}/5608", "department store", ["employer", "work_location"], "A shop at Casuarina."),
    ],
)

# --- grindvan ------------------------------------------------------------------------------------------------
_g = f"{B}/social/@grindvan"
_ga = f"{B}/about"
T["grindvan"] = dict(
    name="Marcus Delaney", aliases=["grindvan", "@grindvan"], band="high", rank=4,
    note="Intended band: high. The person who runs the Cairns office's physical security says how its door access\n"
         "was weak and how its alarm PC is protected (a post-it), with his work email as his account's contact and\n"
         "the day job in a field; the van page gives Saturday 6-10 at the fields, phone, partner, roaster\n"
         "friend; a van loan; a driveway photo with GPS in Bentley Park.",
    profiles=[("/about", "html"), ("/social/@grindvan", "activitypub")],
    facts=[
        F("employer", "Department of Home Affairs", ["Home Affairs"], [_g]),
        F("corporate_identifier", "m.delaney@homeaffairs.gov.au", ["m.delaney@homeaffairs.gov.au"], [_g]),
        F("systems_information", "cloneable swipe cards replaced; alarm PC password on a post-it",
          ["swipe cards could be cloned", "password on a post-it", "door readers"], [f"{_g}/7701"]),
        F("work_location", "Home Affairs Cairns office, Abbott St", ["office on Abbott St"], [f"{_g}/7704"]),
        F("routine", "Saturdays 6am-10am at the Bentley Park soccer fields", ["Every Saturday 6am to 10am"], [_ga]),
        F("personal_contact", "0491 570 131", ["0491 570 131"], [_ga]),
        F("family", "Jess Moana (partner)", ["Jess Moana", "Jess"], [_ga, f"{_g}/7702"]),
        F("associate", "Tomasi Vake (roaster friend)", ["Tomasi Vake", "Tomasi"], [_ga]),
        F("home_location", "Bentley Park, Cairns QLD", ["Bentley Park"],
          [f"{B}/media/van-driveway.jpg", f"{_g}/7703"], lat=-17.0082, lon=145.7476, radius_m=200),
        F("geotag", "-17.0082, 145.7476 (driveway photo)", ["van-driveway.jpg"],
          [f"{B}/media/van-driveway.jpg", f"{_g}/7703"], lat=-17.0082, lon=145.7476, radius_m=150),
        F("vulnerability", "a $38k van loan the business is not covering", ["Van loan is $38k"], [f"{_g}/7705"]),
    ],
    decoys=[
        D(f"{_g}/7707", "department store", ["employer"], "A kind of event he does not cater."),
        D(f"{_g}/7707", "border collie", ["employer", "associate"], "A dog at the fields."),
        D(_ga, "Tropic Roasters", ["employer", "work_location"], "A friend's roastery."),
    ],
)

# --- wellcampquiz --------------------------------------------------------------------------------------------
_q = f"{B}/quiz"
T["wellcampquiz"] = dict(
    name="Priya Natarajan", aliases=["Quizzly Bears"], band="high", rank=5,
    note="Intended band: high. A quiz team's blog whose feed is authored under her official email; one post names\n"
         "ABF and her colleague; a late freighter, the two officers who cleared it and a vape seizure; the screening\n"
         "PC's crashes and old x-ray software; Tuesday 7:30 quiz two streets from home; a georss point at home.",
    profiles=[("/quiz/", "html")],
    facts=[
        F("employer", "Australian Border Force", ["ABF"], [f"{_q}/posts/week-9-second-again/"]),
        F("work_location", "Toowoomba Wellcamp Airport freight shed", ["Wellcamp", "freight shed"],
          [f"{_q}/posts/week-9-second-again/", f"{_q}/"]),
        F("colleague", "Callum Fenwick (colleague)", ["Callum Fenwick", "Callum"],
          [f"{_q}/posts/week-9-second-again/", f"{_q}/posts/week-11-absent/"]),
        F("associate", "Dev Pillai (quiz teammate)", ["Dev Pillai", "Dev"],
          [f"{_q}/posts/week-9-second-again/", f"{_q}/posts/how-it-works/"]),
        F("family", "Rekha (aunt)", ["Aunty Rekha", "Rekha"],
          [f"{_q}/posts/week-9-second-again/", f"{_q}/posts/week-14-we-won/"]),
        F("routine", "Tuesday 7:30pm quiz at the Glenvale Arms, walking from home", ["every Tuesday, 7:30pm"],
          [f"{_q}/posts/how-it-works/"]),
        F("home_location", "Glenvale, Toowoomba QLD", ["Glenvale", "two streets away"],
          [f"{_q}/posts/how-it-works/", f"{_q}/posts/week-14-we-won/", f"{_q}/feed.xml"],
          lat=-27.5651, lon=151.8934, radius_m=300),
        F("geotag", "-27.5651, 151.8934 (georss point)", ["-27.5651"],
          [f"{_q}/feed.xml", f"{_q}/posts/week-14-we-won/"], lat=-27.5651, lon=151.8934, radius_m=150),
        F("corporate_identifier", "p.natarajan@abf.gov.au (feed author)", ["p.natarajan@abf.gov.au"],
          [f"{_q}/feed.xml"]),
        F("official_information", "two officers cleared a late Hong Kong freighter; 9,000 vapes in lychee boxes",
          ["9,000 vapes", "only two of us"], [f"{_q}/posts/week-11-absent/"]),
        F("systems_information", "cargo screening PC crashes; x-ray software not updated since 2019",
          ["cargo screening PC", "x-ray software"], [f"{_q}/posts/question-ideas/"]),
    ],
    decoys=[
        D(f"{_q}/posts/question-ideas/", "Border Security", ["employer", "official_information"], "A TV show quiz question."),
        D(f"{_q}/posts/question-ideas/", "border collie", ["employer", "associate"], "The pub sign's dog."),
        D(f"{_q}/posts/week-9-second-again/", "Burkina Faso", ["work_location", "home_location"], "A quiz answer."),
    ],
)

# --- abbotdraft ----------------------------------------------------------------------------------------------
_w = f"{B}/social/@wazza_draft"
_wp = f"{B}/committee/warren-pask"
T["abbotdraft"] = dict(
    name="Warren Pask", aliases=["Wazza", "wazza_draft", "@wazza_draft"], band="high", rank=6,
    note="Intended band: high. The campdraft page names Border Force, Abbot Point, his work mobile for entries,\n"
         "his wife and daughter and the monthly meeting; his own posts never name the agency but give two officers\n"
         "for three ships and a cigarette seizure, the boarding tablet's failure, a named colleague, a grievance\n"
         "over promotion, and Queens Beach.",
    profiles=[("/committee/warren-pask", "html"), ("/social/@wazza_draft", "activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["Border Force"], [_wp]),
        F("work_location", "Abbot Point coal terminal", ["Abbot Point"], [_wp]),
        F("official_contact", "0491 570 147 (work mobile)", ["0491 570 147"], [_wp]),
        F("family", "Deb (wife)", ["Deb"], [_wp, f"{_w}/8802"]),
        F("family", "Kayla Pask (daughter)", ["Kayla Pask", "Kayla"], [_wp, f"{_w}/8806"]),
        F("routine", "committee meeting first Monday of the month, 7pm, Bowen showgrounds",
          ["first Monday of the month"], [_wp]),
        F("associate", "Mick Dunne (arena director)", ["Mick Dunne", "Mick"], [_wp, f"{_w}/8806"]),
        F("official_information", "two officers for three ships; 40 cartons of cigarettes taken off a cook",
          ["2 of us to board", "40 cartons"], [f"{_w}/8801"]),
        F("home_location", "Queens Beach, Bowen QLD", ["Queens Beach"], [f"{_w}/8802"]),
        F("systems_information", "boarding tablet will not sync at the berth; records keyed in next day",
          ["Boarding tablet won't sync"], [f"{_w}/8803"]),
        F("vulnerability", "passed over for supervisor a third time; talk of leaving", ["sup job for the third time"],
          [f"{_w}/8804"]),
        F("colleague", "Leanne Cobb (fellow officer)", ["Leanne Cobb", "Leanne"], [f"{_w}/8805"]),
    ],
    decoys=[
        D(f"{_w}/8807", "Border Security", ["employer", "official_information"], "A TV show."),
        D(f"{_w}/8807", "Bluey", ["family", "associate"], "His cattle dog (and a cartoon)."),
    ],
)

# --- pilbaradirt ---------------------------------------------------------------------------------------------
_d = f"{B}/dirt"
T["pilbaradirt"] = dict(
    name="Tegan Moss", aliases=["Pilbara Dirt"], band="high", rank=7,
    note="Intended band: high. A 4WD blog: ABF and Cape Lambert named once, 7 on 7 off with hours, a crewman who\n"
         "jumped ship and is still missing, her work email offered to club members, husband and a club mate,\n"
         "a personal email, a driveway photo with GPS in Wickham.",
    profiles=[("/dirt/", "html")],
    facts=[
        F("employer", "Australian Border Force", ["ABF"], [f"{_d}/posts/yes-im-abf/"]),
        F("work_location", "Cape Lambert wharf", ["Cape Lambert"], [f"{_d}/posts/yes-im-abf/"]),
        F("official_contact", "tegan.moss@abf.gov.au", ["tegan.moss@abf.gov.au"], [f"{_d}/posts/yes-im-abf/"]),
        F("official_information", "a crewman who jumped ship at the wharf still not found",
          ["jumped ship", "still haven't found"], [f"{_d}/posts/yes-im-abf/"]),
        F("routine", "7 on 7 off, 0600 to 1800 on her week", ["7 on 7 off", "0600 to 1800"],
          [f"{_d}/posts/roster-and-trips/"]),
        F("family", "Craig (husband)", ["Craig"], [f"{_d}/posts/millstream-easter/"]),
        F("associate", "Pete Hollis (4WD club mate)", ["Pete Hollis", "Pete"], [f"{_d}/posts/millstream-easter/"]),
        F("personal_contact", "tegmoss@pilbaradirt.example", ["tegmoss@pilbaradirt.example"], [f"{_d}/posts/contact/"]),
        F("home_location", "Wickham WA", ["Wickham"],
          [f"{_d}/posts/troopy-home/", f"{B}/media/troopy-driveway.jpg"], lat=-20.6779, lon=117.1383, radius_m=200),
        F("geotag", "-20.6779, 117.1383 (driveway photo)", ["troopy-driveway.jpg"],
          [f"{B}/media/troopy-driveway.jpg", f"{_d}/posts/troopy-home/"], lat=-20.6779, lon=117.1383, radius_m=150),
    ],
    decoys=[
        D(f"{_d}/posts/contact/", "Border Force Cutter", ["work_location", "official_information"],
          "A sunset photo she liked."),
        D(f"{_d}/posts/yes-im-abf/", "I don't do the airport", ["work_location"], "Where she does not work."),
    ],
)

# --- topendmums ----------------------------------------------------------------------------------------------
_m = f"{B}/community/u/kirra_b"
T["topendmums"] = dict(
    name="Kirra Blanch", aliases=["kirra_b"], band="moderate", rank=8,
    note="Intended band: moderate. A parents' forum: Border Force once, the airport mail centre with start and\n"
         "pick-up times, Wagaman, her children and FIFO partner, an ice parcel found near the childcare, Afterpay\n"
         "and exhaustion, a phone.",
    profiles=[("/community/u/kirra_b/", "html")],
    facts=[
        F("employer", "Australian Border Force", ["Border Force"], [f"{_m}/t/9102/"]),
        F("work_location", "Darwin Airport mail centre", ["mail centre at the airport"], [f"{_m}/t/9101/"]),
        F("routine", "childcare drop-off 7:15, start 7:45, pick-up 3:30, Mon/Tue/Thu", ["7:15", "7:45"],
          [f"{_m}/t/9101/"]),
        F("home_location", "Wagaman, Darwin NT", ["Wagaman"], [f"{_m}/", f"{_m}/t/9101/"]),
        F("family", "Zara and Eli (children)", ["Zara", "Eli"], [f"{_m}/t/9101/", f"{_m}/t/9102/", f"{_m}/t/9103/"]),
        F("family", "Dane (partner)", ["Dane", "other half"], [f"{_m}/t/9103/"]),
        F("vulnerability", "isolation, exhaustion and Afterpay debt", ["Afterpay is piling up", "drowning"],
          [f"{_m}/t/9103/"]),
        F("official_information", "a parcel of ice found addressed near the childcare", ["parcel of ice"],
          [f"{_m}/t/9104/"]),
        F("personal_contact", "0491 570 173", ["0491 570 173"], [f"{_m}/t/9105/"]),
    ],
    decoys=[
        D(f"{_m}/t/9106/", "Border Security", ["employer", "official_information"], "A TV show."),
        D(f"{_m}/t/9105/", "department store", ["employer"], "A cot for sale."),
    ],
)

# --- derbyfellowship -----------------------------------------------------------------------------------------
_n = f"{B}/social/@nevcarr"
_np = f"{B}/people/neville-carr"
T["derbyfellowship"] = dict(
    name="Neville Carr", aliases=["nevcarr", "@nevcarr", "Nev Carr"], band="moderate", rank=9,
    note="Intended band: moderate. A church page names Border Force and the Derby wharf, gives his official email\n"
         "to yachties, his wife, the pastor and the Wednesday 6am breakfast before work; his posts give a cruise\n"
         "ship with one officer and the colleague coming from Broome, and a place-tagged post at home.",
    profiles=[("/people/neville-carr", "html"), ("/social/@nevcarr", "activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["Border Force"], [_np]),
        F("work_location", "Derby wharf", ["Derby wharf", "at the wharf"], [_np, f"{_n}/6604"]),
        F("official_contact", "neville.carr@abf.gov.au", ["neville.carr@abf.gov.au"], [_np]),
        F("family", "Glenys (wife)", ["Glenys"], [_np, f"{_n}/6602"]),
        F("routine", "Wednesday 6am men's breakfast before work", ["every Wednesday at 6am"], [_np]),
        F("associate", "Ruth Kimber (pastor)", ["Ruth Kimber", "Ruth"], [_np, f"{_n}/6604"]),
        F("official_information", "an expedition cruise ship with 140 passengers and one officer until relief arrives",
          ["only officer here", "140 passengers"], [f"{_n}/6601"]),
        F("colleague", "Jared Oakes (officer from Broome)", ["Jared Oakes", "Jared"], [f"{_n}/6601", f"{_n}/6604"]),
        F("home_location", "Derby WA", ["Derby"], [f"{_n}/6603", f"{_n}/statuses/6603"],
          lat=-17.3079, lon=123.6352, radius_m=200),
        F("geotag", "-17.3079, 123.6352 (place-tagged post)", ["-17.3079"], [f"{_n}/statuses/6603", f"{_n}/6603"],
          lat=-17.3079, lon=123.6352, radius_m=150),
    ],
    decoys=[
        D(f"{_n}/6605", "customs officers", ["employer", "colleague"], "A history documentary."),
        D(f"{_n}/6605", "Boab Prison Tree", ["official_information", "work_location"], "A tourist landmark."),
    ],
)

# --- ostcoach ------------------------------------------------------------------------------------------------
_o = f"{B}/social/@dion_rolls"
T["ostcoach"] = dict(
    name="Dion Pereira", aliases=["dion_rolls", "@dion_rolls", "dion.41"], band="moderate", rank=10,
    note="Intended band: moderate. Terse posts: the agency only in profile fields (with his official email as the\n"
         "account's email), the Garbutt training room and an intake's size and posting, a 5am walk in Mundingburra,\n"
         "Monday and Wednesday 6pm jiu-jitsu, his son, a Signal name.",
    profiles=[("/social/@dion_rolls", "activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["ABF"], [_o]),
        F("corporate_identifier", "d.pereira@abf.gov.au (account email field)", ["d.pereira@abf.gov.au"], [_o]),
        F("personal_contact", "Signal dion.41", ["dion.41"], [_o]),
        F("work_location", "Garbutt training room, Townsville", ["Garbutt training room"], [f"{_o}/3301"]),
        F("official_information", "14 recruits this intake, half posted to the airport in June",
          ["14 recruits", "off to the airport in June"], [f"{_o}/3301"]),
        F("home_location", "Mundingburra, Townsville QLD", ["Mundingburra"], [f"{_o}/3302"]),
        F("routine", "5am dog walk; BJJ Monday and Wednesday 6pm in Hermit Park",
          ["Mon and Wed 6pm", "5am walk"], [f"{_o}/3303", f"{_o}/3302"]),
        F("family", "Tane (son)", ["Tane"], [f"{_o}/3304"]),
    ],
    decoys=[
        D(f"{_o}/3305", "Border Collie", ["employer", "colleague"], "A dog at an agility grading."),
        D(f"{_o}/3303", "the gym in Hermit Park", ["work_location"], "His jiu-jitsu gym, not work."),
    ],
)

# --- waterpolice (NEGATIVE CONTROL) --------------------------------------------------------------------------
_wp2 = f"{B}/social/@shanw_fish"
T["waterpolice"] = dict(
    name="Shannon Whitlock", aliases=["shanw_fish", "@shanw_fish"], band="low", rank=11,
    note="NEGATIVE CONTROL. Intended band: low. A state water police officer: Border Force appears as a partner\n"
         "agency in a joint job, her seizure is a state fisheries matter, her station and uniform are the state's.\n"
         "No employer, colleague, official, systems or work-location fact. Her own: home by a GPS photo, husband,\n"
         "fishing mate, Sunday 5am ramp, phone.",
    profiles=[("/social/@shanw_fish", "activitypub")],
    facts=[
        F("home_location", "Trinity Park, Cairns QLD", ["backyard-sunset.jpg", "northern beaches of Cairns"],
          [f"{B}/media/backyard-sunset.jpg", f"{_wp2}/2103", _wp2], lat=-16.7884, lon=145.7073, radius_m=200),
        F("geotag", "-16.7884, 145.7073 (backyard photo)", ["backyard-sunset.jpg"],
          [f"{B}/media/backyard-sunset.jpg", f"{_wp2}/2103"], lat=-16.7884, lon=145.7073, radius_m=150),
        F("routine", "Sunday 5am at the Yorkeys Knob ramp", ["Sunday 5am", "every Sunday"], [f"{_wp2}/2102"]),
        F("associate", "Tayla Greer (fishing mate)", ["Tayla Greer", "Tayla"], [f"{_wp2}/2102", f"{_wp2}/2105"]),
        F("family", "Luke (husband)", ["Luke"], [f"{_wp2}/2103", f"{_wp2}/2105"]),
        F("personal_contact", "0491 570 119", ["0491 570 119"], [f"{_wp2}/2106"]),
    ],
    decoys=[
        D(f"{_wp2}/2101", "Joint job with Border Force", ["employer", "official_information", "colleague"],
          "A state police officer working alongside another agency."),
        D(f"{_wp2}/2101", "their cutter", ["work_location", "official_information"], "Another agency's vessel."),
        D(f"{_wp2}/2104", "30 kg of undersized crayfish", ["official_information"], "A state fisheries seizure."),
        D(f"{_wp2}/2104", "station jetty", ["work_location"], "Her police station, not the Department's."),
        D(f"{_wp2}/2105", "Border Security", ["employer", "official_information"], "A TV show."),
        D(_wp2, "Water copper, QPS", ["employer"], "Queensland Police, not the Department."),
    ],
)

# --- brokercakes (NEGATIVE CONTROL) --------------------------------------------------------------------------
_bk = f"{B}/members/traceybakes"
T["brokercakes"] = dict(
    name="Tracey Lum", aliases=["TraceyBakes"], band="low", rank=12,
    note="NEGATIVE CONTROL. Intended band: low. Admin at a private customs brokerage: the cargo system \"at work\",\n"
         "a client's container held by Border Force, the Department's fees and her boss are all decoys. Her own:\n"
         "Currajong, her son, a Thursday 6pm class, a friend, a private email, money tight since the divorce.",
    profiles=[("/members/traceybakes/", "html")],
    facts=[
        F("home_location", "Currajong, Townsville QLD", ["Currajong"], [f"{_bk}/t/511/"]),
        F("family", "Riley (son)", ["Riley"], [f"{_bk}/t/512/"]),
        F("routine", "Thursday 6pm sugar-flowers class, Pimlico campus", ["Thursday 6pm"], [f"{_bk}/t/513/"]),
        F("associate", "Bec Nguyen (classmate)", ["Bec Nguyen", "Bec"], [f"{_bk}/t/513/"]),
        F("personal_contact", "traceybakes@cakemail.example", ["traceybakes@cakemail.example"], [f"{_bk}/"]),
        F("vulnerability", "money tight since the divorce", ["money's been tight"], [f"{_bk}/t/514/"]),
    ],
    decoys=[
        D(f"{_bk}/t/511/", "the cargo system was down all day at work", ["systems_information"],
          "A private brokerage's view of a government system, not the Department's staff."),
        D(f"{_bk}/t/511/", "customs broker", ["employer"], "A private firm."),
        D(f"{_bk}/t/514/", "held by Border Force for an x-ray", ["official_information", "employer"],
          "A client's container, second-hand."),
        D(f"{_bk}/t/514/", "the Department's fees", ["employer", "official_information"], "Fees her boss paid."),
        D(f"{_bk}/t/514/", "my boss", ["colleague"], "A private employer."),
        D(f"{_bk}/t/515/", "Border Security", ["employer", "official_information"], "A TV show."),
    ],
)

# --- dilicrew (NEGATIVE CONTROL) -----------------------------------------------------------------------------
_a = f"{B}/blog"
T["dilicrew"] = dict(
    name="Ana Soares", aliases=["Seat 1A Stories"], band="low", rank=13,
    note="NEGATIVE CONTROL. Intended band: low. Cabin crew for a private airline: Border Force officers meeting\n"
         "her flight, the passenger card, the customs hall, a detector dog, her uniform and crew room are decoys.\n"
         "Her own: Parap (georss at home), Tuesday/Friday 6:40 sign-on, brother, crew friend.",
    profiles=[("/blog/", "html")],
    facts=[
        F("routine", "Tuesday and Friday 6:40 sign-on for the Dili turnaround", ["sign on at 6:40"],
          [f"{_a}/posts/tuesday-friday/"]),
        F("associate", "Joanna Reis (fellow cabin crew)", ["Joanna Reis", "Joanna"], [f"{_a}/posts/tuesday-friday/"]),
        F("family", "Tiago (brother)", ["Tiago"], [f"{_a}/posts/tiago/"]),
        F("home_location", "Parap, Darwin NT", ["Parap"], [f"{_a}/posts/home-balcony/", f"{_a}/feed.xml"],
          lat=-12.4296, lon=130.8421, radius_m=200),
        F("geotag", "-12.4296, 130.8421 (georss point)", ["-12.4296"], [f"{_a}/feed.xml", f"{_a}/posts/home-balcony/"],
          lat=-12.4296, lon=130.8421, radius_m=150),
    ],
    decoys=[
        D(f"{_a}/posts/arrivals/", "Border Force officers met the flight", ["employer", "official_information", "colleague"],
          "Officers she saw at work for an airline."),
        D(f"{_a}/posts/arrivals/", "incoming passenger card", ["official_information", "systems_information"],
          "A public form handed to passengers."),
        D(f"{_a}/posts/arrivals/", "customs hall", ["work_location"], "Where passengers go after landing."),
        D(f"{_a}/posts/arrivals/", "sniffer dog", ["colleague", "official_information"], "A detector dog seen in passing."),
        D(f"{_a}/posts/home-balcony/", "The crew room at the airport", ["work_location"], "An airline's crew room."),
        D(f"{_a}/", "Timor Sea Air", ["employer"], "A private airline."),
    ],
)


if __name__ == "__main__":
    write()
