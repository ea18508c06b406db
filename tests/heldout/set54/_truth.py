"""Write each set-54 persona's persona.toml from the tables below (ground truth, by hand, blind).

    /work/venv-heldout54/bin/python tests/heldout/set54/_truth.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B = "{{BASE}}"


def ap(h, *ns):
    return [f"{B}/social/@{h}/{n}" for n in ns]


def prof(h):
    return f"{B}/social/@{h}"


def F(cat, value, keys, urls, **geo):
    d = {"category": cat, "value": value, "keys": keys, "urls": urls}
    d.update(geo)
    return d


def D(url, phrase, cats, why):
    return {"url": url, "phrase": phrase, "not_categories": cats, "why": why}


P = {}

# 1 ------------------------------------------------------------------------------------------
h = "spanner_dale"
HOME = (-32.7196, 152.1082)
P["patrolspanner"] = dict(
    name="Dale Whitcombe", aliases=["spanner_dale", "@spanner_dale", "Dale W"], band="critical", rank=1,
    profiles=[("/social/@spanner_dale", "activitypub")],
    note="Critical: ABF marine engineer who names the boats, the Darwin swing and fly-out day, a boarding with "
         "detained crew, two systems faults, a home GPS photo, wife and kids, a gambling hole hidden from his wife, "
         "and a phone number.",
    facts=[
        F("employer", "Australian Border Force", ["Border Force"], [prof(h)]),
        F("work_location", "Darwin (patrol boat base)", ["Darwin"], ap(h, 6101, 6102, 6103)),
        F("routine", "28 on / 28 off, every second Tuesday 6.10 flight out of Newcastle airport",
          ["28 on the boat", "every second tuesday", "the 6.10 to Brisbane"], ap(h, 6101)),
        F("home_location", "Corlette NSW", ["Corlette"], [prof(h)] + ap(h, 6106) + [f"{B}/media/corlette-deck.jpg"],
          lat=HOME[0], lon=HOME[1], radius_m=150),
        F("geotag", "GPS in a back-deck photo at home, Corlette", ["corlette-deck.jpg"],
          ap(h, 6106) + [f"{B}/media/corlette-deck.jpg"], lat=HOME[0], lon=HOME[1], radius_m=150),
        F("colleague", "Rob Tanner (chief engineer)", ["Rob Tanner", "Chiefy"], ap(h, 6102, 6104)),
        F("official_information", "Boarded a foreign fishing boat near the Wessels: 3 tonne of beche de mer, 9 crew "
          "in detention", ["beche de mer", "9 crew", "crew are in detention"], ap(h, 6103)),
        F("systems_information", "Patrol boat's port main engine ECU faulting since the refit, reset not replaced",
          ["ECU", "port main engine"], ap(h, 6102)),
        F("systems_information", "Patrol boat satcom dead four days; HF and a sat phone only; spare antenna on order",
          ["satcom", "sat phone", "HF"], ap(h, 6104)),
        F("family", "Kerryn (wife)", ["Kerryn", "the missus"], ap(h, 6105, 6107)),
        F("family", "Lachie (son)", ["Lachie"], ap(h, 6105)),
        F("family", "Maddie (daughter)", ["Maddie"], ap(h, 6105)),
        F("vulnerability", "Gambling losses hidden from his wife (down $4,000 on multis)",
          ["down 4 grand", "multis", "doesnt know"], ap(h, 6107)),
        F("personal_contact", "0491 570 212", ["0491 570 212"], ap(h, 6108)),
        F("associate", "Gary Pilkington (fishing mate)", ["Gary Pilkington", "Gazza"], ap(h, 6109)),
    ],
    decoys=[
        D(ap(h, 6110)[0], "border collie", ["employer", "family"], "The neighbours' dog."),
        D(ap(h, 6110)[0], "Border Security", ["employer", "official_information"], "A TV show at the pub."),
    ],
)

# 2 ------------------------------------------------------------------------------------------
BL = f"{B}/blog/"
bp = lambda s: f"{B}/blog/posts/{s}/"  # noqa: E731
HOME = (-38.1921, 146.5562)
allposts = [bp(s) for s in ("debt-snapshot-february", "no-spend-week", "wfh-savings", "overtime-maths",
                            "a-good-boss", "veggie-patch")]
P["frugalvalley"] = dict(
    name="Bronwyn Kettle", aliases=["Bron"], band="critical", rank=2,
    profiles=[("/blog/", "html"), ("/blog/feed.xml", "feed")],
    note="Critical: Home Affairs FOI officer whose budgeting blog's feed is authored under her work email: an "
         "h-card job and department, a bank default letter and a secret credit card, overdue detention FOIs and a "
         "ministerial go-slow, a crashing redaction tool, her team leader, husband and children, her day's times, "
         "georss at home.",
    facts=[
        F("employer", "Department of Home Affairs", ["Department of Home Affairs", "FOI case officer"], [BL]),
        F("corporate_identifier", "bronwyn.kettle@homeaffairs.gov.au", ["bronwyn.kettle@homeaffairs.gov.au"],
          [f"{B}/blog/feed.xml", BL] + allposts),
        F("home_location", "Traralgon VIC", ["Traralgon"], [BL, bp("veggie-patch")], lat=HOME[0], lon=HOME[1],
          radius_m=150),
        F("geotag", "georss point on the veggie-patch post (home, Traralgon)", ["georss"],
          [f"{B}/blog/feed.xml", bp("veggie-patch")], lat=HOME[0], lon=HOME[1], radius_m=150),
        F("vulnerability", "$31,240 of debt, a default letter from the bank, a card hidden from her husband",
          ["$31,240", "credit card $18,900", "default", "not talking about the card"],
          [bp("debt-snapshot-february"), bp("overtime-maths")]),
        F("family", "Marcus (husband)", ["Marcus", "DH"], [bp("debt-snapshot-february")]),
        F("family", "Ruby (daughter)", ["Ruby"], [bp("no-spend-week")]),
        F("family", "Finn (son)", ["Finn"], [bp("no-spend-week"), bp("wfh-savings")]),
        F("associate", "Tamsin Hayes (friend)", ["Tamsin Hayes", "Tamsin"], [bp("no-spend-week")]),
        F("routine", "Logs on 7:30, off 3:15 for pick-up; Wednesdays Finn's swimming at the Traralgon stadium at 5, "
          "groceries 5:15", ["7:30", "3:15", "Wednesdays", "at 5:15"], [bp("wfh-savings")]),
        F("official_information", "640 FOI requests open, detention-incident requests overdue, the Minister's "
          "office asking to slow the Villawood fire request", ["640 requests", "Minister's office", "Villawood fire"],
          [bp("overtime-maths")]),
        F("systems_information", "Redaction software 'Black Marker' crashes over 300 pages; redaction by hand in "
          "PDFs on a shared drive", ["Black Marker", "redaction software", "shared drive"], [bp("overtime-maths")]),
        F("colleague", "Suresh Pillai (team leader)", ["Suresh Pillai", "Suresh"], [bp("a-good-boss")]),
    ],
    decoys=[
        D(bp("a-good-boss"), "department store", ["employer"], "A shop she returned a jacket to."),
    ],
)

# 3 ------------------------------------------------------------------------------------------
h = "hunterlinerage"
HOME = (-32.7493, 151.5892)
P["hunterlinerage"] = dict(
    name="Nate Osei", aliases=["hunterlinerage", "@hunterlinerage", "Hunter Line Rage"], band="high", rank=5,
    profiles=[("/social/@hunterlinerage", "activitypub")],
    note="High: commute-rant account of an ABF intelligence analyst: the 5:02 three days a week, the Sydney office, "
         "a tobacco job's warrant date, the high-side terminals and the link-chart tool, a colleague, his partner, "
         "a grievance, a Signal handle and a note placed at home.",
    facts=[
        F("employer", "Australian Border Force (intelligence)", ["ABF intel", "analysts"], ap(h, 6302)),
        F("work_location", "ABF Sydney office", ["Sydney office"], ap(h, 6302)),
        F("routine", "5:02 from Victoria Street, change at Hamilton for the 5:47 to Central, Tue-Thu; home 7:40pm",
          ["5:02", "5:47", "Tuesday Wednesday Thursday"], ap(h, 6301, 6309)),
        F("home_location", "East Maitland NSW", ["East Maitland", "Victoria Street"], ap(h, 6301, 6308),
          lat=HOME[0], lon=HOME[1], radius_m=150),
        F("geotag", "Place on the Saturday note at home, East Maitland", ["East Maitland"], ap(h, 6308)
          + [f"{B}/social/@{h}/statuses/6308"], lat=HOME[0], lon=HOME[1], radius_m=150),
        F("official_information", "Tobacco crew operating from sheds near Cessnock; warrants on 18 March",
          ["tobacco crew", "warrants", "18th of March"], ap(h, 6303)),
        F("systems_information", "High-side terminals down; link-chart tool 'the Web' lost a week of work",
          ["high-side terminals", "the Web", "link chart"], ap(h, 6304)),
        F("colleague", "Jules Fenwick (analyst)", ["Jules Fenwick", "Jules"], ap(h, 6305)),
        F("family", "Ama (partner)", ["Ama"], ap(h, 6306)),
        F("vulnerability", "Grievance: passed over for EL1, 'done going the extra mile for this place'",
          ["Passed over", "done going the extra mile"], ap(h, 6307)),
        F("personal_contact", "Signal nate_hunter.42", ["nate_hunter.42"], [prof(h)]),
    ],
    decoys=[],
)

# 4 ------------------------------------------------------------------------------------------
PR = f"{B}/members/leanne-m"
h = "leannem"
P["terminaltwo"] = dict(
    name="Leanne Marchetti", aliases=["leannem", "@leannem", "Leanne M"], band="high", rank=3,
    profiles=[("/members/leanne-m", "html"), ("/social/@leannem", "activitypub")],
    note="High: dating-profile 'about me' of an ABF officer at the Newcastle cruise terminal: job and site, ship-day "
         "hours and Sunday parkrun, suburb, a private email, a best friend and a daughter, a separation and tight "
         "money; her account adds ship-day staffing, kiosk failures and her supervisor.",
    facts=[
        F("employer", "Australian Border Force", ["Border Force"], [PR]),
        F("work_location", "Newcastle cruise terminal", ["Newcastle cruise terminal", "cruise terminal"], [PR]),
        F("routine", "Ship days up 4:30, on the wharf by 6; Sunday 7am parkrun at Raymond Terrace",
          ["4:30", "on the wharf by 6", "7am parkrun"], [PR]),
        F("home_location", "Raymond Terrace NSW", ["Raymond Terrace"], [PR]),
        F("personal_contact", "leanne.m.hearts@pmail.example", ["leanne.m.hearts@pmail.example"], [PR]),
        F("associate", "Sharon Dwyer (best friend)", ["Sharon Dwyer", "Shaz"], [PR] + ap(h, 6404)),
        F("family", "Jess (daughter)", ["Jess"], [PR]),
        F("vulnerability", "Separated after 22 years, house being sold, fortnights very tight",
          ["separated", "very tight"], [PR]),
        F("official_information", "2,800 passengers off a ship with six officers on the desks",
          ["2,800 passengers", "six of us"], ap(h, 6401)),
        F("systems_information", "Passenger kiosks at the terminal failed, processed by hand; third time this season",
          ["kiosks"], ap(h, 6402)),
        F("colleague", "Craig Mutton (supervisor)", ["Craig Mutton"], ap(h, 6403)),
    ],
    decoys=[
        D(ap(h, 6404)[0], "department store", ["employer", "work_location"], "A shop for running shoes."),
    ],
)

# 5 ------------------------------------------------------------------------------------------
h = "biscuit_the_kelpie"
HOME = (-38.2352, 146.3938)
imgs = [f"{B}/media/biscuit-bbq.jpg", f"{B}/media/biscuit-lawn.jpg"]
P["biscuitdesk"] = dict(
    name="Hannah Pryor", aliases=["biscuit_the_kelpie", "@biscuit_the_kelpie", "Biscuit"], band="high", rank=8,
    profiles=[("/social/@biscuit_the_kelpie", "activitypub")],
    note="High (low end): a kelpie's account about its human, a Home Affairs service-desk officer working from home "
         "in Morwell: unchecked password resets, the ticket system and VPN failing, her desk phone, a night-shift "
         "colleague, her partner, car-loan and rent strain, the daily 12:30 walk, two backyard GPS photos.",
    facts=[
        F("employer", "Department of Home Affairs (IT service desk)", ["Home Affairs"], [prof(h)]),
        F("home_location", "Morwell VIC", ["Morwell"], [prof(h)] + ap(h, 6505, 6508) + imgs,
          lat=HOME[0], lon=HOME[1], radius_m=150),
        F("geotag", "GPS in two backyard photos, Morwell", ["biscuit-bbq.jpg", "biscuit-lawn.jpg"],
          ap(h, 6505, 6508) + imgs, lat=HOME[0], lon=HOME[1], radius_m=150),
        F("routine", "Starts at 7; 12:30 walk to the rose garden every day", ["starts work at 7", "12:30"],
          ap(h, 6501)),
        F("systems_information", "Password resets on a name and staff number with no callback",
          ["reset 84 passwords", "no calling back", "staff number"], ap(h, 6502)),
        F("systems_information", "Ticket system 'the Swamp' lost notes after an upgrade; desk VPN outage at 2",
          ["the Swamp", "ticket system", "VPN"], ap(h, 6507)),
        F("official_contact", "02 5550 3187 (desk phone)", ["02 5550 3187"], ap(h, 6503)),
        F("colleague", "Keisha Barnes (service desk colleague)", ["Keisha Barnes", "Keisha"], ap(h, 6504)),
        F("family", "Dev (partner)", ["Dev"], ap(h, 6505, 6506)),
        F("vulnerability", "Money strain: car loan and rising rent", ["car loan", "rent going up"], ap(h, 6506)),
    ],
    decoys=[
        D(ap(h, 6508)[0], "border collie", ["employer", "family"], "The dog says what breed it is not."),
    ],
)

# 6 ------------------------------------------------------------------------------------------
FB = f"{B}/bss/u/troyb_horsham/"
t = lambda n: f"{B}/bss/u/troyb_horsham/t/{n}/"  # noqa: E731
P["wimmeraswap"] = dict(
    name="Troy Beaumont", aliases=["troyb_horsham", "Troy"], band="high", rank=4,
    profiles=[("/bss/u/troyb_horsham/", "html")],
    note="High: buy/swap/sell posts of an ABF officer on workers' compensation: registered with his work email, "
         "the airport search-room injury and a 2kg detection, compo cuts and a bank on the phone, a grievance at "
         "the Department, his supervisor, two sons, physio times, home near Horsham and his mobile.",
    facts=[
        F("employer", "Australian Border Force", ["Border Force"], [FB]),
        F("corporate_identifier", "troy.beaumont@abf.gov.au", ["troy.beaumont@abf.gov.au"], [FB]),
        F("home_location", "Haven, Horsham VIC", ["Haven", "Horsham"], [FB, t("8804")]),
        F("personal_contact", "0491 570 388", ["0491 570 388"], [FB, t("8801")]),
        F("vulnerability", "Money trouble: compo at 80%, mortgage, bank ringing", ["need the cash", "80%",
          "bank has started ringing"], [FB, t("8802")]),
        F("vulnerability", "Grievance: blamed for his own injury after 14 years", ["my technique", "Thanks heaps"],
          [FB, t("8803")]),
        F("work_location", "Melbourne Airport (secondary search room)", ["Melbourne Airport"], [FB, t("8803")]),
        F("official_information", "Passenger with 2kg of ice strapped to his legs restrained in the secondary search "
          "room", ["2kg of ice", "secondary search"], [FB, t("8803")]),
        F("family", "Kobe (son)", ["Kobe"], [FB, t("8804")]),
        F("family", "Jaxon (son)", ["Jaxon"], [FB, t("8804")]),
        F("routine", "Physio 10-11 every Tuesday and Friday at the Horsham hospital",
          ["every Tuesday and Friday", "10 till 11"], [FB, t("8805")]),
        F("colleague", "Dean Kowalski (supervisor)", ["Dean Kowalski"], [FB, t("8806")]),
    ],
    decoys=[
        D(t("8806"), "department store voucher", ["employer"], "A gift voucher he wants to swap."),
    ],
)

# 7 ------------------------------------------------------------------------------------------
RP = f"{B}/locals/sandy-pavlovic"
P["bridgefm"] = dict(
    name="Sandy Pavlovic", aliases=["Sandy"], band="high", rank=6,
    profiles=[("/locals/sandy-pavlovic", "html"), ("/social/@sandyp_mb", "activitypub")],
    note="High: a community-radio Q&A with a Home Affairs visa officer and union delegate: department and office, "
         "her official email offered to members, drive times and netball night, the partner-visa queue and staff "
         "cuts, the case system's logouts, husband, daughter, a fellow delegate and a radio friend.",
    facts=[
        F("employer", "Department of Home Affairs", ["Home Affairs", "Department of Home Affairs"], [RP]),
        F("work_location", "Home Affairs Adelaide city office", ["Adelaide city office"], [RP]),
        F("official_contact", "sandy.pavlovic@homeaffairs.gov.au", ["sandy.pavlovic@homeaffairs.gov.au"], [RP]),
        F("routine", "Leaves 6:15 Mon-Thu on the freeway, back by 5:30; Thursday netball 7pm at the Murray Bridge "
          "courts", ["6:15", "Monday to Thursday", "Thursday night netball"], [RP]),
        F("home_location", "Murray Bridge SA", ["Murray Bridge"], [RP]),
        F("official_information", "14,000 partner applications in the team queue; eleven contract staff let go",
          ["14,000 partner applications", "eleven contract staff"], [RP]),
        F("systems_information", "Case system 'the Beast' logs out every twenty minutes and loses notes",
          ["the Beast", "logs you out"], [RP]),
        F("family", "Goran (husband)", ["Goran"], [RP, f"{B}/social/@sandyp_mb/7203"]),
        F("family", "Mila (daughter)", ["Mila"], [RP]),
        F("colleague", "Wen Li (fellow union delegate)", ["Wen Li"], [RP]),
        F("associate", "Deb Thorsby (friend)", ["Deb Thorsby"], [RP]),
    ],
    decoys=[
        D(RP, "department store", ["employer", "work_location"], "Another Sandy works at a shop."),
        D(f"{B}/social/@sandyp_mb/7202", "border collie", ["employer"], "A netball team's mascot dog."),
    ],
)

# 8 ------------------------------------------------------------------------------------------
CL = f"{B}/clues/"
cp = lambda s: f"{B}/clues/posts/{s}/"  # noqa: E731
P["cryptictulla"] = dict(
    name="Murray Henshaw", aliases=["Muz"], band="high", rank=7,
    profiles=[("/clues/", "html"), ("/clues/feed.xml", "feed")],
    note="High: a trivia and crossword blog whose feed is authored under an ABF officer's work email: the cargo "
         "sheds at Tulla, a 12kg find, an x-ray that can't talk to the cargo system, the 4am drive, Wednesday quiz, "
         "his wife and a teammate.",
    facts=[
        F("employer", "Australian Border Force", ["Border Force"], [cp("clues-on-the-calder")]),
        F("corporate_identifier", "murray.henshaw@abf.gov.au", ["murray.henshaw@abf.gov.au"],
          [f"{B}/clues/feed.xml", CL] + [cp(s) for s in ("bowlo-quiz-wrap", "clues-on-the-calder", "work-clue",
                                                         "grandad", "seventeen-across")]),
        F("work_location", "Melbourne Airport cargo sheds (Tulla)", ["cargo sheds at Tulla"],
          [cp("clues-on-the-calder")]),
        F("routine", "Four days on; leaves Moama at 4am for the 6:30 start", ["4am", "6:30 start"],
          [cp("clues-on-the-calder")]),
        F("routine", "Wednesday 7:30 quiz at the Moama bowling club", ["Wednesday 7:30"], [cp("bowlo-quiz-wrap")]),
        F("home_location", "Moama NSW", ["Moama"], [CL, cp("clues-on-the-calder")]),
        F("family", "Jenny (wife)", ["Jenny"], [cp("clues-on-the-calder")]),
        F("associate", "Pauline Roach (quiz teammate)", ["Pauline Roach", "Pauline"], [cp("bowlo-quiz-wrap")]),
        F("official_information", "Twelve kilos hidden in a pallet of tile adhesive, found Tuesday",
          ["Twelve kilos", "tile adhesive"], [cp("work-clue")]),
        F("systems_information", "New x-ray can't talk to the cargo system 'Grandad'; images moved by USB stick",
          ["Grandad", "USB stick", "cargo system"], [cp("grandad")]),
    ],
    decoys=[
        D(cp("seventeen-across"), "Department store", ["employer"], "A crossword answer."),
        D(cp("seventeen-across"), "border collie", ["employer"], "A crossword answer."),
    ],
)

# 9 ------------------------------------------------------------------------------------------
h = "arohawhales"
HOME = (-35.5528, 138.6158)
P["victorwhales"] = dict(
    name="Aroha Tane", aliases=["arohawhales", "@arohawhales"], band="moderate", rank=9,
    profiles=[("/social/@arohawhales", "activitypub")],
    note="Moderate: whale-spotting posts of a Home Affairs visa officer working from home: employer in the bio, a "
         "flagged batch of student visas from one agent, family by initials (DH Rangi, MIL Helen, SIL Mereana), "
         "Saturday 7am walk and a note placed at home.",
    facts=[
        F("employer", "Department of Home Affairs", ["Home Affairs"], [prof(h)]),
        F("home_location", "Victor Harbor SA", ["Victor Harbor"], [prof(h)] + ap(h, 6904) +
          [f"{B}/social/@{h}/statuses/6904"], lat=HOME[0], lon=HOME[1], radius_m=150),
        F("geotag", "Place on the back-step note at home", ["Victor Harbor"], ap(h, 6904) +
          [f"{B}/social/@{h}/statuses/6904"], lat=HOME[0], lon=HOME[1], radius_m=150),
        F("official_information", "41 student visas, half from one agent with identical bank statements, all flagged",
          ["41 student visas", "flagged the lot"], ap(h, 6902)),
        F("family", "Rangi (husband)", ["Rangi", "DH"], ap(h, 6901)),
        F("family", "Helen (mother-in-law)", ["Helen", "MIL"], ap(h, 6901, 6904)),
        F("family", "Mereana (sister-in-law)", ["Mereana", "SIL"], ap(h, 6903)),
        F("routine", "Saturday 7am walk over the causeway to Granite Island", ["every Sat 7am"], ap(h, 6903)),
    ],
    decoys=[
        D(ap(h, 6905)[0], "Border Security", ["employer", "official_information"], "A TV show."),
    ],
)

# 10 -----------------------------------------------------------------------------------------
h = "petevuk"
P["cessnockcitizen"] = dict(
    name="Peter Vukovic", aliases=["petevuk", "@petevuk"], band="moderate", rank=10,
    profiles=[("/social/@petevuk", "activitypub")],
    note="Moderate: few posts: Home Affairs citizenship team in Newcastle, Friday 10am ceremonies, the team mailbox "
         "offered to councils, a son by name and home in Bellbird.",
    facts=[
        F("employer", "Department of Home Affairs (citizenship)", ["Home Affairs"], [prof(h)]),
        F("work_location", "Home Affairs Newcastle office", ["Newcastle office", "Newcastle"], [prof(h)] + ap(h, 7004)),
        F("routine", "Friday citizenship ceremonies at 10 at the Civic Theatre", ["Friday ceremonies at 10"],
          ap(h, 7001)),
        F("official_contact", "citizenship.hunter@homeaffairs.gov.au", ["citizenship.hunter@homeaffairs.gov.au"],
          ap(h, 7002)),
        F("home_location", "Bellbird, Cessnock NSW", ["Bellbird"], [prof(h)] + ap(h, 7004)),
        F("family", "Luka (son)", ["Luka"], ap(h, 7003)),
    ],
    decoys=[],
)

# 11 controls --------------------------------------------------------------------------------
h = "kimsails"
P["soldiersbroker"] = dict(
    name="Kim Sorensen", aliases=["kimsails", "@kimsails"], band="low", rank=11,
    profiles=[("/social/@kimsails", "activitypub")],
    note="NEGATIVE CONTROL, low: a private customs broker; Border Force, the cargo system and Home Affairs are her "
         "clients' world. Her own suburb, Thursday race, husband, friend and phone are facts.",
    facts=[
        F("home_location", "Soldiers Point NSW", ["Soldiers Point"], [prof(h)] + ap(h, 7103)),
        F("routine", "Thursday twilight race at 6 off Soldiers Point", ["Thursday twilight race"], ap(h, 7103)),
        F("family", "Erik (husband)", ["Erik"], ap(h, 7103)),
        F("associate", "Marnie Fong (oldest friend)", ["Marnie Fong"], ap(h, 7105)),
        F("personal_contact", "0491 570 645", ["0491 570 645"], ap(h, 7105)),
    ],
    decoys=[
        D(ap(h, 7101)[0], "Border Force held a client's container", ["employer", "official_information"],
          "A client's container held; she is a private broker."),
        D(ap(h, 7102)[0], "Integrated Cargo System", ["systems_information"], "A system brokers use, not hers to run."),
        D(ap(h, 7104)[0], "Home Affairs guidance", ["employer", "official_information"], "Public guidance she reads."),
        D(ap(h, 7106)[0], "Department of Home Affairs fee changes", ["employer", "official_information"],
          "Public fee changes."),
        D(ap(h, 7106)[0], "office at Mayfield", ["work_location"], "Her private firm's office."),
        D(ap(h, 7105)[0], "border collie", ["employer"], "A joke."),
        D(prof(h), "Harbourline Freight", ["employer"], "A private firm."),
    ],
)

NB = f"{B}/notes/"
np_ = lambda s: f"{B}/notes/posts/{s}/"  # noqa: E731
P["saleorganiser"] = dict(
    name="Reza Karimi", aliases=["Reza"], band="low", rank=12,
    profiles=[("/notes/", "html"), ("/notes/feed.xml", "feed")],
    note="NEGATIVE CONTROL, low: a union organiser employed by the union, who represents Home Affairs and Border "
         "Force members. His home town, Monday train, daughter, mate and email are facts; the Department is not.",
    facts=[
        F("home_location", "Sale VIC", ["Sale"], [NB, np_("monday-train")]),
        F("routine", "Monday 5:30am V/Line from Sale to Southern Cross", ["Monday 5:30am"], [np_("monday-train")]),
        F("family", "Leila (daughter)", ["Leila"], [np_("monday-train")]),
        F("associate", "Col Brennan (best mate)", ["Col Brennan", "Col"], [np_("fishing-with-col")]),
        F("personal_contact", "reza.karimi@postbox.example", ["reza.karimi@postbox.example"],
          [np_("fishing-with-col")]),
    ],
    decoys=[
        D(NB, "Community and Public Sector Union", ["employer"], "His employer is the union, not the Department."),
        D(np_("bargaining"), "Met Home Affairs members", ["employer", "colleague"], "Members he represents."),
        D(np_("bargaining"), "Border Force officers at the airport", ["employer", "colleague", "work_location"],
          "Members, not colleagues."),
        D(np_("bargaining"), "the Department's bargaining offer", ["official_information", "employer"],
          "A public bargaining offer."),
        D(np_("bargaining"), "visa processing floor", ["work_location", "official_information"], "Members' workplace."),
        D(np_("department-store"), "department store", ["employer", "work_location"], "A first job long ago."),
    ],
)

HOME = (-35.1183, 139.2851)
FG = f"{B}/forum/u/gracet_rows/"
g = lambda n: f"{B}/forum/u/gracet_rows/t/{n}/"  # noqa: E731
gi = [f"{B}/media/shed-erg.jpg", f"{B}/media/back-garden.jpg"]
P["bridgetower"] = dict(
    name="Grace Tomlinson", aliases=["gracet_rows"], band="low", rank=13,
    profiles=[("/forum/u/gracet_rows/", "html")],
    note="NEGATIVE CONTROL, low: an Airservices controller who talks to Border Force aircraft and watches the "
         "international terminal. Her town, two garden GPS photos, Sunday row, wife, rowing buddy and mobile are facts.",
    facts=[
        F("home_location", "Murray Bridge SA", ["Murray Bridge"], [FG, g("551"), g("553"), g("554")] + gi,
          lat=HOME[0], lon=HOME[1], radius_m=150),
        F("geotag", "GPS in two garden photos at home", ["shed-erg.jpg", "back-garden.jpg"],
          [g("553"), g("554"), FG] + gi, lat=HOME[0], lon=HOME[1], radius_m=150),
        F("routine", "Sunday 8am row from the Murray Bridge rowing club pontoon", ["Sunday 8am"], [FG, g("551")]),
        F("family", "Priya (wife)", ["Priya"], [FG, g("551")]),
        F("associate", "Tash Kearney (rowing buddy)", ["Tash Kearney"], [FG, g("553")]),
        F("personal_contact", "0491 570 733", ["0491 570 733"], [FG, g("553")]),
    ],
    decoys=[
        D(g("552"), "Border Force surveillance plane", ["employer", "official_information"], "Traffic on her frequency."),
        D(g("552"), "waiting on customs", ["employer", "official_information"], "An aircraft waiting at the terminal."),
        D(g("552"), "international terminal", ["work_location"], "An airport building she sees, not a Department site."),
        D(FG, "Airservices", ["employer"], "Her employer is not the Department."),
        D(g("554"), "border collie", ["employer"], "A dog."),
    ],
)


def q(s):
    return json.dumps(s, ensure_ascii=False)


def toml(name, p):
    out = [f"# Ground truth for set-54 persona \"{name}\" (FICTIONAL: {p['name']} does not exist), written blind.",
           "# " + p["note"], "", "[subject]", f"name = {q(p['name'])}",
           f"aliases = [{', '.join(q(a) for a in p['aliases'])}]", 'organisation = "dibp"',
           f"risk_band = {q(p['band'])}", f"rank = {p['rank']}", ""]
    for path, plat in p["profiles"]:
        out += ["[[profiles]]", f"path = {q(path)}", f"platform = {q(plat)}", ""]
    for f in p["facts"]:
        out += ["[[facts]]", f"category = {q(f['category'])}", f"value = {q(f['value'])}",
                f"keys = [{', '.join(q(k) for k in f['keys'])}]", f"urls = [{', '.join(q(u) for u in f['urls'])}]"]
        for k in ("lat", "lon", "radius_m"):
            if k in f:
                out.append(f"{k} = {f[k]}")
        out.append("")
    for d in p["decoys"]:
        out += ["[[decoys]]", f"url = {q(d['url'])}", f"phrase = {q(d['phrase'])}",
                f"not_categories = [{', '.join(q(c) for c in d['not_categories'])}]", f"why = {q(d['why'])}", ""]
    return "\n".join(out)


if __name__ == "__main__":
    from collections import Counter
    c = Counter()
    for name, p in P.items():
        (HERE / name / "persona.toml").write_text(toml(name, p), encoding="utf-8")
        c.update(f["category"] for f in p["facts"])
    print(sum(c.values()), dict(sorted(c.items())))
