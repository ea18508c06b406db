"""Ground truth for set 23, written by hand; run to rewrite every persona.toml from the TRUTH table.

    .venv/bin/python tests/heldout/set23/_truth.py

Each fact: (category, value, keys, urls[, {"lat":..,"lon":..,"radius_m":..}]).
Each decoy: (url, phrase, not_categories, why).
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B = "{{BASE}}"


def ap(h, n):
    return f"{B}/social/@{h}/{n}"


def prof(path):
    return f"{B}{path}"


def post(root, slug):
    return f"{B}/{root}/posts/{slug}/"


def feed(root):
    return f"{B}/{root}/feed.xml"


def thread(user, tid):
    return f"{B}/forum/u/{user}/t/{tid}/"


def img(name):
    return f"{B}/media/{name}"


def at(lat, lon, r=120):
    return {"lat": lat, "lon": lon, "radius_m": r}


V, BB, MT, TM, GQ, AL, AG, FO, TC, CH = ("brodzk", "nik_b_lifts", "blog", "twins", "edgehill_des", "tay_ti",
                                          "fifi_and_dash", "rkowalczyk", "jaz_touch", "mal_teague")
AL_P = "/alumni/where-are-they-now/tayla-reardon"
AG_P = "/members/fiona-strachan"
CH_P = "/newsletter/meet-the-tenors/malcolm-teague"
RC_P = "/team/anjali-mehta-cole"

TRUTH = {
    "villawood": {
        "about": "Border Force detention officer, Villawood IDC, lives in Casula; lowercase run-on posts.",
        "subject": ("Brodie Kanaris", ["brodzk", "@brodzk", "brodie k", "brodz.k99"], "critical", 1),
        "profiles": [("/social/@brodzk", "activitypub")],
        "facts": [
            ("employer", "Australian Border Force", ["border force"], [ap(V, 2302)]),
            ("work_location", "Villawood Immigration Detention Centre", ["villawood", "the idc"], [ap(V, 2301)]),
            ("colleague", "Raj (supervisor)", ["raj", "my sup raj"], [ap(V, 2302)]),
            ("official_information", "Drone drops of phones and ice into the centre's yard",
             ["drone", "ice wrapped in a sock", "phones"], [ap(V, 2304)]),
            ("official_information", "Twelve detainees to Christmas Island on a charter next Tuesday",
             ["christmas island", "charter", "twelve of them"], [ap(V, 2308)]),
            ("systems_information", "North-side cameras down; incident system not saving after midnight",
             ["cameras on the north side", "incident system", "cameras"], [ap(V, 2306)]),
            ("routine", "4 on 4 off nights, 6pm to 6am", ["4 on 4 off", "6p to 6a", "four nights in a row"],
             [ap(V, 2304), ap(V, 2301)]),
            ("home_location", "Casula NSW", ["casula"], [ap(V, 2307), img("couch.jpg"), prof("/social/@brodzk")],
             at(-33.9487, 150.9041, 150)),
            ("geotag", "-33.9488, 150.9042", ["-33.948", "150.904"], [img("couch.jpg"), ap(V, 2307)],
             at(-33.94875, 150.90418, 100)),
            ("family", "Jax (son)", ["jax", "jaxon", "casula kookaburras"],
             [ap(V, 2303), ap(V, 2301), prof("/social/@brodzk")]),
            ("vulnerability", "Separated; sees his son every second weekend and Wednesdays",
             ["new bloke", "every second weekend", "his mum didnt even come"], [ap(V, 2303)]),
            ("vulnerability", "Gambling: pokies losses with the child-support money",
             ["pokies", "child support", "chase it back"], [ap(V, 2305)]),
            ("personal_contact", "Snapchat brodz.k99", ["brodz.k99"], [prof("/social/@brodzk")]),
        ],
        "decoys": [
            (ap(V, 2309), "border patrol show", ["employer", "official_information", "work_location"],
             "A TV show he watches."),
            (ap(V, 2310), "border collie", ["employer"], "A dog breed; his cousin's pup."),
            (ap(V, 2305), "the leagues", ["work_location", "employer"], "The leagues club where he gambles."),
            (ap(V, 2303), "campbelltown", ["home_location"], "Where his ex-partner lives now, not him."),
        ],
    },
    "bodybuild": {
        "about": "Border Force cargo examination officer, Appleton Dock; bodybuilding forum log, work-email signup.",
        "subject": ("Nikola Brankovic", ["nik_b_lifts", "Nik"], "critical", 2),
        "profiles": [("/forum/u/nik_b_lifts/", "html")],
        "facts": [
            ("corporate_identifier", "nikola.brankovic@abf.gov.au", ["nikola.brankovic@abf.gov.au"],
             [prof("/forum/u/nik_b_lifts/")]),
            ("employer", "Australian Border Force", ["border force", "abf.gov.au"],
             [thread(BB, 503), prof("/forum/u/nik_b_lifts/")]),
            ("work_location", "Appleton Dock, Port of Melbourne", ["appleton dock"], [thread(BB, 502)]),
            ("colleague", "Sharon (team leader)", ["sharon"], [thread(BB, 502)]),
            ("official_information", "About 18 kg of peptides and vials in 'gearbox parts' at Appleton Dock",
             ["peptides", "gearbox parts", "18 kg"], [thread(BB, 502)]),
            ("systems_information", "New exam tablets won't sync with the exam system; paper holds",
             ["tablets won't sync", "exam system", "paper holds"], [thread(BB, 502)]),
            ("routine", "Gym at 4:15 at Forge Gym Noble Park, then earlies 6 till 2",
             ["4:15", "earlies 6 till 2", "forge gym"], [thread(BB, 501), thread(BB, 504)]),
            ("home_location", "Noble Park VIC", ["noble park"], [thread(BB, 506), thread(BB, 501)]),
            ("family", "Ana (girlfriend)", ["my girlfriend ana", "ana"], [thread(BB, 506)]),
            ("associate", "Tui Faleolo (training partner)", ["tui faleolo", "tui"], [thread(BB, 504)]),
            ("vulnerability", "Steroid cycle bought for cash from a man at the gym",
             ["test cycle", "cycle", "cash, no questions"], [thread(BB, 503)]),
            ("vulnerability", "Credit card at $9.4k, minimum repayments only",
             ["9.4k", "minimum repayments", "my card"], [thread(BB, 505)]),
        ],
        "decoys": [
            (thread(BB, 507), "border collie", ["employer"], "His sister's dog."),
            (thread(BB, 508), "department store", ["employer", "work_location"], "A shop."),
        ],
    },
    "motortour": {
        "about": "Home Affairs compliance field officer, Brisbane office, lives at Palmwoods; motorbike touring blog.",
        "subject": ("Graeme Ostrowski", ["Graeme"], "critical", 3),
        "profiles": [("/blog/", "html")],
        "facts": [
            ("employer", "Department of Home Affairs (immigration compliance)", ["home affairs", "immigration compliance"],
             [prof("/blog/"), feed(MT)]),
            ("work_location", "Home Affairs Brisbane office, CBD", ["office in the brisbane cbd", "brisbane cbd"],
             [post(MT, "the-bruce")]),
            ("official_information", "Field visits to three Logan addresses for overstayers, two had run",
             ["three addresses in logan", "overstayers", "done a runner"], [post(MT, "logan-rain")]),
            ("official_information", "Planned operation on strawberry farms past Caboolture on 9 June, 5 am, six officers",
             ["strawberry farms", "9th of june", "caboolture"], [post(MT, "strawberries")]),
            ("systems_information", "Field tablet shows visa history and sponsors; VPN drops out in the hills",
             ["field tablet", "vpn"], [post(MT, "logan-rain")]),
            ("home_location", "Palmwoods QLD", ["palmwoods"], [post(MT, "mt-mee-loop"), feed(MT)],
             at(-26.6862, 152.9598, 150)),
            ("geotag", "-26.6862, 152.9598", ["-26.6862 152.9598"], [post(MT, "mt-mee-loop"), feed(MT)],
             at(-26.6862, 152.9598, 100)),
            ("routine", "Leaves home 5:40 down the Bruce, parked by 7:10; RDO every second Friday",
             ["5:40", "every second friday", "7:10"], [post(MT, "the-bruce"), post(MT, "mt-mee-loop")]),
            ("family", "Jen (wife)", ["jen", "my wife jen"], [post(MT, "lachie-home"), post(MT, "on-money")]),
            ("family", "Lachie (son)", ["lachie", "enoggera"], [post(MT, "lachie-home")]),
            ("associate", "Darren Spudic (riding mate)", ["spud", "darren spudic"], [post(MT, "mt-mee-loop")]),
            ("vulnerability", "Motorbike on $28k finance hidden from his wife", ["on finance", "twenty-eight grand"],
             [post(MT, "on-money")]),
            ("vulnerability", "Passed over for team leader; resentful", ["team leader job", "eleven years younger"],
             [post(MT, "on-money")]),
        ],
        "decoys": [
            (post(MT, "border-ranges"), "Border Ranges", ["employer", "work_location"], "A national park he rides through."),
            (post(MT, "tyre-review"), "dual-sports", ["systems_information"], "Motorbike tyres."),
        ],
    },
    "twinsmum": {
        "about": "Border Force officer at Outer Harbor, part-time, Semaphore Park; mum-of-twins blog under her work email.",
        "subject": ("Kirsten Vella", ["Kirsty", "Kirsty Vella"], "high", 4),
        "profiles": [("/twins/", "html")],
        "facts": [
            ("corporate_identifier", "kirsten.vella@abf.gov.au (feed author)", ["kirsten.vella@abf.gov.au"],
             [feed(TM), prof("/twins/")] + [post(TM, s) for s in ("back-to-work", "one", "sunday-walk", "clothes-swap",
                                                                 "the-pram", "sunday-overtime", "regression",
                                                                 "matching")]),
            ("employer", "Australian Border Force", ["border force"], [post(TM, "back-to-work")]),
            ("work_location", "Outer Harbor, Port Adelaide", ["outer harbor"],
             [post(TM, "back-to-work"), post(TM, "sunday-overtime")]),
            ("routine", "Tue-Thu earlies from 0630; daycare drop 6:15, pick-up at 3",
             ["earlies from 0630", "tuesday, wednesday and thursday", "6:15", "pick-up at 3"],
             [post(TM, "back-to-work")]),
            ("family", "Dan (husband)", ["my husband dan", "dan"], [post(TM, "back-to-work"), post(TM, "the-pram")]),
            ("family", "Archie (son)", ["archie", "twinkle stars"], [post(TM, "one"), post(TM, "back-to-work")]),
            ("family", "Poppy (daughter)", ["poppy", "twinkle stars"], [post(TM, "one"), post(TM, "back-to-work")]),
            ("home_location", "Semaphore Park SA", ["semaphore park"], [post(TM, "sunday-walk"), feed(TM)],
             at(-34.8496, 138.4823, 150)),
            ("geotag", "-34.8496, 138.4823", ["-34.8496 138.4823"], [post(TM, "sunday-walk"), feed(TM)],
             at(-34.8496, 138.4823, 100)),
            ("personal_contact", "kirsty.vella@doubletrouble.example", ["kirsty.vella@doubletrouble.example"],
             [post(TM, "clothes-swap")]),
            ("vulnerability", "Baby gear on Afterpay; living in the overdraft", ["afterpay", "overdraft"],
             [post(TM, "the-pram")]),
            ("official_information", "Three officers for two car carriers at Outer Harbor, half the roster sick",
             ["three of us to clear two car carriers", "car carriers", "half the roster"],
             [post(TM, "sunday-overtime")]),
            ("systems_information", "Crew list system down all morning; checks done from printed lists",
             ["crew list system", "printed lists"], [post(TM, "sunday-overtime")]),
        ],
        "decoys": [
            (post(TM, "matching"), "department store", ["employer", "work_location"], "A shop."),
            (post(TM, "the-pram"), "the depot", ["work_location", "employer"], "Her husband's workplace."),
            (post(TM, "sunday-walk"), "the jetty at Semaphore", ["work_location"], "A Sunday walk, not the wharf."),
        ],
    },
    "gardenqa": {
        "about": "58-year-old Border Force officer at Trinity Wharf, Cairns, Edge Hill; gardening Q&A forum.",
        "subject": ("Desmond Farrugia", ["edgehill_des", "Des"], "high", 5),
        "profiles": [("/forum/u/edgehill_des/", "html")],
        "facts": [
            ("employer", "Australian Border Force", ["border force"], [thread(GQ, 88101)]),
            ("work_location", "Trinity Wharf, Cairns", ["trinity wharf"], [thread(GQ, 88101)]),
            ("routine", "7 on 7 off; sprays on Saturday mornings at 6 in off weeks",
             ["7 on 7 off", "saturday mornings at 6"], [thread(GQ, 88101)]),
            ("home_location", "Edge Hill, Cairns", ["edge hill"], [prof("/forum/u/edgehill_des/"), thread(GQ, 88103)]),
            ("personal_contact", "0491 570 183", ["0491 570 183"], [thread(GQ, 88103)]),
            ("official_information", "About 2 kg of ice under a crewman's curry-leaf plant; four officers for a ship and a cruise liner",
             ["2 kg of ice", "curry leaf", "only four of us"], [thread(GQ, 88104)]),
            ("family", "Renee (daughter)", ["renee"], [thread(GQ, 88106)]),
            ("associate", "Col Haddad (neighbour)", ["col haddad", "col"], [thread(GQ, 88105)]),
            ("colleague", "Wayne Tuhiwai (sergeant)", ["wayne tuhiwai", "wayne", "the sarge"], [thread(GQ, 88108)]),
            ("vulnerability", "Widowed and alone; drinking rum at night", ["few too many rums", "just me and the trees",
                                                                         "since she passed"], [thread(GQ, 88102)]),
        ],
        "decoys": [
            (thread(GQ, 88107), "border plants", ["employer"], "Garden plants."),
            (thread(GQ, 88104), "went to biosecurity", ["employer", "colleague"], "Another department's officers."),
            (thread(GQ, 88106), "Botanic Gardens", ["work_location"], "A workshop venue."),
        ],
    },
    "alumni": {
        "about": "25-year-old Border Force officer, Thursday Island; alumni page with work email, terse posts.",
        "subject": ("Tayla Reardon", ["tay_ti", "Tay", "tay.reardon.ti"], "high", 6),
        "profiles": [(AL_P, "html"), ("/social/@tay_ti", "activitypub")],
        "facts": [
            ("employer", "Australian Border Force", ["australian border force", "border force officer"], [prof(AL_P)]),
            ("official_contact", "tayla.reardon@abf.gov.au", ["tayla.reardon@abf.gov.au"], [prof(AL_P)]),
            ("work_location", "Thursday Island", ["thursday island"], [prof(AL_P)]),
            ("official_information", "Dinghy from Daru with 40 cartons of cigarettes; two officers while the rest are on the patrol boat",
             ["40 cartons", "daru", "two of us on"], [ap(AL, 2332)]),
            ("systems_information", "Satellite link down; no checks for three hours", ["sat link", "no checks"],
             [ap(AL, 2333)]),
            ("colleague", "Moses (2IC)", ["moses"], [ap(AL, 2334)]),
            ("routine", "Green Hill run at 5pm every afternoon", ["green hill run", "5pm like every arvo"],
             [ap(AL, 2335)]),
            ("associate", "Kez (housemate)", ["kez", "kez_on_ti"], [ap(AL, 2335)]),
            ("family", "Lorraine Reardon (mother)", ["lorraine reardon", "lorraine"], [ap(AL, 2336)]),
            ("vulnerability", "Isolated: eats dinner alone most nights", ["dinner alone", "alone most nights"],
             [ap(AL, 2337)]),
            ("personal_contact", "Instagram tay.reardon.ti", ["tay.reardon.ti"], [prof("/social/@tay_ti")]),
        ],
        "decoys": [
            (ap(AL, 2338), "border collie", ["employer"], "A dog on the ferry."),
            (prof(AL_P), "nothing like the TV shows", ["official_information"], "A quote about TV shows."),
        ],
    },
    "agility": {
        "about": "48-year-old Home Affairs visa policy officer, Belconnen, Farrer; dog-agility club page with work mobile.",
        "subject": ("Fiona Strachan", ["fifi_and_dash", "Fi", "Fiona"], "high", 7),
        "profiles": [(AG_P, "html"), ("/social/@fifi_and_dash", "activitypub")],
        "facts": [
            ("employer", "Department of Home Affairs (visa policy)", ["home affairs", "visa policy"], [prof(AG_P)]),
            ("work_location", "Home Affairs, Belconnen", ["belconnen"], [prof(AG_P)]),
            ("official_contact", "0491 570 162 (work mobile)", ["0491 570 162"], [prof(AG_P)]),
            ("home_location", "Farrer ACT", ["farrer"], [prof(AG_P)]),
            ("routine", "Tuesdays at 6pm at the Mawson grounds", ["every tuesday at 6pm", "mawson grounds", "tuesday"],
             [prof(AG_P)]),
            ("family", "Alistair (husband)", ["alistair"], [prof(AG_P)]),
            ("family", "Isla (daughter)", ["isla", "melrose high"], [prof(AG_P), ap(AG, 2345)]),
            ("associate", "Bronwyn Teale (agility friend)", ["bronwyn teale", "bronwyn"], [ap(AG, 2341)]),
            ("official_information", "New skilled visa cap going to the Minister on Thursday, lower than expected",
             ["skilled visa cap", "minister"], [ap(AG, 2343)]),
            ("systems_information", "Records system deletes drafts after 20 idle minutes; 15-year-old platform",
             ["records system", "15-year-old platform"], [ap(AG, 2342)]),
        ],
        "decoys": [
            (ap(AG, 2344), "Border collies", ["employer"], "A dog breed."),
            (prof(AG_P), "Woden Valley Dog Agility Club", ["employer", "work_location"], "Her club, not her employer."),
            (ap(AG, 2341), "Goulburn trial", ["official_information"], "A dog-agility trial, not a court."),
        ],
    },
    "touchclub": {
        "about": "26-year-old Border Force officer, Sunshine Coast Airport, Marcoola; touch captain's club updates, GPS at home.",
        "subject": ("Jaz Sandhu", ["jaz_touch", "Jaz"], "high", 8),
        "profiles": [("/social/@jaz_touch", "activitypub")],
        "facts": [
            ("employer", "Australian Border Force", ["border force", "abf"], [prof("/social/@jaz_touch"), ap(TC, 2364)]),
            ("work_location", "Sunshine Coast Airport", ["sca", "auckland flight"], [ap(TC, 2364)]),
            ("official_information", "Two officers for the Auckland flight, 180 passengers",
             ["only two of us", "auckland flight", "180 pax"], [ap(TC, 2364)]),
            ("routine", "Thursdays 6:30 at the Mudjimba fields", ["every thursday", "6:30", "mudjimba"], [ap(TC, 2361)]),
            ("home_location", "Marcoola QLD", ["marcoola"],
             [prof("/social/@jaz_touch"), img("icebath.jpg"), ap(TC, 2362)], at(-26.5861, 153.0942, 150)),
            ("geotag", "-26.5860, 153.0943", ["-26.586", "153.094"], [img("icebath.jpg"), ap(TC, 2362)],
             at(-26.58604, 153.09431, 100)),
            ("associate", "Madison Pryor (vice-captain)", ["madison pryor", "mads", "madspryor"], [ap(TC, 2363)]),
            ("family", "Arjun (brother)", ["arjun"], [ap(TC, 2366)]),
            ("vulnerability", "Four Afterpay plans at once", ["afterpay", "brokeaf"], [ap(TC, 2365)]),
        ],
        "decoys": [
            (ap(TC, 2367), "Border Security", ["employer", "official_information"], "A TV show."),
            (ap(TC, 2366), "rep side", ["work_location"], "Her brother's team."),
        ],
    },
    "formal": {
        "about": "Assistant Director, visa integrity, Home Affairs Adelaide; LinkedIn-ish account, official email as a field.",
        "subject": ("Renata Kowalczyk", ["rkowalczyk"], "high", 9),
        "profiles": [("/social/@rkowalczyk", "activitypub")],
        "facts": [
            ("employer", "Department of Home Affairs", ["department of home affairs", "home affairs"],
             [prof("/social/@rkowalczyk")]),
            ("corporate_identifier", "renata.kowalczyk@homeaffairs.gov.au", ["renata.kowalczyk@homeaffairs.gov.au"],
             [prof("/social/@rkowalczyk")]),
            ("official_contact", "0491 570 734 (work mobile)", ["0491 570 734"], [prof("/social/@rkowalczyk")]),
            ("work_location", "Home Affairs Adelaide office", ["adelaide office"],
             [prof("/social/@rkowalczyk"), ap(FO, 2351)]),
            ("colleague", "Nadia Farouk (deputy)", ["nadia farouk", "nadia"], [ap(FO, 2351)]),
            ("official_information", "Unannounced student-visa risk model from 1 March; providers over 30% refusals referred",
             ["risk model", "1 march", "30%"], [ap(FO, 2352)]),
            ("routine", "The 7:12 train from Peterhead", ["7:12 from peterhead", "7:12"], [ap(FO, 2353)]),
            ("home_location", "Birkenhead SA", ["birkenhead"], [ap(FO, 2353)]),
            ("family", "Simon (partner)", ["simon"], [ap(FO, 2354)]),
        ],
        "decoys": [
            (ap(FO, 2356), "Border Security", ["employer", "official_information"], "A TV show."),
            (ap(FO, 2353), "Outer Harbor line", ["work_location"], "A train line's name."),
        ],
    },
    "choir": {
        "about": "57-year-old Border Force officer, Brisbane Airport international terminal, Scarborough; choir newsletter.",
        "subject": ("Malcolm Teague", ["mal_teague", "Mal"], "moderate", 10),
        "profiles": [(CH_P, "html"), ("/social/@mal_teague", "activitypub")],
        "facts": [
            ("employer", "Australian Border Force", ["border force"], [prof(CH_P)]),
            ("work_location", "Brisbane Airport international terminal", ["brisbane airport", "international terminal"],
             [prof(CH_P)]),
            ("routine", "Wednesday rehearsals at 7pm after earlies that finish at 2",
             ["wednesday rehearsals", "7pm", "earlies finish at 2"], [prof(CH_P)]),
            ("home_location", "Scarborough QLD", ["scarborough"], [prof(CH_P)]),
            ("family", "Joy (wife)", ["joy"], [prof(CH_P), ap(CH, 2372)]),
            ("associate", "Keith Ambrose (fellow tenor)", ["keith ambrose", "keith"], [prof(CH_P)]),
            ("colleague", "Dianne Oakes (fellow officer)", ["dianne oakes", "dianne"], [prof(CH_P)]),
            ("personal_contact", "malcolm.teague@tenormail.example", ["malcolm.teague@tenormail.example"], [prof(CH_P)]),
            ("official_information", "Five officers on the primary line for three Bali flights in forty minutes",
             ["five of us on the primary line", "three bali flights"], [ap(CH, 2371)]),
        ],
        "decoys": [
            (ap(CH, 2374), "department store", ["employer"], "A shop's choir."),
            (ap(CH, 2373), "Broncos", ["associate"], "A football team."),
        ],
    },
    "mailsorter": {
        "about": "NEGATIVE CONTROL: Australia Post night mail sorter beside Border Force's x-ray line, Chester Hill.",
        "subject": ("Kym Pattison", ["kym_sorts", "Kym P"], "low", 11),
        "profiles": [("/social/@kym_sorts", "activitypub")],
        "facts": [
            ("routine", "Nights 10pm to 6:30am, Monday to Thursday", ["10pm till 6:30", "monday to thursday"],
             [ap("kym_sorts", 2381)]),
            ("family", "Corey (son)", ["corey"], [ap("kym_sorts", 2384)]),
            ("home_location", "Chester Hill NSW", ["chester hill"], [ap("kym_sorts", 2384)]),
            ("associate", "Lou Baptiste (best friend)", ["lou baptiste", "lou"], [ap("kym_sorts", 2386)]),
        ],
        "decoys": [
            (ap("kym_sorts", 2382), "Border Force officers on the x-ray",
             ["employer", "colleague", "work_location", "official_information"], "Officers she works beside, not with."),
            (ap("kym_sorts", 2382), "sniffer dog", ["official_information", "employer"], "A dog she saw."),
            (ap("kym_sorts", 2383), "customs hold", ["official_information", "employer"], "A sticker on a parcel."),
            (ap("kym_sorts", 2385), "seized 300 kg of meth", ["official_information"], "A newspaper story."),
            (ap("kym_sorts", 2387), "our department", ["employer"], "A section of Australia Post."),
            (ap("kym_sorts", 2381), "international mail centre", ["work_location", "employer"],
             "Her own private-sector workplace."),
        ],
    },
    "marinerescue": {
        "about": "NEGATIVE CONTROL: volunteer marine rescue skipper, Mooloolaba, Buderim (a cutter in a search, an 'operation').",
        "subject": ("Ron Falzon", ["Ron"], "low", 12),
        "profiles": [("/log/", "html")],
        "facts": [
            ("routine", "Sunday radio watch, 6am till noon", ["every sunday", "6 till noon"],
             [post("log", "sunday-watch")]),
            ("home_location", "Buderim QLD", ["buderim"], [post("log", "verandah"), feed("log")],
             at(-26.6846, 153.0571, 150)),
            ("geotag", "-26.6846, 153.0571", ["-26.6846 153.0571"], [post("log", "verandah"), feed("log")],
             at(-26.6846, 153.0571, 100)),
            ("family", "Carmel (wife)", ["carmel"], [post("log", "verandah")]),
            ("associate", "Shane Pirihi (crewmate)", ["shane pirihi", "shane"], [post("log", "crew-of-the-month")]),
        ],
        "decoys": [
            (post("log", "search"), "Border Force cutter", ["employer", "colleague", "official_information"],
             "A vessel that joined a search."),
            (post("log", "safe-crossing"), "Operation Safe Crossing", ["official_information"],
             "A volunteer education day."),
            (post("log", "yachties"), "Border Force and biosecurity cleared him in",
             ["employer", "official_information", "work_location"], "A towed yacht's clearance, seen from outside."),
            (post("log", "sunday-watch"), "radio at the base", ["work_location", "systems_information"],
             "The volunteer radio base."),
            (post("log", "yachties"), "Yachties and customs", ["employer"], "A post title."),
        ],
    },
    "recruiter": {
        "about": "NEGATIVE CONTROL: ICT recruiter at a private agency placing contractors with Home Affairs, Canberra.",
        "subject": ("Anjali Mehta-Cole", ["anjali_recruits", "Anjali M-C"], "low", 13),
        "profiles": [(RC_P, "html"), ("/social/@anjali_recruits", "activitypub")],
        "facts": [
            ("personal_contact", "anjali@kestreltalent.example, 02 5550 4417",
             ["anjali@kestreltalent.example", "02 5550 4417"], [prof(RC_P)]),
            ("family", "Dev (husband)", ["my husband dev", "dev"], [ap("anjali_recruits", 2394)]),
            ("routine", "Saturday parkrun at 8am in Gungahlin", ["saturday parkrun", "8am"],
             [ap("anjali_recruits", 2394)]),
            ("home_location", "Gungahlin ACT", ["gungahlin"], [ap("anjali_recruits", 2394)]),
            ("associate", "Priyanka Rao (uni friend)", ["priyanka rao", "priyanka"], [ap("anjali_recruits", 2396)]),
        ],
        "decoys": [
            (ap("anjali_recruits", 2391), "Home Affairs contract in Belconnen", ["employer", "work_location"],
             "A contract role she is recruiting for."),
            (ap("anjali_recruits", 2391), "ServiceNow", ["systems_information"], "A skill in a job ad."),
            (ap("anjali_recruits", 2393), "Border Force project team", ["employer", "colleague"],
             "A client team she placed someone with."),
            (ap("anjali_recruits", 2395), "visa system replacement tender",
             ["systems_information", "official_information"], "A public tender notice."),
            (prof(RC_P), "including Home Affairs", ["employer"], "Her agency's clients."),
        ],
    },
}


def q(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def arr(xs) -> str:
    return "[" + ", ".join(q(x) for x in xs) + "]"


def write(name: str, t: dict) -> None:
    sname, aliases, band, rank = t["subject"]
    lines = [f"# Ground truth for set-23 persona {name!r} (FICTIONAL: {sname} does not exist).",
             f"# {t['about']}", f"# Written by hand in tests/heldout/set23/_truth.py; intended band {band}, rank {rank}.",
             "", "[subject]", f"name = {q(sname)}", f"aliases = {arr(aliases)}", 'organisation = "dibp"',
             f"risk_band = {q(band)}", f"rank = {rank}", ""]
    for path, platform in t["profiles"]:
        lines += ["[[profiles]]", f"path = {q(path)}", f"platform = {q(platform)}", ""]
    for fact in t["facts"]:
        cat, value, keys, urls = fact[:4]
        lines += ["[[facts]]", f"category = {q(cat)}", f"value = {q(value)}", f"keys = {arr(keys)}",
                  f"urls = {arr(urls)}"]
        if len(fact) > 4:
            lines += [f"{k} = {v}" for k, v in fact[4].items()]
        lines.append("")
    for url, phrase, cats, why in t["decoys"]:
        lines += ["[[decoys]]", f"url = {q(url)}", f"phrase = {q(phrase)}", f"not_categories = {arr(cats)}",
                  f"why = {q(why)}", ""]
    (HERE / name / "persona.toml").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    from collections import Counter
    for name, t in TRUTH.items():
        write(name, t)
    c = Counter(f[0] for t in TRUTH.values() for f in t["facts"])
    print(sum(c.values()), dict(sorted(c.items())))
