"""Write set 44's persona.toml files from the tables below (ground truth, written by hand, blind).

    .venv/bin/python tests/heldout/set44/_truth.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B = "{{BASE}}"


def ap(h, n):
    return f"{B}/social/@{h}/{n}"


def apid(h, n):
    return f"{B}/social/@{h}/statuses/{n}"


def prof(h):
    return f"{B}/social/@{h}"


def post(slug, root="blog"):
    return f"{B}/{root}/posts/{slug}/"


def media(f):
    return f"{B}/media/{f}"


def F(cat, value, keys, urls, lat=None, lon=None):
    d = {"category": cat, "value": value, "keys": keys, "urls": urls}
    if lat is not None:
        d.update(lat=lat, lon=lon, radius_m=150)
    return d


def D(url, phrase, cats, why):
    return {"url": url, "phrase": phrase, "not_categories": cats, "why": why}


P = {}

# 1 -------------------------------------------------------------------------------------------------
h = "cutterlifts"
P[h] = dict(
    comment="2nd engineer on a Border Force patrol boat out of Broome; terse gym log. Bio names ABF Marine, posts give "
            "an engine down at sea, the next patrol's dates and the coverage gap, ECDIS and sat-link failures, a named "
            "chief engineer (Hendo, then Craig Henderson), wife and child, a steroid cycle and punting losses, a "
            "place-tagged note at home and a Signal number.",
    subject=dict(name="Liam Castellano", aliases=["cutterlifts", "@cutterlifts", "Liam C"], risk_band="critical", rank=1),
    profiles=[dict(path="/social/@cutterlifts", platform="activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["ABF Marine", "ABF"], [prof(h)]),
        F("work_location", "Broome port", ["Broome port wharf", "Broome port"], [ap(h, 4411)]),
        F("official_information", "patrol boat on one engine at sea; next patrol's dates and two boats for the Kimberley coast",
          ["running on one engine", "Port main down", "sails 16 Mar", "Two boats for the whole Kimberley coast"],
          [ap(h, 4402), ap(h, 4407)]),
        F("systems_information", "ECDIS freezing on watch and the sat link dead at sea", ["ECDIS", "sat link"], [ap(h, 4403)]),
        F("colleague", "Craig Henderson (chief engineer)", ["Craig Henderson", "Hendo"], [ap(h, 4404), ap(h, 4405)]),
        F("family", "Shanelle (wife)", ["Shanelle", "missus"], [ap(h, 4408)]),
        F("family", "Mia (child)", ["Mia"], [ap(h, 4409)]),
        F("associate", "Rangi Tawhai (gym mate)", ["Rangi Tawhai", "Rangi"], [ap(h, 4413), ap(h, 4414)]),
        F("routine", "gym 0500 Mon/Wed/Fri at Roebuck Strength; Auskick 9am Saturdays at BRAC",
          ["0500 M/W/F", "9am Sat"], [prof(h), ap(h, 4409)]),
        F("home_location", "Cable Beach, Broome WA", ["Cable Beach"], [ap(h, 4410), apid(h, 4410)], -17.9465, 122.2235),
        F("geotag", "-17.9465, 122.2235 (Home, Cable Beach)", ["Cable Beach"], [ap(h, 4410), apid(h, 4410)], -17.9465, 122.2235),
        F("personal_contact", "0491 570 318 (Signal)", ["0491 570 318"], [prof(h)]),
        F("vulnerability", "steroid cycle", ["Test 500/wk", "Cycle wk 6"], [ap(h, 4406)]),
        F("vulnerability", "punting losses and a bounced car payment", ["Down 4k on the multis", "Ute payment bounced"],
          [ap(h, 4412)]),
    ],
    decoys=[
        D(ap(h, 4407), "refit at Henderson", ["colleague"], "Henderson the shipyard suburb, not Hendo."),
        D(ap(h, 4414), "border collie", ["employer"], "A neighbour's dog."),
        D(ap(h, 4415), "Deadliest Catch", ["official_information", "employer"], "A TV show."),
    ],
)

# 2 -------------------------------------------------------------------------------------------------
h = "comnha"
allposts = ["canh-chua-sundays", "what-i-do-at-the-terminal", "the-wok", "em-gai-thao", "tet-at-home", "no-nan",
            "ba-seventy", "department-store-pho"]
P[h] = dict(
    comment="Border Force cargo-intelligence analyst at a Sydney Harbour container terminal; a Vietnamese-English "
            "family-food blog whose feed is authored under her official email. A heroin find and the forwarders now "
            "flagged, 'the Wok' targeting system down and shared passwords, Mẹ (Hoa) and sister Thảo (a nurse at "
            "Liverpool Hospital), a friend thanked at the end of a long post, her team leader at her father's "
            "birthday, $14,000 of card debt, Sunday markets and the 6:12 train, a georss point at home.",
    subject=dict(name="Vy Lam", aliases=["Vy", "Lâm Thanh Vy"], risk_band="critical", rank=2),
    profiles=[dict(path="/blog/", platform="html")],
    facts=[
        F("corporate_identifier", "vy.lam@abf.gov.au", ["vy.lam@abf.gov.au"],
          [f"{B}/blog/feed.xml", f"{B}/blog/"] + [post(s) for s in allposts]),
        F("employer", "Australian Border Force", ["Border Force", "cargo intelligence"], [post("what-i-do-at-the-terminal")]),
        F("work_location", "White Bay container terminal", ["White Bay container terminal", "White Bay"],
          [post("what-i-do-at-the-terminal")]),
        F("official_information", "a heroin find in a reefer and the Laem Chabang forwarders now flagged",
          ["heroin", "two particular forwarders in Laem Chabang", "900 kg heavier"], [post("what-i-do-at-the-terminal")]),
        F("systems_information", "'the Wok' targeting system down two days after a patch; shared passwords",
          ["the Wok", "same password"], [post("the-wok")]),
        F("family", "Hoa (mother)", ["Hoa", "Mẹ"], [post("canh-chua-sundays"), post("no-nan")]),
        F("family", "Thảo (sister)", ["Thảo", "Thao", "em gái"], [post("em-gai-thao")]),
        F("associate", "Minh Châu (friend)", ["Minh Châu", "Minh Chau"], [post("ba-seventy")]),
        F("colleague", "Marcus Bui (team leader)", ["Marcus Bui", "Marcus"], [post("ba-seventy")]),
        F("vulnerability", "$14,000 of credit-card debt for her mother's surgery",
          ["$14,000 across two credit cards", "Nợ means debt", "minimum repayments"], [post("no-nan")]),
        F("routine", "Sundays 8am to the Cabramatta markets with her mother; the 6:12 train to Central",
          ["Every Sunday at 8", "6:12 from Canley Vale to Central"], [post("canh-chua-sundays"), post("no-nan")]),
        F("home_location", "Canley Vale NSW", ["Canley Vale"], [post("tet-at-home"), f"{B}/blog/feed.xml", post("no-nan")],
          -33.8903, 150.9428),
        F("geotag", "-33.8903, 150.9428 (georss)", ["Canley Vale"], [f"{B}/blog/feed.xml", post("tet-at-home")],
          -33.8903, 150.9428),
        F("personal_contact", "vylam.cooks@mailbox.example", ["vylam.cooks@mailbox.example"], [post("tet-at-home")]),
    ],
    decoys=[
        D(post("department-store-pho"), "department store", ["employer"], "A food court review."),
        D(post("em-gai-thao"), "Liverpool Hospital", ["work_location", "employer"], "Her sister's workplace (a family fact's detail)."),
        D(post("what-i-do-at-the-terminal"), "Cô Lan at the markets", ["colleague"], "A stallholder who asked about her job."),
    ],
)

# 3 -------------------------------------------------------------------------------------------------
h = "kelpieoffsider"
f = f"{B}/forum/u/kp_kelpies"
t = lambda n: f"{f}/t/{n}/"  # noqa: E731
P[h] = dict(
    comment="Offsider to the trainer at a Border Force detector-dog unit at Outer Harbor; lowercase working-dog forum "
            "registered with his work email. The trainer as 'robbo' then Sharon Robson, training aids in a safe whose "
            "code never changes, a meth find, a pup-sale mobile with his shift hours, a GPS photo at home, partner "
            "Jess, and a grievance about being passed over.",
    subject=dict(name="Kayden Pratt", aliases=["kp_kelpies"], risk_band="high", rank=3),
    profiles=[dict(path="/forum/u/kp_kelpies/", platform="html")],
    facts=[
        F("corporate_identifier", "kayden.pratt@abf.gov.au", ["kayden.pratt@abf.gov.au"], [t(5101)]),
        F("employer", "Australian Border Force", ["abf dog unit", "abf"], [t(5102)]),
        F("work_location", "Outer Harbor", ["outer harbor"], [t(5102), t(5103)]),
        F("colleague", "Sharon Robson (head trainer)", ["sharon robson", "robbo"], [t(5102), t(5107)]),
        F("systems_information", "narcotic training aids in a kennel-office safe whose code has not changed since 2019",
          ["code hasnt changed since 2019", "safe in the kennel office"], [t(5102)]),
        F("official_information", "11 kg of meth in a Hilux's door cards on a ro-ro ship", ["11 kg of meth", "door cards"],
          [t(5103)]),
        F("personal_contact", "0491 570 442", ["0491 570 442"], [t(5104)]),
        F("routine", "shift 6 till 2:30 weekdays; Sunday trials from 8 at Gepps Cross",
          ["6 till 2:30 weekdays", "sundays from 8"], [t(5104)]),
        F("home_location", "Taperoo SA", ["taperoo"], [t(5105), media("new-runs.jpg")], -34.8046, 138.4978),
        F("geotag", "-34.8046, 138.4978 (new-runs.jpg)", ["taperoo"], [media("new-runs.jpg"), t(5105)], -34.8046, 138.4978),
        F("vulnerability", "grievance: passed over for the handler course a third time, thinking of walking",
          ["missed out on the handler course", "thinking of walking"], [t(5106)]),
        F("family", "Jess (partner)", ["jess"], [t(5108)]),
    ],
    decoys=[
        D(t(5108), "border collie", ["employer"], "Other triallists' dogs."),
        D(t(5108), "gepps cross", ["work_location"], "A trial ground."),
    ],
)

# 4 -------------------------------------------------------------------------------------------------
h = "nannabev"
P[h] = dict(
    comment="Visa cancellation case officer in the Home Affairs Hobart office, 62; chatty grandmother notes. "
            "Character-cancellation numbers and a Tribunal listing, the case system 'Trudy' logging everyone out, "
            "husband Ray, the twins named only in a photo caption, daughter Kate (a midwife at the Royal Hobart), "
            "a church friend, her team leader Deepa, aqua aerobics and the ferry, a GPS photo at home and one at "
            "the beach, a personal email.",
    subject=dict(name="Beverley Ashcroft", aliases=["nannabev", "Nanna Bev", "Bev Ashcroft"], risk_band="high", rank=4),
    profiles=[dict(path="/social/@nannabev", platform="activitypub")],
    facts=[
        F("employer", "Department of Home Affairs", ["Home Affairs"], [ap(h, 4501)]),
        F("work_location", "Hobart office", ["Hobart office"], [ap(h, 4505)]),
        F("official_information", "23 new character-cancellation files; a case before the Tribunal listed for 14 April",
          ["character cancellations", "Signed off three", "listed for the 14th of April"], [ap(h, 4501), ap(h, 4505)]),
        F("systems_information", "the case system 'Trudy' logs everyone out at 3pm daily", ["Trudy", "logs us all out at 3pm"],
          [ap(h, 4506)]),
        F("family", "Ray (husband)", ["Ray"], [prof(h), ap(h, 4503), ap(h, 4509), ap(h, 4511)]),
        F("family", "Olive (grandchild)", ["Olive"], [ap(h, 4502), apid(h, 4502)]),
        F("family", "Harper (grandchild)", ["Harper"], [ap(h, 4502), apid(h, 4502)]),
        F("family", "Kate (daughter)", ["Kate"], [ap(h, 4509)]),
        F("associate", "Marg Delaney (friend)", ["Marg Delaney", "Marg"], [ap(h, 4507)]),
        F("colleague", "Deepa (team leader)", ["Deepa"], [ap(h, 4510)]),
        F("routine", "aqua aerobics Tuesday and Thursday 6:30, then the 7:50 ferry",
          ["every Tuesday and Thursday at 6:30", "7:50 ferry"], [ap(h, 4504)]),
        F("home_location", "Bellerive TAS", ["Bellerive"], [media("front-roses.jpg"), ap(h, 4508), apid(h, 4508)],
          -42.8712, 147.3762),
        F("geotag", "-42.8712, 147.3762 (front-roses.jpg)", ["roses"], [media("front-roses.jpg"), ap(h, 4508), apid(h, 4508)],
          -42.8712, 147.3762),
        F("geotag", "-42.8769, 147.3712 (twins-beach.jpg, Bellerive Beach)", ["Bellerive Beach"],
          [media("twins-beach.jpg"), ap(h, 4502), apid(h, 4502)], -42.8769, 147.3712),
        F("personal_contact", "bev.ashcroft@kinmail.example", ["bev.ashcroft@kinmail.example"], [prof(h)]),
    ],
    decoys=[
        D(ap(h, 4511), "Border Security", ["employer", "official_information"], "A TV show."),
        D(ap(h, 4511), "department store", ["employer"], "A catalogue."),
    ],
)

# 5 -------------------------------------------------------------------------------------------------
h = "riverlandvan"
P[h] = dict(
    comment="Border Force trade-compliance auditor living in Renmark; a caravan blog in long paragraphs. A Barossa wine "
            "bond's excise shortfall and the date of the return visit, the Port Adelaide office, his work email for "
            "importers, the VPN and 'the Ledger' with client files on a USB, his other half Deb, a friend thanked at "
            "the end of a post, every second Friday and Monday 5 am, a GPS photo at home, a loan hidden from Deb.",
    subject=dict(name="Graham Pettit", aliases=["Graham"], risk_band="high", rank=5),
    profiles=[dict(path="/blog/", platform="html")],
    facts=[
        F("employer", "Australian Border Force", ["Border Force's trade compliance", "Border Force"], [post("work-and-wander")]),
        F("work_location", "Port Adelaide office", ["Port Adelaide office"], [post("work-and-wander")]),
        F("official_information", "a Barossa wine bond 40,000 litres out on excise; return visit on the 19th",
          ["40,000 litres", "back there on the 19th"], [post("work-and-wander")]),
        F("systems_information", "VPN failing, 'the Ledger' timing out, client files copied to a USB stick",
          ["the Ledger", "USB stick", "VPN"], [post("laptop-woes")]),
        F("official_contact", "graham.pettit@abf.gov.au", ["graham.pettit@abf.gov.au"], [post("work-and-wander")]),
        F("family", "Deb (partner)", ["Deb", "other half"], [post("lake-bonney-weekend"), post("the-sums")]),
        F("associate", "Trevor Masters (friend)", ["Trevor Masters"], [post("lake-bonney-weekend")]),
        F("routine", "every second Friday away at 4 pm; Mondays 5 am drive to Adelaide, office till Wednesday",
          ["every second Friday", "5 am on Mondays"], [post("lake-bonney-weekend"), post("work-and-wander")]),
        F("home_location", "Renmark SA", ["Renmark"], [post("home-again"), media("van-driveway.jpg")], -34.1792, 140.7441),
        F("geotag", "-34.1792, 140.7441 (van-driveway.jpg)", ["Renmark"], [media("van-driveway.jpg"), post("home-again")],
          -34.1792, 140.7441),
        F("personal_contact", "graham.vanlife@outback.example", ["graham.vanlife@outback.example"], [post("home-again")]),
        F("vulnerability", "$68,000 van loan at 12 percent, repayments hidden from his partner",
          ["12 percent", "moving money around between cards", "Deb thinks the repayments"], [post("the-sums")]),
    ],
    decoys=[
        D(post("border-crossing"), "fruit fly checkpoint", ["work_location", "official_information"], "A state checkpoint he was stopped at."),
        D(post("border-crossing"), "state biosecurity officer", ["colleague", "employer"], "Another government's officer."),
    ],
)

# 6 -------------------------------------------------------------------------------------------------
h = "kyliebee"
pg = f"{B}/club/committee/kylie-brennan"
P["tamarnetball"] = dict(
    comment="Payroll officer in a (fictional) Home Affairs Launceston office and netball treasurer; the club's committee "
            "page in the third person (employer, office, work mobile for fees, suburb, husband and girls, training "
            "times) and her posts: the payroll system 'the Beast' failing and allowing self-approval, overtime claims "
            "keyed by hand, Bell Bay back pay held, her manager, a co-coach.",
    subject=dict(name="Kylie Brennan", aliases=["kyliebee", "Kylie B"], risk_band="high", rank=6),
    profiles=[dict(path="/club/committee/kylie-brennan", platform="html"),
              dict(path="/social/@kyliebee", platform="activitypub")],
    facts=[
        F("employer", "Department of Home Affairs", ["Home Affairs"], [pg]),
        F("work_location", "Launceston office", ["Launceston office"], [pg]),
        F("official_contact", "0491 570 266 (work mobile)", ["0491 570 266"], [pg]),
        F("official_information", "200 Border Force overtime claims keyed by hand; Bell Bay back pay held until the EA vote",
          ["200 Border Force overtime claims", "back pay for the Bell Bay crew"], [ap(h, 4601), ap(h, 4602)]),
        F("systems_information", "payroll system 'the Beast' crashing on pay run; staff can approve their own timesheet changes",
          ["the Beast", "approve their own timesheet"], [ap(h, 4601), ap(h, 4603)]),
        F("home_location", "Kings Meadows, Launceston TAS", ["Kings Meadows"], [pg]),
        F("routine", "Tuesday training from 5:30 and Saturday morning games at the Silverdome",
          ["every Tuesday from 5:30", "Saturday morning"], [pg]),
        F("family", "Shane (husband)", ["Shane"], [pg, ap(h, 4604)]),
        F("family", "Tahlia (daughter)", ["Tahlia"], [pg, ap(h, 4605)]),
        F("family", "Ava (daughter)", ["Ava"], [pg, ap(h, 4604)]),
        F("associate", "Renee Walsh (co-coach)", ["Renee Walsh"], [ap(h, 4604)]),
        F("colleague", "Paul Kwan (manager)", ["Paul Kwan"], [ap(h, 4603)]),
    ],
    decoys=[
        D(ap(h, 4606), "Border Security", ["employer", "official_information"], "A TV show."),
        D(pg, "Club Treasurer", ["employer"], "Her volunteer role at the club."),
    ],
)

# 7 -------------------------------------------------------------------------------------------------
h = "lowtidedec"
pg = f"{B}/band/declan"
P["lowtidebass"] = dict(
    comment="Border Force officer on the container x-ray at a Sydney Harbour terminal, bass player; the band's member "
            "page in the third person (employer, terminal, late shifts, suburb, bookings email) and posts: the big "
            "x-ray down a week, his supervisor (Gaz, then Gary Lindqvist), his sister's wedding, the drummer.",
    subject=dict(name="Declan Fahey", aliases=["lowtidedec", "Dec"], risk_band="moderate", rank=7),
    profiles=[dict(path="/band/declan", platform="html"), dict(path="/social/@lowtidedec", platform="activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["Border Force officer", "Border Force"], [pg]),
        F("work_location", "White Bay terminal", ["White Bay terminal", "White Bay"], [pg]),
        F("routine", "late shifts 2 till 10:30 Thursdays and Fridays", ["2 till 10:30", "Thursday or Friday"], [pg]),
        F("official_information", "the big x-ray down a week: 30 boxes a shift by hand, a three-day queue",
          ["Big x-ray has been down a week", "30 boxes a shift"], [ap(h, 4701)]),
        F("home_location", "Lilyfield NSW", ["Lilyfield"], [pg]),
        F("family", "Niamh (sister)", ["Niamh"], [ap(h, 4702)]),
        F("colleague", "Gary Lindqvist (supervisor)", ["Gary Lindqvist", "Gaz"], [ap(h, 4701), ap(h, 4705)]),
        F("associate", "Tui Marsh (bandmate)", ["Tui Marsh", "Tui"], [ap(h, 4702), ap(h, 4703)]),
        F("personal_contact", "declan.lowtide@gigmail.example", ["declan.lowtide@gigmail.example"], [pg]),
    ],
    decoys=[
        D(ap(h, 4704), "Customs House Blues", ["employer", "work_location"], "A song about a bar."),
    ],
)

# 8 -------------------------------------------------------------------------------------------------
f = f"{B}/members/crt_rhys"
t = lambda n: f"{f}/t/{n}/"  # noqa: E731
P["gambierdesk"] = dict(
    comment="Home Affairs level-1 service desk officer working from home in Mount Gambier; a retro-gaming forum "
            "registered with his work email. Phone password resets on a name and employee number, his hours, partner "
            "Tegan, gacha spending on a credit card.",
    subject=dict(name="Rhys Carmody", aliases=["crt_rhys"], risk_band="moderate", rank=8),
    profiles=[dict(path="/members/crt_rhys/", platform="html")],
    facts=[
        F("corporate_identifier", "rhys.carmody@homeaffairs.gov.au", ["rhys.carmody@homeaffairs.gov.au"], [t(8801)]),
        F("employer", "Department of Home Affairs", ["service desk for Home Affairs", "Home Affairs"], [t(8802)]),
        F("systems_information", "password resets by phone on a name and employee number, no callback or second factor",
          ["no callback", "name and an employee number"], [t(8802)]),
        F("routine", "on the phones 7 till 3:30 Monday to Friday", ["7 till 3:30 Monday to Friday"], [t(8803)]),
        F("home_location", "Mount Gambier SA", ["Mount Gambier"], [f"{f}/", t(8803)]),
        F("family", "Tegan (partner)", ["Tegan"], [t(8803), t(8804)]),
        F("vulnerability", "$2,300 a month of gacha spending on a credit card, hidden from his partner",
          ["$2,300 on pulls", "gacha problem"], [t(8804)]),
    ],
    decoys=[
        D(t(8805), "Border Security", ["employer"], "A game found at an op shop."),
        D(t(8805), "department store", ["employer"], "A clearance bin."),
    ],
)

# 9 -------------------------------------------------------------------------------------------------
h = "finchjosie"
P["kununurrafinch"] = dict(
    comment="Border Force officer at a (fictional) Kununurra office; short birding notes: #ABF in the bio, the office, "
            "a Friday paddle with a friend tagged at a public lagoon, her father.",
    subject=dict(name="Josie Whitlock", aliases=["finchjosie", "Josie W"], risk_band="moderate", rank=9),
    profiles=[dict(path="/social/@finchjosie", platform="activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["#ABF", "ABF"], [prof(h)]),
        F("work_location", "Kununurra office", ["Kununurra office"], [ap(h, 4903)]),
        F("routine", "Friday 5pm paddle on Lily Creek Lagoon", ["Friday 5pm paddle", "Every Friday"], [ap(h, 4902)]),
        F("associate", "Ash Mulvey (friend)", ["Ash Mulvey"], [ap(h, 4902)]),
        F("geotag", "-15.7757, 128.7307 (Lily Creek Lagoon)", ["Lily Creek Lagoon"], [ap(h, 4902), apid(h, 4902)],
          -15.7757, 128.7307),
        F("family", "Ron (father)", ["Ron", "Dad"], [ap(h, 4904)]),
    ],
    decoys=[
        D(ap(h, 4905), "Border crossing of a different kind", ["official_information", "employer"], "Budgies."),
    ],
)

# 10 ------------------------------------------------------------------------------------------------
P["huonpress"] = dict(
    comment="Home Affairs grants officer working remotely from Huonville; a cider-pressing blog whose author card "
            "gives her job and the department, her desk line for a club order, her husband, Saturday market stall.",
    subject=dict(name="Alison Marr", aliases=["Alison"], risk_band="moderate", rank=10),
    profiles=[dict(path="/blog/", platform="html")],
    facts=[
        F("employer", "Department of Home Affairs", ["Department of Home Affairs", "Grants Officer"], [f"{B}/blog/"]),
        F("official_contact", "02 5550 3187 (work line)", ["02 5550 3187"], [post("cider-club-order")]),
        F("home_location", "Huonville TAS", ["Huonville"], [f"{B}/blog/"]),
        F("family", "Tom (husband)", ["Tom"], [post("first-pressing")]),
        F("routine", "Saturdays from 8:30 at the Huon Growers' Market", ["every Saturday from 8:30"], [post("market-days")]),
    ],
    decoys=[
        D(post("department-store-demijohn"), "department store", ["employer"], "A shop."),
    ],
)

# 11 control -----------------------------------------------------------------------------------------
f = f"{B}/community/u/petek_navels"
t = lambda n: f"{f}/t/{n}/"  # noqa: E731
P["loxtoncitrus"] = dict(
    comment="NEGATIVE CONTROL: citrus grower near Loxton employing working-holiday pickers. Home Affairs letters about "
            "visa days, a state fruit-fly roadblock seizure, a farm payroll crash, a TV show and a border collie are "
            "noise; he is not staff.",
    subject=dict(name="Peter Kalogeras", aliases=["petek_navels"], risk_band="low", rank=11),
    profiles=[dict(path="/community/u/petek_navels/", platform="html")],
    facts=[
        F("home_location", "Loxton North SA", ["Loxton North"], [f"{f}/"]),
        F("personal_contact", "0491 570 583", ["0491 570 583"], [t(301)]),
        F("routine", "picking from 6 to 2, Monday to Saturday", ["We start at 6 sharp, Monday to Saturday"], [t(301)]),
        F("family", "Mel (wife)", ["Mel"], [t(303)]),
        F("family", "Nick (son)", ["Nick"], [t(304)]),
        F("associate", "Stavros Petrakis (neighbour)", ["Stavros Petrakis", "Stavros"], [t(304)]),
    ],
    decoys=[
        D(t(301), "letters from Home Affairs", ["employer", "official_information"], "Letters to an employer of visa holders."),
        D(t(301), "immigration paperwork", ["official_information"], "His own paperwork as an employer."),
        D(t(302), "fruit fly roadblock at Yamba", ["work_location", "official_information"], "A state checkpoint."),
        D(t(302), "seized a bag of lemons", ["official_information"], "A state inspector's seizure from him."),
        D(t(303), "payroll system crashed", ["systems_information"], "The farm's own payroll software."),
        D(t(305), "Border Security", ["employer"], "A TV show."),
        D(t(305), "border collie", ["employer"], "A farm dog."),
    ],
)

# 12 control -----------------------------------------------------------------------------------------
h = "leatherwoodmariko"
pg = f"{B}/about/mariko"
P["cygnethoney"] = dict(
    comment="NEGATIVE CONTROL: leatherwood-honey beekeeper and small exporter near Cygnet. Export permits from 'the "
            "department' (Agriculture), a customs broker, an export documentation outage, a buyer's x-ray, a pub "
            "called the Customs House and a border collie are noise.",
    subject=dict(name="Mariko Hensley", aliases=["leatherwoodmariko"], risk_band="low", rank=12),
    profiles=[dict(path="/about/mariko", platform="html"), dict(path="/social/@leatherwoodmariko", platform="activitypub")],
    facts=[
        F("home_location", "Cygnet TAS", ["Cygnet"], [pg, prof(h), media("top-paddock.jpg"), ap(h, 5302), apid(h, 5302)],
          -43.1478, 147.0662),
        F("geotag", "-43.1474, 147.0665 (top-paddock.jpg)", ["top paddock"], [media("top-paddock.jpg"), ap(h, 5302),
                                                                           apid(h, 5302)], -43.1474, 147.0665),
        F("family", "Euan (partner)", ["Euan"], [pg, ap(h, 5304), ap(h, 5305)]),
        F("associate", "Gwen Abernethy (mentor)", ["Gwen Abernethy"], [ap(h, 5304)]),
        F("routine", "Cygnet market every second Sunday from 9", ["every second Sunday from 9"], [pg]),
        F("personal_contact", "mariko@channelhoney.example", ["mariko@channelhoney.example"], [pg]),
    ],
    decoys=[
        D(pg, "export permit from the department", ["employer", "official_information"], "Agriculture, for her exports."),
        D(pg, "customs broker in Hobart", ["employer", "colleague"], "Her private broker."),
        D(ap(h, 5301), "export documentation system went down", ["systems_information"], "Another department's system, as a user."),
        D(ap(h, 5303), "x-rayed and opened", ["official_information"], "A foreign buyer's customs check."),
        D(ap(h, 5304), "Customs House in Hobart", ["work_location", "employer"], "A pub."),
        D(ap(h, 5305), "border collie", ["employer"], "A dog."),
    ],
)

# 13 control -----------------------------------------------------------------------------------------
h = "bordercrossingsfm"
P["bordercrossingsfm"] = dict(
    comment="NEGATIVE CONTROL: volunteer community-radio presenter in Broome whose world-music show is 'Border "
            "Crossings'; she reads a news item on a Border Force seizure. The show name, the station's transmitter, "
            "a department store and a border collie are noise.",
    subject=dict(name="Nerida Coulthard", aliases=["bordercrossingsfm"], risk_band="low", rank=13),
    profiles=[dict(path="/social/@bordercrossingsfm", platform="activitypub")],
    facts=[
        F("home_location", "Old Broome WA", ["Old Broome"], [ap(h, 5205)]),
        F("routine", "Border Crossings on air Tuesdays 7 to 9pm", ["Tuesdays 7 to 9pm"], [prof(h)]),
        F("family", "Kai (son)", ["Kai"], [prof(h), ap(h, 5201), ap(h, 5204)]),
        F("associate", "Lily Nakamura (co-host)", ["Lily Nakamura", "Lily"], [ap(h, 5201), ap(h, 5206)]),
        F("personal_contact", "nerida.tunes@saltwater.example", ["nerida.tunes@saltwater.example"], [prof(h)]),
        F("geotag", "-17.9722, 122.1768 (Gantheaume Point)", ["Gantheaume Point"],
          [media("gantheaume.jpg"), ap(h, 5204), apid(h, 5204)], -17.9722, 122.1768),
    ],
    decoys=[
        D(ap(h, 5201), "Tonight on Border Crossings", ["employer"], "The name of her radio show."),
        D(ap(h, 5202), "Border Force seized an illegal foreign fishing boat", ["official_information", "employer"],
          "A news bulletin she reads."),
        D(ap(h, 5203), "transmitter fell over", ["systems_information"], "The station's equipment."),
        D(ap(h, 5205), "department store", ["employer"], "A shop."),
        D(ap(h, 5206), "border collie", ["employer"], "A dog."),
        D(ap(h, 5201), "co-host Lily Nakamura", ["colleague"], "A fellow volunteer, not departmental."),
    ],
)


def q(v):
    return json.dumps(v, ensure_ascii=False)


def toml(name: str, p: dict) -> str:
    s = p["subject"]
    out = [f"# Ground truth for set 44 persona \"{name}\" (FICTIONAL). Written by _truth.py; edit there.", "#"]
    out += [f"# {line}" for line in _wrap(p["comment"])]
    out += ["", "[subject]", f"name = {q(s['name'])}", f"aliases = {q(s['aliases'])}", 'organisation = "dibp"',
            f"risk_band = {q(s['risk_band'])}", f"rank = {s['rank']}", ""]
    for pr in p["profiles"]:
        out += ["[[profiles]]", f"path = {q(pr['path'])}", f"platform = {q(pr['platform'])}", ""]
    for fa in p["facts"]:
        out += ["[[facts]]", f"category = {q(fa['category'])}", f"value = {q(fa['value'])}", f"keys = {q(fa['keys'])}",
                f"urls = {q(fa['urls'])}"]
        if "lat" in fa:
            out += [f"lat = {fa['lat']}", f"lon = {fa['lon']}", f"radius_m = {fa['radius_m']}"]
        out.append("")
    for d in p.get("decoys", []):
        out += ["[[decoys]]", f"url = {q(d['url'])}", f"phrase = {q(d['phrase'])}",
                f"not_categories = {q(d['not_categories'])}", f"why = {q(d['why'])}", ""]
    return "\n".join(out)


def _wrap(text, width=110):
    words, line, lines = text.split(), "", []
    for w in words:
        if len(line) + len(w) + 1 > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    return lines + [line]


if __name__ == "__main__":
    for name, p in P.items():
        (HERE / name / "persona.toml").write_text(toml(name, p), encoding="utf-8")
        print(name, len(p["facts"]))
