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

T = "{B}/trips/posts/"
TRUTH["portsmithvan"] = dict(
    name="Col Dunstan", aliases=["Col"], band="high", rank=7,
    note="Border Force Marine Unit crewman based at Portsmith, Cairns; caravan club trip log with a patrol's dates ahead and his work email as club contact.",
    profiles=[("/trips/", "html")],
    facts=[
        ("employer", "Australian Border Force Marine Unit", ["Border Force Marine Unit"], [T + "why-im-never-here/"]),
        ("work_location", "Portsmith berth, Trinity Inlet, Cairns", ["Portsmith"], [T + "why-im-never-here/", T + "next-trip-dates/"]),
        ("routine", "28 days on the boat, 28 off; club first Sunday of the month at 9", ["28 days on the boat, 28 days off", "first Sunday of the month at 9"],
         [T + "why-im-never-here/", T + "sea-cucumber/"]),
        ("official_information", "next patrol leaves 12 February for the Torres Strait, three weeks around Saibai", ["leaves Portsmith on 12 February", "Saibai"],
         [T + "next-trip-dates/"]),
        ("official_information", "apprehended an Indonesian boat with 700 kg of sea cucumber, crew of eleven, towed to Thursday Island",
         ["700 kg of sea cucumber"], [T + "sea-cucumber/"]),
        ("official_contact", "colin.dunstan@abf.gov.au", ["colin.dunstan@abf.gov.au"], [T + "next-trip-dates/"]),
        ("colleague", "Fiona Marr (commanding officer)", ["Fiona Marr"], [T + "why-im-never-here/"]),
        ("family", "Jan (wife)", ["Jan", "the Admiral"], [T + "atherton-loop/"]),
        ("family", "Ruby and Archie (grandchildren)", ["Ruby", "Archie"], [T + "grandkids-trip/"]),
        ("associate", "Dave and Sue Kerrigan (club friends)", ["Dave and Sue Kerrigan", "Kerrigan"], [T + "atherton-loop/"]),
        ("home_location", "Whitfield, Cairns", ["Whitfield"], [T + "sea-cucumber/"]),
    ],
    decoys=[
        (T + "annexe/", "Border Security", ["employer", "official_information"], "A TV show."),
        (T + "atherton-loop/", "Lake Tinaroo", ["work_location", "home_location"], "A camp site."),
    ],
)

S = "{B}/qa/u/SimoneA_Macgregor/"
TRUTH["belcoparent"] = dict(
    name="Simone Achterberg", aliases=["SimoneA_Macgregor"], band="high", rank=8,
    note="Home Affairs APS6 in a biometrics systems team, Belconnen; parents-of-teens Q&A with notifications to her work email, an unannounced merger, separation.",
    profiles=[("/qa/u/SimoneA_Macgregor/", "html")],
    facts=[
        ("corporate_identifier", "s.achterberg@homeaffairs.gov.au", ["s.achterberg@homeaffairs.gov.au"], [S]),
        ("employer", "Department of Home Affairs", ["Home Affairs"], [S + "t/q4433/"]),
        ("work_location", "Home Affairs office, Belconnen ACT", ["Belconnen office", "Belconnen"], [S + "t/q4433/", S + "t/q4410/"]),
        ("home_location", "Macgregor ACT", ["Macgregor"], [S]),
        ("family", "Isla (daughter)", ["Isla", "Melba Copland"], [S + "t/q4410/"]),
        ("routine", "school drop at 8:15, the 8:40 bus to Belconnen", ["8:15", "8:40 bus"], [S + "t/q4410/"]),
        ("colleague", "Ange Whitlock (director)", ["Ange Whitlock"], [S + "t/q4433/"]),
        ("family", "Craig (ex-husband)", ["Craig"], [S + "t/q4460/"]),
        ("vulnerability", "separation, custody fight, legal fees on the credit card", ["separated in January", "custody fight", "fees are on my credit card"],
         [S + "t/q4460/"]),
        ("systems_information", "face matching system moving to a new vendor platform, August go-live; token and PIN on sticky notes",
         ["face matching system", "token and a PIN"], [S + "t/q4478/"]),
        ("official_information", "branch merger, twenty jobs going by September, not public", ["twenty jobs going"], [S + "t/q4491/"]),
    ],
    decoys=[
        (S + "t/q4502/", "department store", ["employer", "work_location"], "A shop joke."),
    ],
)

