"""Ground truth of held-out set 35, written by hand; run to rewrite every persona.toml from TRUTH.

    .venv/bin/python tests/heldout/set35/_truth.py

Each fact is (category, value, keys, urls[, lat, lon]); each decoy is (url, phrase, not_categories, why).
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B = "{{BASE}}"


def ap(h, n=None):
    return f"{B}/social/@{h}" + (f"/{n}" if n is not None else "")


def apid(h, n):
    return f"{B}/social/@{h}/statuses/{n}"


def post(slug, root="blog"):
    return f"{B}/{root}/posts/{slug}/"


def thread(user, tid):
    return f"{B}/forum/u/{user}/t/{tid}/"


def media(name):
    return f"{B}/media/{name}"


FEED = f"{B}/blog/feed.xml"
BLOGHOME = f"{B}/blog/"

TRUTH = {}

# 1 ------------------------------------------------------------------------------------------------
P = f"{B}/streamers/coreyflies"
TRUTH["flightsim"] = dict(
    name="Corey Ashdown", aliases=["coreyflies", "@coreyflies"], band="critical", rank=1,
    note="Surveillance-flight mission coordinator out of Cairns: a coming coverage gap over the Gulf, a radar "
         "unserviceable, a vessel found, a grievance after being passed over; streams on a fixed schedule; wife "
         "and son by first name, suburb on the channel page.",
    profiles=[("/streamers/coreyflies", "html"), ("/social/@coreyflies", "activitypub")],
    facts=[
        ("employer", "Australian Border Force", ["Border Force"], [P]),
        ("work_location", "Cairns Airport (GA side hangar)", ["Cairns Airport"], [ap("coreyflies", 9101)]),
        ("official_information", "Torres Strait run next week, then no Gulf coverage for a fortnight (crews off sick)",
         ["nothing over the Gulf for a fortnight", "Torres Strait run"], [ap("coreyflies", 9102)]),
        ("official_information", "Foreign fishing vessel found 40 nm off Cape York, 11 crew",
         ["foreign fishing vessel", "40 nm off Cape York"], [ap("coreyflies", 9104)]),
        ("systems_information", "Surveillance aircraft radar unserviceable for nine days; flying on the EO camera",
         ["Radar in our aircraft", "U/S for nine days"], [ap("coreyflies", 9103)]),
        ("vulnerability", "Passed over for team lead a third time; done giving the place his weekends",
         ["Passed over for team lead", "done giving this place"], [ap("coreyflies", 9105)]),
        ("colleague", "Lani Whitbread (fellow mission coordinator)", ["Lani Whitbread", "Lani"],
         [ap("coreyflies", 9106), ap("coreyflies", 9105)]),
        ("family", "Tash (wife)", ["Tash"], [P, ap("coreyflies", 9107)]),
        ("family", "Kobe (son)", ["Kobe"], [P, ap("coreyflies", 9107)]),
        ("home_location", "Redlynch QLD", ["Redlynch"], [P]),
        ("routine", "Streams Fri and Sat 8pm AEST", ["Fri and Sat 8pm"], [P]),
    ],
    decoys=[
        (ap("coreyflies", 9108), "Border Security", ["employer", "official_information"], "A TV show he watches."),
        (ap("coreyflies", 9108), "Dash 8 in MSFS", ["systems_information"], "A simulator aircraft, not an agency system."),
        (P, "Flight sim streamer", ["employer"], "His hobby's job title in the JSON-LD."),
    ],
)

# 2 ------------------------------------------------------------------------------------------------
U = "dk_lifts"
FP = f"{B}/forum/u/{U}/"
TRUTH["mailgym"] = dict(
    name="Dimitri Karalis", aliases=["dk_lifts"], band="critical", rank=2,
    note="Mail-centre x-ray officer on nights: a seizure, an admitted gap in screening, scanner failures; runs a "
         "steroid cycle bought at the gym while seizing the same thing; divorced and renting alone; official email "
         "on file on a gym forum.",
    profiles=[(f"/forum/u/{U}/", "html")],
    facts=[
        ("employer", "Australian Border Force", ["ABF", "customs (well, ABF now)"], [thread(U, 5102)]),
        ("corporate_identifier", "dimitri.karalis@abf.gov.au", ["dimitri.karalis@abf.gov.au"], [FP]),
        ("work_location", "Perth International Mail Centre", ["Perth International Mail Centre"], [thread(U, 5102)]),
        ("official_information", "400 vials of testosterone and 2 kg of SARMs pulled from Thai parcels in one night",
         ["400 vials of test", "2 kg of SARMs"], [thread(U, 5102)]),
        ("official_information", "Three officers on the belt at night; half the Bangkok bags go through unscanned",
         ["half the Bangkok bags", "Only three of us on the belt"], [thread(U, 5105)]),
        ("systems_information", "Mail x-ray scanners freeze and are rebooted six times a shift; nothing saved meanwhile",
         ["reboot them six times a shift", "scanners at work freeze"], [thread(U, 5106)]),
        ("vulnerability", "Running a steroid cycle bought from a bloke at the gym",
         ["Running my first cycle", "test e 500 a week"], [thread(U, 5104)]),
        ("vulnerability", "Divorce; she kept the house; can't afford a PT, renting alone",
         ["since the divorce", "she kept the house"], [thread(U, 5103)]),
        ("home_location", "Rivervale WA", ["Rivervale"], [thread(U, 5103)]),
        ("routine", "Nights Sun-Wed 10pm-6am; gym in Belmont at 4pm before shift; Saturday mornings at the oval",
         ["10 till 6", "nights Sun-Wed", "lift at 4pm", "Saturday mornings"],
         [thread(U, 5101), thread(U, 5107), thread(U, 5108)]),
        ("associate", "Hoang Tran (training partner)", ["Hoang Tran", "Hoang"], [thread(U, 5107)]),
        ("family", "Ellie (daughter)", ["Ellie"], [thread(U, 5108)]),
    ],
    decoys=[
        (thread(U, 5106), "department store", ["employer", "work_location"], "A shop where he bought a lifting belt."),
    ],
)

# 3 ------------------------------------------------------------------------------------------------
P = f"{B}/c/taybrk"
H = "taybrk"
HOME = (-12.1855, 96.8290)
TRUTH["cocosstream"] = dict(
    name="Tayla Brennock", aliases=["taybrk", "@taybrk"], band="critical", rank=3,
    note="Officer on a two-person island post: a boat arrival's numbers, the island's offline passenger lists, her "
         "sergeant by name; lonely; her quarters place-tagged; plane days and stream nights.",
    profiles=[("/c/taybrk", "html"), ("/social/@taybrk", "activitypub")],
    facts=[
        ("employer", "Australian Border Force", ["ABF"], [P]),
        ("work_location", "West Island airport, Cocos (Keeling) Islands", ["West Island airport", "Cocos (Keeling) Islands"],
         [ap(H, 8208), P]),
        ("official_information", "Boat arrival: 31 on board processed in the old hangar by 2am, out on the charter",
         ["31 on board", "processed in the old hangar"], [ap(H, 8201)]),
        ("colleague", "Deanne Holcroft (sergeant)", ["Deanne Holcroft", "Deanne"], [ap(H, 8201)]),
        ("systems_information", "Office satellite link drops in rain; passenger lists run on an offline laptop",
         ["sat link drops", "passenger lists off a laptop"], [ap(H, 8203)]),
        ("vulnerability", "Lonely and isolated, 2,700 km from anyone she knows", ["so lonely out here"], [ap(H, 8204)]),
        ("family", "Rhys (brother)", ["Rhys"], [ap(H, 8205)]),
        ("home_location", "West Island, Cocos (Keeling) Islands", ["West Island"], [P, ap(H, 8206), apid(H, 8206)], *HOME),
        ("geotag", "-12.1855, 96.829 (her front step)", ["-12.1855", "West Island"], [ap(H, 8206), apid(H, 8206)], *HOME),
        ("routine", "Streams Tues and Fri 9pm Cocos time; Monday plane day meeting the 10:30",
         ["Tues + Fri 9pm", "monday = plane day", "meet the 10:30"], [P, ap(H, 8208)]),
        ("associate", "Jess Arkley (stream moderator)", ["Jess Arkley", "saltgremlin"], [P]),
    ],
    decoys=[
        (ap(H, 8207), "Border Security", ["employer", "official_information"], "A TV show on her day off."),
        (ap(H, 8207), "other people's bags get searched", ["official_information"], "What happens on the TV show."),
    ],
)

# 4 ------------------------------------------------------------------------------------------------
U = "brodz_wrx"
HOME = (-33.0290, 137.5380)
TRUTH["whyallarex"] = dict(
    name="Brodie Kappler", aliases=["brodz_wrx"], band="high", rank=4,
    note="Lone-ish officer clearing ships at Whyalla: crew without visas held aboard, crew lists scanned at the "
         "public library because the VPN fails; work mobile in a for-sale post; car loan and a personal loan hidden "
         "from his partner; driveway photo with GPS.",
    profiles=[(f"/forum/u/{U}/", "html")],
    facts=[
        ("employer", "Australian Border Force", ["border force"], [thread(U, 303)]),
        ("work_location", "Whyalla wharf (and Port Pirie when needed)", ["Whyalla wharf", "Pirie"], [thread(U, 303)]),
        ("official_contact", "0491 570 213 (work mobile)", ["0491 570 213"], [thread(U, 302)]),
        ("official_information", "Ship from Newcastle with two crew without visas held on board three days",
         ["2 crew w no visas"], [thread(U, 304)]),
        ("systems_information", "Work laptops can't reach the VPN at Whyalla; crew lists scanned at the library",
         ["cant get on the VPN", "scan em at the library"], [thread(U, 304)]),
        ("vulnerability", "$780 a fortnight on car finance plus a personal loan hidden from his partner",
         ["$780 a fortnight", "personal loan"], [thread(U, 305)]),
        ("family", "Shay (partner)", ["Shay", "the missus"], [thread(U, 301), thread(U, 305)]),
        ("routine", "Thursday night cruise meet, 7:30 at the foreshore car park, every week",
         ["Thurs nite cruise meet", "7:30 @ the foreshore"], [thread(U, 301)]),
        ("home_location", "Whyalla Norrie SA", ["Whyalla Norrie"], [thread(U, 306), media("wrx-driveway.jpg")], *HOME),
        ("geotag", "-33.029, 137.538 (driveway photo)", ["-33.029", "137.538"],
         [media("wrx-driveway.jpg"), thread(U, 306)], *HOME),
        ("associate", "Jon Petrakis (car-club mate)", ["Jon Petrakis", "Jonno"], [thread(U, 307)]),
    ],
    decoys=[
        (f"{B}/forum/u/{U}/", "border collie", ["employer"], "His dog."),
    ],
)

# 5 ------------------------------------------------------------------------------------------------
P = f"{B}/profiles/callum-34-canberra"
H = "calreyes"
TRUTH["bocdating"] = dict(
    name="Callum Reyes", aliases=["calreyes", "@calreyes", "Cal"], band="high", rank=5,
    note="Watch officer on the operations floor, divorced and lonely, on a dating site verified with his work "
         "email: a vessel near Ashmore, the floor's single point of failure, a colleague by name; roster and phone.",
    profiles=[("/profiles/callum-34-canberra", "html"), ("/social/@calreyes", "activitypub")],
    facts=[
        ("employer", "Australian Border Force", ["ABF"], [P]),
        ("corporate_identifier", "Dating profile verified with an @abf.gov.au work email", ["abf.gov.au"], [P]),
        ("work_location", "Border Operations Centre, Canberra", ["Border Operations Centre", "BOC"], [ap(H, 7301), P]),
        ("official_information", "A contact near Ashmore that was 14 people in a boat", ["14 people in a boat", "Ashmore"],
         [ap(H, 7301)]),
        ("systems_information", "Operations-floor screens run off one PC under a desk nobody may restart; crashed at 3am",
         ["one PC under a desk"], [ap(H, 7302)]),
        ("colleague", "Priya Natarajan (colleague on the floor)", ["Priya Natarajan", "Priya"], [ap(H, 7303)]),
        ("routine", "Roster 2 days, 2 nights, 4 off; daughter every second weekend",
         ["2 days, 2 nights, 4 off", "every second weekend"], [P]),
        ("vulnerability", "Divorced last year, in debt, lonely", ["Divorced last year", "lonely doesn't cover it",
                                                                  "I got the debt"], [P, ap(H, 7306)]),
        ("home_location", "Florey ACT", ["Florey"], [P]),
        ("personal_contact", "0491 570 338", ["0491 570 338"], [P]),
        ("family", "Isla (daughter)", ["Isla"], [P, ap(H, 7305)]),
        ("associate", "Tui Marsters (mate)", ["Tui Marsters", "Tui"], [P]),
    ],
    decoys=[
        (ap(H, 7307), "border collie", ["employer"], "His dog."),
    ],
)

# 6 ------------------------------------------------------------------------------------------------
H = "hanabbang"
TRUTH["kpopvisa"] = dict(
    name="Hana Pham", aliases=["hanabbang", "@hanabbang", "hana"], band="high", rank=6,
    note="Student-visa processing officer on a K-pop account: team caseload and targets, the case system losing "
         "notes, a colleague by name; Afterpay debt; dance class time, suburb, sister, kakao ID in a field.",
    profiles=[("/social/@hanabbang", "activitypub")],
    facts=[
        ("employer", "Department of Home Affairs", ["home affairs"], [ap(H)]),
        ("personal_contact", "kakao hana.bbang", ["hana.bbang"], [ap(H)]),
        ("work_location", "Home Affairs Brisbane office, Adelaide St", ["adelaide st office"], [ap(H, 6401)]),
        ("official_information", "1,900 student visas on hand in her team; 40 a day each now expected",
         ["1,900 on hand", "40 student visas a"], [ap(H, 6401)]),
        ("systems_information", "ICSE freezes and loses case notes; autosave fails", ["ICSE"], [ap(H, 6402)]),
        ("colleague", "Soyeon Park (colleague)", ["Soyeon Park", "Soyeon"], [ap(H, 6403)]),
        ("routine", "Dance cover class every Tuesday 6:30 in the Valley", ["every tuesday 6:30"], [ap(H, 6404)]),
        ("vulnerability", "$3.2k on Afterpay for a Seoul trip, rent due", ["afterpay", "im so cooked"], [ap(H, 6405)]),
        ("associate", "Leilani Fonoti (dance crew friend)", ["Leilani Fonoti", "Leilani"], [ap(H, 6406)]),
        ("home_location", "Moorooka QLD", ["moorooka"], [ap(H, 6407)]),
        ("family", "Linh (sister)", ["Linh"], [ap(H, 6408)]),
    ],
    decoys=[
        (ap(H, 6409), "Border Security", ["employer", "official_information"], "A TV show she watches with her mum."),
    ],
)

# 7 ------------------------------------------------------------------------------------------------
HOME = (-33.8380, 121.9120)
TRUTH["esperanza"] = dict(
    name="Leanne Voss", aliases=["Leanne"], band="high", rank=7,
    note="Officer at a small remote port writing a Spanish-learning blog: her feed carries her official email, a "
         "post offers her work mobile to visiting masters; a missing crewman; colleague, tutor, husband, children; "
         "georss at home.",
    profiles=[("/blog/", "html")],
    facts=[
        ("employer", "Australian Border Force", ["Australian Border Force", "Fuerza Fronteriza Australiana"],
         [post("mi-trabajo")]),
        ("work_location", "Port of Esperance", ["Port of Esperance"], [post("mi-trabajo")]),
        ("corporate_identifier", "leanne.voss@abf.gov.au", ["leanne.voss@abf.gov.au"], [FEED]),
        ("official_contact", "0491 570 718 (work mobile)", ["0491 570 718"], [post("capitanes")]),
        ("home_location", "Castletown, Esperance WA", ["Castletown"], [post("semana-uno"), FEED], *HOME),
        ("geotag", "-33.838, 121.912 (georss on her posts)", ["-33.838"],
         [FEED, post("semana-uno"), post("miercoles"), post("mis-hijos")], *HOME),
        ("family", "Grant (husband)", ["Grant", "mi esposo"], [post("semana-uno"), post("telenovela")]),
        ("family", "Tom and Ruby (children)", ["Tom y Ruby"], [post("mis-hijos")]),
        ("colleague", "Mick Dunstan (colleague)", ["Mick Dunstan", "Mick"],
         [post("mi-trabajo"), post("el-buque"), post("capitanes")]),
        ("associate", "Carolina Ibáñez (Spanish tutor)", ["Carolina Ibáñez", "Carolina"], [post("miercoles")]),
        ("routine", "Zoom Spanish class every Wednesday at 7pm", ["every Wednesday at 7pm", "todos los miércoles a las siete"],
         [post("miercoles")]),
        ("official_information", "A crewman missing off a grain ship; two officers to clear 23 crew",
         ["A crewman went missing off a grain ship", "two of us to clear 23 crew"], [post("el-buque")]),
    ],
    decoys=[
        (post("semana-uno"), "border collie", ["employer"], "The family dog."),
        (post("telenovela"), "customs officer villain", ["employer", "colleague"], "A character in a telenovela."),
    ],
)

# 8 ------------------------------------------------------------------------------------------------
P = f"{B}/makers/wick-and-wattle"
H = "wickandwattle"
HOME = (-42.8480, 147.2990)
TRUTH["wickwattle"] = dict(
    name="Renee Szabo", aliases=["Wick & Wattle", "wickandwattle"], band="high", rank=8,
    note="Sponsor-monitoring officer with a candle side hustle: her official email as the bulk-order contact, an "
         "investigation's numbers and coming infringement notices, mortgage stress; porch photo with GPS and "
         "Thursday pick-up hours at home.",
    profiles=[("/makers/wick-and-wattle", "html"), ("/social/@wickandwattle", "activitypub")],
    facts=[
        ("employer", "Department of Home Affairs", ["Home Affairs"], [P]),
        ("work_location", "Home Affairs Hobart office, Collins St", ["Collins St office"], [P]),
        ("official_contact", "renee.szabo@homeaffairs.gov.au", ["renee.szabo@homeaffairs.gov.au"], [P]),
        ("official_information", "14 employer sponsors under investigation; infringement notices to three restaurants "
         "next month", ["14 employer sponsors", "infringement notices"], [ap(H, 5502)]),
        ("vulnerability", "Mortgage up $900 a month; the side hustle pays it", ["mortgage went up $900 a month",
                                                                               "The mortgage doesn't care"],
         [P, ap(H, 5503)]),
        ("home_location", "Moonah, Hobart TAS", ["Moonah"], [P, ap(H, 5501), media("porch-candles.jpg")], *HOME),
        ("geotag", "-42.848, 147.299 (porch photo)", ["-42.848"], [media("porch-candles.jpg"), ap(H, 5501)], *HOME),
        ("routine", "Porch pick-up Thursdays 5:30-6:30pm; market Saturdays from 8am",
         ["Thursdays 5:30-6:30pm", "Saturdays I'm at the market"], [P]),
        ("family", "Lachie (son)", ["Lachie"], [P]),
        ("associate", "Bec Lindqvist (market stall neighbour)", ["Bec Lindqvist"], [P]),
        ("personal_contact", "0491 570 442", ["0491 570 442"], [P]),
    ],
    decoys=[
        (ap(H, 5504), "department store", ["employer", "work_location"], "Cheaper candles in a shop."),
    ],
)

# 9 ------------------------------------------------------------------------------------------------
H = "lau_desu"
HOME = (-35.2450, 149.1440)
TRUTH["cbranime"] = dict(
    name="Ethan Lau", aliases=["lau_desu", "@lau_desu"], band="moderate", rank=9,
    note="Young airport officer on an anime account: ABF in the bio, the airport and a flight's desk staffing, "
         "early starts; gacha spending; home place-tagged; a cosplay friend; Discord.",
    profiles=[("/social/@lau_desu", "activitypub")],
    facts=[
        ("employer", "Australian Border Force", ["ABF"], [ap(H)]),
        ("work_location", "Canberra Airport", ["canberra airport"], [ap(H, 4603)]),
        ("official_information", "Two officers on the desk for the Singapore flight, 300 passengers",
         ["2 of us on the desk"], [ap(H, 4602)]),
        ("routine", "Earlies with a 0430 start", ["0430 start"], [ap(H, 4601)]),
        ("home_location", "Downer ACT", ["Downer"], [ap(H, 4604), apid(H, 4604)], *HOME),
        ("geotag", "-35.245, 149.144 (place-tagged post)", ["-35.245", "Downer"], [ap(H, 4604), apid(H, 4604)], *HOME),
        ("vulnerability", "$600 a month on gacha pulls, rent short", ["gacha"], [ap(H, 4605)]),
        ("associate", "Ash Moreno (cosplay friend)", ["Ash Moreno", "kuroneko_ash"], [ap(H, 4606)]),
        ("personal_contact", "discord lau.desu", ["lau.desu"], [ap(H, 4608)]),
    ],
    decoys=[
        (ap(H, 4609), "the real border force", ["employer"], "A joke about an anime's wall garrison."),
    ],
)

# 10 -----------------------------------------------------------------------------------------------
P = f"{B}/artists/dj-jkel"
H = "djjkel"
TRUTH["djjkel"] = dict(
    name="Jordan Keleher", aliases=["DJ JKEL", "djjkel", "@djjkel"], band="moderate", rank=10,
    note="Airport officer and weekend DJ: the artist page names the agency, the airport and when he knocks off; "
         "one post on a flight's staffing and eGates down; sister and a DJ friend; a bookings email.",
    profiles=[("/artists/dj-jkel", "html"), ("/social/@djjkel", "activitypub")],
    facts=[
        ("employer", "Australian Border Force", ["Border Force"], [P]),
        ("work_location", "Townsville Airport", ["Townsville Airport"], [P]),
        ("routine", "Knocks off at 9:30; no Friday sets before 10pm", ["I knock off at 9:30",
                                                                   "no Friday starts before 10pm"], [P]),
        ("family", "Tahlia Keleher (sister)", ["Tahlia Keleher", "Tahlia"], [ap(H, 3701)]),
        ("official_information", "Two officers on primary for the Bali flight", ["2 of us on primary"], [ap(H, 3702)]),
        ("systems_information", "eGates down for an hour", ["eGates down for an hour"], [ap(H, 3702)]),
        ("associate", "Kai Tuala (DJ friend)", ["Kai Tuala", "mixmaster_kai"], [ap(H, 3703)]),
        ("personal_contact", "bookings.jkel@beatmail.example", ["bookings.jkel@beatmail.example"], [P]),
    ],
    decoys=[
        (ap(H, 3705), "Border Security", ["employer", "official_information"], "A TV show his housemates put on."),
    ],
)

# 11 (control) --------------------------------------------------------------------------------------
U = "anjali_wgong"
FP = f"{B}/forum/u/{U}/"
TRUTH["visavlog"] = dict(
    name="Anjali Venkatesan", aliases=["anjali_wgong"], band="low", rank=11,
    note="NEGATIVE CONTROL: an international student writing about her own visa; Home Affairs, ImmiAccount, a case "
         "officer and Border Force appear only as an applicant sees them. Her own exposure: WhatsApp number, suburb, "
         "café shifts, mother, housemate, money stress.",
    profiles=[(f"/forum/u/{U}/", "html")],
    facts=[
        ("personal_contact", "+61 491 570 617 (WhatsApp)", ["491 570 617"], [FP]),
        ("home_location", "Gwynneville, Wollongong NSW", ["Gwynneville", "Wollongong"], [thread(U, 904), FP]),
        ("routine", "Café shifts Tues and Thurs 7am-1pm", ["Tues and Thurs 7am-1pm"], [thread(U, 904)]),
        ("family", "Lakshmi Venkatesan (mother)", ["Lakshmi Venkatesan", "Lakshmi"], [thread(U, 905)]),
        ("associate", "Chloe Nguyen (housemate)", ["Chloe Nguyen", "Chloe"], [thread(U, 906)]),
        ("vulnerability", "Skipping meals over fees and rent", ["skipping meals"], [thread(U, 907)]),
    ],
    decoys=[
        (thread(U, 901), "Home Affairs asked for", ["employer", "colleague", "official_information"],
         "The department as the other side of her own application."),
        (thread(U, 901), "The case officer was quick", ["colleague", "official_information"], "Her application's case officer."),
        (thread(U, 902), "ImmiAccount was down", ["systems_information"], "A public portal's maintenance, as a user sees it."),
        (thread(U, 903), "Border Force officer at the SmartGate line", ["employer", "colleague", "work_location"],
         "An officer she met arriving."),
        (thread(U, 901), "biometrics in Sydney", ["work_location", "official_information"], "Her own appointment."),
    ],
)

# 12 (control) --------------------------------------------------------------------------------------
PRESS = (-34.8470, 138.5060)
TRUTH["pressframes"] = dict(
    name="Nadia Ferrante", aliases=["Frames"], band="low", rank=12,
    note="NEGATIVE CONTROL: freelance news photographer at a Border Force media conference and an importation "
         "sentencing. Her own exposure: a GPS-tagged press photo, suburb, husband, Wednesday sunrise routine, phone.",
    profiles=[("/blog/", "html")],
    facts=[
        ("geotag", "-34.847, 138.506 (press photo at the Port Adelaide wharf)", ["-34.847"],
         [media("presser-wharf.jpg"), post("presser")], *PRESS),
        ("home_location", "Croydon Park SA", ["Croydon Park"], [post("darkroom")]),
        ("family", "Sam Ferrante (husband)", ["Sam Ferrante", "Sam"], [post("darkroom")]),
        ("routine", "Every Wednesday at 6am at the Henley Beach jetty", ["Every Wednesday at 6am"], [post("wednesdays")]),
        ("personal_contact", "0491 570 905", ["0491 570 905"], [post("commissions"), BLOGHOME]),
    ],
    decoys=[
        (post("presser"), "Border Force media conference", ["employer", "work_location"], "An event she photographed."),
        (post("presser"), "1.1 tonnes of tobacco", ["official_information"], "A publicly announced seizure."),
        (post("presser"), "Regional Commander at the lectern", ["colleague"], "A speaker she photographed."),
        (post("presser"), "three officers in uniform", ["employer", "colleague"], "Officers in her frame."),
        (post("court"), "Force and AFP officers gave evidence", ["official_information", "colleague"],
         "A public court case she covered."),
        (post("court"), "Border Security", ["employer"], "A TV show."),
    ],
)

# 13 (control) --------------------------------------------------------------------------------------
H = "stitchandbadge"
HOME = (-27.3650, 153.0170)
TRUTH["uniformcosplay"] = dict(
    name="Sasha Greenhalgh", aliases=["stitchandbadge", "@stitchandbadge"], band="low", rank=13,
    note="NEGATIVE CONTROL: a costumer who built a replica Border Force uniform for a convention. Her own exposure: "
         "two GPS photos at home, Sunday sewing hours, partner, a con buddy, a commissions email.",
    profiles=[("/social/@stitchandbadge", "activitypub")],
    facts=[
        ("home_location", "Aspley, Brisbane QLD (from her photos)", ["Aspley", "Brisbane"],
         [media("uniform-dressform.jpg"), ap(H, 2801), media("sewing-room.jpg"), ap(H, 2807), ap(H)], *HOME),
        ("geotag", "-27.365, 153.017 (two photos at home)", ["-27.365"],
         [media("uniform-dressform.jpg"), ap(H, 2801), media("sewing-room.jpg"), ap(H, 2807)], *HOME),
        ("routine", "Sewing Sundays 1-5pm", ["Sewing Sundays 1-5pm"], [ap(H, 2803)]),
        ("family", "Jodie Marr (partner)", ["Jodie Marr", "Jodie"], [ap(H, 2803)]),
        ("personal_contact", "sasha.makes@needlework.example", ["sasha.makes@needlework.example"], [ap(H, 2804)]),
        ("associate", "Raf Okafor (con buddy)", ["Raf Okafor"], [ap(H, 2805)]),
    ],
    decoys=[
        (ap(H, 2801), "Border Force uniform cosplay", ["employer"], "A costume."),
        (ap(H, 2801), "badge prop", ["employer", "corporate_identifier"], "A foam prop."),
        (ap(H, 2802), "real officers from Brisbane airport", ["colleague", "work_location", "employer"],
         "Strangers at a convention."),
        (ap(H, 2806), "seizure scenes", ["official_information"], "Scenes in a TV show."),
        (ap(H, 2806), "customs hall layout", ["work_location", "official_information"], "A TV set she studied."),
        (ap(H, 2806), "x-ray belt", ["systems_information"], "What the TV show's set looks like."),
        (ap(H, 2807), "border collie", ["employer"], "Her dog."),
    ],
)


def q(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def render(key: str, t: dict) -> str:
    out = [f"# Ground truth for held-out set 35 persona {key!r} (FICTIONAL: {t['name']} does not exist).",
           f"# Written blind by hand; regenerate with tests/heldout/set35/_truth.py. Intended band: {t['band']}.",
           "# " + t["note"], "",
           "[subject]", f"name = {q(t['name'])}", f"aliases = [{', '.join(q(a) for a in t['aliases'])}]",
           'organisation = "dibp"', f"risk_band = {q(t['band'])}", f"rank = {t['rank']}", ""]
    for path, platform in t["profiles"]:
        out += ["[[profiles]]", f"path = {q(path)}", f"platform = {q(platform)}", ""]
    for fact in t["facts"]:
        cat, value, keys, urls = fact[:4]
        out += ["[[facts]]", f"category = {q(cat)}", f"value = {q(value)}",
                f"keys = [{', '.join(q(k) for k in keys)}]", f"urls = [{', '.join(q(u) for u in urls)}]"]
        if len(fact) > 4:
            out += [f"lat = {fact[4]}", f"lon = {fact[5]}", "radius_m = 150"]
        out.append("")
    for url, phrase, cats, why in t["decoys"]:
        out += ["[[decoys]]", f"url = {q(url)}", f"phrase = {q(phrase)}",
                f"not_categories = [{', '.join(q(c) for c in cats)}]", f"why = {q(why)}", ""]
    return "\n".join(out)


def main() -> None:
    from collections import Counter
    counts = Counter()
    for key, t in TRUTH.items():
        (HERE / key / "persona.toml").write_text(render(key, t), encoding="utf-8")
        counts.update(f[0] for f in t["facts"])
    print(sum(counts.values()), dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
