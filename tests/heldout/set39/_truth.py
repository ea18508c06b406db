"""Write set 39's persona.toml files from the TRUTH table below (ground truth, written by hand, blind).

    .venv/bin/python tests/heldout/set39/_truth.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B = "{{BASE}}"


def ap(h, n=None):
    return f"{B}/social/@{h}" + (f"/{n}" if n is not None else "")


def ap_id(h, n):
    return f"{B}/social/@{h}/statuses/{n}"


def th(base, tid):
    return f"{B}{base}t/{tid}/"


def post(root, slug):
    return f"{B}/{root}/posts/{slug}/"


def img(name):
    return f"{B}/media/{name}"


def F(category, value, keys, urls, lat=None, lon=None, radius=None):
    d = {"category": category, "value": value, "keys": keys, "urls": urls}
    if lat is not None:
        d["lat"], d["lon"] = lat, lon
        if radius:
            d["radius_m"] = radius
    return d


def D(url, phrase, cats, why):
    return {"url": url, "phrase": phrase, "not_categories": cats, "why": why}


TRUTH = {}

# --- 1 mbcdad ----------------------------------------------------------------------------------------------
M = "/forum/u/dom_v_dad/"
t = lambda n: th(M, n)  # noqa: E731
TRUTH["mbcdad"] = dict(
    subject=dict(name="Dominic Varga", aliases=["dom_v_dad"], risk_band="critical", rank=1),
    profiles=[dict(path=M, platform="html")],
    note="Maritime surveillance analyst on a new-parents forum: boat off Ashmore, the Wall's AIS gap, thin flights, "
         "work phone in a pram sale, debt, partner, baby and daycare, offsider, home photo.",
    facts=[
        F("employer", "Australian Border Force (Maritime Border Command)", ["Maritime Border Command", "Border Force"], [t(3101)]),
        F("work_location", "Maritime Border Command watch floor, Majura Park ACT", ["Majura Park"], [t(3101)]),
        F("home_location", "Jerrabomberra NSW", ["Jerrabomberra", "Jerra"],
          [B + M, t(3102), t(3105), t(3107), img("pram-walk.jpg")], -35.3842, 149.2003, 150),
        F("geotag", "-35.3842, 149.2003 (pram walk on his street)", ["pram-walk.jpg"],
          [img("pram-walk.jpg"), t(3107)], -35.3842, 149.2003, 150),
        F("routine", "2 days 2 nights 4 off, 7am-7pm and 7pm-7am", ["2 days 2 nights 4 off", "7am-7pm"], [t(3101)]),
        F("routine", "Tuesday 10am rhyme time at the Jerrabomberra library on days off", ["rhyme time", "Tuesday 10am"],
          [t(3102), t(3104)]),
        F("family", "Priya (partner)", ["Priya"], [t(3101), t(3103)]),
        F("family", "Gail (mother)", ["Gail"], [t(3103)]),
        F("family", "Ivy (daughter)", ["Ivy", "Little Wattles"], [B + M, t(3102), t(3103), t(3106)]),
        F("colleague", "Kerry Lund (colleague)", ["Kerry Lund", "Kez"], [t(3104), t(3106)]),
        F("official_contact", "02 5550 3317 (work phone)", ["02 5550 3317", "5550 3317"], [t(3105)]),
        F("official_information", "a boat picked up off Ashmore Reef with 11 on board, 14 hours on the radar picture",
          ["Ashmore Reef", "11 on board"], [t(3104)]),
        F("official_information", "surveillance flights down to 3 a week over the north-west for want of crews",
          ["3 flights a week", "short on crews"], [t(3106)]),
        F("systems_information", "the Wall drops the AIS feed around 0300 nightly when backups run",
          ["AIS feed", "the Wall"], [t(3104)]),
        F("vulnerability", "one income, 6.4% mortgage, $9k card debt from IVF: 'honestly drowning'",
          ["drowning", "$9k on the card"], [t(3103)]),
    ],
    decoys=[
        D(t(3106), "Bluey", ["family", "associate"], "A children's TV show, not a person."),
        D(t(3105), "Bugaboo", ["employer"], "A pram brand."),
    ],
)

# --- 2 gscrekt ---------------------------------------------------------------------------------------------
M = "/forum/u/jaydenrekt/"
t = lambda n: th(M, n)  # noqa: E731
TRUTH["gscrekt"] = dict(
    subject=dict(name="Jayden Tran", aliases=["jaydenrekt", "jtran_rekt"], risk_band="critical", rank=2),
    profiles=[dict(path=M, platform="html")],
    note="Global Service Centre phone agent on a crypto forum: signed up with his work email, a $5k approach from a "
         "caller, ICSE from the phones, $31k liquidation hidden from his girlfriend, Telegram.",
    facts=[
        F("employer", "Department of Home Affairs", ["Home Affairs"], [t(5201)]),
        F("work_location", "Global Service Centre floor, Home Affairs Liverpool office", ["liverpool office", "GSC floor"],
          [t(5203)]),
        F("home_location", "Prestons NSW", ["Prestons"], [t(5201)]),
        F("routine", "shift 7:30 till 4 Mon-Fri; trades on the 12:30 lunch at Westfield Liverpool",
          ["7:30 till 4", "12:30 lunch"], [t(5201)]),
        F("corporate_identifier", "jayden.tran@homeaffairs.gov.au (forum account)", ["jayden.tran@homeaffairs.gov.au"],
          [t(5202)]),
        F("official_information", "400 calls queued by 9am on partner visa status ('processing times vary' script); a "
          "caller offered him $5k to check his brother's file", ["400 calls", "processing times vary", "offered me $5k"],
          [t(5203)]),
        F("colleague", "Sharon Petrakis (team leader)", ["Sharon Petrakis", "Sharon"], [t(5203)]),
        F("systems_information", "softphone drops calls on CRM refresh; ICSE read-only from the phones",
          ["softphone", "ICSE"], [t(5205)]),
        F("vulnerability", "liquidated on a 20x long, down $31k, personal loan hidden from his girlfriend",
          ["liquidated", "$31k"], [t(5204)]),
        F("family", "Linh (girlfriend)", ["Linh"], [t(5204)]),
        F("associate", "Ben Osei (friend)", ["Ben Osei", "Beno"], [t(5206)]),
        F("personal_contact", "Telegram @jtran_rekt", ["jtran_rekt"], [t(5206)]),
    ],
    decoys=[
        D(t(5205), "tradingview", ["systems_information"], "His own home trading setup."),
        D(t(5206), "parra", ["work_location"], "A meetup place, not work."),
    ],
)

# --- 3 cargoswole ------------------------------------------------------------------------------------------
M = "/community/members/brodiek_lifts/"
t = lambda n: th(M, n)  # noqa: E731
TRUTH["cargoswole"] = dict(
    subject=dict(name="Brodie Kowalczyk", aliases=["brodiek_lifts"], risk_band="critical", rank=3),
    profiles=[dict(path=M, platform="html")],
    note="Cargo intelligence analyst on a supplements forum registered with his work email: a seizure, a live "
         "profile, a targeting-system gap, a steroid cycle, father's supplement shop.",
    facts=[
        F("employer", "Australian Border Force (cargo intelligence)", ["Border Force", "cargo intel"], [t(882)]),
        F("corporate_identifier", "brodie.kowalczyk@abf.gov.au (forum email on file)", ["brodie.kowalczyk@abf.gov.au"],
          [B + M]),
        F("work_location", "Border Force cargo team, Eagle St office, Brisbane", ["Eagle St"], [t(885)]),
        F("home_location", "Chermside QLD", ["Chermside"], [t(881)]),
        F("routine", "gym 5am Mon/Wed/Fri at the Gympie Rd 24/7, then a 7:30 start", ["5am Mon/Wed/Fri", "7:30 start"],
          [t(881)]),
        F("official_information", "300 kg of 'pre-workout' from Guangzhou seized at the Port of Brisbane (DMAA, "
          "sibutramine); a live profile on protein powder under 2 kg from two freight forwarders",
          ["300 kg", "DMAA", "protein powder under 2 kg", "running a profile"], [t(882)]),
        F("systems_information", "the targeting system only rescores on a manifest update; late amendments slip past",
          ["only rescores", "late amendment"], [t(885)]),
        F("colleague", "Natasha Lee (colleague)", ["Natasha Lee", "Tash"], [t(883)]),
        F("family", "Mikaela (fiancée)", ["Mikaela"], [t(884)]),
        F("family", "Greg Kowalczyk (father)", ["Greg", "Kowalczyk Supplements"], [t(886)]),
        F("vulnerability", "a tren cycle bought from a man at the gym, hidden from his fiancée", ["tren"], [t(884)]),
        F("personal_contact", "0491 570 214", ["0491 570 214"], [t(884)]),
    ],
    decoys=[
        D(t(886), "Kowalczyk Supplements", ["employer"], "His father's shop, not his employer."),
    ],
)

# --- 4 inglewoodhouse --------------------------------------------------------------------------------------
M = "/board/u/sophie_l/"
t = lambda n: th(M, n)  # noqa: E731
TRUTH["inglewoodhouse"] = dict(
    subject=dict(name="Sophie Lindqvist", aliases=["sophie_l"], risk_band="high", rank=4),
    profiles=[dict(path=M, platform="html")],
    note="Visa case officer on a share-house notice board: street, work mobile, backlog, a suspect agent's caseload, "
         "ICSE freezes, rent arrears, housemates and a colleague.",
    facts=[
        F("employer", "Department of Home Affairs", ["Home Affairs", "case officer at Home Affairs"], [t(401)]),
        F("work_location", "Home Affairs processing centre, Wellington St, Perth", ["Wellington St"], [t(401)]),
        F("home_location", "Ninth Ave, Inglewood WA", ["Ninth Ave", "Inglewood"], [B + M, t(401)]),
        F("routine", "leaves at 7 for the 7:12 train from Maylands, home by 5:30", ["7:12 train", "home by 5:30"],
          [t(401)]),
        F("personal_contact", "0491 570 388", ["0491 570 388"], [t(401)]),
        F("official_contact", "0491 570 903 (work mobile)", ["0491 570 903"], [t(401)]),
        F("associate", "Fergus Doyle (housemate)", ["Fergus Doyle", "Fergus"], [t(401), t(402)]),
        F("colleague", "Jess Alvarez (colleague)", ["Jess Alvarez", "Jess"], [t(403)]),
        F("official_information", "partner visas 11 months behind; 14 decisions a day, target rising to 18",
          ["11 months behind", "14 decisions a day"], [t(403)]),
        F("official_information", "half her caseload one migration agent's clients with the same bank statements",
          ["same bank statements", "one migration agent"], [t(405)]),
        F("systems_information", "ICSE freezes every afternoon; case notes kept in Word first", ["ICSE"], [t(405)]),
        F("vulnerability", "$2.4k behind on rent, card maxed", ["$2.4k behind", "card's maxed"], [t(404)]),
    ],
    decoys=[
        D(t(405), "the house wifi", ["systems_information"], "The share house's own wifi."),
        D(t(403), "Baldivis", ["home_location"], "Where her colleague drives from, not her home."),
    ],
)

# --- 5 vowsandvisas ----------------------------------------------------------------------------------------
HOME = (-38.1682, 145.1293)
p = lambda s: post("blog", s)  # noqa: E731
FEED = f"{B}/blog/feed.xml"
GEO_POSTS = [p("vendor-quotes"), p("ceremony-envy"), p("budget-reality"), p("bridal-party")]
TRUTH["vowsandvisas"] = dict(
    subject=dict(name="Hannah Petrović", aliases=["Hannah Petrovic"], risk_band="high", rank=5),
    profiles=[dict(path="/blog/", platform="html")],
    note="Citizenship ceremonies officer's wedding blog: work email for vendor quotes, office, a conferee pulled on a "
         "character referral, $28k wedding debt, fiancé, sister, friend, colleague, georss at home.",
    facts=[
        F("employer", "Department of Home Affairs (citizenship)", ["Home Affairs", "work in citizenship"],
          [p("we-said-yes")]),
        F("official_contact", "hannah.petrovic@homeaffairs.gov.au (for vendor quotes)",
          ["hannah.petrovic@homeaffairs.gov.au"], [p("vendor-quotes")]),
        F("work_location", "Home Affairs Casselden Place office, Melbourne", ["Casselden Place"], [p("vendor-quotes")]),
        F("home_location", "Frankston South VIC", ["Frankston South"], [p("bridal-party"), FEED] + GEO_POSTS[:3],
          *HOME, 150),
        F("geotag", "-38.1682, 145.1293 (georss on four posts)", ["-38.16820 145.12930"], [FEED] + GEO_POSTS, *HOME, 150),
        F("routine", "dress fittings Tuesdays at 6pm in Cheltenham; Sunday wedding admin 9 till noon at home; "
          "ceremonies every second Saturday", ["Tuesdays at 6pm", "9 till noon", "every second Saturday"],
          [p("vendor-quotes"), p("budget-reality"), p("we-said-yes")]),
        F("official_information", "312 new citizens at the Australia Day ceremony; certificates withheld on a name "
          "mismatch; a conferee pulled on a character referral", ["312 new citizens", "character referral"],
          [p("ceremony-envy")]),
        F("colleague", "Anjali Rao (colleague)", ["Anjali Rao", "Anjali"], [p("ceremony-envy")]),
        F("family", "Sam (fiancé)", ["Sam"], [p("we-said-yes"), p("ceremony-envy")]),
        F("associate", "Chloe Nairn (friend)", ["Chloe Nairn", "Chloe"], [p("bridal-party")]),
        F("vulnerability", "$28k wedding debt on two credit cards and Afterpay", ["$28k", "Afterpay"],
          [p("budget-reality")]),
    ],
    decoys=[
        D(p("department-store-registry"), "department store", ["employer", "work_location"], "A gift registry."),
        D(p("department-store-registry"), "Myer", ["employer"], "A shop's registry."),
        D(p("bridal-party"), "Frankston High", ["family"], "Her friend's old school, not a relative's."),
    ],
)

# --- 6 valosoc ---------------------------------------------------------------------------------------------
PR = f"{B}/roster/k4ib"
a = lambda n: ap("k4ib", n)  # noqa: E731
TRUTH["valosoc"] = dict(
    subject=dict(name="Kai Brennan", aliases=["k4ib", "k4ib_val"], risk_band="high", rank=6),
    profiles=[dict(path="/roster/k4ib", platform="html"), dict(path="/social/@k4ib", platform="activitypub")],
    note="SOC analyst on an esports roster and his own account: SIEM volumes, Server 2012 and a VPN without MFA, a "
         "phishing campaign, skins gambling, a SOC colleague on the team.",
    facts=[
        F("employer", "Department of Home Affairs (cyber security)", ["Home Affairs", "cyber analyst"], [PR]),
        F("home_location", "Bonner ACT", ["Bonner"], [PR]),
        F("routine", "SOC roster 4 on 4 off, 7-7; scrims Tue & Thu 8-11pm at the team house in Dickson",
          ["4 on 4 off", "Tue & Thu 8-11pm"], [a(7101), PR]),
        F("personal_contact", "Discord k4ib_val", ["k4ib_val"], [PR]),
        F("colleague", "Dan Whitlock (colleague)", ["Dan Whitlock"], [PR]),
        F("associate", "Zoe Amato (team captain)", ["Zoe", "zephyr"], [PR, a(7102)]),
        F("family", "Ellie Brennan (sister)", ["Ellie"], [a(7102)]),
        F("systems_information", "SIEM throws 40k alerts a shift, about 200 triaged", ["SIEM", "40k alerts"], [a(7101)]),
        F("systems_information", "half the estate on Server 2012; the legacy VPN has no MFA", ["server 2012", "no MFA"],
          [a(7104)]),
        F("official_information", "a night on a phishing campaign aimed at visa staff (fake payroll page)",
          ["phishing campaign"], [a(7103)]),
        F("vulnerability", "$4k on skins case openings since March", ["$4k on skins", "opening cases"], [a(7105)]),
    ],
    decoys=[
        D(a(7106), "Border Security", ["employer", "official_information"], "A TV show in the background."),
        D(PR, "Capital Clutch", ["employer"], "His esports team, not his employer."),
    ],
)

# --- 7 avalondating ----------------------------------------------------------------------------------------
PR = f"{B}/profiles/marco-30-wyndham"
a = lambda n: ap("marcos", n)  # noqa: E731
TRUTH["avalondating"] = dict(
    subject=dict(name="Marco Silvestri", aliases=["marcos", "marcosilv90"], risk_band="high", rank=7),
    profiles=[dict(path="/profiles/marco-30-wyndham", platform="html"), dict(path="/social/@marcos", platform="activitypub")],
    note="Avalon Airport officer's dating profile registered with his work email, divorced and lonely, daughter, "
         "Snapchat; his posts give the shift, staffing on primary, a find and the SmartGates down.",
    facts=[
        F("employer", "Australian Border Force", ["ABF officer", "Border Force officer"], [PR]),
        F("corporate_identifier", "marco.silvestri@abf.gov.au (dating account, work email verified)",
          ["marco.silvestri@abf.gov.au", "Work email verified (abf.gov.au)"], [PR]),
        F("work_location", "Avalon Airport", ["Avalon Airport"], [PR]),
        F("home_location", "Wyndham Vale VIC", ["Wyndham Vale"], [PR, a(None)]),
        F("routine", "9pm till 3am, Wednesday to Sunday", ["9pm till 3am"], [a(9101)]),
        F("official_information", "two on primary for 370 passengers; 2 kg found sewn into a suitcase lining",
          ["370 pax", "2 kg sewn"], [a(9102)]),
        F("systems_information", "SmartGates down, processing manual; document readers rebooted hourly",
          ["SmartGates down", "document readers"], [a(9103)]),
        F("vulnerability", "divorced last year, lost the house, lonely", ["Divorced last year", "lonely"], [PR]),
        F("family", "Isla (daughter)", ["Isla"], [PR, a(9104)]),
        F("personal_contact", "Snapchat marcosilv90", ["marcosilv90"], [PR]),
    ],
    decoys=[
        D(a(9104), "border collie", ["employer", "colleague"], "A pancake shape."),
        D(PR, "Brunswick", ["home_location"], "Where his mates live."),
    ],
)

# --- 8 sneakernet ------------------------------------------------------------------------------------------
A = ap("tahkicks")
a = lambda n: ap("tahkicks", n)  # noqa: E731
TRUTH["sneakernet"] = dict(
    subject=dict(name="Tahlia Okoro", aliases=["tahkicks", "tah"], risk_band="high", rank=8),
    profiles=[dict(path="/social/@tahkicks", platform="activitypub")],
    note="ICT network engineer reselling sneakers under her work email: an airport outage she caused the team, "
         "firewall migration and change window, VPN limit, $12k BNPL debt, WhatsApp.",
    facts=[
        F("employer", "Department of Home Affairs (ICT)", ["home affairs"], [A]),
        F("corporate_identifier", "tahlia.okoro@homeaffairs.gov.au (account contact field)",
          ["tahlia.okoro@homeaffairs.gov.au"], [A]),
        F("work_location", "Home Affairs Lonsdale St office, Melbourne", ["Lonsdale St office"], [a(6105)]),
        F("home_location", "Maidstone VIC", ["Maidstone"], [a(6101), A]),
        F("routine", "Saturday 10am meetups at the Highpoint food court", ["Saturday 10am", "Highpoint"], [a(6101)]),
        F("official_information", "an airport outage from a bad route push on the border network; 2-hour queues at Tulla",
          ["bad route push", "queued 2 hrs"], [a(6102)]),
        F("systems_information", "airport sites moving off old Cisco ASAs in a Sunday 2-6am window; VPN concentrator "
          "falls over above 3k users", ["Cisco ASAs", "VPN concentrator"], [a(6103)]),
        F("vulnerability", "owes $12k on Afterpay and Zip after the resale market dumped", ["owe $12k", "Afterpay and Zip"],
          [a(6104)]),
        F("personal_contact", "WhatsApp 0491 570 640", ["0491 570 640"], [A]),
        F("associate", "Julian Marsh (resell partner)", ["Julian Marsh", "Jules"], [a(6105)]),
        F("family", "Remy (partner)", ["Remy"], [a(6106)]),
    ],
    decoys=[
        D(a(6107), "department store", ["employer", "work_location"], "Shops' sneaker sections."),
        D(a(6105), "Footscray market", ["work_location"], "A weekend pop-up stall."),
    ],
)

# --- 9 legalcosplay ----------------------------------------------------------------------------------------
HOME = (-35.3472, 149.2405)
p = lambda s: post("builds", s)  # noqa: E731
a = lambda n: ap("oli_forges", n)  # noqa: E731
TRUTH["legalcosplay"] = dict(
    subject=dict(name="Oliver Sandhu", aliases=["oli_forges"], risk_band="moderate", rank=9),
    profiles=[dict(path="/builds/", platform="html"), dict(path="/social/@oli_forges", platform="activitypub")],
    note="Litigation lawyer's cosplay blog and account: a Federal Court matter, husband, cosplay partner, a Home "
         "Affairs lawyer friend, Thursday build nights, a note tagged at home.",
    facts=[
        F("employer", "Department of Home Affairs (legal, litigation)", ["lawyer at Home Affairs", "Home Affairs lawyer"],
          [p("paladin-armour-pt2"), a(8103)]),
        F("official_information", "a Federal Court hearing next week on a character cancellation; the Minister's "
          "decision likely set aside", ["Federal Court hearing", "character cancellation"], [a(8101)]),
        F("home_location", "Crestwood, Queanbeyan NSW", ["Queanbeyan", "Crestwood"],
          [a(8102), ap_id("oli_forges", 8102), f"{B}/builds/"], *HOME, 150),
        F("geotag", "-35.3472, 149.2405 (note tagged Crestwood, Queanbeyan)", ["Crestwood, Queanbeyan"],
          [a(8102), ap_id("oli_forges", 8102)], *HOME, 150),
        F("routine", "Thursday 7pm build night at the Queanbeyan makerspace", ["Thursday 7pm"], [p("paladin-armour-pt1")]),
        F("family", "Arjun (husband)", ["Arjun"], [p("paladin-armour-pt1"), a(8102)]),
        F("associate", "Rennie Cho (cosplay partner)", ["Rennie Cho", "Ren"], [p("paladin-armour-pt2"), p("supanova-recap")]),
        F("colleague", "Beth Marlow (colleague)", ["Beth Marlow", "Beth"], [a(8103)]),
    ],
    decoys=[
        D(p("supanova-recap"), "Border Security officer", ["employer", "colleague"], "A costume from a TV show."),
    ],
)

# --- 10 sunnycoastrun --------------------------------------------------------------------------------------
HOME = (-26.5344, 153.0862)
A = ap("zaraontherun")
a = lambda n: ap("zaraontherun", n)  # noqa: E731
PH = [img("front-step.jpg"), img("street-walk.jpg")]
TRUTH["sunnycoastrun"] = dict(
    subject=dict(name="Zara McPhee", aliases=["zaraontherun"], risk_band="moderate", rank=10),
    profiles=[dict(path="/social/@zaraontherun", platform="activitypub")],
    note="Sunshine Coast Airport officer's run-club account: ABF in the bio, staffing for the NZ flights, runs at "
         "fixed times, run buddy, brother, two GPS photos on her street.",
    facts=[
        F("employer", "Australian Border Force", ["ABF"], [A]),
        F("work_location", "Sunshine Coast Airport", ["sunshine coast airport"], [a(2102)]),
        F("home_location", "Coolum Beach QLD", ["Coolum"], [a(2101), a(2103), a(2104)] + PH, *HOME, 150),
        F("geotag", "-26.5344, 153.0862 (two photos on her street)", ["front-step.jpg", "street-walk.jpg"],
          PH + [a(2103), a(2104)], *HOME, 150),
        F("routine", "Saturday parkrun at Coolum 7am; Tuesday/Thursday 5:30am beach runs",
          ["parkrun at Coolum 7am", "5:30am beach runs"], [a(2101)]),
        F("associate", "Madison Reid (running buddy)", ["Madison Reid", "Mads"], [a(2101)]),
        F("official_information", "3 officers on for the Air NZ arrivals, queue out the door",
          ["just 3 of us on", "Air NZ arrivals"], [a(2102)]),
        F("family", "Finn (brother)", ["Finn"], [a(2104)]),
    ],
    decoys=[
        D(a(2105), "Border Security", ["employer", "official_information"], "A TV show."),
        D(a(2104), "Toowoomba", ["home_location"], "Where her brother lives."),
    ],
)

# --- 11 lawstudentmoot (control) ---------------------------------------------------------------------------
M = "/forum/members/priyanka_d/"
t = lambda n: th(M, n)  # noqa: E731
TRUTH["lawstudentmoot"] = dict(
    subject=dict(name="Priyanka Desai", aliases=["priyanka_d"], risk_band="low", rank=11),
    profiles=[dict(path=M, platform="html")],
    note="NEGATIVE CONTROL: a migration-law student writing about Home Affairs, Border Force and the Federal Court.",
    facts=[
        F("home_location", "Rangeville, Toowoomba QLD", ["Rangeville", "Toowoomba"], [t(2204), t(2201)]),
        F("routine", "study group Wednesdays 6-9pm at the uni library", ["Wednesdays 6-9pm"], [t(2201)]),
        F("associate", "Hamish Tull (study group friend)", ["Hamish Tull", "Hamish"], [t(2201)]),
        F("family", "Riya (sister)", ["Riya"], [t(2202)]),
        F("personal_contact", "priyanka.desai@mailbox.example", ["priyanka.desai@mailbox.example"], [B + M]),
    ],
    decoys=[
        D(t(2201), "Home Affairs cancelled the visa", ["employer"], "A moot problem."),
        D(t(2201), "Federal Court", ["official_information"], "Case law she is reading."),
        D(t(2202), "Barlow Finch Lawyers", ["employer", "work_location"], "A private firm's clerkship."),
        D(t(2202), "immigration detention", ["official_information"], "A firm's clients."),
        D(t(2203), "Border Force officers", ["employer", "colleague"], "An essay topic."),
        D(t(2203), "ImmiAccount was down", ["systems_information"], "A public portal, seen as a user."),
        D(t(2204), "border collie", ["employer"], "Her dog."),
    ],
)

# --- 12 truecrimepod (control) -----------------------------------------------------------------------------
HOME = (-37.5851, 143.8402)
p = lambda s: post("podcast", s)  # noqa: E731
FEED = f"{B}/podcast/feed.xml"
ALL = [p("ep-41-the-tile-job"), p("ep-42-the-suitcase"), p("studio-tour")]
TRUTH["truecrimepod"] = dict(
    subject=dict(name="Shannon Leary", aliases=[], risk_band="low", rank=12),
    profiles=[dict(path="/podcast/", platform="html")],
    note="NEGATIVE CONTROL: a true-crime podcaster retelling Border Force seizures from court reports.",
    facts=[
        F("home_location", "Sebastopol, Ballarat VIC", ["Sebastopol", "Ballarat"], [p("studio-tour"), f"{B}/podcast/", FEED],
          *HOME, 150),
        F("geotag", "-37.5851, 143.8402 (georss on every episode)", ["-37.58510 143.84020"], [FEED] + ALL, *HOME, 150),
        F("family", "Dean (husband)", ["Dean"], [p("ep-41-the-tile-job")]),
        F("routine", "records Tuesday nights at 8pm in the spare room", ["Tuesday night as always", "8pm in the spare room"],
          [p("ep-41-the-tile-job")]),
        F("personal_contact", "shannon@deadreckoning.example", ["shannon@deadreckoning.example"], [p("studio-tour")]),
    ],
    decoys=[
        D(p("ep-41-the-tile-job"), "Border Force officers found 38 kg", ["official_information", "employer"],
          "A 2019 case from sentencing remarks."),
        D(p("ep-41-the-tile-job"), "customs officer who gave evidence", ["colleague", "employer"], "A witness in court."),
        D(p("ep-42-the-suitcase"), "Melbourne Airport", ["work_location"], "Where a courier was caught."),
        D(p("ep-42-the-suitcase"), "intelligence-led operation", ["official_information"], "A public press release."),
        D(p("ep-42-the-suitcase"), "Border Security on TV", ["employer"], "A TV show."),
        D(p("studio-tour"), "border collie", ["employer", "colleague"], "Her dog."),
    ],
)

# --- 13 kioskfixer (control) -------------------------------------------------------------------------------
HOME = (-36.0413, 146.9379)
A = ap("gav_fixes")
a = lambda n: ap("gav_fixes", n)  # noqa: E731
PH = [img("brisket.jpg"), img("backyard-beers.jpg")]
TRUTH["kioskfixer"] = dict(
    subject=dict(name="Gavin Pryce", aliases=["gav_fixes"], risk_band="low", rank=13),
    profiles=[dict(path="/social/@gav_fixes", platform="activitypub")],
    note="NEGATIVE CONTROL: a kiosk vendor's technician who once fixed SmartGate kiosks at Cairns Airport.",
    facts=[
        F("home_location", "Lavington, Albury NSW", ["Albury", "Lavington"], PH + [a(4402), a(4404), A], *HOME, 150),
        F("geotag", "-36.0413, 146.9379 (two backyard photos)", ["brisket.jpg", "backyard-beers.jpg"],
          PH + [a(4402), a(4404)], *HOME, 150),
        F("family", "Leanne (wife)", ["Leanne"], [a(4402)]),
        F("associate", "Rob Kinsella (mate)", ["Rob Kinsella", "Robbo"], [a(4404)]),
        F("personal_contact", "Signal 0491 570 455", ["0491 570 455"], [A]),
    ],
    decoys=[
        D(a(4401), "SmartGate kiosks", ["systems_information"], "A vendor job he did once."),
        D(a(4401), "Cairns Airport", ["work_location"], "A one-off job site for his own employer."),
        D(a(4401), "Border Force officers", ["employer", "colleague"], "Officers who watched him work."),
        D(A, "Kestrel Kiosk Systems", ["employer"], "His private employer."),
        D(a(4403), "department store", ["employer", "work_location"], "A shop next to a job."),
    ],
)


def q(v) -> str:
    return json.dumps(v, ensure_ascii=False)


def toml(name: str, t: dict) -> str:
    s = t["subject"]
    out = [f"# Ground truth for set 39 persona {name!r} (FICTIONAL). Written blind by hand; see tests/heldout/README.md.",
           f"# {t['note']}", "", "[subject]", f"name = {q(s['name'])}", f"aliases = {q(s['aliases'])}",
           'organisation = "dibp"', f"risk_band = {q(s['risk_band'])}", f"rank = {s['rank']}", ""]
    for pr in t["profiles"]:
        out += ["[[profiles]]", f"path = {q(pr['path'])}", f"platform = {q(pr['platform'])}", ""]
    for f in t["facts"]:
        out += ["[[facts]]", f"category = {q(f['category'])}", f"value = {q(f['value'])}", f"keys = {q(f['keys'])}",
                f"urls = {q(f['urls'])}"]
        if "lat" in f:
            out += [f"lat = {f['lat']}", f"lon = {f['lon']}"] + ([f"radius_m = {f['radius_m']}"] if "radius_m" in f else [])
        out.append("")
    for d in t["decoys"]:
        out += ["[[decoys]]", f"url = {q(d['url'])}", f"phrase = {q(d['phrase'])}",
                f"not_categories = {q(d['not_categories'])}", f"why = {q(d['why'])}", ""]
    return "\n".join(out)


if __name__ == "__main__":
    from collections import Counter
    c = Counter()
    for name, t in TRUTH.items():
        (HERE / name / "persona.toml").write_text(toml(name, t), encoding="utf-8")
        c.update(f["category"] for f in t["facts"])
        print(name, len(t["facts"]))
    print(sum(c.values()), dict(sorted(c.items())))
