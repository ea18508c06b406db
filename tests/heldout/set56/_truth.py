"""Write every set-56 persona.toml from the tables below (ground truth, judged by hand against the rendered sites).

    .venv/bin/python tests/heldout/set56/_truth.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B = "{{BASE}}"


def ap(h, n=None, status=False):
    base = f"{B}/social/@{h}"
    if n is None:
        return base
    return f"{base}/statuses/{n}" if status else f"{base}/{n}"


def post(root, slug):
    return f"{B}/{root}/posts/{slug}/"


def thread(path, tid):
    return f"{B}{path}t/{tid}/"


def F(category, value, keys, urls, **extra):
    return {"category": category, "value": value, "keys": keys, "urls": urls, **extra}


def D(url, phrase, cats, why):
    return {"url": url, "phrase": phrase, "not_categories": cats, "why": why}


P = {}

# 1 -------------------------------------------------------------------------------------------------
h = "kb_onthewater"
HOME1 = (-37.878, 147.975)
P["boardingtxt"] = dict(
    subject=dict(name="Kyle Brennan", aliases=["kb_onthewater", "@kb_onthewater", "kyle b"], risk_band="critical", rank=1),
    profiles=[("/social/@kb_onthewater", "activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["abf", "boarding team"], [ap(h)]),
        F("work_location", "Cairns (patrol boat base)", ["cairns"], [ap(h)]),
        F("routine", "28 days on, 28 off; flies out of Melbourne Sunday afternoon, on the boat Monday 0600",
          ["28 on 28 off", "sunday arvo", "monday 0600"], [ap(h, 101)]),
        F("official_information", "boarding of a foreign fishing boat: 3 tonnes of shark fin and trepang, 11 crew detained",
          ["shark fin", "crew of 11", "detained"], [ap(h, 102)]),
        F("systems_information", "patrol boat nav radar unserviceable, sat comms drop out near the Wessel Islands",
          ["nav radar", "sat comms", "handheld vhf"], [ap(h, 103)]),
        F("colleague", "Dazza (coxswain)", ["dazza"], [ap(h, 104)]),
        F("home_location", "Kalimna, Lakes Entrance VIC", ["kalimna", "lakes entrance"],
          [ap(h), ap(h, 105), ap(h, 105, True)], lat=HOME1[0], lon=HOME1[1], radius_m=150),
        F("geotag", "note placed at home, Kalimna", ["kalimna", "-37.878"], [ap(h, 105), ap(h, 105, True)],
          lat=HOME1[0], lon=HOME1[1], radius_m=150),
        F("family", "Shaz (wife)", ["shaz", "the missus"], [ap(h, 101), ap(h, 106), ap(h, 107)]),
        F("family", "Mia (daughter)", ["mia"], [ap(h, 106)]),
        F("family", "Jack (son)", ["jack"], [ap(h, 106)]),
        F("vulnerability", "gambling losses hidden from his wife (down about $6k)", ["multi went bust", "down about 6k"],
          [ap(h, 107)]),
        F("associate", "Robbo (friend)", ["robbo"], [ap(h, 108)]),
        F("personal_contact", "0491 570 214", ["0491 570 214"], [ap(h), ap(h, 109)]),
    ],
    decoys=[D(ap(h, 110), "border security", ["official_information"], "a TV show watched in the mess"),
            D(ap(h), "go the tigers", ["employer", "associate"], "a footy team")],
)

# 2 -------------------------------------------------------------------------------------------------
fp = "/tipping/u/ferris_wheel/"
P["tarmactips"] = dict(
    subject=dict(name="Liam Ferris", aliases=["ferris_wheel"], risk_band="critical", rank=2),
    profiles=[(fp, "html")],
    facts=[
        F("employer", "Australian Border Force", ["Border Force", "abf.gov.au"], [f"{B}{fp}", thread(fp, 301)]),
        F("corporate_identifier", "liam.ferris@abf.gov.au", ["liam.ferris@abf.gov.au"], [f"{B}{fp}"]),
        F("work_location", "Sydney Airport (tarmac)", ["Sydney Airport", "tarmac"], [thread(fp, 301), thread(fp, 302)]),
        F("official_information", "aircraft searches: 6 kilos of cocaine behind a galley panel", ["6 kilos", "galley panel", "rummaged"],
          [thread(fp, 301)]),
        F("routine", "drives Mudgee to Mascot Sunday afternoons; 5am starts Monday to Thursday",
          ["every Sunday arvo", "5am starts"], [thread(fp, 302)]),
        F("home_location", "Mudgee NSW (weeknights in Mascot)", ["Mudgee", "Mascot"], [thread(fp, 302), thread(fp, 305)]),
        F("colleague", "Bianca (team leader)", ["Bianca"], [thread(fp, 303)]),
        F("vulnerability", "gambling: down $2,400 on multis, hidden from his wife", ["$2,400", "multis", "three apps"],
          [thread(fp, 304)]),
        F("family", "Kerrie (wife)", ["Kerrie"], [thread(fp, 304), thread(fp, 307)]),
        F("family", "Hamish (son)", ["Hamish"], [thread(fp, 305)]),
        F("systems_information", "trace detectors faulting; rummage-checklist iPads won't sync with the server",
          ["trace detectors", "won't sync", "iPads"], [thread(fp, 306)]),
        F("associate", "Glenn Hart (friend)", ["Glenn Hart", "Tubby"], [thread(fp, 307)]),
    ],
    decoys=[D(thread(fp, 307), "department store", ["employer"], "a loyalty card"),
            D(thread(fp, 301), "Cowboys", ["employer", "associate"], "a footy team")],
)

# 3 -------------------------------------------------------------------------------------------------
HOME3 = (-36.358, 146.318)
P["cookingforone"] = dict(
    subject=dict(name="Simon Halloran", aliases=["Dinner for One (Wang Edition)"], risk_band="high", rank=3),
    profiles=[("/blog/", "html")],
    facts=[
        F("employer", "Department of Home Affairs (contract manager, detention services)",
          ["Department of Home Affairs", "Contract Manager, Detention Services"], [f"{B}/blog/"]),
        F("home_location", "Wangaratta VIC (unit near the King River)", ["Wangaratta", "King River"],
          [f"{B}/blog/", post("blog", "verandah-lamb")], lat=HOME3[0], lon=HOME3[1], radius_m=150),
        F("geotag", "georss point on the verandah post, at home", ["Wangaratta"], [post("blog", "verandah-lamb")],
          lat=HOME3[0], lon=HOME3[1], radius_m=150),
        F("vulnerability", "recent separation, lost the house, not sleeping", ["in the settlement", "not sleeping much"],
          [post("blog", "bolognese-for-one")]),
        F("family", "Karen (ex-wife)", ["Karen"], [post("blog", "bolognese-for-one")]),
        F("family", "Matilda (daughter)", ["Matilda"], [post("blog", "girls-weekend")]),
        F("family", "Grace (daughter)", ["Grace"], [post("blog", "girls-weekend")]),
        F("routine", "every second Tuesday leaves Wangaratta at 5am for the Canberra office, back Wednesday night",
          ["every second Tuesday", "leave Wang at 5am"], [post("blog", "thermos-soup")]),
        F("official_information", "detention services contract renegotiation; $1.8m abatements for missed welfare checks",
          ["detention services contract", "$1.8m", "abatements"], [post("blog", "toast-week")]),
        F("official_contact", "02 5550 7731 (desk line)", ["02 5550 7731"], [post("blog", "toast-week")]),
        F("systems_information", "contract register 'Clunky' lost variation notices in a server migration",
          ["Clunky", "contract register", "new server"], [post("blog", "risotto-and-clunky")]),
        F("colleague", "Ngaire Tapsell (director)", ["Ngaire Tapsell", "Ngaire"], [post("blog", "ngaire-lasagne")]),
    ],
    decoys=[D(post("blog", "risotto-and-clunky"), "department store", ["employer"], "a shop"),
            D(post("blog", "thermos-soup"), "dog on the tuckerbox", ["associate", "family"], "a roadside statue")],
)

# 4 -------------------------------------------------------------------------------------------------
h = "leanne_pandc"
P["lamingtons"] = dict(
    subject=dict(name="Leanne Kovac", aliases=["leanne_pandc", "@leanne_pandc", "Leanne K"], risk_band="high", rank=4),
    profiles=[("/social/@leanne_pandc", "activitypub")],
    facts=[
        F("employer", "Department of Home Affairs (payroll)", ["Home Affairs", "payroll"], [ap(h), ap(h, 403)]),
        F("corporate_identifier", "leanne.kovac@homeaffairs.gov.au", ["leanne.kovac@homeaffairs.gov.au"], [ap(h)]),
        F("home_location", "Templar St, Forbes NSW", ["Templar St", "Forbes"], [ap(h, 401), ap(h)]),
        F("personal_contact", "0491 570 388", ["0491 570 388"], [ap(h, 401)]),
        F("family", "Ruby (daughter)", ["Ruby"], [ap(h, 402)]),
        F("family", "Sam (son)", ["Sam"], [ap(h, 402)]),
        F("family", "Tilly (daughter)", ["Tilly"], [ap(h, 402)]),
        F("family", "Dean (husband)", ["Dean", "hubby"], [ap(h, 407)]),
        F("systems_information", "payroll system 'the Beast' fell over in pay week; overtime keyed by hand",
          ["the Beast", "fell over"], [ap(h, 403)]),
        F("official_information", "140 officers at one airport overpaid for two years; recovery letters Monday",
          ["overpaid 140 officers", "recovery letters"], [ap(h, 404)]),
        F("routine", "school canteen duty Fridays 8:30 to 11", ["Fridays 8:30 to 11", "canteen duty"], [ap(h, 405)]),
        F("associate", "Jodie Marr (friend)", ["Jodie Marr", "Jodie"], [ap(h, 406)]),
    ],
    decoys=[D(ap(h, 408), "department store", ["employer"], "a raffle voucher"),
            D(ap(h, 408), "border collie", ["employer", "official_information"], "a plush toy")],
)

# 5 -------------------------------------------------------------------------------------------------
h = "riseandgrind_tanya"
HOME5 = (-36.551, 145.984)
photo5 = [f"{B}/media/verandah-coffee.jpg", ap(h, 505), f"{B}/media/roses.jpg", ap(h, 508)]
P["gatewayquotes"] = dict(
    subject=dict(name="Tanya Whitford", aliases=["riseandgrind_tanya", "@riseandgrind_tanya"], risk_band="high", rank=5),
    profiles=[("/social/@riseandgrind_tanya", "activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["Border Force"], [ap(h, 502)]),
        F("work_location", "mail gateway, Tullamarine (Melbourne)", ["mail gateway", "Tullamarine"], [ap(h, 501)]),
        F("routine", "3:40am alarm, drives the Hume to Tullamarine for a 6am start, four on four off",
          ["3:40 alarm", "6am start", "Four on, four off"], [ap(h, 501)]),
        F("official_information", "40 parcels of fake Xanax on the x-ray, one addressed to a primary school",
          ["fake Xanax", "40 parcels"], [ap(h, 502)]),
        F("systems_information", "line 3 x-ray rebooting; parcel tracking system down", ["rebooted six times",
          "parcel tracking system"], [ap(h, 503)]),
        F("vulnerability", "grievance: passed over for supervisor again", ["Missed the supervisor round",
          "wonder why I bother"], [ap(h, 504)]),
        F("home_location", "Benalla VIC (home, from photo GPS)", ["Benalla"], photo5, lat=HOME5[0], lon=HOME5[1],
          radius_m=150),
        F("geotag", "two verandah/garden photos with GPS at home", ["Benalla"], photo5, lat=HOME5[0], lon=HOME5[1],
          radius_m=150),
        F("family", "Kirsten (sister)", ["Kirsten"], [ap(h, 506)]),
        F("colleague", "Priya (colleague)", ["Priya"], [ap(h, 507)]),
    ],
    decoys=[D(ap(h, 509), "Border Security", ["official_information", "colleague"], "a TV show")],
)

# 6 -------------------------------------------------------------------------------------------------
P["gigdiary"] = dict(
    subject=dict(name="Marcus Dunleavy", aliases=["Dunleavy Does Ten Minutes"], risk_band="moderate", rank=6),
    profiles=[("/gigs/", "html")],
    facts=[
        F("employer", "Australian Border Force (recruit trainer)", ["Border Force", "ABF recruit college"],
          [post("gigs", "manning-open-mic"), post("gigs", "new-intake")]),
        F("routine", "Thursday open mic, Manning Hotel, 8pm; flies to Canberra Mondays, home Friday nights",
          ["every Thursday", "8pm", "Fly down Monday mornings"],
          [post("gigs", "manning-open-mic"), post("gigs", "new-intake")]),
        F("work_location", "ABF recruit college, Canberra", ["recruit college in Canberra"], [post("gigs", "new-intake")]),
        F("official_information", "recruit intake of 48: three washed out on firearms, one failed a drug test",
          ["48 in the new intake", "failed the drug test", "firearms shoot"], [post("gigs", "new-intake")]),
        F("colleague", "Donna Keel (co-trainer)", ["Donna Keel", "Donna"], [post("gigs", "donna")]),
        F("associate", "Tash Okoro (friend)", ["Tash Okoro", "Tash"], [post("gigs", "port-opener")]),
        F("family", "Remy (partner)", ["Remy"], [post("gigs", "remy-review")]),
        F("home_location", "Victoria Street, Taree NSW (flat above the bakery)", ["Victoria Street, Taree", "above the bakery"],
          [post("gigs", "remy-review")]),
        F("personal_contact", "marcus.laughs@gigmail.example", ["marcus.laughs@gigmail.example"], [post("gigs", "bookings")]),
    ],
    decoys=[D(post("gigs", "bookings"), "department store", ["employer"], "a Christmas party gig")],
)

# 7 -------------------------------------------------------------------------------------------------
PARKES = (-33.124, 148.176)
vposts = ["parkes-dish", "forbes-phone-call", "lexie-and-the-token", "home-week", "grandson", "cargelligo"]
P["caravandraft"] = dict(
    subject=dict(name="Roslyn Abernethy", aliases=["Ros", "Ros and Col Go Bush"], risk_band="moderate", rank=7),
    profiles=[("/vanlog/", "html")],
    facts=[
        F("corporate_identifier", "roslyn.abernethy@homeaffairs.gov.au (feed author)", ["roslyn.abernethy@homeaffairs.gov.au"],
          [f"{B}/vanlog/feed.xml", f"{B}/vanlog/"] + [post("vanlog", s) for s in vposts]),
        F("employer", "Department of Home Affairs (legislation drafter)", ["Home Affairs", "drafter"],
          [post("vanlog", "forbes-phone-call"), post("vanlog", "cargelligo")]),
        F("official_information", "Migration Amendment bill to the Senate in the spring sittings; character-test clause redrafted",
          ["Migration Amendment bill", "character-test clause", "spring sittings"], [post("vanlog", "forbes-phone-call")]),
        F("systems_information", "drafting system 'Lexie' needs the secure token; won't open over public wifi",
          ["Lexie", "secure token"], [post("vanlog", "lexie-and-the-token")]),
        F("routine", "Tuesdays and Wednesdays in the Canberra office, leaving at 5:30 on the Lachlan Valley Way",
          ["Tuesdays and Wednesdays", "5:30"], [post("vanlog", "home-week")]),
        F("home_location", "Cowra NSW", ["Cowra"], [post("vanlog", "home-week")]),
        F("geotag", "georss point at the Parkes caravan park", ["Parkes"], [post("vanlog", "parkes-dish")],
          lat=PARKES[0], lon=PARKES[1], radius_m=300),
        F("family", "Col (husband)", ["Col"], [post("vanlog", "parkes-dish"), post("vanlog", "home-week")]),
        F("family", "Ollie (grandson)", ["Ollie"], [post("vanlog", "grandson")]),
        F("colleague", "Tom Venables (branch head)", ["Tom Venables", "Tom"], [post("vanlog", "cargelligo")]),
    ],
    decoys=[D(post("vanlog", "grandson"), "border collie", ["employer", "official_information"], "a dog at a campsite")],
)

# 8 -------------------------------------------------------------------------------------------------
h = "anh_translates"
pp = f"{B}/members/anh-pham"
P["tablelandhistory"] = dict(
    subject=dict(name="Anh Pham", aliases=["anh_translates", "@anh_translates"], risk_band="moderate", rank=8),
    profiles=[("/members/anh-pham", "html"), ("/social/@anh_translates", "activitypub")],
    facts=[
        F("employer", "Department of Home Affairs (translator)", ["Department of Home Affairs"], [pp]),
        F("home_location", "Atherton QLD", ["Atherton"], [pp]),
        F("family", "Duc (husband)", ["Duc"], [pp]),
        F("family", "Minh (son)", ["Minh"], [pp]),
        F("routine", "Tuesday mornings from 10 at the society's reading room", ["every Tuesday morning from 10"], [pp]),
        F("personal_contact", "anh.pham@tableland.example", ["anh.pham@tableland.example"], [pp]),
        F("official_information", "translated 300 pages of seized ledgers for a visa-fraud case",
          ["seized ledgers", "visa-fraud case"], [ap(h, 801)]),
        F("systems_information", "secure translation portal logs out every 15 minutes; token app broken after update",
          ["secure portal", "token app"], [ap(h, 802)]),
        F("official_contact", "anh.pham@homeaffairs.gov.au", ["anh.pham@homeaffairs.gov.au"], [ap(h, 803)]),
        F("associate", "Lorraine Beattie (friend)", ["Lorraine Beattie", "Lorraine"], [ap(h, 804)]),
    ],
    decoys=[D(ap(h, 805), "Border Security", ["employer", "official_information"], "a TV show"),
            D(pp, "Chinese Temple", ["work_location"], "a heritage site she volunteers at")],
)

# 9 -------------------------------------------------------------------------------------------------
jp = "/community/u/jteale_firsthome/"
P["firsthomeingham"] = dict(
    subject=dict(name="Jordan Teale", aliases=["jteale_firsthome"], risk_band="moderate", rank=9),
    profiles=[(jp, "html")],
    facts=[
        F("employer", "Australian Border Force", ["the ABF"], [thread(jp, 9101)]),
        F("work_location", "Townsville Airport", ["Townsville Airport", "the airport"], [thread(jp, 9101), thread(jp, 9103)]),
        F("home_location", "Ingham QLD (renting)", ["Ingham"], [thread(jp, 9101), thread(jp, 9103)]),
        F("vulnerability", "financial stress: low pre-approval, HECS, car loan, $11k credit-card debt",
          ["$11k on the credit card", "stressing", "car loan"], [thread(jp, 9102)]),
        F("routine", "6am-2pm earlies Monday to Friday, leaves Ingham at 4:15", ["6am to 2pm", "4:15"], [thread(jp, 9103)]),
        F("family", "Kai (partner)", ["Kai"], [thread(jp, 9104)]),
        F("colleague", "Shane Pirie (workmate)", ["Shane Pirie", "Shane"], [thread(jp, 9105)]),
        F("official_information", "2kg of ice found in a passenger's checked bag", ["2kg of ice", "checked bag"],
          [thread(jp, 9106)]),
    ],
    decoys=[D(thread(jp, 9107), "department store", ["employer"], "wardrobes")],
)

# 10 ------------------------------------------------------------------------------------------------
h = "olly_birds"
P["mareebabirds"] = dict(
    subject=dict(name="Oliver Ngata", aliases=["olly_birds", "@olly_birds", "Olly"], risk_band="moderate", rank=10),
    profiles=[("/social/@olly_birds", "activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["Border Force"], [ap(h, 1001)]),
        F("work_location", "Cairns seaport (wharves)", ["Cairns wharves", "seaport"], [ap(h, 1001), ap(h, 1005)]),
        F("routine", "Sundays at 6am at Mareeba Wetlands", ["every Sunday at 6"], [ap(h, 1002)]),
        F("associate", "Terry Ruhle (friend)", ["Terry Ruhle", "Terry"], [ap(h, 1002)]),
        F("home_location", "a block off Chewko Road, Mareeba", ["Chewko Road"], [ap(h, 1003)]),
        F("official_information", "boarded a yacht from PNG: undeclared bird skins, skipper's statement taken",
          ["undeclared bird skins", "skipper's statement"], [ap(h, 1004)]),
        F("official_contact", "02 5550 4419 (seaport office)", ["02 5550 4419"], [ap(h, 1005)]),
    ],
    decoys=[D(ap(h, 1004), "Biosecurity", ["colleague"], "another agency")],
)

# 11 control ----------------------------------------------------------------------------------------
h = "brodie_ramp"
HOME11 = (-27.401, 153.060)
ph11 = [f"{B}/media/backyard-footy.jpg", ap(h, 1103)]
P["rampbne"] = dict(
    subject=dict(name="Brodie Kaan", aliases=["brodie_ramp", "@brodie_ramp"], risk_band="low", rank=11),
    profiles=[("/social/@brodie_ramp", "activitypub")],
    facts=[
        F("home_location", "Nundah, Brisbane", ["Nundah"], [ap(h), ap(h, 1101)] + ph11, lat=HOME11[0], lon=HOME11[1],
          radius_m=150),
        F("geotag", "backyard photo with GPS at home", ["backyard"], ph11, lat=HOME11[0], lon=HOME11[1], radius_m=150),
        F("routine", "4am starts Tuesday to Saturday; 5am bus from Nundah station", ["4am starts", "Tuesday to Saturday"],
          [ap(h, 1101)]),
        F("family", "Lily (daughter)", ["Lily"], [ap(h, 1103)]),
        F("associate", "Hemi Walker (friend)", ["Hemi Walker", "Hemi"], [ap(h, 1105)]),
        F("personal_contact", "0491 570 562", ["0491 570 562"], [ap(h, 1106)]),
    ],
    decoys=[
        D(ap(h, 1102), "Border Force dog", ["employer", "colleague", "official_information"], "something he saw at work"),
        D(ap(h, 1104), "customs hold", ["employer", "official_information"], "a freight delay at his airline job"),
        D(ap(h, 1105), "Border Security", ["employer", "official_information"], "a TV show"),
        D(ap(h, 1107), "Qantas", ["employer"], "his employer is an airline, not the Department"),
        D(ap(h), "BNE international", ["work_location"], "an airline's ramp, not a Departmental site"),
    ],
)

# 12 control ----------------------------------------------------------------------------------------
HOME12 = (-37.829, 147.637)
P["dadsshed"] = dict(
    subject=dict(name="Nicole Varga", aliases=["Dad's Shed", "Nic"], risk_band="low", rank=12),
    profiles=[("/shed/", "html")],
    facts=[
        F("family", "Ron (father)", ["Ron", "Dad"], [post("shed", "thirty-one-years"), post("shed", "sunday-roast")]),
        F("family", "Pete (husband)", ["Pete"], [post("shed", "sunday-roast")]),
        F("routine", "Sunday roast at her father's every week at 12:30", ["every week at 12:30"], [post("shed", "sunday-roast")]),
        F("home_location", "Eastwood, Bairnsdale VIC", ["Eastwood", "Bairnsdale"], [post("shed", "our-veggie-patch")],
          lat=HOME12[0], lon=HOME12[1], radius_m=150),
        F("geotag", "georss point on the veggie-patch post, at home", ["Eastwood"], [post("shed", "our-veggie-patch")],
          lat=HOME12[0], lon=HOME12[1], radius_m=150),
        F("personal_contact", "nic.varga@mailbox.example", ["nic.varga@mailbox.example"], [post("shed", "old-workmates")]),
        F("vulnerability", "made redundant; money tight, credit card not fine", ["made redundant", "money's been tight"],
          [post("shed", "made-redundant")]),
        F("associate", "Sue Maddock (friend)", ["Sue Maddock", "Sue"], [post("shed", "sue-and-the-shed")]),
    ],
    decoys=[
        D(post("shed", "thirty-one-years"), "Border Force", ["employer"], "her retired father's old job"),
        D(post("shed", "thirty-one-years"), "heroin in the surfboards", ["official_information"], "her father's old war story"),
        D(post("shed", "old-workmates"), "at the Department", ["employer", "colleague"], "her father's former workplace"),
        D(post("shed", "sue-and-the-shed"), "Border Force cap", ["employer"], "a keepsake of her father's"),
        D(post("shed", "sue-and-the-shed"), "seized-goods photos", ["official_information"], "old training-course photos"),
    ],
)

# 13 control ----------------------------------------------------------------------------------------
lp = "/boards/members/lucinda_hm/"
HOME13 = (-18.583, 146.285)
P["lucindaharbour"] = dict(
    subject=dict(name="Gary Mulcahy", aliases=["lucinda_hm"], risk_band="low", rank=13),
    profiles=[(lp, "html")],
    facts=[
        F("home_location", "Halifax QLD", ["Halifax"], [thread(lp, 7703), f"{B}/media/shed-tinnie.jpg"],
          lat=HOME13[0], lon=HOME13[1], radius_m=150),
        F("geotag", "photo of the tinnie in his shed, GPS at home", ["shed-tinnie"], [f"{B}/media/shed-tinnie.jpg",
          thread(lp, 7703)], lat=HOME13[0], lon=HOME13[1], radius_m=150),
        F("routine", "every morning at 6 walks the Halifax boat ramp", ["Every morning at 6"], [thread(lp, 7702)]),
        F("family", "Deb (wife)", ["Deb"], [thread(lp, 7703)]),
        F("associate", "Col Brandt (fishing mate)", ["Col Brandt", "Bluey"], [thread(lp, 7704)]),
        F("personal_contact", "02 5550 6612", ["02 5550 6612"], [thread(lp, 7705)]),
    ],
    decoys=[
        D(thread(lp, 7701), "customs clearance", ["official_information"], "a ship's paperwork at his port"),
        D(thread(lp, 7701), "Border Force came aboard", ["employer", "official_information"], "visitors to a ship"),
        D(thread(lp, 7704), "biosecurity officer", ["colleague", "associate"], "a stranger at the ramp"),
        D(thread(lp, 7706), "The department", ["employer"], "the state transport department"),
        D(f"{B}{lp}", "Harbour master", ["employer"], "a port's employee, not the Department's"),
    ],
)


def q(v):
    return json.dumps(v, ensure_ascii=False)


def write(name: str, p: dict) -> None:
    s = p["subject"]
    out = [f"# Ground truth for set-56 persona {name!r} (FICTIONAL). Written by _truth.py.", "",
           "[subject]", f"name = {q(s['name'])}", f"aliases = {q(s['aliases'])}", 'organisation = "dibp"',
           f"risk_band = {q(s['risk_band'])}", f"rank = {s['rank']}", ""]
    for path, plat in p["profiles"]:
        out += ["[[profiles]]", f"path = {q(path)}", f"platform = {q(plat)}", ""]
    for f in p["facts"]:
        out += ["[[facts]]"] + [f"{k} = {q(v)}" for k, v in f.items()] + [""]
    for d in p["decoys"]:
        out += ["[[decoys]]"] + [f"{k} = {q(v)}" for k, v in d.items()] + [""]
    (HERE / name / "persona.toml").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    from collections import Counter
    c = Counter()
    for n, p in P.items():
        write(n, p)
        c.update(f["category"] for f in p["facts"])
    print(sum(c.values()), dict(sorted(c.items())))
