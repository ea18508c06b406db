"""Write each set-25 persona's persona.toml (ground truth) from the TRUTH table below.

The truth is the author's own judgement of what each fictional person exposes under the 2015 policy; the scanner was
never run on these personas. Run after editing: .venv/bin/python tests/heldout/set25/_truth.py
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


def post(slug):
    return f"{B}/blog/posts/{slug}/"


BLOG, FEED = f"{B}/blog/", f"{B}/blog/feed.xml"


def thread(user, tid):
    return f"{B}/forum/u/{user}/t/{tid}/"


def F(category, value, keys, urls, **geo):
    return {"category": category, "value": value, "keys": keys, "urls": urls, **geo}


def D(url, phrase, cats, why):
    return {"url": url, "phrase": phrase, "not_categories": cats, "why": why}


ABF = "Australian Border Force"

# ---------------------------------------------------------------------------------------------------------------
W = "capeticks"
WH = (-12.6478, 141.8632)
weipa = dict(
    subject=dict(name="Duncan Ferrier", aliases=["capeticks", "@capeticks", "Duncan F"], risk_band="critical", rank=1),
    profiles=[("/social/@capeticks", "activitypub"), ("/blog/", "html")],
    facts=[
        F("employer", ABF, ["Border Force"], [BLOG, FEED]),
        F("work_location", "Evans Landing wharf, Weipa", ["Evans Landing", "the wharf"],
          [post("lagoon-list-12-april"), post("booby-on-the-rail")]),
        F("home_location", "Nanum, Weipa QLD", ["Nanum"], [post("lagoon-list-12-april"), FEED],
          lat=WH[0], lon=WH[1], radius_m=300),
        F("geotag", "-12.6478, 141.8632", ["-12.6478"], [FEED, post("lagoon-list-12-april")],
          lat=WH[0], lon=WH[1], radius_m=150),
        F("routine", "Dawn birding at the Nanum lagoon 5:20-6:10 before the 0630 wharf start; 7 on 7 off",
          ["5:20", "0630", "7 on 7 off"], [post("lagoon-list-12-april"), ap(W, 5103)]),
        F("official_information", "Fishing boat held at the wharf with 400 kg of beche-de-mer under the ice; nine crew "
          "awaiting a charter to Cairns", ["beche-de-mer", "400 kilos", "Nine crew"], [post("booby-on-the-rail")]),
        F("systems_information", "Office satellite link dropping out; boarding tablet not syncing with the crew-list system",
          ["crew-list system", "boarding tablet", "satellite link"], [post("paper-lists")]),
        F("family", "Roz Ferrier (wife)", ["Roz", "the wife"], [post("paper-lists"), post("visitors-list"), ap(W, 5103)]),
        F("family", "Callum Ferrier (son)", ["Callum", "Western Cape College"], [post("visitors-list"), ap(W, 5103)]),
        F("colleague", "Tash Brennan (2IC)", ["Tash Brennan", "Tash"], [ap(W, 5101)]),
        F("associate", "Mick Halvorsen (birding mate)", ["Mick Halvorsen", "mickhal", "Mick"], [ap(W, 5102)]),
        F("vulnerability", "Gambling on multis, credit card at its limit, alone at home",
          ["multis", "card's at the limit", "too quiet"], [ap(W, 5103)]),
        F("personal_contact", "duncan.birds@capemail.example", ["duncan.birds@capemail.example"], [ap(W)]),
    ],
    decoys=[D(post("visitors-list"), "mine lease border", ["work_location", "employer"], "A mining lease boundary, not a border agency."),
            D(ap(W, 5104), "No birds", ["official_information"], "Nothing happened.")],
)

# ---------------------------------------------------------------------------------------------------------------
KH = (-33.9602, 151.1538)
kposts = ["week-14", "week-18", "week-20", "week-22", "week-24", "week-26", "week-27"]
kingsford = dict(
    subject=dict(name="Leilani Marsh", aliases=["Leilani", "Bump Diary"], risk_band="critical", rank=2),
    profiles=[("/blog/", "html")],
    facts=[
        F("employer", ABF, ["Border Force"], [BLOG, FEED]),
        F("work_location", "Sydney Airport international terminal (T1), primary line", ["Kingsford Smith", "T1"],
          [BLOG, post("week-14")]),
        F("corporate_identifier", "leilani.marsh@abf.gov.au (feed author)", ["leilani.marsh@abf.gov.au"],
          [FEED, BLOG] + [post(p) for p in kposts]),
        F("personal_contact", "leilani.bumpdiary@mailbox.example", ["leilani.bumpdiary@mailbox.example"], [BLOG, FEED]),
        F("colleague", "Raj Dhillon (supervisor)", ["Raj Dhillon", "Inspector Raj"], [post("week-14")]),
        F("routine", "Earlies: alarm 3:15, out by 3:50, staff car park off Link Road, on the line by 4:30; prenatal "
          "aqua every Wednesday 6pm at the Ramsgate pool",
          ["3:15", "3:50", "Link Road", "4:30", "every Wednesday at 6pm", "Ramsgate pool"], [post("week-18"), post("week-27")]),
        F("official_information", "Five officers on primary for the 5am wave; two moved to airside roving; every third "
          "bag off the Guangzhou flight searched for tobacco", ["Only five of us", "every third bag", "airside roving"],
          [post("week-20")]),
        F("systems_information", "SmartGates and passenger processing screens down forty minutes; manual backup; new "
          "release due on the 14th", ["SmartGates", "passenger processing", "new release"], [post("week-22")]),
        F("family", "Tom Marsh (husband)", ["Tom", "Hubby"], [post("week-24")]),
        F("family", "Gail (mother-in-law)", ["Gail", "MIL"], [post("week-24")]),
        F("vulnerability", "About $11k across four buy-now-pay-later plans and a credit card; income about to halve",
          ["Afterpay", "Zip", "$11k"], [post("week-26")]),
        F("home_location", "Brighton-Le-Sands NSW", ["Brighton-Le-Sands"], [post("week-27"), FEED],
          lat=KH[0], lon=KH[1], radius_m=300),
        F("geotag", "-33.9602, 151.1538", ["-33.9602"], [FEED, post("week-27")], lat=KH[0], lon=KH[1], radius_m=150),
        F("associate", "Kiri Waititi (best friend)", ["Kiri Waititi", "Kiri"], [post("week-27")]),
    ],
    decoys=[D(post("week-24"), "department store", ["employer"], "A shop.")],
)

# ---------------------------------------------------------------------------------------------------------------
FU = "leanfire_footscray"
FP = f"{B}/forum/u/{FU}/"
footscray = dict(
    subject=dict(name="Bao Tran", aliases=["leanfire_footscray"], risk_band="critical", rank=3),
    profiles=[(f"/forum/u/{FU}/", "html")],
    facts=[
        F("employer", ABF, ["Border Force"], [FP]),
        F("corporate_identifier", "bao.tran@abf.gov.au (forum account)", ["bao.tran@abf.gov.au"], [FP]),
        F("personal_contact", "0491 570 382 (Signal)", ["0491 570 382"], [FP]),
        F("home_location", "Footscray VIC", ["Footscray market", "Footscray"], [FP, thread(FU, 8801)]),
        F("work_location", "Container Examination Facility, West Melbourne",
          ["CEF at West Melbourne", "container examination facility", "exam facility"],
          [thread(FU, 8802), thread(FU, 8803)]),
        F("official_information", "9.6 million cigarettes behind a false wall in reefers manifested as frozen peas; "
          "another reefer operation planned", ["9.6 million", "frozen peas", "another op"], [thread(FU, 8802)]),
        F("routine", "Rides the Maribyrnong River trail at 5:40, at the facility by 6:10; 4 on 4 off, 12-hour days",
          ["5:40", "6:10", "4 on 4 off"], [thread(FU, 8803)]),
        F("systems_information", "Exam system on a 2009 build; x-ray image viewer crashes; one shared login on the floor",
          ["2009 build", "x-ray image viewer", "one login"], [thread(FU, 8804)]),
        F("colleague", "Marnie Castellano (team leader)", ["Marnie Castellano", "Marnie"], [thread(FU, 8805)]),
        F("associate", "Declan Fry (former housemate)", ["Declan Fry", "Declan"], [thread(FU, 8805)]),
        F("family", "Ngoc Anh (partner)", ["Ngoc Anh"], [thread(FU, 8801), thread(FU, 8806)]),
        F("vulnerability", "Lost about $38k on leveraged crypto, margin call, hidden from partner, $6k on a credit card",
          ["$38k", "margin called", "credit card"], [thread(FU, 8806)]),
        F("vulnerability", "Passed over for APS5 twice; grievance against management",
          ["knocked back for APS5", "Management hands acting roles"], [thread(FU, 8806)]),
    ],
    decoys=[],
)

# ---------------------------------------------------------------------------------------------------------------
BP = f"{B}/members/imogen-thistlewood"
barton = dict(
    subject=dict(name="Imogen Thistlewood", aliases=["Imogen"], risk_band="high", rank=4),
    profiles=[("/blog/", "html"), ("/members/imogen-thistlewood", "html")],
    facts=[
        F("employer", "Department of Home Affairs", ["Home Affairs"], [post("shiraz-viognier-murrumbateman"), BP]),
        F("official_information", "Leaked restructure: two immigration policy sections merged from 1 February, 14 "
          "positions cut; Cabinet submission on the migration cap due",
          ["fourteen positions", "restructure", "Cabinet submission"], [post("shiraz-viognier-murrumbateman")]),
        F("work_location", "Home Affairs office, Barton ACT", ["Barton office"], [post("riesling-barton-lunch")]),
        F("systems_information", "Records system losing drafts; PROTECTED laptops take eleven minutes to boot",
          ["records system", "PROTECTED laptops", "black hole"], [post("riesling-barton-lunch")]),
        F("vulnerability", "Passed over for EL1 again; grievance against the selection panel",
          ["Passed over for EL1", "selection panel"], [post("pinot-for-a-grudge")]),
        F("vulnerability", "Drinking a bottle of wine a night", ["bottle a night"], [post("pinot-for-a-grudge")]),
        F("colleague", "Anthony Kwan (director)", ["Anthony Kwan"], [post("pinot-for-a-grudge")]),
        F("family", "Rupert Thistlewood (husband)", ["Rupert", "with R after"],
          [post("formal-sparkling"), post("thursday-tasting")]),
        F("family", "Matilda Thistlewood (daughter)", ["Matilda", "Narrabundah College"], [post("formal-sparkling")]),
        F("home_location", "Griffith ACT", ["Griffith"], [post("formal-sparkling")]),
        F("routine", "Thursday 5:30pm wine tastings at the club in Kingston", ["Thursday 5:30", "every Thursday at 5:30"],
          [post("thursday-tasting"), BP]),
        F("associate", "Penny Aldous (wine club friend)", ["Penny Aldous", "Penny"], [post("thursday-tasting")]),
        F("official_contact", "02 5550 3187 (work line)", ["02 5550 3187"], [BP]),
    ],
    decoys=[D(post("thursday-tasting"), "Border Security", ["employer", "official_information"], "A TV show."),
            D(BP, "Tasting convenor", ["employer"], "A wine club role.")],
)

# ---------------------------------------------------------------------------------------------------------------
DU = "TGR_Trev"
DP = f"{B}/forum/u/{DU}/"
devonport = dict(
    subject=dict(name="Trevor Blyth", aliases=["TGR_Trev", "Trev"], risk_band="high", rank=5),
    profiles=[(f"/forum/u/{DU}/", "html")],
    facts=[
        F("corporate_identifier", "trevor.blyth@abf.gov.au (forum account)", ["trevor.blyth@abf.gov.au"], [DP]),
        F("employer", ABF, ["Border Force"], [thread(DU, 4412)]),
        F("work_location", "Devonport wharves, donga beside the Spirit of Tasmania terminal",
          ["Devonport wharves", "Spirit terminal"], [thread(DU, 4412)]),
        F("official_information", "A crewman absconded from a cement ship; cruise ship due 14 December with three "
          "officers for 2000 passengers", ["abscond", "14 December", "three officers"], [thread(DU, 4412)]),
        F("systems_information", "Crew clearance tablets need a VPN token that will not connect on the wharf",
          ["crew clearance tablets", "VPN token"], [thread(DU, 4413)]),
        F("colleague", "Dave Kuruvilla (offsider)", ["Dave Kuruvilla", "Dave"], [thread(DU, 4413)]),
        F("official_contact", "02 5550 7741 (wharf office line)", ["02 5550 7741"], [thread(DU, 4415)]),
        F("home_location", "Latrobe TAS", ["Latrobe"], [DP, thread(DU, 4410), thread(DU, 4415)]),
        F("routine", "Club running night every second Wednesday 7pm at the Don River railway shed; layout after night shift",
          ["every second wednesday", "7pm at the don river"], [thread(DU, 4410)]),
        F("family", "Kristy (daughter)", ["Kristy"], [thread(DU, 4411)]),
        F("family", "Ollie (grandson)", ["Ollie"], [thread(DU, 4411)]),
        F("family", "Jan (ex-wife)", ["Jan"], [thread(DU, 4414)]),
        F("associate", "Reg Pettifer (railway club mate)", ["Reg Pettifer", "Reg"], [thread(DU, 4411)]),
        F("vulnerability", "Separated after 30 years; alone and awake at 2am",
          ["Jan moved out", "just me and the layout"], [thread(DU, 4414)]),
    ],
    decoys=[],
)

# ---------------------------------------------------------------------------------------------------------------
BV = "popbev"
BH = (-12.3838, 130.9120)
berrimah = dict(
    subject=dict(name="Bevan Treloar", aliases=["popbev", "Pop Bev", "Bev"], risk_band="high", rank=6),
    profiles=[("/social/@popbev", "activitypub")],
    facts=[
        F("employer", ABF, ["Border Force", "Customs"], [ap(BV)]),
        F("home_location", "Leanyer, Darwin NT", ["Leanyer"], [ap(BV, 7001), ap(BV, 7004), f"{B}/media/pool-sunday.jpg"],
          lat=BH[0], lon=BH[1], radius_m=300),
        F("geotag", "-12.3838, 130.9120", ["-12.3838"],
          [f"{B}/media/pool-sunday.jpg", f"{B}/media/mango-tree.jpg", ap(BV, 7001), ap(BV, 7009)],
          lat=BH[0], lon=BH[1], radius_m=100),
        F("family", "Kai (grandson)", ["Kai", "Nightcliff Tigers"], [ap(BV, 7002)]),
        F("family", "Shirley Treloar (wife)", ["Shirl", "Nan"], [ap(BV, 7003), ap(BV, 7001), ap(BV, 7007)]),
        F("routine", "6am-2pm Monday to Friday at the depot; school pickup at Leanyer Primary at 2:45",
          ["6 till 2", "2:45"], [ap(BV, 7004)]),
        F("work_location", "Berrimah cargo depot, Darwin", ["Berrimah depot", "Berrimah"], [ap(BV, 7004)]),
        F("official_information", "Detector dog found 22 kg of ice in grout buckets in a container of tiles from China",
          ["22 kilos", "grout"], [ap(BV, 7005)]),
        F("colleague", "Sharon Pidgeon (retiring colleague)", ["Sharon Pidgeon"], [ap(BV, 7006)]),
        F("vulnerability", "Pokies at the Casuarina club, losses hidden from his wife", ["Pokies"], [ap(BV, 7007)]),
        F("associate", "Kevin Nolan (fishing mate)", ["Kevin Nolan", "Bluey"], [ap(BV, 7008)]),
    ],
    decoys=[D(ap(BV, 7010), "Watched the footy", ["official_information"], "Nothing said.")],
)

# ---------------------------------------------------------------------------------------------------------------
J = "jonobass"
JP = f"{B}/band/jono"
geraldton = dict(
    subject=dict(name="Jono Varga", aliases=["jonobass", "Jono"], risk_band="high", rank=7),
    profiles=[("/band/jono", "html"), ("/social/@jonobass", "activitypub")],
    facts=[
        F("employer", ABF, ["Border Force"], [JP]),
        F("work_location", "Port of Geraldton", ["Port of Geraldton"], [JP]),
        F("personal_contact", "0491 570 219 / jono.bass@gigmail.example (bookings)",
          ["0491 570 219", "+61 491 570 219", "jono.bass@gigmail.example"], [JP]),
        F("routine", "Gigs every Friday 8pm at the Rusty Anchor Hotel", ["Every Friday, 8pm", "Rusty Anchor"],
          [JP, ap(J, 6106)]),
        F("associate", "Skye Pellow (bandmate)", ["Skye Pellow", "Skye"], [JP]),
        F("official_information", "Two officers cleared a 23-crew grain ship; a crewman's visa cancelled and he was "
          "removed to Perth under escort", ["Visa cancelled", "23 crew", "under escort"], [ap(J, 6101)]),
        F("systems_information", "Crew-list portal down again; clearance done on paper", ["Crew-list portal"], [ap(J, 6102)]),
        F("family", "Kat (partner)", ["Kat", "Missus"], [ap(J, 6103), ap(J, 6104)]),
        F("vulnerability", "Heavy drinking: a slab and rum after gigs, three times a week",
          ["Slab after the gig", "the rum"], [ap(J, 6104)]),
        F("home_location", "Bluff Point, Geraldton WA", ["Bluff Point"], [ap(J, 6105)]),
        F("colleague", "Rhys Blanch (supervisor)", ["Rhys Blanch", "Rhys"], [ap(J, 6106)]),
    ],
    decoys=[D(ap(J, 6107), "Border Security", ["employer", "official_information"], "A TV show.")],
)

# ---------------------------------------------------------------------------------------------------------------
M = "margquilts"
MP = f"{B}/newsletter/meet-marg"
albany = dict(
    subject=dict(name="Marg Dunphy", aliases=["margquilts", "Marg", "Margaret Dunphy"], risk_band="high", rank=8),
    profiles=[("/newsletter/meet-marg", "html"), ("/social/@margquilts", "activitypub")],
    facts=[
        F("employer", ABF, ["Australian Border Force", "Border Force"], [MP]),
        F("work_location", "Albany port", ["Albany port"], [MP]),
        F("family", "Clive Dunphy (husband)", ["Clive"], [MP, ap(M, 3303)]),
        F("family", "Bec Dunphy (daughter)", ["Bec Dunphy", "Bec"], [MP]),
        F("routine", "Quilting every Tuesday 7pm at the Spencer Park community hall", ["every Tuesday at 7pm"], [MP]),
        F("home_location", "Spencer Park, Albany WA", ["her place in Spencer Park", "Spencer Park"], [MP]),
        F("associate", "Dot Carrigan (quilting friend)", ["Dot Carrigan", "Dot"], [MP]),
        F("official_contact", "0491 570 644 (work mobile)", ["0491 570 644"], [MP]),
        F("official_information", "Three officers for a 2,400-passenger cruise ship", ["3 of us for 2400 pax"], [ap(M, 3301)]),
        F("systems_information", "Work laptop locked out a week; token cannot be reset remotely by IT in Canberra",
          ["token", "locked out"], [ap(M, 3302)]),
    ],
    decoys=[D(ap(M, 3305), "Border collie", ["employer"], "A dog breed.")],
)

# ---------------------------------------------------------------------------------------------------------------
R = "roryq"
RH = (-20.4108, 118.6102)
hedland = dict(
    subject=dict(name="Rory Quennell", aliases=["roryq", "roryq_24"], risk_band="moderate", rank=9),
    profiles=[("/social/@roryq", "activitypub")],
    facts=[
        F("employer", ABF, ["#ABF", "borderforce"], [ap(R), ap(R, 9001)]),
        F("routine", "4 on 4 off roster, nights this swing", ["4 on 4 off", "nights done. 4 off"], [ap(R), ap(R, 9001)]),
        F("home_location", "South Hedland WA", ["South Hedland"], [ap(R, 9002), apid(R, 9002)],
          lat=RH[0], lon=RH[1], radius_m=300),
        F("geotag", "-20.4108, 118.6102", ["-20.4108"], [ap(R, 9002), apid(R, 9002)], lat=RH[0], lon=RH[1], radius_m=150),
        F("family", "Maddy Kowalski (girlfriend)", ["Maddy Kowalski", "maddyk", "Maddy"], [ap(R, 9003)]),
        F("personal_contact", "Snapchat roryq_24", ["roryq_24"], [ap(R)]),
    ],
    decoys=[D(ap(R, 9005), "red dirt", ["home_location"], "Scenery.")],
)

# ---------------------------------------------------------------------------------------------------------------
O = "wendyobs"
OH = (-17.9545, 122.2190)
bomobserver = dict(
    subject=dict(name="Wendy Arkwright", aliases=["wendyobs"], risk_band="low", rank=11),
    profiles=[("/social/@wendyobs", "activitypub")],
    facts=[
        F("home_location", "Cable Beach, Broome WA", ["Cable Beach"], [ap(O, 2204), f"{B}/media/backyard-storm.jpg"],
          lat=OH[0], lon=OH[1], radius_m=300),
        F("geotag", "-17.9545, 122.2190", ["-17.9545"], [f"{B}/media/backyard-storm.jpg", ap(O, 2207)],
          lat=OH[0], lon=OH[1], radius_m=100),
        F("family", "Sandro (husband)", ["Sandro"], [ap(O, 2204)]),
        F("associate", "Jacinta Moyle (swim friend)", ["Jacinta Moyle", "Jacinta"], [ap(O, 2205)]),
        F("routine", "Saturday 6am swim at Cable Beach", ["Saturday 6am swim"], [ap(O, 2205)]),
    ],
    decoys=[
        D(ap(O, 2201), "Border Force Dash 8", ["employer", "colleague", "work_location"],
          "She sees a Border Force aircraft land at the airport where the Bureau has its office."),
        D(ap(O, 2202), "automatic weather station", ["systems_information"], "A Bureau sensor, not the Department's system."),
        D(ap(O, 2203), "department restructure", ["employer", "official_information"], "Her own (environment) department."),
        D(ap(O), "the Bureau", ["employer"], "The Bureau of Meteorology is not the Department."),
        D(ap(O, 2206), "Operation Tidy Gutters", ["official_information"], "A joke about cleaning gutters."),
        D(ap(O, 2201), "0300 obs", ["official_information"], "A weather observation, not an operation."),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
passportclerk = dict(
    subject=dict(name="Bridget Oyelaran", aliases=["Bridget"], risk_band="low", rank=12),
    profiles=[("/blog/", "html")],
    facts=[
        F("personal_contact", "bridget.crumb@ovenmail.example", ["bridget.crumb@ovenmail.example"], [BLOG, FEED]),
        F("home_location", "Annerley, Brisbane QLD", ["Annerley"], [BLOG, post("sister-bake-off")]),
        F("family", "Funmi Oyelaran (sister)", ["Funmi Oyelaran", "Funmi"], [post("sister-bake-off")]),
        F("routine", "Saturday 7am parkrun at Yeronga", ["Saturday 7am parkrun"], [post("sister-bake-off")]),
        F("associate", "Ana Ruiz (oldest friend)", ["Ana Ruiz", "Ana"], [post("airport-loaf")]),
    ],
    decoys=[
        D(post("rye-and-a-rough-week"), "passport system went down", ["systems_information"], "DFAT's passport system."),
        D(post("rye-and-a-rough-week"), "The Department", ["employer"], "Her department is Foreign Affairs."),
        D(post("rye-and-a-rough-week"), "passport office in the city", ["work_location"], "A DFAT office, not the Department's."),
        D(post("seeded-loaf"), "stolen identity", ["official_information"], "Passport fraud at a DFAT counter."),
        D(post("airport-loaf"), "Border Force at the airport", ["employer", "colleague"], "Travelling as a passenger."),
        D(post("airport-loaf"), "SmartGates", ["systems_information"], "Used as a passenger."),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
S = "stav_mig"
SP = f"{B}/forum/u/{S}/"
containeryard = dict(
    subject=dict(name="Stav Kallis", aliases=["stav_mig", "Stav"], risk_band="low", rank=13),
    profiles=[(f"/forum/u/{S}/", "html")],
    facts=[
        F("home_location", "Sunshine West VIC", ["Sunshine West"], [SP]),
        F("personal_contact", "0491 570 733", ["0491 570 733"], [SP]),
        F("family", "Nikos Kallis (son)", ["Nikos"], [thread(S, 5504), thread(S, 5505)]),
        F("routine", "Works 6am-2:30pm; footy training with his son Tuesdays and Thursdays at 5, Sunshine Heights oval",
          ["Start 6am", "Tuesdays and Thursdays at 5"], [thread(S, 5505)]),
    ],
    decoys=[
        D(thread(S, 5501), "customs hold sticker", ["official_information", "employer"], "A sticker on a box he repairs."),
        D(thread(S, 5503), "Border Force officers", ["employer", "colleague"], "Officers visiting a private yard."),
        D(thread(S, 5503), "x-ray truck", ["systems_information", "official_information"], "Seen up the road."),
        D(thread(S, 5502), "quarantine wash-down bay", ["work_location"], "A private wash bay next door."),
        D(thread(S, 5506), "department of agriculture", ["employer"], "Another department's inspector."),
        D(SP, "container repair yard in Tottenham", ["work_location"], "His private employer's yard."),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
NP = f"{B}/about/nadia"
bulla = dict(
    subject=dict(name="Nadia Petrovski", aliases=["Nadia"], risk_band="moderate", rank=10),
    profiles=[("/about/nadia", "html"), ("/social/@nadiaruns", "activitypub")],
    facts=[
        F("employer", ABF, ["Australian Border Force", "Border Force"], [NP]),
        F("work_location", "Detector dog centre, Bulla VIC", ["Bulla centre", "Bulla"], [NP]),
        F("official_information", "Eleven detector dogs graduate on 3 December; nine deploy to Melbourne Airport and the "
          "Clayton mail centre before Christmas", ["eleven Labradors", "3 December", "nine"], [NP]),
        F("home_location", "Sunbury VIC", ["Sunbury"], [NP]),
        F("family", "Josh Tremblay (partner)", ["Josh Tremblay", "Josh"], [NP]),
        F("routine", "Runs the Jacksons Creek trail every weekday at 5:45 before a 7am start",
          ["every weekday at 5:45", "7am start"], [NP]),
    ],
    decoys=[D(NP, "border collie", ["employer"], "A dog breed."),
            D(NP, "Biscuit", ["family", "associate"], "A pet dog.")],
)

TRUTH = {n: globals()[n] for n in ["weipa", "kingsford", "footscray", "barton", "devonport", "berrimah", "geraldton",
                                     "albany", "hedland", "bulla", "bomobserver", "passportclerk", "containeryard"]}


def q(v):
    return json.dumps(v, ensure_ascii=False)


def render(name, t):
    s = t["subject"]
    out = [f"# Ground truth for set-25 persona {name!r} (FICTIONAL). Written by _truth.py; edit there.", "",
           "[subject]", f"name = {q(s['name'])}", f"aliases = {q(s['aliases'])}", 'organisation = "dibp"',
           f"risk_band = {q(s['risk_band'])}", f"rank = {s['rank']}", ""]
    for path, plat in t["profiles"]:
        out += ["[[profiles]]", f"path = {q(path)}", f"platform = {q(plat)}", ""]
    for f in t["facts"]:
        out += ["[[facts]]", f"category = {q(f['category'])}", f"value = {q(f['value'])}", f"keys = {q(f['keys'])}",
                f"urls = {q(f['urls'])}"]
        for k in ("lat", "lon", "radius_m"):
            if k in f:
                out.append(f"{k} = {f[k]}")
        out.append("")
    for d in t["decoys"]:
        out += ["[[decoys]]", f"url = {q(d['url'])}", f"phrase = {q(d['phrase'])}",
                f"not_categories = {q(d['not_categories'])}", f"why = {q(d['why'])}", ""]
    return "\n".join(out)


if __name__ == "__main__":
    from collections import Counter
    c = Counter()
    for n, t in TRUTH.items():
        (HERE / n / "persona.toml").write_text(render(n, t), encoding="utf-8")
        c.update(f["category"] for f in t["facts"])
    print(sum(c.values()), dict(sorted(c.items())))
