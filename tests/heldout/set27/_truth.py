"""Ground truth for set 27, written by hand (blind); run to rewrite every persona.toml from TRUTH.

    .venv/bin/python tests/heldout/set27/_truth.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B = "{{BASE}}"


def ap(h, n=None):
    return f"{B}/social/@{h}" + (f"/{n}" if n is not None else "")


def post(slug, root="blog"):
    return f"{B}/{root}/posts/{slug}/"


def thread(base, tid):
    return f"{B}{base}t/{tid}/"


def media(f):
    return f"{B}/media/{f}"


FR = "/forum/u/VL_Steve/"
PA = "/circle/u/lana_and_mila/"
BE = "/answers/u/GeoffA_Aranda/"
RD = "/board/u/DeepakGC_cab/"
GC = "/members/tayla-brennan"
LA = "/people/fiona-gallagher"

# fact: (category, value, keys, urls, extra)   decoy: (url, phrase, not_categories, why)
TRUTH = {
    "fremantle": dict(
        name="Steve Markou", aliases=["VL_Steve", "vlsteve", "@vlsteve"], band="critical", rank=2,
        note="Border Force at Victoria Quay, Fremantle; a car forum signed up with his work email; a tobacco seizure, "
             "a cruise staffing number and a cargo system outage; hidden card debt and multis; GPS photo at home.",
        profiles=[(FR, "html"), ("/social/@vlsteve", "activitypub")],
        facts=[
            ("employer", "Australian Border Force", ["Border Force", "ABF"], [thread(FR, 3104), f"{B}{FR}"], {}),
            ("corporate_identifier", "s.markou@abf.gov.au", ["s.markou@abf.gov.au"], [f"{B}{FR}"], {}),
            ("work_location", "Victoria Quay, Fremantle", ["Victoria Quay", "the quay"], [thread(FR, 3104), thread(FR, 3102)], {}),
            ("colleague", "Bronwyn Aitchison (team leader)", ["Bronwyn Aitchison", "Bronwyn", "TL Bronwyn"], [thread(FR, 3104)], {}),
            ("official_information", "cruise ship turnaround of 3200 passengers staffed by 11 officers",
             ["11 officers", "3200 pax"], [thread(FR, 3104)], {}),
            ("official_information", "2.3 tonnes of loose-leaf tobacco concealed in bags of rice in two containers",
             ["2.3 tonne", "loose leaf tobacco", "bags of rice"], [thread(FR, 3106)], {}),
            ("systems_information", "cargo clearance system outage of two hours",
             ["cargo system fell over", "cargo system"], [thread(FR, 3104)], {}),
            ("routine", "4 on 4 off earlies at the quay, free after 3pm", ["4 on 4 off", "earlies", "after 3pm"],
             [thread(FR, 3102)], {}),
            ("home_location", "Beaconsfield WA", ["Beaconsfield"],
             [thread(FR, 3101), thread(FR, 3102), media("driveway-vl.jpg"), ap("vlsteve", 1)],
             {"lat": -32.0676, "lon": 115.7648, "radius_m": 150}),
            ("geotag", "-32.0675, 115.7647 (driveway photo)", ["driveway"], [media("driveway-vl.jpg"), ap("vlsteve", 1)],
             {"lat": -32.0676, "lon": 115.7648, "radius_m": 150}),
            ("family", "Leanne (wife)", ["Leanne", "Missus Leanne", "the missus"], [thread(FR, 3101), thread(FR, 3103)], {}),
            ("associate", "Gary Pruitt (mate)", ["Gary Pruitt", "Gazza"], [thread(FR, 3101), thread(FR, 3105)], {}),
            ("personal_contact", "0491 570 312", ["0491 570 312"], [thread(FR, 3102)], {}),
            ("vulnerability", "about $14k on two credit cards, one hidden from his wife; multis paying the minimums",
             ["14k across two credit cards", "doesnt know the second one exists", "multi"], [thread(FR, 3103)], {}),
        ],
        decoys=[
            (ap("vlsteve", 2), "Border Security repeats", ["employer", "official_information"], "A TV show."),
            (thread(FR, 3105), "the workshop in O'Connor", ["work_location"], "A private dyno workshop."),
        ]),
    "goldcoast": dict(
        name="Tayla Brennan", aliases=["taylab", "@taylab", "taylab.surfs"], band="moderate", rank=9,
        note="Border Force at Gold Coast Airport named on her surf club's member page; a meth concealment on the "
             "Auckland flight; patrol and training times, dad, partner, patrol captain; a place-tagged note at home.",
        profiles=[(GC, "html"), ("/social/@taylab", "activitypub")],
        facts=[
            ("employer", "Australian Border Force", ["Australian Border Force", "Border Force", "#ABF"], [f"{B}{GC}", ap("taylab", 102)], {}),
            ("work_location", "Gold Coast Airport", ["Gold Coast Airport", "OOL"], [f"{B}{GC}", ap("taylab", 102)], {}),
            ("official_information", "three passengers off the Auckland flight with 2 kg of meth in shampoo bottles",
             ["shampoo bottles", "2kg", "Auckland flight"], [ap("taylab", 102)], {}),
            ("routine", "Patrol 4 every second Sunday from 7am; Thursday 5:30pm board training; swing shifts",
             ["every second Sunday from 7am", "Thursday 5:30pm", "swing shifts"], [f"{B}{GC}"], {}),
            ("family", "Russell Brennan (father)", ["Russell Brennan", "Russell"], [f"{B}{GC}"], {}),
            ("family", "Jordan Ake (partner)", ["Jordan Ake", "Jordo"], [f"{B}{GC}", ap("taylab", 103)], {}),
            ("associate", "Mel Hoang (patrol captain)", ["Mel Hoang"], [f"{B}{GC}"], {}),
            ("home_location", "Coolangatta QLD", ["Coolangatta", "home sweet home"],
             [ap("taylab", 104), f"{B}/social/@taylab/statuses/104"], {"lat": -28.1680, "lon": 153.5290, "radius_m": 300}),
            ("geotag", "-28.1680, 153.5290 (place-tagged note)", ["Coolangatta"],
             [ap("taylab", 104), f"{B}/social/@taylab/statuses/104"], {"lat": -28.1680, "lon": 153.5290, "radius_m": 150}),
            ("personal_contact", "taylab.surfs (Instagram)", ["taylab.surfs"], [ap("taylab"), f"{B}{GC}"], {}),
        ],
        decoys=[
            (ap("taylab", 105), "Border Security reruns", ["employer", "official_information"], "A TV show."),
            (f"{B}{GC}", "Bondi Rescue", ["work_location", "employer"], "A TV show."),
            (ap("taylab", 101), "4 rescues", ["official_information"], "Surf rescues on a volunteer patrol."),
        ]),
    "cairns": dict(
        name="Craig Lindqvist", aliases=["Two Wheels North"], band="high", rank=5,
        note="Border Force marine crew at the Cairns wharf; a motorcycle-touring diary with georss at home in Edge "
             "Hill; a yacht from Daru held, a monitoring feed down; his work mobile; colleague, wife by pet name, "
             "riding mate; debt and rum.",
        profiles=[("/blog/", "html")],
        facts=[
            ("employer", "Australian Border Force", ["Border Force marine crew", "Border Force"], [post("week-off")], {}),
            ("work_location", "Cairns wharf", ["Cairns wharf"], [post("week-off")], {}),
            ("colleague", "Dave Mirzaei (marine crew colleague)", ["Dave Mirzaei", "Dave"], [post("atherton-loop")], {}),
            ("official_contact", "0491 570 655 (work mobile)", ["0491 570 655"], [post("cape-tribulation")], {}),
            ("official_information", "a yacht from Daru held with four people aboard",
             ["Daru", "four people aboard"], [post("week-off")], {}),
            ("systems_information", "vessel monitoring feed dropped out for two days, tracking screens blind",
             ["vessel monitoring feed", "tracking screens"], [post("week-off")], {}),
            ("routine", "5am earlies; Wednesday night ride to the Gillies lookout",
             ["5am earlies", "Wednesday night ride"], [post("week-off")], {}),
            ("home_location", "Edge Hill, Cairns QLD", ["Edge Hill"],
             [post("atherton-loop"), post("bloomfield-track"), f"{B}/blog/feed.xml"],
             {"lat": -16.9070, "lon": 145.7440, "radius_m": 150}),
            ("geotag", "-16.9070, 145.7440 (georss on two posts)", ["Edge Hill"],
             [f"{B}/blog/feed.xml", post("bloomfield-track"), post("atherton-loop")],
             {"lat": -16.9070, "lon": 145.7440, "radius_m": 150}),
            ("family", "Jenny (wife)", ["Jenny", "the navigator"], [post("bloomfield-track"), post("tyres"), post("atherton-loop")], {}),
            ("associate", "Pete Szabo (riding mate)", ["Pete Szabo", "Spud"], [post("bloomfield-track")], {}),
            ("vulnerability", "underwater on a boat loan and second mortgage; too many rums most nights",
             ["underwater", "second mortgage", "too many rums"], [post("tyres")], {}),
        ],
        decoys=[
            (post("cape-tribulation"), "The ferry at the Daintree", ["work_location"], "A river ferry on a ride."),
        ]),
    "darwinair": dict(
        name="Annika Dorrington", aliases=["Top End Tackle"], band="high", rank=6,
        note="Border Force at Darwin Airport, in a footy podcast's episode notes; Bali-flight staffing and SmartGates "
             "down; her team leader as a guest; brother and producer; multis and card debt; Tuesday recordings "
             "at home in Nightcliff; listener email.",
        profiles=[("/blog/", "html")],
        facts=[
            ("employer", "Australian Border Force", ["Border Force"], [post("ep-41")], {}),
            ("work_location", "Darwin Airport", ["Darwin Airport", "the airport"], [post("ep-41"), post("ep-43")], {}),
            ("colleague", "Marcus Pell (team leader)", ["Marcus Pell", "Marcus"], [post("ep-43")], {}),
            ("official_information", "six officers on the primary line for 380 passengers on the 2am Bali flight",
             ["Six officers", "380 passengers", "Bali flight"], [post("ep-42")], {}),
            ("systems_information", "SmartGates down again", ["SmartGates down"], [post("ep-42")], {}),
            ("routine", "records every Tuesday at 7:30pm at home, then drives in for nights",
             ["Every Tuesday", "7:30pm", "nights"], [post("ep-44")], {}),
            ("home_location", "Nightcliff NT", ["Nightcliff"], [post("ep-44")], {}),
            ("family", "Josh Dorrington (brother)", ["Josh", "little brother Josh"], [f"{B}/blog/", post("ep-41"), post("ep-42")], {}),
            ("associate", "Kezia Lombardi (oldest friend)", ["Kezia Lombardi", "Kezia"], [post("ep-41")], {}),
            ("personal_contact", "annika.tet@podmail.example", ["annika.tet@podmail.example"], [f"{B}/blog/"], {}),
            ("vulnerability", "losing same-game multis, behind on the credit card",
             ["same-game multi", "behind on the credit card"], [post("ep-42")], {}),
        ],
        decoys=[
            (post("ep-45"), "Border Security", ["official_information", "employer"], "A drinking game with a TV show."),
            (post("ep-41"), "Nightcliff v Buffaloes", ["home_location"], "A football fixture, not her home."),
        ]),
    "dandenong": dict(
        name="Luke Halloran", aliases=["Every Second Weekend"], band="critical", rank=1,
        note="Border Force cargo examiner in Dandenong South; a separated dad's blog: cocaine in bike frames, the "
             "targeting system, his 2IC; Doveton flat, kids' school and pickup times, ex; payday loans, loneliness.",
        profiles=[("/blog/", "html")],
        facts=[
            ("employer", "Australian Border Force", ["Border Force"], [post("work-is-work")], {}),
            ("work_location", "container examination facility, Dandenong South", ["Dandenong South", "the depot"],
             [post("work-is-work"), post("wednesdays")], {}),
            ("colleague", "Sharon Quill (2IC)", ["Sharon Quill", "Shaz"], [post("work-is-work")], {}),
            ("official_information", "60 kg of cocaine sealed in exercise-bike frames",
             ["60 kilos of cocaine", "exercise bikes"], [post("work-is-work")], {}),
            ("systems_information", "targeting system: any container through the port in five years",
             ["targeting system"], [post("money")], {}),
            ("home_location", "Doveton VIC (behind the Power Road shops)", ["Doveton", "Power Road"], [post("the-flat")], {}),
            ("routine", "Wednesdays: leaves the depot 2:30, 3:15 school pickup, 3:40 kinder; every second weekend",
             ["3:15 pickup", "Wednesdays", "every second weekend"], [post("wednesdays")], {}),
            ("family", "Ruby (daughter)", ["Ruby", "Doveton Heights Primary"], [post("the-flat"), post("wednesdays"), post("money")], {}),
            ("family", "Finn (son)", ["Finn"], [post("the-flat"), post("wednesdays"), post("footy")], {}),
            ("family", "Carla (ex-partner)", ["Carla"], [post("the-flat"), post("nobody-to-ring"), post("work-is-work")], {}),
            ("associate", "Trav Ellery (mate)", ["Trav Ellery", "Trav"], [post("nobody-to-ring")], {}),
            ("vulnerability", "separation, an $11,800 legal bill, stacked payday loans, loneliness",
             ["payday loan", "Lawyer's bill", "too quiet", "split"],
             [post("money"), post("nobody-to-ring"), post("the-flat")], {}),
        ],
        decoys=[
            (post("nobody-to-ring"), "Dandenong Plaza", ["work_location"], "A shopping centre car park."),
        ]),
    "botany": dict(
        name="Imran Qureshi", aliases=["Matraville Magpies 3rd XI"], band="high", rank=7,
        note="Border Force at Port Botany's container terminal, in a cricket club's match reports he writes; a "
             "colleague team-mate, a night roster and short x-ray crews; training times, dad the scorer, skipper, "
             "team-mate; his mobile for availability.",
        profiles=[("/reports/", "html")],
        facts=[
            ("employer", "Australian Border Force", ["Border Force"], [post("rd9-v-randwick", "reports"), post("rd12-v-mascot", "reports")], {}),
            ("work_location", "Port Botany container terminal", ["Botany", "container terminal", "the port"],
             [post("rd12-v-mascot", "reports"), post("rd9-v-randwick", "reports")], {}),
            ("colleague", "Tom Vaipulu (colleague)", ["Tom Vaipulu"], [post("rd9-v-randwick", "reports")], {}),
            ("official_information", "Botany roster on four nights a week; x-ray trucks short two operators; exam "
             "team sent to an operation up north", ["four nights a week", "short two operators", "Operation up north"],
             [post("rd12-v-mascot", "reports")], {}),
            ("routine", "training Tuesday and Thursday 5:30pm at the Heffron Park nets; night shifts",
             ["Tuesday and Thursday, 5:30pm", "Heffron"], [post("rd11-v-maroubra", "reports")], {}),
            ("family", "Tariq Qureshi (father)", ["Tariq", "Dad"], [post("rd10-v-coogee", "reports"), post("presentation", "reports")], {}),
            ("associate", "Dylan Haigh (skipper)", ["Dylan Haigh"], [post("rd9-v-randwick", "reports")], {}),
            ("associate", "Ash Ferreira (team-mate)", ["Ash Ferreira", "Ash"], [post("rd12-v-mascot", "reports"), post("presentation", "reports")], {}),
            ("personal_contact", "0491 570 448", ["0491 570 448"], [f"{B}/reports/"], {}),
        ],
        decoys=[
            (post("presentation", "reports"), "a department store", ["employer"], "The club sponsor."),
            (post("rd11-v-maroubra", "reports"), "Border Security episode", ["official_information", "employer"], "A TV show."),
            (post("rd12-v-mascot", "reports"), "walked home to Matraville", ["home_location"], "A team-mate's home, not his."),
        ]),
    "parramatta": dict(
        name="Lana Tran", aliases=["lana_and_mila"], band="critical", rank=3,
        note="Home Affairs visa processing at the Parramatta office; a mothers' group forum on her work email; a "
             "partner-visa backlog and targets, a freezing case system; days, drop-off time and daycare, suburb, "
             "husband, baby, MIL, a friend; BNPL plans and isolation; her mobile.",
        profiles=[(PA, "html")],
        facts=[
            ("employer", "Department of Home Affairs", ["Home Affairs"], [f"{B}{PA}"], {}),
            ("corporate_identifier", "lana.tran@homeaffairs.gov.au", ["lana.tran@homeaffairs.gov.au"], [f"{B}{PA}"], {}),
            ("work_location", "Parramatta office", ["Parramatta office"], [thread(PA, 5501)], {}),
            ("official_information", "11,000 partner visa applications queued in her team; 40 finalisations a day each",
             ["11,000 partner visa", "40 a day"], [thread(PA, 5503)], {}),
            ("systems_information", "case system freezes whenever an attachment is opened", ["case system freezes"],
             [thread(PA, 5503)], {}),
            ("routine", "works Mon, Tue, Thu 8 till 4; daycare drop-off 7:40", ["mon tue thu", "8 till 4", "7:40"],
             [thread(PA, 5501)], {}),
            ("home_location", "Wentworthville NSW", ["Wentworthville"], [f"{B}{PA}", thread(PA, 5504)], {}),
            ("family", "Dan (husband)", ["Dan", "hubby Dan"], [thread(PA, 5501), thread(PA, 5502), thread(PA, 5505)], {}),
            ("family", "Mila (daughter)", ["Mila", "Little Gumnuts"], [f"{B}{PA}", thread(PA, 5501)], {}),
            ("family", "Kim (mother-in-law)", ["Kim", "MIL"], [thread(PA, 5505)], {}),
            ("associate", "Sophie Adeyemi (friend)", ["Sophie Adeyemi"], [thread(PA, 5504)], {}),
            ("personal_contact", "0491 570 277", ["0491 570 277"], [f"{B}{PA}"], {}),
            ("vulnerability", "six Afterpay and two Zip plans, total unknown; isolation, possible PND",
             ["afterpay", "zip plans", "feel this alone", "PND"], [thread(PA, 5502), thread(PA, 5505)], {}),
        ],
        decoys=[]),
    "belconnen": dict(
        name="Geoffrey Amhurst", aliases=["GeoffA_Aranda"], band="critical", rank=4,
        note="Home Affairs ICT manager at the Belconnen office; gardening answers notifying his work address; a "
             "biometric-matching patch on old Solaris, a restructure, his desk line and director; Aranda, bus time, "
             "wife, grandchildren; passed over and bitter.",
        profiles=[(BE, "html")],
        facts=[
            ("employer", "Department of Home Affairs", ["Home Affairs", "homeaffairs"], [f"{B}{BE}"], {}),
            ("corporate_identifier", "geoffrey.amhurst@homeaffairs.gov.au", ["geoffrey.amhurst@homeaffairs.gov.au"], [f"{B}{BE}"], {}),
            ("official_contact", "02 5550 4172 (desk line)", ["02 5550 4172"], [thread(BE, 813)], {}),
            ("work_location", "Belconnen office", ["Belconnen office", "Belconnen"], [thread(BE, 813), thread(BE, 812)], {}),
            ("systems_information", "biometric matching system patch; vendor upgrade failing on old Solaris servers",
             ["biometric matching system", "Solaris"], [thread(BE, 813)], {}),
            ("official_information", "restructure: EL1 positions and two of four ICT security teams cut",
             ["restructure", "two of the four ICT security teams"], [thread(BE, 815)], {}),
            ("colleague", "Ngozi Okafor (director)", ["Ngozi Okafor"], [thread(BE, 816)], {}),
            ("home_location", "Aranda ACT", ["Aranda"], [f"{B}{BE}", thread(BE, 812)], {}),
            ("routine", "waters at 6:30, 7:10 bus from Aranda to the Belconnen interchange", ["7:10 bus", "6:30"],
             [thread(BE, 812)], {}),
            ("family", "Helen (wife)", ["Helen"], [thread(BE, 812)], {}),
            ("family", "Oscar and Tilly (grandchildren)", ["Oscar", "Tilly"], [thread(BE, 814)], {}),
            ("vulnerability", "position cut after 22 years, passed over for director, bitter",
             ["passed over", "bitterness"], [thread(BE, 815)], {}),
        ],
        decoys=[
            (thread(BE, 817), "border plant", ["employer"], "Gardening."),
            (thread(BE, 816), "the nursery in Mitchell", ["work_location"], "A plant nursery."),
        ]),
    "portland": dict(
        name="Wendy Carstairs", aliases=["Purl Harbour"], band="high", rank=8,
        note="Border Force at the Portland wharf, in a knitting blog; a boarding with two officers for 23 crew; her "
             "work mobile for knit-night cancellations; Monday knit night; daughter, ex, knitting friend; alone and "
             "drinking; a GPS photo at home in Portland West.",
        profiles=[("/blog/", "html")],
        facts=[
            ("employer", "Australian Border Force", ["Border Force"], [post("sock-on-the-boat")], {}),
            ("work_location", "Port of Portland wharf", ["wharf at Portland", "on the wharf"], [post("sock-on-the-boat"), post("knit-night")], {}),
            ("official_contact", "0491 570 903 (work mobile)", ["0491 570 903"], [post("knit-night")], {}),
            ("official_information", "two officers to board a bulk carrier and check 23 crew",
             ["Two of us to board", "23 crew"], [post("sock-on-the-boat")], {}),
            ("home_location", "Portland West VIC", ["Portland West"],
             [post("quiet-house"), post("gansey"), media("gansey-garden.jpg")], {"lat": -38.3520, "lon": 141.5930, "radius_m": 150}),
            ("geotag", "-38.3521, 141.5931 (garden photo)", ["gansey"], [media("gansey-garden.jpg"), post("gansey")],
             {"lat": -38.3520, "lon": 141.5930, "radius_m": 150}),
            ("routine", "Monday knit night, 7pm, library meeting room", ["Monday knit night", "7pm"], [post("knit-night")], {}),
            ("family", "Ellie (daughter)", ["Ellie"], [post("gansey"), post("quiet-house")], {}),
            ("family", "Graham (ex-husband)", ["Graham"], [post("quiet-house")], {}),
            ("associate", "Marg Doyle (knitting friend)", ["Marg Doyle", "Marg"], [post("knit-night")], {}),
            ("vulnerability", "separation, a quiet house, drinking more wine",
             ["awfully quiet", "drink more wine", "moved out"], [post("quiet-house")], {}),
        ],
        decoys=[
            (post("border-pattern"), "Fair Isle border", ["employer"], "A knitting pattern."),
        ]),
    "karratha": dict(
        name="Kyle Oduya", aliases=["kyleo", "@kyleo"], band="moderate", rank=10,
        note="Border Force at Dampier (#ABF in the bio); an absconding crewman; nights 4 on 4 off; two GPS photos "
             "at home in Bulgarra; girlfriend, a mate by handle; pokies; Discord handle.",
        profiles=[("/social/@kyleo", "activitypub")],
        facts=[
            ("employer", "Australian Border Force", ["#ABF", "ABF"], [ap("kyleo")], {}),
            ("work_location", "Dampier port", ["Dampier"], [ap("kyleo", 201), ap("kyleo", 203)], {}),
            ("official_information", "crew member absconded from an LNG carrier, found at 4am",
             ["walked off an LNG carrier", "LNG carrier"], [ap("kyleo", 203)], {}),
            ("routine", "nights at Dampier, 4 on 4 off", ["4 on 4 off", "Nights at Dampier"], [ap("kyleo", 201)], {}),
            ("home_location", "Bulgarra, Karratha WA", ["Bulgarra", "Backyard"],
             [media("backyard-heat.jpg"), ap("kyleo", 202), media("brekkie.jpg"), ap("kyleo", 205)],
             {"lat": -20.7270, "lon": 116.8390, "radius_m": 150}),
            ("geotag", "-20.7269, 116.8390 (two photos at home)", ["Backyard", "back deck"],
             [media("backyard-heat.jpg"), ap("kyleo", 202), media("brekkie.jpg"), ap("kyleo", 205)],
             {"lat": -20.7270, "lon": 116.8390, "radius_m": 150}),
            ("family", "Brooke (girlfriend)", ["Brooke"], [ap("kyleo", 205)], {}),
            ("associate", "Matt Kowalczyk (mate)", ["@mattyk", "mattyk", "Matt Kowalczyk"], [ap("kyleo", 204)], {}),
            ("personal_contact", "kyleo#2207 (Discord)", ["kyleo#2207"], [ap("kyleo")], {}),
            ("vulnerability", "losing on the pokies, short until payday", ["pokies", "Payday"], [ap("kyleo", 204)], {}),
        ],
        decoys=[
            (ap("kyleo", 207), "Border collie", ["employer"], "The neighbour's dog."),
        ]),
    "lossadjuster": dict(
        name="Fiona Gallagher", aliases=["fionag", "@fionag"], band="low", rank=11,
        note="NEGATIVE CONTROL: marine cargo loss adjuster at a private firm in Perth. Border Force holds, a "
             "seizure in the paper, her firm's restructure and customs holds are decoys.",
        profiles=[(LA, "html"), ("/social/@fionag", "activitypub")],
        facts=[
            ("personal_contact", "fiona.g@meridianmarine.example", ["fiona.g@meridianmarine.example"], [f"{B}{LA}"], {}),
            ("family", "Orla (sister)", ["Orla"], [ap("fionag", 303)], {}),
            ("routine", "Saturday parkrun at Bicton foreshore", ["Saturday parkrun", "Bicton foreshore"], [ap("fionag", 303)], {}),
        ],
        decoys=[
            (ap("fionag", 301), "Border Force x-ray referral", ["official_information", "employer"], "A client's held container."),
            (ap("fionag", 302), "400 kg of cocaine", ["official_information"], "A seizure read in the newspaper."),
            (ap("fionag", 304), "department restructure", ["official_information", "employer"], "Her private firm's department."),
            (f"{B}{LA}", "Kwinana bulk terminal", ["work_location"], "Where she surveys cargo for a private firm."),
            (ap("fionag", 305), "customs hold", ["official_information", "employer"], "Advice to importers."),
            (f"{B}{LA}", "held for a Border Force examination", ["employer", "official_information"], "Her clients' cargo."),
        ]),
    "museumvol": dict(
        name="Harold Pemberton", aliases=["Tide Waiters and Long Room Clerks"], band="low", rank=12,
        note="NEGATIVE CONTROL: retired teacher guiding at a customs-history museum in Williamstown. Historic "
             "customs seizures, visiting officers and the museum's database are decoys; a garden photo with GPS.",
        profiles=[("/blog/", "html")],
        facts=[
            ("home_location", "Williamstown VIC", ["Williamstown"], [post("garden"), media("roses.jpg")],
             {"lat": -37.8600, "lon": 144.8930, "radius_m": 150}),
            ("geotag", "-37.8600, 144.8929 (garden photo)", ["roses"], [media("roses.jpg"), post("garden")],
             {"lat": -37.8600, "lon": 144.8930, "radius_m": 150}),
            ("family", "Imogen (granddaughter)", ["Imogen"], [post("garden")], {}),
            ("associate", "Bev Tranter (friend)", ["Bev Tranter", "Bev"], [post("long-room")], {}),
            ("routine", "on the museum desk most Sundays, 11 till 3", ["Sunday 11 till 3", "most Sundays"], [post("long-room")], {}),
        ],
        decoys=[
            (post("long-room"), "Collector of Customs", ["employer", "colleague"], "A nineteenth-century official."),
            (post("officers-visit"), "Two Border Force officers in uniform", ["colleague", "employer"], "Museum visitors."),
            (post("officers-visit"), "seizure tags", ["official_information"], "A museum display."),
            (post("smugglers"), "opium seizures", ["official_information"], "History talk about the 1870s."),
            (post("systems"), "collection database", ["systems_information"], "The museum's own catalogue."),
            (f"{B}/blog/", "Old Customs House museum", ["work_location", "employer"], "A volunteer museum."),
        ]),
    "rankdriver": dict(
        name="Deepak Malhotra", aliases=["DeepakGC_cab"], band="low", rank=13,
        note="NEGATIVE CONTROL: owner-driver taxi on the Gold Coast Airport rank, Tweed Heads South. Passengers held "
             "by Border Force, customs officers as fares, a meter outage and the rank's roster are decoys.",
        profiles=[(RD, "html")],
        facts=[
            ("home_location", "Tweed Heads South NSW", ["Tweed Heads South"], [f"{B}{RD}"], {}),
            ("family", "Arjun (son)", ["Arjun"], [thread(RD, 904)], {}),
            ("routine", "lates 2pm to midnight, Tuesday to Saturday, on the airport rank",
             ["lates Tuesday to Saturday", "lates 2pm to midnight"], [thread(RD, 905)], {}),
        ],
        decoys=[
            (thread(RD, 901), "Border Force held a few passengers", ["official_information", "employer"], "Seen from the taxi rank."),
            (thread(RD, 902), "meter system went down", ["systems_information"], "The taxi fleet's meters."),
            (thread(RD, 903), "customs officers finishing late shifts", ["colleague", "employer"], "Fares he drives."),
            (thread(RD, 905), "Airport rank roster", ["official_information", "work_location"], "The taxi rank's roster."),
            (thread(RD, 901), "airport rank", ["work_location"], "His own workplace, the taxi rank."),
        ]),
}


def q(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def render(name: str, t: dict) -> str:
    out = [f"# Ground truth for set 27 persona {name!r} (FICTIONAL). Written blind; see tests/heldout/README.md.",
           f"# Intended band: {t['band']}. {t['note']}", "", "[subject]", f"name = {q(t['name'])}",
           f"aliases = [{', '.join(q(a) for a in t['aliases'])}]", 'organisation = "dibp"',
           f"risk_band = {q(t['band'])}", f"rank = {t['rank']}", ""]
    for path, platform in t["profiles"]:
        out += ["[[profiles]]", f"path = {q(path)}", f"platform = {q(platform)}", ""]
    for cat, value, keys, urls, extra in t["facts"]:
        out += ["[[facts]]", f"category = {q(cat)}", f"value = {q(value)}",
                f"keys = [{', '.join(q(k) for k in keys)}]", f"urls = [{', '.join(q(u) for u in urls)}]"]
        out += [f"{k} = {v}" for k, v in extra.items()] + [""]
    for url, phrase, cats, why in t["decoys"]:
        out += ["[[decoys]]", f"url = {q(url)}", f"phrase = {q(phrase)}",
                f"not_categories = [{', '.join(q(c) for c in cats)}]", f"why = {q(why)}", ""]
    return "\n".join(out)


if __name__ == "__main__":
    for name, t in TRUTH.items():
        (HERE / name / "persona.toml").write_text(render(name, t), encoding="utf-8")
    from collections import Counter
    c = Counter(f[0] for t in TRUTH.values() for f in t["facts"])
    print(sum(c.values()), dict(sorted(c.items())))
