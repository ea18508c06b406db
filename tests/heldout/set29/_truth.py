"""Write set 29's persona.toml files from the TRUTH table below (FICTIONAL people; the writer's own judgement).

    .venv/bin/python tests/heldout/set29/_truth.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B = "{{BASE}}"
TRUTH: dict[str, dict] = {}


def ap(h, n=None):
    return f"{B}/social/@{h}" + (f"/{n}" if n is not None else "")


def fo(path, tid=None):
    return f"{B}{path}" + (f"t/{tid}/" if tid else "")


def bl(slug=None, root="blog"):
    return f"{B}/{root}/" + (f"posts/{slug}/" if slug else "")


def med(f):
    return f"{B}/media/{f}"


def q(v) -> str:
    return json.dumps(v, ensure_ascii=False)


def write(name: str, t: dict) -> None:
    s = t["subject"]
    out = [f"# Ground truth for set 29 persona {name!r} (FICTIONAL). Written by hand; see tests/heldout/README.md.",
           f"# {t['note']}", "", "[subject]",
           f"name = {q(s['name'])}", f"aliases = {q(s['aliases'])}", 'organisation = "dibp"',
           f"risk_band = {q(s['band'])}", f"rank = {s['rank']}", ""]
    for path, platform in t["profiles"]:
        out += ["[[profiles]]", f"path = {q(path)}", f"platform = {q(platform)}", ""]
    for fact in t["facts"]:
        cat, value, keys, urls = fact[:4]
        extra = fact[4] if len(fact) > 4 else {}
        out += ["[[facts]]", f"category = {q(cat)}", f"value = {q(value)}", f"keys = {q(keys)}", f"urls = {q(urls)}"]
        for k, v in extra.items():
            out.append(f"{k} = {q(v)}")
        out.append("")
    for url, phrase, cats, why in t.get("decoys", []):
        out += ["[[decoys]]", f"url = {q(url)}", f"phrase = {q(phrase)}", f"not_categories = {q(cats)}",
                f"why = {q(why)}", ""]
    (HERE / name / "persona.toml").write_text("\n".join(out), encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------------
W = "/forum/u/kova_cats/"
TRUTH["welshpool"] = {
    "note": "Cargo examiner, Welshpool (Perth); forum signed up with his work email; a meth seizure, ICS outage, staffing; multis, loans, passed over.",
    "subject": {"name": "Shane Kovacevic", "aliases": ["kova_cats", "kovashane", "@kovashane", "Kova"],
                "band": "critical", "rank": 1},
    "profiles": [(W, "html"), ("/social/@kovashane", "activitypub")],
    "facts": [
        ("employer", "Australian Border Force", ["abf cargo bloke", "abf", "blue shirt"], [fo(W), ap("kovashane", 5202)]),
        ("corporate_identifier", "shane.kovacevic@abf.gov.au", ["shane.kovacevic@abf.gov.au"], [fo(W)]),
        ("work_location", "Welshpool container examination site, Perth", ["welshpool"],
         [fo(W, "5102"), ap("kovashane", 5202)]),
        ("official_information", "About 40 kg of meth in the pallet bases of a container of ceramic tiles",
         ["meth", "pallet bases", "ceramic floor tiles"], [fo(W, "5102")]),
        ("official_information", "Only three officers on the afternoon x-ray until a June backfill",
         ["only 3 of us on the x-ray", "backfill"], [fo(W, "5105")]),
        ("systems_information", "Integrated Cargo System outage, nothing released for a day",
         ["ICS", "integrated cargo system"], [fo(W, "5103")]),
        ("colleague", "Gavin Roche (team leader)", ["Gavin Roche", "gav"], [fo(W, "5105")]),
        ("routine", "4 on 4 off, earlies from 0600", ["4 on 4 off", "earlies 0600"], [fo(W, "5101")]),
        ("vulnerability", "Gambling on multis and two payday-style loans hidden from his wife",
         ["multi", "cash converters loan", "$2k behind"], [fo(W, "5104")]),
        ("vulnerability", "Passed over for promotion a third time; would take a better offer",
         ["didnt get the 5", "treat me like part of the furniture", "better deal"], [fo(W, "5106")]),
        ("family", "Brody (son)", ["Brody"], [fo(W, "5107")]),
        ("family", "Trish (wife)", ["Trish", "the missus"], [fo(W, "5107"), fo(W, "5104"), fo(W, "5108")]),
        ("personal_contact", "0491 570 213", ["0491 570 213"], [fo(W, "5108")]),
        ("home_location", "Lynwood WA", ["Lynwood"], [fo(W, "5108")]),
    ],
    "decoys": [
        (fo(W, "5109"), "department store", ["employer"], "A boundary sponsor, not the Department."),
        (ap("kovashane", 5203), "Border Security", ["employer", "official_information"], "A TV show repeat."),
    ],
}

C = "/forum/u/anagrind/"
TRUTH["civic"] = {
    "note": "APS6 policy officer, Home Affairs office in Civic; work email for notifications; cabinet timing, restructure, TRIM; passed over, divorced and lonely.",
    "subject": {"name": "Miriam Teasdale", "aliases": ["anagrind", "@anagrind"], "band": "critical", "rank": 2},
    "profiles": [(C, "html"), ("/social/@anagrind", "activitypub")],
    "facts": [
        ("employer", "Department of Home Affairs", ["Home Affairs"], [fo(C, "8802")]),
        ("corporate_identifier", "m.teasdale@homeaffairs.gov.au", ["m.teasdale@homeaffairs.gov.au"], [fo(C)]),
        ("work_location", "Home Affairs office, Civic, Canberra", ["office in Civic", "Civic"], [fo(C, "8802")]),
        ("routine", "Lunch in Glebe Park at 12:30 most days", ["Glebe Park", "12:30"], [fo(C, "8802")]),
        ("routine", "The 7:52 bus from the O'Connor shops", ["7:52 bus", "7:52"], [fo(C, "8801")]),
        ("home_location", "O'Connor ACT", ["O'Connor"], [fo(C, "8801")]),
        ("official_information", "Skilled migration review to Cabinet in April; occupation list to be cut by a third",
         ["skilled migration review", "occupation list by a third", "Cabinet"], [fo(C, "8803")]),
        ("official_information", "Branch folded into Visa Integrity in July, 14 positions going",
         ["Visa Integrity", "14 positions"], [fo(C, "8807")]),
        ("systems_information", "TRIM records system crash on an old PC", ["TRIM", "records system"], [fo(C, "8804")]),
        ("colleague", "Rupert Vance (director)", ["Rupert Vance", "Rupert"], [fo(C, "8805")]),
        ("vulnerability", "Passed over for EL1 again, grievance against her director", ["missed the EL1 round",
         "passed over", "next time"], [fo(C, "8805")]),
        ("vulnerability", "Divorced and isolated on weeknights", ["Since the divorce"], [fo(C, "8805")]),
        ("associate", "Prue Halloran (solving friend)", ["Prue Halloran", "Prue"], [fo(C, "8806")]),
        ("family", "Teddy (son)", ["Teddy"], [fo(C, "8808")]),
    ],
    "decoys": [
        (fo(C, "8809"), "department store", ["employer"], "A crossword definition."),
        (fo(C, "8809"), "border", ["employer", "official_information"], "A dog's coat edge in a clue."),
        (ap("anagrind", 8902), "drug seizure at the airport", ["official_information", "work_location"],
         "An old news story read for a clue theme."),
    ],
}

HOMEJ = {"lat": -27.3935, "lon": 153.0462, "radius_m": 150}
TRUTH["hamiltoncruise"] = {
    "note": "Border Force officer, Hamilton cruise terminal (Portside), Brisbane; wedding blog whose feed carries her work email; cruise-day numbers, system outage, AFP cash seizure; wedding debt; georss at home.",
    "subject": {"name": "Jess Ferreira", "aliases": ["Jess"], "band": "critical", "rank": 3},
    "profiles": [("/blog/", "html")],
    "facts": [
        ("employer", "Australian Border Force", ["Border Force officer"], [bl()]),
        ("corporate_identifier", "jess.ferreira@abf.gov.au", ["jess.ferreira@abf.gov.au"], [f"{B}/blog/feed.xml"]),
        ("work_location", "Hamilton cruise terminal (Portside Wharf), Brisbane", ["Hamilton", "Portside"],
         [bl("cruise-day"), bl("fittings")]),
        ("official_information", "4,100 passengers processed, two held for secondary, AFP took a man with $80k undeclared cash",
         ["4,100 pax", "undeclared cash", "secondary"], [bl("cruise-day")]),
        ("systems_information", "Passenger processing system down three hours, manual processing",
         ["processing system went down", "manual"], [bl("cruise-day")]),
        ("home_location", "Wavell Heights, Brisbane", ["Wavell Heights"], [bl("he-asked"), f"{B}/blog/feed.xml"],
         HOMEJ),
        ("geotag", "-27.3935, 153.0462 (home)", ["-27.3935", "153.046"],
         [bl("he-asked"), bl("sunday"), f"{B}/blog/feed.xml"], HOMEJ),
        ("family", "Marco Bellini (fiancé)", ["Marco Bellini", "Marco"], [bl("he-asked"), bl("mil-to-be")]),
        ("family", "Bec (sister)", ["Bec"], [bl("the-list"), bl("sunday")]),
        ("family", "Lorraine (future mother-in-law)", ["Lorraine"], [bl("mil-to-be")]),
        ("associate", "Tahnee Boyle (bridesmaid)", ["Tahnee Boyle", "Tahnee"], [bl("the-list"), bl("border-collie")]),
        ("colleague", "Priya Sandhu (colleague on her shift)", ["Priya Sandhu", "Priya"], [bl("the-list")]),
        ("routine", "Dress fittings Thursdays 6pm in Nundah; 5am starts on cruise days",
         ["every Thursday at 6pm", "Nundah", "5am"], [bl("fittings")]),
        ("vulnerability", "Wedding on Afterpay, Zip, credit card and a 19% personal loan; not sleeping",
         ["Afterpay", "personal loan", "19%"], [bl("money-talk")]),
        ("personal_contact", "jess.and.marco@wedmail.example", ["jess.and.marco@wedmail.example"], [bl("money-talk")]),
    ],
    "decoys": [
        (bl("border-collie"), "border collie", ["employer"], "A dog."),
        (bl("border-collie"), "department store", ["employer"], "A gift registry."),
    ],
}

T = "/team/tav"
HOMET = {"lat": -33.9612, "lon": 151.2289, "radius_m": 150}
TRUTH["botanywharf"] = {
    "note": "Container examiner, Port Botany wharf; BBQ team page (third person) with his work email and mobile; 26 kg of cocaine in smoker fireboxes; gambling the rent; smoker photos with GPS at home.",
    "subject": {"name": "Tavita Leaupepe", "aliases": ["Tav", "tavsmokes", "@tavsmokes"], "band": "high", "rank": 4},
    "profiles": [(T, "html"), ("/social/@tavsmokes", "activitypub")],
    "facts": [
        ("employer", "Australian Border Force", ["Australian Border Force"], [f"{B}{T}"]),
        ("official_contact", "tavita.leaupepe@abf.gov.au", ["tavita.leaupepe@abf.gov.au"], [f"{B}{T}"]),
        ("work_location", "Port Botany wharf", ["Port Botany", "the wharf"], [f"{B}{T}", ap("tavsmokes", 6102)]),
        ("official_information", "26 kg of cocaine in the fireboxes of a container of offset smokers",
         ["26 kilos of coke", "fireboxes"], [ap("tavsmokes", 6102)]),
        ("colleague", "Nev Kalantzis (works the x-ray trucks with him)", ["Nev Kalantzis", "Nev"],
         [f"{B}{T}", ap("tavsmokes", 6102)]),
        ("associate", "Dean Whitfield (head pitmaster)", ["Dean Whitfield", "Deano", "deanosmoke"],
         [f"{B}{T}", ap("tavsmokes", 6107)]),
        ("family", "Losa (wife)", ["Losa"], [f"{B}{T}", ap("tavsmokes", 6105)]),
        ("family", "Mele (daughter)", ["Mele"], [f"{B}{T}", ap("tavsmokes", 6104)]),
        ("routine", "Nights Monday to Thursday; cooks every second Saturday", ["Nights Mon to Thu", "every second Saturday"],
         [ap("tavsmokes", 6103)]),
        ("vulnerability", "Gambles the rent on the dogs", ["rent money on the dogs"], [ap("tavsmokes", 6105)]),
        ("home_location", "Matraville NSW", ["Matraville"], [ap("tavsmokes"), med("brisket-dawn.jpg"),
         ap("tavsmokes", 6101)], HOMET),
        ("geotag", "-33.9612, 151.2289 (backyard smoker)", ["backyard", "-33.961"],
         [med("brisket-dawn.jpg"), ap("tavsmokes", 6101), med("rib-rack.jpg"), ap("tavsmokes", 6104)], HOMET),
    ],
    "decoys": [
        (ap("tavsmokes", 6106), "Border Security", ["employer", "official_information"], "A TV rerun."),
    ],
}

D = "/members/des-m/"
HOMED = {"lat": -37.7058, "lon": 144.9162, "radius_m": 150}
TRUTH["broadmeadows"] = {
    "note": "Border Force detention officer at MITA Broadmeadows; pigeon club page; a rooftop protest and lockdown; pokies and card debt; loft photos with GPS at home in Glenroy.",
    "subject": {"name": "Des Mulcahy", "aliases": ["Des M", "Loft 41"], "band": "high", "rank": 5},
    "profiles": [(D, "html")],
    "facts": [
        ("employer", "Australian Border Force", ["Border Force"], [fo(D)]),
        ("work_location", "Melbourne Immigration Transit Accommodation (MITA), Broadmeadows", ["MITA"],
         [fo(D), fo(D, "403")]),
        ("official_information", "Detainee on the roof, nine-hour lockdown, two officers to hospital",
         ["on the roof", "locked down nine hours", "hospital"], [fo(D, "403")]),
        ("routine", "Nights Sunday to Wednesday; birds out at 6 every morning", ["nights Sunday to Wednesday", "6 sharp"],
         [fo(D, "401")]),
        ("family", "Archie (grandson)", ["Archie"], [fo(D, "404")]),
        ("family", "Noreen (wife)", ["Noreen"], [fo(D, "404"), fo(D, "405")]),
        ("associate", "Stan Petrakis (club flyer)", ["Stan Petrakis", "Stan"], [fo(D, "402")]),
        ("vulnerability", "Pokies after nights, feed bill on the card", ["pokies", "on the card"], [fo(D, "405")]),
        ("personal_contact", "0491 570 455", ["0491 570 455"], [fo(D, "406")]),
        ("home_location", "Glenroy VIC", ["Glenroy"], [fo(D, "406"), med("squeakers.jpg")], HOMED),
        ("geotag", "-37.7058, 144.9162 (home loft)", ["loft", "-37.705"],
         [med("loft-morning.jpg"), fo(D, "401"), med("squeakers.jpg"), fo(D, "406")], HOMED),
    ],
    "decoys": [
        (fo(D, "407"), "border collie", ["employer"], "A dog."),
        (fo(D, "407"), "cross the border", ["employer", "official_information"], "Racing birds crossing into NSW."),
    ],
}

R = "walks"
TRUTH["portlincoln"] = {
    "note": "Border Force officer, Port Lincoln wharf; bushwalking blog; a shark-fin boarding, and a joint patrol's dates in advance; her morning walk and home in Lincoln Cove.",
    "subject": {"name": "Annika Soderberg", "aliases": ["Annika"], "band": "high", "rank": 6},
    "profiles": [("/walks/", "html")],
    "facts": [
        ("employer", "Australian Border Force", ["Border Force officer"], [bl("why-i-walk", R)]),
        ("work_location", "Port Lincoln wharf", ["wharf at Port Lincoln", "the wharf"], [bl("why-i-walk", R), bl("longliner", R)]),
        ("official_information", "Foreign longliner boarded with AFMA: about three tonnes of shark fin, crew of nineteen held",
         ["shark fin", "longliner", "crew of nineteen"], [bl("longliner", R)]),
        ("official_information", "Joint patrol with AFMA to the shelf, 24 to 30 April",
         ["joint patrol with AFMA", "24th to the 30th"], [bl("april-plans", R)]),
        ("colleague", "Kieran Mobbs (workmate)", ["Kieran Mobbs", "Kieran"], [bl("coffin-bay", R)]),
        ("associate", "Gwen Ashdown (bushwalking club)", ["Gwen Ashdown", "Gwen"], [bl("coffin-bay", R)]),
        ("family", "Hils (partner)", ["Hils"], [bl("whalers-way", R)]),
        ("routine", "Parnkalla Trail walk at 6 every morning before an 8 to 4 shift",
         ["every morning at six", "8 to 4", "Parnkalla Trail"], [bl("why-i-walk", R)]),
        ("home_location", "Lincoln Cove, Port Lincoln SA", ["Lincoln Cove"], [bl("why-i-walk", R)]),
    ],
    "decoys": [
        (bl("gawler", R), "border of the park", ["employer", "work_location"], "A national park boundary."),
    ],
}

S = f"{B}/crew/warrick-tjandra"
TRUTH["stuartpark"] = {
    "note": "Border Force superintendent, Fort Hill Wharf, Darwin; club page (third person) with his work email as the treasurer's contact; upcoming cruise staffing, a portal outage; home suburb and training times.",
    "subject": {"name": "Warrick Tjandra", "aliases": ["wtjandra", "@wtjandra"], "band": "high", "rank": 7},
    "profiles": [("/crew/warrick-tjandra", "html"), ("/social/@wtjandra", "activitypub")],
    "facts": [
        ("employer", "Australian Border Force (Superintendent)", ["Australian Border Force", "Superintendent"], [S]),
        ("official_contact", "warrick.tjandra@abf.gov.au", ["warrick.tjandra@abf.gov.au"], [S]),
        ("work_location", "Fort Hill Wharf, Darwin", ["Fort Hill Wharf", "Fort Hill"], [S, ap("wtjandra", 7302)]),
        ("home_location", "Stuart Park NT", ["Stuart Park"], [S]),
        ("routine", "Paddles Tuesdays and Thursdays 5:30pm off Mindil Beach", ["Tuesdays and Thursdays at 5:30pm",
         "Mindil Beach"], [S]),
        ("official_information", "Three cruise ships in one July week at Fort Hill, 22 officers on the wharf each",
         ["22 officers", "three cruise ships"], [ap("wtjandra", 7302)]),
        ("systems_information", "New arrivals portal for cruise manifests failed on launch day",
         ["arrivals portal", "cruise manifests"], [ap("wtjandra", 7303)]),
        ("colleague", "Rhonda Gillies (2IC)", ["Rhonda Gillies", "Inspector Rhonda Gillies"], [ap("wtjandra", 7302)]),
        ("family", "Lien (daughter)", ["Lien"], [S, ap("wtjandra", 7304)]),
        ("associate", "Mick Farrugia (crew captain)", ["Mick Farrugia"], [S]),
    ],
    "decoys": [
        (ap("wtjandra", 7305), "Department store", ["employer"], "Shop windows."),
    ],
}

HOMEB = {"lat": -32.7405, "lon": 151.8712, "radius_m": 150}
H = "dadjokebrendo"
TRUTH["williamtown"] = {
    "note": "Border Force officer at Newcastle Airport (Williamtown); dad-joke account; Bali-flight staffing ahead; a place-tagged note at home in Medowie; Signal handle.",
    "subject": {"name": "Brendan Hollis", "aliases": ["Brendo", "dadjokebrendo", "@dadjokebrendo"], "band": "moderate", "rank": 8},
    "profiles": [(f"/social/@{H}", "activitypub")],
    "facts": [
        ("employer", "Australian Border Force", ["ABF", "stamp passports"], [ap(H), ap(H, 9102)]),
        ("work_location", "Newcastle Airport, Williamtown", ["Newcastle Airport", "Williamtown"], [ap(H, 9103)]),
        ("official_information", "Bali flights from June with only two extra officers for the arrivals hall",
         ["two extra officers", "Bali flights"], [ap(H, 9104)]),
        ("routine", "Tuesday 4:15 swim squad pickup at Raymond Terrace pool; earlies with a 4:30 alarm",
         ["Tuesday 4:15", "Raymond Terrace pool", "4:30 alarm"], [ap(H, 9105), ap(H, 9101)]),
        ("family", "Hudson (son)", ["Hudson", "Mini-me"], [ap(H, 9105)]),
        ("family", "Kaylene (wife)", ["Kaylene", "the boss at home"], [ap(H, 9106)]),
        ("personal_contact", "Signal brendo_jokes.36", ["brendo_jokes.36"], [ap(H)]),
        ("home_location", "Medowie NSW", ["Medowie"], [ap(H), ap(H, 9106), f"{B}/social/@{H}/statuses/9106"], HOMEB),
        ("geotag", "-32.7405, 151.8712 (place-tagged note at home)", ["-32.7405", "Home sweet home"],
         [ap(H, 9106), f"{B}/social/@{H}/statuses/9106"], HOMEB),
    ],
    "decoys": [
        (ap(H, 9107), "border collie", ["employer"], "A joke about a dog."),
        (ap(H, 9108), "Border Security", ["employer", "official_information"], "A TV show."),
    ],
}

N = "nadia_belajar"
TRUTH["cairnsair"] = {
    "note": "Border Force officer, Cairns Airport international terminal; Indonesian-learner posts; a surfboard-bag seizure; card debt; a class night; home in Manunda.",
    "subject": {"name": "Nadia Rahimi", "aliases": ["nadia_belajar", "@nadia_belajar"], "band": "moderate", "rank": 9},
    "profiles": [(f"/social/@{N}", "activitypub")],
    "facts": [
        ("employer", "Australian Border Force", ["Border Force"], [ap(N, 3101)]),
        ("work_location", "Cairns Airport international terminal", ["Cairns Airport", "bandara"], [ap(N, 3101)]),
        ("official_information", "Man off the Denpasar flight held with two kilos in a surfboard bag lining",
         ["surfboard bag", "two kilos", "disita"], [ap(N, 3104)]),
        ("routine", "Indonesian class every Wednesday 6pm at the TAFE", ["Every Wednesday 6pm", "setiap hari Rabu"],
         [ap(N, 3102)]),
        ("associate", "Dewi Kusuma (language partner)", ["Dewi Kusuma", "dewi_tandem", "Dewi"], [ap(N, 3103)]),
        ("family", "Omid (brother)", ["Omid"], [ap(N, 3105)]),
        ("vulnerability", "Nine thousand dollars of credit-card debt, rent rising", ["Nine grand on the card", "hutang"],
         [ap(N, 3106)]),
        ("home_location", "Manunda, Cairns", ["Manunda"], [ap(N, 3106)]),
        ("systems_information", "SmartGates down for a whole arrival; backup terminal logging officers out",
         ["SmartGates", "backup terminal"], [ap(N, 3109)]),
    ],
    "decoys": [
        (ap(N, 3107), "Border Security", ["employer", "official_information"], "A TV show with subtitles."),
    ],
}

X = "splash"
HOMEC = {"lat": -21.9342, "lon": 114.1268, "radius_m": 150}
TRUTH["exmouth"] = {
    "note": "Border Force officer at the Exmouth office (boat harbour); swim-club newsletter editor; office phone given to families; squad lane duty times; children; GPS photo at home.",
    "subject": {"name": "Corinne Maddox", "aliases": ["Corinne", "the editor"], "band": "moderate", "rank": 10},
    "profiles": [("/splash/", "html")],
    "facts": [
        ("employer", "Australian Border Force", ["Border Force"], [bl("committee", X)]),
        ("work_location", "Border Force office, Exmouth boat harbour", ["boat harbour", "Border Force office"],
         [bl("committee", X)]),
        ("official_contact", "02 5550 4418 (office)", ["02 5550 4418"], [bl("committee", X)]),
        ("routine", "Squad lane duty Monday, Wednesday, Friday 5:45am at the Exmouth aquatic centre",
         ["5:45am", "Monday, Wednesday and Friday"], [bl("term1", X)]),
        ("family", "Mackenzie and Ollie Maddox (children)", ["Mackenzie", "Ollie"], [bl("carnival", X)]),
        ("associate", "Bernie Kalkbrenner (club president)", ["Bernie Kalkbrenner", "Bernie"], [bl("committee", X), bl("thanks", X)]),
        ("personal_contact", "corinne.m@dolphinsplash.example", ["corinne.m@dolphinsplash.example"], [bl("term1", X)]),
        ("home_location", "Exmouth WA (home shown by a photo)", ["clothesline", "Exmouth"], [med("towels.jpg"), bl("carnival", X)], HOMEC),
        ("geotag", "-21.9342, 114.1268 (clothesline at home)", ["towels", "-21.934"], [med("towels.jpg"), bl("carnival", X)], HOMEC),
    ],
    "decoys": [
        (bl("border", X), "pool border", ["employer"], "Pool tiles."),
        (bl("border", X), "department store", ["employer"], "A shop in Carnarvon."),
    ],
}

# --- negative controls ------------------------------------------------------------------------------------------
Q = "rhysq_cam"
TRUTH["tvcamera"] = {
    "note": "NEGATIVE CONTROL: freelance camera operator on a border documentary (airport shoots, officers, a seizure, the production's legal department, an x-ray screen, the customs hall).",
    "subject": {"name": "Rhys Quigley", "aliases": ["rhysq_cam", "@rhysq_cam"], "band": "low", "rank": 11},
    "profiles": [(f"/social/@{Q}", "activitypub")],
    "facts": [
        ("personal_contact", "rhys@quigleycam.example", ["rhys@quigleycam.example"], [ap(Q)]),
        ("associate", "Bex Amaro (housemate)", ["Bex Amaro", "Bex"], [ap(Q, 2103)]),
        ("family", "Jonno (partner)", ["Jonno"], [ap(Q, 2105)]),
        ("home_location", "Marrickville NSW", ["Marrickville"], [ap(Q, 2105)]),
    ],
    "decoys": [
        (ap(Q, 2101), "Border Force officers", ["employer", "colleague"], "Officers he filmed, not his colleagues."),
        (ap(Q, 2101), "airport", ["work_location"], "A filming location for a TV production."),
        (ap(Q, 2102), "3 kilos in a suitcase lining", ["official_information"], "A scene already filmed for broadcast."),
        (ap(Q, 2104), "legal department", ["employer"], "The production company's department."),
        (ap(Q, 2104), "x-ray screen", ["systems_information"], "Something he filmed and deleted."),
        (ap(Q, 2106), "customs hall at T1", ["work_location"], "A shot in his episode."),
    ],
}

G = "logbook"
HOMEG = {"lat": -31.9701, "lon": 141.4598, "radius_m": 150}
TRUTH["rfdspilot"] = {
    "note": "NEGATIVE CONTROL: Flying Doctor pilot, Broken Hill (the base, past border closures, quarantine paperwork, a charter for the department of health, airport screening).",
    "subject": {"name": "Georgina Tully", "aliases": ["Georgina"], "band": "low", "rank": 12},
    "profiles": [("/logbook/", "html")],
    "facts": [
        ("associate", "Prakash Menon (flight nurse)", ["Prakash Menon"], [bl("night-retrieval", G)]),
        ("routine", "Four days on call, three off; Sturt Park with the dog at 7 every morning",
         ["Four days on call", "Sturt Park", "at 7 every morning"], [bl("roster", G)]),
        ("home_location", "South Broken Hill NSW", ["South Broken Hill"], [bl("verandah", G), med("verandah-sunset.jpg")],
         HOMEG),
        ("geotag", "-31.9701, 141.4598 (verandah at home)", ["verandah", "-31.970"],
         [med("verandah-sunset.jpg"), bl("verandah", G)], HOMEG),
    ],
    "decoys": [
        (bl("border-memories", G), "state border", ["employer", "official_information"], "Past border closures."),
        (bl("border-memories", G), "quarantine paperwork", ["official_information"], "A 2020 permit memory."),
        (bl("night-retrieval", G), "the base", ["work_location"], "The Flying Doctor base, her own employer's."),
        (bl("customs", G), "department of health", ["employer"], "A charter client."),
        (bl("customs", G), "security screening", ["systems_information", "official_information"], "Airport screening, not her system."),
        (bl("customs", G), "passenger manifest", ["official_information"], "A charter check."),
    ],
}

K = "/forum/u/sparky_vhf/"
TRUTH["marineradio"] = {
    "note": "NEGATIVE CONTROL: volunteer marine radio operator, Hervey Bay (a Border Force cutter on channel 16, customs for yachts, the group's radio log database, a patrol boat).",
    "subject": {"name": "Kevin Lindqvist", "aliases": ["sparky_vhf", "Sparky"], "band": "low", "rank": 13},
    "profiles": [(K, "html")],
    "facts": [
        ("routine", "Saturday radio watch 0600 to 1200 at the rescue base in Urangan", ["Saturday radio watch", "0600 to 1200"],
         [fo(K, "3301")]),
        ("personal_contact", "0491 570 617", ["0491 570 617"], [fo(K, "3301")]),
        ("family", "Bev (wife)", ["Bev"], [fo(K, "3305")]),
        ("home_location", "Pialba, Hervey Bay QLD", ["Pialba"], [fo(K, "3305")]),
    ],
    "decoys": [
        (fo(K, "3302"), "Border Force cutter", ["employer", "colleague"], "A vessel heard on the radio."),
        (fo(K, "3302"), "customs clearance", ["official_information"], "Advice to cruising yachts."),
        (fo(K, "3303"), "radio log system crashed", ["systems_information"], "A volunteer group's database."),
        (fo(K, "3306"), "patrol boat", ["employer", "work_location"], "A navy boat seen passing."),
        (fo(K, "3301"), "rescue base in Urangan", ["work_location"], "Volunteer rescue base, not the Department."),
    ],
}


def main() -> None:
    for name, t in TRUTH.items():
        write(name, t)
        print(name, len(t["facts"]))


if __name__ == "__main__":
    main()
