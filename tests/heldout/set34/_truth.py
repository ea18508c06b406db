"""Write each set-34 persona.toml from the TRUTH table below (run after editing it).

    .venv/bin/python tests/heldout/set34/_truth.py

Ground truth is the author's judgement of what each (fictional) person exposes; it was never
derived from, or checked against, the scanner's output.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B = "{{BASE}}"


def ap(h, n):
    return f"{B}/social/@{h}/{n}"


def ap_id(h, n):
    return f"{B}/social/@{h}/statuses/{n}"


def post(slug, root="blog"):
    return f"{B}/{root}/posts/{slug}/"


def thread(user, tid):
    return f"{B}/forum/u/{user}/t/{tid}/"


def media(f):
    return f"{B}/media/{f}"


# fact: (category, value, keys, urls, extra) ; decoy: (url, phrase, not_categories, why)
TRUTH = {
    "tullacaravan": dict(
        name="Warren Pocock", aliases=["Two Pococks and a Jayco"], band="critical", rank=1,
        note="Names Customs/Border Force and the cargo shed at Tulla, his night roster, his colleague, a heroin "
             "seizure story and a cargo-scanner outage with a shared login, debt and gambling losses; blog feed "
             "authored under his official email; GPS photo in his Sunbury driveway.",
        profiles=[("/blog/", "html")],
        facts=[
            ("employer", "Australian Border Force", ["Border Force", "Customs"], [post("finally-off"), f"{B}/blog/feed.xml"], {}),
            ("work_location", "Melbourne Airport international cargo terminal", ["cargo shed at Tulla", "cargo shed"],
             [post("thank-yous"), post("mildura")], {}),
            ("home_location", "Sunbury VIC", ["Sunbury"], [post("finally-off"), media("van-driveway.jpg")],
             {"lat": -37.57946, "lon": 144.72684, "radius_m": 150}),
            ("geotag", "-37.57946, 144.72684 (driveway photo)", ["-37.5794", "Sunbury"],
             [media("van-driveway.jpg"), post("finally-off")], {"lat": -37.57946, "lon": 144.72684, "radius_m": 150}),
            ("colleague", "Sharon Keogh (colleague)", ["Sharon Keogh", "Shazza", "Shaz"],
             [post("thank-yous"), post("echuca-campfire")], {}),
            ("routine", "Tuesday to Friday nights, 10 pm to 8 am", ["Tuesday to Friday nights", "10 pm till 8 am"],
             [post("thank-yous")], {}),
            ("family", "Gail (wife)", ["Gail"], [post("finally-off"), post("thank-yous"), post("budget-blues"),
                                                  f"{B}/blog/"], {}),
            ("family", "Brett (son)", ["Brett"], [post("thank-yous")], {}),
            ("associate", "Ron Fairweather (friend)", ["Ron Fairweather", "Fairweathers"], [post("mildura")], {}),
            ("official_information", "heroin in rice cookers off a Kuala Lumpur flight, stripped on the bench",
             ["nine kilos of heroin", "rice cookers", "fourteen years"], [post("echuca-campfire")], {}),
            ("systems_information", "cargo scanning software crashes nightly; shared login, password on a sticky note",
             ["the Blender", "shared login", "sticky note", "cargo scanning software"], [post("why-i-needed-a-break")], {}),
            ("vulnerability", "van loan, $11,000 credit card and gambling losses",
             ["credit card", "$11,000", "lost $2,400", "pokies", "bets on the Cup", "13.9 per cent"],
             [post("budget-blues")], {}),
            ("personal_contact", "pococks.onthemove@mailbox.example", ["pococks.onthemove@mailbox.example"],
             [f"{B}/blog/", f"{B}/blog/feed.xml"], {}),
            ("corporate_identifier", "warren.pocock@abf.gov.au (blog feed author)", ["warren.pocock@abf.gov.au"],
             [f"{B}/blog/feed.xml", post("finally-off"), post("thank-yous"), post("echuca-campfire"),
              post("why-i-needed-a-break"), post("budget-blues"), post("mildura")], {}),
        ],
        decoys=[
            (post("mildura"), "the Border Force stand at the field days", ["work_location", "official_information"],
             "A joke: it was a tractor stand at the field days, not a work site."),
        ],
    ),
    "cocosreport": dict(
        name="Dean Maroney", aliases=["lagoondean", "@lagoondean", "Lagoon Reports"], band="critical", rank=2,
        note="Border Force on Cocos: airport desk on plane days, a boat of twelve held on Home Island, the link and "
             "CCTV down, only two officers; wife gone with their daughter, drinking, boat debt; georss at home.",
        profiles=[("/blog/", "html"), ("/social/@lagoondean", "activitypub")],
        facts=[
            ("employer", "Australian Border Force", ["Border Force uniform", "Border Force"], [ap("lagoondean", 34201)], {}),
            ("work_location", "Cocos (Keeling) Islands airport, West Island", ["on the desk at the airport",
             "our office at the terminal"], [post("report-0301"), post("report-0315")], {}),
            ("home_location", "West Island, Cocos (Keeling) Islands", ["West Island"],
             [f"{B}/blog/", f"{B}/blog/feed.xml", f"{B}/social/@lagoondean", post("report-0301"), post("report-0308"),
              post("report-0315"), post("report-0322")], {"lat": -12.1895, "lon": 96.82905, "radius_m": 150}),
            ("geotag", "-12.18950, 96.82905 (georss on every report)", ["-12.18950", "96.82905"],
             [f"{B}/blog/feed.xml", post("report-0301"), post("report-0308"), post("report-0315"), post("report-0322")],
             {"lat": -12.1895, "lon": 96.82905, "radius_m": 150}),
            ("routine", "Tuesday and Saturday plane days from 0500; Wednesday and Sunday first light on the jetty",
             ["Tuesdays and Saturdays", "from 0500", "Wednesdays and Sundays, first light off the jetty"],
             [post("report-0301"), ap("lagoondean", 34203)], {}),
            ("official_information", "boat with twelve aboard held on Home Island until the Navy took them; two officers on island",
             ["twelve on board", "held them at the hall on Home Island", "Two of us on island"], [post("report-0308")], {}),
            ("systems_information", "mainland link drops daily, offline laptop re-keying, CCTV not recording",
             ["passenger system", "offline laptop", "CCTV box", "link to the mainland drops"], [post("report-0315")], {}),
            ("vulnerability", "alone, drinking, wife not returning, $18k boat debt",
             ["More rum than fishing", "not coming back", "eighteen grand on the boat", "very quiet in the house"],
             [post("report-0322")], {}),
            ("family", "Bec (wife)", ["Bec", "the missus"], [post("report-0322")], {}),
            ("family", "Mia (daughter)", ["Mia"], [post("report-0322")], {}),
            ("associate", "Russell Anning (fishing mate)", ["Russell Anning", "Rusty"], [post("report-0301")], {}),
            ("colleague", "Kirra (colleague)", ["Kirra"], [post("report-0308")], {}),
            ("personal_contact", "0491 570 214 (WhatsApp)", ["0491 570 214"], [f"{B}/social/@lagoondean"], {}),
        ],
        decoys=[
            (ap("lagoondean", 34202), "Border Security repeat", ["official_information", "work_location"],
             "A TV show."),
        ],
    ),
    "mailtrains": dict(
        name="Keith Brommell", aliases=["KeithB_HO"], band="critical", rank=3,
        note="Border Force at the airport mail exchange; registered with his work email; a 3D-printed pistol "
             "frame seizure and more parcels to the same PO box; x-ray software slow with one screen of three; "
             "roster and club nights; wife, grandson, club friend, offsider; passed over three times.",
        profiles=[("/forum/u/KeithB_HO/", "html")],
        facts=[
            ("employer", "Australian Border Force", ["Border Force"], [thread("KeithB_HO", "4417"), f"{B}/forum/u/KeithB_HO/"], {}),
            ("work_location", "international mail centre, Perth Airport", ["mail exchange out at the airport",
             "mail centre", "mail exchange"], [thread("KeithB_HO", "4410"), thread("KeithB_HO", "4417"),
                                               thread("KeithB_HO", "4431")], {}),
            ("home_location", "Forrestfield WA", ["Forrestfield"], [f"{B}/forum/u/KeithB_HO/"], {}),
            ("routine", "four on four off, 6 till 6 days; Thursday club nights at Bassendean 7.30",
             ["four on, four off", "6 till 6", "Thursday club nights at Bassendean at 7.30"],
             [thread("KeithB_HO", "4410")], {}),
            ("official_information", "3D-printed pistol frame in a 'model train parts' parcel; four more to a Midland PO box",
             ["pistol frame", "3D-printed", "same PO box in Midland"], [thread("KeithB_HO", "4417")], {}),
            ("systems_information", "parcel x-ray software update: forty-second images, one screen of three",
             ["parcel x-ray machines", "forty seconds", "one screen of three"], [thread("KeithB_HO", "4423")], {}),
            ("corporate_identifier", "keith.brommell@abf.gov.au (forum email on file)", ["keith.brommell@abf.gov.au"],
             [f"{B}/forum/u/KeithB_HO/"], {}),
            ("personal_contact", "0491 570 388", ["0491 570 388"], [f"{B}/forum/u/KeithB_HO/"], {}),
            ("family", "Carol (wife)", ["Carol"], [thread("KeithB_HO", "4410")], {}),
            ("family", "Hamish (grandson)", ["Hamish"], [thread("KeithB_HO", "4410"), thread("KeithB_HO", "4438")], {}),
            ("associate", "Ted Vukovic (club friend)", ["Ted Vukovic"], [thread("KeithB_HO", "4431")], {}),
            ("colleague", "Priya (colleague)", ["Priya"], [thread("KeithB_HO", "4431")], {}),
            ("vulnerability", "knocked back for supervisor a third time; stopped caring",
             ["knocked me back for the supervisor job", "stopped caring", "the third time"],
             [thread("KeithB_HO", "4431")], {}),
        ],
        decoys=[
            (thread("KeithB_HO", "4438"), "department store", ["employer", "work_location"], "A shop at Midland Gate."),
            (thread("KeithB_HO", "4417"), "The AFP have it now", ["employer", "colleague"],
             "Another agency took the case; not his employer."),
        ],
    ),
    "bitachurch": dict(
        name="Graham Ellery", aliases=["From the Deacon"], band="high", rank=4,
        note="Border Force at the Pinkenba transit centre; an injured colleague, a restraint and a hunger strike "
             "by named numbers; work email for the food bank; shifts and church times; wife, daughter and her "
             "school, a church friend; second mortgage.",
        profiles=[("/blog/", "html")],
        facts=[
            ("employer", "Australian Border Force", ["Border Force"], [post("welcome-lent")], {}),
            ("work_location", "Brisbane Immigration Transit Accommodation, Pinkenba",
             ["immigration transit centre out at Pinkenba", "Pinkenba"], [post("welcome-lent"), post("prayer-points")], {}),
            ("home_location", "Nudgee QLD", ["Nudgee"], [post("welcome-lent"), f"{B}/blog/"], {}),
            ("family", "Joy (wife)", ["Joy"], [post("welcome-lent"), post("honest-word")], {}),
            ("family", "Naomi (daughter)", ["Naomi"], [post("welcome-lent")], {}),
            ("colleague", "Tevita Lolo (colleague)", ["Tevita Lolo", "Tevita"], [post("prayer-points")], {}),
            ("official_information", "detainee restrained, officer injured; twenty-two held, hunger strike, two hospitalised",
             ["refused food", "twenty-two men", "restrained", "two were taken to the Royal"], [post("prayer-points")], {}),
            ("associate", "Len Baxter (church friend)", ["Len Baxter"], [post("prayer-points")], {}),
            ("official_contact", "graham.ellery@abf.gov.au", ["graham.ellery@abf.gov.au"], [post("food-bank")], {}),
            ("routine", "early shift 6 till 2 Monday to Thursday; Wednesday prayer group 7; Sunday 9.30",
             ["early shift, 6 till 2", "Wednesday prayer group at 7", "Sunday worship at 9.30"], [post("food-bank")], {}),
            ("vulnerability", "second mortgage, money very tight", ["second mortgage", "money has been very tight"],
             [post("honest-word")], {}),
        ],
        decoys=[
            (post("department-of-thanks"), "department of thanks", ["employer"], "A figure of speech."),
            (post("department-of-thanks"), "refugee welcome program", ["official_information", "employer"],
             "A church charity."),
        ],
    ),
    "bangkokfete": dict(
        name="Fiona Tadros", aliases=["fionaonsoi39", "@fionaonsoi39", "Fiona T"], band="high", rank=5,
        note="Home Affairs at the Australian Embassy in Bangkok; work email as the fete's donations contact; "
             "refusing a visa agent's 600 applications; commute; husband, children, co-convenor, her boss; "
             "place-tagged note at home; LINE ID.",
        profiles=[("/pta/team/fiona-tadros", "html"), ("/social/@fionaonsoi39", "activitypub")],
        facts=[
            ("employer", "Department of Home Affairs", ["Department of Home Affairs", "Home Affairs"],
             [f"{B}/pta/team/fiona-tadros"], {}),
            ("work_location", "Australian Embassy, Bangkok", ["Australian Embassy", "the embassy"],
             [f"{B}/pta/team/fiona-tadros", ap("fionaonsoi39", 34502)], {}),
            ("official_contact", "fiona.tadros@homeaffairs.gov.au", ["fiona.tadros@homeaffairs.gov.au"],
             [f"{B}/pta/team/fiona-tadros"], {}),
            ("official_information", "600 student visa applications from one agent, fake bank statements, nearly all refused",
             ["600 student visa applications", "fake bank statement", "refusing nearly all"],
             [ap("fionaonsoi39", 34502)], {}),
            ("routine", "Thursdays 7.15 school drop-off, BTS Phrom Phong to Ploenchit, desk by 8",
             ["7.15 drop-off", "BTS from Phrom Phong to Ploenchit", "at my desk by 8"], [ap("fionaonsoi39", 34503)], {}),
            ("home_location", "Sukhumvit Soi 39, Phrom Phong, Bangkok", ["Sukhumvit Soi 39", "Phrom Phong", "Soi 39", "Bangkok"],
             [ap("fionaonsoi39", 34504), ap_id("fionaonsoi39", 34504), ap("fionaonsoi39", 34503), f"{B}/social/@fionaonsoi39"],
             {"lat": 13.73352, "lon": 100.57148, "radius_m": 150}),
            ("geotag", "13.73352, 100.57148 (place-tagged note)", ["13.73352"],
             [ap("fionaonsoi39", 34504), ap_id("fionaonsoi39", 34504)], {"lat": 13.73352, "lon": 100.57148, "radius_m": 150}),
            ("family", "Marcus (husband)", ["Marcus"], [f"{B}/pta/team/fiona-tadros", ap("fionaonsoi39", 34504)], {}),
            ("family", "Oscar and Ruby (children)", ["Oscar", "Ruby"],
             [f"{B}/pta/team/fiona-tadros", ap("fionaonsoi39", 34504)], {}),
            ("associate", "Siriporn Chaiyasit (co-convenor)", ["Siriporn Chaiyasit", "Nok", "noksiri"],
             [ap("fionaonsoi39", 34501)], {}),
            ("colleague", "Andrew Lim (her boss)", ["Andrew Lim"], [ap("fionaonsoi39", 34505)], {}),
            ("personal_contact", "fionat_bkk (LINE)", ["fionat_bkk"], [f"{B}/social/@fionaonsoi39"], {}),
        ],
        decoys=[
            (ap("fionaonsoi39", 34506), "a 'border' theme", ["employer", "official_information"],
             "A joke about the Aussie and Kiwi stalls."),
        ],
    ),
    "whyallahistory": dict(
        name="Bernard Szalay", aliases=["BernieSz", "Bernie"], band="high", rank=6,
        note="Border Force at the port in Whyalla; a boarding that found two crew hiding, an unannounced office "
             "closure and his bitterness; work mobile offered; brother at the steelworks, wife, a colleague, a "
             "history-society friend; Saturday mornings at the library.",
        profiles=[("/forum/u/BernieSz/", "html")],
        facts=[
            ("employer", "Australian Border Force", ["Border Force"], [thread("BernieSz", "2215")], {}),
            ("work_location", "Port of Whyalla", ["down at the port", "our little office"],
             [thread("BernieSz", "2215"), thread("BernieSz", "2224")], {}),
            ("home_location", "Whyalla Norrie SA", ["Whyalla Norrie"], [f"{B}/forum/u/BernieSz/"], {}),
            ("personal_contact", "bszalay62@oldmail.example", ["bszalay62@oldmail.example"], [f"{B}/forum/u/BernieSz/"], {}),
            ("official_contact", "0491 570 731 (work mobile)", ["0491 570 731"], [thread("BernieSz", "2215")], {}),
            ("official_information", "two crew without papers found in a chain locker during a boarding",
             ["no papers hiding in the chain locker", "jump ship"], [thread("BernieSz", "2215")], {}),
            ("official_information", "unannounced closure of the Whyalla office; officers to drive from Port Augusta",
             ["closing our little office", "driving up from Port Augusta", "Nobody's told the public"],
             [thread("BernieSz", "2224")], {}),
            ("vulnerability", "grievance after forty years; bitter", ["Forty years I've given them", "bitter"],
             [thread("BernieSz", "2224")], {}),
            ("colleague", "Tahlia Brandt (colleague)", ["Tahlia Brandt", "Tahlia"], [thread("BernieSz", "2215")], {}),
            ("routine", "Saturday 10 am history society at the library; ship roster most weekends",
             ["Saturday history society mornings, 10 o'clock at the library", "ship roster most weekends"],
             [thread("BernieSz", "2215")], {}),
            ("family", "Frank (brother)", ["Frank"], [thread("BernieSz", "2201")], {}),
            ("family", "Marj (wife)", ["Marj"], [thread("BernieSz", "2201"), thread("BernieSz", "2231")], {}),
            ("associate", "Col Petrakis (history society)", ["Col Petrakis"], [thread("BernieSz", "2231")], {}),
        ],
        decoys=[
            (thread("BernieSz", "2208"), "old customs house", ["employer", "work_location"],
             "A heritage building that became a tearoom."),
        ],
    ),
    "canberraair": dict(
        name="Jordan Keys", aliases=["jkeys", "@jkeys", "jk"], band="high", rank=7,
        note="Terse: Border Force at Canberra Airport, two on primary for a 300-passenger flight, passport "
             "readers rebooting, hours and gym, multis losses; mother, a friend, Snapchat; balcony photos with GPS.",
        profiles=[("/social/@jkeys", "activitypub")],
        facts=[
            ("employer", "Australian Border Force", ["border force"], [ap("jkeys", 34601)], {}),
            ("work_location", "Canberra Airport", ["cbr airport"], [ap("jkeys", 34602)], {}),
            ("official_information", "two officers on primary for a 300-passenger Qatar flight",
             ["me + one other on primary", "300 pax"], [ap("jkeys", 34603)], {}),
            ("systems_information", "passport readers on the gates rebooting every 20 minutes since an update",
             ["passport readers on the gates rebooting", "since the update"], [ap("jkeys", 34605)], {}),
            ("routine", "Monday to Friday 11 till 7, gym in Dickson 7:30", ["m-f 11 till 7", "gym dickson 730"],
             [ap("jkeys", 34604)], {}),
            ("vulnerability", "multis losses", ["multis. -$800", "-$800"], [ap("jkeys", 34606)], {}),
            ("home_location", "Ngunnawal ACT", ["ngunnawal", "cbr"], [f"{B}/social/@jkeys", ap("jkeys", 34607), media("balcony-sunset.jpg"),
                                                             media("balcony-coffee.jpg"), ap("jkeys", 34610)],
             {"lat": -35.17205, "lon": 149.1112, "radius_m": 150}),
            ("geotag", "-35.17205, 149.11120 (balcony photos)", ["-35.172", "ngunnawal"],
             [media("balcony-sunset.jpg"), media("balcony-coffee.jpg"), ap("jkeys", 34607), ap("jkeys", 34610)],
             {"lat": -35.17205, "lon": 149.1112, "radius_m": 150}),
            ("family", "Deb (mother)", ["Deb"], [ap("jkeys", 34608)], {}),
            ("associate", "Tom Khoury (friend)", ["tkhoury", "Tom Khoury"], [ap("jkeys", 34609)], {}),
            ("personal_contact", "jkeys_cbr (Snapchat)", ["jkeys_cbr"], [f"{B}/social/@jkeys"], {}),
        ],
        decoys=[
            (ap("jkeys", 34611), "border security marathon", ["employer", "official_information"], "A TV show."),
        ],
    ),
    "sydkiosk": dict(
        name="Ashwin Pillai", aliases=["ashp", "@ashp", "Ash"], band="high", rank=8,
        note="Home Affairs field ICT for the T1 arrivals gates; account contact is his work email; the patch "
             "window and a vendor-default admin password; on-call weeks and drive; sister, cricket friend; "
             "place-tagged note at home in Rockdale.",
        profiles=[("/social/@ashp", "activitypub")],
        facts=[
            ("employer", "Department of Home Affairs", ["home affairs"], [ap("ashp", 34908), f"{B}/social/@ashp"], {}),
            ("work_location", "Sydney Airport T1", ["T1 gates", "to the airport"], [ap("ashp", 34901), ap("ashp", 34903)], {}),
            ("corporate_identifier", "ashwin.pillai@homeaffairs.gov.au (profile contact field)",
             ["ashwin.pillai@homeaffairs.gov.au"], [f"{B}/social/@ashp"], {}),
            ("systems_information", "T1 gates offline 0100-0400 every second Wednesday for patching",
             ["T1 gates offline 0100 to 0400", "patch night"], [ap("ashp", 34901)], {}),
            ("systems_information", "kiosk admin password still the vendor default",
             ["kiosk admin password is still the vendor default", "vendor default"], [ap("ashp", 34902)], {}),
            ("routine", "on call every second week; night patching every second Wednesday; drive time to the airport",
             ["on call every 2nd week", "every 2nd wednesday", "rockdale to the airport in 12 min"],
             [ap("ashp", 34903), ap("ashp", 34901)], {}),
            ("home_location", "Rockdale NSW", ["Rockdale"], [ap("ashp", 34903), ap("ashp", 34904), ap_id("ashp", 34904)],
             {"lat": -33.9531, "lon": 151.1369, "radius_m": 150}),
            ("geotag", "-33.95310, 151.13690 (place-tagged note)", ["-33.9531"], [ap("ashp", 34904), ap_id("ashp", 34904)],
             {"lat": -33.9531, "lon": 151.1369, "radius_m": 150}),
            ("family", "Anjali (sister)", ["Anjali"], [ap("ashp", 34905)], {}),
            ("associate", "Matt Gorecki (cricket mate)", ["mattyg_spin", "Matt Gorecki"], [ap("ashp", 34906)], {}),
        ],
        decoys=[
            (ap("ashp", 34907), "department store", ["employer", "work_location"], "A shop queue."),
        ],
    ),
    "esperancefooty": dict(
        name="Tyson Crabbe", aliases=["crabbe27", "@crabbe27"], band="high", rank=9,
        note="Club Q&A: Border Force at the port, his work partner by name, his father and partner, a phone; his "
             "posts: training and night shift, a crew runner and port lockdown, pokies losses.",
        profiles=[("/club/players/tyson-crabbe", "html"), ("/social/@crabbe27", "activitypub")],
        facts=[
            ("employer", "Australian Border Force", ["Border Force"], [f"{B}/club/players/tyson-crabbe"], {}),
            ("work_location", "Port of Esperance", ["Border Force at the port", "grain ship", "whole port"],
             [f"{B}/club/players/tyson-crabbe", ap("crabbe27", 34802)], {}),
            ("home_location", "Castletown, Esperance WA", ["Castletown", "Esperance"], [f"{B}/club/players/tyson-crabbe", f"{B}/social/@crabbe27"], {}),
            ("colleague", "Jonathan Pyke (colleague)", ["Jonathan Pyke", "Jonno"], [f"{B}/club/players/tyson-crabbe"], {}),
            ("family", "Greg Crabbe (father)", ["Greg Crabbe"], [f"{B}/club/players/tyson-crabbe"], {}),
            ("family", "Shanae (partner)", ["Shanae"], [f"{B}/club/players/tyson-crabbe", ap("crabbe27", 34803),
                                                     ap("crabbe27", 34804)], {}),
            ("personal_contact", "0491 570 642", ["0491 570 642"], [f"{B}/club/players/tyson-crabbe"], {}),
            ("routine", "Tuesday and Thursday training 5.30, then night shift at 8",
             ["tue and thu training 5.30", "nightshift at 8"], [ap("crabbe27", 34801)], {}),
            ("official_information", "two crew absconded from a grain ship; port locked down until 3 am",
             ["two crew off a grain ship did a runner", "locked down till 3am"], [ap("crabbe27", 34802)], {}),
            ("vulnerability", "pokies losses, partner angry", ["lost $1,100 on the pokies"], [ap("crabbe27", 34803)], {}),
        ],
        decoys=[
            (ap("crabbe27", 34805), "border collie", ["employer"], "A dog at the ground."),
        ],
    ),
    "nauruquilts": dict(
        name="Lorraine Petersen", aliases=["lorrainestitches", "@lorrainestitches"], band="moderate", rank=10,
        note="Quilting page in the third person: Home Affairs, six-week rotations on Nauru, Thursday sit-and-sew, "
             "husband, phone; her posts: a friend, numbers held in the centre.",
        profiles=[("/members/lorraine-petersen", "html"), ("/social/@lorrainestitches", "activitypub")],
        facts=[
            ("employer", "Department of Home Affairs", ["Department of Home Affairs"], [f"{B}/members/lorraine-petersen"], {}),
            ("work_location", "regional processing centre, Nauru", ["on Nauru with the regional processing team", "Nauru"],
             [f"{B}/members/lorraine-petersen"], {}),
            ("home_location", "Kippa-Ring QLD", ["Kippa-Ring", "Redcliffe"], [f"{B}/members/lorraine-petersen", f"{B}/social/@lorrainestitches"], {}),
            ("routine", "six weeks on Nauru at a time; Thursday Sit and Sew 9 till 12 at the Scout hall",
             ["Thursday Sit and Sew, 9 till 12 at the Scout hall", "six weeks at a time"],
             [f"{B}/members/lorraine-petersen"], {}),
            ("family", "Trevor (husband)", ["Trevor"], [f"{B}/members/lorraine-petersen"], {}),
            ("personal_contact", "0491 570 552", ["0491 570 552"], [f"{B}/members/lorraine-petersen"], {}),
            ("official_information", "ninety-four people still held, half since 2013",
             ["Ninety-four people still in the centre", "since 2013"], [ap("lorrainestitches", 35002)], {}),
            ("associate", "Val Curnow (friend)", ["Val Curnow"], [ap("lorrainestitches", 35001)], {}),
        ],
        decoys=[
            (ap("lorrainestitches", 35003), "a border on the Dresden plate", ["employer"], "A quilt border."),
        ],
    ),
    "afpswim": dict(
        name="Kristen Voll", aliases=["kvollswims", "@kvollswims"], band="low", rank=11,
        note="NEGATIVE CONTROL: AFP protective service officer at Canberra Airport (another agency). Exposes "
             "only her suburb, swim times, husband and club email.",
        profiles=[("/swimmers/kristen-voll", "html"), ("/social/@kvollswims", "activitypub")],
        facts=[
            ("home_location", "Wanniassa ACT", ["Wanniassa", "Canberra"], [f"{B}/swimmers/kristen-voll", f"{B}/social/@kvollswims"], {}),
            ("routine", "6 am squad at the Tuggeranong pool, Monday, Wednesday, Friday",
             ["6 am squad at the Tuggeranong pool", "Mondays, Wednesdays and Fridays"], [f"{B}/swimmers/kristen-voll"], {}),
            ("family", "Pete (husband)", ["Pete"], [f"{B}/swimmers/kristen-voll", ap("kvollswims", 35103)], {}),
            ("personal_contact", "kvoll.swims@inbox.example", ["kvoll.swims@inbox.example"],
             [f"{B}/swimmers/kristen-voll"], {}),
        ],
        decoys=[
            (f"{B}/swimmers/kristen-voll", "Canberra Airport", ["work_location", "employer"],
             "Her post with the AFP, not a departmental site."),
            (f"{B}/swimmers/kristen-voll", "not Border Force", ["employer"], "Says she is not Border Force."),
            (f"{B}/swimmers/kristen-voll", "different uniform", ["employer"], "Another agency's uniform."),
            (ap("kvollswims", 35101), "Walked a passenger over to Border Force", ["employer", "colleague",
             "official_information", "work_location"], "Handing over to another agency."),
            (ap("kvollswims", 35102), "part of Home Affairs", ["employer"], "About the AFP's portfolio history."),
            (ap("kvollswims", 35104), "Border Security reruns", ["employer", "official_information"], "A TV show."),
        ],
    ),
    "shipagent": dict(
        name="Howard Kemp", aliases=["Corio Bay Shipping Notes"], band="low", rank=12,
        note="NEGATIVE CONTROL: private ship's agent in Geelong. Exposes his home in Belmont (text and a GPS "
             "garden photo) and a fellow spotter.",
        profiles=[("/blog/", "html")],
        facts=[
            ("home_location", "Belmont, Geelong VIC", ["Belmont", "Geelong"], [post("garden-lookout"), media("garden-view.jpg"), f"{B}/blog/"],
             {"lat": -38.1762, "lon": 144.3405, "radius_m": 150}),
            ("geotag", "-38.17620, 144.34050 (garden photo)", ["-38.176", "Belmont"],
             [media("garden-view.jpg"), post("garden-lookout")], {"lat": -38.1762, "lon": 144.3405, "radius_m": 150}),
            ("associate", "Stan Mirkovic (fellow spotter)", ["Stan Mirkovic"], [post("old-customs-house")], {}),
        ],
        decoys=[
            (post("bulk-carrier-week"), "Border Force officers boarded at 0700", ["employer", "colleague",
             "official_information"], "Officers clearing a ship he is agent for."),
            (post("bulk-carrier-week"), "crew lists lodged in the cargo system", ["systems_information",
             "corporate_identifier"], "An agent's routine lodgement in a public-facing system."),
            (post("bulk-carrier-week"), "Corio Quay", ["work_location"], "A private agent's port."),
            (post("stowaway"), "held at anchor for two days", ["official_information"], "A client's ship, from the agent's side."),
            (post("old-customs-house"), "old customs house", ["employer", "work_location"], "A heritage building."),
        ],
    ),
    "postsorter": dict(
        name="Danielle Ferris", aliases=["DaniFerris", "Dani"], band="low", rank=13,
        note="NEGATIVE CONTROL: Australia Post night sorter. Exposes her suburb, her son and her phone.",
        profiles=[("/forum/u/DaniFerris/", "html")],
        facts=[
            ("home_location", "Greenacre NSW", ["Greenacre"], [f"{B}/forum/u/DaniFerris/"], {}),
            ("family", "Liam (son)", ["Liam"], [thread("DaniFerris", "8801")], {}),
            ("personal_contact", "0491 570 917", ["0491 570 917"], [thread("DaniFerris", "8818")], {}),
        ],
        decoys=[
            (f"{B}/forum/u/DaniFerris/", "Night sorter at Australia Post", ["employer"], "Another employer."),
            (thread("DaniFerris", "8806"), "the Border Force lot", ["employer", "colleague"],
             "Officers upstream of her work, not her colleagues."),
            (thread("DaniFerris", "8806"), "customs sticker", ["employer", "official_information"], "A label on her parcel."),
            (thread("DaniFerris", "8812"), "The system was down at work", ["systems_information"],
             "Australia Post's sorting system, not the department's."),
            (thread("DaniFerris", "8812"), "they seized a load of something at the airport",
             ["official_information"], "News seen on TV."),
        ],
    ),
}


def q(s):
    return json.dumps(s, ensure_ascii=False)


def write(name: str, t: dict) -> None:
    out = [f"# Ground truth for set-34 persona \"{name}\" (FICTIONAL: {t['name']} does not exist).",
           f"# Intended band {t['band']}, rank {t['rank']}. {t['note']}", "",
           "[subject]", f"name = {q(t['name'])}", f"aliases = {q(t['aliases'])}", 'organisation = "dibp"',
           f"risk_band = {q(t['band'])}", f"rank = {t['rank']}", ""]
    for path, platform in t["profiles"]:
        out += ["[[profiles]]", f"path = {q(path)}", f"platform = {q(platform)}", ""]
    for cat, value, keys, urls, extra in t["facts"]:
        out += ["[[facts]]", f"category = {q(cat)}", f"value = {q(value)}", f"keys = {q(keys)}", f"urls = {q(urls)}"]
        out += [f"{k} = {json.dumps(v)}" for k, v in extra.items()]
        out.append("")
    for url, phrase, cats, why in t["decoys"]:
        out += ["[[decoys]]", f"url = {q(url)}", f"phrase = {q(phrase)}", f"not_categories = {q(cats)}",
                f"why = {q(why)}", ""]
    (HERE / name / "persona.toml").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    for n, t in TRUTH.items():
        write(n, t)
    total = sum(len(t["facts"]) for t in TRUTH.values())
    print(f"{len(TRUTH)} personas, {total} facts")