J = "{B}/social/@jleota"
JH = {"lat": -34.437, "lon": 150.863, "radius_m": 150}
TRUTH["kemblawharf"] = dict(
    name="Jayden Leota", aliases=["jleota"], band="moderate", rank=9,
    note="Border Force officer at Port Kembla's car terminal; terse ironic posts, a place-tagged note at home in Figtree, punting.",
    profiles=[("/social/@jleota", "activitypub")],
    facts=[
        ("employer", "Australian Border Force", ["ABF", "navy polyester"], [J]),
        ("work_location", "Port Kembla car terminal", ["Port Kembla car terminal"], [J + "/31901"]),
        ("official_information", "4,000 cars off one ship, three officers examining, steroids in a spare wheel", ["steroids in a spare wheel", "three of us examining"],
         [J + "/31901"]),
        ("routine", "earlies 0600 to 1400", ["0600 to 1400"], [J + "/31902"]),
        ("routine", "Thursday futsal 7pm at Unanderra", ["thursday futsal, 7pm"], [J + "/31903"]),
        ("associate", "Sione Fa'alogo (friend)", ["sione_fa", "Sione"], [J + "/31903"]),
        ("home_location", "Figtree NSW", ["Figtree"], [J + "/statuses/31904", J + "/31904"], JH),
        ("geotag", "-34.437, 150.863 (home, Figtree)", ["Figtree NSW"], [J + "/statuses/31904", J + "/31904"], JH),
        ("vulnerability", "gambling losses on multis", ["down $2k on the Origin multi"], [J + "/31905"]),
        ("family", "Dane (brother)", ["Dane"], [J + "/31906"]),
        ("colleague", "Kerry Lam (shift colleague)", ["Kerry Lam", "Kez"], [J + "/31907"]),
    ],
    decoys=[
        (J + "/31908", "Border Security", ["employer", "official_information"], "A TV show."),
    ],
)

M = "{B}/social/@mickfarrelly"
TRUTH["wharforganiser"] = dict(
    name="Mick Farrelly", aliases=["mickfarrelly"], band="low", rank=11,
    note="NEGATIVE CONTROL: a wharf union organiser; Border Force holds, examinations and seizures only as they touch his members.",
    profiles=[("/social/@mickfarrelly", "activitypub")],
    facts=[
        ("home_location", "Wynnum QLD", ["Wynnum"], [M]),
        ("personal_contact", "0491 570 733", ["0491 570 733"], [M]),
        ("family", "Erin Farrelly (daughter)", ["Erin Farrelly", "Erin"], [M + "/32004"]),
        ("associate", "Trish Colquhoun (fundraiser chair)", ["Trish Colquhoun", "Trish"], [M + "/32005"]),
    ],
    decoys=[
        (M + "/32001", "Border Force holds", ["employer", "official_information", "colleague"], "Delays for his members."),
        (M + "/32001", "Fisherman Islands terminal", ["work_location"], "The terminal where his members work."),
        (M + "/32002", "pulled for examination", ["official_information", "employer"], "Union advice to delegates."),
        (M + "/32003", "cocaine seized in banana boxes", ["official_information"], "A news report."),
        (M, "Port of Brisbane branch", ["employer", "work_location"], "His union branch."),
        (M + "/32006", "Rain on the wharf", ["work_location"], "Weather."),
    ],
)

