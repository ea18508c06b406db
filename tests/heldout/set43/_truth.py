"""Ground truth of set 43, one table; writes each persona's persona.toml. Run from the repo root:

    python tests/heldout/set43/_truth.py

Every person is FICTIONAL. `rank` 1 is the most exposed; ranks 11-13 are the negative controls.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B = "{{BASE}}"


def F(category, value, keys, urls, lat=None, lon=None, radius_m=None):
    fact = {"category": category, "value": value, "keys": keys, "urls": urls}
    if lat is not None:
        fact.update(lat=lat, lon=lon, radius_m=radius_m or 150)
    return fact


def D(url, phrase, cats, why):
    return {"url": url, "phrase": phrase, "not_categories": cats, "why": why}


def ap(h, n=None):
    return f"{B}/social/@{h}" + (f"/{n}" if n is not None else "")


def st(h, n):
    return f"{B}/social/@{h}/statuses/{n}"


# --- paybreak -----------------------------------------------------------------------------------
P = f"{B}/blog/posts"
PB_POSTS = [f"{P}/{s}/" for s in ("the-cliff", "the-club", "what-recovery-looks-like", "going-back")]
PB_HOME = (-35.1595, 149.1135)
paybreak = dict(
    subject=dict(name="Leonie Szabo", aliases=["leoszabo", "@leoszabo"], risk_band="critical", rank=1),
    profiles=[dict(path="/blog/", platform="html"), dict(path="/social/@leoszabo", platform="activitypub")],
    facts=[
        F("employer", "Department of Home Affairs (payroll team)", ["Home Affairs", "payroll team"], [f"{P}/the-cliff/"]),
        F("work_location", "Home Affairs office, Belconnen", ["Belconnen office", "Belconnen"], [f"{P}/going-back/"]),
        F("colleague", "Suresh (manager)", ["Suresh"], [f"{P}/going-back/"]),
        F("official_information", "340 Border Force officers underpaid shift penalties; remediation",
          ["340 Border Force officers", "underpaid their shift penalties", "remediation"], [f"{P}/the-cliff/"]),
        F("systems_information", "Payroll system 'the Abacus': manual re-keying, audit log can be switched off",
          ["Abacus", "audit log", "re-keyed by hand"], [f"{P}/the-cliff/", ap("leoszabo", 7103)]),
        F("vulnerability", "Gambling on the pokies; $31,000 mortgage redraw and card cash advances",
          ["pokies", "$31,000", "cash advance"], [f"{P}/the-club/"]),
        F("vulnerability", "Relationship breakdown: husband moved out", ["Mark moved out", "moved out"],
          [f"{P}/the-club/"]),
        F("family", "Mark (husband)", ["Mark"], [f"{P}/the-club/"]),
        F("family", "Isla (daughter)", ["Isla"], [f"{P}/what-recovery-looks-like/", ap("leoszabo", 7101)]),
        F("family", "Finn (son)", ["Finn"], [f"{P}/what-recovery-looks-like/", ap("leoszabo", 7101),
                                             ap("leoszabo", 7102)]),
        F("home_location", "Moncrieff ACT", ["Moncrieff"], [f"{P}/what-recovery-looks-like/", f"{B}/blog/feed.xml"],
          *PB_HOME),
        F("geotag", "georss point at home, Moncrieff ACT", ["-35.1595 149.1135"],
          [f"{B}/blog/feed.xml", f"{P}/what-recovery-looks-like/"], *PB_HOME),
        F("routine", "7:12 weekday bus; Thursday 5:30 meeting", ["7:12", "Thursday at 5:30"],
          [f"{P}/what-recovery-looks-like/"]),
        F("associate", "Bec Tolhurst (friend)", ["Bec Tolhurst", "Bec"], [f"{P}/what-recovery-looks-like/"]),
        F("personal_contact", "Signal leoszabo.77", ["leoszabo.77"], [ap("leoszabo")]),
        F("corporate_identifier", "leonie.szabo@homeaffairs.gov.au", ["leonie.szabo@homeaffairs.gov.au"],
          [f"{B}/blog/feed.xml", f"{B}/blog/"] + PB_POSTS),
    ],
    decoys=[
        D(ap("leoszabo", 7102), "Border Security", ["employer", "official_information"], "A TV show watched with her son."),
        D(ap("leoszabo", 7104), "department store", ["employer", "work_location"], "A shop."),
        D(f"{P}/the-club/", "Queanbeyan", ["home_location"], "Where her husband's brother lives, not her home."),
    ],
)

# --- nightwatch ---------------------------------------------------------------------------------
NW = "tamsin_a"
NW_HOME = (-35.2480, 149.1275)
nightwatch = dict(
    subject=dict(name="Tamsin Akers", aliases=["tamsin_a", "@tamsin_a", "tamsin"], risk_band="critical", rank=2),
    profiles=[dict(path="/social/@tamsin_a", platform="activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["ABF"], [ap(NW, 6003)]),
        F("work_location", "Border Operations Centre (BOC)", ["BOC"], [ap(NW, 6003)]),
        F("routine", "Rotating roster: 2 days, 2 nights, 4 off, 0700 start",
          ["2 days, 2 nights, 4 off", "0700 start"], [ap(NW, 6001)]),
        F("routine", "Thursday 1800 climbing in Mitchell", ["Thursday 1800"], [ap(NW, 6009)]),
        F("official_information", "SIEV off Ashmore on a night watch", ["SIEV off Ashmore", "SIEV"], [ap(NW, 6002)]),
        F("official_information", "Helicopter diverted for a medevac off the Kimberley; cutter held on station",
          ["medevac", "held the cutter on station"], [ap(NW, 6010)]),
        F("systems_information", "'The Wall' froze: 40 minutes with no maritime picture",
          ["The Wall", "maritime picture"], [ap(NW, 6004)]),
        F("systems_information", "Radio consoles patched without notice; Darwin channel lost",
          ["radio consoles", "Darwin channel"], [ap(NW, 6012)]),
        F("colleague", "Jo Pettifer (watch commander)", ["Jo Pettifer"], [ap(NW, 6005)]),
        F("family", "Lachie (son)", ["Lachie"], [ap(NW, 6006), ap(NW, 6011)]),
        F("associate", "Noor (climbing friend)", ["noorclimbs", "Noor"], [ap(NW, 6009)]),
        F("home_location", "Lyneham ACT", ["Lyneham"], [ap(NW, 6007), st(NW, 6007)], *NW_HOME),
        F("geotag", "Place-tagged note at home, Lyneham ACT", ["Lyneham"], [ap(NW, 6007), st(NW, 6007)], *NW_HOME),
        F("vulnerability", "Sleeping pills with alcohol; isolation", ["zopiclone", "Nine days"],
          [ap(NW, 6008), ap(NW, 6014)]),
        F("vulnerability", "Rent stress on one wage", ["$640 a week", "One wage"], [ap(NW, 6013)]),
        F("personal_contact", "Telegram t.me/tamsinakers", ["t.me/tamsinakers", "tamsinakers"], [ap(NW)]),
    ],
    decoys=[
        D(ap(NW, 6011), "border collie", ["employer"], "Her son pretending to be a dog."),
        D(ap(NW, 6015), "Border Security", ["employer", "official_information"], "A TV show."),
    ],
)

# --- cefforks -----------------------------------------------------------------------------------
T = f"{B}/forum/u/hq_brodie/t"
CF_HOME = (-34.7115, 138.6705)
CF_PHOTO_URLS = [f"{B}/media/hq-rims.jpg", f"{T}/302/", f"{B}/media/hq-engine.jpg", f"{T}/306/"]
cefforks = dict(
    subject=dict(name="Brodie Kettering", aliases=["HQ_Brodie", "hq_brodie"], risk_band="high", rank=3),
    profiles=[dict(path="/forum/u/hq_brodie/", platform="html")],
    facts=[
        F("employer", "Australian Border Force", ["Border Force"], [f"{T}/301/"]),
        F("work_location", "Container examination facility (CEF), Wingfield", ["Wingfield", "CEF"], [f"{T}/301/"]),
        F("routine", "Weekdays 6 till 2:30; first-Saturday cruise 8:30am at Gepps Cross",
          ["6 till 2:30", "8:30am"], [f"{T}/301/", f"{T}/305/"]),
        F("home_location", "Elizabeth Park SA", ["Elizabeth Park"], [f"{T}/301/"] + CF_PHOTO_URLS, *CF_HOME),
        F("geotag", "EXIF GPS at home in two photos", ["hq-rims.jpg", "hq-engine.jpg"], CF_PHOTO_URLS, *CF_HOME),
        F("family", "Kayla (wife)", ["Kayla", "missus"], [f"{T}/301/", f"{T}/302/", f"{T}/303/"]),
        F("family", "Jax (child)", ["Jax"], [f"{T}/301/"]),
        F("family", "Ruby (child)", ["Ruby"], [f"{T}/301/"]),
        F("vulnerability", "$38k in car and personal loans, Afterpay maxed, sports multis",
          ["$38k", "Afterpay", "Sports multis"], [f"{T}/303/"]),
        F("official_information", "600 kg of loose tobacco in hollow pallets declared as tiles",
          ["600 kilos of loose tobacco", "Chop chop", "hollow"], [f"{T}/304/"]),
        F("systems_information", "Container x-ray broken three weeks; 200-container backlog",
          ["big x-ray", "broke three weeks", "backlog"], [f"{T}/304/"]),
        F("colleague", "Kerry (team leader)", ["Kerry"], [f"{T}/304/"]),
        F("associate", "Jarrod Spurling (club mate)", ["Jarrod Spurling", "Spud"], [f"{T}/305/"]),
        F("personal_contact", "0491 570 214", ["0491 570 214"], [f"{T}/306/"]),
        F("corporate_identifier", "b.kettering@abf.gov.au", ["b.kettering@abf.gov.au"], [f"{T}/307/"]),
    ],
    decoys=[
        D(f"{T}/306/", "Customs Holden badges", ["employer"], "Car badges for sale."),
        D(f"{T}/305/", "Gepps Cross", ["home_location", "work_location"], "The cruise meeting point."),
    ],
)

# --- riskmodel ----------------------------------------------------------------------------------
RP = f"{B}/speakers/priyanka-venn"
RV = "pvenn"
riskmodel = dict(
    subject=dict(name="Priyanka Venn", aliases=["pvenn", "@pvenn"], risk_band="high", rank=4),
    profiles=[dict(path="/speakers/priyanka-venn", platform="html"), dict(path="/social/@pvenn", platform="activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["Australian Border Force", "Risk Profiling"], [RP]),
        F("official_contact", "priyanka.venn@abf.gov.au", ["priyanka.venn@abf.gov.au"], [RP]),
        F("work_location", "National Border Targeting Centre, Canberra", ["National Border Targeting Centre"], [RP]),
        F("official_information", "Cash-courier risk profile on the Kuala Lumpur route, about 8% hit rate",
          ["Kuala Lumpur route", "8 per cent", "one-way tickets"], [RP]),
        F("systems_information", "Targeting models on Python 3.6 on an un-upgradable Hadoop cluster ('the Cellar')",
          ["Python 3.6", "Hadoop", "the Cellar"], [RP]),
        F("routine", "Drives the Hume Highway at 6:40 on Tuesdays and Thursdays", ["6:40", "Tuesdays and Thursdays"],
          [ap(RV, 8101)]),
        F("family", "Aisha (partner)", ["Aisha"], [ap(RV, 8102)]),
        F("home_location", "Goulburn NSW", ["Goulburn"], [RP, ap(RV, 8102)]),
        F("vulnerability", "Grievance: passed over in three EL1 rounds", ["Third EL1 round", "why I bother"],
          [ap(RV, 8103)]),
        F("associate", "Tom Nguyen-Hale (co-organiser)", ["Tom Nguyen-Hale"], [ap(RV, 8105)]),
        F("personal_contact", "p.venn@postbox.example", ["p.venn@postbox.example"], [ap(RV)]),
    ],
    decoys=[
        D(ap(RV, 8104), "risk profile", ["official_information"], "Her car insurance."),
    ],
)

# --- artcounsel ---------------------------------------------------------------------------------
AC = f"{B}/youth/leaders/losa"
LT = "losa_t"
artcounsel = dict(
    subject=dict(name="Losaline Taufa", aliases=["Losa", "losa_t", "@losa_t"], risk_band="high", rank=5),
    profiles=[dict(path="/youth/leaders/losa", platform="html"), dict(path="/social/@losa_t", platform="activitypub")],
    facts=[
        F("employer", "Department of Home Affairs (legal officer)", ["Department of Home Affairs"], [AC]),
        F("work_location", "Home Affairs Melbourne office", ["Melbourne office"], [ap(LT, 9103)]),
        F("official_information", "s501 revocation matters at the ART; a Federal Court appeal",
          ["s501 revocation", "the member reserved", "Federal Court appeal"], [ap(LT, 9101), ap(LT, 9103)]),
        F("colleague", "Marcus Bell (director)", ["Marcus Bell"], [ap(LT, 9103)]),
        F("systems_information", "Case management system LEX on a 2011 Java plugin, logging users out",
          ["LEX", "Java plugin", "case system"], [ap(LT, 9104)]),
        F("family", "Sione (husband)", ["Sione"], [AC, ap(LT, 9102)]),
        F("family", "Ana (daughter)", ["Ana"], [AC]),
        F("family", "Viliami (son)", ["Viliami"], [AC]),
        F("routine", "Friday youth night, 7pm to 9:30pm, church hall", ["Friday youth night", "7pm to 9:30pm"], [AC]),
        F("home_location", "Tarneit VIC", ["Tarneit"], [AC]),
        F("associate", "Tevita Moala (co-leader)", ["Tevita Moala"], [AC]),
        F("personal_contact", "0491 570 388", ["0491 570 388"], [AC]),
    ],
    decoys=[
        D(ap(LT, 9102), "tribunal", ["official_information"], "A football club's tribunal."),
        D(ap(LT, 9105), "detention", ["official_information"], "Phones confiscated at youth camp."),
    ],
)

# --- buildingfm ---------------------------------------------------------------------------------
G = f"{B}/board/u/gav_pryor/t"
buildingfm = dict(
    subject=dict(name="Gavin Pryor", aliases=["gav_pryor"], risk_band="high", rank=6),
    profiles=[dict(path="/board/u/gav_pryor/", platform="html")],
    facts=[
        F("employer", "Department of Home Affairs (facilities manager)", ["Home Affairs building", "facilities manager"],
          [f"{G}/501/"]),
        F("work_location", "Home Affairs building, Perth CBD",
          ["Home Affairs building in the city", "government building in the CBD"], [f"{G}/501/", f"{G}/502/"]),
        F("official_contact", "0491 570 902 (work mobile)", ["0491 570 902"], [f"{G}/502/"]),
        F("systems_information", "Swipe access fails open on power loss; level 4 and comms room unlocked",
          ["swipe system", "fails open", "comms room"], [f"{G}/503/"]),
        F("official_information", "Border Force enforcement team and its firearms safe moving to level 6",
          ["enforcement team", "firearms safe"], [f"{G}/506/"]),
        F("home_location", "Byford WA", ["Byford"], [f"{B}/board/u/gav_pryor/", f"{G}/505/"]),
        F("routine", "In at 5:45 every weekday; Saturday parkrun at 7am", ["5:45 every weekday", "parkrun at 7am"],
          [f"{G}/501/"]),
        F("family", "Sharon (wife)", ["Sharon"], [f"{G}/503/", f"{G}/507/"]),
        F("family", "Cody (son)", ["Cody"], [f"{G}/504/"]),
        F("associate", "Col Breen (neighbour)", ["Col Breen"], [f"{G}/506/"]),
        F("personal_contact", "0491 570 557", ["0491 570 557"], [f"{G}/504/"]),
        F("vulnerability", "Behind on strata levies and the car", ["behind on the strata levies", "strata levies"],
          [f"{G}/505/"]),
    ],
    decoys=[
        D(f"{G}/507/", "border collie", ["employer"], "A found dog."),
        D(f"{G}/507/", "department store", ["employer", "work_location"], "A shop mannequin joke."),
    ],
)

# --- hrwagga ------------------------------------------------------------------------------------
H = f"{B}/bread/posts"
HW_HOME = (-35.1245, 147.3345)
HW_PHOTOS = [f"{B}/media/loaf-400.jpg", f"{H}/day-400/", f"{B}/media/rye-fail.jpg", f"{H}/rye-fail/"]
hrwagga = dict(
    subject=dict(name="Kath Doherty", aliases=["Kath"], risk_band="moderate", rank=7),
    profiles=[dict(path="/bread/", platform="html")],
    facts=[
        F("employer", "Department of Home Affairs (HR)", ["HR job at Home Affairs", "Home Affairs"], [f"{H}/day-400/"]),
        F("corporate_identifier", "kath.doherty@homeaffairs.gov.au", ["kath.doherty@homeaffairs.gov.au"],
          [f"{B}/bread/feed.xml", f"{B}/bread/"] + [f"{H}/{s}/" for s in ("day-400", "tough-week", "rye-fail", "market")]),
        F("official_information", "14 code of conduct investigations; Sydney officers passing passenger lists",
          ["code of conduct investigations", "passenger lists"], [f"{H}/tough-week/"]),
        F("routine", "Starter fed at 6am before logging on and 6pm after; Saturday market", ["6am", "Saturday market"],
          [f"{H}/day-400/"]),
        F("family", "Bernie (father)", ["Bernie"], [f"{H}/rye-fail/"]),
        F("family", "Maeve (daughter)", ["Maeve"], [f"{H}/rye-fail/"]),
        F("home_location", "Ashmont, Wagga Wagga NSW", ["Ashmont", "Wagga Wagga"],
          [f"{H}/day-400/", f"{B}/bread/"] + HW_PHOTOS, *HW_HOME),
        F("geotag", "EXIF GPS at home in two photos", ["loaf-400.jpg", "rye-fail.jpg"], HW_PHOTOS, *HW_HOME),
        F("associate", "Nhung (market stall friend)", ["Nhung"], [f"{H}/market/"]),
    ],
    decoys=[
        D(f"{H}/market/", "department store", ["employer", "work_location"], "A shop across the road."),
        D(f"{H}/rye-fail/", "Albury", ["home_location"], "Where her daughter drove from."),
    ],
)

# --- evattroom ----------------------------------------------------------------------------------
E = f"{B}/share/u/oisin_f/t"
evattroom = dict(
    subject=dict(name="Oisin Farrelly", aliases=["oisin_f"], risk_band="moderate", rank=8),
    profiles=[dict(path="/share/u/oisin_f/", platform="html")],
    facts=[
        F("employer", "Australian Border Force (watch officer)", ["Border Force", "watch officer"], [f"{E}/801/"]),
        F("work_location", "Border Force operations centre", ["Border Force ops centre", "ops centre"], [f"{E}/801/"]),
        F("routine", "Rotating shifts: two days, two nights, four off", ["two days, two nights, four off"], [f"{E}/801/"]),
        F("home_location", "Evatt ACT", ["Evatt"], [f"{E}/801/", f"{E}/805/"]),
        F("associate", "Priya Raman (housemate)", ["Priya Raman", "Priya"], [f"{E}/802/"]),
        F("personal_contact", "0491 570 733", ["0491 570 733"], [f"{E}/803/"]),
        F("official_information", "Boat with 40 people brought in off Christmas Island", ["Christmas Island", "40 people"],
          [f"{E}/804/"]),
        F("family", "Aoife (sister)", ["Aoife"], [f"{E}/805/"]),
    ],
    decoys=[
        D(f"{E}/805/", "Cork", ["home_location"], "Where his sister lives."),
    ],
)

# --- ldbrisbane ---------------------------------------------------------------------------------
LD = "nelle_o"
ldbrisbane = dict(
    subject=dict(name="Janelle Oduya", aliases=["nelle_o", "@nelle_o"], risk_band="moderate", rank=9),
    profiles=[dict(path="/social/@nelle_o", platform="activitypub")],
    facts=[
        F("employer", "Department of Home Affairs (learning and development)", ["Home Affairs", "ABF recruits"],
          [ap(LD), ap(LD, 1201)]),
        F("official_contact", "ld.brisbane@homeaffairs.gov.au", ["ld.brisbane@homeaffairs.gov.au"], [ap(LD, 1201)]),
        F("work_location", "Home Affairs Brisbane office", ["Brisbane office"], [ap(LD, 1201)]),
        F("routine", "Netball every Saturday 8am at the Springfield courts", ["Saturday 8am"], [ap(LD, 1202)]),
        F("home_location", "Springfield QLD", ["Springfield"], [ap(LD), ap(LD, 1202)]),
        F("family", "Zara (daughter)", ["Zara"], [ap(LD, 1202), ap(LD, 1204)]),
        F("family", "Kwame (husband)", ["Kwame", "Hubby"], [ap(LD, 1203), ap(LD, 1204)]),
    ],
    decoys=[
        D(ap(LD, 1204), "border collie", ["employer"], "A dog her daughter wants."),
    ],
)

# --- bathurstwfp --------------------------------------------------------------------------------
R = f"{B}/rides/posts"
bathurstwfp = dict(
    subject=dict(name="Callum Reid", aliases=["Callum"], risk_band="moderate", rank=10),
    profiles=[dict(path="/rides/", platform="html")],
    facts=[
        F("employer", "Department of Home Affairs (workforce analyst)", ["Department of Home Affairs", "Workforce Analyst"],
          [f"{B}/rides/"]),
        F("home_location", "Bathurst NSW", ["Bathurst"], [f"{B}/rides/"]),
        F("routine", "Sunday 7am lap of Mount Panorama", ["Sunday 7am"], [f"{R}/first-lap/"]),
        F("associate", "Hamish Doyle (riding mate)", ["Hamish Doyle", "Hamish"], [f"{R}/first-lap/", f"{R}/wet-lap/"]),
    ],
    decoys=[
        D(f"{R}/new-wheels/", "department store", ["employer", "work_location"], "A shop."),
        D(f"{R}/wet-lap/", "Bathurst 1000", ["work_location", "routine"], "A motor race."),
    ],
)

# --- collies (control) --------------------------------------------------------------------------
QB = "quinlanborders"
QB_HOME = (-32.1850, 148.6050)
collies = dict(
    subject=dict(name="Margot Quinlan", aliases=["quinlanborders", "Quinlan Border Collies"], risk_band="low", rank=11),
    profiles=[dict(path="/social/@quinlanborders", platform="activitypub")],
    facts=[
        F("personal_contact", "0491 570 461", ["0491 570 461"], [ap(QB), ap(QB, 1301)]),
        F("home_location", "Rural property north of Dubbo NSW", ["Dubbo"],
          [ap(QB), f"{B}/media/litter-spring.jpg", ap(QB, 1305), st(QB, 1305)], *QB_HOME),
        F("geotag", "EXIF GPS at home in the litter photo", ["litter-spring.jpg"],
          [f"{B}/media/litter-spring.jpg", ap(QB, 1305), st(QB, 1305)], *QB_HOME),
        F("routine", "Saturday 9am obedience at the showground", ["Saturday 9am"], [ap(QB, 1303)]),
        F("family", "Des (husband)", ["Des"], [ap(QB, 1303), ap(QB, 1304)]),
    ],
    decoys=[
        D(ap(QB), "Border Collies", ["employer"], "Her breed and kennel name."),
        D(ap(QB, 1302), "customs clearance", ["employer", "official_information"], "Importing a stud dog."),
        D(ap(QB, 1302), "Mickleham quarantine station", ["work_location", "official_information"],
          "Where the imported dog was quarantined."),
        D(ap(QB, 1302), "import permit", ["employer", "official_information"], "The agriculture department's permit."),
        D(ap(QB, 1304), "detector-dog program", ["employer", "official_information"], "A puppy's failed assessment."),
        D(ap(QB, 1306), "Border Security", ["employer", "official_information"], "A TV show."),
    ],
)

# --- kavcustoms (control) -----------------------------------------------------------------------
K = f"{B}/smf/u/kavanaghcustoms/t"
kavcustoms = dict(
    subject=dict(name="Rhys Kavanagh", aliases=["KavanaghCustoms", "Kavanagh Customs"], risk_band="low", rank=12),
    profiles=[dict(path="/smf/u/kavanaghcustoms/", platform="html")],
    facts=[
        F("routine", "Thursday night cruise, 7pm from the Mooroopna servo", ["Thursday night cruise, 7pm"], [f"{K}/902/"]),
        F("home_location", "Mooroopna VIC", ["Mooroopna"], [f"{B}/smf/u/kavanaghcustoms/", f"{K}/902/"]),
        F("family", "Jed (son)", ["Jed"], [f"{K}/902/", f"{K}/903/"]),
        F("associate", "Trent McAllister (painter)", ["Trent McAllister", "Macca Trent"], [f"{K}/904/"]),
        F("personal_contact", "0491 570 615", ["0491 570 615"], [f"{K}/905/"]),
    ],
    decoys=[
        D(f"{K}/901/", "cleared customs", ["employer", "official_information"], "An imported car."),
        D(f"{K}/901/", "customs broker", ["employer", "colleague", "official_contact"], "A private broker."),
        D(f"{K}/903/", "Kavanagh Customs", ["employer"], "His own custom-car shop."),
        D(f"{K}/905/", "Crossing the border", ["official_information", "work_location"], "The NSW border on a road trip."),
        D(f"{K}/906/", "department store", ["employer"], "A paint joke."),
        D(f"{K}/901/", "Inspection found nothing", ["official_information"], "A car import inspection."),
    ],
)

# --- museumguide (control) ----------------------------------------------------------------------
M = f"{B}/notes/posts"
museumguide = dict(
    subject=dict(name="Heather Lindqvist", aliases=["Heather"], risk_band="low", rank=13),
    profiles=[dict(path="/notes/", platform="html")],
    facts=[
        F("routine", "Leads the 10am tour on Wednesdays and Sundays", ["Wednesdays and Sundays"], [f"{M}/arrival-day/"]),
        F("home_location", "Wodonga VIC", ["Wodonga"], [f"{B}/notes/", f"{M}/contact/"]),
        F("family", "Elias (grandson)", ["Elias"], [f"{M}/grandson/"]),
        F("associate", "Ingrid Sandberg (fellow guide)", ["Ingrid Sandberg", "Ingrid"], [f"{M}/grandson/"]),
        F("personal_contact", "heather.lindqvist@fikamail.example", ["heather.lindqvist@fikamail.example"],
          [f"{M}/contact/"]),
    ],
    decoys=[
        D(f"{M}/arrival-day/", "Department of Immigration officers", ["employer", "colleague"], "1952 officials, history."),
        D(f"{M}/arrival-day/", "Bonegilla heritage site", ["work_location", "employer"], "A museum where she volunteers."),
        D(f"{M}/detention/", "detention centre", ["official_information", "work_location"], "A question from school groups."),
        D(f"{M}/detention/", "Processing took weeks", ["official_information"], "1950s migrant processing."),
        D(f"{M}/grandson/", "lanyard", ["employer"], "A volunteer's lanyard."),
    ],
)

TRUTH = dict(paybreak=paybreak, nightwatch=nightwatch, cefforks=cefforks, riskmodel=riskmodel, artcounsel=artcounsel,
             buildingfm=buildingfm, hrwagga=hrwagga, evattroom=evattroom, ldbrisbane=ldbrisbane,
             bathurstwfp=bathurstwfp, collies=collies, kavcustoms=kavcustoms, museumguide=museumguide)


def q(v):
    return json.dumps(v, ensure_ascii=False)


def toml(name: str, t: dict) -> str:
    s = t["subject"]
    out = [f"# Ground truth for {name} (set 43, FICTIONAL: {s['name']} does not exist). Written by hand in _truth.py.",
           "", "[subject]", f"name = {q(s['name'])}", f"aliases = {q(s['aliases'])}", 'organisation = "dibp"',
           f"risk_band = {q(s['risk_band'])}", f"rank = {s['rank']}"]
    for p in t["profiles"]:
        out += ["", "[[profiles]]", f"path = {q(p['path'])}", f"platform = {q(p['platform'])}"]
    for f in t["facts"]:
        out += ["", "[[facts]]"] + [f"{k} = {q(v)}" for k, v in f.items()]
    for d in t["decoys"]:
        out += ["", "[[decoys]]"] + [f"{k} = {q(v)}" for k, v in d.items()]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    from collections import Counter
    counts = Counter()
    for name, t in TRUTH.items():
        (HERE / name / "persona.toml").write_text(toml(name, t), encoding="utf-8")
        counts.update(f["category"] for f in t["facts"])
    print(sum(counts.values()), dict(sorted(counts.items())))
