"""Write each set-46 persona's persona.toml from the table T below (ground truth, by the writer's judgement).

    .venv/bin/python tests/heldout/set46/_truth.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B = "{{BASE}}"


def ap(h, n=None, status=False):
    if n is None:
        return f"{B}/social/@{h}"
    return f"{B}/social/@{h}/statuses/{n}" if status else f"{B}/social/@{h}/{n}"


def post(root, slug):
    return f"{B}/{root}/posts/{slug}/"


def th(user, tid):
    return f"{B}/forum/u/{user}/t/{tid}/"


def media(f):
    return f"{B}/media/{f}"


def F(cat, value, keys, urls, **extra):
    return {"category": cat, "value": value, "keys": keys, "urls": urls, **extra}


def D(url, phrase, cats, why):
    return {"url": url, "phrase": phrase, "not_categories": cats, "why": why}


# --- staff -----------------------------------------------------------------------
h = "nightfreight_j"
cargonightowl = dict(
    subject=dict(name="Jarrod Kealy", aliases=["nightfreight_j", "@nightfreight_j"], risk_band="critical", rank=1),
    profiles=[("/social/@nightfreight_j", "activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["abf"], [ap(h, 7102)]),
        F("work_location", "Perth Airport freight sheds", ["perth airport", "freight sheds"], [ap(h, 7101)]),
        F("home_location", "Kinross WA", ["Kinross"], [ap(h, 7106), ap(h, 7106, True), ap(h, 7108)],
          lat=-31.7195, lon=115.742),
        F("geotag", "Kinross WA (place tag, -31.7195, 115.742)", ["Kinross WA"], [ap(h, 7106), ap(h, 7106, True)],
          lat=-31.7195, lon=115.742),
        F("routine", "nights 1900-0700, four on four off; Mitchell Fwy south at 6:15pm",
          ["four on four off", "1900 to 0700", "6:15pm", "mitchell fwy"], [ap(h, 7101), ap(h, 7109)]),
        F("colleague", "Dean McAllister (colleague)", ["Dean McAllister", "macca"], [ap(h, 7102), ap(h, 7105)]),
        F("family", "Bree (sister)", ["bree"], [ap(h, 7108), ap(h, 7110), ap(h, 7111)]),
        F("official_information", "40 kg of MDMA in a protein-powder consignment; supplement shipments on the route pulled",
          ["40 kg of mdma", "protein powder", "supplement shipment"], [ap(h, 7103)]),
        F("systems_information", "cargo targeting system ('clippy') down; risk rules in a spreadsheet on a shared drive",
          ["clippy", "targeting system", "risk rules"], [ap(h, 7104)]),
        F("vulnerability", "gambling losses and debt (multis, credit card at the limit, borrowing from his sister)",
          ["down another 600", "multis", "chasing it back", "credit card at the limit", "lent me 500"],
          [ap(h, 7107), ap(h, 7110)]),
        F("vulnerability", "grievance: higher duties knocked back, thinking of quitting",
          ["knocked back my higher duties", "couldnt target a pizza", "should quit"], [ap(h, 7111)]),
        F("personal_contact", "nightfreight_j#2231 (Discord)", ["nightfreight_j#2231"], [ap(h)]),
    ],
    decoys=[
        D(ap(h, 7109), "border security", ["employer"], "A TV show on in the morning."),
        D(ap(h, 7111), "fifo", ["employer"], "A job he might take, not his employer."),
        D(ap(h, 7111), "canberra", ["work_location", "home_location"], "Where a rival comes from."),
    ],
)

h = "kirravetnurse"
KHOME = dict(lat=-32.9345, lon=151.7262)
kirravetnurse = dict(
    subject=dict(name="Kirra Walsh", aliases=["kirravetnurse", "@kirravetnurse"], risk_band="high", rank=6),
    profiles=[("/social/@kirravetnurse", "activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["ABF", "Border Force"], [ap(h, 8201), ap(h, 8203), ap(h, 8206)]),
        F("work_location", "Port of Newcastle", ["PortOfNewcastle", "Port of Newcastle", "Dyke berths"],
          [ap(h, 8201), ap(h, 8203)]),
        F("home_location", "Adamstown NSW", ["Adamstown"],
          [media("backyard-veggie-patch.jpg"), ap(h, 8204), ap(h, 8204, True)], **KHOME),
        F("geotag", "backyard photo GPS, Adamstown", ["Adamstown"],
          [media("backyard-veggie-patch.jpg"), ap(h, 8204), ap(h, 8204, True)], **KHOME),
        F("geotag", "Merewether Ocean Baths photo GPS", ["Merewether baths", "ocean baths"],
          [media("merewether-baths.jpg"), ap(h, 8205), ap(h, 8205, True)], lat=-32.948, lon=151.756),
        F("routine", "Saturday 7am parkrun at Speers Point", ["Saturday 7am parkrun", "Speers Point"], [ap(h, 8202)]),
        F("family", "Jono (husband)", ["Jono", "hubby"], [ap(h, 8204), ap(h, 8204, True)]),
        F("associate", "Kiki Hollis (friend)", ["Kiki Hollis", "Kiki"], [ap(h, 8205)]),
        F("colleague", "Shazza (head handler)", ["Shazza"], [ap(h, 8206)]),
        F("official_information", "2 kg of cocaine found in a bulk-carrier crew bag after a dog indication",
          ["2 kilos of coke", "crew bag"], [ap(h, 8203)]),
        F("systems_information", "kennel block keypad code never changed, written on the fridge",
          ["keypad", "code from when I started"], [ap(h, 8208)]),
        F("personal_contact", "kirra.walsh.pets@mailbox.example", ["kirra.walsh.pets@mailbox.example"], [ap(h)]),
    ],
    decoys=[
        D(ap(h, 8207), "border collie", ["employer"], "Her nan's dog."),
        D(ap(h, 8203), "Pepper", ["colleague", "family", "associate"], "A detector dog, not a person."),
        D(ap(h, 8207), "Rusty", ["family", "associate", "colleague"], "A dog."),
    ],
)

r = "backpew"
backpew = dict(
    subject=dict(name="Helen Brightwell", aliases=["From the Back Pew"], risk_band="high", rank=3),
    profiles=[("/backpew/", "html")],
    facts=[
        F("employer", "Department of Home Affairs", ["Department of Home Affairs", "freedom of information team"],
          [post(r, "lent-and-paperwork")]),
        F("work_location", "Home Affairs office, Hobart", ["office in Hobart"], [post(r, "flowers-and-ferries")]),
        F("home_location", "Lindisfarne TAS", ["Lindisfarne"],
          [f"{B}/backpew/", post(r, "garden-notes"), f"{B}/backpew/feed.xml"], lat=-42.8465, lon=147.358),
        F("geotag", "georss -42.8465 147.358 (garden post)", ["-42.8465"],
          [f"{B}/backpew/feed.xml", post(r, "garden-notes")], lat=-42.8465, lon=147.358),
        F("routine", "7:25 ferry from Bellerive weekdays, 5:10 home; choir Wednesdays at seven",
          ["7:25", "5:10", "Wednesdays at seven"], [post(r, "flowers-and-ferries")]),
        F("family", "Geoff (husband)", ["Geoff"],
          [post(r, "lent-and-paperwork"), post(r, "flowers-and-ferries"), post(r, "garden-notes"), post(r, "a-quiet-word")]),
        F("family", "Pip (granddaughter)", ["Pip"], [post(r, "the-old-machine")]),
        F("associate", "Pauline Cheswick (friend)", ["Pauline Cheswick", "Pauline"], [post(r, "flowers-and-ferries")]),
        F("colleague", "Anneliese (director)", ["Anneliese"], [post(r, "the-old-machine")]),
        F("official_information", "FOI request on detention incident reports before the Information Commissioner; "
          "Minister's office asking for the decision to be delayed",
          ["Information Commissioner", "incident reports", "delayed until after the estimates"],
          [post(r, "flowers-and-ferries")]),
        F("systems_information", "redaction software licence lapsed; records system 'Big Bertha' crashes at three",
          ["redaction software", "Big Bertha"], [post(r, "the-old-machine")]),
        F("official_contact", "helen.brightwell@homeaffairs.gov.au", ["helen.brightwell@homeaffairs.gov.au"],
          [post(r, "garden-notes")]),
    ],
    decoys=[
        D(post(r, "a-quiet-word"), "department store", ["employer", "work_location"], "A shop in town."),
        D(post(r, "a-quiet-word"), "Cheswick family", ["family"], "Another family in the parish."),
        D(f"{B}/backpew/", "St Aidan's", ["work_location", "employer"], "The parish, not her workplace."),
    ],
)

h = "maricelmackay"
MHOME = dict(lat=-21.084, lon=149.188)
maricelmackay = dict(
    subject=dict(name="Maricel Bautista", aliases=["maricelmackay", "@maricelmackay"], risk_band="critical", rank=2),
    profiles=[("/social/@maricelmackay", "activitypub")],
    facts=[
        F("employer", "Department of Home Affairs", ["Home Affairs", "homeaffairs.gov.au"], [ap(h, 9301), ap(h)]),
        F("corporate_identifier", "maricel.bautista@homeaffairs.gov.au", ["maricel.bautista@homeaffairs.gov.au"], [ap(h)]),
        F("work_location", "Brisbane office", ["Brisbane office"], [ap(h, 9309)]),
        F("home_location", "Andergrove, Mackay QLD", ["Andergrove", "Mackay"],
          [ap(h, 9305), ap(h, 9305, True), ap(h, 9307), ap(h)], **MHOME),
        F("geotag", "place tag Andergrove, Mackay QLD (-21.084, 149.188)", ["Andergrove, Mackay QLD"],
          [ap(h, 9305), ap(h, 9305, True)], **MHOME),
        F("routine", "Sunday 9:30 Tagalog mass; zumba Tuesday and Thursday 6pm at the Andergrove hall",
          ["Sunday 9:30", "Tuesday and Thursday 6pm"], [ap(h, 9304), ap(h, 9307)]),
        F("family", "Rodel (husband)", ["Rodel", "asawa"], [ap(h, 9302), ap(h, 9303)]),
        F("family", "Janelle (daughter)", ["Janelle"], [ap(h, 9302), ap(h, 9309)]),
        F("family", "Migs (son)", ["Migs"], [ap(h, 9302)]),
        F("family", "Ben (uncle)", ["Tito Ben"], [ap(h, 9306)]),
        F("associate", "Weng Padilla (friend)", ["Weng Padilla", "Ate Weng"], [ap(h, 9304)]),
        F("personal_contact", "0491 570 318 (Viber)", ["0491 570 318"], [ap(h)]),
        F("official_information", "partner visa backlog: files with missing documents to be refused without requests",
          ["partner visa", "refuse anything with missing documents", "backlog"], [ap(h, 9301)]),
        F("systems_information", "old case system 'Lola' freezing, backup spreadsheet keyed later, VPN token PIN shared",
          ["Lola", "VPN token", "backup spreadsheet"], [ap(h, 9303)]),
        F("vulnerability", "money sent home, credit card full, owing a relative", ["credit card is full", "Utang",
          "we still owe"], [ap(h, 9306)]),
    ],
    decoys=[
        D(ap(h, 9308), "Border Security", ["employer"], "A TV show she watches with the kids."),
        D(ap(h, 9306), "Iloilo", ["home_location"], "Where her mother lives, in the Philippines."),
        D(ap(h, 9303), "Lola", ["family"], "Her nickname for a computer system, not a grandmother."),
    ],
)

r = "cobras"
CHOME = dict(lat=-20.279, lon=148.693)
cobrasdad = dict(
    subject=dict(name="Brendan Kowalczyk", aliases=["Cobras U12s: a dad's scorebook"], risk_band="high", rank=5),
    profiles=[("/cobras/", "html")],
    facts=[
        F("employer", "Australian Border Force", ["Border Force"], [post(r, "missed-one")]),
        F("home_location", "Cannonvale QLD", ["behind the Cannonvale shops", "Cannonvale shops"],
          [post(r, "backyard-nets"), f"{B}/cobras/feed.xml", media("backyard-net.jpg")], **CHOME),
        F("geotag", "georss and photo GPS at home, Cannonvale", ["-20.279"],
          [f"{B}/cobras/feed.xml", post(r, "backyard-nets"), media("backyard-net.jpg")], **CHOME),
        F("geotag", "Airlie Beach lagoon photo GPS", ["lagoon"],
          [media("lagoon-presentation.jpg"), post(r, "presentation")], lat=-20.268, lon=148.717),
        F("routine", "juniors Saturday 8:30 at the Cannonvale oval, training Wednesdays 4:30; "
          "flies the northern box every Tuesday and Thursday",
          ["Saturday 8:30", "Wednesdays 4:30", "every Tuesday and Thursday"],
          [post(r, "round-one"), post(r, "quiet-week")]),
        F("family", "Lachie (son)", ["Lachie"], [post(r, "round-one"), post(r, "backyard-nets"), post(r, "presentation")]),
        F("family", "Ruby (daughter)", ["Ruby"], [post(r, "backyard-nets")]),
        F("family", "Kez (wife)", ["Kez"], [post(r, "missed-one"), post(r, "presentation")]),
        F("colleague", "Deano (sensor operator)", ["Deano"], [post(r, "quiet-week")]),
        F("associate", "Mick Tabone (coach)", ["Mick Tabone", "Mick"], [post(r, "presentation")]),
        F("official_information", "surveillance flights past Cape Melville; three foreign fishing boats off the Wessels; "
          "same northern box every Tuesday and Thursday",
          ["foreign fishing boats", "same northern box", "Cape Melville"], [post(r, "missed-one"), post(r, "quiet-week")]),
        F("systems_information", "camera turret ('the eyeball') dropping out, radar picture freezing",
          ["eyeball", "radar picture froze"], [post(r, "quiet-week")]),
        F("official_contact", "02 5550 4410 (the base)", ["02 5550 4410"], [post(r, "round-one")]),
    ],
    decoys=[
        D(post(r, "round-one"), "Proserpine", ["home_location", "work_location"], "The opposing team's town."),
        D(post(r, "presentation"), "most improved", ["official_information"], "A cricket award."),
        D(post(r, "missed-one"), "Bowen", ["home_location", "work_location"], "An away game."),
    ],
)

u = "ferrobrew"
ferrobrew = dict(
    subject=dict(name="Nick Ferraro", aliases=["ferrobrew"], risk_band="high", rank=4),
    profiles=[("/forum/u/ferrobrew/", "html")],
    facts=[
        F("employer", "Department of Home Affairs", ["Home Affairs", "department's payroll"], [th(u, "5510"), th(u, "5533")]),
        F("corporate_identifier", "nick.ferraro@homeaffairs.gov.au", ["nick.ferraro@homeaffairs.gov.au"], [th(u, "5510")]),
        F("home_location", "Hamilton, Newcastle NSW", ["Hamilton", "Beaumont Street"],
          [f"{B}/forum/u/ferrobrew/", th(u, "5540")]),
        F("routine", "Wednesday club brew night, 7pm at the scout hall", ["Wednesday club brew night", "7pm at the scout hall"],
          [th(u, "5521")]),
        F("associate", "Tubs (brewing mate)", ["Tubs"], [th(u, "5521")]),
        F("family", "Carmen (partner)", ["Carmen"], [th(u, "5540")]),
        F("colleague", "Priyanka (test lead)", ["Priyanka"], [th(u, "5552")]),
        F("systems_information", "payroll test environment loaded with production data (TFNs, bank accounts, 14,000 staff)",
          ["copy of production", "tax file numbers", "real bank accounts"], [th(u, "5533")]),
        F("systems_information", "UAT logins Password1-style on a shared wiki page", ["Password1", "shared wiki"],
          [th(u, "5533")]),
        F("official_information", "payroll migration cutover in July with 600 open defects", ["600 open defects", "Cutover"],
          [th(u, "5533")]),
        F("vulnerability", "grievance: knocked back for EL1, no pay rise, credit taken by the lead",
          ["Knocked back for the EL1", "where to stick it"], [th(u, "5552")]),
    ],
    decoys=[
        D(th(u, "5560"), "department store", ["employer", "work_location"], "Where he bought buckets."),
        D(th(u, "5521"), "scout hall", ["work_location"], "A brew club venue."),
        D(th(u, "5521"), "Maris Otter", ["associate", "family"], "A malt, not a person."),
    ],
)

r = "diary"
QHOME = dict(lat=-23.709, lon=133.86)
quietdays = dict(
    subject=dict(name="Rosalind Kettering", aliases=["Quiet days"], risk_band="high", rank=7),
    profiles=[("/diary/", "html")],
    facts=[
        F("employer", "Department of Home Affairs", ["Home Affairs"], [post(r, "back-at-work")]),
        F("work_location", "Home Affairs office, Alice Springs", ["Home Affairs office in Alice"], [post(r, "back-at-work")]),
        F("home_location", "Gillen, Alice Springs NT", ["Gillen"], [post(r, "sundays"), media("front-gate.jpg")], **QHOME),
        F("geotag", "front gate photo GPS, Gillen", ["front gate"], [media("front-gate.jpg"), post(r, "sundays")], **QHOME),
        F("geotag", "Anzac Hill photo GPS", ["Anzac Hill"], [media("anzac-hill.jpg"), post(r, "the-hill")],
          lat=-23.693, lon=133.88),
        F("routine", "Sundays at 7 walking the dog to the Gillen shops", ["Every Sunday at 7"], [post(r, "sundays")]),
        F("family", "Graham (late husband)", ["Graham"], [post(r, "eight-months"), post(r, "the-hill")]),
        F("family", "Tom (son)", ["Tom"], [post(r, "eight-months"), post(r, "nights"), post(r, "anniversary")]),
        F("family", "Sharelle (daughter-in-law)", ["Sharelle"], [post(r, "anniversary")]),
        F("associate", "Joan Pereira (neighbour)", ["Joan Pereira", "Joan"], [post(r, "sundays")]),
        F("vulnerability", "isolation after bereavement", ["only place I talk to anyone", "Nobody would notice"],
          [post(r, "back-at-work"), post(r, "nights")]),
        F("vulnerability", "drinking alone", ["turns into the bottle"], [post(r, "nights")]),
    ],
    decoys=[
        D(post(r, "eight-months"), "Darwin", ["home_location", "work_location"], "Where her son lives."),
        D(post(r, "back-at-work"), "the Todd", ["home_location"], "A river, in a joke."),
    ],
)

h = "callumashby"
P = f"{B}/members/callum-ashby"
mindariepatrol = dict(
    subject=dict(name="Callum Ashby", aliases=["callumashby", "@callumashby"], risk_band="moderate", rank=8),
    profiles=[("/members/callum-ashby", "html"), ("/social/@callumashby", "activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["Border Force officer"], [P]),
        F("work_location", "Perth Airport (T1)", ["Perth Airport", "T1"], [P, ap(h, 6402)]),
        F("home_location", "Mindarie WA", ["Mindarie"], [P]),
        F("routine", "Patrol 4: every second Sunday 7am to noon", ["every second Sunday from 7am"], [P]),
        F("personal_contact", "0491 570 662", ["0491 570 662"], [P]),
        F("associate", "Ellie Sorensen (vice-captain)", ["Ellie Sorensen"], [ap(h, 6401)]),
        F("family", "Declan (brother)", ["Declan"], [ap(h, 6404)]),
        F("official_information", "two officers on the primary line for three flights; roster cuts",
          ["only two of us on the primary line", "roster cuts"], [ap(h, 6402)]),
    ],
    decoys=[
        D(ap(h, 6403), "department store", ["employer", "work_location"], "His dad's joke."),
        D(ap(h, 6404), "police academy", ["employer"], "His brother's course."),
        D(ap(h, 6403), "Bunbury", ["home_location"], "His parents' town."),
    ],
)

h = "ellieworrall"
ellieworrall = dict(
    subject=dict(name="Ellie Worrall", aliases=["ellieworrall", "@ellieworrall"], risk_band="moderate", rank=9),
    profiles=[("/social/@ellieworrall", "activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["ABF"], [ap(h)]),
        F("work_location", "Hay Point", ["Hay Point"], [ap(h, 5201)]),
        F("home_location", "North Mackay QLD", ["North Mackay", "Mackay"], [ap(h, 5204), ap(h)]),
        F("routine", "Saturday 8am crossword at the Bluewater Quay cafe", ["Saturday crossword", "8 sharp"], [ap(h, 5202)]),
        F("official_information", "boardings; 40 cartons of cigarettes in a ballast void",
          ["40 cartons of cigarettes", "ballast void", "bulkers boarded"], [ap(h, 5203), ap(h, 5201)]),
        F("associate", "Ngaire (flatmate)", ["Ngaire"], [ap(h, 5205)]),
        F("official_contact", "0491 570 233 (work mobile)", ["0491 570 233"], [ap(h, 5206)]),
    ],
    decoys=[
        D(ap(h, 5205), "Great Barrier Reef", ["work_location"], "A documentary."),
        D(ap(h, 5206), "cricket", ["routine"], "A joke."),
    ],
)

h = "tranmerenotes"
tranmerenotes = dict(
    subject=dict(name="Tom Hallissey", aliases=["tranmerenotes", "@tranmerenotes"], risk_band="moderate", rank=10),
    profiles=[("/social/@tranmerenotes", "activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["Border Force"], [ap(h)]),
        F("corporate_identifier", "tom.hallissey@abf.gov.au", ["tom.hallissey@abf.gov.au"], [ap(h)]),
        F("work_location", "Hobart Airport", ["Hobart Airport"], [ap(h)]),
        F("home_location", "Tranmere TAS", ["Tranmere"], [ap(h)]),
        F("routine", "5:40 start", ["5:40 start"], [ap(h, 4302)]),
    ],
    decoys=[
        D(ap(h, 4304), "Border Security", ["employer"], "A TV show."),
        D(ap(h, 4303), "Mum", ["family"], "Unnamed."),
    ],
)

# --- negative controls --------------------------------------------------------------
u = "stocktonwes"
stocktonpilot = dict(
    subject=dict(name="Wes Dunleavy", aliases=["stocktonwes"], risk_band="low", rank=11),
    profiles=[("/forum/u/stocktonwes/", "html")],
    facts=[
        F("home_location", "Stockton NSW", ["Stockton"], [f"{B}/forum/u/stocktonwes/", th(u, "3320")]),
        F("routine", "Thursday 6pm twilight sail off the Stockton ferry wharf", ["Thursday 6pm twilight sail"], [th(u, "3320")]),
        F("family", "Leanne (wife)", ["Leanne"], [th(u, "3320")]),
        F("family", "Brody (son)", ["Brody"], [th(u, "3331")]),
        F("associate", "Dale Fitzgerald (mate)", ["Dale Fitzgerald", "Fitzy"], [th(u, "3312")]),
        F("personal_contact", "0491 570 744", ["0491 570 744"], [th(u, "3331")]),
    ],
    decoys=[
        D(th(u, "3301"), "Border Force were boarding", ["employer", "colleague", "official_information", "work_location"],
          "Officers at the next berth, seen by a port pilot-boat skipper."),
        D(th(u, "3301"), "Dyke", ["work_location"], "A berth he passes; he works for the port, not the Department."),
        D(th(u, "3312"), "customs paperwork", ["official_information", "employer"], "A friend's import question."),
        D(th(u, "3312"), "Border Force website", ["employer", "systems_information"], "A public website."),
        D(th(u, "3340"), "Border Security", ["employer"], "A TV show."),
        D(th(u, "3340"), "border collie", ["employer"], "His dog."),
        D(f"{B}/forum/u/stocktonwes/", "Pilot boat skipper", ["employer"], "His own job at the port."),
    ],
)

h = "raelenesutter"
P = f"{B}/about/raelene-sutter"
sutterinvestigations = dict(
    subject=dict(name="Raelene Sutter", aliases=["raelenesutter", "@raelenesutter"], risk_band="low", rank=13),
    profiles=[("/about/raelene-sutter", "html"), ("/social/@raelenesutter", "activitypub")],
    facts=[
        F("personal_contact", "raelene@sutterinvestigations.example", ["raelene@sutterinvestigations.example"], [P]),
        F("personal_contact", "+61 491 570 905", ["+61 491 570 905", "0491 570 905"], [P]),
        F("home_location", "Kallaroo WA", ["Kallaroo"], [P, ap(h)]),
        F("routine", "Wednesday 6am boot camp at Pinnaroo Point", ["Wednesday 6am boot camp", "Pinnaroo Point"], [ap(h, 3103)]),
        F("family", "Gav (husband)", ["Gav"], [ap(h, 3105)]),
    ],
    decoys=[
        D(ap(h, 3102), "Home Affairs", ["employer", "colleague"], "Where she sends people who ask about visas."),
        D(ap(h, 3104), "Border Force officers", ["employer", "colleague", "work_location"], "Officers she saw at the airport."),
        D(ap(h, 3101), "department store", ["employer", "work_location"], "A surveillance stake-out."),
        D(P, "WA Police", ["employer"], "A former employer, not the Department."),
        D(P, "immigration or visa matters", ["official_information"], "Matters she declines."),
        D(P, "surveillance", ["systems_information", "official_information"], "Her own trade."),
    ],
)

h = "anandteaches"
AHOME = dict(lat=-42.8655, lon=147.3585)
brokingclass = dict(
    subject=dict(name="Anand Raghavan", aliases=["anandteaches", "@anandteaches"], risk_band="low", rank=12),
    profiles=[("/social/@anandteaches", "activitypub")],
    facts=[
        F("personal_contact", "anand.raghavan@fastmail.example", ["anand.raghavan@fastmail.example"], [ap(h)]),
        F("home_location", "Rosny TAS", ["Rosny"], [media("street-party.jpg"), ap(h, 2103), ap(h, 2103, True)], **AHOME),
        F("geotag", "street-party photo GPS, Rosny", ["street party"],
          [media("street-party.jpg"), ap(h, 2103), ap(h, 2103, True)], **AHOME),
        F("geotag", "Rosny Hill lookout photo GPS", ["Rosny Hill lookout"],
          [media("rosny-hill.jpg"), ap(h, 2104), ap(h, 2104, True)], lat=-42.8725, lon=147.3655),
        F("family", "Divya (wife)", ["Divya"], [ap(h, 2103), ap(h, 2103, True)]),
        F("family", "Anika (daughter)", ["Anika"], [ap(h, 2103), ap(h, 2103, True)]),
        F("routine", "customs-broking classes Tuesday and Thursday 6 to 9pm", ["Tuesday and Thursday, 6 to 9pm"],
          [ap(h, 2101)]),
    ],
    decoys=[
        D(ap(h, 2101), "customs broking", ["employer", "official_information"], "The course he teaches."),
        D(ap(h, 2102), "Integrated Cargo System", ["systems_information"], "Taught from the broker's side: a public-facing system."),
        D(ap(h, 2102), "Border Force", ["employer", "colleague"], "The agency brokers lodge with."),
        D(ap(h, 2105), "the Department is hiring", ["employer"], "A student's hope."),
        D(ap(h, 2105), "Border Security", ["employer"], "A TV show."),
        D(ap(h, 2106), "border collie", ["employer"], "A neighbour's dog."),
        D(ap(h, 2101), "TAFE campus in town", ["work_location"], "His own employer's campus, not the Department's."),
    ],
)

T = {k: v for k, v in globals().items() if isinstance(v, dict) and "subject" in v}


def q(v) -> str:
    return json.dumps(v, ensure_ascii=False)


def toml(name: str, p: dict) -> str:
    s = p["subject"]
    out = [f"# Ground truth for the held-out persona {name!r} (set 46, FICTIONAL), written by _truth.py.", "",
           "[subject]", f"name = {q(s['name'])}", f"aliases = {q(s['aliases'])}", 'organisation = "dibp"',
           f"risk_band = {q(s['risk_band'])}", f"rank = {s['rank']}", ""]
    for path, plat in p["profiles"]:
        out += ["[[profiles]]", f"path = {q(path)}", f"platform = {q(plat)}", ""]
    for f in p["facts"]:
        out += ["[[facts]]", f"category = {q(f['category'])}", f"value = {q(f['value'])}", f"keys = {q(f['keys'])}",
                f"urls = {q(f['urls'])}"]
        for k in ("lat", "lon", "radius_m"):
            if k in f:
                out.append(f"{k} = {f[k]}")
        out.append("")
    for d in p["decoys"]:
        out += ["[[decoys]]", f"url = {q(d['url'])}", f"phrase = {q(d['phrase'])}",
                f"not_categories = {q(d['not_categories'])}", f"why = {q(d['why'])}", ""]
    return "\n".join(out)


if __name__ == "__main__":
    from collections import Counter
    c = Counter()
    for name, p in T.items():
        (HERE / name / "persona.toml").write_text(toml(name, p), encoding="utf-8")
        c.update(f["category"] for f in p["facts"])
    print(len(T), sum(c.values()), dict(sorted(c.items())))