H = "{B}/notes/posts/"
HH = {"lat": -35.331, "lon": 149.053, "radius_m": 150}
TRUTH["afplab"] = dict(
    name="Hannah Sorensen", aliases=["Hannah"], band="low", rank=12,
    note="NEGATIVE CONTROL: an AFP forensic chemist; analyses seizures others submit, attends a public lecture on Home Affairs.",
    profiles=[("/notes/", "html")],
    facts=[
        ("home_location", "Weston ACT", ["Weston"], [H + "garden-beds/", "{B}/media/tomatoes.jpg"], HH),
        ("geotag", "-35.331, 149.053 (home, Weston)", ["Weston"], ["{B}/media/tomatoes.jpg", H + "garden-beds/"], HH),
        ("family", "Ingrid Sorensen (sister-in-law)", ["Ingrid Sorensen", "Ingrid"], [H + "parkrun/"]),
    ],
    decoys=[
        (H + "what-i-do/", "AFP forensic lab", ["employer", "work_location"], "Another agency's lab."),
        (H + "what-i-do/", "drug seizures that Border Force and the police submit", ["official_information", "employer", "colleague"], "Seizures she analyses for another agency."),
        (H + "what-i-do/", "give evidence in court", ["official_information"], "Her own court work."),
        (H + "home-affairs-talk/", "Home Affairs", ["employer"], "A public lecture."),
        (H + "home-affairs-talk/", "border agencies share intelligence", ["official_information", "systems_information"], "A public lecture topic."),
    ],
)

C = "{B}/galley/u/cook_rolly/"
TRUTH["shipcook"] = dict(
    name="Rolly Santiago", aliases=["cook_rolly"], band="low", rank=13,
    note="NEGATIVE CONTROL: a coastal cargo ship's cook; boarded by Border Force, galley stores seized by customs and biosecurity.",
    profiles=[("/galley/u/cook_rolly/", "html")],
    facts=[
        ("personal_contact", "rolly.cooks@seamail.example", ["rolly.cooks@seamail.example"], [C]),
        ("home_location", "Mayfield, Newcastle", ["Mayfield"], [C + "t/578/"]),
        ("family", "Marites (wife)", ["Marites"], [C + "t/578/"]),
        ("family", "Paolo (son)", ["Paolo", "Mayfield under-14s"], [C + "t/578/"]),
        ("associate", "Bong Reyes (old shipmate)", ["Bong Reyes"], [C + "t/590/"]),
    ],
    decoys=[
        (C + "t/551/", "Border Force officers boarded in Gladstone", ["employer", "colleague", "official_information", "work_location"], "Officers who boarded his ship."),
        (C + "t/551/", "crew list", ["official_information", "systems_information"], "His ship's paperwork."),
        (C + "t/562/", "Customs and biosecurity seized", ["official_information", "employer"], "His galley stores seized."),
        (C + "t/562/", "The department says", ["employer"], "Import rules."),
        (C + "t/601/", "Border Security", ["employer", "official_information"], "A TV show."),
    ],
)

D = "{B}/members/dez-arkwright"
TRUTH["mackaybowls"] = dict(
    name="Dez Arkwright", aliases=["Dez"], band="moderate", rank=10,
    note="Border Force officer at Mackay Airport; a bowls club profile in the third person with his job, site, bowls times and his lead.",
    profiles=[("/members/dez-arkwright", "html"), ("/social/@dezbowls", "activitypub")],
    facts=[
        ("employer", "Australian Border Force", ["Border Force officer"], [D]),
        ("work_location", "Mackay Airport", ["Mackay Airport"], [D]),
        ("routine", "pennants Saturdays 1pm; Tuesday social bowls at 4 after earlies", ["every Saturday at 1pm", "Tuesday social bowls at 4"], [D]),
        ("associate", "Norm Beattie (bowls lead)", ["Norm Beattie", "Norm"], [D, "{B}/social/@dezbowls/32301"]),
    ],
    decoys=[
        (D, "border collie therapy-dog", ["employer"], "A hospital charity."),
    ],
)

if __name__ == "__main__":
    write_all()
