"""Write each set-53 persona's persona.toml from the tables below (ground truth, by hand, never from the scanner).

    python tests/heldout/set53/_truth.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B = "{{BASE}}"


def q(s):
    return json.dumps(s, ensure_ascii=False)


def F(cat, value, keys, urls, at=None, radius=150):
    f = {"category": cat, "value": value, "keys": keys, "urls": [B + u for u in urls]}
    if at:
        f["lat"], f["lon"], f["radius_m"] = at[0], at[1], radius
    return f


def D(url, phrase, cats, why):
    return {"url": B + url, "phrase": phrase, "not_categories": cats, "why": why}


def photo_urls(note_base, items):
    out = []
    for n, img in items:
        out += [f"{note_base}/{n}", f"{note_base}/statuses/{n}", f"/media/{img}"]
    return out


PERSONAS = {}

# --- mailxray ------------------------------------------------------------------------------------
S = "/social/@tashmulv"
H = (-32.53720, 115.72840)
ph = photo_urls(S, [(6106, "tomatoes.jpg"), (6110, "party.jpg")])
PERSONAS["mailxray"] = dict(
    comment="Border Force officer on the x-ray line at the Perth Airport mail centre, Halls Head; group-chat posts.",
    subject=dict(name="Tash Mulvaney", aliases=["tashmulv", "@tashmulv"], risk_band="critical", rank=1),
    profiles=[(S, "activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["ABF"], [S]),
        F("work_location", "Perth Airport international mail centre (the IMC)", ["IMC", "Perth Airport"], [f"{S}/6101"]),
        F("routine", "early shift 6 til 2:30 Mon-Thu, on the Kwinana Fwy by 5:12am", ["6 til 2:30", "Kwinana fwy"], [f"{S}/6101"]),
        F("family", "Dean (partner)", ["Dean"], [f"{S}/6101", f"{S}/6110"]),
        F("family", "Ruby (daughter)", ["Ruby"], [f"{S}/6102", f"{S}/6106"]),
        F("family", "Archie (son)", ["Archie"], [f"{S}/6102", f"{S}/6105", f"{S}/6109", f"{S}/6110"]),
        F("colleague", "Gemma Okoro (line supervisor)", ["Gemma Okoro", "Gem"], [f"{S}/6105"]),
        F("associate", "Bree Tamihana (friend)", ["Bree Tamihana", "Bree"], [f"{S}/6108"]),
        F("home_location", "Halls Head, Mandurah WA", ["Halls Head", "mandurah"], [S, f"{S}/6102"] + ph, H),
        F("geotag", "backyard photos in Halls Head (-32.5372, 115.7284)", ["tomatoes.jpg", "party.jpg"], ph, H),
        F("personal_contact", "0491 570 214", ["0491 570 214"], [S]),
        F("official_information", "2kg of meth in a rice cooker and 40 vapes in kids' clothes on the x-ray line",
          ["2kg of meth", "rice cooker", "40 odd vapes"], [f"{S}/6103"]),
        F("systems_information", "x-ray station 3 freezes when the tracking app is on the same network; station 4 on Windows 7",
          ["station 3", "windows 7"], [f"{S}/6104"]),
        F("vulnerability", "money stress: Afterpay, tyres, fees, cashing out leave", ["afterpay treadmill", "cash out my leave"], [f"{S}/6107"]),
    ],
    decoys=[
        D(f"{S}/6109", "border collie", ["employer"], "The neighbour's dog."),
        D(f"{S}/6109", "Australia Post van driver", ["employer", "colleague", "work_location"], "A delivery driver in her street, not her workplace."),
    ],
)

# --- griffithcox ---------------------------------------------------------------------------------
S = "/social/@dom_sciacca"
H = (-34.28320, 146.04680)
PERSONAS["griffithcox"] = dict(
    comment="Border Force Marine Unit coxswain, Darwin swing, home in Griffith; Italian and English wine notes.",
    subject=dict(name="Domenic Sciacca", aliases=["dom_sciacca", "@dom_sciacca", "Dom"], risk_band="critical", rank=2),
    profiles=[(S, "activitypub")],
    facts=[
        F("employer", "Australian Border Force (Marine Unit coxswain)", ["ABF Marine Unit", "ABF", "Coxswain"], [S, f"{S}/7201"]),
        F("work_location", "Marine Unit base, Darwin", ["Darwin"], [S, f"{S}/7201"]),
        F("routine", "three weeks on, three off, 6am flight out of Griffith; calcio Tuesdays 7pm at Hanwood oval",
          ["Three weeks on, three off", "6am flight", "Tuesdays 7pm"], [f"{S}/7201", f"{S}/7208"]),
        F("home_location", "Griffith NSW", ["Griffith", "a casa"], [S, f"{S}/7202", f"{S}/statuses/7202"], H),
        F("geotag", "Casa Sciacca, Griffith (-34.2832, 146.0468)", ["-34.2832", "Casa Sciacca"], [f"{S}/7202", f"{S}/statuses/7202"], H),
        F("family", "Francesca (wife)", ["Francesca", "moglie"], [f"{S}/7206"]),
        F("colleague", "Lachie Dunstan (skipper)", ["Lachie Dunstan", "Lachie"], [f"{S}/7205"]),
        F("associate", "Sal Trimboli (football mate)", ["Sal Trimboli"], [f"{S}/7208"]),
        F("personal_contact", "dom.sciacca@vinomail.example", ["dom.sciacca@vinomail.example"], [S]),
        F("official_information", "two foreign fishing vessels boarded off the Kimberley, 14 crew, three tonnes of trepang",
          ["two FFVs", "trepang"], [f"{S}/7203"]),
        F("systems_information", "old nav radar; sat comms drop out past Cape Londonderry so boarding checks can't run",
          ["sat comms", "nav radar", "boarding checks"], [f"{S}/7204"]),
        F("vulnerability", "his father's farm loan on him; pay gone before he flies", ["farm loan", "bank is not patient"], [f"{S}/7207"]),
    ],
    decoys=[
        D(f"{S}/7210", "Border Security reruns", ["employer", "official_information"], "A TV show his father watches."),
        D(f"{S}/7209", "Cantina Bellavista", ["employer", "work_location"], "A winery's cellar door."),
    ],
)

# --- moonahcounsel -------------------------------------------------------------------------------
P = "/blog/"
post = lambda s: f"/blog/posts/{s}/"  # noqa: E731
H = (-42.84580, 147.30270)
ALL = [post(s) for s in ("walking-the-block", "the-matter", "hallway-office", "our-lot", "third-time", "elizabeth-street")]
PERSONAS["moonahcounsel"] = dict(
    comment="Home Affairs senior legal officer working from Moonah for Canberra; run-on sentences; feed under her work email.",
    subject=dict(name="Siobhan Keary", aliases=[], risk_band="high", rank=3),
    profiles=[(P, "html")],
    facts=[
        F("employer", "Department of Home Affairs (Senior Legal Officer)", ["Department of Home Affairs", "Senior Legal Officer"], [P]),
        F("corporate_identifier", "siobhan.keary@homeaffairs.gov.au", ["siobhan.keary@homeaffairs.gov.au"], ["/blog/feed.xml", P] + ALL),
        F("home_location", "Moonah TAS", ["Moonah"], [P, "/blog/feed.xml", post("walking-the-block")], H),
        F("geotag", "georss point in Moonah (-42.8458, 147.3027)", ["-42.8458"], ["/blog/feed.xml", post("walking-the-block")], H),
        F("routine", "dog walk Tuesday and Thursday at half six, logs on at eight",
          ["Every Tuesday and Thursday at half six", "log on at eight"], [post("walking-the-block")]),
        F("official_information", "judicial review of eleven fishing crew's visa cancellations, listed in the Federal Court in Hobart, likely loss",
          ["judicial review", "procedural fairness", "Federal Court"], [post("the-matter")]),
        F("colleague", "Anand Pillai (director)", ["Anand Pillai"], [post("the-matter")]),
        F("systems_information", "secure laptop with token and VPN; the legal case system 'Casey' times out after nine minutes",
          ["Casey", "secure laptop", "legal case management system"], [post("hallway-office")]),
        F("family", "Ciaran (husband)", ["Ciaran"], [post("our-lot")]),
        F("family", "Maeve (daughter)", ["Maeve"], [post("our-lot")]),
        F("family", "Tadhg (son)", ["Tadhg"], [post("our-lot")]),
        F("vulnerability", "grievance: passed over for EL2 a third time, looking elsewhere", ["Passed over", "not visible enough"], [post("third-time")]),
    ],
    decoys=[
        D(post("elizabeth-street"), "department store on Elizabeth Street", ["employer", "work_location"], "A shop."),
        D(post("our-lot"), "his mother's in Glenorchy", ["home_location"], "Her mother-in-law's suburb."),
        D(post("our-lot"), "Rake", ["official_information"], "A TV drama."),
        D(post("third-time"), "Solicitor-General's office", ["employer", "work_location"], "A job she might apply for."),
    ],
)

# --- silvercountdown -----------------------------------------------------------------------------
P, M = "/blog/", "/forum/u/norm_bh/"
PERSONAS["silvercountdown"] = dict(
    comment="Network contractor badged as Home Affairs staff, Broken Hill; retirement countdown blog and caravan forum.",
    subject=dict(name="Norm Haskett", aliases=["norm_bh"], risk_band="high", rank=4),
    profiles=[(P, "html"), (M, "html")],
    facts=[
        F("employer", "Department of Home Affairs (badged contractor, network support)", ["Department of Home Affairs"], [post("day-412")]),
        F("corporate_identifier", "norm.haskett@homeaffairs.gov.au", ["norm.haskett@homeaffairs.gov.au"], [M]),
        F("home_location", "South Broken Hill NSW", ["South Broken Hill", "Broken Hill"], [post("day-412"), P, M]),
        F("systems_information", "regional office firewalls on 2019 firmware, patches held; one jump box in Canberra rebooting Sundays 2am",
          ["firmware from 2019", "jump box"], [post("day-380")]),
        F("routine", "on call every second week; Friday 5pm at the bowls club on Crystal Street", ["every second week", "Friday 5pm"], [post("day-351")]),
        F("associate", "Darren Spurling (mate)", ["Darren Spurling", "Spud"], [post("day-351")]),
        F("family", "Lorrie (wife)", ["Lorrie"], [post("day-320"), post("day-300")]),
        F("vulnerability", "owes the tax office $14k, super halved after a divorce", ["owe the tax office", "$14k"], [post("day-320")]),
        F("colleague", "Priyanka Sethi (Canberra network lead)", ["Priyanka Sethi"], [f"{M}t/5510/"]),
    ],
    decoys=[
        D(f"{M}t/5511/", "border collie", ["employer"], "The family dog."),
        D(post("day-351"), "bowls club on Crystal Street", ["work_location"], "His Friday club, not a work site."),
    ],
)

# --- hopnotes ------------------------------------------------------------------------------------
P = "/hops/"
hp = lambda s: f"/hops/posts/{s}/"  # noqa: E731
H = (-33.65610, 115.37020)
PERSONAS["hopnotes"] = dict(
    comment="Home Affairs organisational psychologist at the Perth office, home in Busselton; craft-beer reviews.",
    subject=dict(name="Jonno Faulkner", aliases=["Jonathan Faulkner"], risk_band="high", rank=5),
    profiles=[(P, "html")],
    facts=[
        F("employer", "Department of Home Affairs (Organisational Psychologist)", ["Department of Home Affairs", "Organisational Psychologist"], [P]),
        F("work_location", "Perth office", ["Perth office"], [hp("borderline-ipa")]),
        F("routine", "Monday to Thursday in Perth, Friday at 3 drives home down the Forrest Highway",
          ["Monday to Thursday", "Friday at 3"], [hp("borderline-ipa")]),
        F("home_location", "Geographe, Busselton WA", ["Geographe", "Busselton"], [hp("porch-stout"), "/hops/feed.xml", P], H),
        F("geotag", "georss point in Geographe (-33.6561, 115.3702)", ["-33.6561"], ["/hops/feed.xml", hp("porch-stout")], H),
        F("family", "Sam (partner)", ["Sam"], [hp("porch-stout"), hp("dusty-pale")]),
        F("official_information", "debriefed eleven ABF officers after a detainee's self-harm at Yongah Hill",
          ["Yongah Hill", "debriefed eleven"], [hp("heavy-week")]),
        F("official_contact", "jonathan.faulkner@homeaffairs.gov.au", ["jonathan.faulkner@homeaffairs.gov.au"], [hp("heavy-week")]),
        F("systems_information", "staff counselling case notes on a shared drive half the department can open",
          ["shared drive"], [hp("shared-drive")]),
        F("associate", "Dustin Keogh (mate)", ["Dustin Keogh", "Dusty"], [hp("dusty-pale")]),
        F("vulnerability", "relationship strain: barely talking, weeks away", ["barely talking", "wearing us both thin"], [hp("dusty-pale")]),
    ],
    decoys=[
        D(hp("borderline-ipa"), "Borderline IPA", ["employer"], "A beer."),
        D(hp("jetty-pilsner"), "department store in Perth", ["employer", "work_location"], "A shop."),
        D(hp("dusty-pale"), "West Busselton", ["home_location"], "His mate's garage."),
        D(hp("jetty-pilsner"), "Busselton Jetty", ["work_location"], "A landmark."),
    ],
)

# --- leganamat -----------------------------------------------------------------------------------
M = "/community/members/kirra_and_harvey/"
t = lambda n: f"{M}t/{n}/"  # noqa: E731
PERSONAS["leganamat"] = dict(
    comment="Border Force officer at Launceston Airport on maternity leave, Legana; parenting forum.",
    subject=dict(name="Kirra Dawes", aliases=["kirra_and_harvey"], risk_band="high", rank=6),
    profiles=[(M, "html")],
    facts=[
        F("employer", "Australian Border Force", ["ABF"], [M]),
        F("work_location", "Launceston Airport", ["Launceston airport", "at the airport"], [M, t(3301)]),
        F("home_location", "Legana TAS", ["Legana"], [M, t(3302)]),
        F("routine", "from February: 4 on 4 off, 5am to 5pm", ["4 on 4 off", "5am to 5pm"], [t(3301)]),
        F("family", "Harvey (son)", ["Harvey"], [M, t(3302)]),
        F("family", "Brodie (partner)", ["Brodie"], [t(3302), t(3303)]),
        F("vulnerability", "isolation with a FIFO partner and $9k on the credit card",
          ["talk to another adult", "disappearing", "living on the credit card", "$9k"], [t(3302), t(3303)]),
        F("official_information", "3kg of heroin sewn into a baby's nappy bag", ["3kg of heroin", "nappy bag"], [t(3304)]),
        F("colleague", "Tayla Moss (teammate)", ["Tayla Moss"], [t(3304)]),
        F("personal_contact", "kirra.dawes@parentmail.example", ["kirra.dawes@parentmail.example"], [M]),
    ],
    decoys=[
        D(t(3305), "border collie", ["employer"], "The family dog."),
        D(t(3305), "Centrelink", ["employer", "systems_information"], "A public app, another agency."),
        D(t(3302), "FIFO in the Pilbara", ["work_location", "employer"], "Her partner's job."),
    ],
)

# --- gympiemoto ----------------------------------------------------------------------------------
P = "/rides/"
rp = lambda s: f"/rides/posts/{s}/"  # noqa: E731
H = (-26.19480, 152.66810)
gph = [rp("bunya-run"), "/media/shed.jpg", rp("council-detour"), "/media/yard.jpg"]
PERSONAS["gympiemoto"] = dict(
    comment="Home Affairs emergency-management liaison at the Brisbane office, Gympie; motorbike touring blog with photos.",
    subject=dict(name="Wes Kettering", aliases=[], risk_band="high", rank=7),
    profiles=[(P, "html")],
    facts=[
        F("employer", "Department of Home Affairs (emergency-management liaison)", ["Home Affairs"], [rp("flood-fortnight")]),
        F("work_location", "Brisbane office", ["Brisbane office"], [rp("bruce-mondays")]),
        F("routine", "Mondays and Wednesdays down the Bruce, out of Gympie at 5:45, home by 7",
          ["Mondays and Wednesdays", "5:45"], [rp("bruce-mondays")]),
        F("home_location", "Gympie QLD", ["Gympie"], [P, rp("bruce-mondays")] + gph, H),
        F("geotag", "bike photos at home in Gympie (-26.1948, 152.6681)", ["shed.jpg", "yard.jpg"], gph, H),
        F("official_information", "41,000 disaster recovery payments in nine days; ADF asked for twice before the Minister signed",
          ["41,000", "disaster recovery payments", "ADF"], [rp("flood-fortnight")]),
        F("systems_information", "the situational awareness platform 'the Big Board' down six hours", ["Big Board"], [rp("flood-fortnight")]),
        F("official_contact", "02 5550 3391 (desk line)", ["02 5550 3391"], [rp("flood-fortnight")]),
        F("colleague", "Karen Liu (team lead)", ["Karen Liu"], [rp("flood-fortnight")]),
        F("associate", "Russell Amos (riding buddy)", ["Russell Amos", "Rusty"], [rp("bunya-run")]),
        F("family", "Jess (daughter)", ["Jess"], [rp("toowoomba")]),
        F("personal_contact", "0491 570 388", ["0491 570 388"], [rp("toowoomba")]),
    ],
    decoys=[
        D(rp("council-detour"), "Gympie Regional Council", ["employer"], "A local council."),
        D(rp("council-detour"), "Bureau of Meteorology", ["employer"], "Another agency's forecast."),
        D(rp("toowoomba"), "Toowoomba", ["home_location"], "His daughter's uni town."),
    ],
)

# --- armidaletreasurer ---------------------------------------------------------------------------
P, S = "/people/ruth", "/social/@ruthprays"
PERSONAS["armidaletreasurer"] = dict(
    comment="Home Affairs accounts-payable officer working from home in Armidale; church treasurer page and prayer requests.",
    subject=dict(name="Ruth Adeyemi-Clarke", aliases=["ruthprays", "@ruthprays"], risk_band="moderate", rank=8),
    profiles=[(P, "html"), (S, "activitypub")],
    facts=[
        F("employer", "Department of Home Affairs (finance officer)", ["Department of Home Affairs", "finance officer"], [P]),
        F("home_location", "Armidale NSW", ["Armidale"], [P, S]),
        F("family", "Tunde (husband)", ["Tunde"], [P, f"{S}/8104"]),
        F("family", "Esther (daughter)", ["Esther"], [P, f"{S}/8105"]),
        F("routine", "Wednesday prayer group 7pm in the church hall; the 10am service",
          ["Wednesday prayer group at 7pm", "10am service"], [P]),
        F("personal_contact", "0491 570 529", ["0491 570 529"], [P]),
        F("official_information", "3,000 unpaid invoices; $2.3 million of detention contractor invoices unmatched to purchase orders",
          ["3,000 unpaid invoices", "$2.3 million", "purchase order"], [f"{S}/8101"]),
        F("systems_information", "the finance system 'SAPpy' locked everyone out at month end", ["SAPpy"], [f"{S}/8102"]),
        F("colleague", "Kerry Fenwick (manager)", ["Kerry Fenwick"], [f"{S}/8103"]),
        F("vulnerability", "two months behind on the mortgage", ["two months behind on the mortgage"], [f"{S}/8104"]),
    ],
    decoys=[
        D(f"{S}/8106", "department store", ["employer", "work_location"], "A shop."),
        D(f"{S}/8103", "Armidale hospital", ["work_location"], "Her manager's mother's hospital."),
        D(P, "Church Treasurer", ["employer"], "A volunteer role at church."),
    ],
)

# --- glenorchytrainee ----------------------------------------------------------------------------
S = "/social/@tinachen_tas"
H = (-42.83150, 147.27620)
ph = photo_urls(S, [(8304, "dumplings.jpg"), (8307, "hotpot.jpg")])
PERSONAS["glenorchytrainee"] = dict(
    comment="APS trainee at the Home Affairs Hobart office, Glenorchy; Mandarin and English.",
    subject=dict(name="Tina Chen", aliases=["tinachen_tas", "@tinachen_tas", "陈雨桐"], risk_band="moderate", rank=9),
    profiles=[(S, "activitypub")],
    facts=[
        F("employer", "Department of Home Affairs (APS trainee)", ["Home Affairs", "APS trainee"], [S]),
        F("work_location", "Hobart office", ["Hobart office"], [f"{S}/8302"]),
        F("routine", "bus from Glenorchy at 7:20, in by 7:55", ["7:20", "7:55"], [f"{S}/8302"]),
        F("home_location", "Glenorchy TAS", ["Glenorchy", "格林诺奇"], [S, f"{S}/8302"] + ph, H),
        F("geotag", "photos at home in Glenorchy (-42.8315, 147.2762)", ["dumplings.jpg", "hotpot.jpg"], ph, H),
        F("colleague", "Simon Tafa (buddy)", ["Simon Tafa"], [f"{S}/8301"]),
        F("systems_information", "the 'Green Screen' mainframe visa system; login waited three weeks for pass and token",
          ["Green Screen", "mainframe"], [f"{S}/8301"]),
        F("official_information", "900 student visa applications waiting, half from one suspect agent", ["900 applications", "dodgy"], [f"{S}/8303"]),
        F("family", "Li Hua (mother)", ["Li Hua", "Mum", "妈妈"], [f"{S}/8304", f"{S}/8307"]),
        F("personal_contact", "WeChat tinachen_tas_wx", ["tinachen_tas_wx"], [S]),
    ],
    decoys=[
        D(f"{S}/8306", "department store", ["employer", "work_location"], "A shop."),
    ],
)

# --- bundyvisas ----------------------------------------------------------------------------------
S = "/social/@eleni_bundy"
PERSONAS["bundyvisas"] = dict(
    comment="Home Affairs skilled-visa officer, Brisbane office twice a week, home in Bundaberg West; Greek and English.",
    subject=dict(name="Eleni Papadakis", aliases=["eleni_bundy", "@eleni_bundy"], risk_band="moderate", rank=10),
    profiles=[(S, "activitypub")],
    facts=[
        F("employer", "Department of Home Affairs (skilled visas)", ["Home Affairs"], [S]),
        F("corporate_identifier", "eleni.papadakis@homeaffairs.gov.au", ["eleni.papadakis@homeaffairs.gov.au"], [S]),
        F("official_contact", "eleni.papadakis@homeaffairs.gov.au", ["eleni.papadakis@homeaffairs.gov.au"], [f"{S}/9102"]),
        F("routine", "Tuesdays and Thursdays the 4:50am Tilt Train to Brisbane", ["Tuesdays and Thursdays", "4:50am Tilt Train"], [f"{S}/9101"]),
        F("work_location", "Brisbane office", ["Brisbane"], [f"{S}/9101"]),
        F("home_location", "Bundaberg West QLD", ["Bundaberg West", "Bundy"], [f"{S}/9101", S]),
        F("official_information", "6,000 regional sponsored visas queued; Bundaberg farms to the back until July",
          ["6,000 regional sponsored visas", "priority order"], [f"{S}/9103"]),
        F("family", "Despina (grandmother)", ["Yiayia Despina", "Despina"], [f"{S}/9104"]),
    ],
    decoys=[
        D(f"{S}/9105", "border collie", ["employer"], "A puppy at the markets."),
        D(f"{S}/9105", "Bundaberg markets", ["work_location"], "A Sunday outing."),
    ],
)

# --- controls ------------------------------------------------------------------------------------
S = "/social/@brettsol"
PERSONAS["stirlingdefence"] = dict(
    comment="NEGATIVE CONTROL: Defence APS logistics officer at the naval base, Falcon, Mandurah.",
    subject=dict(name="Brett Solomons", aliases=["brettsol", "@brettsol"], risk_band="low", rank=11),
    profiles=[(S, "activitypub")],
    facts=[
        F("home_location", "Falcon, Mandurah WA", ["Falcon"], [S, f"{S}/4407"]),
        F("routine", "Saturday parkrun at 7am on the Mandurah foreshore", ["parkrun at 7am"], [f"{S}/4402"]),
        F("family", "Cass (wife)", ["Cass"], [f"{S}/4405"]),
        F("family", "Jayden (son)", ["Jayden"], [f"{S}/4405"]),
        F("associate", "Gaz Whitford (mate)", ["Gaz Whitford"], [f"{S}/4406"]),
        F("personal_contact", "0491 570 617", ["0491 570 617"], [f"{S}/4407"]),
    ],
    decoys=[
        D(S, "Defence APS", ["employer"], "He works for Defence, not Home Affairs."),
        D(f"{S}/4401", "The department's pushing", ["employer", "official_information"], "His department is Defence."),
        D(f"{S}/4401", "My EL1", ["colleague", "employer"], "A Defence manager."),
        D(f"{S}/4403", "Security clearance renewal", ["employer", "official_information", "systems_information"], "A Defence clearance."),
        D(f"{S}/4404", "A Border Force boat tied up at the wharf", ["employer", "work_location", "official_information"],
          "Seen from the outside at a Defence base."),
        D(f"{S}/4405", "Border Security", ["employer"], "A TV show."),
    ],
)

P = "/notes/"
np_ = lambda s: f"/notes/posts/{s}/"  # noqa: E731
PERSONAS["claremonteo"] = dict(
    comment="NEGATIVE CONTROL: a federal MP's electorate officer handling visa enquiries, Claremont TAS.",
    subject=dict(name="Imogen Tull", aliases=[], risk_band="low", rank=12),
    profiles=[(P, "html")],
    facts=[
        F("home_location", "Claremont TAS", ["Claremont"], [np_("our-street")]),
        F("family", "Tom (husband)", ["Tom"], [np_("our-street")]),
        F("routine", "Sunday 8am swim at the Glenorchy pool", ["Sunday 8am"], [np_("our-street")]),
        F("associate", "Rosa Delgado (friend)", ["Rosa Delgado"], [np_("detention-letters")]),
        F("personal_contact", "imogen.tull@woolmail.example", ["imogen.tull@woolmail.example"], [np_("contact")]),
    ],
    decoys=[
        D(P, "Electorate officer", ["employer"], "She works for an MP, not the department."),
        D(np_("partner-visa"), "parliamentary liaison line at the Department", ["official_contact", "employer"],
          "The department's line for MPs' offices, rung by an outsider."),
        D(np_("partner-visa"), "case officer", ["colleague"], "An unnamed departmental officer on a constituent's file."),
        D(np_("airport-call"), "held by Border Force at Melbourne Airport", ["employer", "work_location", "official_information"],
          "A constituent's relative."),
        D(np_("airport-call"), "wrote to the Minister", ["official_information"], "Her MP's correspondence."),
        D(np_("detention-letters"), "immigration detention", ["official_information", "work_location"], "Constituents' letters."),
    ],
)

M = "/board/u/priya_researches/"
bt = lambda n: f"{M}t/{n}/"  # noqa: E731
H = (-41.44230, 147.12180)
tph = [bt(814), "/media/desk.jpg", bt(815), "/media/garden.jpg"]
PERSONAS["trevallynresearch"] = dict(
    comment="NEGATIVE CONTROL: freelance TV researcher on a border-security documentary, Trevallyn, Launceston.",
    subject=dict(name="Priya Nandakumar", aliases=["priya_researches"], risk_band="low", rank=13),
    profiles=[(M, "html")],
    facts=[
        F("home_location", "Trevallyn, Launceston TAS", ["Trevallyn"], [M] + tph, H),
        F("geotag", "photos at home in Trevallyn (-41.4423, 147.1218)", ["desk.jpg", "garden.jpg"], tph, H),
        F("family", "Arjun (partner)", ["Arjun"], [bt(814)]),
        F("associate", "Mel Brasch (friend)", ["Mel Brasch", "Mel"], [bt(814)]),
        F("routine", "Thursday nights 7 till late at Mel's in Newstead", ["Thursday nights", "7 till late"], [bt(814)]),
        F("personal_contact", "priya.n@docmail.example", ["priya.n@docmail.example"], [M]),
    ],
    decoys=[
        D(bt(812), "The Department's media team", ["employer", "colleague", "official_contact"], "The production's contact at the department."),
        D(bt(813), "Border Force officers at Melbourne Airport", ["employer", "work_location", "colleague"], "Filmed for the series."),
        D(bt(813), "2kg of cocaine", ["official_information"], "A broadcast seizure scene."),
        D(bt(813), "x-ray screens", ["systems_information"], "Glare on camera."),
        D(bt(815), "former customs officer", ["employer", "colleague"], "An interviewee."),
        D(bt(815), "border collie", ["employer"], "The dog."),
    ],
)


def write(name: str, p: dict) -> None:
    s = p["subject"]
    out = [f"# Ground truth for set-53 persona {name!r} (FICTIONAL). Written by _truth.py; edit there.",
           f"# {p['comment']}", "", "[subject]",
           f"name = {q(s['name'])}", f"aliases = {q(s['aliases'])}", 'organisation = "dibp"',
           f"risk_band = {q(s['risk_band'])}", f"rank = {s['rank']}", ""]
    for path, plat in p["profiles"]:
        out += ["[[profiles]]", f"path = {q(path)}", f"platform = {q(plat)}", ""]
    for f in p["facts"]:
        out += ["[[facts]]"] + [f"{k} = {q(v)}" for k, v in f.items()] + [""]
    for d in p["decoys"]:
        out += ["[[decoys]]"] + [f"{k} = {q(v)}" for k, v in d.items()] + [""]
    (HERE / name / "persona.toml").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    for n, p in PERSONAS.items():
        write(n, p)
    from collections import Counter
    c = Counter(f["category"] for p in PERSONAS.values() for f in p["facts"])
    print(sum(c.values()), dict(sorted(c.items())))
