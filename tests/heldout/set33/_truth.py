"""Write each set-33 persona.toml from the TRUTH table below (run after editing it).

    .venv/bin/python tests/heldout/set33/_truth.py

URLs starting with "/" get the {{BASE}} prefix. Facts are (category, value, keys, urls[, extra]) with extra
holding lat/lon/radius_m; decoys are (url, phrase, not_categories, why).
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
TRUTH: dict[str, dict] = {}


def q(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def u(path: str) -> str:
    return "{{BASE}}" + path if path.startswith("/") else path


def write(name: str, t: dict) -> None:
    out = [f"# Ground truth for the persona {name!r} (FICTIONAL: {t['name']} does not exist). Set 33, written blind.",
           "#", *(f"# {line}" for line in t["comment"].splitlines()), "",
           "[subject]", f"name = {q(t['name'])}", f"aliases = [{', '.join(q(a) for a in t['aliases'])}]",
           'organisation = "dibp"', f"risk_band = {q(t['band'])}", f"rank = {t['rank']}", ""]
    for path, platform in t["profiles"]:
        out += ["[[profiles]]", f"path = {q(path)}", f"platform = {q(platform)}", ""]
    for fact in t["facts"]:
        cat, value, keys, urls = fact[:4]
        extra = fact[4] if len(fact) > 4 else {}
        out += ["[[facts]]", f"category = {q(cat)}", f"value = {q(value)}",
                f"keys = [{', '.join(q(k) for k in keys)}]", f"urls = [{', '.join(q(u(x)) for x in urls)}]"]
        out += [f"{k} = {v}" for k, v in extra.items()] + [""]
    for url, phrase, cats, why in t.get("decoys", []):
        out += ["[[decoys]]", f"url = {q(u(url))}", f"phrase = {q(phrase)}",
                f"not_categories = [{', '.join(q(c) for c in cats)}]", f"why = {q(why)}", ""]
    (HERE / name / "persona.toml").write_text("\n".join(out), encoding="utf-8")


F = "/forum/u/deanos_reef"
A = "/social/@deano_k"
TRUTH["reeftank"] = dict(
    name="Dean Kovacic", aliases=["deanos_reef", "deano_k", "@deano_k", "Deano"], band="critical", rank=1,
    comment="Intended band: critical. Named as Border Force at Outer Harbor on a reef forum with his phone in the\n"
            "about box; a seizure with quantity and concealment, the x-ray unit down; debt and separation; a\n"
            "shift colleague; his shift pattern; his suburb and a tank photo with GPS at home.",
    profiles=[(F + "/", "html"), (A, "activitypub")],
    facts=[
        ("employer", "Australian Border Force", ["Border Force"], [F + "/t/3303/"]),
        ("work_location", "Outer Harbor", ["Outer Harbor"], [F + "/t/3303/"]),
        ("official_information", "38 kg of MDMA in aquarium gravel, inside resin rock", ["38 kg", "MDMA"], [F + "/t/3303/"]),
        ("official_information", "container x-ray down three weeks, hand-unpacking", ["x-ray", "hand-unpacking"], [F + "/t/3305/"]),
        ("systems_information", "container x-ray unit down awaiting vendor part", ["x-ray", "vendor"], [F + "/t/3305/"]),
        ("vulnerability", "debt: Zip and credit card, $6k", ["Zip", "credit card", "$6k"], [F + "/t/3304/"]),
        ("vulnerability", "separation and legal bills", ["separated", "lawyer"], [F + "/t/3304/"]),
        ("colleague", "Luka Petrovic (crew colleague)", ["Luka Petrovic", "Luka"], [A + "/8102"]),
        ("routine", "afternoon shift 2 till 10, four on four off", ["2 till 10", "four on four off"], [F + "/t/3302/"]),
        ("home_location", "Semaphore Park SA", ["Semaphore Park"], [F + "/"]),
        ("geotag", "-34.8503, 138.4821 (home)", ["tank-dusk"], ["/media/tank-dusk.jpg", A + "/8103"],
         {"lat": -34.8503, "lon": 138.4821, "radius_m": 100}),
        ("personal_contact", "0491 570 213", ["0491 570 213"], [F + "/"]),
        ("associate", "Gary Nolan (fish shop owner)", ["Gary Nolan", "Gaz"], [F + "/t/3303/"]),
    ],
    decoys=[
        (A + "/8105", "Border Security", ["employer", "official_information"], "A TV show watched at home."),
        (F + "/t/3302/", "power cut", ["systems_information"], "His home power, not the department's systems."),
    ],
)

F = "/forum/u/brodz_hilux"
A = "/social/@brodz"
TRUTH["eastarm"] = dict(
    name="Brodie Coles", aliases=["brodz_hilux", "brodz", "@brodz", "brodz_4x4"], band="critical", rank=2,
    comment="Intended band: critical. A ute forum registered with his Border Force email: East Arm wharf, shifts,\n"
            "a vape seizure with quantity and concealment, the boarding tablets failing; a cash loan and the punt;\n"
            "a mate by name, an Instagram handle; his suburb and a place-tagged note at home.",
    profiles=[(F + "/", "html"), (A, "activitypub")],
    facts=[
        ("employer", "Australian Border Force", ["border force", "abf.gov.au"], [F + "/t/554/", F + "/"]),
        ("corporate_identifier", "brodie.coles@abf.gov.au", ["brodie.coles@abf.gov.au"], [F + "/"]),
        ("work_location", "East Arm wharf, Darwin", ["east arm"], [F + "/t/553/"]),
        ("routine", "4 on 4 off, 0600 starts", ["4 on 4 off", "0600"], [F + "/t/553/"]),
        ("official_information", "40,000 vapes in car-part gearbox crates", ["40,000 vapes", "gearbox crates"], [F + "/t/554/"]),
        ("systems_information", "boarding tablets for the cargo system lose wifi; paper and key in later",
         ["tablets", "cargo system"], [F + "/t/555/"]),
        ("vulnerability", "Cash Converters loan $4k at high interest", ["cash converters", "$4k"], [F + "/t/552/"]),
        ("vulnerability", "gambling: multis and the punt", ["the punt", "multi"], [F + "/t/552/"]),
        ("associate", "Jack Ambrose (mate)", ["jack ambrose", "jacko"], [F + "/t/551/"]),
        ("personal_contact", "@brodz_4x4 (Instagram)", ["brodz_4x4"], [F + "/"]),
        ("home_location", "Durack NT", ["durack", "-12.4731"], [F + "/", A + "/statuses/6602"],
         {"lat": -12.4731, "lon": 130.9752, "radius_m": 150}),
        ("geotag", "-12.4731, 130.9752 (home)", ["-12.4731"], [A + "/6602", A + "/statuses/6602"],
         {"lat": -12.4731, "lon": 130.9752, "radius_m": 150}),
    ],
    decoys=[
        (A + "/6603", "border collie", ["employer", "colleague"], "His dog."),
        (A + "/6604", "department store", ["employer"], "A shop."),
    ],
)

A = "/social/@kiki_d"
TRUTH["porthedland"] = dict(
    name="Kiara Dunstan", aliases=["kiki_d", "@kiki_d", "kiki", "kiki.dun02"], band="critical", rank=3,
    comment="Intended band: critical. A 20-year-old announcing her ABF graduation, then the port in Hedland, her\n"
            "buddy officer, a boarding with forged seaman's books, using her supervisor's login; mother and brother,\n"
            "housemate, Snapchat handle, BNPL refused; photos with GPS at her South Hedland home.",
    profiles=[(A, "activitypub")],
    facts=[
        ("employer", "Australian Border Force", ["ABF officer", "BorderForce"], [A + "/9001"]),
        ("work_location", "Port Hedland port", ["the port in hedland", "hedland"], [A + "/9002"]),
        ("colleague", "Tom Nguyen (buddy officer)", ["Tom Nguyen"], [A + "/9002"]),
        ("official_information", "bulk carrier boarding: crew of 22, two with forged seaman's books",
         ["seaman's books", "crew of 22"], [A + "/9004"]),
        ("systems_information", "no login for the passenger system; uses supervisor's login",
         ["passenger system", "supervisor's"], [A + "/9005"]),
        ("family", "Donna (mother)", ["Donna"], [A + "/9006"]),
        ("family", "Jayden (brother)", ["Jayden"], [A + "/9006"]),
        ("associate", "Ellie Brandt (housemate)", ["Ellie Brandt", "Ellie"], [A + "/9007"]),
        ("personal_contact", "kiki.dun02 (Snapchat)", ["kiki.dun02"], [A]),
        ("vulnerability", "BNPL (Afterpay) declined", ["afterpay"], [A + "/9008"]),
        ("home_location", "South Hedland WA", ["South Hedland"], [A + "/9003", "/media/unit-sunset.jpg"],
         {"lat": -20.4058, "lon": 118.6012, "radius_m": 120}),
        ("geotag", "-20.4058, 118.6012 (home)", ["unit-sunset"], ["/media/unit-sunset.jpg", A + "/9003",
                                                                   "/media/movie-night.jpg", A + "/9009"],
         {"lat": -20.4058, "lon": 118.6012, "radius_m": 120}),
    ],
    decoys=[
        (A + "/9010", "Airport 24/7", ["employer", "work_location"], "A TV show."),
        (A, "bunbury girl", ["home_location"], "Where she grew up, not where she lives."),
    ],
)

F = "/community/members/sione_t"
TRUTH["broadmeadows"] = dict(
    name="Sione Taufa", aliases=["sione_t"], band="critical", rank=4,
    comment="Intended band: critical. Replies on a money-help forum registered with his Home Affairs email:\n"
            "compliance team at Broadmeadows, an upcoming operation by area and time, staffing losses, what he can look\n"
            "up; payday loans, BNPL, multis, passed over; his TL; 6am starts and 5am gym; mother lending rent; Glenroy.",
    profiles=[(F + "/", "html")],
    facts=[
        ("employer", "Department of Home Affairs (compliance)", ["Home Affairs"], [F + "/t/r1077/", F + "/"]),
        ("corporate_identifier", "sione.taufa@homeaffairs.gov.au", ["sione.taufa@homeaffairs.gov.au"], [F + "/"]),
        ("work_location", "Broadmeadows office", ["Broadmeadows"], [F + "/t/r1103/"]),
        ("colleague", "Rebecca Linehan (team leader)", ["Rebecca Linehan"], [F + "/t/r1103/"]),
        ("official_information", "three field teams, early-morning overstayer pickups in Craigieburn and Epping",
         ["three field teams", "overstayers"], [F + "/t/r1150/"]),
        ("official_information", "Broadmeadows lost four field officers, not replaced",
         ["four field officers"], [F + "/t/r1103/"]),
        ("systems_information", "can look up anyone's visa status by name and date of birth",
         ["look up anyone's visa status", "visa status"], [F + "/t/r1129/"]),
        ("vulnerability", "payday loans, Afterpay maxed, weekend multis", ["payday loans", "multis", "afterpay"],
         [F + "/t/r1042/"]),
        ("vulnerability", "passed over for APS5", ["knocked back"], [F + "/t/r1103/"]),
        ("routine", "6am starts, gym at 5 at the Glenroy pool", ["start at 6", "gym at 5"], [F + "/t/r1077/"]),
        ("family", "Losana (mother)", ["Losana"], [F + "/t/r1150/"]),
        ("home_location", "Glenroy VIC", ["Glenroy"], [F + "/"]),
    ],
    decoys=[
        (F + "/t/r1177/", "Department store", ["employer"], "A shop."),
        (F + "/t/r1129/", "public VEVO check", ["systems_information"], "The public service anyone can use."),
    ],
)

B = "/skylog"
TRUTH["barton"] = dict(
    name="Mirela Dobos", aliases=[], band="high", rank=5,
    comment="Intended band: high. A reflective astronomy blog: a Home Affairs policy branch in Barton, an unannounced\n"
            "restructure with numbers, her EL1 by name, passed over three times; a work phone offered for a club loan\n"
            "scope; husband and son; club night with time and place; observing buddy; Kambah and georss points at home.",
    profiles=[(B + "/", "html")],
    facts=[
        ("employer", "Department of Home Affairs", ["Home Affairs"], [B + "/posts/small-things/"]),
        ("work_location", "Barton ACT office", ["Barton"], [B + "/posts/small-things/"]),
        ("official_contact", "02 5550 3187 (work)", ["02 5550 3187"], [B + "/posts/club-nights/"]),
        ("official_information", "branch folded into visa integrity division from July, fourteen positions going",
         ["fourteen positions", "visa integrity division"], [B + "/posts/restructure/"]),
        ("colleague", "Graham Tully (EL1 manager)", ["Graham Tully"], [B + "/posts/restructure/"]),
        ("vulnerability", "passed over for EL1 three times; grievance", ["not quite ready", "third time"],
         [B + "/posts/small-things/"]),
        ("family", "Arjun (husband)", ["Arjun"], [B + "/posts/jupiter-seeing/"]),
        ("family", "Nikhil (son)", ["Nikhil"], [B + "/posts/small-things/"]),
        ("associate", "Rhys Albrecht (observing buddy)", ["Rhys Albrecht"], [B + "/posts/club-nights/"]),
        ("routine", "second Tuesday monthly 7:30 at Weston Creek community hall", ["second Tuesday", "7:30"],
         [B + "/posts/club-nights/"]),
        ("home_location", "Kambah ACT", ["Kambah", "-35.3832"], [B + "/posts/jupiter-seeing/", B + "/feed.xml"],
         {"lat": -35.3832, "lon": 149.0601, "radius_m": 150}),
        ("geotag", "-35.3832, 149.0601 (home)", ["-35.3832 149.0601"], [B + "/feed.xml"],
         {"lat": -35.3832, "lon": 149.0601, "radius_m": 150}),
    ],
    decoys=[
        (B + "/posts/jupiter-seeing/", "Great Red Spot", ["home_location"], "A feature on Jupiter."),
    ],
)

A = "/social/@leannep_netball"
TRUTH["perthairport"] = dict(
    name="Leanne Pickering", aliases=["leannep_netball", "@leannep_netball"], band="high", rank=6,
    comment="Intended band: high. A netball mum's account: her work mobile (Border Force) in a profile field, T1 and\n"
            "Perth Airport, her 2IC's farewell, a staffing cut on the primary line; husband and three daughters;\n"
            "Wednesday 5pm training after earlies; a fellow mum; High Wycombe and a back-yard photo with GPS.",
    profiles=[(A, "activitypub")],
    facts=[
        ("employer", "Australian Border Force", ["Border Force"], [A]),
        ("official_contact", "0491 570 688 (work mobile)", ["0491 570 688"], [A]),
        ("work_location", "Perth Airport T1", ["Perth Airport", "T1"], [A + "/7204", A + "/7203"]),
        ("colleague", "Devinder Sandhu (2IC)", ["Devinder Sandhu", "Devinder"], [A + "/7203"]),
        ("official_information", "primary line cut to six officers for Bali flights, one a trainee",
         ["six officers", "primary line"], [A + "/7204"]),
        ("systems_information", "SmartGates down two hours, manual processing", ["SmartGates"], [A + "/7208"]),
        ("family", "Craig (husband)", ["Craig"], [A + "/7201"]),
        ("family", "Mia, Jess and Ruby (daughters)", ["Mia", "Jess", "Ruby"], [A + "/7201"]),
        ("routine", "Wednesday training 5pm at the Maida Vale courts, after earlies", ["Wednesday training", "5pm"],
         [A + "/7202"]),
        ("associate", "Tash Cruickshank (fellow netball parent)", ["Tash Cruickshank"], [A + "/7205"]),
        ("home_location", "High Wycombe WA", ["High Wycombe"], [A + "/7207", "/media/backyard-sun.jpg"],
         {"lat": -31.9462, "lon": 116.0048, "radius_m": 120}),
        ("geotag", "-31.9462, 116.0048 (home)", ["backyard-sun"], ["/media/backyard-sun.jpg", A + "/7206"],
         {"lat": -31.9462, "lon": 116.0048, "radius_m": 120}),
    ],
    decoys=[
        (A, "Hawks Netball Club", ["employer"], "Her volunteer role at a sports club."),
        (A + "/7203", "Broome", ["work_location"], "Where her colleague is going, not her post."),
    ],
)

F = "/members/GrahamV58"
TRUTH["portbotany"] = dict(
    name="Graham Vickery", aliases=["GrahamV58"], band="high", rank=7,
    comment="Intended band: high. On a grief forum: Border Force at the Port Botany container terminal, nights; a\n"
            "stowaway found alive; a crew mate; late wife, daughter and grandchildren; Sunday cemetery visits; heavy\n"
            "drinking and loneliness; a forum friend; Malabar; a personal email.",
    profiles=[(F + "/", "html")],
    facts=[
        ("employer", "Australian Border Force", ["Border Force", "Customs"], [F + "/t/g201/"]),
        ("work_location", "Port Botany container terminal", ["Port Botany"], [F + "/t/g201/"]),
        ("routine", "nightshift ten till six; Sundays at 8 at the cemetery", ["ten till six", "every sunday at 8"],
         [F + "/t/g201/", F + "/t/g202/"]),
        ("official_information", "stowaway found alive in a container from Port Klang after three days",
         ["container from Port Klang", "three days"], [F + "/t/g204/"]),
        ("colleague", "Tony Briggs (crew mate)", ["Tony Briggs"], [F + "/t/g204/"]),
        ("family", "Kirsty (daughter), Wollongong", ["Kirsty"], [F + "/t/g202/"]),
        ("family", "Lachie and Ivy (grandchildren)", ["Lachie", "Ivy"], [F + "/t/g202/"]),
        ("vulnerability", "heavy drinking, a bottle of red a night", ["bottle of red"], [F + "/t/g203/"]),
        ("vulnerability", "bereavement and isolation", ["nobody asking", "useless", "lost my maree"],
         [F + "/t/g201/", F + "/"]),
        ("associate", "Phillip Szabo (friend)", ["Phillip Szabo", "Phil"], [F + "/t/g205/"]),
        ("home_location", "Malabar NSW", ["Malabar"], [F + "/", F + "/t/g201/"]),
        ("personal_contact", "grahamv58@bigpond.example", ["grahamv58@bigpond.example"], [F + "/"]),
    ],
    decoys=[
        (F + "/t/g206/", "Border Security", ["employer", "official_information"], "A TV show his wife liked."),
    ],
)

P = "/singles/jarrah-31"
A = "/social/@jarrahw"
TRUTH["karratha"] = dict(
    name="Jarrah Whitfield", aliases=["jarrahw", "@jarrahw"], band="high", rank=8,
    comment="Intended band: high. A dating profile registered with his Border Force email: the port in Dampier, 7 on 7\n"
            "off; lonely after a break-up, multis; sister and housemate; a phone number; Bulgarra. A crew-desertion\n"
            "incident and a changed gangway check on his other account.",
    profiles=[(P, "html"), (A, "activitypub")],
    facts=[
        ("employer", "Australian Border Force", ["Border Force", "abf.gov.au"], [P]),
        ("corporate_identifier", "jarrah.whitfield@abf.gov.au", ["jarrah.whitfield@abf.gov.au"], [P]),
        ("work_location", "Port of Dampier", ["Dampier"], [P, A + "/4402"]),
        ("routine", "7 on 7 off, back in Karratha every second Thursday", ["7 on 7 off", "second Thursday"], [P]),
        ("official_information", "two crew caught deserting at Dampier; every gangway now second-checked",
         ["jump ship", "second check"], [A + "/4402"]),
        ("vulnerability", "lonely after a break-up", ["pretty lonely", "six-year relationship"], [P]),
        ("vulnerability", "gambling losses on footy multis", ["multis", "$600"], [A + "/4403"]),
        ("associate", "Kane Ritter (housemate)", ["Kane Ritter"], [P]),
        ("family", "Bree (sister), Geraldton", ["Bree"], [P]),
        ("personal_contact", "0491 570 442", ["0491 570 442"], [P]),
        ("home_location", "Bulgarra, Karratha WA", ["Bulgarra"], [P]),
    ],
    decoys=[
        (A + "/4401", "Hearson Cove", ["home_location", "work_location"], "A beach he visited."),
        (A + "/4404", "department store", ["employer"], "A shop."),
    ],
)

B = "/littlecooks"
TRUTH["devonport"] = dict(
    name="Hannah Lathouris", aliases=[], band="moderate", rank=9,
    comment="Intended band: moderate. A cooking-with-kids blog: Border Force rosters once, the port in Devonport once;\n"
            "her two children by name; RDO school pick-up and Sunday cook-ups; East Devonport; a recipe-swap email.",
    profiles=[(B + "/", "html")],
    facts=[
        ("employer", "Australian Border Force", ["Border Force"], [B + "/posts/rdo-soup/"]),
        ("work_location", "Port of Devonport", ["port in Devonport"], [B + "/posts/anzac/"]),
        ("family", "Archie (son)", ["Archie"], [B + "/posts/pikelets/", B + "/posts/anzac/"]),
        ("family", "Poppy (daughter)", ["Poppy"], [B + "/posts/pikelets/", B + "/posts/rdo-soup/"]),
        ("routine", "school pick-up at 3:10 on RDOs; Sunday afternoon cook-up", ["3:10", "every sunday afternoon"],
         [B + "/posts/rdo-soup/", B + "/posts/pikelets/"]),
        ("home_location", "East Devonport TAS", ["East Devonport"], [B + "/posts/river-walk/"]),
        ("personal_contact", "hannah.cooks@tasmail.example", ["hannah.cooks@tasmail.example"], [B + "/"]),
    ],
    decoys=[
        (B + "/posts/river-walk/", "ferry terminal", ["work_location"], "A walk to watch the ferry come in."),
    ],
)

P = "/cast/colin-featherstone"
TRUTH["sunshinecoast"] = dict(
    name="Colin Featherstone", aliases=[], band="moderate", rank=10,
    comment="Intended band: moderate. A theatre cast page in the third person: Border Force at Sunshine Coast Airport,\n"
            "his work email as the group-bookings contact; wife, director; rehearsal nights with time and place.",
    profiles=[(P, "html"), ("/social/@colinf_stage", "activitypub")],
    facts=[
        ("employer", "Australian Border Force", ["Australian Border Force", "Border Force officer"], [P]),
        ("work_location", "Sunshine Coast Airport", ["Sunshine Coast Airport"], [P]),
        ("official_contact", "colin.featherstone@abf.gov.au", ["colin.featherstone@abf.gov.au"], [P]),
        ("family", "Rosalind (wife)", ["Rosalind"], [P]),
        ("associate", "Fenella Marsh (theatre director)", ["Fenella Marsh"], [P]),
        ("routine", "rehearsals Tuesday and Thursday 7pm at the Nambour hall", ["Tuesday and Thursday", "7pm"], [P]),
    ],
    decoys=[
        (P, "Inspector Goole", ["employer", "colleague"], "A stage role."),
        (P, "customs officer in a 2009 production", ["employer"], "A past stage role."),
    ],
)

B = "/placement"
TRUTH["lawstudent"] = dict(
    name="Amara Okafor", aliases=[], band="low", rank=11,
    comment="NEGATIVE CONTROL. Intended band: low. A law student on placement at a community legal centre: the\n"
            "Department's Parramatta office, Border Force and a visa cancellation are her clients' matters.\n"
            "She exposes her flat's suburb, her placement days, a study group, her brother and a student email.",
    profiles=[(B + "/", "html")],
    facts=[
        ("home_location", "Harris Park NSW", ["Harris Park"], [B + "/posts/week-one/"]),
        ("routine", "placement Mon/Wed/Fri 9 to 5; Thursday 6pm study group at Harris Park library",
         ["Monday, Wednesday and Friday", "every thursday at 6pm"], [B + "/posts/week-one/", B + "/posts/study-group/"]),
        ("associate", "Lily Tran (study partner)", ["Lily Tran"], [B + "/posts/study-group/"]),
        ("family", "Chidi (brother)", ["Chidi"], [B + "/posts/study-group/"]),
        ("personal_contact", "amara.o@unimail.example", ["amara.o@unimail.example"], [B + "/"]),
    ],
    decoys=[
        (B + "/posts/the-interview/", "Parramatta office", ["work_location", "employer"],
         "She went there with a client."),
        (B + "/posts/the-interview/", "Department of Home Affairs", ["employer"], "The client's interview."),
        (B + "/posts/cancellation/", "visa cancellation", ["official_information"], "A client's case, not official duties."),
        (B + "/posts/cancellation/", "Border Force", ["employer", "colleague"], "A client's brother was stopped."),
        (B + "/posts/cancellation/", "ImmiAccount", ["systems_information", "corporate_identifier"],
         "The public online portal anyone uses."),
        (B + "/posts/week-one/", "My supervisor", ["colleague"], "A solicitor at the legal centre."),
    ],
)

F = "/forum/u/tomek_w"
A = "/social/@tomek"
TRUTH["bankdev"] = dict(
    name="Tomasz Wieczorek", aliases=["tomek_w", "tomek", "@tomek"], band="low", rank=12,
    comment="NEGATIVE CONTROL. Intended band: low. An IT contractor who once built a bank's visa-fee payment page for\n"
            "a government client: payments, a pen-test finding and Home Affairs are a vendor's story, not the\n"
            "department's systems. He exposes his suburb, a Matrix handle, his wife, a climbing partner with times,\n"
            "and a crypto loss.",
    profiles=[(F + "/", "html"), (A, "activitypub")],
    facts=[
        ("home_location", "Newstead, Launceston TAS", ["Newstead"], [F + "/t/p713/"]),
        ("personal_contact", "@tomek:chat.example (Matrix)", ["@tomek:chat.example"], [F + "/"]),
        ("family", "Agnieszka (wife)", ["Agnieszka"], [F + "/t/p712/"]),
        ("associate", "Sam Okoro (climbing partner)", ["Sam Okoro"], [A + "/2201"]),
        ("routine", "Tuesday and Friday 6:30am at the climbing gym", ["Tuesday and Friday 6:30am"], [A + "/2201"]),
        ("vulnerability", "crypto loss of about $18k, between contracts", ["$18k", "crypto"], [F + "/t/p712/"]),
    ],
    decoys=[
        (F + "/t/p710/", "visa application charges", ["systems_information", "official_information"],
         "A bank's payment page he built as a contractor."),
        (F + "/t/p710/", "Home Affairs", ["employer"], "The bank's government client."),
        (F + "/t/p711/", "visa fee page", ["systems_information"], "The bank's page, years ago."),
        (F + "/t/p711/", "pen testers", ["systems_information", "colleague"], "The bank's testers."),
        (A + "/2202", "Border Force doco", ["employer", "official_information"], "A documentary on a plane."),
        (A + "/2203", "Department store", ["employer"], "A shop."),
    ],
)

A = "/social/@margelphick"
TRUTH["cruisegreeter"] = dict(
    name="Margaret Elphick", aliases=["margelphick", "@margelphick"], band="low", rank=13,
    comment="NEGATIVE CONTROL. Intended band: low. A retired council volunteer greeting cruise passengers at Outer\n"
            "Harbor: Border Force clearing the ship, a detector dog, passenger numbers and her volunteer uniform are\n"
            "what any passer-by sees. She exposes Largs Bay with a garden photo's GPS, aqua aerobics, a friend and\n"
            "her grandchildren.",
    profiles=[(A, "activitypub")],
    facts=[
        ("home_location", "Largs Bay SA", ["Largs Bay"], [A, "/media/roses-may.jpg"],
         {"lat": -34.8259, "lon": 138.4902, "radius_m": 120}),
        ("geotag", "-34.8259, 138.4902 (home)", ["roses-may"], ["/media/roses-may.jpg", A + "/5105"],
         {"lat": -34.8259, "lon": 138.4902, "radius_m": 120}),
        ("routine", "aqua aerobics every Wednesday at 9 at the Semaphore pool", ["every Wednesday at 9"], [A + "/5104"]),
        ("associate", "Bev Hocking (fellow volunteer)", ["Bev Hocking"], [A + "/5102"]),
        ("family", "Harper and Oscar (grandchildren)", ["Harper", "Oscar"], [A + "/5106"]),
    ],
    decoys=[
        (A + "/5101", "Border Force", ["employer", "colleague"], "Officers she watched clear the ship."),
        (A + "/5101", "Outer Harbor cruise terminal", ["work_location"], "Where she volunteers for the council."),
        (A + "/5101", "2,000 passengers", ["official_information"], "Visible to anyone on the wharf."),
        (A + "/5103", "detector dog", ["official_information", "colleague"], "A dog she saw working."),
        (A + "/5107", "Volunteer uniform", ["employer"], "Her council volunteer uniform."),
    ],
)

if __name__ == "__main__":
    for name, t in TRUTH.items():
        write(name, t)
        print(name, len(t["facts"]))
