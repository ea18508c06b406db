"""Write every set-52 persona.toml from the tables below (ground truth written by hand, blind).

    .venv/bin/python tests/heldout/set52/_truth.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B = "{{BASE}}"


def F(cat, value, keys, urls, lat=None, lon=None, radius=150):
    d = {"category": cat, "value": value, "keys": keys, "urls": urls}
    if lat is not None:
        d.update(lat=lat, lon=lon, radius_m=radius)
    return d


def D(url, phrase, nots, why):
    return {"url": url, "phrase": phrase, "not_categories": nots, "why": why}


P = {}

# --- bomaderrystores --------------------------------------------------------------
a = f"{B}/social/@keelz_v"
n = lambda i: f"{a}/{i}"  # noqa: E731
s = lambda i: f"{a}/statuses/{i}"  # noqa: E731
HOME = (-34.85210, 150.60380)
P["bomaderrystores"] = dict(
    note="ABF Marine Unit stores officer at a Port Kembla depot, home in Bomaderry; emoji captions, two backyard GPS photos.",
    subject=dict(name="Keely Vanstone", aliases=["keelz_v", "@keelz_v", "Keelz"], risk_band="critical", rank=1),
    profiles=[dict(path="/social/@keelz_v", platform="activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["ABF Marine Unit", "Marine Unit"], [a, n(6107)]),
        F("corporate_identifier", "keely.vanstone@abf.gov.au", ["keely.vanstone@abf.gov.au"], [a]),
        F("work_location", "Port Kembla depot", ["Port Kembla depot", "Port Kembla"], [n(6101)]),
        F("home_location", "Bomaderry NSW", ["Bomaderry"], [n(6101), n(6112), f"{B}/media/keelz-backyard.jpg", n(6106),
          s(6106), f"{B}/media/keelz-night.jpg", n(6111), s(6111)], *HOME),
        F("geotag", "-34.8521, 150.6038 (backyard)", ["keelz-backyard.jpg", "keelz-night.jpg"],
          [f"{B}/media/keelz-backyard.jpg", n(6106), s(6106), f"{B}/media/keelz-night.jpg", n(6111), s(6111)], *HOME),
        F("routine", "5:05 train from Bomaderry via Kiama, at work by 7:15; Thursday netball 6:30pm",
          ["5:05 train", "by 7:15", "netball 6:30pm", "Thursday = netball"], [n(6101), n(6110)]),
        F("official_information", "two Cape boats deploying north on Tuesday for four weeks, with what was loaded",
          ["Cape boats heading out Tuesday", "4 weeks up north", "spare FLIR"], [n(6103)]),
        F("official_information", "three night vision kits missing off the register", ["night vision kits", "loss report"],
          [n(6108)]),
        F("systems_information", "the Sapper (old SAP stock system) crashing; handheld scanners that can't sync on the shed wifi",
          ["the Sapper", "stock system", "handheld scanners", "RFID tags"], [n(6102), n(6109)]),
        F("family", "Dean (husband)", ["Dean"], [n(6104), n(6105)]),
        F("family", "Mia (daughter)", ["Mia"], [n(6104), n(6112)]),
        F("family", "Jack (son)", ["Jack"], [n(6104)]),
        F("colleague", "Warren Pask (supervisor)", ["Warren Pask", "Wazza"], [n(6107), n(6108), n(6109)]),
        F("associate", "Shanae Kirk (friend)", ["Shanae Kirk", "Shay"], [n(6111)]),
        F("vulnerability", "debt: card and Afterpay maxed, mortgage, husband's shifts cut",
          ["card maxed", "Afterpay maxed", "mortgage does not care"], [n(6105)]),
        F("personal_contact", "0491 570 112", ["0491 570 112"], [n(6112)]),
    ],
    decoys=[
        D(n(6113), "department store", ["employer", "work_location"], "A shop."),
        D(n(6113), "border collie", ["employer", "colleague"], "A calendar of dogs."),
        D(n(6114), "Border Security", ["employer", "official_information"], "A TV show."),
    ],
)

# --- hopkinshooker ----------------------------------------------------------------
a = f"{B}/members/hopkins_hooker/"
t = lambda i: f"{a}t/{i}/"  # noqa: E731
P["hopkinshooker"] = dict(
    note="Home Affairs visa compliance field officer (Geelong office), Dennington; fishing-report forum.",
    subject=dict(name="Rhys Tonkin", aliases=["hopkins_hooker"], risk_band="critical", rank=2),
    profiles=[dict(path="/members/hopkins_hooker/", platform="html")],
    facts=[
        F("corporate_identifier", "rhys.tonkin@homeaffairs.gov.au", ["rhys.tonkin@homeaffairs.gov.au"], [a]),
        F("home_location", "Dennington, Warrnambool VIC", ["Dennington"], [a]),
        F("employer", "Department of Home Affairs", ["compliance field officer with Home Affairs", "Home Affairs"],
          [t(8802)]),
        F("work_location", "Geelong office", ["Geelong office"], [t(8802)]),
        F("official_information", "upcoming 5am operation at a Portland abattoir, six officers, 11 overstayers; a Mildura vineyard job",
          ["abattoir", "11 overstayers", "vineyard near Mildura"], [t(8803)]),
        F("systems_information", "field tablets with no signal past Heywood; the visa lookup 'the Oracle'; locked-down tablets",
          ["the Oracle", "field tablets", "visa lookup"], [t(8804)]),
        F("colleague", "Priyanka Sethi (offsider)", ["Priyanka Sethi", "Priyanka"], [t(8804)]),
        F("vulnerability", "separated, child support and rent, tight budget",
          ["Separated since March", "child support"], [t(8805)]),
        F("personal_contact", "0491 570 268", ["0491 570 268"], [t(8805)]),
        F("family", "Cody (son)", ["Cody"], [t(8801)]),
        F("family", "Shane (brother)", ["Shane"], [t(8806), t(8808)]),
        F("routine", "every Sunday at Logans Beach at first light; on the road Monday to Thursday, out the door by 6",
          ["Every Sunday I'm at Logans Beach", "first light", "out the door by 6", "Monday to Thursday"],
          [t(8806), t(8802)]),
        F("associate", "Darren Rowe (mate)", ["Darren Rowe", "Dusty"], [t(8807)]),
    ],
    decoys=[
        D(t(8806), "Fisheries officers", ["colleague", "employer", "official_information"], "State fisheries checking bag limits."),
        D(t(8807), "Border Security", ["employer", "official_information"], "TV reruns."),
        D(t(8808), "border collie", ["employer", "colleague"], "His brother's dog."),
    ],
)

# --- lithgowreno ------------------------------------------------------------------
a = f"{B}/blog/"
p = lambda slug: f"{a}posts/{slug}/"  # noqa: E731
feed = f"{B}/blog/feed.xml"
HOME = (-33.4947, 150.1319)
P["lithgowreno"] = dict(
    note="Home Affairs data analyst, WFH in Bowenfels (Lithgow), Parramatta office on Tuesdays; renovation blog.",
    subject=dict(name="Fern Adeyemi-Walsh", aliases=["Fern"], risk_band="high", rank=3),
    profiles=[dict(path="/blog/", platform="html")],
    facts=[
        F("employer", "Department of Home Affairs", ["Department of Home Affairs", "Data Analyst"], [a]),
        F("home_location", "Bowenfels, Lithgow NSW", ["Bowenfels", "Lithgow"], [a, p("wfh-nook"), feed], *HOME),
        F("geotag", "-33.4947, 150.1319 (the work-from-home nook)", ["-33.4947 150.1319"], [feed, p("wfh-nook")], *HOME),
        F("work_location", "Parramatta office", ["Parramatta office"], [p("tuesday-train")]),
        F("routine", "Tuesdays in the office: the 5:22 from Lithgow, Parramatta by 8:10, the 5:40 home",
          ["5:22 from Lithgow", "Tuesdays are office days", "the 5:40 train home"], [p("tuesday-train")]),
        F("family", "Josh (partner)", ["Josh", "other half"], [p("demo-day"), p("kitchen-budget")]),
        F("family", "Terry (father)", ["Terry"], [p("helpers")]),
        F("colleague", "Anjali Perera (team lead)", ["Anjali Perera", "Anjali"], [p("helpers")]),
        F("associate", "Bev Hollis (neighbour)", ["Bev Hollis", "Bev"], [p("helpers")]),
        F("vulnerability", "renovation debt: second redraw, personal loan, $38k quote against $9k",
          ["second redraw", "personal loan", "$38k"], [p("kitchen-budget")]),
        F("systems_information", "department VPN and token; the Swamp, an old Teradata analytics warehouse timing out",
          ["the Swamp", "Teradata", "department VPN"], [p("wfh-nook")]),
        F("official_information", "dashboard of character-ground visa cancellations for the Minister's office, up about 40%",
          ["visa cancellations on character grounds", "up about 40%"], [p("dashboard-brain")]),
        F("personal_contact", "0491 570 345", ["0491 570 345"], [p("bath-for-sale")]),
    ],
    decoys=[
        D(p("bath-for-sale"), "department store", ["employer", "work_location"], "A mirror from a shop."),
    ],
)

# --- originemerald ----------------------------------------------------------------
a = f"{B}/social/@brodiek_emd"
n = lambda i: f"{a}/{i}"  # noqa: E731
s = lambda i: f"{a}/statuses/{i}"  # noqa: E731
HOME = (-23.5263, 148.1587)
P["originemerald"] = dict(
    note="ABF trade-enforcement investigator working from Emerald QLD; running Origin commentary.",
    subject=dict(name="Brodie Kaczmarek", aliases=["brodiek_emd", "@brodiek_emd"], risk_band="high", rank=4),
    profiles=[dict(path="/social/@brodiek_emd", platform="activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["Border Force", "Trade investigator"], [a]),
        F("home_location", "Emerald QLD", ["Emerald"], [a, n(7201), s(7201)], *HOME),
        F("geotag", "-23.5263, 148.1587 (backyard, place 'Home')", ["-23.5263"], [n(7201), s(7201)], *HOME),
        F("family", "Kayla (wife)", ["Kayla", "missus"], [n(7203), n(7201), n(7206), n(7210)]),
        F("family", "Hudson (son)", ["Hudson"], [n(7203)]),
        F("official_information", "a dumping-duty brief on nine containers of aluminium extrusions going to the CDPP Friday",
          ["aluminium extrusions", "dumping duty", "CDPP"], [n(7204)]),
        F("colleague", "Sandra Nguyen-Lowe (boss)", ["Sandra Nguyen-Lowe", "Sandra"], [n(7205)]),
        F("vulnerability", "gambling: $800 lost on a multi, hidden from his wife",
          ["Lost $800", "Broncos multi", "Don't tell Kayla"], [n(7206)]),
        F("systems_information", "ICS (the cargo system) down a third time; the field laptop on a 4G dongle",
          ["ICS", "cargo system", "4G dongle"], [n(7207)]),
        F("routine", "Monday 6am flight to Brisbane, back Wednesday night; Wednesday touch at the showgrounds 6pm",
          ["Monday 6am QantasLink", "home Wednesday night", "Wednesday touch"], [n(7208)]),
        F("work_location", "Brisbane office", ["Brisbane office"], [n(7208)]),
        F("associate", "Toby Reinhardt (mate)", ["Toby Reinhardt", "Toby"], [n(7209)]),
    ],
    decoys=[
        D(n(7210), "border collie", ["employer", "colleague"], "A dog's jersey."),
        D(n(7202), "Blues", ["colleague", "associate"], "A football team."),
    ],
)

# --- mollymookdiary ---------------------------------------------------------------
a = f"{B}/diary/"
p = lambda slug: f"{a}posts/{slug}/"  # noqa: E731
feed = f"{B}/diary/feed.xml"
P["mollymookdiary"] = dict(
    note="EA to a Home Affairs Deputy Secretary, Belconnen weekdays, home Mollymook; grief diary, feed author her work email.",
    subject=dict(name="Lorraine Fitzhardinge", aliases=["Lorraine"], risk_band="high", rank=5),
    profiles=[dict(path="/diary/", platform="html")],
    facts=[
        F("corporate_identifier", "lorraine.fitzhardinge@homeaffairs.gov.au", ["lorraine.fitzhardinge@homeaffairs.gov.au"],
          [feed, p("day-200"), p("work-helps"), p("quiet-flat"), p("grief-group"), p("new-laptops"), p("nevs-shed")]),
        F("home_location", "Mollymook NSW", ["Mollymook"], [p("day-200")]),
        F("routine", "drives up Sunday night, back Friday afternoon; walks to the office at 7:15; Saturday morning grief group in Ulladulla",
          ["every Sunday night", "Friday afternoon", "at 7:15", "Saturday morning grief group"],
          [p("day-200"), p("work-helps"), p("grief-group")]),
        F("employer", "Department of Home Affairs", ["Home Affairs", "EA to a Deputy Secretary"], [p("work-helps")]),
        F("official_information", "the Deputy Secretary's travel to Darwin with the Minister for an unannounced detention contract; Estimates prep",
          ["detention contract announcement", "Darwin Tuesday to Thursday", "Estimates prep"], [p("work-helps")]),
        F("work_location", "Chan Street office, Belconnen", ["Chan Street office"], [p("work-helps")]),
        F("vulnerability", "bereavement, drinking a bottle a night, funeral on the credit card",
          ["become a bottle", "credit card", "super hasn't paid out"], [p("quiet-flat")]),
        F("associate", "Margaret Oyelaran (grief-group friend)", ["Margaret Oyelaran", "Margaret"], [p("grief-group")]),
        F("family", "Nev (late husband)", ["Nev"], [p("day-200"), p("nevs-shed"), p("quiet-flat")]),
        F("family", "Skye (daughter)", ["Skye"], [p("day-200")]),
        F("official_contact", "02 5550 3381", ["02 5550 3381"], [p("grief-group")]),
        F("systems_information", "new laptops, a two-factor token that wouldn't pair with the secure phone",
          ["two-factor token", "secure phone", "boss's calendar"], [p("new-laptops")]),
        F("colleague", "Debra Sowerby (fellow EA)", ["Debra Sowerby", "Debra"], [p("new-laptops")]),
    ],
    decoys=[
        D(p("nevs-shed"), "Border Security", ["employer", "official_information"], "A taped TV show."),
    ],
)

# --- collegepuns ------------------------------------------------------------------
a = f"{B}/social/@dadjokes_trent"
n = lambda i: f"{a}/{i}"  # noqa: E731
s = lambda i: f"{a}/statuses/{i}"  # noqa: E731
HOME = (-41.1598, 146.1762)
P["collegepuns"] = dict(
    note="ABF officer from Ulverstone (Devonport terminal) on a course at the ABF College; dad jokes.",
    subject=dict(name="Trent Ashby-Cole", aliases=["dadjokes_trent", "@dadjokes_trent"], risk_band="moderate", rank=6),
    profiles=[dict(path="/social/@dadjokes_trent", platform="activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["Border Force recruit", "ABF College"], [n(7302)]),
        F("work_location", "ABF College, Canberra", ["ABF College"], [n(7302)]),
        F("work_location", "Devonport terminal (Spirit of Tasmania)", ["Devonport terminal"], [n(7307)]),
        F("home_location", "Ulverstone TAS", ["Ulverstone"], [a, f"{B}/media/trent-deck.jpg", n(7301), s(7301)], *HOME),
        F("geotag", "-41.1598, 146.1762 (back deck)", ["trent-deck.jpg"], [f"{B}/media/trent-deck.jpg", n(7301), s(7301)],
          *HOME),
        F("family", "Bec (wife)", ["Bec"], [n(7303)]),
        F("family", "Ivy (daughter)", ["Ivy"], [n(7303)]),
        F("colleague", "Jono Paewai (course mate)", ["Jono Paewai", "Jono"], [n(7304)]),
        F("official_information", "four of a course of 30 sent home, two more on warnings", ["Four of our 30", "sent home"],
          [n(7305)]),
        F("systems_information", "training laptops on Windows 7; the eLearning system 'the Campus' falls over",
          ["Windows 7", "the Campus"], [n(7306)]),
        F("routine", "back on nights at the terminal, 6pm till 2am, four on four off",
          ["6pm till 2am", "four on four off"], [n(7307)]),
    ],
    decoys=[
        D(n(7308), "department store", ["employer", "work_location"], "A shop in Canberra."),
    ],
)

# --- kezpups ----------------------------------------------------------------------
a = f"{B}/social/@kezandthepups"
n = lambda i: f"{a}/{i}"  # noqa: E731
P["kezpups"] = dict(
    note="ABF detector-dog breeding program worker, Sunbury; third-person emoji posts.",
    subject=dict(name="Kerryn Pollard", aliases=["Kez", "kezandthepups", "@kezandthepups"], risk_band="moderate", rank=7),
    profiles=[dict(path="/social/@kezandthepups", platform="activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["Border Force", "detector dogs"], [a]),
        F("home_location", "Sunbury VIC", ["Sunbury"], [a]),
        F("routine", "puppy duty 6am-2pm all week", ["6am-2pm"], [n(7401)]),
        F("work_location", "Bulla breeding centre", ["Bulla breeding centre", "Bulla"], [n(7401)]),
        F("family", "Marty (husband)", ["Marty", "hubby"], [n(7402)]),
        F("family", "Matilda (daughter)", ["Matilda"], [n(7402), n(7407)]),
        F("vulnerability", "grievance: passed over for senior handler again after 12 years",
          ["passed over", "senior handler"], [n(7403)]),
        F("official_information", "only 3 of 11 in the intake passed the airport sim", ["3 of 11", "airport sim"], [n(7404)]),
        F("associate", "Nadia Fortuna (friend)", ["Nadia Fortuna", "Nadia"], [n(7405)]),
    ],
    decoys=[
        D(n(7406), "border collie", ["employer", "colleague", "work_location"], "A dog at the markets."),
        D(n(7407), "Department store", ["employer", "work_location"], "A birthday shop."),
    ],
)

# --- augustaterp ------------------------------------------------------------------
a = f"{B}/nabil-khoury"
f_ = f"{B}/board/u/nabil_k/"
t = lambda i: f"{f_}t/{i}/"  # noqa: E731
P["augustaterp"] = dict(
    note="Arabic interpreter employed by Home Affairs, by video from Port Augusta West; a Person page and a dot-point forum.",
    subject=dict(name="Nabil Khoury", aliases=["nabil_k"], risk_band="moderate", rank=8),
    profiles=[dict(path="/nabil-khoury", platform="html"), dict(path="/board/u/nabil_k/", platform="html")],
    facts=[
        F("employer", "Department of Home Affairs", ["Department of Home Affairs"], [a]),
        F("official_contact", "nabil.khoury@homeaffairs.gov.au", ["nabil.khoury@homeaffairs.gov.au"], [a]),
        F("personal_contact", "0491 570 409", ["0491 570 409"], [a]),
        F("home_location", "Port Augusta West SA", ["Port Augusta West", "Port Augusta"], [a]),
        F("systems_information", "video interviews on the department's Teams set-up dropping every ten minutes",
          ["Teams set-up", "drop out every ten minutes"], [t(3301)]),
        F("official_information", "protection visa interviews with men in Villawood; one case to the Federal Court next month",
          ["protection visa interviews", "Federal Court", "Villawood"], [t(3301)]),
        F("routine", "interviews Mon/Wed/Fri 9 till 3; Tuesday 7pm soccer at Central Oval",
          ["Mon, Wed, Fri", "soccer at Central Oval"], [t(3302)]),
        F("family", "Rania (wife)", ["Rania"], [t(3302)]),
    ],
    decoys=[
        D(t(3303), "detector dog", ["employer", "official_information"], "A joke about his ute."),
        D(t(3303), "department store", ["employer", "work_location"], "An auto centre."),
    ],
)

# --- shoalhavenchoir --------------------------------------------------------------
a = f"{B}/members/helen-truscott"
P["shoalhavenchoir"] = dict(
    note="Home Affairs partner-visa assessor, Worrigee; her choir's third-person member spotlight.",
    subject=dict(name="Helen Truscott", aliases=["Helen"], risk_band="moderate", rank=9),
    profiles=[dict(path="/members/helen-truscott", platform="html"), dict(path="/social/@altohelen", platform="activitypub")],
    facts=[
        F("employer", "Department of Home Affairs", ["Department of Home Affairs", "assessing partner visas"], [a]),
        F("home_location", "Worrigee NSW", ["Worrigee"], [a]),
        F("routine", "home three days, the Belconnen office Mondays and Thursdays; Thursday rehearsal",
          ["Mondays and Thursdays", "three days a week"], [a]),
        F("work_location", "Belconnen office", ["Belconnen office"], [a]),
        F("official_information", "partner visa queue past 90,000; six assessors lost since Christmas",
          ["90,000", "lost six assessors"], [a]),
        F("family", "Phil (husband)", ["Phil"], [a]),
        F("family", "Tess (daughter)", ["Tess"], [a]),
        F("associate", "Wendy Arnott (carpool buddy)", ["Wendy Arnott", "Wendy"], [a]),
        F("official_contact", "02 5550 7714 (work line)", ["02 5550 7714"], [a]),
    ],
    decoys=[
        D(a, "Border Security", ["employer", "official_information"], "A favourite TV show."),
        D(a, "border collie", ["employer", "colleague"], "The neighbour's dog."),
        D(f"{B}/social/@altohelen/7702", "the department store", ["employer", "work_location"], "A shop."),
        D(f"{B}/social/@altohelen/7703", "Border Security", ["employer", "official_information"], "A TV show."),
    ],
)

# --- tennantlists -----------------------------------------------------------------
a = f"{B}/social/@jp_lists"
n = lambda i: f"{a}/{i}"  # noqa: E731
P["tennantlists"] = dict(
    note="ABF officer at Darwin Airport, from Tennant Creek; numbered lists.",
    subject=dict(name="Jordan Pereira", aliases=["jp_lists", "@jp_lists"], risk_band="moderate", rank=10),
    profiles=[dict(path="/social/@jp_lists", platform="activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["ABF"], [a]),
        F("work_location", "Darwin Airport", ["Darwin Airport"], [n(7502)]),
        F("systems_information", "SmartGates down for 40 minutes; the spare gate PC wouldn't boot",
          ["SmartGates went down", "gate PC"], [n(7502)]),
        F("family", "Leah (sister)", ["Leah"], [n(7501)]),
        F("routine", "every Sunday a 6:30am swim at Parap pool, then the markets by 9",
          ["6:30am swim at Parap pool", "repeat every Sunday"], [n(7503)]),
    ],
    decoys=[
        D(n(7504), "Border Security", ["employer", "official_information"], "A TV show."),
        D(n(7505), "department store", ["employer", "work_location"], "A shop."),
    ],
)

# --- bathurstterp (control) -------------------------------------------------------
a = f"{B}/social/@linhterp"
n = lambda i: f"{a}/{i}"  # noqa: E731
P["bathurstterp"] = dict(
    note="NEGATIVE CONTROL: in-house interpreter at a private migration law firm in Bathurst, Kelso.",
    subject=dict(name="Linh Tran-Murphy", aliases=["linhterp", "@linhterp"], risk_band="low", rank=11),
    profiles=[dict(path="/social/@linhterp", platform="activitypub")],
    facts=[
        F("home_location", "Kelso, Bathurst NSW", ["Kelso"], [a, n(7605)]),
        F("personal_contact", "linh.tm@mailbox.example", ["linh.tm@mailbox.example"], [a]),
        F("routine", "Thursday 6pm Vietnamese class for kids at the Bathurst library", ["Thursday 6pm"], [n(7603)]),
        F("family", "Declan (husband)", ["Declan"], [n(7604), n(7607)]),
        F("associate", "Oanh Lê (friend)", ["Oanh Lê", "Oanh"], [n(7606)]),
    ],
    decoys=[
        D(a, "in-house at a migration law firm", ["employer"], "Her own employer is a private firm."),
        D(n(7601), "Home Affairs interview", ["employer", "official_information", "work_location"], "A client's interview."),
        D(n(7601), "The department's own interpreter", ["employer", "colleague"], "Someone else, on the other side."),
        D(n(7602), "Border Force at Sydney Airport", ["employer", "work_location", "official_information"],
          "A client's brother's story."),
        D(n(7605), "Villawood", ["work_location", "official_information", "employer"], "Visiting a client in detention."),
        D(n(7605), "visa cancellation appeal", ["official_information"], "A client's appeal."),
        D(n(7607), "Border Security", ["employer"], "A TV show."),
    ],
)

# --- merrivalewife (control) ------------------------------------------------------
a = f"{B}/blog/"
p = lambda slug: f"{a}posts/{slug}/"  # noqa: E731
HOME = (-38.3706, 142.4957)
P["merrivalewife"] = dict(
    note="NEGATIVE CONTROL: wife of a retired Border Force officer, Merrivale, Warrnambool; craft and garden blog.",
    subject=dict(name="Maureen Pengelly", aliases=["Mo"], risk_band="low", rank=12),
    profiles=[dict(path="/blog/", platform="html")],
    facts=[
        F("home_location", "Merrivale, Warrnambool VIC (garden photo)", ["Merrivale", "Warrnambool"],
          [f"{B}/media/mo-roses.jpg", p("roses")], *HOME),
        F("geotag", "-38.3706, 142.4957 (rose bed)", ["mo-roses.jpg"], [f"{B}/media/mo-roses.jpg", p("roses")], *HOME),
        F("family", "Ken (husband)", ["Ken"], [p("roses"), p("his-old-job"), p("lachie")]),
        F("family", "Lachie (grandson)", ["Lachie"], [p("lachie")]),
        F("routine", "Tuesday craft group at the Warrnambool library, 10 till 12",
          ["Tuesday craft group", "10 till 12"], [p("craft-group")]),
        F("associate", "Judy Calnan (craft group friend)", ["Judy Calnan", "Judy"], [p("craft-group")]),
    ],
    decoys=[
        D(p("his-old-job"), "retired from Border Force", ["employer", "colleague"], "Her husband's past job, not hers."),
        D(p("his-old-job"), "Portland wharf", ["work_location", "official_information"], "A 1991 story, retold."),
        D(p("his-old-job"), "I married a customs officer", ["employer", "colleague"], "Her husband, retired."),
        D(p("lachie"), "Customs House museum", ["work_location", "employer"], "A museum display."),
        D(p("lachie"), "Border Force dog handler", ["employer", "colleague"], "A nine-year-old's ambition."),
        D(p("department-store"), "department store", ["employer", "work_location"], "A fabric sale."),
    ],
)

# --- merseypilot (control) --------------------------------------------------------
a = f"{B}/forum/members/mersey_pilot/"
t = lambda i: f"{a}t/{i}/"  # noqa: E731
P["merseypilot"] = dict(
    note="NEGATIVE CONTROL: marine pilot at the port of Devonport, East Devonport; mariners' forum.",
    subject=dict(name="Callum Reddy", aliases=["mersey_pilot"], risk_band="low", rank=13),
    profiles=[dict(path="/forum/members/mersey_pilot/", platform="html")],
    facts=[
        F("home_location", "East Devonport TAS", ["East Devonport"], [a]),
        F("family", "Siobhan (wife)", ["Siobhan"], [t(552)]),
        F("associate", "Rob Tasker (launch master)", ["Rob Tasker"], [t(553)]),
        F("personal_contact", "0491 570 533", ["0491 570 533"], [t(554)]),
    ],
    decoys=[
        D(a, "Marine pilot on the Mersey", ["employer"], "A pilot for the port, not the department."),
        D(t(551), "Border Force officers boarded", ["employer", "colleague", "official_information"],
          "Officers he saw after berthing a ship."),
        D(t(551), "customs clearance", ["official_information"], "Someone else's job."),
        D(t(551), "biosecurity", ["employer", "official_information"], "Another agency's inspection."),
        D(t(553), "quarantine anchorage", ["work_location", "official_information"], "A question about an anchorage."),
        D(t(553), "Spirit of Tasmania terminal", ["work_location"], "A coffee while waiting for the launch."),
    ],
)


def q(v) -> str:
    return json.dumps(v, ensure_ascii=False)


def render(name: str, d: dict) -> str:
    sub = d["subject"]
    out = [f"# Ground truth for set-52 persona \"{name}\" (FICTIONAL). {d['note']}",
           "# Written blind by hand; regenerate with tests/heldout/set52/_truth.py.", "",
           "[subject]", f"name = {q(sub['name'])}", f"aliases = {q(sub['aliases'])}", 'organisation = "dibp"',
           f"risk_band = {q(sub['risk_band'])}", f"rank = {sub['rank']}", ""]
    for pr in d["profiles"]:
        out += ["[[profiles]]", f"path = {q(pr['path'])}", f"platform = {q(pr['platform'])}", ""]
    for f in d["facts"]:
        out += ["[[facts]]", f"category = {q(f['category'])}", f"value = {q(f['value'])}", f"keys = {q(f['keys'])}",
                f"urls = {q(f['urls'])}"]
        if "lat" in f:
            out += [f"lat = {f['lat']}", f"lon = {f['lon']}", f"radius_m = {f['radius_m']}"]
        out.append("")
    for x in d["decoys"]:
        out += ["[[decoys]]", f"url = {q(x['url'])}", f"phrase = {q(x['phrase'])}",
                f"not_categories = {q(x['not_categories'])}", f"why = {q(x['why'])}", ""]
    return "\n".join(out)


if __name__ == "__main__":
    from collections import Counter
    c = Counter()
    for name, d in P.items():
        (HERE / name / "persona.toml").write_text(render(name, d), encoding="utf-8")
        c.update(f["category"] for f in d["facts"])
        print(name, len(d["facts"]), len(d["decoys"]))
    print(sum(c.values()), dict(sorted(c.items())))
