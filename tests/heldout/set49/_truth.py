"""Write each set-49 persona's persona.toml (the ground truth) from the tables below.

Run after editing a table: `.venv/bin/python tests/heldout/set49/_truth.py`. The tables are the
writer's judgement of what each fictional person exposes, labelled by the conventions in
tests/heldout/README.md. Rank 1 is the most exposed; ranks 11-13 are the negative controls.
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


def post(root, slug):
    return f"{B}/{root}/posts/{slug}/"


def home(root):
    return f"{B}/{root}/"


def feed(root):
    return f"{B}/{root}/feed.xml"


def media(name):
    return f"{B}/media/{name}"


def thread(user, tid):
    return f"{B}/forum/u/{user}/t/{tid}/"


# fact: (category, value, keys, urls[, (lat, lon)]); decoy: (url, phrase, not_categories, why)
T: dict[str, dict] = {}

# 1 ---------------------------------------------------------------------------------
R = "blog"
CASULA = (-33.9468, 150.8987)
T["smokoandsteel"] = dict(
    name="Brett Kowalczyk", aliases=["Brett", "Smoke, Steel & Snags"], band="critical", rank=1,
    note="Critical: Border Force container examiner at the Port Botany CEF with a 300 kg cocaine war story, the "
         "examination x-ray dead for three weeks (only red-flagged boxes opened), his shift pattern and 4:45 start, "
         "wife and two kids named, home shown by GPS photos and a georss point, car-finance stress, a mobile.",
    profiles=[("/blog/", "html")],
    facts=[
        ("employer", "Australian Border Force", ["Border Force"], [post(R, "smoko-yarn-tiles")]),
        ("work_location", "Container Examination Facility, Port Botany", ["the CEF down at Botany", "CEF", "Botany"],
         [post(R, "ribs-on-shift-week")]),
        ("home_location", "Casula NSW", ["Casula"],
         [home(R), post(R, "brisket-number-nine"), feed(R), post(R, "old-ute-for-sale"), post(R, "first-comp"),
          media("brisket-backyard.jpg"), media("smoker-dawn.jpg")], CASULA),
        ("geotag", "-33.9467, 150.8988 (backyard, Casula)", ["-33.9467 150.8988"],
         [feed(R), post(R, "brisket-number-nine"), media("brisket-backyard.jpg"), media("smoker-dawn.jpg"),
          post(R, "first-comp")], CASULA),
        ("routine", "four on, four off, 6 till 6, out the door at 4:45 for the M5",
         ["four on, four off", "6 till 6", "4:45"], [post(R, "ribs-on-shift-week")]),
        ("family", "Trish (wife)", ["Trish", "the missus"],
         [post(R, "brisket-number-nine"), post(R, "slow-cooker-season"), post(R, "ranger-regret")]),
        ("family", "Jayden (son)", ["Jayden"], [post(R, "hilux-tray")]),
        ("family", "Mia (daughter)", ["Mia"], [post(R, "hilux-tray")]),
        ("colleague", "Stevo (offsider)", ["Stevo"], [post(R, "smoko-yarn-tiles")]),
        ("official_information", "300 kg of cocaine moulded into ceramic tiles from Guangzhou",
         ["Three hundred kilos", "cocaine moulded into the tiles", "ceramic floor tiles"], [post(R, "smoko-yarn-tiles")]),
        ("official_information", "only containers flagged red are opened while the x-ray is down",
         ["everything else walks out the gate", "flag red"], [post(R, "slow-cooker-season")]),
        ("systems_information", "the drive-through container x-ray dead for three weeks, waiting on a board",
         ["drive-through x-ray", "dead for three weeks"], [post(R, "slow-cooker-season")]),
        ("vulnerability", "car finance of $1,980 a month, mortgage up, overtime gone: doing it tough",
         ["$1,980 a month", "doing it tough", "bank owns more of it"], [post(R, "ranger-regret")]),
        ("personal_contact", "0491 570 113", ["0491 570 113"], [post(R, "old-ute-for-sale")]),
        ("associate", "Darren Pogson (mate)", ["Darren Pogson", "Dazza"], [post(R, "first-comp")]),
    ],
    decoys=[
        (post(R, "hilux-tray"), "border collie", ["associate", "family"], "Rusty is the dog."),
        (post(R, "slow-cooker-season"), "Border Security", ["employer"], "A TV show his wife watches."),
        (post(R, "old-ute-for-sale"), "department store", ["employer", "work_location"], "Where he bought a thermometer."),
    ],
)

# 2 ---------------------------------------------------------------------------------
H = "hockoposting"
WFARM = (-33.9118, 150.9337)
T[H] = dict(
    name="Liam Hockings", aliases=["hocko", "@hockoposting", "hockoposting"], band="critical", rank=2,
    note="Critical: a young Border Force intelligence analyst registered with his work email, oversharing about "
         "two tools (a link-chart tool that crashes, a phone-extraction kit with one shared login on a post-it), "
         "a knocked air-cargo syndicate, the Parramatta office and his 0700 train, gambling losses next to the "
         "track, a place-tagged note at home, a Discord handle.",
    profiles=[(f"/social/@{H}", "activitypub")],
    facts=[
        ("employer", "Australian Border Force", ["ABF"], [ap(H, 6102)]),
        ("corporate_identifier", "liam.hockings@abf.gov.au", ["liam.hockings@abf.gov.au"], [ap(H)]),
        ("work_location", "Home Affairs Parramatta office", ["parramatta office", "parra"], [ap(H, 6108), ap(H, 6101)]),
        ("home_location", "Warwick Farm NSW", ["warwick farm"],
         [ap(H, 6109), apid(H, 6109), ap(H, 6101), ap(H, 6105), ap(H)], WFARM),
        ("geotag", "-33.9118, 150.9337 (Warwick Farm)", ["Warwick Farm", "-33.9118"], [ap(H, 6109), apid(H, 6109)], WFARM),
        ("routine", "0700 every morning on the T2 from Warwick Farm to Parramatta",
         ["0700 every morning on the T2", "warwick farm to parra"], [ap(H, 6101)]),
        ("systems_information", "link-chart tool 'spiderweb' crashes at about 400 nodes and drops the session",
         ["spiderweb", "400 nodes"], [ap(H, 6103)]),
        ("systems_information", "phone extraction kit: one licence login for the team, password on a post-it",
         ["phone extraction kit", "password is on a postit"], [ap(H, 6106)]),
        ("official_information", "eight-month air-cargo ice syndicate at Mascot knocked: 6 arrests, 14 kg, the freight forwarder",
         ["syndicate", "6 arrests, 14kg", "freight forwarder"], [ap(H, 6107)]),
        ("colleague", "Dave (senior analyst)", ["Dave"], [ap(H, 6104)]),
        ("vulnerability", "gambling: the rent money at the races, down about 2.3k on the multis",
         ["rent money", "down about 2.3k", "multis"], [ap(H, 6105)]),
        ("family", "Kayla (sister)", ["Kayla"], [ap(H, 6110)]),
        ("associate", "Jack Turnbull (school mate)", ["Jack Turnbull", "Jacko"], [ap(H, 6111)]),
        ("personal_contact", "Discord hocko_wfarm", ["hocko_wfarm"], [ap(H)]),
    ],
    decoys=[
        (ap(H, 6112), "border collie", ["associate", "family"], "The neighbours' dog."),
        (ap(H, 6112), "border security", ["employer", "official_information"], "A TV show."),
    ],
)

# 3 ---------------------------------------------------------------------------------
R = "blog"
T["afterthewards"] = dict(
    name="Meg Ashcroft", aliases=["Meg", "After the Wards"], band="high", rank=3,
    note="High: a nurse turned Home Affairs visa processing officer (h-card job and organisation), the Wodonga "
         "office and her office days, the partner-visa queue managed for Senate Estimates, case notes kept in "
         "Notepad because the case system logs out, her team leader, a marriage ended and loneliness, her work phone "
         "offered to strangers, her mobile on the h-card.",
    profiles=[("/blog/", "html")],
    facts=[
        ("employer", "Department of Home Affairs", ["Department of Home Affairs", "Visa Processing Officer"], [home(R)]),
        ("work_location", "Home Affairs office, High Street, Wodonga", ["Wodonga office on High Street", "Wodonga office"],
         [post(R, "tuesdays-and-thursdays")]),
        ("home_location", "West Wodonga VIC", ["West Wodonga"], [home(R), post(R, "tuesdays-and-thursdays")]),
        ("routine", "6:30 walk round Belvoir Park lake every weekday; in the office Tuesday and Thursday by 8",
         ["6:30 I walk round Belvoir Park lake", "Belvoir Park", "Tuesday and Thursday I'm in"],
         [post(R, "tuesdays-and-thursdays")]),
        ("official_information", "6,000 partner applications queued; easy ones finalised first for Senate Estimates",
         ["6,000 partner applications", "Senate Estimates"], [post(R, "the-queue")]),
        ("systems_information", "the case system ('the Treacle') logs out after 15 minutes; notes kept in Notepad",
         ["the Treacle", "Notepad"], [post(R, "the-treacle")]),
        ("colleague", "Anh Luu (team leader)", ["Anh Luu", "Anh"], [post(R, "anh")]),
        ("family", "Phil (husband)", ["Phil"], [post(R, "phil")]),
        ("family", "Sophie (daughter)", ["Sophie"], [post(R, "phil")]),
        ("vulnerability", "marriage ended after thirty years; lonely and isolated",
         ["Phil moved out", "lonely", "house is too quiet"], [post(R, "phil")]),
        ("official_contact", "(02) 5550 4172 (work phone)", ["5550 4172"], [post(R, "nurses-thinking-of-a-change")]),
        ("personal_contact", "0491 570 248", ["0491 570 248"], [home(R)]),
        ("associate", "Jan Petrakis (friend)", ["Jan Petrakis", "Jan"], [post(R, "tuesdays-and-thursdays")]),
    ],
    decoys=[
        (post(R, "why-i-left"), "Albury Wodonga Health", ["employer", "work_location"], "Her former employer, a health service."),
    ],
)

# 4 ---------------------------------------------------------------------------------
R = "bep"
BONNY = (-33.8912, 150.8868)
T["bepcuama"] = dict(
    name="Khoa Pham", aliases=["Kevin Pham", "Bếp của Má"], band="high", rank=4,
    note="High: a Border Force detention officer at Villawood on a family food blog: his shifts, a detainee's "
         "hunger strike and hospital transfer, unconnected cameras and blind spots in a compound, a colleague, "
         "wife, son and sister named, home shown by GPS photos and georss, a $28,000 loan for his father's "
         "casino debts.",
    profiles=[("/bep/", "html")],
    facts=[
        ("employer", "Australian Border Force", ["Border Force"], [post(R, "tet-on-shift")]),
        ("work_location", "Villawood Immigration Detention Centre", ["Villawood"], [post(R, "tet-on-shift")]),
        ("home_location", "Bonnyrigg NSW", ["Bonnyrigg"],
         [home(R), post(R, "pho-after-nights"), feed(R), post(R, "ba"), media("pho-backyard.jpg"),
          media("com-tam-table.jpg")], BONNY),
        ("geotag", "-33.8912, 150.8868 (backyard, Bonnyrigg)", ["-33.8912 150.8868"],
         [feed(R), post(R, "pho-after-nights"), media("pho-backyard.jpg"), media("com-tam-table.jpg"), post(R, "ba")],
         BONNY),
        ("routine", "2pm to 10pm shifts; night weeks 10pm to 6am, home by 6:40",
         ["2pm to 10pm", "10pm to 6am", "home to Bonnyrigg by 6:40"], [post(R, "tet-on-shift"), post(R, "pho-after-nights")]),
        ("family", "Thuy (wife)", ["Thuy"], [post(R, "canh-chua"), post(R, "tet-on-shift"), post(R, "ba")]),
        ("family", "Bao (son)", ["Bao"], [post(R, "tet-on-shift"), post(R, "chao-for-a-hard-week")]),
        ("family", "Linh (sister)", ["Linh"], [post(R, "linh-visits")]),
        ("official_information", "a Blaxland compound detainee refused food 23 days, taken to hospital under guard",
         ["refused food for 23 days", "Blaxland compound", "under guard"], [post(R, "chao-for-a-hard-week")]),
        ("systems_information", "new cameras in Fowler compound not connected to the control room: blind spots",
         ["cameras in Fowler compound", "blind spots"], [post(R, "cameras")]),
        ("colleague", "Reza (night-roster partner)", ["Reza"], [post(R, "chao-for-a-hard-week")]),
        ("associate", "Tuan Vo (best mate)", ["Tuan Vo", "Tuan"], [post(R, "linh-visits")]),
        ("vulnerability", "a $28,000 personal loan for his father's casino debts; every overtime shift",
         ["$28,000", "personal loan", "every overtime shift"], [post(R, "ba")]),
    ],
    decoys=[
        (post(R, "tet-on-shift"), "department store", ["employer", "work_location"], "Where his son tried to buy a card."),
        (post(R, "chao-for-a-hard-week"), "Liverpool Hospital", ["work_location"], "Where the detainee was taken, not his posting."),
    ],
)

# 5 ---------------------------------------------------------------------------------
R = "van"
WSTUART = (-33.0238, 137.5347)
T["vanlifekev"] = dict(
    name="Kevin Doughty", aliases=["Kev", "Two Up Front"], band="high", rank=5,
    note="High: a Home Affairs policy officer in a small branch, feed authored under his work email, a Cabinet "
         "submission on offshore processing and his director named, the VPN and secure-laptop habits, wife named, "
         "home in Whyalla shown by GPS photo and georss, travel photos at Katherine with GPS, his daily routine.",
    profiles=[("/van/", "html")],
    facts=[
        ("corporate_identifier", "kevin.doughty@homeaffairs.gov.au", ["kevin.doughty@homeaffairs.gov.au"], [feed(R), home(R)]),
        ("employer", "Department of Home Affairs", ["Home Affairs"], [post(R, "working-from-the-van")]),
        ("home_location", "Whyalla Stuart SA", ["Whyalla Stuart", "Whyalla"],
         [post(R, "home-base"), feed(R), media("van-driveway.jpg"), post(R, "home-routine")], WSTUART),
        ("geotag", "-33.0238, 137.5347 (driveway, Whyalla Stuart)", ["-33.0238 137.5347"],
         [feed(R), post(R, "home-base"), media("van-driveway.jpg")], WSTUART),
        ("geotag", "Katherine Hot Springs (-14.4838, 132.2626)", ["-14.4838 132.2626", "Katherine Hot Springs"],
         [feed(R), post(R, "katherine-hot-springs"), media("katherine-hot-springs.jpg")], (-14.4838, 132.2626)),
        ("geotag", "Nitmiluk gorge (-14.3168, 132.4206)", ["-14.3168 132.4206", "Nitmiluk"],
         [feed(R), post(R, "nitmiluk"), media("nitmiluk-gorge.jpg")], (-14.3168, 132.4206)),
        ("official_information", "a Cabinet submission on offshore processing of boat arrivals due to the Minister",
         ["Cabinet submission", "boat arrivals are processed offshore"], [post(R, "kakadu-cut-short")]),
        ("colleague", "Gillian Marsh (director)", ["Gillian Marsh", "Gillian"], [post(R, "kakadu-cut-short")]),
        ("systems_information", "the Department's VPN drops with Starlink; secure laptop token and remote desktop lost",
         ["VPN", "remote desktop", "secure laptop"], [post(R, "working-from-the-van")]),
        ("family", "Lorraine (wife)", ["Lorraine"],
         [post(R, "home-base"), post(R, "working-from-the-van"), post(R, "kakadu-cut-short"), post(R, "nitmiluk"),
          post(R, "home-routine"), post(R, "contact")]),
        ("associate", "Ron Pascoe (fellow traveller)", ["Ron Pascoe", "Pascoe"], [post(R, "katherine-hot-springs")]),
        ("routine", "foreshore walk at 6, logged on at 8:30, Tuesday trivia at the pub",
         ["walk the foreshore at 6", "log on at 8:30", "Tuesday nights are trivia", "Teams at 9 Canberra time"],
         [post(R, "home-routine"), post(R, "working-from-the-van")]),
        ("personal_contact", "twoupfront@nomadmail.example", ["twoupfront@nomadmail.example"], [post(R, "contact")]),
    ],
    decoys=[
        (post(R, "nitmiluk"), "border collie", ["associate", "family"], "A lost dog on campground signs."),
    ],
)

# 6 ---------------------------------------------------------------------------------
P = f"{B}/club/members/gilly-pearce"
G = "gillysharks"
T["gillypearce"] = dict(
    name="Grant Pearce", aliases=["Gilly", "@gillysharks", "gillysharks"], band="high", rank=6,
    note="High: a cricket club's page says he is a Border Force patrol-boat engineer out of Darwin with his swing "
         "and training times, wife, son and suburb; his own posts tell the boat's engine, generator and radar "
         "faults, an apprehended fishing boat, and a retired chief engineer.",
    profiles=[("/club/members/gilly-pearce", "html"), (f"/social/@{G}", "activitypub")],
    facts=[
        ("employer", "Australian Border Force", ["Border Force"], [P]),
        ("work_location", "Darwin (patrol boat base)", ["out of Darwin"], [P, ap(G, 7301)]),
        ("home_location", "Tannum Sands QLD", ["Tannum Sands", "Tannum"], [P, ap(G)]),
        ("routine", "four weeks on the boat, four home; training Tuesdays and Thursdays 4:30pm",
         ["four weeks on the boat and four weeks home", "Tuesdays and Thursdays from 4:30pm", "Four weeks out of Darwin"],
         [P, ap(G, 7301)]),
        ("family", "Kirsty (wife)", ["Kirsty"], [P, ap(G, 7305)]),
        ("family", "Cooper (son)", ["Cooper"], [P, ap(G, 7305)]),
        ("colleague", "Bluey Hendricks (chief engineer)", ["Bluey Hendricks", "Bluey"], [ap(G, 7304)]),
        ("associate", "Matt Olsen (club captain)", ["Olsen", "Ollie"], [P]),
        ("systems_information", "the boat's port main engine limping, one generator, radar dropping out in rain",
         ["Port main engine", "one generator", "radar drops out"], [ap(G, 7302)]),
        ("official_information", "a fishing boat caught 60 nm inside the line off the Wessels, 11 crew, boat burnt",
         ["60 nautical miles inside the line", "11 crew", "Wessels"], [ap(G, 7303)]),
    ],
    decoys=[
        (ap(G, 7306), "Border Security", ["employer", "official_information"], "A TV show watched on the boat."),
        (P, "Tannum Sands Sharks Cricket Club", ["employer", "work_location"], "His cricket club."),
    ],
)

# 7 ---------------------------------------------------------------------------------
U = "shannon_b_reef"
T["reefkeeperbunbury"] = dict(
    name="Shannon Bradley", aliases=["shannon_b_reef"], band="moderate", rank=7,
    note="Moderate: on a reef-aquarium forum, a Border Force officer at the Port of Bunbury living in Australind, "
         "her hours and Saturday market meet-ups, a search for crew who went over the side of a woodchip ship, "
         "partner and a club friend named, a mobile in a for-sale post.",
    profiles=[(f"/forum/u/{U}/", "html")],
    facts=[
        ("employer", "Australian Border Force", ["Border Force"], [thread(U, 501)]),
        ("work_location", "Port of Bunbury", ["Port of Bunbury"], [thread(U, 501)]),
        ("home_location", "Australind WA", ["Australind"], [thread(U, 501), thread(U, 504)]),
        ("routine", "7 till 3 weekdays at the port; Saturday 8 till 10 at the Bunbury farmers market",
         ["7 till 3 weekdays", "Saturday mornings", "8 till 10", "home at half three"], [thread(U, 502), thread(U, 505)]),
        ("official_information", "two crew over the side of a woodchip ship at the berth; three-day search",
         ["two crew went over the side", "woodchip ship", "three days looking"], [thread(U, 503)]),
        ("personal_contact", "0491 570 402", ["0491 570 402"], [thread(U, 504)]),
        ("family", "Alex (partner)", ["Alex"], [thread(U, 503), thread(U, 505)]),
        ("associate", "Wayne Colley (reef club)", ["Wayne Colley"], [thread(U, 502)]),
    ],
    decoys=[
        (thread(U, 504), "border collie", ["associate", "family"], "Her dog."),
        (thread(U, 503), "water police", ["employer", "colleague"], "Another agency in the search."),
    ],
)

# 8 ---------------------------------------------------------------------------------
H = "rozbirds"
KEAST = (-14.4655, 132.2840)
T["katherinebirder"] = dict(
    name="Roz Yates", aliases=["Roz", "@rozbirds", "rozbirds"], band="moderate", rank=8,
    note="Moderate: a Home Affairs IT service-desk officer in Katherine on a birding account: how passwords are "
         "reset over the phone (name and date of birth), her dawn walk and 7:30 start, a birding friend, a "
         "place-tagged backyard note, and the service desk's mailbox.",
    profiles=[(f"/social/@{H}", "activitypub")],
    facts=[
        ("employer", "Department of Home Affairs", ["Home Affairs"], [ap(H), ap(H, 8203)]),
        ("routine", "6:15 walk along the Katherine River every day, logged on for a 7:30 start",
         ["6:15 walk along the Katherine River", "7:30 start"], [ap(H, 8201)]),
        ("systems_information", "password resets by phone checked only on name and date of birth, ~300 a week",
         ["reset passwords", "name and date of birth"], [ap(H, 8203)]),
        ("associate", "Doreen Waters (birding friend)", ["Doreen Waters", "Doreen"], [ap(H, 8204)]),
        ("home_location", "Katherine East NT", ["Katherine East", "Katherine"], [ap(H, 8205), apid(H, 8205), ap(H)], KEAST),
        ("geotag", "-14.4655, 132.2840 (Katherine East)", ["Katherine East", "-14.4655"], [ap(H, 8205), apid(H, 8205)], KEAST),
        ("official_contact", "servicedesk.north@homeaffairs.gov.au", ["servicedesk.north@homeaffairs.gov.au"], [ap(H, 8206)]),
    ],
    decoys=[
        (ap(H, 8207), "Border Force", ["employer"], "She says it is not why she lives there."),
        (ap(H, 8207), "Darwin airport", ["work_location"], "A place she has been, not a posting."),
    ],
)

# 9 ---------------------------------------------------------------------------------
H = "rutherglenreds"
T[H] = dict(
    name="Tom Ferreira", aliases=["@rutherglenreds", "rutherglenreds"], band="moderate", rank=9,
    note="Moderate: a Border Force trade compliance auditor on a wine account: an importer's misclassified "
         "batteries, his audit partner, his work email given to a wine club, his Saturday cellar-door run from "
         "Thurgoona, his wife.",
    profiles=[(f"/social/@{H}", "activitypub")],
    facts=[
        ("employer", "Australian Border Force", ["Border Force"], [ap(H, 9101)]),
        ("home_location", "Thurgoona NSW", ["Thurgoona"], [ap(H), ap(H, 9102)]),
        ("official_information", "an Albury importer's 40 containers of e-bike batteries classified as toys",
         ["e-bike batteries", "classified as toys", "penalty team"], [ap(H, 9103)]),
        ("colleague", "Sunita Rao (audit partner)", ["Sunita Rao", "Sunita"], [ap(H, 9105)]),
        ("routine", "every Saturday out of Thurgoona at 10, Rutherglen by 10:40",
         ["every Saturday", "out of Thurgoona at 10", "Rutherglen by 10:40"], [ap(H, 9102)]),
        ("family", "Carla (wife)", ["Carla"], [ap(H, 9102), ap(H, 9104)]),
        ("corporate_identifier", "tom.ferreira@abf.gov.au", ["tom.ferreira@abf.gov.au"], [ap(H, 9106)]),
    ],
    decoys=[
        (ap(H, 9107), "Department store", ["employer"], "Wine glasses from a shop."),
    ],
)

# 10 --------------------------------------------------------------------------------
P = f"{B}/committee/natalie-okoro"
T["harbourrunners"] = dict(
    name="Natalie Okoro", aliases=["Nat"], band="moderate", rank=10,
    note="Moderate: a running club's committee page in her words: Home Affairs client service officer at the "
         "Gladstone office, her suburb and club run times, husband named, her work email for urgent club business.",
    profiles=[("/committee/natalie-okoro", "html"), ("/social/@natruns", "activitypub")],
    facts=[
        ("employer", "Department of Home Affairs", ["Department of Home Affairs"], [P]),
        ("work_location", "Home Affairs Gladstone office, Goondoon Street",
         ["Gladstone office on Goondoon Street", "Goondoon Street"], [P]),
        ("home_location", "Boyne Island QLD", ["Boyne Island"], [P]),
        ("routine", "Sunday 6am group run from the Boyne Island foreshore; Wednesday 5:30pm track",
         ["Sunday 6am group run", "Wednesday 5:30pm track session"], [P, ap("natruns", 1001)]),
        ("family", "Emeka (husband)", ["Emeka"], [P]),
        ("official_contact", "natalie.okoro@homeaffairs.gov.au", ["natalie.okoro@homeaffairs.gov.au"], [P]),
    ],
    decoys=[
        (P, "Club Secretary", ["employer"], "Her volunteer role at the club."),
        (P, "Tannum Sands oval", ["work_location"], "The track session's venue."),
        (ap("natruns", 1002), "border collie", ["associate"], "A dog at parkrun."),
    ],
)

# 11 (control) ----------------------------------------------------------------------
H = "jessatthedesk"
T["freightdesk"] = dict(
    name="Jess Maloney", aliases=["@jessatthedesk", "jessatthedesk"], band="low", rank=11,
    note="NEGATIVE CONTROL: a receptionist at a private customs broker in Gladstone. Border Force holding a "
         "client's container, the cargo system being down and a TV show are her employer's world, not the "
         "Department's staff. Her own exposure: husband and kids, netball night, suburb, a phone, a friend.",
    profiles=[(f"/social/@{H}", "activitypub")],
    facts=[
        ("family", "Damo (husband)", ["Damo"], [ap(H, 1103), ap(H, 1108)]),
        ("family", "Lily (daughter)", ["Lily"], [ap(H, 1103)]),
        ("family", "Noah (son)", ["Noah"], [ap(H, 1103), ap(H, 1106)]),
        ("routine", "netball every Wednesday 6pm at the Kin Kora courts, kids picked up at 7:30",
         ["Netball every Wednesday 6pm", "7:30"], [ap(H, 1105)]),
        ("personal_contact", "0491 570 519", ["0491 570 519"], [ap(H, 1107)]),
        ("home_location", "Kin Kora QLD", ["Kin Kora", "Gladstone"], [ap(H, 1107), ap(H)]),
        ("associate", "Tahnee Birch (friend)", ["Tahnee Birch", "Tahnee"], [ap(H, 1109)]),
    ],
    decoys=[
        (ap(H), "customs broker", ["employer", "work_location"], "Her private employer, not the Department."),
        (ap(H, 1101), "customs broker", ["employer"], "Her private employer."),
        (ap(H, 1102), "Border Force has a container held", ["official_information", "employer"],
         "A client's container, told from the broker's front desk."),
        (ap(H, 1104), "The ICS was down all morning", ["systems_information"], "Seen from a broker's office."),
        (ap(H, 1108), "Border Security", ["employer"], "A TV show."),
        (ap(H, 1106), "border collie", ["associate", "family"], "Skip the dog."),
        (ap(H, 1103), "refinery", ["employer", "work_location"], "Her husband's workplace."),
    ],
)

# 12 (control) ----------------------------------------------------------------------
P = f"{B}/staff/priya-raman"
R = "notes"
WPLAY = (-33.0412, 137.5491)
T["whyallauni"] = dict(
    name="Priya Raman", aliases=["Dr Priya Raman", "Field Notes from the Gulf"], band="low", rank=12,
    note="NEGATIVE CONTROL: a migration researcher: published Department data, an FOI request and interviews "
         "with former Border Force officers make her a student of the Department, not staff. Her own exposure: "
         "a work email, husband and daughter, a Sunday walk, a georss point at home, a co-author.",
    profiles=[("/staff/priya-raman", "html"), ("/notes/", "html")],
    facts=[
        ("personal_contact", "priya.raman@sgrsc.example", ["priya.raman@sgrsc.example"], [P]),
        ("family", "Arun (husband)", ["Arun"], [post(R, "sundays")]),
        ("family", "Meera (daughter)", ["Meera"], [post(R, "sundays")]),
        ("routine", "Sunday 7am walk on the Whyalla foreshore", ["every Sunday at 7", "Whyalla foreshore"],
         [post(R, "sundays")]),
        ("home_location", "Whyalla Playford SA", ["Whyalla Playford"], [post(R, "sundays"), feed(R)], WPLAY),
        ("geotag", "-33.0412, 137.5491 (verandah, Whyalla Playford)", ["-33.0412 137.5491"],
         [feed(R), post(R, "sundays")], WPLAY),
        ("associate", "Hannah Kurz (co-author)", ["Hannah Kurz"], [post(R, "regional-visas-paper")]),
    ],
    decoys=[
        (P, "Department of Home Affairs data", ["employer", "official_information"], "Published data she studies."),
        (P, "former Border Force officers", ["colleague", "employer"], "People she interviews."),
        (P, "Senior Lecturer in Sociology", ["employer", "official_contact"], "Her own university job."),
        (post(R, "oral-history"), "former Border Force officers and detention staff", ["colleague", "official_information"],
         "Interviewees who have left the service."),
        (post(R, "foi"), "FOI request to Home Affairs", ["official_information", "employer"], "A researcher's FOI request."),
        (post(R, "regional-visas-paper"), "visa grant data", ["official_information", "systems_information"],
         "Data the Department publishes."),
        (post(R, "sundays"), "border collie", ["associate"], "A dog on the foreshore."),
        (post(R, "department-store"), "department store", ["employer", "work_location"], "Local history."),
    ],
)

# 13 (control) ----------------------------------------------------------------------
H = "stephscreens"
LAV = (-36.0401, 146.9329)
T["screeningsteph"] = dict(
    name="Steph Kotsis", aliases=["@stephscreens", "stephscreens"], band="low", rank=13,
    note="NEGATIVE CONTROL: a private security screener at Albury Airport, mistaken for Border Force because of "
         "her uniform; x-rays and flights are her private employer's work. Her own exposure: the early roster, "
         "her fiancé, a lash-bookings phone, a GPS photo in her Lavington garden.",
    profiles=[(f"/social/@{H}", "activitypub")],
    facts=[
        ("routine", "4:30am starts Monday to Thursday, alarm at 3:45", ["4:30am starts", "Monday to Thursday", "Alarm at 3:45"],
         [ap(H, 1303)]),
        ("family", "Nick (fiancé)", ["Nick"], [ap(H, 1304), ap(H, 1306), ap(H, 1307)]),
        ("home_location", "Lavington NSW", ["Lavington", "Albury"],
         [ap(H, 1307), ap(H, 1304), apid(H, 1304), media("garden-ring.jpg"), ap(H)], LAV),
        ("geotag", "-36.0401, 146.9329 (garden, Lavington)", ["lemon tree"],
         [media("garden-ring.jpg"), ap(H, 1304), apid(H, 1304)], LAV),
        ("personal_contact", "0491 570 677", ["0491 570 677"], [ap(H)]),
    ],
    decoys=[
        (ap(H, 1302), "Border Force", ["employer"], "She says she is not."),
        (ap(H, 1301), "x-ray", ["systems_information", "official_information"], "A private screening point."),
        (ap(H), "private security company", ["employer"], "Her private employer."),
        (ap(H, 1305), "department store", ["employer", "work_location"], "A shop."),
        (ap(H, 1306), "border collie", ["associate", "family"], "The neighbour's dog."),
        (ap(H, 1303), "6am Sydney flight", ["official_information", "work_location"], "An airline departure she screens for."),
    ],
)


def q(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def arr(xs) -> str:
    return "[" + ", ".join(q(x) for x in xs) + "]"


def write(name: str, t: dict) -> None:
    out = [f"# Ground truth for the held-out persona {name!r} (FICTIONAL), set 49. Written by _truth.py.",
           "#", *(f"# {line}" for line in _wrap(t["note"])), "",
           "[subject]", f"name = {q(t['name'])}", f"aliases = {arr(t['aliases'])}", 'organisation = "dibp"',
           f"risk_band = {q(t['band'])}", f"rank = {t['rank']}", ""]
    for path, platform in t["profiles"]:
        out += ["[[profiles]]", f"path = {q(path)}", f"platform = {q(platform)}", ""]
    for fact in t["facts"]:
        cat, value, keys, urls = fact[:4]
        out += ["[[facts]]", f"category = {q(cat)}", f"value = {q(value)}", f"keys = {arr(keys)}", f"urls = {arr(urls)}"]
        if len(fact) > 4:
            out += [f"lat = {fact[4][0]}", f"lon = {fact[4][1]}", "radius_m = 150"]
        out.append("")
    for url, phrase, cats, why in t["decoys"]:
        out += ["[[decoys]]", f"url = {q(url)}", f"phrase = {q(phrase)}", f"not_categories = {arr(cats)}",
                f"why = {q(why)}", ""]
    (HERE / name / "persona.toml").write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")


def _wrap(text: str, width: int = 100) -> list[str]:
    lines, cur = [], ""
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}".strip()
    return lines + [cur]


if __name__ == "__main__":
    from collections import Counter
    for name, t in T.items():
        write(name, t)
    counts = Counter(f[0] for t in T.values() for f in t["facts"])
    print(sum(counts.values()), dict(sorted(counts.items())))
