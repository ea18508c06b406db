"""Write set 50's persona.toml files from the tables below (ground truth written by hand, blind).

    .venv/bin/python tests/heldout/set50/_truth.py
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


def post(root, slug):
    return f"{B}/{root}/posts/{slug}/"


def feed(root):
    return f"{B}/{root}/feed.xml"


def img(f):
    return f"{B}/media/{f}"


def thread(path, tid):
    return f"{B}{path}t/{tid}/"


def F(category, value, keys, urls, **extra):
    return {"category": category, "value": value, "keys": keys, "urls": urls, **extra}


def D(url, phrase, nots, why):
    return {"url": url, "phrase": phrase, "not_categories": nots, "why": why}


PERSONAS = {}

# ---------------------------------------------------------------- 1 gracemerek9
h = "brodsandthedogs"
PERSONAS["gracemerek9"] = dict(
    comment="Brodie Tancred (FICTIONAL). ABF detector-dog handler at Brisbane Airport, Gracemere, voice-to-text posts.",
    subject=dict(name="Brodie Tancred", aliases=[h, "@" + h, "Brodie T"], risk_band="critical", rank=1),
    profiles=[(f"/social/@{h}", "activitypub")],
    facts=[
        F("employer", "Australian Border Force (detector dog unit)", ["border force", "border farce", "detector dog"],
          [ap(h, 1003), ap(h, 1005)]),
        F("work_location", "Brisbane Airport (international terminal)", ["brisbane international", "at the airport"],
          [ap(h, 1004), ap(h, 1005)]),
        F("official_information", "Detector dog found 2 kg of ice in a false-bottom suitcase off the Bangkok flight",
          ["two kilos of ice", "false bottom suitcase", "bangkok flight"], [ap(h, 1004)]),
        F("systems_information", "Handheld trace detector not syncing to the database; swabs written on paper",
          ["trace detector", "nothing syncs back to the database"], [ap(h, 1010)]),
        F("routine", "5:40 flight Rockhampton to Brisbane, four on four off",
          ["540 flight", "four on four off", "rocky airport"], [ap(h, 1002)]),
        F("home_location", "Gracemere QLD", ["Gracemere"], [ap(h, 1008), apid(h, 1008), ap(h)],
          lat=-23.4421, lon=150.4562, radius_m=150),
        F("geotag", "-23.4421, 150.4562 (backyard, Gracemere)", ["-23.4421"], [ap(h, 1008), apid(h, 1008)],
          lat=-23.4421, lon=150.4562, radius_m=150),
        F("family", "Shanelle (wife)", ["shanelle", "the missus"], [ap(h, 1001), ap(h, 1002), ap(h, 1006), ap(h, 1011)]),
        F("family", "Koby (son)", ["koby"], [ap(h, 1002), ap(h, 1012)]),
        F("colleague", "Jodie Farr (fellow dog handler)", ["jodie farr", "jodie"], [ap(h, 1005)]),
        F("associate", "Trent Maddock (fishing mate)", ["trent maddock", "trent"], [ap(h, 1007)]),
        F("personal_contact", "0491 570 318", ["0491 570 318"], [ap(h, 1009)]),
        F("vulnerability", "Gambling losses on multis; two months behind on the boat loan and ute",
          ["down another 800 on the multis", "two months behind", "its not under control"], [ap(h, 1006)]),
    ],
    decoys=[
        D(ap(h, 1011), "border security", ["employer", "official_information"], "A TV show he watches."),
        D(ap(h, 1011), "border collie", ["employer"], "The neighbour's dog."),
    ],
)

# ---------------------------------------------------------------- 2 chaiaurkialla
PERSONAS["chaiaurkialla"] = dict(
    comment="Priya Malhotra (FICTIONAL). Border Force officer at the international mail centre, Melbourne; Kialla.",
    subject=dict(name="Priya Malhotra", aliases=["Chai aur Kialla"], risk_band="critical", rank=2),
    profiles=[("/blog/", "html")],
    facts=[
        F("employer", "Australian Border Force", ["Border Force officer"], [post("blog", "log-poochte-hain")]),
        F("corporate_identifier", "priya.malhotra@abf.gov.au (blog feed author)", ["priya.malhotra@abf.gov.au"],
          [feed("blog")]),
        F("work_location", "International mail centre, Melbourne", ["international mail centre", "mail centre"],
          [post("blog", "log-poochte-hain"), post("blog", "diwali-at-work")]),
        F("official_information", "37 'herbal tea' parcels from one sender were tapentadol tablets",
          ["tapentadol", "37 parcels"], [post("blog", "log-poochte-hain")]),
        F("systems_information", "Line-two x-ray 'Kumbhkaran' down six hours; image server in Sydney",
          ["Kumbhkaran", "image server in Sydney", "big x-ray on line two"], [post("blog", "kumbhkaran")]),
        F("routine", "Three twelves Mon-Wed 6 to 6, driving down Sunday night, staying in Craigieburn",
          ["three twelves", "6 to 6", "Goulburn Valley Highway"], [post("blog", "aloo-paratha-sunday")]),
        F("home_location", "Kialla VIC", ["Kialla"], [f"{B}/blog/", feed("blog"), post("blog", "methi-dhaniya"),
                                                      img("methi-backyard.jpg")],
          lat=-36.4412, lon=145.4021, radius_m=150),
        F("geotag", "-36.4412, 145.4021 (backyard, Kialla)", ["-36.4412"],
          [feed("blog"), post("blog", "methi-dhaniya"), img("methi-backyard.jpg")],
          lat=-36.4412, lon=145.4021, radius_m=150),
        F("family", "Rohit (husband)", ["Rohit"], [post("blog", "mere-pati"), post("blog", "aloo-paratha-sunday"),
                                                   post("blog", "anaya-prep"), post("blog", "wedding-loan")]),
        F("family", "Anaya (daughter)", ["Anaya"], [post("blog", "anaya-prep")]),
        F("colleague", "Daniel Okafor (supervisor)", ["Daniel Okafor"], [post("blog", "diwali-at-work")]),
        F("associate", "Gurpreet Kaur (best friend)", ["Gurpreet Kaur", "Gurpreet"], [post("blog", "teej")]),
        F("vulnerability", "Personal loan of 18,000 and two credit cards at the limit",
          ["personal loan of 18,000", "two credit cards at the limit", "I lie awake doing sums"],
          [post("blog", "wedding-loan")]),
    ],
    decoys=[
        D(post("blog", "methi-dhaniya"), "department store", ["employer", "work_location"], "A catalogue sale."),
        D(post("blog", "diwali-at-work"), "Dandenong", ["home_location"], "Where the sweets were bought."),
    ],
)

# ---------------------------------------------------------------- 3 throwaway8842
fp = "/forum/u/throwaway_8842/"
PERSONAS["throwaway8842"] = dict(
    comment="Nathan Creswick (FICTIONAL). Home Affairs cyber-security analyst, Lake Cathie, throwaway forum account.",
    subject=dict(name="Nathan Creswick", aliases=["throwaway_8842"], risk_band="high", rank=3),
    profiles=[(fp, "html")],
    facts=[
        F("employer", "Department of Home Affairs (cyber security operations)", ["cyber security operations team at Home Affairs", "Home Affairs"],
          [thread(fp, 501)]),
        F("systems_information", "SIEM 'the Sponge' (9,000 alerts a day, 300 triaged); visa servers on Server 2012",
          ["the Sponge", "Server 2012", "9,000 alerts a day"], [thread(fp, 502)]),
        F("official_information", "Phishing campaign against visa processing staff: 14 clicked, two gave credentials",
          ["phishing campaign at our visa processing staff", "14 people clicked"], [thread(fp, 503)]),
        F("work_location", "Belconnen office, Canberra", ["Belconnen office", "Canberra"], [thread(fp, 504)]),
        F("routine", "First week of every month in Canberra: 6:10 from Port Macquarie Monday, back Friday night",
          ["first week of every month", "6:10 out of Port Macquarie"], [thread(fp, 504)]),
        F("home_location", "Lake Cathie NSW", ["Lake Cathie"], [thread(fp, 504)]),
        F("family", "Mel (separated wife)", ["Mel"], [thread(fp, 505)]),
        F("vulnerability", "Grievance after being passed over for EL1, 'done with the place'; separation and two housing costs",
          ["knocked back for EL1 twice", "done with the place", "Separated from my wife", "not sleeping"],
          [thread(fp, 501), thread(fp, 505)]),
    ],
    decoys=[
        D(thread(fp, 503), "ImmiAccount is the public portal", ["systems_information"], "A public portal, named as the lure."),
        D(thread(fp, 506), "CrowdStrike", ["systems_information", "official_information"], "A public outage in the news."),
        D(thread(fp, 506), "department store", ["work_location", "employer"], "A shop down the road."),
        D(thread(fp, 505), "Wauchope", ["home_location"], "His separated wife's house, not his home."),
    ],
)

# ---------------------------------------------------------------- 4 saltlines
PERSONAS["saltlines"] = dict(
    comment="Marnie Elphick (FICTIONAL). Border Force Coastwatch sensor operator out of Horn Island; poet in Cooktown.",
    subject=dict(name="Marnie Elphick", aliases=["Salt Lines"], risk_band="high", rank=4),
    profiles=[("/poems/", "html")],
    facts=[
        F("employer", "Australian Border Force (Coastwatch)", ["Coastwatch", "Border Force patch"], [post("poems", "back-seat")]),
        F("work_location", "Horn Island", ["Horn Island", "Horn"], [post("poems", "horn-island")]),
        F("routine", "Two weeks on at Horn Island, two weeks home", ["two weeks on", "two weeks home"],
          [post("poems", "horn-island")]),
        F("official_information", "Suspected illegal foreign fishing boat inside the line off the Cape, shadowed 3 hours",
          ["blue boat", "nets out inside the", "patrol boat came up from Thursday Island"], [post("poems", "blue-boat")]),
        F("systems_information", "Surveillance aircraft's radar and mission system froze and rebooted twice",
          ["radar screen froze", "mission system rebooting"], [post("poems", "eleven-minutes")]),
        F("colleague", "Rob 'Sully' Sullivan (pilot)", ["Rob Sullivan", "Sully"], [post("poems", "sully")]),
        F("family", "Lorna (wife)", ["Lorna"], [post("poems", "for-lorna")]),
        F("family", "Ivy (daughter)", ["Ivy"], [post("poems", "ivy"), post("poems", "for-lorna")]),
        F("home_location", "Cooktown QLD", ["Cooktown"], [f"{B}/poems/", post("poems", "for-lorna"),
                                                          img("verandah-frangipani.jpg")],
          lat=-15.4762, lon=145.2468, radius_m=150),
        F("geotag", "-15.4762, 145.2468 (verandah photo)", ["-15.476"], [img("verandah-frangipani.jpg"),
                                                                        post("poems", "for-lorna")],
          lat=-15.4762, lon=145.2468, radius_m=150),
        F("geotag", "-15.4618, 145.2512 (Grassy Hill lookout photo)", ["-15.4618"],
          [img("grassy-hill-dusk.jpg"), post("poems", "grassy-hill")], lat=-15.4618, lon=145.2512, radius_m=150),
    ],
    decoys=[
        D(post("poems", "sully"), "Slim Dusty", ["associate"], "A singer."),
        D(post("poems", "ivy"), "Cairns", ["work_location", "home_location"], "Where her daughter boards."),
    ],
)

# ---------------------------------------------------------------- 5 outeryarns
PERSONAS["outeryarns"] = dict(
    comment="Dale Ruddock (FICTIONAL). Home Affairs detention case manager at Yongah Hill; Lamington, Kalgoorlie; podcast host.",
    subject=dict(name="Dale Ruddock", aliases=["Yarns from the Outer"], risk_band="high", rank=5),
    profiles=[("/podcast/host", "html"), ("/podcast/episodes/", "html")],
    facts=[
        F("employer", "Department of Home Affairs (case manager)", ["Department of Home Affairs", "case manager"],
          [f"{B}/podcast/host"]),
        F("work_location", "Yongah Hill Immigration Detention Centre", ["Yongah Hill"],
          [f"{B}/podcast/host", post("podcast/episodes", "ep-41"), post("podcast/episodes", "ep-42")]),
        F("routine", "Drives to Northam every Monday at 4am, back Thursday night",
          ["every Monday at 4am", "back on Thursday night"], [f"{B}/podcast/host"]),
        F("official_information", "A detainee case-managed for three years given a removal date",
          ["removal date"], [post("podcast/episodes", "ep-41")]),
        F("systems_information", "Detainee case records system 'Dinosaur' logs users out and loses notes",
          ["Dinosaur", "case records system"], [post("podcast/episodes", "ep-43")]),
        F("colleague", "Marcus Pell (Yongah Hill colleague)", ["Marcus Pell"], [post("podcast/episodes", "ep-42")]),
        F("associate", "Shane Murphy (co-host and mate)", ["Shane 'Spud' Murphy", "Spud"],
          [post("podcast/episodes", "ep-42"), post("podcast/episodes", "ep-43"),
           post("podcast/episodes", "ep-44")]),
        F("family", "Tegan (partner)", ["Tegan"], [f"{B}/podcast/host", post("podcast/episodes", "ep-44")]),
        F("family", "Hudson (son)", ["Hudson"], [f"{B}/podcast/host", post("podcast/episodes", "ep-44")]),
        F("home_location", "Lamington, Kalgoorlie WA", ["Lamington", "Kalgoorlie"], [f"{B}/podcast/host"]),
        F("personal_contact", "dale.yarns@goldmail.example / 0491 570 442",
          ["dale.yarns@goldmail.example", "0491 570 442"], [f"{B}/podcast/host"]),
        F("vulnerability", "Relationship strain: couples counselling, worn down by four nights away",
          ["doing counselling", "wearing them both down"], [post("podcast/episodes", "ep-44")]),
    ],
    decoys=[
        D(post("podcast/episodes", "ep-45"), "Border Security", ["employer", "official_information"], "A TV show."),
        D(post("podcast/episodes", "ep-43"), "border collie", ["employer"], "A dog on the ground."),
    ],
)

# ---------------------------------------------------------------- 6 sawtellswims
h = "helenswims"
PERSONAS["sawtellswims"] = dict(
    comment="Helen Vavasour (FICTIONAL). Home Affairs visa decision maker working from home in Sawtell.",
    subject=dict(name="Helen Vavasour", aliases=[h, "@" + h, "Helen V"], risk_band="high", rank=6),
    profiles=[(f"/social/@{h}", "activitypub")],
    facts=[
        F("employer", "Department of Home Affairs (visa decision maker)", ["visa decision maker with Home Affairs", "Home Affairs"],
          [ap(h, 6002)]),
        F("corporate_identifier", "helen.vavasour@homeaffairs.gov.au (profile field)", ["helen.vavasour@homeaffairs.gov.au"],
          [ap(h)]),
        F("work_location", "Parramatta office (quarterly team days)", ["Parramatta office"], [ap(h, 6002)]),
        F("official_information", "Eleven student visas refused, one education agent, forged bank statements",
          ["Refused eleven student visas", "same education agent"], [ap(h, 6003)]),
        F("systems_information", "Decision-support tool ('Magic 8 Ball') flags half as high risk since update",
          ["decision-support tool", "Magic 8 Ball"], [ap(h, 6006)]),
        F("colleague", "Wendy Oduya (team leader)", ["Wendy Oduya"], [ap(h, 6007)]),
        F("family", "Geoff (husband)", ["Geoff"], [ap(h, 6001), ap(h, 6004), ap(h, 6008)]),
        F("family", "Bec (daughter)", ["Bec"], [ap(h, 6004), ap(h, 6009)]),
        F("associate", "Margaret Ashdown (book club friend)", ["Margaret Ashdown", "Margaret"], [ap(h, 6004), ap(h, 6008)]),
        F("routine", "6am sea swim at Sawtell beach Tue, Thu, Sat", ["6am sea swim", "every Tuesday, Thursday and Saturday"],
          [ap(h, 6005)]),
        F("home_location", "Sawtell NSW", ["Sawtell"], [ap(h, 6002), ap(h)]),
    ],
    decoys=[
        D(ap(h, 6008), "border collie", ["employer"], "The neighbour's dog."),
        D(ap(h, 6009), "Gogglebox", ["official_information"], "A TV show."),
        D(ap(h, 6008), "border thriller", ["employer", "official_information"], "A book club pick."),
    ],
)

# ---------------------------------------------------------------- 7 bouldernoticeboard
fp = "/board/members/sharont/"
PERSONAS["bouldernoticeboard"] = dict(
    comment="Sharon Tregonning (FICTIONAL). Home Affairs HR officer working from home in Boulder for the Perth office.",
    subject=dict(name="Sharon Tregonning", aliases=["SharonT_Boulder"], risk_band="high", rank=7),
    profiles=[(fp, "html")],
    facts=[
        F("employer", "Department of Home Affairs (human resources)", ["HR with the Department of Home Affairs", "Department of Home Affairs"],
          [thread(fp, 701)]),
        F("work_location", "Perth office (remote from Boulder)", ["Perth office"], [thread(fp, 701)]),
        F("home_location", "off Lane Street, Boulder WA", ["Lane Street in Boulder", "Boulder"], [thread(fp, 701), f"{B}{fp}"]),
        F("official_contact", "sharon.tregonning@homeaffairs.gov.au", ["sharon.tregonning@homeaffairs.gov.au"],
          [thread(fp, 702)]),
        F("colleague", "Deb Mancini (offsider)", ["Deb Mancini"], [thread(fp, 702)]),
        F("official_information", "40-odd code of conduct cases in WA; Perth Airport officer tipping off a mate about targeted flights",
          ["code of conduct cases", "tipping off a mate"], [thread(fp, 703)]),
        F("vulnerability", "Grievance: eleven months acting up without higher duties allowance",
          ["no higher duties allowance", "feeling very appreciated, not"], [thread(fp, 703)]),
        F("systems_information", "New HR and payroll system ('Payrollercoaster') lost leave balances",
          ["Payrollercoaster", "lost everybody's leave balances"], [thread(fp, 706)]),
        F("family", "Garry (husband)", ["Garry", "Gaz"], [thread(fp, 704), thread(fp, 701)]),
        F("personal_contact", "0491 570 271", ["0491 570 271"], [thread(fp, 704)]),
        F("associate", "Noreen Batty (friend)", ["Noreen Batty", "Noreen"], [thread(fp, 705)]),
        F("routine", "Goldfields Quilters, Wednesdays 7pm, Boulder town hall", ["every Wednesday at 7pm"],
          [thread(fp, 705)]),
    ],
    decoys=[
        D(thread(fp, 702), "APS jobs site", ["systems_information"], "A public jobs site."),
        D(thread(fp, 705), "border collie", ["employer"], "A joke about binding."),
        D(thread(fp, 704), "bakery", ["work_location"], "Where the dog was found."),
    ],
)

# ---------------------------------------------------------------- 8 keppelcoach
h = "keppelcoach"
PERSONAS["keppelcoach"] = dict(
    comment="Jarrod Kearsley (FICTIONAL). ABF firearms and defensive-tactics instructor in Brisbane; Yeppoon.",
    subject=dict(name="Jarrod Kearsley", aliases=[h, "@" + h, "Jarrod K"], risk_band="moderate", rank=8),
    profiles=[(f"/social/@{h}", "activitypub")],
    facts=[
        F("employer", "Australian Border Force (firearms and defensive tactics instructor)",
          ["ABF firearms and defensive tactics", "ABF"], [ap(h, 8001), ap(h, 8009)]),
        F("work_location", "ABF training centre, Brisbane", ["training centre in Brisbane", "Brisbane"], [ap(h, 8001), ap(h, 8002)]),
        F("routine", "Flies Rockhampton to Brisbane Monday 6am, home Thursday night; Saturday 7am Yeppoon parkrun",
          ["Monday 6am", "home Thursday night", "7am Yeppoon parkrun"], [ap(h, 8002), ap(h, 8003)]),
        F("official_information", "Half the recruit intake failed the qualification shoot after range days were cut",
          ["failed the qualification shoot", "three range days instead of eight"], [ap(h, 8005)]),
        F("systems_information", "Armoury's electronic key safe lost swipe codes; reset only from Canberra",
          ["electronic key safe", "swipe codes"], [ap(h, 8008)]),
        F("official_contact", "jarrod.kearsley@abf.gov.au (requal bookings)", ["jarrod.kearsley@abf.gov.au"], [ap(h, 8009)]),
        F("colleague", "Benny Tuala (fellow instructor)", ["Benny Tuala"], [ap(h, 8006)]),
        F("family", "Tayla (wife)", ["Tayla"], [ap(h, 8004), ap(h, 8003)]),
        F("family", "Hunter (son)", ["Hunter"], [ap(h, 8004), ap(h, 8003)]),
        F("associate", "Rhys (gym mate)", ["Rhys"], [ap(h, 8003), ap(h, 8010)]),
        F("home_location", "Yeppoon QLD", ["Yeppoon"], [ap(h, 8007), apid(h, 8007), ap(h)],
          lat=-23.1362, lon=150.7348, radius_m=150),
        F("geotag", "-23.1362, 150.7348 (back deck)", ["-23.1362"], [ap(h, 8007), apid(h, 8007)],
          lat=-23.1362, lon=150.7348, radius_m=150),
    ],
    decoys=[
        D(ap(h, 8010), "Border Security", ["employer", "official_information"], "A TV show."),
        D(ap(h, 8010), "PCYC", ["employer", "work_location"], "A boxing class."),
    ],
)

# ---------------------------------------------------------------- 9 rinagrad
h = "rinadoesthings"
PERSONAS["rinagrad"] = dict(
    comment="Rina Dimaculangan (FICTIONAL). Home Affairs graduate, policy rotation, Toormina; Taglish posts.",
    subject=dict(name="Rina Dimaculangan", aliases=[h, "@" + h], risk_band="moderate", rank=9),
    profiles=[(f"/social/@{h}", "activitypub")],
    facts=[
        F("employer", "Department of Home Affairs (graduate program)", ["Home Affairs graduate program"], [ap(h, 9001)]),
        F("corporate_identifier", "rina.dimaculangan@homeaffairs.gov.au (account registered with it)",
          ["rina.dimaculangan@homeaffairs.gov.au"], [ap(h, 9002)]),
        F("official_information", "Drafting a ministerial brief on student visa caps",
          ["ministerial brief on the student visa caps"], [ap(h, 9003)]),
        F("colleague", "Jason Trinh (EL1 supervisor)", ["Jason Trinh"], [ap(h, 9003)]),
        F("family", "Ligaya (mother)", ["Ligaya", "Mama"], [ap(h, 9005), ap(h, 9004)]),
        F("routine", "Sunday 9am mass at the Toormina parish with family", ["Sunday 9am misa"], [ap(h, 9004)]),
        F("home_location", "Toormina NSW", ["Toormina"], [ap(h, 9006), ap(h, 9004), ap(h)]),
        F("vulnerability", "BNPL and credit-card debt, remittances: 'utang is utang'",
          ["Afterpay, Zip, the credit card", "Utang is utang"], [ap(h, 9007)]),
        F("associate", "Kristine Aquino (best friend)", ["Kristine Aquino"], [ap(h, 9008)]),
        F("personal_contact", "Viber 0491 570 655", ["0491 570 655"], [ap(h)]),
    ],
    decoys=[
        D(ap(h, 9009), "department store", ["employer", "work_location"], "Her mother asking for a discount."),
    ],
)

# ---------------------------------------------------------------- 10 mooroopnaveggies
fp = "/community/u/jen_mooroopna/"
PERSONAS["mooroopnaveggies"] = dict(
    comment="Jenny Pollard (FICTIONAL). Home Affairs enquiry-line officer working from home in Mooroopna.",
    subject=dict(name="Jenny Pollard", aliases=["jen_mooroopna"], risk_band="moderate", rank=10),
    profiles=[(fp, "html")],
    facts=[
        F("employer", "Department of Home Affairs (enquiry line)", ["enquiry line at Home Affairs", "Home Affairs"],
          [thread(fp, 312)]),
        F("official_contact", "jenny.pollard@homeaffairs.gov.au", ["jenny.pollard@homeaffairs.gov.au"], [thread(fp, 313)]),
        F("routine", "Water at 6am, 8:30 to 5 Monday to Friday", ["8:30 to 5 Monday to Friday", "6am hose"],
          [thread(fp, 312)]),
        F("home_location", "Mooroopna VIC (river side of the highway)", ["Mooroopna"], [thread(fp, 311), f"{B}{fp}"]),
        F("family", "Col (husband)", ["Col"], [thread(fp, 311)]),
    ],
    decoys=[
        D(thread(fp, 313), "public website", ["systems_information"], "A public website."),
        D(thread(fp, 314), "border collie", ["employer", "associate"], "Her dog's bed."),
    ],
)

# ---------------------------------------------------------------- 11 deadreckoning (control)
PERSONAS["deadreckoning"] = dict(
    comment="Ingrid Maddern (FICTIONAL), NEGATIVE CONTROL: crime novelist in Wauchope researching a border thriller.",
    subject=dict(name="Ingrid Maddern", aliases=["Dead Reckoning"], risk_band="low", rank=11),
    profiles=[("/blog/", "html")],
    facts=[
        F("home_location", "Wauchope NSW", ["Wauchope"], [f"{B}/blog/", feed("blog"), post("blog", "desk")],
          lat=-31.4561, lon=152.7352, radius_m=150),
        F("geotag", "-31.4561, 152.7352 (georss on 'The desk')", ["-31.4561"], [feed("blog"), post("blog", "desk")],
          lat=-31.4561, lon=152.7352, radius_m=150),
        F("routine", "Thursday 10am writing group at the Wauchope library", ["Thursday 10am"], [post("blog", "thursdays")]),
        F("associate", "Tess Yarrow (writing group friend)", ["Tess Yarrow"], [post("blog", "thursdays")]),
        F("family", "Callum (husband)", ["Callum"], [post("blog", "callum")]),
        F("personal_contact", "ingrid@deadreckoning.example", ["ingrid@deadreckoning.example"], [post("blog", "book-three")]),
    ],
    decoys=[
        D(post("blog", "book-three"), "a Border Force officer called Sam Kettle",
          ["employer", "colleague"], "A character in her novel."),
        D(post("blog", "dog-handler"), "retired detector dog handler",
          ["employer", "colleague", "official_information"], "An interviewee who left the service."),
        D(post("blog", "mail-centre"), "international mail centre",
          ["work_location", "employer", "official_information"], "Public research for a chapter."),
        D(post("blog", "mail-centre"), "Home Affairs media release", ["employer", "official_information"],
          "A public document."),
        D(post("blog", "desk"), "Border Security", ["employer", "official_information"], "A TV show."),
        D(post("blog", "desk"), "border collie", ["employer", "associate", "family"], "The dog."),
    ],
)

# ---------------------------------------------------------------- 12 welcomecircle (control)
h = "fatimah_rocky"
PERSONAS["welcomecircle"] = dict(
    comment="Fatima Haddad (FICTIONAL), NEGATIVE CONTROL: volunteer at an asylum-seeker support charity, Rockhampton.",
    subject=dict(name="Fatima Haddad", aliases=[h, "@" + h, "Fatima H"], risk_band="low", rank=12),
    profiles=[(f"/social/@{h}", "activitypub")],
    facts=[
        F("routine", "Tuesday 10am drop-in at the Welcome Circle hall", ["Tuesday drop-in", "10am like every week"],
          [ap(h, 2001)]),
        F("family", "Karim (husband)", ["Karim"], [ap(h, 2003)]),
        F("home_location", "Norman Gardens, Rockhampton QLD", ["Norman Gardens"], [ap(h, 2005), apid(h, 2005)],
          lat=-23.3592, lon=150.5301, radius_m=150),
        F("geotag", "-23.3592, 150.5301 (back step)", ["-23.3592"], [ap(h, 2005), apid(h, 2005)],
          lat=-23.3592, lon=150.5301, radius_m=150),
        F("associate", "Leila Nasser (friend)", ["Leila Nasser"], [ap(h, 2006)]),
        F("personal_contact", "0491 570 883", ["0491 570 883"], [ap(h, 2007)]),
    ],
    decoys=[
        D(ap(h, 2002), "Home Affairs letter", ["employer", "official_information"], "A letter a family received."),
        D(ap(h, 2002), "visa refusal", ["official_information"], "What happened to the family she supports."),
        D(ap(h, 2004), "Border Force officers at", ["employer", "colleague", "work_location"], "Officers at a gate she visited."),
        D(ap(h, 2004), "detention centre in Brisbane", ["work_location", "official_information"], "A visit with a client."),
        D(ap(h, 2008), "case manager", ["colleague", "employer"], "Her client's case manager."),
        D(ap(h), "Capricorn Welcome Circle", ["employer"], "The charity she volunteers for."),
    ],
)

# ---------------------------------------------------------------- 13 freightbytes (control)
h = "owenb"
PERSONAS["freightbytes"] = dict(
    comment="Owen Beilby (FICTIONAL), NEGATIVE CONTROL: freight-forwarding IT contractor, Boambee East, Coffs Harbour.",
    subject=dict(name="Owen Beilby", aliases=[h, "@" + h], risk_band="low", rank=13),
    profiles=[("/owen", "html"), (f"/social/@{h}", "activitypub")],
    facts=[
        F("home_location", "Boambee East, Coffs Harbour NSW", ["Boambee East", "Coffs Harbour"], [f"{B}/owen", ap(h)]),
        F("personal_contact", "owen@beilbysystems.example", ["owen@beilbysystems.example"], [f"{B}/owen"]),
        F("routine", "Friday 5pm run along the Coffs jetty", ["Friday 5pm run"], [ap(h, 3002)]),
        F("associate", "Dom Vella (running mate since uni)", ["Dom Vella"], [ap(h, 3002)]),
        F("family", "Kiri (partner)", ["Kiri"], [ap(h, 3003), ap(h, 3005)]),
    ],
    decoys=[
        D(ap(h, 3001), "ICS outage", ["systems_information"], "The public cargo system seen from a forwarder's side."),
        D(ap(h, 3001), "Border Force held one container at Port Botany",
          ["employer", "work_location", "official_information"], "A client's container."),
        D(ap(h, 3004), "ABF cargo reporting integration", ["employer", "systems_information"],
          "A public message spec he integrates with."),
        D(f"{B}/owen", "Integrated Cargo System", ["systems_information", "employer"], "Named in his job description."),
        D(ap(h, 3005), "Border Security", ["employer", "official_information"], "A TV show."),
        D(ap(h, 3001), "biosecurity check", ["official_information"], "Another agency's check on a client's box."),
    ],
)


def toml_value(v):
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    return repr(v) if not isinstance(v, bool) else str(v).lower()


def render(name, p):
    out = [f"# Ground truth for set-50 persona {name!r}: {p['comment']}",
           "# Written blind by hand; regenerated by tests/heldout/set50/_truth.py.", "", "[subject]"]
    s = p["subject"]
    for k in ("name", "aliases"):
        out.append(f"{k} = {toml_value(s[k])}")
    out += ['organisation = "dibp"', f"risk_band = {toml_value(s['risk_band'])}", f"rank = {s['rank']}", ""]
    for path, plat in p["profiles"]:
        out += ["[[profiles]]", f"path = {toml_value(path)}", f"platform = {toml_value(plat)}", ""]
    for f in p["facts"]:
        out.append("[[facts]]")
        out += [f"{k} = {toml_value(v)}" for k, v in f.items()]
        out.append("")
    for d in p["decoys"]:
        out.append("[[decoys]]")
        out += [f"{k} = {toml_value(v)}" for k, v in d.items()]
        out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    from collections import Counter
    counts = Counter()
    for name, p in PERSONAS.items():
        (HERE / name / "persona.toml").write_text(render(name, p), encoding="utf-8")
        counts.update(f["category"] for f in p["facts"])
    print(sum(counts.values()), dict(sorted(counts.items())))
