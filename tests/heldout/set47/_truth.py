"""Write every set-47 persona.toml from the table T below (run after editing; the table is the ground truth).

    .venv/bin/python tests/heldout/set47/_truth.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B = "{{BASE}}"


def ap(h, n):            # a note's url
    return f"{B}/social/@{h}/{n}"


def apid(h, n):          # a note's id
    return f"{B}/social/@{h}/statuses/{n}"


def prof(h):
    return f"{B}/social/@{h}"


def post(root, slug):
    return f"{B}/{root}/posts/{slug}/"


def t(path, tid):        # forum thread page
    return f"{B}{path}t/{tid}/"


def F(cat, value, keys, urls, lat=None, lon=None):
    d = {"category": cat, "value": value, "keys": keys, "urls": urls}
    if lat is not None:
        d.update(lat=lat, lon=lon, radius_m=150)
    return d


def D(url, phrase, cats, why):
    return {"url": url, "phrase": phrase, "not_categories": cats, "why": why}


# --- tradewinds -------------------------------------------------------------------
TW = "/forum/u/tradewinds/"
# --- figtreemum -------------------------------------------------------------------
FL = "figtree_leanne"
HY = "hyejin_counts"
SB = "blog"
SH_POSTS = ["the-rain-heron", "tomorrow-and-tomorrow", "the-bee-sting", "lessons-in-chemistry", "book-club-night",
            "test-room-kiosks", "reading-chair"]
WT = "/club/u/wtuckett/"
GB = "spencergulf_b"
NF = "nadia_f"
NP = f"{B}/in/nadia-ferreira"
TV = "vuko_rides"
TP = f"{B}/members/tom-vukovic"
KB = "kerryb_calwell"
GJ = "/forum/members/gordonjunction/"
TS = "ticketshaun"
PS = "notes"
HG = "bandsix"

T = {
    "tradewinds": dict(
        name="Daniel Kowalczyk", aliases=["tradewinds"], band="critical", rank=1,
        profiles=[(TW, "html")],
        facts=[
            F("employer", "Australian Border Force", ["Border Force", "trade enforcement investigator"], [f"{B}{TW}"]),
            F("corporate_identifier", "d.kowalczyk@abf.gov.au", ["d.kowalczyk@abf.gov.au", "signed up with my work email"],
              [t(TW, 9101)]),
            F("home_location", "Corrimal NSW", ["Corrimal"], [t(TW, 9101)]),
            F("family", "Bec (wife)", ["Bec"], [t(TW, 9102), t(TW, 9103)]),
            F("family", "Lachie (son)", ["Lachie"], [t(TW, 9102)]),
            F("associate", "Rhys Albanese (league commissioner)", ["Rhys Albanese", "Rhys"], [t(TW, 9103)]),
            F("vulnerability", "gambling losses on multis", ["eleven grand on the multis", "Don't tell Bec"], [t(TW, 9103)]),
            F("official_information", "evidence in a dumping-duty evasion prosecution", ["dumping duty",
              "14 containers of extrusions", "Wollongong District Court", "Sentencing is in August"], [t(TW, 9104)]),
            F("colleague", "Macca (team leader)", ["Macca"], [t(TW, 9104)]),
            F("routine", "RDO every second Friday, 8-4:30 at the office, Tuesday 6pm five-a-side at Beaton Park",
              ["RDO every second Friday", "8 till 4:30", "Tuesdays 6pm"], [t(TW, 9105)]),
            F("work_location", "Crown Street office (Wollongong)", ["Crown Street office"], [t(TW, 9105)]),
            F("systems_information", "case system 'the Beast': IE mode, six-hour outage, shared password pattern",
              ["the Beast", "Internet Explorer mode", "month plus a number", "same pattern"], [t(TW, 9106)]),
            F("personal_contact", "0491 570 114", ["0491 570 114"], [t(TW, 9107)]),
        ],
        decoys=[
            D(t(TW, 9102), "department store", ["work_location", "employer"], "His wife shopping at a sale."),
            D(t(TW, 9108), "border collie", ["employer", "colleague"], "A neighbour's dog."),
            D(t(TW, 9101), "Undervalued XI", ["official_information"], "A fantasy team name."),
        ]),
    "figtreemum": dict(
        name="Leanne Pirovic", aliases=["figtree_leanne"], band="critical", rank=2,
        profiles=[(f"/social/@{FL}", "activitypub")],
        facts=[
            F("employer", "Department of Home Affairs", ["Home Affairs", "Health liaison"], [prof(FL)]),
            F("home_location", "Figtree NSW", ["Figtree"], [ap(FL, 7001), ap(FL, 7003)]),
            F("family", "Kai (son)", ["Kai"], [ap(FL, 7001), ap(FL, 7006), ap(FL, 7008)]),
            F("family", "Ruby (daughter)", ["Ruby", "Figtree High"], [ap(FL, 7002), ap(FL, 7005), ap(FL, 7007)]),
            F("family", "Dean (ex-partner)", ["Dean"], [ap(FL, 7005)]),
            F("routine", "leaves Figtree 5:40 for a 7am handover, Monday to Thursday",
              ["Left at 5:40", "handover is at 7", "Monday to Thursday"], [ap(FL, 7003)]),
            F("work_location", "Villawood", ["Villawood"], [ap(FL, 7003)]),
            F("official_information", "a detainee hospitalised after 19 days refusing food; 11 on the watch list",
              ["19 days refusing food", "11 on the watch list"], [ap(FL, 7004)]),
            F("colleague", "Gav (offsider)", ["Gav"], [ap(FL, 7004)]),
            F("vulnerability", "no child support, credit card maxed", ["no child support", "Credit card maxed",
              "how much longer I can do this"], [ap(FL, 7005)]),
            F("personal_contact", "0491 570 226", ["0491 570 226"], [ap(FL, 7006)]),
            F("associate", "Sharon Tuilagi (neighbour)", ["Sharon Tuilagi", "Sharon"], [ap(FL, 7007)]),
            F("systems_information", "health referral app 'Patchy' on an old server", ["Patchy",
              "logs me out every ten minutes"], [ap(FL, 7008)]),
        ],
        decoys=[
            D(ap(FL, 7009), "Border Security", ["official_information", "employer"], "A TV show."),
            D(ap(FL, 7001), "Daniel Ricciardo", ["associate", "family"], "A racing driver, as a joke."),
        ]),
    "hyejin": dict(
        name="Grace Yoon", aliases=["hyejin_counts", "Grace 혜진 Yoon"], band="high", rank=3,
        profiles=[(f"/social/@{HY}", "activitypub")],
        facts=[
            F("employer", "Department of Home Affairs", ["Home Affairs", "Data analyst"], [prof(HY)]),
            F("work_location", "Belconnen", ["Belco"], [prof(HY)]),
            F("personal_contact", "KakaoTalk hyejin.yoon88", ["hyejin.yoon88"], [prof(HY)]),
            F("routine", "7:12 Red Rapid from Tuggeranong interchange, home on the 5:05, Thursday choir at 7",
              ["7:12", "5:05", "Thursdays I stay in town for choir at 7"], [ap(HY, 8001)]),
            F("family", "Jae-won (brother)", ["Jae-won"], [ap(HY, 8002)]),
            F("official_information", "protection caseload 31,400 on hand, dashboard to the Minister's office",
              ["31,400 on hand", "Minister's office", "median 640 days"], [ap(HY, 8003)]),
            F("systems_information", "data lake 'the Swamp' on unpatched SQL Server 2012; password in a wiki",
              ["the Swamp", "SQL Server 2012", "service account password"], [ap(HY, 8004)]),
            F("colleague", "T-Bone (team-mate)", ["T-Bone"], [ap(HY, 8005)]),
            F("associate", "Soo-ah Park (choir friend)", ["Soo-ah Park", "Soo-ah"], [ap(HY, 8006)]),
            F("home_location", "Wanniassa ACT", ["Wanniassa", "Tuggeranong"], [ap(HY, 8007), apid(HY, 8007), prof(HY)],
              -35.39980, 149.09210),
            F("geotag", "-35.3998, 149.0921", ["Wanniassa"], [ap(HY, 8007), apid(HY, 8007)], -35.39980, 149.09210),
        ],
        decoys=[
            D(ap(HY, 8008), "department store", ["work_location", "employer"], "A shop's advertisement."),
        ]),
    "shelfnotes": dict(
        name="Maureen Ashby", aliases=["Shelf Notes"], band="high", rank=4,
        profiles=[(f"/{SB}/", "html"), (f"/{SB}/feed.xml", "feed")],
        facts=[
            F("employer", "Department of Home Affairs", ["Department of Home Affairs", "Citizenship Test Officer"],
              [f"{B}/{SB}/"]),
            F("corporate_identifier", "maureen.ashby@homeaffairs.gov.au", ["maureen.ashby@homeaffairs.gov.au"],
              [f"{B}/{SB}/feed.xml", f"{B}/{SB}/"] + [post(SB, s) for s in SH_POSTS]),
            F("home_location", "Kangaroo Flat VIC", ["Kangaroo Flat"],
              [f"{B}/{SB}/", f"{B}/{SB}/feed.xml", post(SB, "reading-chair")], -36.79900, 144.24300),
            F("geotag", "-36.799, 144.243", ["apricot tree"], [f"{B}/{SB}/feed.xml", post(SB, "reading-chair")],
              -36.79900, 144.24300),
            F("family", "Graham (husband)", ["Graham"], [post(SB, "the-rain-heron")]),
            F("official_information", "citizenship test failure numbers and an unseen new question bank",
              ["9 failed", "new question bank"], [post(SB, "tomorrow-and-tomorrow")]),
            F("colleague", "Moira (team leader)", ["Moira"], [post(SB, "the-bee-sting")]),
            F("work_location", "Hargreaves Street office (Bendigo)", ["Hargreaves Street office"],
              [post(SB, "the-bee-sting")]),
            F("official_contact", "02 5550 4410", ["02 5550 4410"], [post(SB, "the-bee-sting")]),
            F("family", "Ellie (daughter)", ["Ellie", "Federation Uni"], [post(SB, "lessons-in-chemistry")]),
            F("associate", "Pat Delaney (book club host)", ["Pat Delaney", "Pat"], [post(SB, "book-club-night")]),
            F("routine", "book club first Thursday of the month, 7pm, Retreat Road",
              ["first Thursday of the month, 7pm"], [post(SB, "book-club-night")]),
            F("systems_information", "test kiosks auto-login as TESTADMIN on an old Windows 10 image",
              ["TESTADMIN", "Windows 10 image"], [post(SB, "test-room-kiosks")]),
        ],
        decoys=[
            D(post(SB, "book-club-night"), "border collie", ["employer", "colleague"], "The family dog."),
            D(post(SB, "the-rain-heron"), "Four stars", ["official_information"], "A book rating."),
        ]),
    "trackreports": dict(
        name="Warren Tuckett", aliases=["wtuckett"], band="high", rank=5,
        profiles=[(WT, "html")],
        facts=[
            F("employer", "Australian Border Force", ["Border Force", "teaching boat handling"], [f"{B}{WT}"]),
            F("home_location", "Trinity Park QLD", ["Trinity Park"],
              [f"{B}{WT}", f"{B}/media/front-deck-packs.jpg", t(WT, 505)], -16.80820, 145.70480),
            F("geotag", "-16.8082, 145.7048", ["front deck"], [f"{B}/media/front-deck-packs.jpg", t(WT, 505)],
              -16.80820, 145.70480),
            F("associate", "Heather Quinlan (walk leader)", ["Heather Quinlan", "Heather"], [t(WT, 501), t(WT, 503)]),
            F("routine", "Saturday 6:30am meet at Smithfield shopping centre, every second weekend",
              ["Saturday 6:30am", "every second weekend"], [t(WT, 501)]),
            F("colleague", "Spud (fellow instructor)", ["Spud"], [t(WT, 502)]),
            F("work_location", "the boat shed, Portsmith (Cairns)", ["Portsmith", "boat shed"], [t(WT, 502)]),
            F("official_information", "coxswain course short of crews; two Cape-class boats with cracked shafts",
              ["cracked shafts", "coxswain course is half empty", "can't spare crews"], [t(WT, 503)]),
            F("official_contact", "warren.tuckett@abf.gov.au", ["warren.tuckett@abf.gov.au"], [t(WT, 504)]),
            F("family", "Jo (partner)", ["Jo"], [t(WT, 505)]),
        ],
        decoys=[
            D(t(WT, 505), "Border collie", ["employer", "colleague"], "A campground dog."),
        ]),
    "gulfboarder": dict(
        name="Brett Hollis", aliases=["spencergulf_b"], band="high", rank=6,
        profiles=[(f"/social/@{GB}", "activitypub")],
        facts=[
            F("employer", "Australian Border Force", ["Border Force"], [ap(GB, 9001)]),
            F("work_location", "Whyalla", ["Whyalla"], [ap(GB, 9001)]),
            F("routine", "Mon Wed Fri days, on call Sundays, an hour each way", ["Days Mon Wed Fri", "on call Sundays"],
              [ap(GB, 9002)]),
            F("official_information", "a crew member absconded from an ore ship, third this year",
              ["did a runner", "Third this year"], [ap(GB, 9003)]),
            F("vulnerability", "pokies losses", ["pokies", "Not proud"], [ap(GB, 9004)]),
            F("home_location", "Stirling North SA", ["Stirling North"],
              [prof(GB), f"{B}/media/back-step-sunset.jpg", ap(GB, 9005)], -32.48290, 137.84150),
            F("geotag", "-32.4829, 137.8415", ["back step"],
              [f"{B}/media/back-step-sunset.jpg", ap(GB, 9005), apid(GB, 9005)], -32.48290, 137.84150),
            F("family", "Kirra (daughter)", ["Kirra"], [ap(GB, 9006)]),
        ],
        decoys=[
            D(ap(GB, 9007), "Border collie", ["employer", "colleague"], "A dog at the pound."),
        ]),
    "tarmacnewbie": dict(
        name="Nadia Ferreira", aliases=["nadia_f"], band="moderate", rank=7,
        profiles=[("/in/nadia-ferreira", "html"), (f"/social/@{NF}", "activitypub")],
        facts=[
            F("employer", "Australian Border Force", ["Australian Border Force", "Border Force Officer"], [NP]),
            F("work_location", "Cairns Airport", ["Cairns Airport"], [NP]),
            F("official_contact", "nadia.ferreira@abf.gov.au", ["nadia.ferreira@abf.gov.au"], [NP]),
            F("home_location", "Yorkeys Knob QLD", ["Yorkeys Knob", "Yorkeys"], [NP, ap(NF, 3002)]),
            F("official_information", "2.1 kg of methamphetamine found in a suitcase lining off the Denpasar flight",
              ["2.1 kg of methamphetamine"], [ap(NF, 3001)]),
            F("colleague", "Dana Whitcombe (inspector)", ["Dana Whitcombe"], [ap(NF, 3001)]),
            F("routine", "4 on 4 off, 0430 alarm for the first Bali arrivals", ["4 on, 4 off", "0430 alarm"],
              [ap(NF, 3002)]),
            F("systems_information", "new arrivals SmartGate build dropping out in the morning peak",
              ["SmartGate build", "gates dropped out twice"], [ap(NF, 3003)]),
        ],
        decoys=[
            D(ap(NF, 3004), "customer-facing role", ["employer"], "A generic book recommendation."),
        ]),
    "paydaykerry": dict(
        name="Kerry Blandford", aliases=["kerryb_calwell"], band="moderate", rank=8,
        profiles=[(f"/social/@{KB}", "activitypub")],
        facts=[
            F("corporate_identifier", "kerry.blandford@homeaffairs.gov.au", ["kerry.blandford@homeaffairs.gov.au"],
              [prof(KB)]),
            F("employer", "Department of Home Affairs", ["Home Affairs payroll"], [ap(KB, 1201)]),
            F("systems_information", "pay system 'Grumpy' double-paying overtime", ["Grumpy"], [ap(KB, 1202)]),
            F("official_information", "overtime overpaid to 300 ABF staff, clawbacks coming",
              ["double-paid overtime to 300 ABF staff", "Clawbacks"], [ap(KB, 1202)]),
            F("routine", "in by 7; Calwell shops then the 7:05 bus every weekday", ["7:05 bus", "In by 7"],
              [ap(KB, 1203), ap(KB, 1201)]),
            F("home_location", "Calwell ACT", ["Calwell"], [prof(KB), ap(KB, 1203)]),
            F("associate", "Nev (mate)", ["Nev"], [ap(KB, 1204)]),
        ],
        decoys=[
            D(ap(KB, 1205), "Department store", ["employer", "work_location"], "Where she bought seedlings."),
        ]),
    "wheelerstom": dict(
        name="Tom Vukovic", aliases=["vuko_rides"], band="moderate", rank=9,
        profiles=[("/members/tom-vukovic", "html"), (f"/social/@{TV}", "activitypub")],
        facts=[
            F("employer", "Department of Home Affairs", ["Home Affairs", "processes partner visas"], [TP]),
            F("home_location", "Strathfieldsaye VIC", ["Strathfieldsaye"], [TP]),
            F("routine", "Saturday 7am bunch ride; Tuesdays in the office on the 6:32 V/Line",
              ["Saturday 7am bunch", "Tuesdays, on the 6:32 V/Line"], [TP, ap(TV, 1101)]),
            F("associate", "Deb Okafor (riding partner)", ["Deb Okafor"], [TP]),
            F("work_location", "the Melbourne office", ["Melbourne office"], [ap(TV, 1101)]),
            F("official_information", "section told to clear 4,000 partner files by June with no extra staff",
              ["4,000 partner files"], [ap(TV, 1102)]),
            F("family", "Sanja (wife)", ["Sanja"], [ap(TV, 1103)]),
            F("vulnerability", "grievance: passed over for EL1", ["knocked back for the EL1", "what I owe this place"],
              [ap(TV, 1104)]),
        ],
        decoys=[
            D(ap(TV, 1105), "Border Security", ["official_information", "employer"], "A TV show."),
        ]),
    "gordonjunction": dict(
        name="Ian Petrakis", aliases=["gordonjunction"], band="moderate", rank=10,
        profiles=[(GJ, "html")],
        facts=[
            F("employer", "Department of Home Affairs", ["Home Affairs building", "years with the Department"],
              [t(GJ, 311)]),
            F("home_location", "Gordon ACT", ["Gordon, ACT"], [f"{B}{GJ}"]),
            F("routine", "2pm-10pm late shifts; first Sunday of the month 1pm running session in Theodore",
              ["2pm to 10pm", "first Sunday of the month at 1pm"], [t(GJ, 311), t(GJ, 313)]),
            F("systems_information", "access system 'Gatekeeper' honours cancelled cards for 24 hours",
              ["Gatekeeper", "cancelled card through for 24 hours"], [t(GJ, 312)]),
            F("associate", "Ross Tilley (railway friend)", ["Ross Tilley", "Ross"], [t(GJ, 313)]),
        ],
        decoys=[
            D(t(GJ, 312), "DCC security", ["systems_information"], "Model-railway digital command control."),
            D(t(GJ, 314), "department store", ["work_location", "employer"], "A shop."),
            D(t(GJ, 315), "Customs House station kit", ["employer", "work_location"], "A model kit."),
        ]),
    # --- negative controls -----------------------------------------------------------------
    "ticketshaun": dict(
        name="Shaun Doherty", aliases=["ticketshaun"], band="low", rank=11,
        profiles=[(f"/social/@{TS}", "activitypub")],
        facts=[
            F("home_location", "Eaglehawk VIC", ["Eaglehawk born and raised"], [prof(TS)]),
            F("family", "Tina (wife)", ["Tina"], [ap(TS, 6004)]),
            F("routine", "darts Wednesday 6pm at the Eaglehawk club", ["Darts Wednesday 6pm"], [ap(TS, 6005)]),
            F("associate", "Robbo (mate)", ["Robbo"], [ap(TS, 6005)]),
            F("personal_contact", "0491 570 388", ["0491 570 388"], [ap(TS, 6006)]),
        ],
        decoys=[
            D(prof(TS), "City of Greater Bendigo", ["employer", "work_location"], "A council, not the Department."),
            D(ap(TS, 6001), "41 infringements", ["official_information"], "Parking fines."),
            D(ap(TS, 6001), "Seized nothing, detained nobody", ["official_information"], "A joke about parking."),
            D(ap(TS, 6002), "Border Security", ["employer", "official_information"], "A TV show."),
            D(ap(TS, 6003), "department store", ["work_location"], "A loading zone he patrols for the council."),
            D(ap(TS, 6007), "Uniform and badge", ["employer", "colleague"], "A council parking uniform."),
            D(ap(TS, 6007), "border collie", ["employer", "colleague"], "A dog on the street."),
        ]),
    "tidetables": dict(
        name="Peggy Strachan", aliases=["Tide Tables and Tariffs"], band="low", rank=12,
        profiles=[(f"/{PS}/", "html"), (f"/{PS}/feed.xml", "feed")],
        facts=[
            F("home_location", "Clifton Beach QLD", ["Clifton Beach"],
              [f"{B}/{PS}/", f"{B}/{PS}/feed.xml", post(PS, "frangipani")], -16.76400, 145.67300),
            F("geotag", "-16.764, 145.673", ["frangipani"], [f"{B}/{PS}/feed.xml", post(PS, "frangipani")],
              -16.76400, 145.67300),
            F("routine", "guides Wednesday and Saturday 10-2 at the museum", ["every Wednesday and Saturday, 10 till 2"],
              [post(PS, "my-days")]),
            F("personal_contact", "peggy.strachan@tidetables.example", ["peggy.strachan@tidetables.example"],
              [post(PS, "my-days")]),
            F("family", "Craig (son)", ["Craig"], [post(PS, "grandkids")]),
            F("family", "Ollie (grandson)", ["Ollie"], [post(PS, "grandkids")]),
            F("family", "Mae (granddaughter)", ["Mae"], [post(PS, "grandkids")]),
            F("associate", "June Ah Kee (walking friend)", ["June Ah Kee", "June"], [post(PS, "walk-with-june")]),
        ],
        decoys=[
            D(post(PS, "the-tide-waiters"), "Customs House", ["employer", "work_location"], "A heritage building."),
            D(post(PS, "the-tide-waiters"), "Customs tide-waiters", ["employer", "colleague"], "1890s officials."),
            D(post(PS, "the-1911-ledger"), "seizure of 40 lb of opium", ["official_information"], "A 1911 ledger."),
            D(post(PS, "school-holidays"), "Two Border Force officers", ["colleague", "employer"], "Museum visitors."),
            D(post(PS, "school-holidays"), "bonded store", ["work_location", "official_information"], "A museum exhibit."),
            D(f"{B}/{PS}/", "Old customs ledgers", ["employer"], "A hobby."),
        ]),
    "bandsix": dict(
        name="Hamish Greaves", aliases=["bandsix"], band="low", rank=13,
        profiles=[(f"/social/@{HG}", "activitypub")],
        facts=[
            F("home_location", "Monash ACT", ["Monash, ACT"], [prof(HG)]),
            F("personal_contact", "Signal hamish.77", ["hamish.77"], [prof(HG)]),
            F("routine", "Saturday 8am exam sessions, Greenway", ["Saturday 8am sessions"], [ap(HG, 5004)]),
            F("family", "Lucy (partner)", ["Lucy"], [ap(HG, 5005), ap(HG, 5007)]),
            F("associate", "Arjun Menon (climbing mate)", ["Arjun Menon", "Arjun"], [ap(HG, 5006)]),
        ],
        decoys=[
            D(prof(HG), "Not Home Affairs", ["employer"], "He says he is not staff."),
            D(ap(HG, 5001), "Home Affairs wants band 6", ["employer", "official_information"], "A visa requirement."),
            D(ap(HG, 5002), "visa file", ["official_information", "systems_information"], "He has no access."),
            D(ap(HG, 5003), "computers crashed", ["systems_information"], "A private test centre's computers."),
            D(ap(HG, 5007), "Border Security", ["official_information"], "A TV show."),
            D(ap(HG, 5007), "department store", ["work_location"], "A TV episode."),
        ]),
}


def q(v):
    return json.dumps(v, ensure_ascii=False)


def render(name: str, p: dict) -> str:
    lines = [f"# Ground truth for the set-47 persona {name!r} (FICTIONAL). Written from _truth.py; edit there.", "",
             "[subject]", f"name = {q(p['name'])}", f"aliases = {q(p['aliases'])}", 'organisation = "dibp"',
             f"risk_band = {q(p['band'])}", f"rank = {p['rank']}", ""]
    for path, plat in p["profiles"]:
        lines += ["[[profiles]]", f"path = {q(path)}", f"platform = {q(plat)}", ""]
    for f in p["facts"]:
        lines += ["[[facts]]"] + [f"{k} = {q(v)}" for k, v in f.items()] + [""]
    for d in p["decoys"]:
        lines += ["[[decoys]]"] + [f"{k} = {q(v)}" for k, v in d.items()] + [""]
    return "\n".join(lines)


if __name__ == "__main__":
    for name, p in T.items():
        (HERE / name / "persona.toml").write_text(render(name, p), encoding="utf-8")
    from collections import Counter
    c = Counter(f["category"] for p in T.values() for f in p["facts"])
    print(sum(c.values()), dict(sorted(c.items())))
