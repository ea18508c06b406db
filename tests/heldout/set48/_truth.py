"""Write each set-48 persona's persona.toml from the tables below (ground truth, written by hand).

    .venv/bin/python tests/heldout/set48/_truth.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B = "{{BASE}}"


def ap(h, *ns, ids=False):
    out = [f"{B}/social/@{h}/{n}" for n in ns]
    return out + ([f"{B}/social/@{h}/statuses/{n}" for n in ns] if ids else [])


def prof(h):
    return f"{B}/social/@{h}"


def post(root, *slugs):
    return [f"{B}/{root}/posts/{s}/" for s in slugs]


def thread(path, *ids):
    return [f"{B}{path}t/{i}/" for i in ids]


def F(cat, value, keys, urls, lat=None, lon=None):
    d = {"category": cat, "value": value, "keys": keys, "urls": urls}
    if lat is not None:
        d |= {"lat": lat, "lon": lon, "radius_m": 150}
    return d


def D(url, phrase, cats, why):
    return {"url": url, "phrase": phrase, "not_categories": cats, "why": why}


P = {}

# --- 1 reelbroome -------------------------------------------------------------------------------
R = "/forum/u/threadfin_jaz/"
RH = (-17.9506, 122.2271)
P["reelbroome"] = dict(
    subject=dict(name="Jarrod Pettersen", aliases=["threadfin_jaz"], risk_band="critical", rank=1),
    note="ABF patrol-boat crewman out of Broome on a sportfishing forum: an interception and a burned boat, a "
         "failing radar and satellite link, a boat loan he can't carry, his phone and a backyard photo at home.",
    profiles=[(R, "html")],
    facts=[
        F("employer", "Australian Border Force", ["Border Force patrol boats", "Border Force"], thread(R, 9101)),
        F("work_location", "Port of Broome", ["Port of Broome"], thread(R, 9101)),
        F("routine", "28 on, 28 off; Sundays 5:30 at the Entrance Point ramp in his off month",
          ["28 on, 28 off", "Entrance Point ramp at 5:30"], thread(R, 9101, 9102)),
        F("official_information", "Trepang boat off Scott Reef: 11 crew taken off, hull burned, repeat offenders",
          ["Scott Reef", "trepang"], thread(R, 9104)),
        F("systems_information", "Patrol boat radar dropping out; satellite comms need a reboot of the box",
          ["radar", "satellite comms"], thread(R, 9105)),
        F("family", "Shae (wife)", ["Shae", "the missus"], thread(R, 9103)),
        F("associate", "Glen Harkness (friend)", ["Glen Harkness", "Boof"], thread(R, 9103, 9102)),
        F("vulnerability", "Owes 41 grand on a boat; needs the cash", ["owe 41 grand", "41 grand", "need the cash"],
          thread(R, 9106)),
        F("personal_contact", "0491 570 318", ["0491 570 318"], thread(R, 9106)),
        F("home_location", "Djugun, Broome", ["Djugun"], thread(R, 9106) + [f"{B}/media/tinny-backyard.jpg"], *RH),
        F("geotag", "Backyard photo with GPS, Djugun", ["tinny-backyard"],
          [f"{B}/media/tinny-backyard.jpg"] + thread(R, 9106), *RH),
    ],
    decoys=[
        D(thread(R, 9107)[0], "Border Security", ["employer"], "A TV show watched with the in-laws."),
        D(thread(R, 9107)[0], "Cable Beach", ["home_location", "work_location"], "A beach where a mate saw a jelly."),
    ],
)

# --- 2 gymjoondalup -----------------------------------------------------------------------------
K = "kaydengains"
KH = (-31.7446, 115.7632)
P["gymjoondalup"] = dict(
    subject=dict(name="Kayden Rossi", aliases=["kaydengains", "@kaydengains", "Kayden"], risk_band="critical", rank=2),
    note="22-year-old ABF officer at Perth Airport posting gym content: steroid use, buy-now-pay-later debt, a seizure "
         "out of protein tubs, a Snapchat handle and a GPS photo of his garage gym.",
    profiles=[(f"/social/@{K}", "activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["ABF", "borderforce"], ap(K, 7002, ids=True)),
        F("work_location", "Perth Airport international (T1)", ["Perth Airport", "T1"], ap(K, 7002, 7001)),
        F("routine", "Gym at 4:30am, on the line at T1 by 6", ["gym at 4:30", "T1 by 6"], ap(K, 7001)),
        F("official_information", "2 kg pulled out of three 'protein' tubs at the airport", ["2 kilos", "protein powder"],
          ap(K, 7003)),
        F("colleague", "Benno (colleague)", ["Benno"], ap(K, 7004)),
        F("associate", "Tayla Brindle (coach)", ["Tayla Brindle"], ap(K, 7005)),
        F("family", "Jess (sister)", ["Jess"], ap(K, 7009)),
        F("vulnerability", "Anabolic steroid cycle", ["Test plus a little tren", "cycle"], ap(K, 7006)),
        F("vulnerability", "Afterpay and Zip debt", ["Zip maxed", "Afterpay"], ap(K, 7008)),
        F("personal_contact", "Snapchat kaydengains_", ["kaydengains_"], [prof(K)]),
        F("home_location", "Joondalup", ["Joondalup"], [prof(K)] + ap(K, 7007) + [f"{B}/media/garage-gym.jpg"], *KH),
        F("geotag", "Garage gym photo with GPS", ["garage gym"], [f"{B}/media/garage-gym.jpg"] + ap(K, 7007), *KH),
    ],
    decoys=[
        D(ap(K, 7010)[0], "Border collie", ["employer", "colleague"], "A dog on the beach."),
        D(ap(K, 7003)[0], "creatine", ["systems_information"], "What the traveller claimed."),
    ],
)

# --- 3 tippingcomp ------------------------------------------------------------------------------
T = "/club/u/bingo/"
P["tippingcomp"] = dict(
    subject=dict(name="Brendan Walsh", aliases=["Bingo"], risk_band="critical", rank=3),
    note="ABF boarding officer at the Geraldton port running a footy club tipping comp with his work email: an "
         "absconding seaman, unsynced boarding tablets, gambling losses hidden from his wife, his PayID phone.",
    profiles=[(T, "html")],
    facts=[
        F("employer", "Australian Border Force", ["Border Force"], thread(T, 502)),
        F("work_location", "Geraldton port", ["at the port"], thread(T, 502, 503)),
        F("corporate_identifier", "brendan.walsh@abf.gov.au", ["brendan.walsh@abf.gov.au"], thread(T, 501)),
        F("official_information", "A bulk carrier's crewman went over the side and absconded; search till sunrise",
          ["swam for it", "went over the side"], thread(T, 502)),
        F("systems_information", "Boarding tablets not syncing since March; photos on officers' own phones",
          ["boarding tablets"], thread(T, 505)),
        F("colleague", "Shane Cullity (colleague)", ["Shane Cullity", "Shane"], thread(T, 502)),
        F("associate", "Gary Lowther (club president)", ["Gary Lowther", "Gazza"], thread(T, 501, 504)),
        F("family", "Jackson (son)", ["Jackson"], thread(T, 504)),
        F("family", "Leanne (wife)", ["Leanne"], thread(T, 504, 503)),
        F("vulnerability", "Down 3 grand on the dogs, hidden from his wife", ["3 grand on the dogs"], thread(T, 503)),
        F("routine", "Training Tue/Thu 6pm at Wonthella Oval; week on days, week on nights",
          ["Tuesday and Thursday 6pm", "week on days, week on nights"], thread(T, 503)),
        F("personal_contact", "0491 570 227", ["0491 570 227"], thread(T, 501)),
    ],
    decoys=[
        D(thread(T, 506)[0], "department store", ["employer"], "TV ads."),
        D(thread(T, 506)[0], "border collie", ["employer", "colleague"], "The club mascot."),
        D(thread(T, 502)[0], "Tarcoola Beach", ["home_location"], "Where the seaman was found."),
    ],
)

# --- 4 dogadmin ---------------------------------------------------------------------------------
L = "leahb_dev"
LH = (-41.2314, 146.3496)
P["dogadmin"] = dict(
    subject=dict(name="Leah Bramich", aliases=["leahb_dev", "@leahb_dev", "Leah B"], risk_band="high", rank=4),
    note="Admin for the ABF detector dog team at the Devonport ferry terminal: a cash find, the training-aids log on "
         "an open spreadsheet, her work mobile, a fresh break-up, her daughter's school, a backyard GPS photo.",
    profiles=[(f"/social/@{L}", "activitypub")],
    facts=[
        F("employer", "Australian Border Force (detector dog team)", ["ABF detector dog team", "ABF"], [prof(L)]),
        F("work_location", "Spirit of Tasmania terminal, Devonport", ["Spirit terminal"], [prof(L)]),
        F("official_information", "$82,000 cash found in a campervan's water tank off the ferry",
          ["$82,000", "water tank"], ap(L, 6202)),
        F("colleague", "Jonno (colleague)", ["Jonno"], ap(L, 6202)),
        F("official_contact", "0491 570 664 (work mobile)", ["0491 570 664"], ap(L, 6203)),
        F("systems_information", "Training aids log in a shared-drive spreadsheet anyone can edit",
          ["training aids log", "spreadsheet"], ap(L, 6204)),
        F("vulnerability", "Relationship breakdown", ["Mitch and I are done"], ap(L, 6205)),
        F("family", "Mitch (ex-partner)", ["Mitch"], ap(L, 6205)),
        F("family", "Isla (daughter)", ["Isla", "Spreyton Primary"], ap(L, 6205, 6206, 6208)),
        F("associate", "Bec Tonkin (friend)", ["Bec Tonkin"], ap(L, 6207)),
        F("personal_contact", "leah.bramich@mailbox.example", ["leah.bramich@mailbox.example"], ap(L, 6208)),
        F("home_location", "Spreyton", ["Spreyton"], ap(L, 6207, 6206) + [f"{B}/media/firepit-spreyton.jpg"], *LH),
        F("geotag", "Backyard fire pit photo with GPS", ["fire pit"], [f"{B}/media/firepit-spreyton.jpg"] + ap(L, 6207),
          *LH),
    ],
    decoys=[
        D(ap(L, 6202)[0], "Tilly", ["colleague", "associate", "family"], "A detector dog."),
        D(ap(L, 6209)[0], "border collie", ["employer"], "A dog on a walk."),
        D(ap(L, 6209)[0], "Spirit going out", ["work_location"], "The ferry seen from a walk, not a work post."),
    ],
)

# --- 5 helpdesk ---------------------------------------------------------------------------------
Q = "ticketqueen"
QH = (-31.7347, 115.7456)
P["helpdesk"] = dict(
    subject=dict(name="Priya Nandakumar", aliases=["ticketqueen", "@ticketqueen", "priya"], risk_band="high", rank=5),
    note="Home Affairs service-desk officer in Perth, one-liners with hashtags: her work email as a profile field, "
         "password resets without callbacks, VPN and Windows 10, a pay grievance, a place-tagged balcony.",
    profiles=[(f"/social/@{Q}", "activitypub")],
    facts=[
        F("employer", "Department of Home Affairs", ["Home Affairs"], [prof(Q)]),
        F("corporate_identifier", "priya.nandakumar@homeaffairs.gov.au", ["priya.nandakumar@homeaffairs.gov.au"],
          [prof(Q)]),
        F("work_location", "Wellington Street office, Perth", ["Wellington Street office"], ap(Q, 8110)),
        F("routine", "7:04 train from Currambine every day; trivia Wednesdays 7pm", ["7:04 train", "Trivia Weds 7pm"],
          ap(Q, 8101, 8105)),
        F("home_location", "Currambine", ["Currambine"], ap(Q, 8101) + ap(Q, 8108, ids=True), *QH),
        F("geotag", "Place-tagged balcony note, Currambine", ["Currambine"], ap(Q, 8108, ids=True), *QH),
        F("systems_information", "Password resets done without the required callback",
          ["Nobody asked for a callback", "callback"], ap(Q, 8102)),
        F("systems_information", "VPN concentrator failing; half the fleet still on Windows 10",
          ["VPN concentrator", "Windows 10"], ap(Q, 8103, 8109)),
        F("official_information", "Visa processing floor locked out 3 hours, 4,000 applications stalled",
          ["4,000 applications", "visa processing floor"], ap(Q, 8104)),
        F("colleague", "Dev (colleague)", ["Dev"], ap(Q, 8106)),
        F("associate", "Kezia Wu (friend)", ["Kezia Wu", "Kezia"], ap(Q, 8105, 8111)),
        F("vulnerability", "Pay grievance: APS3 beside $95/hr contractors", ["I'm APS3", "Contractors next to me"],
          ap(Q, 8107)),
    ],
    decoys=[
        D(ap(Q, 8110)[0], "border collie", ["colleague", "associate"], "A dog on a lunch walk."),
        D(ap(Q, 8111)[0], "Border Security", ["employer"], "A TV show."),
    ],
)

# --- 6 churchnews -------------------------------------------------------------------------------
C = "/people/graham-petrakis"
G = "gpetrakis"
P["churchnews"] = dict(
    subject=dict(name="Graham Petrakis", aliases=["gpetrakis", "@gpetrakis"], risk_band="high", rank=6),
    note="ABF trade compliance auditor near Mildura: a church member page (third person) with his job, work email "
         "and suburb, and his own posts on an audit, workbooks on a C drive and a grievance about promotion.",
    profiles=[(C, "html"), (f"/social/@{G}", "activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["Australian Border Force", "trade compliance auditor"], [f"{B}{C}"]),
        F("work_location", "Docklands office, Melbourne", ["Docklands office"], [f"{B}{C}"]),
        F("official_contact", "graham.petrakis@abf.gov.au", ["graham.petrakis@abf.gov.au"], [f"{B}{C}"]),
        F("official_information", "Dried-fruit packer audit: pumps misclassified as parts, ~$800k duty short",
          ["$800k", "irrigation pumps"], ap(G, 3301)),
        F("systems_information", "Classification tool down; audit workbooks on a laptop C drive, no backups",
          ["C drive", "Classification tool"], ap(G, 3302)),
        F("vulnerability", "Grievance: passed over for EL1", ["Sixth year at APS6", "never seen a container"],
          ap(G, 3303)),
        F("family", "Eleni (wife)", ["Eleni"], [f"{B}{C}"] + ap(G, 3304)),
        F("family", "Theo (son)", ["Theo"], [f"{B}{C}"] + ap(G, 3304)),
        F("associate", "Ruth Carmody (pastor)", ["Ruth Carmody"], [f"{B}{C}"]),
        F("routine", "Men's breakfast 7am every second Saturday; 9:30 service; Theo's cricket Saturday 8am",
          ["7am every second Saturday", "9:30 service", "Saturday 8am"], [f"{B}{C}"] + ap(G, 3304)),
        F("home_location", "Irymple", ["Irymple"], [f"{B}{C}"] + ap(G, 3304)),
    ],
    decoys=[
        D(f"{B}{C}", "Border Security TV show", ["employer"], "A joke about what he is not."),
        D(ap(G, 3305)[0], "Department store", ["employer", "work_location"], "Parking."),
        D(ap(G, 3305)[0], "Mildura wharf", ["work_location"], "A walk by the river."),
    ],
)

# --- 7 quiltnan ---------------------------------------------------------------------------------
QB = "blog"
BH = (-25.2914, 152.8986)
P["quiltnan"] = dict(
    subject=dict(name="Beverley Hollis", aliases=["Bev", "Nana"], risk_band="high", rank=7),
    note="Home Affairs citizenship-ceremony officer on the Fraser Coast, a quilting nana's blog: a cancelled "
         "conferral, her desk phone, ceremony lists on a USB stick, her husband and grandson, georss at home.",
    profiles=[("/blog/", "html"), ("/blog/feed.xml", "feed")],
    facts=[
        F("employer", "Department of Home Affairs", ["Department of Home Affairs"], post(QB, "ceremony-quilt")),
        F("work_location", "Council chambers, Tavistock Street (citizenship ceremonies)",
          ["council chambers", "Tavistock Street"], post(QB, "ceremony-quilt", "noah-tech")),
        F("official_information", "A conferee pulled from a ceremony after her approval was cancelled that morning",
          ["pulled out of the line", "58 new Australians"], post(QB, "sad-thursday")),
        F("official_contact", "02 5550 4172 (desk)", ["02 5550 4172"], post(QB, "guild-news")),
        F("systems_information", "Ceremony lists carried on a USB stick whose password is a birthday; slow laptop",
          ["USB stick"], post(QB, "noah-tech")),
        F("family", "Ron (husband)", ["Ron"], post(QB, "guild-news", "family-visit", "sewing-room")),
        F("family", "Noah (grandson)", ["Noah"], post(QB, "noah-tech")),
        F("associate", "Marj Kettle (friend)", ["Marj Kettle", "Marj"], post(QB, "guild-news")),
        F("routine", "Guild every Tuesday 9:30 at Pialba hall; Esplanade walk every morning at six",
          ["every Tuesday at 9:30", "every morning at six"], post(QB, "guild-news")),
        F("home_location", "Urangan, Hervey Bay", ["Urangan"],
          [f"{B}/blog/", f"{B}/blog/feed.xml"] + post(QB, "sewing-room"), *BH),
        F("geotag", "georss point on the sewing-room post", ["-25.2914"],
          [f"{B}/blog/feed.xml"] + post(QB, "sewing-room"), *BH),
    ],
    decoys=[
        D(post(QB, "family-visit")[0], "Border Security", ["employer"], "TV reruns."),
        D(post(QB, "sewing-room")[0], "department store", ["employer", "work_location"], "Fabric shopping."),
        D(post(QB, "ceremony-quilt")[0], "blue border", ["employer"], "A quilt's border."),
    ],
)

# --- 8 xmasisland -------------------------------------------------------------------------------
X = "renee_k"
XH = (-28.7784, 114.6531)
P["xmasisland"] = dict(
    subject=dict(name="Renee Kowalczyk", aliases=["renee_k", "@renee_k"], risk_band="high", rank=8),
    note="ABF officer rotating through the Christmas Island detention centre from Geraldton: a rooftop protest, "
         "drinking alone, her son's age, a place-tagged verandah.",
    profiles=[(f"/social/@{X}", "activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["Border Force"], ap(X, 5502)),
        F("work_location", "Christmas Island detention centre (North West Point)", ["North West Point"], ap(X, 5501)),
        F("routine", "Three weeks on the island, three weeks home",
          ["Three weeks at North West Point", "three weeks home", "Three weeks away"], ap(X, 5501) + [prof(X)]),
        F("official_information", "Two detainees on the compound roof for nine hours", ["on the roof", "nine hours"],
          ap(X, 5502)),
        F("vulnerability", "Drinking alone after shifts", ["nothing to do after shift but drink", "Third night running"],
          ap(X, 5503)),
        F("family", "Cody (son)", ["Cody"], ap(X, 5501, 5505)),
        F("associate", "Tash Merritt (friend)", ["Tash Merritt"], ap(X, 5506)),
        F("home_location", "Mount Tarcoola, Geraldton", ["Mount Tarcoola", "Gero"], ap(X, 5504, ids=True) + [prof(X)],
          *XH),
        F("geotag", "Place-tagged verandah note, Mount Tarcoola", ["Mount Tarcoola"], ap(X, 5504, ids=True), *XH),
    ],
    decoys=[
        D(ap(X, 5507)[0], "Border collie", ["employer", "colleague"], "A dog on the beach."),
        D(ap(X, 5507)[0], "Back Beach", ["home_location", "work_location"], "A run, not home."),
    ],
)

# --- 9 fifomildura ------------------------------------------------------------------------------
M = "garden"
MH = (-34.2183, 142.2216)
P["fifomildura"] = dict(
    subject=dict(name="Sam Achterberg", aliases=["Sam"], risk_band="moderate", rank=9),
    note="ABF officer flying from Mildura to Melbourne Airport each week, on a veggie blog whose feed author is his "
         "work email: a seizure, the Monday flight, his suburb and a backyard GPS photo.",
    profiles=[("/garden/", "html"), ("/garden/feed.xml", "feed")],
    facts=[
        F("employer", "Australian Border Force", ["Border Force"], post(M, "tomato-season")),
        F("corporate_identifier", "sam.achterberg@abf.gov.au (feed author)", ["sam.achterberg@abf.gov.au"],
          [f"{B}/garden/feed.xml"]),
        F("work_location", "Melbourne Airport (Tullamarine)", ["Tulla", "at the airport"],
          post(M, "tomato-season", "chillies")),
        F("routine", "Monday 6:10am Rex to Melbourne, home Thursday night", ["Monday 6:10am", "home Thursday night"],
          post(M, "tomato-season")),
        F("official_information", "Nine kilos of cocaine sewn into suitcase linings off the Kuala Lumpur flight",
          ["nine kilos of cocaine", "Kuala Lumpur flight"], post(M, "chillies")),
        F("family", "Carla (wife)", ["Carla"], post(M, "tomato-season")),
        F("associate", "Wally Dunstan (neighbour)", ["Wally Dunstan", "Wally"], post(M, "neighbour")),
        F("personal_contact", "sam.grows@patchmail.example", ["sam.grows@patchmail.example"], post(M, "seedlings")),
        F("home_location", "Nichols Point, Mildura", ["Nichols Point"],
          post(M, "seedlings", "tomato-season") + [f"{B}/media/tomatoes.jpg"], *MH),
        F("geotag", "Backyard tomato photo with GPS", ["tomato beds"], [f"{B}/media/tomatoes.jpg"] +
          post(M, "tomato-season"), *MH),
    ],
    decoys=[
        D(post(M, "riverfront")[0], "Border collie", ["employer", "colleague"], "Pups on a walk."),
    ],
)

# --- 10 bundyport -------------------------------------------------------------------------------
TR = "/crew/tom-rasmussen"
P["bundyport"] = dict(
    subject=dict(name="Tom Rasmussen", aliases=["tomras", "@tomras"], risk_band="moderate", rank=10),
    note="ABF officer clearing yachts at the Port of Bundaberg: a sailing club's crew page with his job, suburb and work "
         "email for yachties, the Wednesday race, and one post on a skipper with three passports.",
    profiles=[(TR, "html"), ("/social/@tomras", "activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["Border Force"], [f"{B}{TR}"]),
        F("work_location", "Port of Bundaberg (Burnett Heads)", ["Port of Bundaberg", "Burnett Heads"],
          [f"{B}{TR}"] + ap("tomras", 4401)),
        F("official_contact", "tom.rasmussen@abf.gov.au", ["tom.rasmussen@abf.gov.au"], [f"{B}{TR}"]),
        F("official_information", "A yacht skipper with three passports in three names", ["three passports"],
          ap("tomras", 4401)),
        F("routine", "Wednesday twilight race, 5:30pm off the Urangan marina", ["5:30pm start", "Wednesday"],
          [f"{B}{TR}"] + ap("tomras", 4402)),
        F("home_location", "Torquay, Hervey Bay", ["Torquay"], [f"{B}{TR}"]),
        F("associate", "Anne Fortescue (skipper)", ["Anne Fortescue", "Anne"], ap("tomras", 4402)),
        F("family", "Freya (daughter)", ["Freya"], ap("tomras", 4403)),
    ],
    decoys=[
        D(ap("tomras", 4404)[0], "Border Security", ["employer"], "A TV show."),
    ],
)

# --- 11 pearlbroome (control) -------------------------------------------------------------------
PB = "blog"
P["pearlbroome"] = dict(
    subject=dict(name="Natalie Cheong", aliases=["Nat"], risk_band="low", rank=11),
    note="NEGATIVE CONTROL: logistics manager at a Broome pearl farm; customs brokers, export permits and a Border "
         "Force inspection of her freight, none of which makes her staff.",
    profiles=[("/blog/", "html")],
    facts=[
        F("associate", "Vince Ong (customs broker)", ["Vince Ong", "Vince"], post(PB, "harvest-shipping")),
        F("family", "Darren (husband)", ["Darren"], post(PB, "run-club")),
        F("routine", "Thursday 5:30pm Cable Beach run club", ["Thursday 5:30pm"], post(PB, "run-club")),
        F("home_location", "Bilingurr, Broome", ["Bilingurr"], [f"{B}/blog/"]),
        F("personal_contact", "natalie@kimberleyshell.example", ["natalie@kimberleyshell.example"], post(PB, "contact")),
    ],
    decoys=[
        D(post(PB, "harvest-shipping")[0], "customs broker", ["employer", "colleague"], "A private broker she hires."),
        D(post(PB, "harvest-shipping")[0], "Department of Agriculture", ["employer"], "An export permit authority."),
        D(post(PB, "inspection")[0], "Border Force", ["employer", "official_information"], "They inspected her freight."),
        D(f"{B}/blog/", "Logistics Manager", ["employer"], "Her job at a private company."),
        D(post(PB, "run-club")[0], "border collie", ["employer", "associate"], "A dog at run club."),
        D(post(PB, "contact")[0], "department store", ["employer"], "Pricing joke."),
    ],
)

# --- 12 retiredcop (control) --------------------------------------------------------------------
RC = "/members/sgtray/"
P["retiredcop"] = dict(
    subject=dict(name="Ray Dobson", aliases=["SgtRay_retd"], risk_band="low", rank=12),
    note="NEGATIVE CONTROL: retired Tasmania Police sergeant training security guards in Devonport; talks about "
         "badges, uniforms, Border Force and the ferry terminal without being staff.",
    profiles=[(RC, "html")],
    facts=[
        F("family", "Judy (wife)", ["Judy"], thread(RC, 3304)),
        F("associate", "Col Pettit (fellow trainer)", ["Col Pettit", "Col"], thread(RC, 3303)),
        F("routine", "Classes Monday and Wednesday 6-9pm in Devonport", ["Monday and Wednesday 6pm"], thread(RC, 3301)),
        F("personal_contact", "0491 570 455", ["0491 570 455"], thread(RC, 3303)),
        F("home_location", "Latrobe, Tasmania", ["Latrobe"], thread(RC, 3304)),
    ],
    decoys=[
        D(thread(RC, 3301)[0], "Border Force", ["employer"], "What a security licence is not."),
        D(thread(RC, 3301)[0], "uniform", ["employer"], "Security guards' uniforms."),
        D(thread(RC, 3302)[0], "Spirit of Tasmania", ["work_location"], "Where his graduates work."),
        D(thread(RC, 3302)[0], "customs officers", ["colleague", "official_information"], "Hearsay from graduates."),
        D(f"{B}{RC}", "Tasmania Police", ["employer"], "His former employer, a state force."),
    ],
)

# --- 13 detentionjourno (control) ---------------------------------------------------------------
HV = "hvukovic"
P["detentionjourno"] = dict(
    subject=dict(name="Hannah Vukovic", aliases=["hvukovic", "@hvukovic"], risk_band="low", rank=13),
    note="NEGATIVE CONTROL: freelance journalist covering offshore detention from Perth; names Home Affairs, Nauru, "
         "the Minister's office and Border Force as subjects of her reporting.",
    profiles=[("/about", "html"), (f"/social/@{HV}", "activitypub")],
    facts=[
        F("personal_contact", "0491 570 912 (Signal)", ["0491 570 912", "+61 491 570 912"], [f"{B}/about"]),
        F("personal_contact", "tips@hannahvukovic.example", ["tips@hannahvukovic.example"], [f"{B}/about"]),
        F("family", "Ollie (partner)", ["Ollie"], ap(HV, 9902)),
        F("associate", "Ben Adeyemi (photographer)", ["Ben Adeyemi"], ap(HV, 9903)),
        F("routine", "Saturday 7am parkrun at Lake Joondalup", ["Saturday 7am parkrun"], ap(HV, 9902)),
    ],
    decoys=[
        D(f"{B}/about", "Home Affairs", ["employer"], "Says she has never been employed there."),
        D(f"{B}/about", "Border Force", ["employer"], "Same sentence."),
        D(f"{B}/about", "Nauru", ["work_location", "official_information"], "A subject of her reporting."),
        D(ap(HV, 9901)[0], "Minister's office", ["official_information"], "Reporting from FOI documents."),
        D(ap(HV, 9904)[0], "Home Affairs annual reports", ["employer", "official_information"], "Public reports."),
        D(ap(HV, 9905)[0], "border collie", ["associate", "family"], "A dog."),
    ],
)


def q(s):
    return json.dumps(s, ensure_ascii=False)


def toml(name, p):
    s = p["subject"]
    out = [f"# Ground truth for set-48 persona \"{name}\" (FICTIONAL). Written blind; see tests/heldout/README.md.",
           f"# {p['note']}", "", "[subject]", f"name = {q(s['name'])}", f"aliases = {q(s['aliases'])}",
           'organisation = "dibp"', f"risk_band = {q(s['risk_band'])}", f"rank = {s['rank']}", ""]
    for path, plat in p["profiles"]:
        out += ["[[profiles]]", f"path = {q(path)}", f"platform = {q(plat)}", ""]
    for f in p["facts"]:
        out += ["[[facts]]", f"category = {q(f['category'])}", f"value = {q(f['value'])}", f"keys = {q(f['keys'])}",
                f"urls = {q(f['urls'])}"]
        if "lat" in f:
            out += [f"lat = {f['lat']}", f"lon = {f['lon']}", f"radius_m = {f['radius_m']}"]
        out.append("")
    for d in p["decoys"]:
        out += ["[[decoys]]", f"url = {q(d['url'])}", f"phrase = {q(d['phrase'])}",
                f"not_categories = {q(d['not_categories'])}", f"why = {q(d['why'])}", ""]
    return "\n".join(out)


if __name__ == "__main__":
    from collections import Counter
    c = Counter()
    for name, p in P.items():
        (HERE / name / "persona.toml").write_text(toml(name, p), encoding="utf-8")
        c.update(f["category"] for f in p["facts"])
    print(sum(c.values()), dict(sorted(c.items())))
