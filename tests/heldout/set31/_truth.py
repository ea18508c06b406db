"""Ground truth for set 31, one table per persona; run this file to rewrite every persona.toml from TRUTH.

Each fact: (category, value, keys, urls[, extra]) where urls use {B} for {{BASE}} and extra may hold lat/lon/radius_m.
Each decoy: (url, phrase, not_categories, why). Written by hand, blind to the scanner.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B = "{{BASE}}"
TRUTH: dict = {}


def _q(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def _arr(xs) -> str:
    return "[" + ", ".join(_q(x) for x in xs) + "]"


def write_all() -> None:
    for name, t in TRUTH.items():
        lines = [f"# Ground truth for {name} (FICTIONAL: {t['name']} does not exist). Set 31, written blind.",
                 f"# {t['note']}", "", "[subject]", f"name = {_q(t['name'])}", f"aliases = {_arr(t['aliases'])}",
                 'organisation = "dibp"', f"risk_band = {_q(t['band'])}", f"rank = {t['rank']}", ""]
        for path, platform in t["profiles"]:
            lines += ["[[profiles]]", f"path = {_q(path)}", f"platform = {_q(platform)}", ""]
        for fact in t["facts"]:
            cat, value, keys, urls = fact[:4]
            extra = fact[4] if len(fact) > 4 else {}
            lines += ["[[facts]]", f"category = {_q(cat)}", f"value = {_q(value)}", f"keys = {_arr(keys)}",
                      f"urls = {_arr(u.replace('{B}', B) for u in urls)}"]
            for k, v in extra.items():
                lines.append(f"{k} = {v}")
            lines.append("")
        for url, phrase, cats, why in t.get("decoys", []):
            lines += ["[[decoys]]", f"url = {_q(url.replace('{B}', B))}", f"phrase = {_q(phrase)}",
                      f"not_categories = {_arr(cats)}", f"why = {_q(why)}", ""]
        (HERE / name / "persona.toml").write_text("\n".join(lines), encoding="utf-8")


R = "{B}/lounge/u/kvoss_hodl/"
TRUTH["rosebery"] = dict(
    name="Kieran Voss", aliases=["kvoss", "kvoss_hodl"], band="critical", rank=1,
    note="Home Affairs APS5 in visa cancellations at Rosebery; crypto forum signed up with his work email; margin calls and payday loans.",
    profiles=[("/lounge/u/kvoss_hodl/", "html"), ("/social/@kvoss", "activitypub")],
    facts=[
        ("employer", "Department of Home Affairs", ["Home Affairs"], [R + "t/2214/"]),
        ("work_location", "Home Affairs office, Rosebery NSW", ["Rosebery"], [R + "t/2214/"]),
        ("colleague", "Priya Natesan (team leader)", ["Priya Natesan", "Priya"], [R + "t/2214/"]),
        ("corporate_identifier", "kieran.voss@homeaffairs.gov.au", ["kieran.voss@homeaffairs.gov.au"], [R]),
        ("personal_contact", "@kvoss_trades (Telegram)", ["kvoss_trades"], [R]),
        ("vulnerability", "leveraged crypto losses, rent on the credit card, payday loans", ["margin call", "Nimble loan", "liquidated", "payday loan"],
         [R + "t/2201/", "{B}/social/@kvoss/31104"]),
        ("vulnerability", "passed over for EL1 after nine years, grievance", ["passed over"], [R + "t/2230/"]),
        ("official_information", "1,400 s501 cancellation files in backlog; six staff leaving the section in July",
         ["1,400 s501", "backlog", "losing six people"], [R + "t/2230/"]),
        ("systems_information", "ICSE outage; visa history lookup by passport number", ["ICSE"], [R + "t/2241/"]),
        ("systems_information", "office wifi blocks exchanges; tethers his phone at work", ["wifi blocks every exchange"], [R + "t/2214/"]),
        ("routine", "7:12 weekday train from Wolli Creek, walks from Green Square", ["7:12", "Wolli Creek"], [R + "t/2256/"]),
        ("home_location", "Kogarah NSW", ["Kogarah"], ["{B}/social/@kvoss", R + "t/2262/"]),
        ("associate", "Dom Ferreira (flatmate)", ["Dom Ferreira", "Dom"], [R + "t/2262/"]),
        ("family", "Carol Voss (mother)", ["Carol Voss", "Carol"], ["{B}/social/@kvoss/31102"]),
    ],
    decoys=[
        (R + "t/2270/", "Border Security", ["employer", "official_information"], "A TV show."),
        (R + "t/2270/", "department store loading dock", ["employer", "work_location", "colleague"], "A cousin at a shop's dock."),
        ("{B}/social/@kvoss/31103", "border collie", ["employer"], "A neighbour's dog."),
    ],
)

N = "{B}/acts/nadia-haddad"
TRUTH["tullastandup"] = dict(
    name="Nadia Haddad", aliases=["nadiahaha"], band="critical", rank=2,
    note="Border Force officer at Melbourne Airport T2 international; open-mic comic whose material is her shifts.",
    profiles=[("/acts/nadia-haddad", "html"), ("/social/@nadiahaha", "activitypub")],
    facts=[
        ("employer", "Australian Border Force", ["Border Force officer", "navy uniform on the primary line"], [N]),
        ("work_location", "Melbourne Airport T2 international, Tullamarine", ["T2 international", "Tullamarine"], [N]),
        ("home_location", "Pascoe Vale VIC", ["Pascoe Vale"], [N, "{B}/social/@nadiahaha"]),
        ("personal_contact", "nadia.haha@gigmail.example", ["nadia.haha@gigmail.example"], [N]),
        ("personal_contact", "0491 570 318", ["0491 570 318"], [N]),
        ("routine", "Tuesdays 8pm open mic at the Sideways Room, Sydney Road, Brunswick", ["every Tuesday at 8pm", "Sideways Room"], [N]),
        ("routine", "0500 earlies, 4 on 4 off", ["4 on 4 off", "0500 start"], ["{B}/social/@nadiahaha/31203"]),
        ("official_information", "2.4 kg of ice in a teddy bear found on x-ray in secondary", ["2.4 kilos of ice", "teddy bear"],
         ["{B}/social/@nadiahaha/31201"]),
        ("systems_information", "SmartGates froze; Doha flight processed by hand", ["SmartGates froze"], ["{B}/social/@nadiahaha/31203"]),
        ("colleague", "Marcus Bell (supervisor)", ["Marcus Bell"], ["{B}/social/@nadiahaha/31203"]),
        ("associate", "Jules Okafor (comedy friend)", ["Jules Okafor", "Jules"], ["{B}/social/@nadiahaha/31202"]),
        ("family", "Rania (mother)", ["Rania"], ["{B}/social/@nadiahaha/31205"]),
        ("vulnerability", "heavy drinking around gigs", ["two pints before I go on"], ["{B}/social/@nadiahaha/31204"]),
    ],
    decoys=[
        ("{B}/social/@nadiahaha/31206", "Airport 24/7", ["employer", "work_location"], "A TV show."),
    ],
)

P = "{B}/blog/posts/"
TRUTH["portsiderun"] = dict(
    name="Warren Pilbeam", aliases=["Warren"], band="critical", rank=3,
    note="Border Force supervisor at Portside wharf, Brisbane; marathon blog with georss at home and his work email as feed author.",
    profiles=[("/blog/", "html")],
    facts=[
        ("employer", "Australian Border Force", ["Australian Border Force"], [P + "why-i-run/"]),
        ("corporate_identifier", "warren.pilbeam@abf.gov.au", ["warren.pilbeam@abf.gov.au"], ["{B}/blog/feed.xml"]),
        ("work_location", "Portside cruise wharf, Hamilton, Brisbane", ["Portside"], [P + "tuesday-intervals/", P + "taper-and-cruise-season/"]),
        ("routine", "Tuesday and Thursday 5:00am intervals on the Riverwalk, then 7am earlies at the wharf", ["every Tuesday and Thursday at 5:00am", "Tuesday and Thursday at 5:00am", "7am start"],
         [P + "tuesday-intervals/"]),
        ("home_location", "Hawthorne, Brisbane", ["Hawthorne"], [P + "long-run-sunday/"], {"lat": -27.4671, "lon": 153.0589, "radius_m": 150}),
        ("geotag", "-27.4671, 153.0589 (home, Hawthorne)", ["-27.4671 153.0589"], ["{B}/blog/feed.xml", P + "long-run-sunday/", P + "tuesday-intervals/"],
         {"lat": -27.4671, "lon": 153.0589, "radius_m": 150}),
        ("associate", "Lachie Brennan (running mate)", ["Lachie Brennan", "Lachie"], [P + "long-run-sunday/"]),
        ("colleague", "Shannon Keogh (2IC)", ["Shannon Keogh", "Shannon"], [P + "taper-and-cruise-season/"]),
        ("official_information", "three ships, 9,000 passengers next Saturday with eleven officers on the wharf", ["eleven officers", "three ships in at Portside"],
         [P + "taper-and-cruise-season/"]),
        ("personal_contact", "0491 570 442 (Signal)", ["0491 570 442"], [P + "taper-and-cruise-season/"]),
        ("family", "Leanne (wife)", ["Leanne", "the boss at home"], [P + "why-i-run/"]),
        ("family", "Maddie (daughter)", ["Maddie", "Balmoral State High"], [P + "why-i-run/"]),
        ("vulnerability", "$9,000 on the credit card hidden from his wife", ["$9,000 on the card"], [P + "why-i-run/"]),
    ],
    decoys=[
        (P + "border-collie/", "border collie", ["employer"], "A neighbour's dog."),
        (P + "border-collie/", "Border Security box set", ["employer", "official_information"], "A TV show."),
        (P + "long-run-sunday/", "Bulimba ferry", ["work_location"], "A running route landmark."),
    ],
)

K = "{B}/news/posts/"
KH = {"lat": -32.244, "lon": 115.793, "radius_m": 150}
TRUTH["kwinanafish"] = dict(
    name="Trent Mahoney", aliases=["Trent"], band="high", rank=5,
    note="Border Force officer at the Kwinana bulk jetty; edits his fishing club's newsletter with his work number and home photos.",
    profiles=[("/news/", "html")],
    facts=[
        ("employer", "Australian Border Force", ["Border Force"], [K + "editors-note/"]),
        ("work_location", "Kwinana bulk jetty", ["Kwinana bulk jetty"], [K + "editors-note/"]),
        ("official_contact", "02 5550 7731 (work)", ["02 5550 7731"], [K + "editors-note/"]),
        ("routine", "4 days on 4 off, nights", ["4 days on 4 off"], [K + "editors-note/"]),
        ("routine", "Sunday 5:30am club launch from the Woodman Point ramp", ["every Sunday at 5:30am", "Woodman Point ramp"], [K + "march-sinker/"]),
        ("official_information", "boarded a grain ship, two crew removed for overstays, forty cartons of cigarettes behind the paint locker",
         ["visa overstays", "forty cartons of smokes"], [K + "boarding-yarn/"]),
        ("colleague", "Shane Pryor (shift colleague)", ["Shane Pryor"], [K + "boarding-yarn/"]),
        ("associate", "Barry Holloway (club president)", ["Barry Holloway", "Bazza"], [K + "march-sinker/"]),
        ("family", "Jaxon (son)", ["Jaxon"], [K + "junior-comp/"]),
        ("family", "Kylie (wife)", ["Kylie"], [K + "junior-comp/"]),
        ("home_location", "Calista WA", ["Calista"], [K + "from-the-shed/", "{B}/media/shed-boat.jpg"], KH),
        ("geotag", "-32.244, 115.793 (home, Calista)", ["Calista"], ["{B}/media/shed-boat.jpg", "{B}/media/esky-squid.jpg", K + "from-the-shed/", K + "squid-season/"], KH),
        ("vulnerability", "boat loan repayments; gambling losses on multis", ["boat loan", "a multi that didn't get up"], [K + "from-the-shed/"]),
    ],
    decoys=[
        (K + "squid-season/", "Kwinana grain terminal walls", ["work_location"], "A fishing spot report."),
        (K + "junior-comp/", "department store", ["employer"], "A shop noticeboard joke."),
    ],
)

G = "{B}/forum/u/glennarch/"
TRUTH["osbornebrew"] = dict(
    name="Glenn Archibald", aliases=["glennarch"], band="high", rank=4,
    note="Border Force container examiner at Gillman, Port Adelaide; home-brew forum with a tobacco seizure, a broken scanner, drinking after separation.",
    profiles=[("/forum/u/glennarch/", "html")],
    facts=[
        ("employer", "Australian Border Force", ["Customs (ABF) officer", "ABF"], [G]),
        ("home_location", "Osborne SA", ["Osborne"], [G]),
        ("work_location", "container examination facility, Gillman (Port Adelaide)", ["container examination facility at Gillman", "Gillman"], [G + "t/8812/"]),
        ("official_contact", "0491 570 655 (work mobile)", ["0491 570 655"], [G + "t/8812/"]),
        ("routine", "afternoons 2 till 10; brew day every Sunday from 8am", ["afternoons 2 till 10", "every Sunday from 8am"], [G + "t/8801/"]),
        ("associate", "Andrew Sullivan (brew mate)", ["Andrew Sullivan", "Sully"], [G + "t/8801/"]),
        ("official_information", "1.2 tonnes of loose-leaf tobacco in a container declared as ceramic tiles; same importer as January",
         ["1.2 tonnes of loose-leaf tobacco", "ceramic tiles"], [G + "t/8825/"]),
        ("colleague", "Rhys Kowalski (inspector)", ["Rhys Kowalski"], [G + "t/8825/"]),
        ("systems_information", "x-ray scanner down nine days awaiting vendor; ICS timing out", ["x-ray scanner", "ICS times out"], [G + "t/8839/"]),
        ("vulnerability", "drinking alone since separation", ["since the separation", "eight or nine a night"], [G + "t/8847/"]),
        ("family", "Deb (ex-wife)", ["Deb"], [G + "t/8847/"]),
        ("family", "Tayla and Cooper (children)", ["Tayla", "Cooper"], [G + "t/8847/"]),
    ],
    decoys=[
        (G + "t/8853/", "department store", ["employer", "work_location"], "A shop."),
    ],
)

W = "{B}/social/@fosterbec"
WH = {"lat": -12.383, "lon": 130.852, "radius_m": 150}
TRUTH["winnelliecats"] = dict(
    name="Bec Trinh", aliases=["fosterbec"], band="high", rank=6,
    note="Border Force detector-dog handler at Winnellie, Darwin; cat-foster account with home photos, a cash find, Afterpay vet bills.",
    profiles=[("/social/@fosterbec", "activitypub")],
    facts=[
        ("employer", "Australian Border Force (detector dog handler)", ["ABF dog handler"], [W]),
        ("personal_contact", "0491 570 581", ["0491 570 581"], [W]),
        ("home_location", "Nightcliff NT", ["Nightcliff"], [W, "{B}/media/kittens-verandah.jpg"], WH),
        ("geotag", "-12.383, 130.852 (home, Nightcliff)", ["Nightcliff"], ["{B}/media/kittens-verandah.jpg", "{B}/media/biscuit-box.jpg", W + "/31501", W + "/31504"], WH),
        ("work_location", "Border Force kennels, Winnellie", ["Winnellie kennels", "Winnellie"], [W + "/31502"]),
        ("official_information", "detector dog found $86k cash in a mail parcel", ["$86k in cash"], [W + "/31502"]),
        ("routine", "5:30am feeds before a 7am start; Saturday 10-2 adoption day in Casuarina", ["5:30am feeds before a 7 start", "every Saturday 10 till 2"], [W + "/31503"]),
        ("colleague", "Dean Thompson (fellow handler)", ["Dean Thompson", "Tommo"], [W + "/31505"]),
        ("systems_information", "new parcel screening tablets crashing; parcels could not be logged", ["screening tablets crashed"], [W + "/31505"]),
        ("family", "Tuan (partner)", ["Tuan", "Mr T"], [W + "/31505"]),
        ("associate", "Mel Sands (rescue coordinator)", ["Mel Sands", "kittyhq_darwin"], [W + "/31506"]),
        ("vulnerability", "about $6k of vet bills on Afterpay and the credit card", ["Afterpay", "about $6k"], [W + "/31507"]),
    ],
    decoys=[
        (W + "/31508", "border collie", ["employer"], "Cat banter."),
    ],
)
