"""Write each set-57 persona's persona.toml from the tables below (ground truth, by the writer's judgement).

    .venv/bin/python tests/heldout/set57/_truth.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B = "{{BASE}}"


def ap(h, n=None):
    return f"{B}/social/@{h}" + (f"/{n}" if n is not None else "")


def st(h, n):
    return f"{B}/social/@{h}/statuses/{n}"


def post(slug):
    return f"{B}/blog/posts/{slug}/"


def thread(user, tid):
    return f"{B}/forum/u/{user}/t/{tid}/"


def media(f):
    return f"{B}/media/{f}"


BLOG, FEED = f"{B}/blog/", f"{B}/blog/feed.xml"


def F(cat, value, keys, urls, at=None):
    d = {"category": cat, "value": value, "keys": keys, "urls": urls}
    if at:
        d["lat"], d["lon"], d["radius_m"] = at[0], at[1], 150
    return d


def D(url, phrase, cats, why):
    return {"url": url, "phrase": phrase, "not_categories": cats, "why": why}


P = {}

# 1 ------------------------------------------------------------------------------------------
h = "coreym_singo"
HOME = (-32.5541, 151.1597)
pics = [media("firepit-singo.jpg"), media("patch-singo.jpg"), ap(h, 1011), ap(h, 1012)]
P["xraysingo"] = dict(
    subject=dict(name="Corey Maddern", aliases=[h, "@" + h], risk_band="critical", rank=1),
    profiles=[dict(path=f"/social/@{h}", platform="activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["ABF officer", "Border Force"], [ap(h), ap(h, 1004)]),
        F("work_location", "Newcastle container examination facility, Mayfield",
          ["Newcastle container exam facility", "Newcastle CEF", "Mayfield"], [ap(h), ap(h, 1004), ap(h, 1002)]),
        F("home_location", "Singleton Heights NSW", ["Singleton Heights", "Singo"], [ap(h, 1001), ap(h)] + pics, HOME),
        F("geotag", "backyard, Singleton Heights", ["backyard", "veggie patch"], pics, HOME),
        F("routine", "leaves 4:50 on the New England Hwy, 6 til 2:30 shifts", ["4:50", "6 til 2:30"], [ap(h, 1002)]),
        F("family", "Kylie (wife)", ["Kylie", "the missus"], [ap(h, 1005), ap(h, 1007)]),
        F("family", "Mason (son)", ["Mason"], [ap(h, 1006), ap(h, 1008)]),
        F("associate", "Brad Thomson (mate)", ["Brad Thomson", "Thommo"], [ap(h, 1009)]),
        F("colleague", "Rhys Kettle (team leader)", ["Rhys Kettle", "Rhys"], [ap(h, 1008)]),
        F("official_information", "4.5 million cigarettes found in a tile container on the x-ray",
          ["four and a half million sticks", "ceramic floor tiles"], [ap(h, 1003)]),
        F("systems_information", "image analysis workstation freezes since the January software update",
          ["image analysis workstation", "software update"], [ap(h, 1004)]),
        F("vulnerability", "gambling losses and Afterpay debt", ["multis", "Punt's been cruel", "Afterpay"],
          [ap(h, 1007), ap(h, 1005)]),
        F("personal_contact", "0491 570 312", ["0491 570 312"], [ap(h)]),
    ],
    decoys=[
        D(ap(h, 1010), "Border Security", ["employer"], "A television programme."),
        D(ap(h, 1013), "department store", ["employer", "work_location"], "Shopping in Maitland."),
    ],
)

# 2 ------------------------------------------------------------------------------------------
h = "tahnee_b"
HOME = (-27.2012, 153.1081)
pics = [media("sunset-scarbs.jpg"), media("dogwalk-scarbs.jpg"), ap(h, 2008), ap(h, 2009)]
P["redcliffeintel"] = dict(
    subject=dict(name="Tahnee Brooks", aliases=[h, "@" + h], risk_band="critical", rank=2),
    profiles=[dict(path=f"/social/@{h}", platform="activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["ABF"], [ap(h), ap(h, 2002), ap(h, 2011)]),
        F("work_location", "Brisbane Airport", ["BNEairport"], [ap(h), ap(h, 2002)]),
        F("routine", "night shift 10pm-6am, over the Houghton Hwy at 9:15", ["10pm til 6am", "9:15"], [ap(h, 2001)]),
        F("official_information", "three meth detections on the KL flight", ["KL flight", "meth"], [ap(h, 2002)]),
        F("systems_information", "analyst workbench crashes, PNR feed six hours behind",
          ["analyst workbench", "PNR feed"], [ap(h, 2003)]),
        F("official_contact", "tahnee.brooks@abf.gov.au", ["tahnee.brooks@abf.gov.au"], [ap(h, 2011)]),
        F("associate", "Mikaela Ruiz (best friend)", ["Mikaela Ruiz", "Mikaela"], [ap(h, 2004)]),
        F("colleague", "Jess Moana (team leader)", ["Jess Moana"], [ap(h, 2006)]),
        F("vulnerability", "rent rise and a maxed-out credit card", ["brokeAF", "creditcard", "rent up"], [ap(h, 2007)]),
        F("home_location", "Scarborough QLD (Redcliffe peninsula)", ["Scarborough", "Redcliffe"],
          [ap(h, 2004), ap(h)] + pics, HOME),
        F("geotag", "home, Scarborough", ["backyard", "dogwalk"], pics, HOME),
    ],
    decoys=[
        D(ap(h, 2010), "bordercollie", ["employer"], "A dog-video hashtag."),
    ],
)

# 3 ------------------------------------------------------------------------------------------
u = "shan_cabo"
T = lambda t: thread(u, t)  # noqa: E731
ABOUT = f"{B}/forum/u/{u}/"
P["caboolturevetting"] = dict(
    subject=dict(name="Shanice Ward", aliases=[u], risk_band="high", rank=3),
    profiles=[dict(path=f"/forum/u/{u}/", platform="html")],
    facts=[
        F("employer", "Department of Home Affairs", ["Home Affairs", "security clearances"], [T("401"), ABOUT]),
        F("corporate_identifier", "shanice.ward@homeaffairs.gov.au", ["shanice.ward@homeaffairs.gov.au"], [ABOUT]),
        F("work_location", "Home Affairs Brisbane office", ["Brisbane office"], [T("402")]),
        F("routine", "before-school care 6:30, the 6:52 from Caboolture to Roma Street, home 5:45",
          ["6:52", "6:30", "5:45"], [T("402")]),
        F("home_location", "Caboolture QLD", ["Caboolture"], [ABOUT, T("402"), T("405")]),
        F("family", "Ava (daughter)", ["Ava"], [T("403"), T("407")]),
        F("family", "Lachie (son)", ["Lachie"], [T("403")]),
        F("associate", "Tegan Fox (neighbour)", ["Tegan Fox", "Tegan"], [T("405")]),
        F("colleague", "Deb Harlow (team leader)", ["Deb Harlow"], [T("404")]),
        F("official_information", "900 clearances queued; a referee says an applicant owes money to bikies",
          ["900 clearances", "owes money to bikies"], [T("404")]),
        F("systems_information", "the Swamp case system logs users out every 15 minutes",
          ["the Swamp", "logs you out every 15 minutes"], [T("404")]),
        F("vulnerability", "$11,200 on two credit cards plus Zip, short every fortnight",
          ["$11,200", "two credit cards", "short by Tuesday"], [T("401")]),
        F("personal_contact", "shanward.swaps@mailbox.example", ["shanward.swaps@mailbox.example"], [T("406")]),
    ],
    decoys=[
        D(T("407"), "department store", ["employer", "work_location"], "Lay-by shopping in Morayfield."),
        D(T("403"), "Child Support", ["employer"], "Another agency, about her ex."),
    ],
)

# 4 ------------------------------------------------------------------------------------------
h = "danio"
PAGE = f"{B}/members/dani-okafor"
P["bribiebox"] = dict(
    subject=dict(name="Dani Okafor", aliases=[h, "@" + h, "Dani"], risk_band="high", rank=4),
    profiles=[dict(path="/members/dani-okafor", platform="html"), dict(path=f"/social/@{h}", platform="activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["Border Force"], [PAGE, ap(h)]),
        F("work_location", "task force office, Roma Street", ["Roma Street"], [ap(h, 5002)]),
        F("home_location", "Bongaree, Bribie Island QLD", ["Bongaree", "Bribie"], [PAGE, ap(h)]),
        F("routine", "5:30am class Monday, Wednesday and Friday", ["5:30am class", "Sunday beach run club"], [PAGE]),
        F("family", "Kemi (partner)", ["Kemi"], [PAGE, ap(h, 5005)]),
        F("associate", "Lou Barker (training buddy)", ["Lou Barker"], [PAGE]),
        F("personal_contact", "0491 570 486", ["0491 570 486"], [PAGE]),
        F("official_information", "task-force warrants: 14 kg of cocaine from a container, three arrested",
          ["14 kilos of coke", "task force has been on this crew"], [ap(h, 5001)]),
        F("systems_information", "police and ABF laptops can't share files; an unapproved USB stick",
          ["two laptops", "USB stick"], [ap(h, 5003)]),
        F("vulnerability", "grievance over six months of unpaid overtime, looking to leave",
          ["overtime unpaid", "token fed", "looking at jobs elsewhere"], [ap(h, 5004)]),
    ],
    decoys=[
        D(ap(h, 5005), "Border Security", ["employer"], "A television programme."),
        D(ap(h, 5006), "department store", ["employer", "work_location"], "A kettlebell sale."),
    ],
)

# 5 ------------------------------------------------------------------------------------------
FARM = (-28.7991, 151.8403)
P["granitefarmstay"] = dict(
    subject=dict(name="Grant Lowrie", aliases=["Wattle Gully Farm Stay"], risk_band="high", rank=5),
    profiles=[dict(path="/blog/", platform="html"), dict(path="/blog/feed.xml", platform="feed")],
    facts=[
        F("employer", "Department of Home Affairs", ["Department of Home Affairs", "Program Manager"], [BLOG]),
        F("work_location", "Home Affairs Belconnen office", ["Belconnen office"], [post("canberra-digs")]),
        F("routine", "Mondays 3:45 drive to Brisbane, 7am flight to Canberra, back Thursday night",
          ["3:45", "7am to Canberra"], [post("monday-flight")]),
        F("family", "Leanne (wife)", ["Leanne"], [BLOG, post("monday-flight"), post("harvest-weekend"), post("canberra-digs")]),
        F("associate", "Col Pettigrew (neighbour)", ["Col Pettigrew"], [post("harvest-weekend")]),
        F("colleague", "Anjali Desai (deputy)", ["Anjali Desai"], [post("day-job")]),
        F("systems_information", "Project Kookaburra visa platform: failed migration of 2.3 million records",
          ["Project Kookaburra", "2.3 million client records", "mainframe interfaces"], [post("day-job")]),
        F("official_information", "visa platform go-live slipped; cost blowout before Senate estimates",
          ["Senate estimates", "slipped its go-live", "blowout"], [post("day-job")]),
        F("official_contact", "02 5550 4418", ["02 5550 4418"], [post("canberra-digs")]),
        F("vulnerability", "$62k overdraft after hail", ["$62k", "overdraft"], [post("hail")]),
        F("home_location", "Ballandean QLD (the farm)", ["Ballandean", "-28.7991 151.8403"],
          [BLOG, post("harvest-weekend"), post("hail"), FEED], FARM),
        F("geotag", "farm point in the feed's georss", ["-28.7991 151.8403"],
          [post("harvest-weekend"), post("hail"), FEED], FARM),
    ],
    decoys=[
        D(post("border-nights"), "Border Security", ["employer"], "Guests asking for a television programme."),
        D(post("border-nights"), "Border Rivers wine trail", ["employer", "work_location"], "A regional wine trail."),
    ],
)

# 6 ------------------------------------------------------------------------------------------
HOME = (-32.0477, 150.8628)
allposts = [post(s) for s in ("saturday-bunch", "canberra-week", "wet-week", "front-gate", "restructure", "border-collie")]
P["sconerides"] = dict(
    subject=dict(name="Hamish Beveridge", aliases=["Upper Hunter Wheelers"], risk_band="high", rank=6),
    profiles=[dict(path="/blog/", platform="html"), dict(path="/blog/feed.xml", platform="feed")],
    facts=[
        F("employer", "Department of Home Affairs", ["Home Affairs research section", "Home Affairs"], [post("canberra-week")]),
        F("corporate_identifier", "hamish.beveridge@homeaffairs.gov.au", ["hamish.beveridge@homeaffairs.gov.au"],
          [FEED, BLOG] + allposts),
        F("routine", "Saturday bunch ride, 6:30 from the visitor centre", ["6:30 sharp like every Saturday"],
          [post("saturday-bunch")]),
        F("associate", "Mark Dickson (riding mate)", ["Mark Dickson", "Dicko"], [post("saturday-bunch")]),
        F("family", "Morag (wife)", ["Morag"], [post("front-gate")]),
        F("colleague", "Olu Adeyemi (director)", ["Olu Adeyemi"], [post("canberra-week")]),
        F("official_information", "net overseas migration model rerun for the Minister's office before publication",
          ["net overseas migration model", "before the figures are published"], [post("canberra-week")]),
        F("systems_information", "RSA token, secure desktop dropping out, SAS over remote access",
          ["RSA token", "secure desktop", "SAS"], [post("wet-week")]),
        F("vulnerability", "grievance: third restructure, jobs under review, stopped caring",
          ["stopped caring", "under review"], [post("restructure")]),
        F("home_location", "west side of Scone NSW", ["west side of Scone", "-32.0477 150.8628"],
          [post("front-gate"), FEED], HOME),
        F("geotag", "home point in the feed's georss", ["-32.0477 150.8628"], [post("front-gate"), FEED], HOME),
    ],
    decoys=[
        D(post("border-collie"), "border collie", ["employer"], "A dog chasing the bunch."),
    ],
)

# 7 ------------------------------------------------------------------------------------------
h = "pvdz"
HOME = (-34.9593, 117.3561)
P["denmarkobserver"] = dict(
    subject=dict(name="Pieter Vanderzee", aliases=[h, "@" + h, "Piet"], risk_band="high", rank=7),
    profiles=[dict(path=f"/social/@{h}", platform="activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["Border Force surveillance aircraft", "Border Force"], [ap(h, 7001)]),
        F("work_location", "Karratha", ["Karratha"], [ap(h, 7001)]),
        F("routine", "three weeks on, three off; Perth-Karratha Monday charter",
          ["Three weeks on, three weeks off", "Monday charter"], [ap(h, 7001)]),
        F("official_information", "boat with twelve people tracked 90 nm north of the Montebellos",
          ["twelve people aboard", "Montebellos"], [ap(h, 7002)]),
        F("systems_information", "aircraft radar unserviceable; mission laptop software out of date",
          ["radar on our aircraft was unserviceable", "mission laptop"], [ap(h, 7003)]),
        F("colleague", "Wiremu Tane (observer)", ["Wiremu Tane", "Wiremu"], [ap(h, 7003)]),
        F("family", "Anneke (estranged wife)", ["Anneke"], [ap(h, 7004)]),
        F("vulnerability", "separation after twenty-two years, living alone", ["separated", "flat above the bakery"],
          [ap(h, 7004)]),
        F("associate", "Gus Harker (friend)", ["Gus Harker"], [ap(h, 7005)]),
        F("home_location", "Denmark WA", ["Denmark"], [ap(h, 7001), st(h, 7001), ap(h)], HOME),
        F("geotag", "note placed at home, Denmark", ["Denmark, Western Australia"], [ap(h, 7001), st(h, 7001)], HOME),
    ],
    decoys=[
        D(ap(h, 7006), "Border Security", ["employer"], "A television programme."),
    ],
)

# 8 ------------------------------------------------------------------------------------------
h = "fifigee"
PAGE = f"{B}/members/fiona"
P["goondiwindiletters"] = dict(
    subject=dict(name="Fiona Gallagher", aliases=[h, "@" + h], risk_band="moderate", rank=8),
    profiles=[dict(path="/members/fiona", platform="html"), dict(path=f"/social/@{h}", platform="activitypub")],
    facts=[
        F("employer", "Department of Home Affairs", ["Home Affairs", "Ministerial Correspondence Officer"], [PAGE]),
        F("official_information", "400 letters about a detention case, rewritten twice by the Minister's office",
          ["Four hundred letters", "detention case"], [ap(h, 8001)]),
        F("systems_information", "the Beast correspondence system losing drafts over remote desktop",
          ["the Beast", "remote desktop"], [ap(h, 8002)]),
        F("colleague", "Bronwyn Tait (section head)", ["Bronwyn Tait"], [ap(h, 8003)]),
        F("family", "Declan (husband)", ["Declan"], [PAGE, ap(h, 8004)]),
        F("family", "Rory (son)", ["Rory"], [ap(h, 8004)]),
        F("routine", "book club first Tuesday of the month, 7pm, at home", ["first Tuesday of every month at 7pm"], [PAGE]),
        F("home_location", "Marshall Street, Goondiwindi QLD", ["Marshall Street", "Goondiwindi"], [PAGE, ap(h)]),
        F("personal_contact", "fiona.reads@inbox.example", ["fiona.reads@inbox.example"], [PAGE]),
    ],
    decoys=[
        D(PAGE, "Border Rivers Book Club", ["employer"], "The book club's name."),
        D(ap(h, 8005), "Border Security", ["employer"], "A television programme."),
        D(ap(h, 8006), "department store", ["employer", "work_location"], "A shop in Toowoomba."),
    ],
)

# 9 ------------------------------------------------------------------------------------------
h = "jiwoo_h"
HOME = (-35.2197, 138.5452)
P["valereception"] = dict(
    subject=dict(name="Ji-woo Han", aliases=[h, "@" + h], risk_band="moderate", rank=9),
    profiles=[dict(path=f"/social/@{h}", platform="activitypub")],
    facts=[
        F("employer", "Department of Home Affairs", ["Home Affairs"], [ap(h, 9001)]),
        F("work_location", "Home Affairs Adelaide office", ["Adelaide office"], [ap(h, 9001)]),
        F("routine", "7:05 bus from McLaren Vale, at the desk by 8:30", ["7:05 bus", "8:30"], [ap(h, 9001)]),
        F("official_information", "a visa applicant removed from the front desk by security",
          ["yelling about his wife's visa", "security had to walk him out"], [ap(h, 9002)]),
        F("systems_information", "visitor pass kiosk misprinting; sign-in tablet not syncing with security",
          ["visitor pass kiosk", "sign-in tablet"], [ap(h, 9003)]),
        F("official_contact", "02 5550 7731", ["02 5550 7731"], [ap(h, 9004)]),
        F("home_location", "McLaren Vale SA", ["McLaren Vale"], [ap(h, 9001), ap(h, 9005), st(h, 9005), ap(h)], HOME),
        F("geotag", "note placed at home, McLaren Vale", ["McLaren Vale, South Australia"],
          [ap(h, 9005), st(h, 9005)], HOME),
        F("family", "Mi-kyung (mother)", ["Mi-kyung", "엄마"], [ap(h, 9006)]),
        F("colleague", "Grace (visa section)", ["Grace"], [ap(h, 9007)]),
    ],
    decoys=[
        D(ap(h, 9008), "border collie", ["employer"], "A dog video."),
    ],
)

# 10 -----------------------------------------------------------------------------------------
h = "thanh_ng"
P["manjimupauditor"] = dict(
    subject=dict(name="Thanh Nguyen", aliases=[h, "@" + h], risk_band="moderate", rank=10),
    profiles=[dict(path=f"/social/@{h}", platform="activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["Border Force trade compliance", "Border Force"], [ap(h)]),
        F("corporate_identifier", "thanh.nguyen@abf.gov.au", ["thanh.nguyen@abf.gov.au"], [ap(h)]),
        F("work_location", "Perth office", ["Perth office"], [ap(h, 10001)]),
        F("routine", "leaves the Perth office at 4 every Friday for Manjimup, back Sunday night",
          ["at 4 every Friday", "back Sunday night"], [ap(h, 10001)]),
        F("home_location", "Manjimup WA (family farm)", ["Manjimup"], [ap(h, 10001), ap(h)]),
        F("official_information", "audit of a Welshpool customs broker: $4m undervalued",
          ["undervalued by about four million dollars", "customs broker in Welshpool"], [ap(h, 10002)]),
        F("systems_information", "audit tool exports only to Excel, 65,000 rows", ["audit tool", "65,000 rows"],
          [ap(h, 10003)]),
        F("family", "Linh (sister)", ["Linh"], [ap(h, 10004)]),
        F("vulnerability", "$20k owed to his uncle for hospital bills", ["$20k", "still owe him"], [ap(h, 10005)]),
    ],
    decoys=[
        D(ap(h, 10006), "Border Security", ["employer"], "A television programme."),
    ],
)

# 11 control ---------------------------------------------------------------------------------
h = "bectowns"
P["victorafp"] = dict(
    subject=dict(name="Bec Townsend", aliases=[h, "@" + h], risk_band="low", rank=11),
    profiles=[dict(path=f"/social/@{h}", platform="activitypub")],
    facts=[
        F("home_location", "Encounter Bay, Victor Harbor SA", ["Encounter Bay"], [ap(h, 11003), ap(h)]),
        F("family", "Josh (partner)", ["Josh"], [ap(h, 11003)]),
        F("routine", "under-12s training Tuesday and Thursday 5pm at the Encounter Bay oval",
          ["every Tuesday and Thursday at 5pm"], [ap(h, 11002)]),
        F("personal_contact", "0491 570 655", ["0491 570 655"], [ap(h, 11002)]),
    ],
    decoys=[
        D(ap(h), "AFP at Adelaide Airport", ["employer", "work_location"], "Another agency: the AFP, not the Department."),
        D(ap(h, 11001), "Border Force", ["employer"], "She says she is not Border Force."),
        D(ap(h, 11004), "customs hall", ["employer", "work_location"], "Helping in the customs hall as AFP."),
        D(ap(h, 11004), "passenger who'd fainted", ["official_information"], "A first-aid moment, not the Department's work."),
        D(ap(h, 11006), "Home Affairs intelligence sharing", ["employer", "official_information"], "A public article she read."),
    ],
)

# 12 control ---------------------------------------------------------------------------------
P["muswellbooks"] = dict(
    subject=dict(name="Owen Carmody", aliases=["Ledger Lines"], risk_band="low", rank=12),
    profiles=[dict(path="/blog/", platform="html"), dict(path="/blog/feed.xml", platform="feed")],
    facts=[
        F("home_location", "South Muswellbrook NSW", ["South Muswellbrook"], [post("home-office")]),
        F("family", "Tash (wife)", ["Tash"], [post("home-office")]),
        F("family", "Oscar (son)", ["Oscar"], [post("school-run")]),
        F("routine", "touch footy Thursdays 6pm at Olympic Park", ["Every Thursday at 6pm"], [post("thursday-touch")]),
        F("personal_contact", "0491 570 903", ["0491 570 903"], [BLOG]),
    ],
    decoys=[
        D(post("broker-season"), "customs broker", ["employer"], "His client, a private customs broker."),
        D(post("broker-season"), "Border Force", ["employer"], "Duty his client pays."),
        D(post("broker-season"), "ABF audit letter", ["official_information", "employer"], "General advice to importers."),
        D(post("ics-down"), "Integrated Cargo System", ["systems_information"], "His client's lodging system outage, public."),
        D(post("school-run"), "border collies", ["employer"], "Dogs."),
    ],
)

# 13 control ---------------------------------------------------------------------------------
u = "nedf_sthelens"
T = lambda t: thread(u, t)  # noqa: E731
ABOUT = f"{B}/forum/u/{u}/"
HOME = (-41.3247, 148.2433)
pics = [media("shed-sthelens.jpg"), media("fillet-sthelens.jpg"), T("904"), T("905")]
P["sthelensreserve"] = dict(
    subject=dict(name="Ned Furlong", aliases=[u], risk_band="low", rank=13),
    profiles=[dict(path=f"/forum/u/{u}/", platform="html")],
    facts=[
        F("home_location", "St Helens TAS", ["St Helens"], [ABOUT, T("903")] + pics, HOME),
        F("geotag", "photos at home, St Helens", ["shed", "backyard"], pics, HOME),
        F("routine", "Sunday 5am at the Georges Bay ramp", ["Every Sunday 5am"], [T("902")]),
        F("associate", "Dean Boffa (fishing mate)", ["Dean Boffa", "Boof"], [T("902")]),
        F("personal_contact", "ned.furlong@fishmail.example", ["ned.furlong@fishmail.example"], [T("903")]),
        F("family", "Kirsty (partner)", ["Kirsty"], [T("904")]),
    ],
    decoys=[
        D(T("901"), "Border Force cutter", ["employer"], "A vessel he saw while serving with the Navy reserve."),
        D(T("901"), "Maritime Border Command", ["employer", "work_location"], "The command his reserve ship worked under."),
        D(T("901"), "illegal fishing boat", ["official_information"], "A boarding he watched, told in public terms."),
        D(T("901"), "trepang", ["official_information"], "The catch seen on that boat."),
        D(T("905"), "border collie", ["employer"], "The neighbour's dog."),
        D(ABOUT, "Navy reserve", ["employer"], "Defence, not the Department."),
    ],
)


def q(v):
    return json.dumps(v, ensure_ascii=False)


def toml(p: dict) -> str:
    s = p["subject"]
    out = [f"# Ground truth for set-57 persona (FICTIONAL). Written by _truth.py; edit there.\n",
           "[subject]", f"name = {q(s['name'])}", f"aliases = {q(s['aliases'])}", 'organisation = "dibp"',
           f"risk_band = {q(s['risk_band'])}", f"rank = {s['rank']}", ""]
    for pr in p["profiles"]:
        out += ["[[profiles]]", f"path = {q(pr['path'])}", f"platform = {q(pr['platform'])}", ""]
    for f in p["facts"]:
        out += ["[[facts]]", f"category = {q(f['category'])}", f"value = {q(f['value'])}", f"keys = {q(f['keys'])}",
                f"urls = {q(f['urls'])}"]
        if "lat" in f:
            out += [f"lat = {f['lat']}", f"lon = {f['lon']}", f"radius_m = {f['radius_m']}"]
        out.append("")
    for d in p["decoys"]:
        out += ["[[decoys]]", f"url = {q(d['url'])}", f"phrase = {q(d['phrase'])}",
                f"not_categories = {q(d['not_categories'])}", f"why = {q(d['why'])}", ""]
    return "\n".join(out)


if __name__ == "__main__":
    from collections import Counter
    c = Counter()
    for name, p in P.items():
        (HERE / name / "persona.toml").write_text(toml(p), encoding="utf-8")
        c.update(f["category"] for f in p["facts"])
        print(name, len(p["facts"]), p["subject"]["risk_band"], p["subject"]["rank"])
    print(sum(c.values()), dict(sorted(c.items())))
