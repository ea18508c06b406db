"""Ground truth for set 58, as tables; writes each persona's persona.toml. Run from anywhere:

    .venv/bin/python tests/heldout/set58/_truth.py
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
B = "{{BASE}}"


def ap(h):                       # ActivityPub profile, note url, note id
    return f"{B}/social/@{h}", (lambda n: f"{B}/social/@{h}/{n}"), (lambda n: f"{B}/social/@{h}/statuses/{n}")


def blog(root):
    return f"{B}/{root}/", (lambda s: f"{B}/{root}/posts/{s}/"), f"{B}/{root}/feed.xml"


def forum(path):
    return f"{B}{path}", (lambda t: f"{B}{path}t/{t}/")


def media(f):
    return f"{B}/media/{f}"


P: dict[str, dict] = {}

# --- kowalrock ------------------------------------------------------------------------------
A, N, S = ap("kowalrock")
P["kowalrock"] = dict(
    about="Brendan Kowalczyk: Border Force officer on a Christmas Island rotation, home in Inverell NSW. Run-on posts: "
          "a boat arrival and the sat link failing the fingerprint kit, his supervisor, wife and kids, gambling and "
          "drinking alone, the travel pattern of his swing, a Signal number, GPS photos at home and on the island.",
    subject=dict(name="Brendan Kowalczyk", aliases=["kowalrock", "@kowalrock", "Kowal"], risk_band="critical", rank=1),
    profiles=[("/social/@kowalrock", "activitypub")],
    facts=[
        ("employer", "Australian Border Force", ["Border Force"], [A]),
        ("work_location", "Christmas Island", ["Christmas Island", "on the rock", "our office at the airport"], [A, N(4101)]),
        ("colleague", "Tui Faleolo (supervisor)", ["Tui Faleolo", "Tui"], [N(4101), N(4102)]),
        ("official_information", "17 people off a boat at Flying Fish Cove", ["17 people off a boat", "Flying Fish Cove"], [N(4102)]),
        ("systems_information", "sat link drop leaves the fingerprint kit unable to reach Canberra; paper forms",
         ["sat link", "fingerprint kit", "paper forms"], [N(4102)]),
        ("family", "Shelley (wife)", ["Shelley"], [N(4103), N(4104)]),
        ("family", "Kai (son)", ["Kai"], [N(4103), N(4105), N(4107)]),
        ("vulnerability", "betting losses of $14k hidden from his wife", ["betting app", "14 grand down", "in the red"], [N(4104)]),
        ("vulnerability", "drinking alone and isolated on the island", ["only friend Ive got", "$9 schooners"], [N(4103)]),
        ("routine", "swing travel: Armidale Monday 6:40 flight, Tuesday charter, four weeks on four off",
         ["Monday 6:40 flight", "Tuesday charter", "four weeks on four off"], [A, N(4105)]),
        ("home_location", "Inverell NSW", ["Inverell"], [A, N(4106), media("kowal-backyard.jpg"), N(4109),
                                                        media("kowal-verandah.jpg")], dict(lat=-29.779, lon=151.1235)),
        ("geotag", "-29.779, 151.1235 (home)", ["kowal-backyard.jpg", "kowal-verandah.jpg"],
         [N(4106), media("kowal-backyard.jpg"), N(4109), media("kowal-verandah.jpg")], dict(lat=-29.779, lon=151.1235)),
        ("associate", "Shane Jackson (trivia mate)", ["Shane Jackson", "Jacko"], [N(4108)]),
        ("personal_contact", "0491 570 238", ["0491 570 238"], [A]),
    ],
    decoys=[
        (N(4107), "Border Security", ["employer"], "A TV show watched with the kids."),
        (A, "Storm till I die", ["associate", "employer"], "A football team."),
    ],
)

# --- whiteyxy -------------------------------------------------------------------------------
F, T = forum("/forum/u/whitey_xy/")
P["whiteyxy"] = dict(
    about="Rob Whitcombe: Border Force weapons import-permits officer at Melbourne Airport, home in Seymour VIC. An XY "
          "Falcon forum registered with his work email: his phone, the train and shed-night times, a refused "
          "suppressor import, the permit system 'Grumpy', a hidden maxed card, a grievance over leave.",
    subject=dict(name="Rob Whitcombe", aliases=["whitey_xy", "Rob"], risk_band="critical", rank=2),
    profiles=[("/forum/u/whitey_xy/", "html")],
    facts=[
        ("employer", "Australian Border Force", ["Border Force"], [T(301)]),
        ("corporate_identifier", "r.whitcombe@abf.gov.au", ["r.whitcombe@abf.gov.au"], [T(301)]),
        ("personal_contact", "0491 570 451", ["0491 570 451"], [T(302)]),
        ("routine", "6:10 train out of Seymour Monday to Thursday, back on the 5:40", ["6:10 train", "5:40"], [T(302)]),
        ("home_location", "Seymour VIC", ["Seymour"], [F, T(301), T(302)]),
        ("work_location", "Melbourne Airport (Tullamarine)", ["Melbourne Airport", "Tulla"], [T(303)]),
        ("associate", "Dean Robson (car-club mate)", ["Dean Robson", "Robbo"], [T(303), T(304)]),
        ("family", "Carly (wife)", ["Carly", "the missus"], [T(304), T(306)]),
        ("official_information", "forty suppressors declared as solvent trap fuel filters, refused and referred",
         ["forty suppressors", "solvent trap"], [T(305)]),
        ("systems_information", "permit system 'Grumpy' refuses attachments over 5MB; PDFs sent to private Gmail",
         ["Grumpy", "the permit system", "5MB"], [T(305)]),
        ("vulnerability", "$22k restoration debt, maxed credit card hidden from his wife",
         ["credit card's maxed", "second card", "$22k"], [T(306)]),
        ("vulnerability", "grievance: leave refused three times, 'starting to hate the place'",
         ["starting to hate the place", "knocked my leave back"], [T(307)]),
    ],
    decoys=[
        (T(308), "customs job", ["employer"], "Car-world slang for a custom build."),
        (T(308), "custom builders", ["employer", "associate"], "Other car builders at a show."),
    ],
)

# --- splitsandships -------------------------------------------------------------------------
I, PP, FEED = blog("blog")
POSTS = ["tuesday-intervals", "ship-day-long-run", "parkrun-pb", "legs-and-luggage", "no-splits", "autumn-half",
         "taper-week"]
P["splitsandships"] = dict(
    about="Tamsin Rourke: Border Force officer at the Station Pier cruise terminal, home in Warragul VIC. A run-club "
          "log whose feed is authored by her work email: Tuesday intervals with georss from her street, the ship-day "
          "train, an ice find in shaving foam, the alert-list link dropping, her brother and running mate, her phone.",
    subject=dict(name="Tamsin Rourke", aliases=["Tamsin"], risk_band="high", rank=3),
    profiles=[("/blog/", "html")],
    facts=[
        ("employer", "Australian Border Force", ["ABF"], [PP("legs-and-luggage")]),
        ("work_location", "Station Pier", ["Station Pier", "the pier"], [PP("ship-day-long-run"), PP("no-splits")]),
        ("routine", "Tuesday 6pm intervals at the Rec Reserve track", ["6pm at the Rec Reserve", "Tuesday intervals"],
         [PP("tuesday-intervals")]),
        ("routine", "ship days: 5:12 V/Line to Southern Cross, on the desks by 7:30", ["5:12 V/Line", "by 7:30"],
         [PP("ship-day-long-run")]),
        ("home_location", "Victoria Street, Warragul VIC", ["Victoria Street", "Warragul"],
         [I, PP("tuesday-intervals"), FEED], dict(lat=-38.159, lon=145.927)),
        ("geotag", "-38.159 145.927 (georss, her street)", ["-38.159 145.927"], [PP("tuesday-intervals"), FEED],
         dict(lat=-38.159, lon=145.927)),
        ("family", "Callum (brother)", ["Callum"], [PP("parkrun-pb")]),
        ("associate", "Dev Sandhu (running mate)", ["Dev Sandhu"], [PP("tuesday-intervals")]),
        ("colleague", "Nadia Petrakis (fellow officer)", ["Nadia Petrakis", "Nadia"], [PP("legs-and-luggage")]),
        ("official_information", "1.2 kilos of ice in a crewman's shaving foam cans", ["1.2 kilos of ice", "shaving foam"],
         [PP("legs-and-luggage")]),
        ("systems_information", "alert-list link down three hours; manual checks on backup laptops",
         ["link to the alert list", "backup laptops", "manual checks"], [PP("no-splits")]),
        ("personal_contact", "0491 570 112", ["0491 570 112"], [I]),
        ("corporate_identifier", "tamsin.rourke@abf.gov.au (feed author)", ["tamsin.rourke@abf.gov.au"],
         [FEED, I] + [PP(s) for s in POSTS]),
    ],
    decoys=[
        (PP("autumn-half"), "border collie", ["family", "associate", "employer"], "A dog on a race course."),
        (PP("taper-week"), "department store", ["employer", "work_location"], "A shop."),
        (PP("taper-week"), "Border Security", ["employer"], "A TV show."),
    ],
)

# --- lachienights ---------------------------------------------------------------------------
A, N, S = ap("lachienights")
P["lachienights"] = dict(
    about="Lachlan Tierney: Border Force airline liaison officer at Changi, from Glen Innes, living in Tiong Bahru. "
          "Sleepless-baby night posts: his night pattern at Terminal 1, six offloads on impostor passports, the "
          "document kit and VPN over hotspots, a marriage under strain, his mother, a WhatsApp number, the ALO desk "
          "email, a fellow ALO.",
    subject=dict(name="Lachlan Tierney", aliases=["lachienights", "@lachienights", "Lachie"], risk_band="high", rank=4),
    profiles=[("/social/@lachienights", "activitypub")],
    facts=[
        ("employer", "Australian Border Force", ["Border Force", "airline liaison"], [N(8002)]),
        ("work_location", "Changi Airport Terminal 1, Singapore", ["Changi", "Terminal 1"], [N(8001), N(8002)]),
        ("routine", "Sunday to Thursday nights for the 1am and 3am departures", ["Sunday to Thursday", "1am and 3am"],
         [N(8002)]),
        ("family", "Renee (partner)", ["Renee"], [N(8001), N(8004)]),
        ("family", "Archie (son)", ["Archie"], [A, N(8001), N(8004), N(8005), N(8008)]),
        ("official_information", "six offloaded heading for Melbourne on impostor Malaysian passports",
         ["six offloaded", "Malaysian passports"], [N(8003)]),
        ("systems_information", "document kit laptop failing; VPN run over phone hotspots",
         ["document kit", "VPN", "phone hotspots"], [N(8003)]),
        ("vulnerability", "relationship breaking down", ["barely talking", "take Archie home"], [N(8004)]),
        ("home_location", "Tiong Bahru, Singapore", ["Tiong Bahru"], [N(8005)]),
        ("personal_contact", "+61 491 570 330 (WhatsApp)", ["+61 491 570 330", "491 570 330"], [N(8006)]),
        ("official_contact", "alo.singapore@abf.gov.au", ["alo.singapore@abf.gov.au"], [N(8007)]),
        ("colleague", "Sarah-Jane Mbeki (fellow ALO)", ["Sarah-Jane Mbeki", "Sarah-Jane"], [N(8007)]),
    ],
    decoys=[
        (N(8008), "Immigration and Checkpoints Authority", ["employer", "colleague"], "Singapore's agency, not his."),
        (A, "Glen Innes", ["home_location"], "Where he grew up; he lives in Singapore."),
    ],
)

# --- jcoombesti -----------------------------------------------------------------------------
A, N, S = ap("jcoombes_ti")
HOME = dict(lat=-30.985, lon=150.26)
P["jcoombesti"] = dict(
    about="Jayden Coombes: Border Force officer on a Thursday Island rotation, home in Gunnedah NSW. Hashtag posts: "
          "his swing, cigarettes from a Daru dinghy, the satellite down, wife and twins, the pokies, a note placed "
          "on his verandah.",
    subject=dict(name="Jayden Coombes", aliases=["jcoombes_ti", "@jcoombes_ti"], risk_band="high", rank=5),
    profiles=[("/social/@jcoombes_ti", "activitypub")],
    facts=[
        ("employer", "Australian Border Force", ["ABF", "borderforce"], [N(1001), N(1002)]),
        ("work_location", "Thursday Island", ["Thursday Island"], [N(1001)]),
        ("routine", "three weeks on, three off rotation", ["3on3off", "3off"], [N(1001), N(1004)]),
        ("official_information", "40 cartons of cigarettes seized from a Daru dinghy", ["40 cartons", "Daru"], [N(1002)]),
        ("systems_information", "satellite down, no systems, back to paper", ["satellite down", "nosystems", "backtopaper"],
         [N(1003)]),
        ("family", "Tash (wife)", ["Tash", "wifey"], [N(1004), N(1006)]),
        ("home_location", "Gunnedah NSW", ["Gunnedah"], [A, N(1004), N(1005), S(1005)], HOME),
        ("geotag", "-30.985, 150.26 (placed note, home)", ["-30.985"], [N(1005), S(1005)], HOME),
        ("vulnerability", "pokies losses", ["pokies", "600bucks"], [N(1006)]),
    ],
    decoys=[
        (N(1007), "BorderCollie", ["employer"], "A dog breed hashtag."),
        (N(1007), "BorderSecurity", ["employer"], "A TV show hashtag."),
        (N(1007), "Biscuit", ["family"], "The new puppy."),
    ],
)

# --- frosthollow ----------------------------------------------------------------------------
I, PP, FEED = blog("garden")
P["frosthollow"] = dict(
    about="Heather Lindqvist: Home Affairs FOI case officer, in the Lonsdale Street office two days a week, home in "
          "Kyneton. A vegie-garden blog (h-card job and department): her train days, husband, daughter's school, "
          "neighbour, forty-two requests on a detention death, the redaction software, passed over, her team leader.",
    subject=dict(name="Heather Lindqvist", aliases=["Heather"], risk_band="high", rank=6),
    profiles=[("/garden/", "html")],
    facts=[
        ("employer", "Department of Home Affairs", ["Home Affairs", "FOI case officer"], [I]),
        ("work_location", "Home Affairs office, Lonsdale Street, Melbourne", ["Lonsdale Street office"], [PP("garlic-in")]),
        ("routine", "Tuesdays and Thursdays on the 6:58 from Kyneton to Southern Cross", ["6:58", "Tuesdays and Thursdays"],
         [PP("garlic-in")]),
        ("home_location", "Kyneton VIC", ["Kyneton"], [I, PP("first-frost"), PP("garlic-in")]),
        ("family", "Owen (husband)", ["Owen"], [PP("first-frost")]),
        ("associate", "Marj Pettifer (neighbour)", ["Marj Pettifer", "Marj"], [PP("first-frost"), PP("spring-plan")]),
        ("official_information", "forty-two FOI requests on a detention centre death; incident reports",
         ["forty-two requests", "detention centre death", "incident reports"], [PP("winter-reading")]),
        ("systems_information", "redaction software crashes on documents over 500 pages",
         ["redaction software", "500 pages"], [PP("winter-reading")]),
        ("vulnerability", "grievance: passed over for EL1 after thirteen years", ["didn't get the EL1", "Thirteen years at APS5"],
         [PP("passed-over")]),
        ("colleague", "Gerard Oyelaran (team leader)", ["Gerard Oyelaran", "Gerard"], [PP("passed-over")]),
    ],
    decoys=[
        (PP("spring-plan"), "Department store", ["employer", "work_location"], "A shop."),
        (PP("spring-plan"), "Border collie", ["family", "associate", "employer"], "A neighbour's dog."),
    ],
)

# --- aftermum -------------------------------------------------------------------------------
I, PP, FEED = blog("blog")
P["aftermum"] = dict(
    about="Meg Ashdown: Home Affairs citizenship-ceremony organiser in the Docklands office, home in Castlemaine. A grief "
          "blog: her late mother and sister, conferees pulled on character grounds, Sunday cemetery visits, drinking "
          "alone, a grief-group friend, her manager, the ceremony module's export limit, her work email for councils.",
    subject=dict(name="Meg Ashdown", aliases=["Meg"], risk_band="high", rank=7),
    profiles=[("/blog/", "html")],
    facts=[
        ("employer", "Department of Home Affairs", ["Home Affairs", "citizenship ceremonies"], [PP("back-to-work")]),
        ("official_information", "240 conferees; two pulled the day before on character grounds",
         ["character grounds", "240 conferees"], [PP("back-to-work")]),
        ("family", "Rosalind Ashdown (late mother)", ["Rosalind Ashdown", "Rosalind", "Mum"], [PP("the-call")]),
        ("family", "Fiona (sister)", ["Fiona"], [PP("the-call"), PP("her-garden")]),
        ("routine", "every Sunday at four at the Campbells Creek cemetery", ["Every Sunday at four", "Campbells Creek cemetery"],
         [PP("sundays")]),
        ("vulnerability", "drinking most nights, isolated", ["bottle of red", "haven't spoken to anyone"], [PP("honest")]),
        ("associate", "Pauline Ferrier (grief-group friend)", ["Pauline Ferrier", "Pauline"], [PP("grief-group")]),
        ("colleague", "Hannah Oduya (manager)", ["Hannah Oduya"], [PP("work-helps")]),
        ("work_location", "Home Affairs Docklands office, Melbourne", ["Docklands office"], [PP("work-helps")]),
        ("systems_information", "ceremony module will not export more than 200 names", ["ceremony module", "200 names"],
         [PP("work-helps")]),
        ("official_contact", "meg.ashdown@homeaffairs.gov.au", ["meg.ashdown@homeaffairs.gov.au"], [PP("work-helps")]),
        ("home_location", "Castlemaine VIC", ["Castlemaine"], [I, PP("sundays")]),
    ],
    decoys=[
        (PP("her-garden"), "Barkers Creek", ["home_location"], "Her late mother's house, not hers."),
        (PP("her-garden"), "border collie", ["family", "associate"], "A neighbour's dog."),
    ],
)

# --- pennostrout ----------------------------------------------------------------------------
F, T = forum("/forum/u/pennos/")
P["pennostrout"] = dict(
    about="Gary Pennicott: marine engineer on the Border Force cutters out of Darwin, home in Tumut NSW. Trout catch "
          "reports: his swing and travel, Saturday dawn on the river, a fishing boat off Ashmore Reef, the port "
          "generator and engine management faults, his fishing mate, son, chief engineer, a separation.",
    subject=dict(name="Gary Pennicott", aliases=["pennos"], risk_band="moderate", rank=8),
    profiles=[("/forum/u/pennos/", "html")],
    facts=[
        ("employer", "Australian Border Force", ["ABF cutters", "ABF"], [T(601)]),
        ("work_location", "Darwin (cutter home port)", ["Darwin"], [T(601), T(602)]),
        ("routine", "six weeks on six off; Wagga-Sydney-Darwin every second Monday", ["six weeks on", "every second Monday"],
         [T(601)]),
        ("routine", "Saturday 5:30am below the Tumut town bridge when home", ["Saturday 5:30am", "below the town bridge"],
         [T(603)]),
        ("official_information", "fishing boat off Ashmore Reef, three tonne of sea cucumber, 11 crew to Darwin",
         ["Ashmore Reef", "sea cucumber", "11 crew"], [T(602)]),
        ("systems_information", "port generator U/S, engine management system faults",
         ["Port generator", "engine management system"], [T(602)]),
        ("associate", "Shane Tregear (fishing mate)", ["Shane Tregear", "Shorty"], [T(603)]),
        ("family", "Billy (son)", ["Billy"], [T(604)]),
        ("home_location", "Tumut NSW", ["our place in Tumut", "Tumut"], [T(605)]),
        ("vulnerability", "marriage ended, alone on his off swing", ["Missus left", "house is too big"], [T(606)]),
    ],
    decoys=[
        (T(607), "Border collie", ["family", "associate"], "A dog on the bank."),
        (T(607), "Customs duty", ["employer", "official_information"], "Duty he paid on a reel."),
    ],
)

# --- rhondasings ----------------------------------------------------------------------------
A, N, S = ap("rhondasings")
R = f"{B}/members/rhonda-pearce"
P["rhondasings"] = dict(
    about="Rhonda Pearce: Home Affairs HR case manager working from home in Deniliquin. Her choir's third-person page "
          "(job, work email as roster contact, town, Thursday practice, husband, choir friend) and hashtag posts: a "
          "code-of-conduct case, 'The Octopus' case system, her director.",
    subject=dict(name="Rhonda Pearce", aliases=["rhondasings", "@rhondasings"], risk_band="moderate", rank=9),
    profiles=[("/members/rhonda-pearce", "html"), ("/social/@rhondasings", "activitypub")],
    facts=[
        ("employer", "Department of Home Affairs", ["Home Affairs", "HR case manager", "HomeAffairs"], [R, N(7002)]),
        ("official_contact", "rhonda.pearce@homeaffairs.gov.au", ["rhonda.pearce@homeaffairs.gov.au"], [R]),
        ("home_location", "Deniliquin NSW", ["Deniliquin"], [R, A]),
        ("routine", "Thursday choir practice, 7pm, St Columba's hall", ["Thursday practice", "St Columba's hall"], [R]),
        ("family", "Graham (husband)", ["Graham"], [R, N(7004)]),
        ("associate", "Beryl Haines (choir friend)", ["Beryl Haines"], [R]),
        ("official_information", "code-of-conduct case: an officer passing passenger lists",
         ["passengerlists", "codeofconduct"], [N(7001)]),
        ("systems_information", "'The Octopus' case system losing file notes", ["TheOctopus", "case system"], [N(7002)]),
        ("colleague", "Mandeep Gill (director)", ["MandeepGill", "Mandeep Gill"], [N(7003)]),
    ],
    decoys=[
        (N(7004), "BorderSecurity", ["employer"], "A TV show hashtag."),
        (R, "Edward River Singers", ["employer"], "The choir."),
    ],
)

# --- nevcountdown ---------------------------------------------------------------------------
A, N, S = ap("nevcountdown")
HOME = dict(lat=-30.33, lon=149.785)
P["nevcountdown"] = dict(
    about="Neville Fairweather: Home Affairs records manager working from Narrabri, counting down to retirement. Work "
          "email as a profile field, detention files under an inquiry hold, 'The Vault' down, Wednesday bowls, a note "
          "placed at home, wife, daughter, his offsider.",
    subject=dict(name="Neville Fairweather", aliases=["nevcountdown", "@nevcountdown", "Nev"], risk_band="moderate",
                 rank=10),
    profiles=[("/social/@nevcountdown", "activitypub")],
    facts=[
        ("employer", "Department of Home Affairs", ["Department of Home Affairs", "Records manager"], [N(9001)]),
        ("corporate_identifier", "n.fairweather@homeaffairs.gov.au (profile field)", ["n.fairweather@homeaffairs.gov.au"], [A]),
        ("official_information", "11,000 boxes of 1990s detention files in Hume under an inquiry hold",
         ["11,000 boxes", "inquiry hold", "detention centre files"], [N(9002)]),
        ("systems_information", "'The Vault' records system (TRIM) down a day and a half", ["The Vault", "TRIM"], [N(9003)]),
        ("routine", "Wednesday bowls at 1pm", ["Wednesday bowls", "1pm"], [N(9004)]),
        ("home_location", "Narrabri NSW", ["Narrabri"], [N(9001), N(9004), S(9004)], HOME),
        ("geotag", "-30.33, 149.785 (placed note, home)", ["-30.33"], [N(9004), S(9004)], HOME),
        ("family", "Glenda (wife)", ["Glenda"], [N(9005), N(9007)]),
        ("colleague", "Trevor Lam (offsider)", ["Trevor Lam", "Trevor"], [N(9006)]),
    ],
    decoys=[
        (N(9007), "department store", ["employer", "work_location"], "A shop in Tamworth."),
    ],
)

# --- controls -------------------------------------------------------------------------------
A, N, S = ap("marcushale")
P["drouinbroker"] = dict(
    about="NEGATIVE CONTROL. Marcus Hale: licensed customs broker at a private firm in Dandenong, home in Drouin. "
          "Border Force, the ICS, an ABF audit and a Home Affairs portal appear only as his clients' business.",
    subject=dict(name="Marcus Hale", aliases=["marcushale", "@marcushale"], risk_band="low", rank=11),
    profiles=[("/social/@marcushale", "activitypub")],
    facts=[
        ("home_location", "Drouin VIC", ["Drouin"], [A, N(1103)]),
        ("routine", "Saturday 8am Drouin parkrun", ["Saturday 8am"], [N(1103)]),
        ("family", "Esme (daughter)", ["Esme"], [N(1103)]),
        ("associate", "Ken Lim (business partner)", ["Ken Lim"], [N(1105)]),
        ("personal_contact", "0491 570 618", ["0491 570 618"], [A]),
    ],
    decoys=[
        (N(1101), "ICS down", ["systems_information"], "The cargo system as a broker's client sees it."),
        (N(1102), "Border Force pulled", ["employer", "official_information"], "A client's container examined."),
        (N(1102), "container exam facility", ["work_location"], "Not his workplace."),
        (N(1104), "ABF audit", ["official_information", "employer"], "An audit of a client."),
        (N(1106), "Home Affairs", ["employer", "systems_information"], "A public portal."),
        (A, "customs broker", ["employer"], "A private firm's licence."),
    ],
)

I, PP, FEED = blog("writing")
P["reddirtdrafts"] = dict(
    about="NEGATIVE CONTROL. Delia Strand: crime novelist in Cobar writing a border-smuggling thriller with a Border "
          "Force heroine; research from public reports.",
    subject=dict(name="Delia Strand", aliases=["Delia"], risk_band="low", rank=12),
    profiles=[("/writing/", "html")],
    facts=[
        ("home_location", "Cobar NSW", ["Cobar"], [I, PP("writing-days")]),
        ("routine", "Cobar library 9 till noon every weekday", ["9 till noon", "Cobar library"], [PP("writing-days")]),
        ("family", "Tom (husband)", ["Tom"], [PP("family-news")]),
        ("associate", "Leonie Baptiste (writing group friend)", ["Leonie Baptiste"], [PP("writers-group")]),
        ("personal_contact", "delia.strand@inkmail.example", ["delia.strand@inkmail.example"], [PP("writers-group")]),
    ],
    decoys=[
        (PP("chapter-nine"), "Border Force officer", ["employer"], "A character in her novel."),
        (PP("chapter-nine"), "heroin", ["official_information"], "A fictional seizure."),
        (PP("chapter-nine"), "Port of Melbourne", ["work_location"], "The novel's setting."),
        (PP("chapter-nine"), "Kate Moran", ["colleague", "associate", "family"], "A fictional character."),
        (PP("research"), "Home Affairs annual report", ["employer"], "Public research material."),
        (PP("research"), "cargo system", ["systems_information"], "The novel's invented system."),
    ],
)

R = f"{B}/walkers/alistair-munro"
P["monarowalks"] = dict(
    about="NEGATIVE CONTROL. Alistair Munro: TAFE teacher in Cooma whose border security certificate sends students "
          "into Border Force; his bushwalking club's page.",
    subject=dict(name="Alistair Munro", aliases=["Alistair"], risk_band="low", rank=13),
    profiles=[("/walkers/alistair-munro", "html"), ("/social/@monarowalker", "activitypub")],
    facts=[
        ("home_location", "Cooma NSW", ["Cooma"], [R, f"{B}/social/@monarowalker"]),
        ("routine", "Sunday walks, 7am at the Centennial Park car park", ["Sunday walks", "7am"], [R]),
        ("family", "Simone (partner)", ["Simone"], [R, f"{B}/social/@monarowalker/1303"]),
        ("associate", "Rob Kearns (walk co-leader)", ["Rob Kearns", "Rob"], [R, f"{B}/social/@monarowalker/1301"]),
        ("personal_contact", "alistair.munro@monaromail.example", ["alistair.munro@monaromail.example"], [R]),
    ],
    decoys=[
        (R, "Border Force uniform", ["employer"], "His former students' employer."),
        (R, "border security certificate", ["employer", "official_information"], "A TAFE course he teaches."),
        (R, "retired customs officer", ["colleague", "associate"], "An unnamed guest lecturer."),
        (R, "border collie", ["family", "associate"], "His dog."),
        (R, "TAFE NSW", ["employer"], "His employer, not the Department."),
        (R, "Cooma TAFE campus", ["work_location"], "Not a Departmental site."),
        (f"{B}/social/@monarowalker/1302", "Border Force", ["employer"], "Where his former students went."),
        (f"{B}/social/@monarowalker/1302", "border security assessments", ["official_information"], "Coursework."),
        (f"{B}/social/@monarowalker/1303", "Border Security", ["employer"], "A TV show."),
        (f"{B}/social/@monarowalker/1304", "Cooma TAFE campus", ["work_location"], "His own (non-Departmental) workplace."),
    ],
)


def q(s) -> str:
    return json.dumps(s, ensure_ascii=False)


def toml_for(name: str, p: dict) -> str:
    s = p["subject"]
    out = [f"# Ground truth for set-58 persona {name!r} (FICTIONAL). Written by _truth.py; edit there.",
           "# " + p["about"].replace("\n", " "), "", "[subject]",
           f"name = {q(s['name'])}", f"aliases = {q(s['aliases'])}", 'organisation = "dibp"',
           f"risk_band = {q(s['risk_band'])}", f"rank = {s['rank']}", ""]
    for path, plat in p["profiles"]:
        out += ["[[profiles]]", f"path = {q(path)}", f"platform = {q(plat)}", ""]
    for f in p["facts"]:
        cat, value, keys, urls = f[:4]
        extra = f[4] if len(f) > 4 else {}
        out += ["[[facts]]", f"category = {q(cat)}", f"value = {q(value)}", f"keys = {q(keys)}", f"urls = {q(urls)}"]
        if extra:
            out += [f"lat = {extra['lat']}", f"lon = {extra['lon']}", f"radius_m = {extra.get('radius_m', 150)}"]
        out.append("")
    for url, phrase, cats, why in p["decoys"]:
        out += ["[[decoys]]", f"url = {q(url)}", f"phrase = {q(phrase)}", f"not_categories = {q(cats)}",
                f"why = {q(why)}", ""]
    return "\n".join(out)


if __name__ == "__main__":
    counts = Counter()
    for name, p in P.items():
        (HERE / name / "persona.toml").write_text(toml_for(name, p), encoding="utf-8")
        counts.update(f[0] for f in p["facts"])
        print(name, p["subject"]["rank"], p["subject"]["risk_band"], len(p["facts"]), "facts", len(p["decoys"]), "decoys")
    print(sum(counts.values()), dict(sorted(counts.items())))
