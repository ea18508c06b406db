"""Write set 51's persona.toml files from the tables below (the ground truth, the writer's own judgement).

    .venv/bin/python tests/heldout/set51/_truth.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B = "{{BASE}}"


def q(v) -> str:
    return json.dumps(v, ensure_ascii=False)


def F(cat, value, keys, urls, geo=None):
    return {"category": cat, "value": value, "keys": keys, "urls": urls, "geo": geo}


def D(url, phrase, cats, why):
    return {"url": url, "phrase": phrase, "not_categories": cats, "why": why}


# ---------------------------------------------------------------------------------------------------------------
S = f"{B}/social/@nath_vuk"
ING = (-34.00350, 150.86110)
cruiseclear = dict(
    name="Nathan Vukovic", aliases=["nath_vuk", "@nath_vuk", "Nath V"], band="critical", rank=1,
    note="Cruise-ship clearance officer in texting shorthand: ABF in the bio, the OPT, a cocaine find, the kiosk "
         "laptops, gambling hidden from his partner, a phone, backyard photos with GPS.",
    profiles=[("/social/@nath_vuk", "activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["ABF"], [S]),
        F("work_location", "Overseas Passenger Terminal (OPT) and White Bay cruise terminal", ["OPT", "White Bay"],
          [f"{S}/101", f"{S}/112"]),
        F("home_location", "Ingleburn NSW", ["Ingleburn"],
          [S, f"{S}/108", f"{B}/media/firepit-ingleburn.jpg", f"{S}/105", f"{B}/media/backstep-sunset.jpg", f"{S}/111",
           f"{S}/statuses/105", f"{S}/statuses/111"], ING),
        F("geotag", "backyard photos in Ingleburn", ["-34.003", "Ingleburn"],
          [f"{B}/media/firepit-ingleburn.jpg", f"{S}/105", f"{S}/statuses/105", f"{B}/media/backstep-sunset.jpg",
           f"{S}/111", f"{S}/statuses/111"], ING),
        F("routine", "ship days: alarm 4:15, at the OPT by 6 for the 6:30 brief; Thursday 7pm touch footy",
          ["4:15", "6:30 brief", "touch footy"], [f"{S}/101", f"{S}/107"]),
        F("family", "Shaz (partner)", ["Shaz", "missus"], [f"{S}/104", f"{S}/106"]),
        F("family", "Leo (son)", ["Leo"], [f"{S}/104"]),
        F("associate", "Tyson Leaupepe (mate)", ["Tyson Leaupepe", "Tyson", "tyson_lp"], [f"{S}/110", f"{S}/107"]),
        F("colleague", "Mick Farrugia (team leader)", ["Mick Farrugia", "Mick"], [f"{S}/102"]),
        F("official_information", "2.1 kg of cocaine found in a crew cabin ceiling panel; crew member remanded",
          ["2.1kg", "ceiling panel", "Silverwater"], [f"{S}/102"]),
        F("systems_information", "terminal kiosk laptops ('the toasters') do not sync offline; names kept on paper",
          ["toasters", "kiosk laptops"], [f"{S}/103"]),
        F("vulnerability", "gambling losses hidden from his partner", ["multis", "down 3k"], [f"{S}/106"]),
        F("personal_contact", "0491 570 214", ["0491 570 214"], [f"{S}/108"]),
    ],
    decoys=[
        D(f"{S}/109", "Bluey", ["family", "associate", "colleague"], "A children's TV show (and Bandit its dad)."),
    ],
)

P = f"{B}/blog/posts"
ORA = (-33.28700, 149.11500)
reluctantcommuter = dict(
    name="Harriet Pell", aliases=["The Reluctant Commuter"], band="critical", rank=2,
    note="Counter-terrorism policy officer blogging sarcastically under her work email: listings about to lapse, "
         "the secure laptop, a grievance, her director, home on a georss point in Orange.",
    profiles=[("/blog/", "html"), ("/blog/feed.xml", "feed")],
    facts=[
        F("employer", "Department of Home Affairs (counter-terrorism policy)", ["Home Affairs", "counter-terrorism policy"],
          [f"{P}/listing-season/"]),
        F("corporate_identifier", "harriet.pell@homeaffairs.gov.au", ["harriet.pell@homeaffairs.gov.au"],
          [f"{B}/blog/feed.xml"]),
        F("work_location", "Belconnen office, Canberra", ["Belconnen"], [f"{P}/the-pilgrimage/"]),
        F("home_location", "Orange NSW", ["Orange"],
          [f"{B}/blog/", f"{P}/the-pilgrimage/", f"{P}/deck-season/", f"{B}/blog/feed.xml"], ORA),
        F("geotag", "georss point on the deck post", ["-33.287", "149.115"], [f"{B}/blog/feed.xml", f"{P}/deck-season/"], ORA),
        F("routine", "every second Monday 5am drive to Canberra, back Wednesday; Thursday choir at 7",
          ["every second Monday", "Thursday choir", "5am"], [f"{P}/the-pilgrimage/", f"{P}/choir/"]),
        F("official_information", "relisting brief for terrorist organisations; three listings to lapse quietly",
          ["relisting", "allowed to lapse"], [f"{P}/listing-season/"]),
        F("systems_information", "secure laptop 'The Brick': PROTECTED network only in the building, 90-day token",
          ["The Brick", "PROTECTED network", "token"], [f"{P}/the-brick/"]),
        F("vulnerability", "grievance: passed over for EL1 three times", ["not recommended", "can keep its lanyard"],
          [f"{P}/not-recommended/"]),
        F("family", "Hamish (husband)", ["Hamish"], [f"{P}/deck-season/"]),
        F("family", "Pip (daughter)", ["Pip"], [f"{P}/gideon/"]),
        F("colleague", "Gideon Tsang (director)", ["Gideon Tsang", "Gideon"], [f"{P}/gideon/"]),
        F("associate", "Sal Okafor (choir friend)", ["Sal Okafor", "Sal"], [f"{P}/choir/"]),
    ],
    decoys=[
        D(f"{P}/not-recommended/", "Spooks", ["employer", "colleague", "official_information"], "A TV spy drama."),
        D(f"{P}/summer-street/", "department store", ["employer", "work_location"], "A shop in town closing."),
        D(f"{P}/deck-season/", "Mount Canobolas", ["home_location", "work_location"], "A mountain seen from the deck."),
    ],
)

FO = f"{B}/forum/u/korro_79"
korro4x4 = dict(
    name="Dale Korhonen", aliases=["korro_79", "korro"], band="high", rank=3,
    note="Border Force investigator on a 4WD Q&A forum registered with his work email: a tobacco case before "
         "committal, the case system, his team leader, a divorce and child support, a phone. Quoted members' "
         "words are theirs.",
    profiles=[("/forum/u/korro_79/", "html")],
    facts=[
        F("employer", "Australian Border Force (investigator)", ["ABF investigator"], [f"{FO}/t/5102/"]),
        F("corporate_identifier", "dale.korhonen@abf.gov.au", ["dale.korhonen@abf.gov.au"], [f"{FO}/"]),
        F("work_location", "the office at Eagle Farm", ["Eagle Farm"], [f"{FO}/t/5101/"]),
        F("home_location", "Springfield Lakes QLD", ["Springfield Lakes"], [f"{FO}/"]),
        F("official_information", "brief of evidence for a 3-tonne tobacco importation, committal in August",
          ["tobacco importation", "three tonnes", "brief of evidence"], [f"{FO}/t/5102/"]),
        F("systems_information", "case system 'Sherlock' runs only on office desktops; statements typed twice",
          ["Sherlock"], [f"{FO}/t/5105/"]),
        F("colleague", "Rachael Oduya (team leader)", ["Rachael Oduya", "Rachael"], [f"{FO}/t/5105/"]),
        F("associate", "Ben Whitlock (mate)", ["Ben Whitlock", "Whitty"], [f"{FO}/t/5103/"]),
        F("family", "Maddie (daughter)", ["Maddie"], [f"{FO}/t/5104/", f"{FO}/t/5106/"]),
        F("family", "Kai (son)", ["Kai"], [f"{FO}/t/5104/", f"{FO}/t/5106/"]),
        F("vulnerability", "divorce, child support and a lawyer's bill", ["since the divorce", "child support"],
          [f"{FO}/t/5104/"]),
        F("personal_contact", "0491 570 633", ["0491 570 633"], [f"{FO}/t/5104/"]),
    ],
    decoys=[
        D(f"{FO}/t/5101/", "brother-in-law's in Customs", ["family", "colleague", "employer"],
          "Another member's brother-in-law, in a quoted reply."),
        D(f"{FO}/t/5105/", "My husband runs his whole fishing charter", ["family"], "A quoted member's husband."),
        D(f"{FO}/t/5105/", "Toughbooks at my work", ["systems_information", "employer"], "A quoted member's workplace."),
    ],
)

S = f"{B}/social/@shazzacorbett"
HILL = (-31.12810, 150.91190)
broomefortnights = dict(
    name="Shannon Corbett", aliases=["shazzacorbett", "@shazzacorbett"], band="high", rank=4,
    note="Border Force officer at Broome airport on a fortnight roster, second-person posts: her work email as a "
         "profile field, the passport scanner and alerts PC, a cash find, loneliness and drink, place-tagged notes.",
    profiles=[("/social/@shazzacorbett", "activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["Border Force"], [f"{S}/301"]),
        F("corporate_identifier", "shannon.corbett@abf.gov.au", ["shannon.corbett@abf.gov.au"], [S]),
        F("work_location", "Broome airport", ["Broome airport"], [f"{S}/301"]),
        F("colleague", "Trev Hollings (colleague)", ["Trev Hollings", "Trev"], [f"{S}/301", f"{S}/304"]),
        F("home_location", "Hillvue, Tamworth NSW", ["Hillvue", "Tamworth"],
          [S, f"{S}/306", f"{S}/statuses/306"], HILL),
        F("geotag", "note placed at Hillvue, Tamworth", ["Hillvue"], [f"{S}/306", f"{S}/statuses/306"], HILL),
        F("geotag", "note placed at Cable Beach, Broome", ["Cable Beach"], [f"{S}/305", f"{S}/statuses/305"],
          (-17.93300, 122.21000)),
        F("routine", "two weeks on, two weeks off; Tuesday flight home through Perth", ["two weeks on", "Tuesday flight"],
          [f"{S}/302"]),
        F("family", "Kobi (son)", ["Kobi"], [f"{S}/302", f"{S}/308"]),
        F("family", "Jase (husband)", ["Jase"], [f"{S}/306"]),
        F("official_information", "a passenger off the Bali charter with $40k cash in his boots, handed to police",
          ["$40k", "cash in his boots"], [f"{S}/304"]),
        F("systems_information", "passport scanner fails; the alerts check runs on one back-office PC",
          ["passport scanner", "alerts check"], [f"{S}/303"]),
        F("vulnerability", "loneliness and drinking alone in the donga", ["lonely", "third bottle of wine"], [f"{S}/305"]),
    ],
    decoys=[
        D(f"{S}/307", "Golden Guitar", ["work_location", "associate"], "Tamworth's country music landmark."),
    ],
)

R = f"{B}/about/ravi-sundaram"
S = f"{B}/social/@ravi_in_wello"
tenderwellington = dict(
    name="Ravi Sundaram", aliases=["ravi_in_wello", "@ravi_in_wello"], band="high", rank=5,
    note="Procurement officer with a résumé page: work email and phone, a detention garrison re-tender, the "
         "contract system; a credit-card debt and a supplier's tickets on his own account.",
    profiles=[("/about/ravi-sundaram", "html"), ("/social/@ravi_in_wello", "activitypub")],
    facts=[
        F("employer", "Department of Home Affairs (procurement officer)", ["Home Affairs", "Procurement Officer"], [R]),
        F("official_contact", "ravi.sundaram@homeaffairs.gov.au", ["ravi.sundaram@homeaffairs.gov.au"], [R]),
        F("official_contact", "02 5550 4471 (work)", ["02 5550 4471"], [R]),
        F("official_information", "$48m garrison services re-tender for onshore detention; panel closes June",
          ["garrison services", "$48 million"], [R]),
        F("systems_information", "contract management system 'Contract Town'", ["Contract Town"], [R]),
        F("home_location", "Wellington NSW", ["Wellington"], [R, S]),
        F("routine", "Wednesday 6pm cricket nets", ["Wednesday 6pm nets"], [f"{S}/501"]),
        F("family", "Anjali (wife)", ["Anjali"], [f"{S}/502"]),
        F("family", "Kavya (daughter)", ["Kavya"], [f"{S}/502"]),
        F("associate", "Col Brennan (cricket mate)", ["Col Brennan", "Col"], [f"{S}/501"]),
        F("vulnerability", "$19k credit-card debt; tempted by a supplier's tickets", ["$19k", "minimum repayments", "Tempting"],
          [f"{S}/503", f"{S}/505"]),
    ],
    decoys=[
        D(R, "Dubbo Regional Council", ["employer", "work_location"], "A former employer."),
        D(f"{S}/504", "The Office", ["employer", "work_location"], "A TV comedy."),
    ],
)

P = f"{B}/blog/posts"
MIN = (-34.02700, 150.84500)
mintodirt = dict(
    name="Losana Fifita", aliases=["Minto Dirt"], band="high", rank=6,
    note="Citizenship-test officer whose gardening blog gives it away in asides: the Parramatta test room and her "
         "train, a cheat with an earpiece, the booking system, her supervisor; garden photos with GPS.",
    profiles=[("/blog/", "html")],
    facts=[
        F("employer", "Department of Home Affairs (citizenship test officer)", ["Home Affairs", "citizenship test"],
          [f"{P}/tomatoes-in-october/", f"{P}/worm-farm/"]),
        F("work_location", "Home Affairs Parramatta office", ["Parramatta"], [f"{P}/tomatoes-in-october/"]),
        F("home_location", "Minto NSW", ["Minto"],
          [f"{B}/blog/", f"{P}/tomatoes-in-october/", f"{B}/media/tomatoes-minto.jpg", f"{P}/chillies/",
           f"{B}/media/chillies-minto.jpg"], MIN),
        F("geotag", "garden photos in Minto", ["Minto"],
          [f"{B}/media/tomatoes-minto.jpg", f"{P}/tomatoes-in-october/", f"{B}/media/chillies-minto.jpg", f"{P}/chillies/"],
          MIN),
        F("routine", "the 6:41 from Minto; test room Monday to Thursday 8 till 4:30", ["6:41", "Monday to Thursday, 8 till 4:30"],
          [f"{P}/tomatoes-in-october/"]),
        F("official_information", "a candidate caught cheating with an earpiece; third this month", ["earpiece", "question 12"],
          [f"{P}/worm-farm/"]),
        F("systems_information", "test booking system crashed; test PCs on an old operating system",
          ["booking system", "test PCs"], [f"{P}/chillies/"]),
        F("family", "Sione (husband)", ["Sione"], [f"{P}/chillies/"]),
        F("family", "Tevita (son)", ["Tevita"], [f"{P}/chillies/"]),
        F("colleague", "Priya Raman (supervisor)", ["Priya Raman", "Priya"], [f"{P}/cuttings/"]),
        F("associate", "Dot Kowalski (neighbour)", ["Dot Kowalski", "Dot"], [f"{P}/neighbour/"]),
    ],
    decoys=[
        D(f"{P}/neighbour/", "Gardening Australia", ["employer", "work_location"], "A TV gardening show."),
        D(f"{P}/neighbour/", "garden borders", ["employer", "work_location"], "Garden beds."),
    ],
)

P = f"{B}/blog/posts"
forbron = dict(
    name="Bronwyn Castellari", aliases=["Bron"], band="moderate", rank=7,
    note="Border Force officer on long service leave: a eulogy naming her family and a seizure story, her team "
         "leader at the funeral, T1, Mum's dialysis days, a flood claim and two mortgages.",
    profiles=[("/blog/", "html")],
    facts=[
        F("employer", "Australian Border Force (formerly Customs)", ["Border Force", "joining Customs"],
          [f"{P}/long-service/", f"{P}/for-dad/"]),
        F("work_location", "Sydney Airport T1", ["T1", "Sydney Airport"], [f"{P}/long-service/", f"{P}/for-dad/"]),
        F("home_location", "Goonellabah NSW (at Mum's)", ["Goonellabah"], [f"{P}/long-service/"]),
        F("routine", "Tuesday and Thursday 9am dialysis run to Lismore Base", ["Every Tuesday and Thursday", "dialysis at 9"],
          [f"{P}/dialysis-days/"]),
        F("family", "Raymond Castellari (father)", ["Raymond Castellari", "Ray"], [f"{P}/for-dad/"]),
        F("family", "Gloria (mother)", ["Gloria"], [f"{P}/for-dad/"]),
        F("family", "Luca (brother)", ["Luca"], [f"{P}/for-dad/", f"{P}/the-house/"]),
        F("family", "Ella (daughter)", ["Ella"], [f"{P}/for-dad/", f"{P}/dialysis-days/"]),
        F("colleague", "Deb Nguyen (team leader)", ["Deb Nguyen", "Deb"], [f"{P}/for-dad/"]),
        F("official_information", "cocaine found in wheelchair cushions", ["wheelchair cushions"], [f"{P}/for-dad/"]),
        F("vulnerability", "unpaid flood claim, two mortgages and a maxed card", ["card is maxed", "paying his mortgage and mine"],
          [f"{P}/the-house/"]),
    ],
    decoys=[
        D(f"{P}/dialysis-days/", "Lismore Base", ["work_location", "employer"], "The hospital where her mother has dialysis."),
    ],
)

M = f"{B}/members/kieran-odowd"
S = f"{B}/social/@kodowd"
alstonbowls = dict(
    name="Kieran O'Dowd", aliases=["kodowd", "@kodowd"], band="moderate", rank=8,
    note="Border Force officer at Gold Coast Airport written up by his bowls club: shifts, club times, wife and son, "
         "a phone; his own account adds a bag x-ray outage.",
    profiles=[("/members/kieran-odowd", "html"), ("/social/@kodowd", "activitypub")],
    facts=[
        F("employer", "Australian Border Force", ["Australian Border Force"], [M]),
        F("work_location", "Gold Coast Airport (OOL)", ["Gold Coast Airport", "OOL"], [M, f"{S}/802"]),
        F("home_location", "Alstonville NSW", ["Alstonville"], [M]),
        F("routine", "5am starts four days a week; Wednesday roll-ups 6pm; Saturday pennants 1pm",
          ["5am starts", "Wednesday roll-ups", "Saturdays at 1pm"], [M]),
        F("family", "Renee (wife)", ["Renee"], [M, f"{S}/801"]),
        F("family", "Finn (son)", ["Finn"], [M, f"{S}/803"]),
        F("systems_information", "bag x-ray at the international terminal down three hours", ["Bag x-ray"], [f"{S}/802"]),
        F("personal_contact", "0491 570 388", ["0491 570 388"], [M]),
    ],
    decoys=[
        D(f"{S}/804", "Border collie", ["employer", "associate", "family"], "The neighbour's dog."),
        D(M, "Alstonville Plateau Bowls Club", ["employer", "work_location"], "His club, not his employer."),
    ],
)

S = f"{B}/social/@mags_w"
ipswichmiddle = dict(
    name="Margaret Whitfield", aliases=["mags_w", "@mags_w", "Mags"], band="moderate", rank=9,
    note="EL2 director in Border Force, dry one-liners: #ABF, the Brisbane office, a staffing gap, her team's "
         "mailbox, Thursday swim and train, husband and daughter.",
    profiles=[("/social/@mags_w", "activitypub")],
    facts=[
        F("employer", "Australian Border Force (EL2 director)", ["#ABF", "ABF"], [f"{S}/901"]),
        F("work_location", "Brisbane office", ["Brisbane office"], [f"{S}/902"]),
        F("official_information", "23 officers short at the airport for the Christmas peak", ["23 officers short"],
          [f"{S}/902"]),
        F("official_contact", "bne.regional.ops@abf.gov.au", ["bne.regional.ops@abf.gov.au"], [f"{S}/903"]),
        F("routine", "Thursdays 5:45 swim at the Brassall pool, then the 7:10 train", ["5:45 swim", "7:10 train"],
          [f"{S}/904"]),
        F("home_location", "Brassall, Ipswich QLD", ["Brassall", "Ipswich"], [S, f"{S}/904"]),
        F("family", "Graham (husband)", ["Graham"], [f"{S}/904"]),
        F("family", "Grace (daughter)", ["Grace"], [f"{S}/905"]),
    ],
    decoys=[
        D(f"{S}/906", "department store", ["employer", "work_location"], "A shop in town."),
    ],
)

P = f"{B}/pantry/posts"
MTG = (-37.83000, 140.78000)
gambierpantry = dict(
    name="Neil Pettigrew", aliases=["Pettigrew's Pantry"], band="moderate", rank=10,
    note="Records manager whose recipe blog's card names the Department: the weekly drive to the Adelaide office, "
         "visa files and uncleared contractors, the EDRMS, the pokies on weeks away; georss at home.",
    profiles=[("/pantry/", "html"), ("/pantry/feed.xml", "feed")],
    facts=[
        F("employer", "Department of Home Affairs (records manager)", ["Department of Home Affairs", "Records Manager"],
          [f"{B}/pantry/"]),
        F("work_location", "Adelaide office", ["Adelaide office"], [f"{P}/pasties/"]),
        F("home_location", "Mount Gambier SA", ["Mount Gambier"], [f"{B}/pantry/", f"{P}/pasties/", f"{B}/pantry/feed.xml"], MTG),
        F("geotag", "georss point on the pasties post", ["-37.83"], [f"{B}/pantry/feed.xml", f"{P}/pasties/"], MTG),
        F("routine", "Monday 5am drive to Adelaide, home Thursday night", ["out of Mount Gambier at 5am", "Thursday night"],
          [f"{P}/pasties/"]),
        F("official_information", "80,000 visa files being digitised; contractor staff without clearances",
          ["80,000 old visa files", "clearances"], [f"{P}/lamb-shanks/"]),
        F("systems_information", "EDRMS ('the Filing Cabinet of Doom') lost a week of file notes after an upgrade",
          ["Filing Cabinet of Doom", "EDRMS"], [f"{P}/scones/"]),
        F("family", "Gary (partner)", ["Gary"], [f"{P}/lamb-shanks/", f"{P}/quince-paste/"]),
        F("associate", "Fran Dimitriou (neighbour)", ["Fran Dimitriou", "Fran"], [f"{P}/quince-paste/"]),
        F("vulnerability", "gambling and isolation on weeks away", ["pokies", "on my own"], [f"{P}/pub-parma/", f"{P}/pasties/"]),
    ],
    decoys=[
        D(f"{P}/scones/", "CWA", ["employer"], "The Country Women's Association's recipe."),
    ],
)

S = f"{B}/social/@brodie_gate7"
quaynights = dict(
    name="Brodie Nairn", aliases=["brodie_gate7", "@brodie_gate7"], band="low", rank=11,
    note="NEGATIVE CONTROL: security guard for a private stevedore; sees a Border Force x-ray truck from his gate.",
    profiles=[("/social/@brodie_gate7", "activitypub")],
    facts=[
        F("home_location", "Redbank Plains QLD", ["Redbank Plains"], [S, f"{S}/1103"]),
        F("routine", "four on four off, 6pm to 6am", ["6pm to 6am", "Four on four off"], [f"{S}/1101"]),
        F("family", "Kiara (partner)", ["Kiara"], [f"{S}/1103"]),
        F("associate", "Jonah Tuimavave (mate)", ["Jonah Tuimavave", "Jonah"], [f"{S}/1104"]),
        F("personal_contact", "0491 570 902", ["0491 570 902"], [f"{S}/1105"]),
    ],
    decoys=[
        D(f"{S}/1101", "Quayline Stevedoring", ["employer", "work_location"], "His own private employer."),
        D(f"{S}/1102", "Border Force x-ray truck", ["employer", "official_information", "systems_information", "colleague"],
          "Border Force seen from a stevedore's gate."),
        D(f"{S}/1102", "customs hold", ["official_information"], "A box he was told about."),
        D(f"{S}/1104", "Border Security", ["employer"], "The TV show."),
        D(f"{S}/1104", "My supervisor at Quayline", ["colleague"], "His supervisor at a private company."),
        D(f"{S}/1105", "border collie", ["employer", "family"], "A dog's kennel."),
    ],
)

M = f"{B}/staff/ingrid-solheim"
P = f"{B}/blog/posts"
northernrivcrim = dict(
    name="Ingrid Solheim", aliases=["Borderlines"], band="low", rank=12,
    note="NEGATIVE CONTROL: criminology lecturer writing on border policy from published data and interviews.",
    profiles=[("/staff/ingrid-solheim", "html"), ("/blog/", "html")],
    facts=[
        F("personal_contact", "ingrid.solheim@nru.example", ["ingrid.solheim@nru.example"], [M]),
        F("home_location", "Lismore Heights NSW", ["Lismore Heights"], [f"{P}/sunday-walk/"]),
        F("routine", "Sunday 7am walk to the river", ["Every Sunday at 7"], [f"{P}/sunday-walk/"]),
        F("family", "Mari (wife)", ["Mari"], [f"{P}/sunday-walk/", f"{P}/co-author/"]),
        F("associate", "Tom Ekwueme (co-author)", ["Tom Ekwueme", "Tom"], [M, f"{P}/co-author/"]),
    ],
    decoys=[
        D(M, "Home Affairs annual reports", ["employer", "official_information"], "Published sources."),
        D(M, "former Border Force officers", ["colleague", "employer"], "Her interviewees, who left the service."),
        D(M, "Northern Rivers University", ["employer", "work_location"], "Her own employer."),
        D(f"{P}/estimates-reading/", "offshore processing costs", ["official_information"], "Public Estimates transcripts."),
        D(f"{P}/foi-wait/", "Department's FOI team", ["employer", "official_contact", "colleague"], "Her FOI request."),
        D(f"{P}/foi-wait/", "ABF officers I interviewed", ["colleague", "employer"], "Research interviewees."),
    ],
)

S = f"{B}/social/@cheryl_bsfan"
bordersecfan = dict(
    name="Cheryl Duggan", aliases=["cheryl_bsfan", "@cheryl_bsfan"], band="low", rank=13,
    note="NEGATIVE CONTROL: superfan of a border-security TV show.",
    profiles=[("/social/@cheryl_bsfan", "activitypub")],
    facts=[
        F("home_location", "West Dubbo NSW", ["West Dubbo"], [S, f"{S}/1303"]),
        F("routine", "Thursday bingo at 10 at the West Dubbo bowlo", ["Thursday bingo"], [f"{S}/1303"]),
        F("family", "Les (husband)", ["Les"], [f"{S}/1302"]),
        F("associate", "Marlene Fitzsimmons (friend)", ["Marlene Fitzsimmons", "Marlene"], [f"{S}/1303"]),
        F("personal_contact", "bsfans.dubbo@clubmail.example", ["bsfans.dubbo@clubmail.example"], [S, f"{S}/1305"]),
    ],
    decoys=[
        D(f"{S}/1301", "customs officers at Sydney Airport", ["employer", "work_location", "colleague", "official_information"],
          "People on TV."),
        D(f"{S}/1301", "Officer Jess", ["colleague"], "A TV officer."),
        D(f"{S}/1302", "sniffer dogs", ["official_information"], "TV talk."),
        D(f"{S}/1302", "border collie Molly", ["family", "employer"], "Her dog."),
        D(f"{S}/1304", "seized more fake handbags", ["official_information"], "A TV season."),
        D(S, "Border Security superfan", ["employer"], "A fan of the show."),
    ],
)

PERSONAS = {n: globals()[n] for n in ["cruiseclear", "reluctantcommuter", "korro4x4", "broomefortnights",
                                        "tenderwellington", "mintodirt", "forbron", "alstonbowls", "ipswichmiddle",
                                        "gambierpantry", "quaynights", "northernrivcrim", "bordersecfan"]}


def render(name: str, p: dict) -> str:
    out = [f'# Ground truth for the persona "{name}" of held-out set 51 (FICTIONAL: {p["name"]} does not exist).',
           f"# Written by tests/heldout/set51/_truth.py. {p['note']}", "",
           "[subject]", f"name = {q(p['name'])}", f"aliases = {q(p['aliases'])}", 'organisation = "dibp"',
           f"risk_band = {q(p['band'])}", f"rank = {p['rank']}", ""]
    for path, platform in p["profiles"]:
        out += ["[[profiles]]", f"path = {q(path)}", f"platform = {q(platform)}", ""]
    for f in p["facts"]:
        out += ["[[facts]]", f"category = {q(f['category'])}", f"value = {q(f['value'])}", f"keys = {q(f['keys'])}",
                f"urls = {q(f['urls'])}"]
        if f["geo"]:
            out += [f"lat = {f['geo'][0]}", f"lon = {f['geo'][1]}", "radius_m = 150"]
        out.append("")
    for d in p["decoys"]:
        out += ["[[decoys]]", f"url = {q(d['url'])}", f"phrase = {q(d['phrase'])}",
                f"not_categories = {q(d['not_categories'])}", f"why = {q(d['why'])}", ""]
    return "\n".join(out)


if __name__ == "__main__":
    from collections import Counter
    counts = Counter()
    for name, p in PERSONAS.items():
        (HERE / name / "persona.toml").write_text(render(name, p), encoding="utf-8")
        counts.update(f["category"] for f in p["facts"])
    print(sum(counts.values()), dict(sorted(counts.items())))
