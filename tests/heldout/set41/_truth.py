"""Write each set-41 persona's persona.toml from the TRUTH table below (run after editing it).

    .venv/bin/python tests/heldout/set41/_truth.py
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


def thread(user, tid):
    return f"{B}/forum/u/{user}/t/{tid}/"


def media(f):
    return f"{B}/media/{f}"


def F(cat, value, keys, urls, lat=None, lon=None, r=None):
    d = {"category": cat, "value": value, "keys": keys, "urls": urls}
    if lat is not None:
        d["lat"], d["lon"] = lat, lon
        if r:
            d["radius_m"] = r
    return d


def D(url, phrase, cats, why):
    return {"url": url, "phrase": phrase, "not_categories": cats, "why": why}


# ---------------------------------------------------------------------------------------------------------------
CF = "mamacel"
CT = "karimh"
SE = "sefa_runs"
BW = "dale_w_rhib"
TN = "tinanguyen"
DP = "dannyp_wsi"
NP = "coachnickp"
RZ = "roz_alto"
LT = "leilani_t"
KM = "kyliem_ramp"
VP = "coach_kovac"

TRUTH = {
    "cancelfam": {
        "subject": {"name": "Maricel Dizon", "aliases": ["Cel", "MamaCel_MP"], "risk_band": "critical", "rank": 1},
        "note": "Character-assessment officer naming her team, office, suburb, three kids and work email; caseload with "
                "bikies and a released man nearby; case-system failures; $18k card and mortgage arrears before a "
                "clearance renewal; Viber number; GPS photo in the backyard.",
        "profiles": [("/forum/u/mamacel/", "html")],
        "facts": [
            F("employer", "Department of Home Affairs", ["Home Affairs", "character team"], [thread(CF, 5103)]),
            F("work_location", "Home Affairs Parramatta office", ["Parra office"], [thread(CF, 5101)]),
            F("home_location", "Marsden Park NSW", ["Marsden Park", "Hollinsworth Rd"],
              [thread(CF, 5101), thread(CF, 5107), thread(CF, 5106), media("turf.jpg")], -33.69320, 150.83410, 150),
            F("geotag", "-33.6932, 150.8341 (backyard photo)", ["turf.jpg"],
              [media("turf.jpg"), thread(CF, 5106)], -33.69320, 150.83410, 100),
            F("routine", "7:15 before-school drop-off, M7 to the office by 8:30, home 5:45, WFH Fridays",
              ["7:15", "Fridays I WFH", "home by 5:45"], [thread(CF, 5101)]),
            F("family", "Jun (husband)", ["Jun", "Hubby Jun"], [thread(CF, 5101), thread(CF, 5104)]),
            F("family", "Bea (daughter)", ["Bea", "Elara Creek Public"], [thread(CF, 5101)]),
            F("family", "Migo (son)", ["Migo"], [thread(CF, 5101), thread(CF, 5106)]),
            F("colleague", "Grace Obi (team leader)", ["Grace Obi", "Grace"], [thread(CF, 5105)]),
            F("associate", "Lorna Bautista (kumare)", ["Lorna Bautista", "Lorna"], [thread(CF, 5107)]),
            F("corporate_identifier", "maricel.dizon@homeaffairs.gov.au", ["maricel.dizon@homeaffairs.gov.au"],
              [thread(CF, 5102)]),
            F("personal_contact", "0491 570 212 (Viber/text)", ["0491 570 212"], [thread(CF, 5107)]),
            F("official_information", "character caseload: 63 s501 files, bikies, a decision set aside",
              ["63 on my list", "bikie", "set aside my decision"], [thread(CF, 5103)]),
            F("systems_information", "ICSE freezing on aliases; the cancellation workflow ('the Beast') timing out",
              ["ICSE", "the Beast"], [thread(CF, 5105)]),
            F("vulnerability", "$18k card, personal loan, mortgage 2 months behind, remittances; clearance renewal",
              ["$18k", "behind 2 months", "debt consolidation"], [thread(CF, 5104)]),
        ],
        "decoys": [
            D(thread(CF, 5106), "border collie", ["employer"], "A pet dog."),
            D(thread(CF, 5101), "department store", ["employer"], "A shop for school shoes."),
            D(thread(CF, 5104), "the warehouse", ["work_location"], "The husband's workplace, unnamed."),
        ],
    },
    "ctliaison": {
        "subject": {"name": "Karim Haddad", "aliases": ["karimh"], "risk_band": "critical", "rank": 2},
        "note": "CTU officer at Melbourne Airport: a watchlist referral and weekly numbers, the extraction kit's expired "
                "licence, his work email as the podcast's contact, 4 on 4 off, team leader, grandmother, cousin, "
                "wife, $14k punting losses, georss at his kitchen in Mickleham.",
        "profiles": [("/social/@karimh", "activitypub"), ("/podcast/", "html")],
        "facts": [
            F("employer", "Australian Border Force (counter-terrorism unit)", ["Border Force CTU", "Border Force"], [ap(CT)]),
            F("work_location", "Melbourne Airport (T2)", ["Melbourne Airport"], [post("ep-14-shift-food", "podcast")]),
            F("home_location", "Mickleham VIC", ["Mickleham"],
              [f"{B}/podcast/", post("ep-12-kibbeh", "podcast"), f"{B}/podcast/feed.xml"], -37.53540, 144.90610, 150),
            F("geotag", "-37.5354, 144.9061 (episode recorded at home)", ["-37.5354 144.9061"],
              [f"{B}/podcast/feed.xml", post("ep-12-kibbeh", "podcast")], -37.53540, 144.90610, 100),
            F("routine", "four on, four off, 0600 to 1800", ["four on, four off", "0600 to 1800"],
              [post("ep-14-shift-food", "podcast")]),
            F("routine", "every second Sunday, 1pm lunch at Teta's in Coburg, then recording at home",
              ["every second Sunday", "1pm"], [post("ep-12-kibbeh", "podcast")]),
            F("family", "Hoda (grandmother)", ["Teta Hoda", "Hoda"], [post("ep-12-kibbeh", "podcast")]),
            F("family", "Rami (cousin)", ["Rami"], [post("ep-12-kibbeh", "podcast"), post("ep-15-guests", "podcast")]),
            F("family", "Yasmin (wife)", ["Yasmin"], [post("ep-16-mjaddara", "podcast"), ap(CT, 803)]),
            F("colleague", "Dave McAlister (team leader)", ["Dave McAlister", "Macca"], [post("ep-14-shift-food", "podcast")]),
            F("official_contact", "karim.haddad@abf.gov.au", ["karim.haddad@abf.gov.au"], [post("ep-15-guests", "podcast")]),
            F("official_information", "watchlist referral off the Doha flight handed to the JCTT; a dozen referrals a week",
              ["watchlist referral", "JCTT", "dozen referrals a week"], [ap(CT, 801)]),
            F("systems_information", "phone-extraction kit on Windows 10 with an expired licence",
              ["phone-extraction kit", "Windows 10", "licence expired"], [ap(CT, 802)]),
            F("vulnerability", "punting on multis, down about $14k this year, hidden statements",
              ["$14k", "punting", "multis"], [post("ep-16-mjaddara", "podcast")]),
        ],
        "decoys": [
            D(ap(CT, 803), "Border Security", ["employer", "official_information"], "A TV show."),
            D(post("ep-12-kibbeh", "podcast"), "Coburg", ["home_location"], "His grandmother's suburb, not his."),
            D(post("ep-14-shift-food", "podcast"), "the lounge", ["work_location"], "An airline lounge in a joke."),
        ],
    },
    "cutterengine": {
        "subject": {"name": "Iosefa Leota", "aliases": ["Sefa", "sefa_runs"], "risk_band": "high", "rank": 3},
        "note": "2nd engineer on a Border Force cutter: a patrol's apprehensions and the next sailing, an engine fault and "
                "sat-comms down; run times and a place-tagged note and photo at home in Zuccoli; wife, son, a fellow "
                "engineer; fa'alavelave costs on the card; WhatsApp in a profile field.",
        "profiles": [("/social/@sefa_runs", "activitypub")],
        "facts": [
            F("employer", "Australian Border Force (Marine Unit)", ["Border Force cutters", "2nd engineer"], [ap(SE, 6102)]),
            F("work_location", "Larrakeyah base, Darwin", ["Larrakeyah"], [ap(SE, 6104), ap(SE, 6105)]),
            F("home_location", "Zuccoli NT", ["Zuccoli"],
              [ap(SE, 6101), apid(SE, 6101), ap(SE, 6105), media("lake-run.jpg")], -12.51150, 130.99780, 150),
            F("geotag", "-12.5117, 130.9981 (place-tagged run note) and the run photo", ["-12.5117", "lake-run.jpg"],
              [ap(SE, 6101), apid(SE, 6101), media("lake-run.jpg"), ap(SE, 6105)], -12.51170, 130.99810, 100),
            F("routine", "Tuesday 5:30am lake loop, Thursday hills, Saturday parkrun", ["5:30am", "Tues + Thurs", "Thursday hills"],
              [ap(SE, 6101), ap(SE), ap(SE, 6105)]),
            F("family", "Mele (wife)", ["Mele"], [ap(SE, 6103)]),
            F("family", "Tavita (son)", ["Tavita"], [ap(SE, 6103)]),
            F("colleague", "Darren Kerr (engineer on the sister boat)", ["Darren Kerr", "Dazza"], [ap(SE, 6105), ap(SE, 6101)]),
            F("personal_contact", "WhatsApp 0491 570 486", ["0491 570 486"], [ap(SE)]),
            F("official_information", "patrol: 26 days, three FFVs apprehended near Ashmore; next sailing Thursday, back early June",
              ["Three FFVs", "Ashmore", "Sailing Thursday"], [ap(SE, 6102), ap(SE, 6106)]),
            F("systems_information", "port main engine fault (one shaft); sat-comms down six days, spare in Cairns",
              ["one shaft", "Sat-comms"], [ap(SE, 6102), ap(SE, 6106)]),
            F("vulnerability", "$7k on the card in a month (funeral, car loan), chasing overtime",
              ["$7k on the card", "car loan"], [ap(SE, 6104)]),
        ],
        "decoys": [
            D(ap(SE, 6107), "Border collie", ["employer"], "A dog at parkrun."),
            D(ap(SE), "big grey boats", ["work_location"], "Vague; no site named."),
        ],
    },
    "boatshed": {
        "subject": {"name": "Dale Whitford", "aliases": ["dale_w_rhib"], "risk_band": "high", "rank": 4},
        "note": "Border Force boat-maintenance technician at Henderson; forum account on his work email; tracker firmware "
                "and a shared admin password; two of three RHIBs out of service; passed over and bitter; hours; "
                "wife; boating mate; garage sale in Aveley.",
        "profiles": [("/forum/u/dale_w_rhib/", "html")],
        "facts": [
            F("employer", "Australian Border Force", ["Border Force tenders", "Border Force"], [thread(BW, 9201)]),
            F("work_location", "Henderson workshop (WA)", ["Henderson workshop", "Henderson"], [thread(BW, 9201), thread(BW, 9203)]),
            F("corporate_identifier", "dale.whitford@abf.gov.au", ["dale.whitford@abf.gov.au"], [f"{B}/forum/u/dale_w_rhib/"]),
            F("systems_information", "RHIB fleet trackers on 2017 firmware; shared laptop with the admin password on a sticker",
              ["fleet trackers", "firmware from 2017", "admin password on a sticker"], [thread(BW, 9202)]),
            F("official_information", "two of three RHIBs unserviceable; Fremantle crew down to one boat for boardings",
              ["Two of our three RHIBs", "one boat for boardings"], [thread(BW, 9203)]),
            F("vulnerability", "grievance: passed over again, contractors paid double, 'I'm furniture'",
              ["knocked back", "I'm furniture", "paid double"], [thread(BW, 9204)]),
            F("routine", "weekdays 7 till 3:30 via the Kwinana Fwy; Saturday 7am boat launch",
              ["7 till 3:30", "7am most Saturdays"], [thread(BW, 9205)]),
            F("associate", "Shane Pocock (boating mate)", ["Shane Pocock"], [thread(BW, 9205)]),
            F("family", "Trish (wife)", ["Trish"], [thread(BW, 9206)]),
            F("home_location", "Aveley WA", ["Aveley", "Millhouse Rd"], [thread(BW, 9206)]),
        ],
        "decoys": [
            D(thread(BW, 9206), "border collie", ["employer"], "Dog hair."),
            D(thread(BW, 9203), "Supplier", ["employer", "colleague"], "A parts supplier."),
        ],
    },
    "legisdraft": {
        "subject": {"name": "Thuy Nguyen", "aliases": ["Tina Nguyen", "tinanguyen"], "risk_band": "high", "rank": 5},
        "note": "Senior legislation officer at Home Affairs: official email and desk phone on a professional profile, a bill's "
                "timing before introduction and a leak, her director; passed over and 'done being loyal'; the 7:35 "
                "bus out of Strathnairn, Sunday phở; brother, friend.",
        "profiles": [("/in/tina-nguyen-legis", "html"), ("/social/@tinanguyen", "activitypub")],
        "facts": [
            F("employer", "Department of Home Affairs (Legislation Branch)", ["Home Affairs", "Legislation Branch"],
              [f"{B}/in/tina-nguyen-legis"]),
            F("official_contact", "tina.nguyen@homeaffairs.gov.au, 02 5550 3412",
              ["tina.nguyen@homeaffairs.gov.au", "02 5550 3412", "5550 3412"], [f"{B}/in/tina-nguyen-legis"]),
            F("work_location", "Home Affairs Belconnen office, Canberra", ["Belconnen office"], [f"{B}/in/tina-nguyen-legis"]),
            F("official_information", "character-provisions amendment bill with the drafters, introduction next sitting; leaked exposure draft",
              ["character-provisions amendment bill", "next sitting fortnight", "exposure draft"],
              [f"{B}/in/tina-nguyen-legis", ap(TN, 3304)]),
            F("colleague", "Fiona Ashby (director)", ["Fiona Ashby"], [f"{B}/in/tina-nguyen-legis"]),
            F("home_location", "Strathnairn ACT", ["Strathnairn"], [ap(TN, 3302)]),
            F("routine", "7:35 bus out of Strathnairn; Sunday phở at her parents' in Kambah",
              ["7:35 bus", "Phở on Sundays"], [ap(TN, 3302), ap(TN, 3301)]),
            F("family", "Khoa (younger brother)", ["Khoa"], [ap(TN, 3301)]),
            F("colleague", "Linh Dao (policy team colleague)", ["Linh Dao", "Linh"], [ap(TN, 3305)]),
            F("vulnerability", "passed over for acting EL1 again; 'done being loyal'", ["Passed over", "done being loyal"],
              [ap(TN, 3303)]),
        ],
        "decoys": [
            D(ap(TN, 3306), "department store", ["employer"], "A shop."),
            D(f"{B}/in/tina-nguyen-legis", "ANU College of Law", ["employer", "work_location"], "Her university."),
        ],
    },
    "foibakes": {
        "subject": {"name": "Bec Saliba", "aliases": ["Rebecca Saliba"], "risk_band": "high", "rank": 6},
        "note": "FOI officer at Home Affairs: her work email as the baking blog's feed author, the FOI backlog and a refusal "
                "in progress on detention incident logs, a crashing redaction tool and records system; georss at the "
                "new townhouse in Wright; Wednesday class; partner, grandmother, class friend.",
        "profiles": [("/blog/", "html"), ("/blog/feed.xml", "feed")],
        "facts": [
            F("employer", "Department of Home Affairs (FOI)", ["FOI at Home Affairs", "Home Affairs"], [post("stress-baking")]),
            F("corporate_identifier", "rebecca.saliba@homeaffairs.gov.au (feed author)", ["rebecca.saliba@homeaffairs.gov.au"],
              [f"{B}/blog/feed.xml"]),
            F("official_information", "900 FOI requests on hand, 200 overdue; detention incident logs to be mostly refused",
              ["900-odd requests", "detention incident logs", "refuse"], [post("stress-baking")]),
            F("systems_information", "redaction tool crashes at 500 pages; records system cannot export a whole file",
              ["redaction tool", "records system"], [post("stress-baking")]),
            F("home_location", "Wright ACT", ["Wright", "Molonglo"], [post("new-kitchen-wright"), f"{B}/blog/", f"{B}/blog/feed.xml"],
              -35.32280, 149.03420, 150),
            F("geotag", "-35.3228, 149.0342 (georss on a post at home)", ["-35.3228 149.0342"],
              [f"{B}/blog/feed.xml", post("new-kitchen-wright")], -35.32280, 149.03420, 100),
            F("routine", "Wednesdays 6pm bread class at the Cooleman Court community kitchen, home by 9",
              ["Every Wednesday at 6pm", "Cooleman Court"], [post("wednesday-class")]),
            F("family", "Josh (partner)", ["Josh"], [post("pastizzi-101"), post("great-british-bake-off")]),
            F("family", "Carmen (grandmother)", ["Nanna Carmen"], [f"{B}/blog/", post("pastizzi-101")]),
            F("associate", "Priya Raman (classmate)", ["Priya Raman"], [post("wednesday-class")]),
        ],
        "decoys": [
            D(post("great-british-bake-off"), "Border Security", ["employer", "official_information"], "A TV show."),
            D(post("great-british-bake-off"), "Bake Off", ["official_information"], "A TV show."),
        ],
    },
    "wsiarrivals": {
        "subject": {"name": "Danny Pham", "aliases": ["Duy Pham", "dannyp_wsi", "dannyp.wsi"], "risk_band": "high", "rank": 7},
        "note": "Border Force officer at Western Sydney International: primary-line staffing, SmartGates offline, a heroin "
                "seizure off a named flight; earlies and the staff car park; two GPS photos in Oran Park; sister, gym "
                "mate; Snapchat in his bio.",
        "profiles": [("/social/@dannyp_wsi", "activitypub")],
        "facts": [
            F("employer", "Australian Border Force", ["ABF"], [ap(DP)]),
            F("work_location", "Western Sydney International Airport", ["Western Sydney Intl", "new airport"], [ap(DP), ap(DP, 7101)]),
            F("home_location", "Oran Park NSW", ["Oran Park"],
              [ap(DP), media("driveway.jpg"), media("bbq-street.jpg"), ap(DP, 7103), ap(DP, 7105)], -34.00420, 150.74160, 150),
            F("geotag", "-34.0042, 150.7416 (two photos on his street)", ["driveway.jpg", "bbq-street.jpg"],
              [media("driveway.jpg"), media("bbq-street.jpg"), ap(DP, 7103), ap(DP, 7105)], -34.00420, 150.74160, 100),
            F("routine", "earlies start 5:30, out the door 4:40, staff lot P3 by 5:15", ["Earlies start at 5:30", "P3", "4:40am"],
              [ap(DP, 7102)]),
            F("official_information", "four officers on primary for a full 787", ["four of us on primary"], [ap(DP, 7101)]),
            F("official_information", "3 kg of heroin in a suitcase lining off the Ho Chi Minh flight",
              ["3 kg of heroin", "suitcase lining"], [ap(DP, 7104)]),
            F("systems_information", "SmartGates offline half the week; paper arrivals cards", ["SmartGates offline"],
              [ap(DP, 7101)]),
            F("family", "Vy (older sister)", ["chị Vy", "Vy"], [ap(DP, 7105)]),
            F("associate", "Tommy Huynh (gym mate)", ["Tommy Huynh", "Tommy"], [ap(DP, 7106)]),
            F("personal_contact", "Snapchat dannyp.wsi", ["dannyp.wsi"], [ap(DP)]),
        ],
        "decoys": [
            D(ap(DP, 7107), "Border Security", ["employer", "official_information"], "A TV repeat."),
            D(ap(DP, 7105), "thinks I'm a cop", ["employer"], "His sister's mistake."),
        ],
    },
    "collegecoach": {
        "subject": {"name": "Nick Papadakis", "aliases": ["Nikos Papadakis", "coachnickp"], "risk_band": "moderate", "rank": 8},
        "note": "ABF College instructor named on a junior club's coach page with his suburb, wife, daughter and training "
                "times; his posts give a graduating course's postings and an assessment failure rate, a fellow "
                "instructor and his koumbaro.",
        "profiles": [("/club/coaches/nick-papadakis", "html"), ("/social/@coachnickp", "activitypub")],
        "facts": [
            F("employer", "Australian Border Force (ABF College)", ["ABF College"], [f"{B}/club/coaches/nick-papadakis"]),
            F("work_location", "ABF College, Canberra", ["ABF College in Canberra"], [f"{B}/club/coaches/nick-papadakis"]),
            F("home_location", "Googong NSW", ["Googong"], [f"{B}/club/coaches/nick-papadakis"]),
            F("family", "Eleni (wife)", ["Eleni"], [f"{B}/club/coaches/nick-papadakis"]),
            F("family", "Zoe (daughter)", ["Zoe"], [f"{B}/club/coaches/nick-papadakis"]),
            F("routine", "Tuesday and Thursday 5pm training at Googong Common; Saturday games",
              ["Tuesdays and Thursdays 5pm", "Googong Common"], [f"{B}/club/coaches/nick-papadakis"]),
            F("official_information", "recruit course graduating: 31 officers, 22 to Sydney Airport, six to Melbourne",
              ["31 new officers", "22 of them off to Sydney Airport"], [ap(NP, 4401)]),
            F("official_information", "defensive tactics: 9 of 40 failed the cuffing sequence", ["9 of 40", "cuffing sequence"],
              [ap(NP, 4403)]),
            F("colleague", "Steph Rowe (fellow instructor)", ["Steph Rowe"], [ap(NP, 4403)]),
            F("associate", "Petros Vlahos (koumbaro)", ["Petros Vlahos", "koumbaro"], [ap(NP, 4402)]),
        ],
        "decoys": [
            D(ap(NP, 4404), "border collie", ["employer"], "A toy dog."),
            D(f"{B}/club/coaches/nick-papadakis", "parade ground", ["work_location"], "A figure of speech."),
        ],
    },
    "recordschoir": {
        "subject": {"name": "Roz Tolentino", "aliases": ["Rosalind Tolentino", "roz_alto"], "risk_band": "moderate", "rank": 9},
        "note": "Home Affairs records officer in Adelaide named by her choir page with her work mobile for tickets, her "
                "suburb and rehearsal night; a TRIM migration and unregistered boxes; husband, daughter, grandson, "
                "choir director.",
        "profiles": [("/choir/members/roz-tolentino", "html"), ("/social/@roz_alto", "activitypub")],
        "facts": [
            F("employer", "Department of Home Affairs (records)", ["records officer with Home Affairs", "Home Affairs"],
              [f"{B}/choir/members/roz-tolentino"]),
            F("work_location", "Home Affairs Adelaide office", ["Adelaide office"], [f"{B}/choir/members/roz-tolentino"]),
            F("official_contact", "work mobile 0491 570 733", ["0491 570 733"], [f"{B}/choir/members/roz-tolentino"]),
            F("home_location", "Angle Vale SA", ["Angle Vale"], [f"{B}/choir/members/roz-tolentino"]),
            F("routine", "choir rehearsal Tuesdays 7pm, Angle Vale community hall", ["Tuesdays 7pm"],
              [f"{B}/choir/members/roz-tolentino"]),
            F("systems_information", "TRIM containers migrating to the new records system; 40 unregistered boxes in the compactus",
              ["TRIM", "new records system", "compactus"], [ap(RZ, 2201)]),
            F("family", "Ed (husband)", ["husband Ed", "Ed says"], [ap(RZ, 2204)]),
            F("family", "Cristina (daughter)", ["Cristina"], [ap(RZ, 2202)]),
            F("family", "Nico (grandson)", ["Nico"], [ap(RZ, 2202)]),
            F("associate", "Helen Marsh (choir director)", ["Helen Marsh"], [ap(RZ, 2203)]),
        ],
        "decoys": [
            D(ap(RZ, 2204), "Department store", ["employer"], "A shop."),
            D(f"{B}/choir/members/roz-tolentino", "ticket secretary", ["employer"], "Her choir role."),
        ],
    },
    "denmanpolicy": {
        "subject": {"name": "Leilani Tautua", "aliases": ["leilani_t"], "risk_band": "moderate", "rank": 10},
        "note": "Humanitarian policy officer at Home Affairs (bio); a Cabinet submission's timing and a bigger-than-expected "
                "cut; Wednesday netball time and court; a place-tagged note at home in Denman Prospect; a cousin.",
        "profiles": [("/social/@leilani_t", "activitypub")],
        "facts": [
            F("employer", "Department of Home Affairs (humanitarian policy)", ["Home Affairs", "Humanitarian policy"], [ap(LT)]),
            F("official_information", "Cabinet submission on the humanitarian intake due Friday; ceiling cut bigger than expected",
              ["Cabinet sub", "cut to the ceiling"], [ap(LT, 1503)]),
            F("routine", "Wednesday netball 8:10pm, court 3, Belconnen courts", ["8:10pm", "Wednesday netball"],
              [ap(LT, 1501), ap(LT)]),
            F("home_location", "Denman Prospect ACT", ["Denman Prospect"], [ap(LT, 1502), apid(LT, 1502)],
              -35.29870, 149.02450, 150),
            F("geotag", "-35.2987, 149.0245 (place-tagged note at home)", ["Denman Prospect", "-35.2987"],
              [ap(LT, 1502), apid(LT, 1502)], -35.29870, 149.02450, 100),
            F("family", "Filipo (cousin)", ["Filipo"], [ap(LT, 1504)]),
        ],
        "decoys": [
            D(ap(LT, 1502), "border collie", ["employer"], "The neighbours' dog."),
            D(ap(LT, 1501), "screen door", ["systems_information"], "Her father's joke."),
        ],
    },
    "tagalogterp": {
        "subject": {"name": "Tess Villareal", "aliases": ["Marites Villareal"], "risk_band": "low", "rank": 11},
        "note": "NEGATIVE CONTROL: freelance interpreter contracting to many agencies; home suburb, husband, son, Sunday "
                "Mass, a fellow interpreter, her booking email and mobile.",
        "profiles": [("/blog/", "html")],
        "facts": [
            F("home_location", "Schofields NSW", ["Schofields"], [post("home-life")]),
            F("family", "Ramon (husband)", ["Ramon"], [post("home-life")]),
            F("family", "Angelo (son)", ["Angelo"], [post("home-life"), post("department-store")]),
            F("routine", "Sunday 9am Mass", ["Sunday 9am Mass"], [post("home-life")]),
            F("associate", "Divina Ocampo (fellow interpreter)", ["Divina Ocampo"], [post("booking")]),
            F("personal_contact", "tess.villareal@mail.example, 0491 570 918", ["tess.villareal@mail.example", "0491 570 918"],
              [post("booking")]),
        ],
        "decoys": [
            D(post("hearing-day"), "Home Affairs interview at the Parramatta office", ["employer", "work_location"],
              "A booking as a contract interpreter."),
            D(post("hearing-day"), "visa cancellation hearing", ["official_information"], "A client's hearing she interpreted."),
            D(post("villawood-visit"), "Border Force officers on the gate", ["employer", "colleague"], "Officers she passed."),
            D(post("villawood-visit"), "Villawood", ["work_location"], "A detention centre she visited for a law firm."),
            D(post("department-store"), "department store", ["employer"], "A shop."),
            D(post("department-store"), "Border Security", ["employer", "official_information"], "A TV show."),
        ],
    },
    "groundsup": {
        "subject": {"name": "Kylie Mortensen", "aliases": ["kyliem_ramp"], "risk_band": "low", "rank": 12},
        "note": "NEGATIVE CONTROL: private airline ground supervisor at Perth Airport; suburb in the bio, a backyard GPS "
                "photo, son, 4am roster, a friend.",
        "profiles": [("/social/@kyliem_ramp", "activitypub")],
        "facts": [
            F("home_location", "Ellenbrook WA", ["Ellenbrook"], [ap(KM), media("lemons.jpg"), ap(KM, 5503)],
              -31.77350, 115.96720, 150),
            F("geotag", "-31.7735, 115.9672 (backyard photo)", ["lemons.jpg"], [media("lemons.jpg"), ap(KM, 5503)],
              -31.77350, 115.96720, 100),
            F("family", "Jayden (son)", ["Jayden"], [ap(KM), ap(KM, 5502)]),
            F("routine", "4am starts Monday to Thursday", ["4am starts Mon to Thu"], [ap(KM, 5502)]),
            F("associate", "Mel Dunstan (friend)", ["Mel Dunstan"], [ap(KM, 5505)]),
        ],
        "decoys": [
            D(ap(KM, 5501), "Border Force officers", ["employer", "colleague"], "Officers she waits on."),
            D(ap(KM, 5501), "customs hall", ["work_location"], "Where passengers queue."),
            D(ap(KM, 5504), "SmartGates down", ["systems_information"], "Seen from the airline side."),
            D(ap(KM, 5504), "T1 international", ["work_location"], "Her airline's terminal, not the Department's site."),
            D(ap(KM, 5504), "uniform", ["employer"], "Her airline uniform."),
            D(ap(KM), "Swanline Airways", ["employer"], "A private airline."),
        ],
    },
    "vicpolcoach": {
        "subject": {"name": "Brendan Kovac", "aliases": ["coach_kovac"], "risk_band": "low", "rank": 13},
        "note": "NEGATIVE CONTROL: state police officer coaching juniors; suburb, Thursday training, assistant coach, wife, "
                "daughter, mobile for the trip.",
        "profiles": [("/forum/u/coach_kovac/", "html")],
        "facts": [
            F("home_location", "Diggers Rest VIC", ["Diggers Rest"], [f"{B}/forum/u/coach_kovac/", thread(VP, 611)]),
            F("routine", "Thursday 5:30pm training at the Diggers Rest oval", ["Thursday 5:30pm"], [thread(VP, 611)]),
            F("associate", "Marko Jelic (assistant coach)", ["Marko Jelic"], [thread(VP, 611)]),
            F("family", "Ana (wife)", ["wife Ana", "Ana says"], [thread(VP, 613)]),
            F("family", "Mila (daughter)", ["Mila"], [thread(VP, 613)]),
            F("personal_contact", "0491 570 604", ["0491 570 604"], [thread(VP, 614)]),
        ],
        "decoys": [
            D(thread(VP, 612), "joint operation with Border Force", ["employer", "official_information"],
              "A state police officer at a joint job."),
            D(thread(VP, 612), "the seizure", ["official_information"], "Seen on the news."),
            D(thread(VP, 611), "Victoria Police", ["employer"], "His state employer, not the Department."),
            D(thread(VP, 614), "the department", ["employer"], "Victoria Police."),
            D(thread(VP, 614), "the station", ["work_location"], "A police station."),
            D(thread(VP, 612), "at the airport", ["work_location"], "Where the joint job was."),
        ],
    },
}


def q(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def arr(xs) -> str:
    return "[" + ", ".join(q(x) for x in xs) + "]"


def toml_for(name: str, t: dict) -> str:
    s = t["subject"]
    out = [f"# Ground truth for set-41 persona {name!r} (FICTIONAL). Written by hand from _truth.py.",
           f"# {t['note']}", "", "[subject]", f"name = {q(s['name'])}", f"aliases = {arr(s['aliases'])}",
           'organisation = "dibp"', f"risk_band = {q(s['risk_band'])}", f"rank = {s['rank']}", ""]
    for path, platform in t["profiles"]:
        out += ["[[profiles]]", f"path = {q(path)}", f"platform = {q(platform)}", ""]
    for f in t["facts"]:
        out += ["[[facts]]", f"category = {q(f['category'])}", f"value = {q(f['value'])}", f"keys = {arr(f['keys'])}",
                f"urls = {arr(f['urls'])}"]
        if "lat" in f:
            out += [f"lat = {f['lat']}", f"lon = {f['lon']}"]
            if "radius_m" in f:
                out.append(f"radius_m = {f['radius_m']}")
        out.append("")
    for d in t["decoys"]:
        out += ["[[decoys]]", f"url = {q(d['url'])}", f"phrase = {q(d['phrase'])}",
                f"not_categories = {arr(d['not_categories'])}", f"why = {q(d['why'])}", ""]
    return "\n".join(out)


def main() -> None:
    for name, t in TRUTH.items():
        (HERE / name / "persona.toml").write_text(toml_for(name, t), encoding="utf-8")
    from collections import Counter
    c = Counter(f["category"] for t in TRUTH.values() for f in t["facts"])
    print(sum(c.values()), dict(sorted(c.items())))


if __name__ == "__main__":
    main()
