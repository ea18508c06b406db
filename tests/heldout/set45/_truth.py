"""Ground truth of held-out set 45, written by hand against the rendered URLs; run to rewrite every persona.toml.

    .venv/bin/python tests/heldout/set45/_truth.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B = "{{BASE}}"


def ap(h, n=None):
    return f"{B}/social/@{h}" if n is None else f"{B}/social/@{h}/{n}"


def apid(h, n):
    return f"{B}/social/@{h}/statuses/{n}"


def post(slug, root="blog"):
    return f"{B}/{root}/posts/{slug}/"


def thread(path, tid):
    return f"{B}{path}t/{tid}/"


def F(category, value, keys, urls, **extra):
    return {"category": category, "value": value, "keys": keys, "urls": urls, **extra}


def D(url, phrase, cats, why):
    return {"url": url, "phrase": phrase, "not_categories": cats, "why": why}


T = {}

# 1 ---------------------------------------------------------------- ticketgoblin
h = "ticketgoblin"
T[h] = dict(
    subject=dict(name="Declan Huynh", aliases=[h, "@" + h, "declan (ticket goblin)"], risk_band="critical", rank=1),
    comment="Home Affairs ICT helpdesk analyst, Hackett ACT; shitposter. Work email as a profile field, "
            "place-tagged balcony note, outages told as jokes, a payday-advance app.",
    profiles=[dict(path=f"/social/@{h}", platform="activitypub")],
    facts=[
        F("employer", "Department of Home Affairs", ["home affairs", "service desk"], [ap(h), ap(h, 105)]),
        F("corporate_identifier", "declan.huynh@homeaffairs.gov.au", ["declan.huynh@homeaffairs.gov.au"], [ap(h)]),
        F("work_location", "Home Affairs Belconnen office", ["belco"], [ap(h, 113)]),
        F("home_location", "Hackett ACT", ["hackett"], [ap(h), ap(h, 107), apid(h, 107)], lat=-35.2484, lon=149.1635),
        F("geotag", "-35.2484, 149.1635 (Hackett)", ["hackett"], [ap(h, 107), apid(h, 107)], lat=-35.2484, lon=149.1635),
        F("routine", "early/late roster (0630 earlies, 11 till 7 lates); Thursday 7pm trivia at the Dickson Tradies",
          ["0630", "early late early late", "11 till 7", "thursday 7pm", "dickson tradies"], [ap(h, 102), ap(h, 106)]),
        F("systems_information", "ticketing system ('the Potato') dropping attachments; remote access outage locking "
          "airport officers out of passenger screens", ["potato", "remote access box", "passenger screens"],
          [ap(h, 101), ap(h, 103)]),
        F("systems_information", "identical default passwords for all new starters",
          ["new starter passwords", "season-and-year"], [ap(h, 104)]),
        F("official_information", "service desk (22 staff) to be outsourced in July, unannounced",
          ["handed to a vendor", "22 of us", "nobody has been told officially"], [ap(h, 108)]),
        F("colleague", "Bronte (team lead)", ["bronte"], [ap(h, 105), ap(h, 106)]),
        F("vulnerability", "repeated payday advances (SpotMe), fees eating him", ["spotme", "till payday", "fees are eating me"],
          [ap(h, 109)]),
        F("family", "Linh (sister)", ["linh"], [ap(h, 110)]),
        F("associate", "Oisin (housemate)", ["oisin"], [ap(h, 111)]),
        F("personal_contact", "Discord @ticketgoblin_", ["@ticketgoblin_", "ticketgoblin_"], [ap(h)]),
    ],
    decoys=[
        D(ap(h, 111), "department store", ["employer", "work_location"], "A shop, where he bought a wok."),
        D(ap(h, 112), "Border Security", ["official_information"], "A TV show he watches."),
    ],
)

# 2 ---------------------------------------------------------------- barraboof
h, fp = "barraboof", "/forum/u/barra_boof/"
HOME2 = (-12.5080, 130.9745)
T[h] = dict(
    subject=dict(name="Wayne Kellerman", aliases=["barra_boof", "Wayne"], risk_band="critical", rank=2),
    comment="ABF armourer, Darwin, Moulden; fishing forum. Armoury audit yarn, a register on a print-out, a "
            "repossessed Hilux after a separation, work email for a club talk, GPS photos at home.",
    profiles=[dict(path=fp, platform="html")],
    facts=[
        F("employer", "Australian Border Force (armourer)", ["ABF", "armoury", "armourer"], [f"{B}{fp}", thread(fp, 503)]),
        F("work_location", "ABF armoury, Winnellie", ["winnellie"], [thread(fp, 503)]),
        F("official_information", "armoury audit: two Glock 17s from the Marine Unit boats with mismatched serials",
          ["glock", "audit week", "serials"], [thread(fp, 503)]),
        F("systems_information", "weapons register on an offline laptop, printed and ticked by hand; key safe code "
          "unchanged since 2019", ["register lives on a laptop", "key safe", "same code since 2019"], [thread(fp, 503)]),
        F("colleague", "Stretch (fellow armourer)", ["stretch"], [thread(fp, 503)]),
        F("official_contact", "wayne.kellerman@abf.gov.au", ["wayne.kellerman@abf.gov.au"], [thread(fp, 506)]),
        F("routine", "four tens, Mon-Thu 6 till 4:30; Sunday 5:30 at the Buffalo Creek ramp",
          ["four tens", "6 till 4:30", "buffalo creek by 5:30", "usual sunday"], [thread(fp, 501), thread(fp, 502)]),
        F("associate", "Dazza (fishing mate)", ["dazza"], [thread(fp, 501)]),
        F("family", "Kobe (son)", ["kobe"], [thread(fp, 505)]),
        F("family", "Shaz (ex-partner)", ["shaz"], [thread(fp, 504)]),
        F("vulnerability", "Hilux repossessed, three payments behind after a separation; needs cash",
          ["took the hilux back", "three payments behind", "since shaz left", "need the cash"],
          [thread(fp, 504), thread(fp, 507)]),
        F("personal_contact", "0491 570 238", ["0491 570 238"], [thread(fp, 507)]),
        F("home_location", "Moulden, Palmerston NT", ["moulden", "palmo"],
          [thread(fp, 507), f"{B}{fp}", thread(fp, 505), f"{B}/media/kobe-barra.jpg", f"{B}/media/tinny-driveway.jpg"],
          lat=HOME2[0], lon=HOME2[1]),
        F("geotag", "-12.5080, 130.9745 (photos at home, Moulden)", ["back home with it on the lawn"],
          [f"{B}/media/kobe-barra.jpg", thread(fp, 505), f"{B}/media/tinny-driveway.jpg", thread(fp, 507)],
          lat=HOME2[0], lon=HOME2[1]),
    ],
    decoys=[
        D(thread(fp, 508), "border collie", ["employer"], "A mate's dog."),
        D(thread(fp, 503), "Dili", ["work_location"], "Where the boats were, not his posting."),
    ],
)

# 3 ---------------------------------------------------------------- bellparkfig
h = "bellparkfig"
HOME3 = (-38.1065, 144.3390)
T[h] = dict(
    subject=dict(name="Despina Karras", aliases=["Despina"], risk_band="high", rank=3),
    comment="Greek-Australian ABF biosecurity liaison officer at the Tullamarine mail centre, Bell Park; "
            "food-and-family blog with an h-card, georss at home, a seizure war story, 'Medusa'.",
    profiles=[dict(path="/blog/", platform="html")],
    facts=[
        F("employer", "Australian Border Force (biosecurity liaison officer)",
          ["australian border force", "biosecurity liaison officer"], [f"{B}/blog/"]),
        F("work_location", "Tullamarine mail centre", ["tullamarine mail centre", "tullamarine"],
          [post("loukaniko"), post("the-train")]),
        F("official_information", "one Cyprus flight's parcels: 41 lots of loukaniko, honey, seeds, a pig's head seized; "
          "four on the line for 900 items; liaison officers moved to rotating nights",
          ["41 lots of loukaniko", "pig's head", "we seized the lot", "four of us on the line", "rotating nights"],
          [post("loukaniko"), post("furniture")]),
        F("systems_information", "x-ray image server ('Medusa') froze for four hours",
          ["medusa", "x-ray image server"], [post("loukaniko")]),
        F("colleague", "Hamish (supervisor)", ["hamish"], [post("loukaniko")]),
        F("official_contact", "despina.karras@abf.gov.au", ["despina.karras@abf.gov.au"], [post("parcels-from-greece")]),
        F("routine", "5:52 V/Line from North Shore, three night shifts a week, home at 7am",
          ["5:52", "north shore", "three nights a week"], [post("the-train")]),
        F("home_location", "Bell Park VIC (Geelong)", ["bell park", "geelong"],
          [f"{B}/blog/", post("the-fig-tree"), f"{B}/blog/feed.xml"], lat=HOME3[0], lon=HOME3[1]),
        F("geotag", "-38.1065, 144.3390 (georss on the fig-tree post)", ["-38.1065 144.339", "fig"],
          [f"{B}/blog/feed.xml", post("the-fig-tree")], lat=HOME3[0], lon=HOME3[1]),
        F("family", "Kostas (husband)", ["kostas"], [post("the-fig-tree"), post("kids")]),
        F("family", "Eleni (daughter)", ["eleni"], [post("kids")]),
        F("family", "Nikos (son)", ["nikos"], [post("kids")]),
        F("associate", "Voula (koumbara)", ["voula"], [post("loukaniko"), post("department-store")]),
        F("vulnerability", "grievance: moved to rotating nights without consultation after 19 years, 'like furniture'",
          ["nobody asked", "feel like furniture", "forgot to throw out"], [post("furniture")]),
    ],
    decoys=[
        D(post("department-store"), "department store", ["employer", "work_location"], "A shopping centre stall."),
        D(post("department-store"), "Border collie", ["employer"], "A dog."),
        D(post("the-train"), "Agios Nikolaos", ["work_location"], "Her church."),
    ],
)

# 4 ---------------------------------------------------------------- papertrails
h = "papertrails"
HOME4 = (-35.2400, 149.1570)
T[h] = dict(
    subject=dict(name="Tom Whitcombe", aliases=["Tom"], risk_band="high", rank=5),
    comment="Home Affairs records manager, Watson ACT; reflective blog whose feed author is his work email; "
            "detention health files water-damaged, 40,000 records unmarked after a migration, mortgage stress.",
    profiles=[dict(path="/blog/", platform="html")],
    facts=[
        F("employer", "Department of Home Affairs (records manager)", ["records manager at home affairs", "home affairs"],
          [post("on-keeping")]),
        F("corporate_identifier", "tom.whitcombe@homeaffairs.gov.au (feed author)", ["tom.whitcombe@homeaffairs.gov.au"],
          [f"{B}/blog/feed.xml", f"{B}/blog/"] + [post(s) for s in ("on-keeping", "the-freeze", "the-vault",
                                                                  "the-garden", "arithmetic", "border-security")]),
        F("work_location", "Home Affairs Belconnen office", ["belconnen office", "belconnen"], [post("on-keeping")]),
        F("official_information", "disposal freeze; ~3,000 boxes of offshore detention health files water-damaged in a "
          "Hume warehouse, unreported", ["disposal freeze", "detention health files", "hume", "water damaged"],
          [post("the-freeze")]),
        F("systems_information", "records system ('the Vault') migrated; 40,000 records without security markings, "
          "open to anyone in the department", ["the vault", "forty thousand records", "security markings"],
          [post("the-vault")]),
        F("colleague", "Priya Nandakumar (director)", ["priya nandakumar", "priya"], [post("the-vault")]),
        F("routine", "7:40 light rail from Dickson on weekdays; Friday 6am swim at Dickson pool",
          ["7:40 light rail", "dickson pool at 6", "on fridays"], [post("on-keeping"), post("arithmetic")]),
        F("home_location", "Watson ACT", ["watson"], [f"{B}/blog/", post("the-garden"), f"{B}/blog/feed.xml"],
          lat=HOME4[0], lon=HOME4[1]),
        F("geotag", "-35.2400, 149.1570 (georss on the garden post)", ["-35.24 149.157", "watson"],
          [f"{B}/blog/feed.xml", post("the-garden")], lat=HOME4[0], lon=HOME4[1]),
        F("family", "Alan (husband)", ["alan"], [post("the-garden")]),
        F("family", "Rosie (daughter)", ["rosie", "dickson college"], [post("the-garden")]),
        F("associate", "Ferdie (swimming friend)", ["ferdie"], [post("arithmetic")]),
        F("vulnerability", "repayments up $900 a month; secret rideshare driving", ["nine hundred dollars a month",
          "not told work", "doing sums"], [post("arithmetic")]),
    ],
    decoys=[
        D(post("border-security"), "Border Security on TV", ["official_information", "employer"], "A TV show."),
        D(post("on-keeping"), "regional council", ["employer"], "A former employer."),
    ],
)

# 5 ---------------------------------------------------------------- lastshift
h = "lastshiftbrian"
T["lastshift"] = dict(
    subject=dict(name="Brian Costigan", aliases=[h, "@" + h, "Brian C."], risk_band="high", rank=4),
    comment="Home Affairs detention liaison officer, North West Point, Christmas Island; counting down shifts; "
            "charter arrivals, 'Dory' down on the sat link, drinking alone, a place-tagged verandah note.",
    profiles=[dict(path=f"/social/@{h}", platform="activitypub")],
    facts=[
        F("employer", "Department of Home Affairs (detention liaison officer)", ["home affairs", "detention liaison",
          "the ABF"], [ap(h, 301)]),
        F("work_location", "North West Point detention centre, Christmas Island", ["north west point", "the centre"],
          [ap(h, 301), ap(h, 302)]),
        F("official_information", "12 arrivals on Thursday's Perth charter, two s501 returnees, numbers up to 96",
          ["12 new arrivals", "s501", "numbers up to 96", "charter"], [ap(h, 303)]),
        F("systems_information", "sat link down nine hours; detainee management system ('Dory') down, paper headcounts",
          ["dory", "sat link", "detainee management system"], [ap(h, 304)]),
        F("colleague", "Lena Faleolo (offsider)", ["lena faleolo", "lena"], [ap(h, 306)]),
        F("routine", "three weeks on, one off; 6am bus to the centre, back 6:30pm",
          ["three weeks on", "6am bus", "6:30pm"], [ap(h, 302)]),
        F("home_location", "Drumsite, Christmas Island", ["drumsite"], [ap(h, 305), apid(h, 305)],
          lat=-10.4320, lon=105.6880),
        F("geotag", "-10.4320, 105.6880 (Drumsite)", ["drumsite"], [ap(h, 305), apid(h, 305)], lat=-10.4320, lon=105.6880),
        F("family", "Carol (wife)", ["carol"], [ap(h, 307), ap(h, 308)]),
        F("family", "Mia (granddaughter)", ["mia"], [ap(h, 307)]),
        F("vulnerability", "isolated, drinking from 4pm on days off, hidden from his wife",
          ["red comes out by 4", "nobody much to talk to", "doesn't need to know"], [ap(h, 308)]),
        F("associate", "Rusty Tan (golf mate)", ["rusty tan", "rusty"], [ap(h, 309)]),
        F("personal_contact", "brian.costigan@mailbox.example", ["brian.costigan@mailbox.example"], [ap(h)]),
    ],
    decoys=[
        D(ap(h, 310), "Border Security", ["official_information"], "A TV rerun."),
    ],
)

# 6 ---------------------------------------------------------------- islandmum
h = "islandmum"
T[h] = dict(
    subject=dict(name="Miriam Tabo", aliases=["Miriam"], risk_band="high", rank=6),
    comment="Home Affairs Torres Strait Treaty liaison officer, Tamwoy, Thursday Island; parenting blog, h-card "
            "job; movement-card checks at a festival; kids' school run; behind on bills; a phone for clothes.",
    profiles=[dict(path="/blog/", platform="html")],
    facts=[
        F("employer", "Department of Home Affairs (Treaty liaison officer)", ["department of home affairs",
          "treaty liaison officer"], [f"{B}/blog/"]),
        F("work_location", "Home Affairs office, Douglas Street, Thursday Island", ["douglas street"],
          [post("festival-week")]),
        F("official_information", "~200 traditional visitors from PNG treaty villages for the Saibai festival; six from "
          "non-treaty villages sent back", ["movement card", "two hundred traditional visitors", "send them back",
          "treaty villages"], [post("festival-week")]),
        F("colleague", "Aunty Lil (front counter)", ["aunty lil", "lil"], [post("festival-week")]),
        F("home_location", "Tamwoy, Thursday Island QLD", ["tamwoy"], [f"{B}/blog/", post("meet-the-crew")]),
        F("routine", "school run 8:20, at her desk 8:45 weekdays; Saturday netball from 8",
          ["8:20", "desk by 8:45", "saturday mornings are netball"], [post("school-run")]),
        F("family", "Steve (partner)", ["steve", "other half"], [post("meet-the-crew"), post("school-run")]),
        F("family", "Tayla (daughter)", ["tayla"], [post("meet-the-crew"), post("prices")]),
        F("family", "Josiah (son)", ["josiah"], [post("meet-the-crew"), post("school-run")]),
        F("vulnerability", "two months behind on the power bill, can't cover school camp", ["behind on the power bill",
          "camp money"], [post("prices")]),
        F("personal_contact", "0491 570 412", ["0491 570 412"], [post("clothes")]),
    ],
    decoys=[
        D(post("border-collie"), "Customs", ["employer", "colleague"], "The name of a dog."),
        D(post("border-collie"), "border collie", ["employer"], "A dog."),
    ],
)

# 7 ---------------------------------------------------------------- gradrotation
h, pp = "ngaiob", "/about/ngaio"
T["gradrotation"] = dict(
    subject=dict(name="Ngaio Barrett", aliases=[h, "@" + h], risk_band="moderate", rank=7),
    comment="Home Affairs graduate, first rotation, Turner ACT; 'about me' page with JSON-LD and her work email; "
            "posts on a ministerial brief and 'Grandpa'.",
    profiles=[dict(path=pp, platform="html"), dict(path=f"/social/@{h}", platform="activitypub")],
    facts=[
        F("employer", "Department of Home Affairs (graduate)", ["department of home affairs", "graduate program"],
          [f"{B}{pp}"]),
        F("official_contact", "ngaio.barrett@homeaffairs.gov.au", ["ngaio.barrett@homeaffairs.gov.au"], [f"{B}{pp}"]),
        F("official_information", "ministerial brief on patrol boat replacement with a cost blowout, due Thursday",
          ["ministerial brief", "patrol boat replacement", "cost blowout"], [ap(h, 701)]),
        F("systems_information", "brief tracking in an old Lotus Notes database ('Grandpa'), crashes, no backups since 2021",
          ["lotus notes", "grandpa", "no backups"], [ap(h, 702)]),
        F("routine", "Tuesday 6pm ultimate at Haig Park", ["tuesday 6pm", "haig park"], [ap(h, 703)]),
        F("home_location", "Turner, Canberra", ["turner"], [f"{B}{pp}"]),
        F("associate", "Jules (housemate)", ["jules"], [ap(h, 704)]),
        F("colleague", "Dev (rotation supervisor)", ["dev"], [ap(h, 705)]),
        F("personal_contact", "Signal 0491 570 377", ["0491 570 377"], [ap(h)]),
    ],
    decoys=[
        D(ap(h, 706), "department store", ["employer", "work_location"], "A shop, a stranger's guess."),
    ],
)

# 8 ---------------------------------------------------------------- twilightcrew
h, pp = "faridasails", "/crew/farida-rahimi"
T["twilightcrew"] = dict(
    subject=dict(name="Farida Rahimi", aliases=[h, "@" + h], risk_band="moderate", rank=8),
    comment="Home Affairs humanitarian settlement officer, Darwin, Rapid Creek; sailing club crew register "
            "(third person, work mobile) and her posts.",
    profiles=[dict(path=pp, platform="html"), dict(path=f"/social/@{h}", platform="activitypub")],
    facts=[
        F("employer", "Department of Home Affairs (humanitarian settlement)", ["department of home affairs",
          "humanitarian settlement team"], [f"{B}{pp}"]),
        F("official_contact", "work mobile 0491 570 590", ["0491 570 590"], [f"{B}{pp}"]),
        F("official_information", "40 Afghan families settled this quarter, housing for ~25 of the next",
          ["40 afghan families", "housing for maybe 25"], [ap(h, 1001)]),
        F("home_location", "Rapid Creek, Darwin", ["rapid creek"], [f"{B}{pp}", ap(h, 1004)]),
        F("routine", "Thursday twilight races, 5:30pm start", ["thursday twilight", "5:30pm"], [f"{B}{pp}"]),
        F("associate", "Col Brannigan (skipper)", ["col brannigan", "col"], [f"{B}{pp}", ap(h, 1003)]),
        F("family", "Omid (brother)", ["omid"], [ap(h, 1002)]),
    ],
    decoys=[
        D(ap(h, 1002), "citizenship test", ["official_information"], "Her brother's own test."),
    ],
)

# 9 ---------------------------------------------------------------- avalonfrost
h = "rhys_lara"
T["avalonfrost"] = dict(
    subject=dict(name="Rhys Albury", aliases=[h, "@" + h, "Rhys A"], risk_band="moderate", rank=9),
    comment="ABF officer at Avalon Airport, Lara; photo-first posts; GPS photo of his front lawn; staffing for a flight.",
    profiles=[dict(path=f"/social/@{h}", platform="activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["ABF"], [ap(h)]),
        F("work_location", "Avalon Airport", ["avalon"], [ap(h)]),
        F("home_location", "Lara VIC", ["lara"], [ap(h), ap(h, 801), f"{B}/media/frost-lawn.jpg"],
          lat=-38.0220, lon=144.4090),
        F("geotag", "-38.0220, 144.4090 (frost-lawn.jpg)", ["front lawn"], [f"{B}/media/frost-lawn.jpg", ap(h, 801)],
          lat=-38.0220, lon=144.4090),
        F("routine", "alarm 4:10 Tuesdays and Fridays for the 6:15 KL flight", ["4:10", "tuesday and friday", "kl flight"],
          [ap(h, 802)]),
        F("official_information", "two officers on primary for a full flight of 360", ["two of us on", "360 through primary"],
          [ap(h, 803)]),
        F("family", "Harper (daughter)", ["harper"], [ap(h, 801), ap(h, 804)]),
        F("family", "Leo (son)", ["leo"], [ap(h, 804)]),
    ],
    decoys=[],
)

# 10 ---------------------------------------------------------------- govetracks
h, fp = "govetracks", "/forum/members/kirra_m/"
T[h] = dict(
    subject=dict(name="Kirra Matthews", aliases=["kirra_m"], risk_band="moderate", rank=10),
    comment="ABF officer at the port of Gove, Nhulunbuy; 4WD forum with inline posts; registered with her work email.",
    profiles=[dict(path=fp, platform="html")],
    facts=[
        F("employer", "Australian Border Force", ["border force officer"], [thread(fp, 901)]),
        F("work_location", "Gove port (Nhulunbuy)", ["gove port"], [thread(fp, 901)]),
        F("corporate_identifier", "kirra.matthews@abf.gov.au (forum registration)", ["kirra.matthews@abf.gov.au"],
          [thread(fp, 902)]),
        F("home_location", "Nhulunbuy NT", ["nhulunbuy"], [thread(fp, 903), thread(fp, 905)]),
        F("routine", "Cape Arnhem every second weekend, leaving Nhulunbuy 6am Saturday",
          ["every second weekend", "6am saturday"], [thread(fp, 903)]),
        F("family", "Jase (partner)", ["jase"], [thread(fp, 903)]),
        F("associate", "Tahnee Rioli (camping friend)", ["tahnee rioli", "tahnee"], [thread(fp, 904)]),
        F("personal_contact", "kirra.m@outback.example", ["kirra.m@outback.example"], [thread(fp, 905)]),
    ],
    decoys=[
        D(thread(fp, 904), "Customs of the place", ["employer"], "Local custom, not the agency."),
    ],
)

# 11 ---------------------------------------------------------------- quarantinedarwin (control)
h = "jodiep_nt"
T["quarantinedarwin"] = dict(
    subject=dict(name="Jodie Pastorelli", aliases=[h, "@" + h], risk_band="low", rank=11),
    comment="NEGATIVE CONTROL: an agriculture-department biosecurity officer at Darwin Airport, Anula; works "
            "beside Border Force, is not Home Affairs staff.",
    profiles=[dict(path=f"/social/@{h}", platform="activitypub")],
    facts=[
        F("home_location", "Anula, Darwin", ["anula"], [ap(h)]),
        F("personal_contact", "jodie.pastorelli@tropicmail.example", ["jodie.pastorelli@tropicmail.example"], [ap(h)]),
        F("routine", "Wednesday 6pm touch at Marrara", ["wednesday 6pm", "marrara"], [ap(h, 1102)]),
        F("family", "Ella (daughter)", ["ella"], [ap(h, 1104), ap(h, 1106)]),
    ],
    decoys=[
        D(ap(h), "Biosecurity officer (Agriculture, not Border Force", ["employer"], "Her own, other, employer."),
        D(ap(h, 1101), "Border Force officers at the airport", ["employer", "colleague", "work_location"],
          "The other agency at her airport."),
        D(ap(h, 1103), "new cargo inspection app crashed", ["systems_information"], "Agriculture's app, not the Department's."),
        D(ap(h, 1103), "Our department", ["employer"], "Agriculture."),
        D(ap(h, 1105), "border collie", ["employer"], "A dog."),
        D(ap(h, 1106), "Border Security", ["employer", "official_information"], "A TV show."),
    ],
)

# 12 ---------------------------------------------------------------- kampongangler (control)
h, fp = "kampongangler", "/forum/u/azlan_xi/"
T[h] = dict(
    subject=dict(name="Azlan Hashim", aliases=["azlan_xi"], risk_band="low", rank=12),
    comment="NEGATIVE CONTROL: phosphate-mine truck driver, Christmas Island, the Kampong; fishing forum; the "
            "detention centre, a Border Force boat and the charter flight are scenery.",
    profiles=[dict(path=fp, platform="html")],
    facts=[
        F("home_location", "the Kampong, Christmas Island", ["kampong"], [thread(fp, 1203)]),
        F("family", "Noraini (wife)", ["noraini"], [thread(fp, 1203)]),
        F("family", "Faisal (cousin)", ["faisal"], [thread(fp, 1201)]),
        F("routine", "Sunday first light out of Flying Fish Cove", ["first light sunday", "flying fish cove"],
          [thread(fp, 1201)]),
    ],
    decoys=[
        D(thread(fp, 1202), "detention centre out at North West Point", ["employer", "work_location",
          "official_information"], "Driving past it to a fishing spot."),
        D(thread(fp, 1202), "Border Force boat", ["employer", "official_information", "colleague"], "Scenery."),
        D(thread(fp, 1204), "customs declaration", ["employer", "official_information"], "A traveller's question."),
        D(thread(fp, 1204), "charter flight", ["official_information", "work_location"], "His own flight to Perth."),
        D(thread(fp, 1205), "department store", ["employer", "work_location"], "A shop."),
        D(thread(fp, 1205), "Shift started late", ["routine"], "A one-off late start at the mine, no time or place."),
    ],
)

# 13 ---------------------------------------------------------------- ceremonynotes (control)
h = "ceremonynotes"
HOME13 = (-38.1330, 144.3290)
T[h] = dict(
    subject=dict(name="Bernadette Vukovic", aliases=["Bern"], risk_band="low", rank=13),
    comment="NEGATIVE CONTROL: council events officer who runs citizenship ceremonies, Herne Hill, Geelong; "
            "Home Affairs sends her lists; she is not its staff.",
    profiles=[dict(path="/notes/", platform="html")],
    facts=[
        F("home_location", "Herne Hill VIC (Geelong)", ["herne hill"], [f"{B}/notes/", post("garden", "notes"),
          f"{B}/notes/feed.xml"], lat=HOME13[0], lon=HOME13[1]),
        F("geotag", "-38.1330, 144.3290 (georss on the garden post)", ["-38.133 144.329", "garden"],
          [f"{B}/notes/feed.xml", post("garden", "notes")], lat=HOME13[0], lon=HOME13[1]),
        F("family", "Dragan (partner)", ["dragan"], [post("the-pledge", "notes")]),
        F("routine", "Sunday 9am Herne Hill garden club swap", ["sunday mornings", "at 9"], [post("garden", "notes")]),
        F("personal_contact", "bern.vukovic@postbox.example", ["bern.vukovic@postbox.example"], [post("forms", "notes")]),
    ],
    decoys=[
        D(post("three-hundred", "notes"), "Home Affairs sends us the conferee list", ["employer", "official_information"],
          "A council receiving the Department's list."),
        D(post("three-hundred", "notes"), "council events team", ["employer", "colleague"], "Her own employer, a council."),
        D(post("forms", "notes"), "That's the Department, through ImmiAccount", ["employer", "systems_information"],
          "A public portal, named to redirect people."),
        D(post("border-collie", "notes"), "department store", ["employer", "work_location"], "A shop."),
        D(post("border-collie", "notes"), "Border Security", ["employer", "official_information"], "A TV show."),
        D(post("three-hundred", "notes"), "Nobody from the Department was there", ["colleague", "employer"], "No one named."),
    ],
)


def _val(v):
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    return "[" + ", ".join(_val(x) for x in v) + "]"


def write(name: str, t: dict) -> None:
    s = t["subject"]
    lines = [f"# Ground truth for held-out persona {name!r} (set 45, FICTIONAL). Generated by ../_truth.py.",
             "# " + t["comment"], "", "[subject]"]
    for k in ("name", "aliases"):
        lines.append(f"{k} = {_val(s[k])}")
    lines += ['organisation = "dibp"', f"risk_band = {_val(s['risk_band'])}", f"rank = {s['rank']}", ""]
    for p in t["profiles"]:
        lines += ["[[profiles]]", f"path = {_val(p['path'])}", f"platform = {_val(p['platform'])}", ""]
    for f in t["facts"]:
        lines.append("[[facts]]")
        for k in ("category", "value", "keys", "urls", "lat", "lon", "radius_m"):
            if k in f:
                lines.append(f"{k} = {_val(f[k])}")
        lines.append("")
    for d in t["decoys"]:
        lines += ["[[decoys]]", f"url = {_val(d['url'])}", f"phrase = {_val(d['phrase'])}",
                  f"not_categories = {_val(d['not_categories'])}", f"why = {_val(d['why'])}", ""]
    (HERE / name / "persona.toml").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    from collections import Counter
    c = Counter()
    for n, t in T.items():
        write(n, t)
        c.update(f["category"] for f in t["facts"])
    print(sum(c.values()), dict(sorted(c.items())))
