"""Ground truth for held-out set 37, written by hand; this script writes each persona's persona.toml.

Run after editing: .venv/bin/python tests/heldout/set37/_truth.py
Every person, handle, number, address and organisation below is fictional.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B = "{{BASE}}"


def F(category, value, keys, urls, lat=None, lon=None, radius=None):
    f = {"category": category, "value": value, "keys": keys, "urls": urls}
    if lat is not None:
        f["lat"], f["lon"] = lat, lon
        if radius:
            f["radius_m"] = radius
    return f


def D(url, phrase, cats, why):
    return {"url": url, "phrase": phrase, "not_categories": cats, "why": why}


def ap(handle, n=None):
    return f"{B}/social/@{handle}" + (f"/{n}" if n is not None else "")


def ap_id(handle, n):
    return f"{B}/social/@{handle}/statuses/{n}"


def blog(slug=None, root="blog"):
    return f"{B}/{root}/" + (f"posts/{slug}/" if slug else "")


def feed(root="blog"):
    return f"{B}/{root}/feed.xml"


def forum(base, tid=None):
    return f"{B}{base}" + (f"t/{tid}/" if tid else "")


def media(name):
    return f"{B}/media/{name}"


TRUTH: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------------------
h = "deanrides"
HOME = (-33.79210, 150.67380)
TRUTH["badgerys"] = {
    "comment": "Critical. Names the ABF and the new airport, home by three GPS photos and a frosty post, a weekly "
               "ride-then-shift routine, partner and two children, a cycling mate, a colleague by name, a cash "
               "find on a named flight, SmartGate failures since an update, gambling losses hidden from his partner, "
               "and a Signal number.",
    "subject": {"name": "Dean Mulholland", "aliases": ["deanrides", "@deanrides", "Dean M"],
                "risk_band": "critical", "rank": 1},
    "profiles": [{"path": "/social/@deanrides", "platform": "activitypub"}],
    "facts": [
        F("employer", "Australian Border Force", ["ABF"], [ap(h)]),
        F("work_location", "Western Sydney International Airport", ["Western Sydney International", "new airport"],
          [ap(h, 1103), ap(h)]),
        F("home_location", "Glenmore Park NSW", ["Glenmore Park"],
          [ap(h, 1109), ap(h, 1101), media("backyard-dinner.jpg"), ap(h, 1102), media("garage-bikes.jpg"),
           ap(h, 1106), media("driveway-frost.jpg")], *HOME, 100),
        F("geotag", "-33.7921, 150.6738", ["-33.792", "Glenmore Park"],
          [media("backyard-dinner.jpg"), ap(h, 1102), media("garage-bikes.jpg"), ap(h, 1106),
           media("driveway-frost.jpg"), ap(h, 1109)], *HOME, 100),
        F("routine", "Thursdays 5:45 ride from Glenmore Park shops, then a 7 o'clock shift",
          ["Most Thursdays", "5:45", "7 o'clock start"], [ap(h, 1101)]),
        F("family", "Jess (partner)", ["Jess", "other half"], [ap(h, 1102), ap(h, 1107)]),
        F("family", "Ollie and Mae (children)", ["Ollie", "Mae"], [ap(h, 1102), ap(h, 1110)]),
        F("associate", "Steve Karamanlis (cycling mate)", ["Steve Karamanlis", "Stevo"], [ap(h, 1106), ap(h, 1108)]),
        F("colleague", "Priya Raman (colleague)", ["Priya Raman", "Priya"], [ap(h, 1104)]),
        F("official_information", "$48k cash found in a bike box off the Denpasar flight; two on secondary",
          ["$48k", "Denpasar flight", "Two of us on secondary"], [ap(h, 1105)]),
        F("systems_information", "SmartGates rejecting one in five e-passports since Monday's update",
          ["SmartGates", "one in five e-passports"], [ap(h, 1103)]),
        F("vulnerability", "Gambling losses hidden from partner (multis, three grand)",
          ["Multis", "three grand", "Don't tell Jess"], [ap(h, 1107)]),
        F("personal_contact", "Signal 0491 570 213", ["0491 570 213"], [ap(h)]),
    ],
    "decoys": [
        D(ap(h, 1108), "Border Security", ["employer", "official_information"], "A TV rerun."),
        D(ap(h, 1110), "border collie", ["employer"], "A dog on a velodrome."),
        D(ap(h), "Nepean Dawn Riders", ["employer"], "His cycling club, not an employer."),
    ],
}

# ---------------------------------------------------------------------------------------------------------
HOME = (-38.32650, 141.59620)
TRUTH["portlandroots"] = {
    "comment": "Critical. A long, lonely genealogy blog whose feed is authored under his Border Force email: "
               "thirty-one years at the Port of Portland, two stowaways held nine hours in a crib room, ICS tethered "
               "to his own phone, a separation and long quiet evenings, his Thursday library routine, mother by "
               "maiden name, brother, daughter and her hospital, a colleague, a history-circle friend, and a "
               "georss point at home.",
    "subject": {"name": "Graham Toohey", "aliases": ["Toohey Threads"], "risk_band": "critical", "rank": 2},
    "profiles": [{"path": "/blog/", "platform": "html"}],
    "facts": [
        F("employer", "Australian Border Force", ["Border Force", "Customs"], [blog("thirty-one-years")]),
        F("corporate_identifier", "graham.toohey@abf.gov.au (blog feed author)", ["graham.toohey@abf.gov.au"], [feed()]),
        F("work_location", "Port of Portland wharf office", ["Port of Portland", "wharf office"],
          [blog("thirty-one-years")]),
        F("home_location", "Portland North VIC", ["Portland North", "Portland"],
          [blog("the-quiet-house"), feed(), blog()], *HOME),
        F("geotag", "-38.3265, 141.5962", ["-38.3265", "141.5962"], [feed(), blog("the-quiet-house")], *HOME),
        F("routine", "Thursdays after handover, about 2.30, family history room at the library",
          ["Thursdays after handover", "about 2.30"], [blog("noreen-and-the-parish-books")]),
        F("family", "Maureen (estranged wife)", ["Maureen"], [blog("the-quiet-house")]),
        F("family", "Ray and Dulcie Toohey (brother and late mother)", ["brother Ray", "Ray", "Dulcie Toohey", "Quarrell"],
          [blog("dulcie")]),
        F("family", "Kirsty (daughter)", ["Kirsty"], [blog("kirsty")]),
        F("associate", "Noreen Blatch (family history circle)", ["Noreen Blatch", "Noreen"],
          [blog("noreen-and-the-parish-books")]),
        F("colleague", "Luke Faraday (colleague)", ["Luke Faraday", "Luke"],
          [blog("thirty-one-years"), blog("the-laptop-and-the-phone")]),
        F("official_information", "Two stowaways found in a fertiliser ship's hold, held nine hours in the crib room",
          ["fertiliser ship", "nine hours", "crib room"], [blog("thirty-one-years")]),
        F("systems_information", "The ICS laptop tethers to his personal phone when the office line drops",
          ["ICS", "tether", "Graham hotspot"], [blog("the-laptop-and-the-phone")]),
        F("vulnerability", "Separation after 34 years; isolation, long quiet evenings",
          ["would not be coming back", "very quiet", "evenings are long"], [blog("the-quiet-house")]),
    ],
    "decoys": [
        D(blog("dulcie"), "Births, Deaths and Marriages", ["employer"], "A state registry he ordered a certificate from."),
        D(blog("dulcie"), "passenger lists", ["official_information", "systems_information"],
          "Nineteenth-century shipping records for genealogy."),
        D(blog("the-laptop-and-the-phone"), "GEDCOM", ["systems_information"], "His home genealogy files."),
        D(blog("kirsty"), "the hospital", ["work_location"], "His daughter's workplace, not his."),
    ],
}

# ---------------------------------------------------------------------------------------------------------
fb = "/forum/u/brodie_k/"
TRUTH["lincolnsparky"] = {
    "comment": "Critical. A trade forum registered with his Border Force email: the port at Port Lincoln, a smuggled "
               "cigarette find in an engine-room switchboard, boarding tablets dropping ICS and one laptop login on "
               "the screen, a $40k tax debt from a failed business, 7 on 7 off with 6am starts, wife, son and his "
               "footy team, his offsider, an old apprentice, a phone number and his suburb.",
    "subject": {"name": "Brodie Kearsley", "aliases": ["brodie_k"], "risk_band": "critical", "rank": 3},
    "profiles": [{"path": fb, "platform": "html"}],
    "facts": [
        F("employer", "Australian Border Force", ["ABF"], [forum(fb)]),
        F("corporate_identifier", "brodie.kearsley@abf.gov.au (forum email on file)", ["brodie.kearsley@abf.gov.au"],
          [forum(fb)]),
        F("work_location", "Port Lincoln wharf", ["wharf at Port Lincoln", "down at the port"],
          [forum(fb, "5540"), forum(fb)]),
        F("home_location", "Kirton Point, Port Lincoln SA", ["Kirton Point"], [forum(fb)]),
        F("routine", "7 on 7 off, 6am starts on his week on", ["7 on 7 off", "6am starts"], [forum(fb, "5601")]),
        F("family", "Kylie (wife)", ["Kylie"], [forum(fb, "5512"), forum(fb, "5601")]),
        F("family", "Jayden (son)", ["Jayden"], [forum(fb, "5601")]),
        F("colleague", "Martin Oduya (offsider)", ["Martin Oduya", "Marty"], [forum(fb, "5540")]),
        F("associate", "Tom Delahunty (former apprentice)", ["Tom Delahunty", "Tommo"], [forum(fb, "5650")]),
        F("personal_contact", "0491 570 347", ["0491 570 347"], [forum(fb, "5633")]),
        F("official_information", "6,000 cigarettes found behind an engine-room switchboard on a grain ship; master fined",
          ["6,000 smokes", "Master copped a fine", "grain ship"], [forum(fb, "5540")]),
        F("systems_information", "Boarding tablets drop ICS below deck; one shared laptop login on the screen",
          ["drop the ICS", "One login for that laptop"], [forum(fb, "5577")]),
        F("vulnerability", "Over $40k tax debt from a folded business; tight months",
          ["$40k", "tight as a drum"], [forum(fb, "5512")]),
    ],
    "decoys": [
        D(forum(fb, "5671"), "department store", ["employer"], "Shopping advice about extension leads."),
        D(forum(fb, "5512"), "ATO", ["employer", "official_information"], "His own tax debt, not his employer."),
        D(forum(fb, "5650"), "Port Augusta", ["work_location", "home_location"], "Where his old apprentice works."),
    ],
}

# ---------------------------------------------------------------------------------------------------------
h = "luciasings"
pp = f"{B}/members/lucia"
TRUTH["tischoir"] = {
    "comment": "High. A choir page names her job at TIS National in Home Affairs and gives her work email for gig "
               "bookings; her own posts give her office, handover time and tram, interpreter shortages and a "
               "detention-centre call, the allocation system's outage, a refused refinance and cut hours, husband, "
               "daughter, choir friend, team leader, and her suburb.",
    "subject": {"name": "Lucia Ferraro-Dunne", "aliases": ["luciasings", "@luciasings"], "risk_band": "high", "rank": 4},
    "profiles": [{"path": "/members/lucia", "platform": "html"}, {"path": "/social/@luciasings", "platform": "activitypub"}],
    "facts": [
        F("employer", "Home Affairs (TIS National)", ["TIS National", "Home Affairs"], [pp]),
        F("official_contact", "lucia.ferraro-dunne@homeaffairs.gov.au (choir gig bookings)",
          ["lucia.ferraro-dunne@homeaffairs.gov.au"], [pp]),
        F("work_location", "Lonsdale St office, Melbourne", ["Lonsdale St office"], [ap(h, 2205)]),
        F("home_location", "Brunswick West VIC", ["Brunswick West"], [ap(h), pp]),
        F("routine", "Wednesday choir rehearsal 7.30, Brunswick Uniting hall", ["Wednesday rehearsal", "7.30"], [pp]),
        F("routine", "Handover 3.30, the 19 tram, school pickup 4.15 most days",
          ["handover at 3.30", "4.15 pickup", "the 19"], [ap(h, 2205)]),
        F("family", "Aidan (husband)", ["Aidan"], [pp, ap(h, 2204)]),
        F("family", "Sofia (daughter)", ["Sofia"], [pp, ap(h, 2205)]),
        F("associate", "Marguerite O'Hehir (choir friend)", ["Marguerite O'Hehir", "Marguerite", "Marg"],
          [pp, ap(h, 2201), ap(h, 2207)]),
        F("colleague", "Anh (team leader)", ["Anh"], [ap(h, 2203)]),
        F("official_information", "Forty-minute waits for Dari interpreters; a 2am detention-centre call needing Tigrinya",
          ["forty-minute waits", "detention centre", "Tigrinya"], [ap(h, 2202)]),
        F("systems_information", "Interpreter allocation system down three hours (expired certificate); spreadsheet fallback",
          ["allocation system", "certificate expired", "shared spreadsheet"], [ap(h, 2203)]),
        F("vulnerability", "Refinance refused, husband's hours cut, bills overdue",
          ["refinance", "hours got cut", "bill is overdue"], [ap(h, 2204)]),
    ],
    "decoys": [
        D(ap(h, 2206), "Border Security", ["employer", "official_information"], "An old TV episode."),
        D(pp, "Merri Creek Community Choir", ["employer"], "A volunteer choir."),
        D(ap(h, 2204), "warehouse", ["work_location"], "Her husband's workplace."),
    ],
}

# ---------------------------------------------------------------------------------------------------------
HOME = (-42.86480, 147.28830)
r = "plots"
TRUTH["hobartplots"] = {
    "comment": "High. A community-garden blog: Border Force at Macquarie Wharf, a cruise ship cleared by four "
               "officers, a crewman held off the Antarctic supply ship, Saturday garden hours and early wharf "
               "starts, wife and son, a garden friend and a colleague by name, a personal email, and georss at "
               "her back step in Lenah Valley.",
    "subject": {"name": "Annika Lowe", "aliases": ["Plot 14 and Other Disasters"], "risk_band": "high", "rank": 5},
    "profiles": [{"path": "/plots/", "platform": "html"}],
    "facts": [
        F("employer", "Australian Border Force", ["Border Force"], [blog("cruise-season", r)]),
        F("work_location", "Macquarie Wharf, Hobart", ["Macquarie Wharf"], [blog("cruise-season", r)]),
        F("home_location", "Lenah Valley TAS", ["Lenah Valley"],
          [blog(None, r), blog("back-step", r), feed(r), blog("seed-swap", r)], *HOME),
        F("geotag", "-42.8648, 147.2883", ["-42.8648", "147.2883"],
          [feed(r), blog("back-step", r), blog("seed-swap", r)], *HOME),
        F("routine", "Saturday mornings 8 till 11 at plot 14; on the wharf from 6 when a cruise ship is in",
          ["Saturday mornings, 8 till 11", "on the wharf from 6"], [blog("garlic-in", r)]),
        F("family", "Robyn (wife)", ["Robyn"], [blog("back-step", r)]),
        F("family", "Callum (son)", ["Callum"], [blog("back-step", r)]),
        F("associate", "Hamish Bright (garden plot neighbour)", ["Hamish Bright", "Hamish"],
          [blog("garlic-in", r), blog("seed-swap", r)]),
        F("colleague", "Deb Aitken (colleague)", ["Deb Aitken", "Deb"], [blog("cruise-season", r)]),
        F("official_information", "3,800 cruise passengers cleared with four officers on the desks",
          ["3,800 passengers", "four of us on the desks"], [blog("cruise-season", r)]),
        F("official_information", "A crewman taken off the Antarctic supply ship and held six hours; an unreported yacht",
          ["Antarctic supply ship", "six hours", "report in"], [blog("icebreaker", r)]),
        F("personal_contact", "annika.grows@fastmail.example", ["annika.grows@fastmail.example"], [blog(None, r), feed(r)]),
    ],
    "decoys": [
        D(blog("seed-swap", r), "department store", ["employer"], "Shopping bags."),
        D(blog("back-step", r), "Launceston", ["home_location", "work_location"], "Her son's university town."),
        D(blog("garlic-in", r), "plot 9", ["home_location"], "A garden plot, not a home."),
    ],
}

# ---------------------------------------------------------------------------------------------------------
h = "tessreads"
HOME = (-35.22380, 149.01240)
TRUTH["foibookclub"] = {
    "comment": "High. A book-club account with her Home Affairs email as its contact field: FOI work on thirty-seven "
               "requests about a detention incident and one at IC review, the records system timing out, a third "
               "knock-back with a grievance at the Minister's office, her office and suburb (a place-tagged porch "
               "note), second-Tuesday book club at a named friend's, sister and nephew, a Matrix handle.",
    "subject": {"name": "Tess Kavanagh", "aliases": ["tessreads", "@tessreads"], "risk_band": "high", "rank": 6},
    "profiles": [{"path": "/social/@tessreads", "platform": "activitypub"}],
    "facts": [
        F("employer", "Department of Home Affairs", ["Home Affairs"], [ap(h)]),
        F("corporate_identifier", "tess.kavanagh@homeaffairs.gov.au (account contact field)",
          ["tess.kavanagh@homeaffairs.gov.au"], [ap(h)]),
        F("work_location", "Home Affairs Belconnen office", ["Belco office"], [ap(h, 3307)]),
        F("home_location", "Holt ACT", ["Holt"], [ap(h, 3305), ap_id(h, 3305)], *HOME),
        F("geotag", "-35.2238, 149.0124", ["-35.2238", "Holt, ACT"], [ap(h, 3305), ap_id(h, 3305)], *HOME),
        F("routine", "Book club every second Tuesday, 6.30, at Ruth's", ["every second Tuesday", "6.30"],
          [ap(h, 3301), ap(h)]),
        F("family", "Nell and Fin (sister and nephew)", ["Nell", "nephew Fin", "Fin"], [ap(h, 3306)]),
        F("associate", "Ruth Abara (book club friend)", ["Ruth Abara", "Ruth"], [ap(h, 3301), ap(h, 3306)]),
        F("official_information", "Thirty-seven FOI requests on one detention incident due Friday; one at IC review",
          ["Thirty-seven requests", "detention incident", "IC review"], [ap(h, 3302)]),
        F("systems_information", "Records system search times out before 2015; old shared drive trawled by hand",
          ["records system", "times out", "shared drive"], [ap(h, 3303)]),
        F("vulnerability", "Passed over a third time; grievance about the Minister's office",
          ["Third time passed over", "Minister's office"], [ap(h, 3304)]),
        F("personal_contact", "Matrix @tesskav:matrix.example", ["@tesskav:matrix.example"], [ap(h)]),
    ],
    "decoys": [
        D(ap(h, 3307), "Department of Guilt", ["employer"], "A joke about a library book."),
        D(ap(h, 3308), "The Bureau", ["employer", "official_information"], "A French TV drama."),
        D(ap(h, 3308), "Westfield", ["work_location"], "A shopping centre."),
    ],
}

# ---------------------------------------------------------------------------------------------------------
h = "jaxruns"
HOME = (-38.02240, 144.40790)
TRUTH["avalonrun"] = {
    "comment": "High. Terse lowercase running posts: Border Force at Avalon, three on the desks for an early "
               "KL flight and a ketamine find, Tuesday/Thursday 5.30 intervals then a 10am start, the ute "
               "repossessed, a running friend and his brother, a phone in the bio, home in Lara by two GPS photos.",
    "subject": {"name": "Jaxon Treloar", "aliases": ["jaxruns", "@jaxruns"], "risk_band": "high", "rank": 7},
    "profiles": [{"path": "/social/@jaxruns", "platform": "activitypub"}],
    "facts": [
        F("employer", "Australian Border Force", ["border force"], [ap(h, 4402)]),
        F("work_location", "Avalon Airport", ["avalon"], [ap(h, 4402)]),
        F("home_location", "Lara VIC", ["lara"],
          [ap(h, 4405), media("frost-lawn.jpg"), media("pre-run-yard.jpg"), ap(h, 4401)], *HOME, 100),
        F("geotag", "-38.0224, 144.4079", ["-38.022"],
          [media("pre-run-yard.jpg"), ap(h, 4401), media("frost-lawn.jpg"), ap(h, 4405)], *HOME, 100),
        F("routine", "Tuesday and Thursday 5.30am intervals at the Lara track, then a 10am start",
          ["tues and thurs 5.30am", "10am start"], [ap(h, 4401)]),
        F("official_information", "Three officers on the desks for 370 passengers; 2 kg of ketamine in a yoga mat",
          ["3 of us on the desks", "2kg of ketamine", "370 pax"], [ap(h, 4402)]),
        F("vulnerability", "Ute repossessed, three payments behind", ["took the ute", "3 payments behind"], [ap(h, 4404)]),
        F("associate", "Rhiannon Sault (running friend)", ["Rhiannon Sault", "rhi"], [ap(h, 4403), ap(h, 4406)]),
        F("family", "Kane (brother)", ["kane"], [ap(h, 4405), ap(h, 4407)]),
        F("personal_contact", "0491 570 118", ["0491 570 118"], [ap(h)]),
    ],
    "decoys": [
        D(ap(h, 4407), "border security", ["employer", "official_information"], "A TV show."),
        D(ap(h), "You Yangs Harriers", ["employer"], "His running club."),
        D(ap(h, 4406), "surf coast trail marathon", ["routine", "work_location"], "A race he is being talked into."),
    ],
}

# ---------------------------------------------------------------------------------------------------------
h = "wendyturns"
pp = f"{B}/makers/wendy-szabo"
TRUTH["edenturning"] = {
    "comment": "High. A maker page in her own words says Border Force on the cruise wharf at Eden and gives her "
               "work mobile for ship days beside her own; every second Saturday at a named market; husband by name "
               "and nickname, stall neighbour; one post on staffing five short for two ships.",
    "subject": {"name": "Wendy Szabo", "aliases": ["wendyturns", "@wendyturns"], "risk_band": "high", "rank": 8},
    "profiles": [{"path": "/makers/wendy-szabo", "platform": "html"}, {"path": "/social/@wendyturns", "platform": "activitypub"}],
    "facts": [
        F("employer", "Australian Border Force", ["Border Force"], [pp]),
        F("work_location", "Port of Eden cruise wharf", ["Port of Eden", "Eden"], [pp, ap(h, 5502)]),
        F("official_contact", "work mobile 0491 570 664", ["0491 570 664"], [pp]),
        F("personal_contact", "0491 570 521", ["0491 570 521"], [pp]),
        F("home_location", "Pambula NSW", ["Pambula"], [pp]),
        F("routine", "Every second Saturday at the Merimbula market, 8 till 1", ["every second Saturday", "8 till 1"],
          [pp]),
        F("family", "Laszlo (husband)", ["Laszlo", "Laz"], [pp, ap(h, 5502), ap(h, 5504)]),
        F("associate", "Bev Okonkwo (market stall neighbour)", ["Bev Okonkwo", "Bev"], [ap(h, 5501), pp, ap(h, 5503)]),
        F("official_information", "Two cruise ships in one day with five officers short; passengers queued ninety minutes",
          ["five short", "an hour and a half"], [ap(h, 5502)]),
    ],
    "decoys": [
        D(ap(h, 5504), "department store", ["employer"], "Shop-bought bowls."),
        D(pp, "Sapphire Coast Makers Market", ["employer"], "The market's page."),
        D(ap(h, 5503), "Bev's place", ["home_location"], "A friend's property."),
    ],
}

# ---------------------------------------------------------------------------------------------------------
fb = "/board/members/kalodge/"
TRUTH["williamtownchoir"] = {
    "comment": "Moderate. A choir noticeboard: Border Force rosters, the airport at Williamtown with two on for the "
               "Bali flight, her work email for sheet music, Monday rehearsals, daughter and her TAFE, a colleague "
               "who drives her in, her suburb.",
    "subject": {"name": "Kerry-Anne Lodge", "aliases": ["KALodge"], "risk_band": "moderate", "rank": 9},
    "profiles": [{"path": fb, "platform": "html"}],
    "facts": [
        F("employer", "Australian Border Force", ["Border Force"], [forum(fb, "326")]),
        F("work_location", "Newcastle Airport, Williamtown", ["Williamtown"], [forum(fb, "326")]),
        F("official_contact", "kerry-anne.lodge@abf.gov.au (for sheet music)", ["kerry-anne.lodge@abf.gov.au"],
          [forum(fb, "318")]),
        F("home_location", "Medowie NSW", ["Medowie"], [forum(fb), forum(fb, "301")]),
        F("routine", "Monday rehearsals at 7, swapping off the late shift", ["Monday rehearsals at 7", "late shift"],
          [forum(fb, "301")]),
        F("family", "Tayla (daughter)", ["Tayla"], [forum(fb, "341")]),
        F("colleague", "Nick Baptiste (colleague)", ["Nick Baptiste", "Nick"], [forum(fb, "341")]),
        F("official_information", "Two officers for the rescheduled Bali flight after the third desk was pulled",
          ["only two of us", "third desk"], [forum(fb, "326")]),
    ],
    "decoys": [
        D(forum(fb, "355"), "border collie", ["employer"], "A raffle prize."),
        D(forum(fb, "341"), "Hunter TAFE", ["work_location", "employer"], "Her daughter's college."),
        D(forum(fb), "Soprano 2", ["employer"], "Her choir part."),
    ],
}

# ---------------------------------------------------------------------------------------------------------
r = "loaf"
TRUTH["prospectloaf"] = {
    "comment": "Moderate. A gentle sourdough blog: one reflective post says Home Affairs and regional skilled visas, "
               "nine hundred applications with six staff, ICSE taking forty seconds a file; her Adelaide office, her "
               "suburb, Sunday bake times and her partner.",
    "subject": {"name": "Mira Castellanos", "aliases": ["Slow Rise"], "risk_band": "moderate", "rank": 10},
    "profiles": [{"path": "/loaf/", "platform": "html"}],
    "facts": [
        F("employer", "Department of Home Affairs", ["Home Affairs"], [blog("patience", r)]),
        F("work_location", "Home Affairs Adelaide office", ["Adelaide office"], [blog("rye", r)]),
        F("home_location", "Prospect SA", ["Prospect"], [blog(None, r), feed(r), blog("crumb-shot", r)]),
        F("routine", "Sunday bake: feed Saturday around 9, mix at 7 Sunday, loaf out about 4",
          ["Sunday is bake day", "Saturday night around 9", "mix at 7"], [blog("gregory", r)]),
        F("family", "Beto (partner)", ["Beto"], [blog("gregory", r), blog("crumb-shot", r)]),
        F("official_information", "DAMA nominations doubled; about nine hundred applications with six staff",
          ["DAMA", "nine hundred applications", "six of us"], [blog("patience", r)]),
        F("systems_information", "ICSE takes about forty seconds to open each file", ["ICSE", "forty seconds"],
          [blog("patience", r)]),
    ],
    "decoys": [
        D(blog("rye", r), "department store", ["employer"], "Shop flour."),
        D(blog("crumb-shot", r), "Prospect Road bakery", ["work_location", "employer"], "A local bakery."),
        D(blog("gregory", r), "Gregory", ["family", "associate"], "Her sourdough starter."),
    ],
}

# ---------------------------------------------------------------------------------------------------------
r = "notes"
pp = f"{B}/people/hannah-wirth"
TRUTH["fieldworkphd"] = {
    "comment": "NEGATIVE CONTROL (low). A PhD researcher whose whole subject is Border Force: thesis title, former "
               "officers interviewed, Estimates detention figures, SmartGates, FOI releases, Border Security on TV. "
               "None of it makes her staff. Her own exposures: suburb, Friday swim, partner, private email.",
    "subject": {"name": "Hannah Wirth", "aliases": ["Field Notes from Nowhere in Particular"], "risk_band": "low", "rank": 11},
    "profiles": [{"path": "/people/hannah-wirth", "platform": "html"}, {"path": "/notes/", "platform": "html"}],
    "facts": [
        F("home_location", "O'Connor ACT", ["O'Connor"], [blog(None, r), feed(r)]),
        F("routine", "Fridays at 7, swim at the Dickson pool", ["Fridays at 7", "Dickson pool"], [blog("swim", r)]),
        F("family", "Jonah (partner)", ["Jonah"], [blog("estimates", r)]),
        F("personal_contact", "hannah.wirth@postbox.example", ["hannah.wirth@postbox.example"], [pp]),
    ],
    "decoys": [
        D(pp, "Australian Border Force officers", ["employer", "colleague"], "Her thesis title: her research subject."),
        D(pp, "released under FOI by Home Affairs", ["employer", "official_information"], "Public FOI documents she reads."),
        D(blog("estimates", r), "detention population figures", ["official_information"], "Public Senate Estimates figures."),
        D(blog("smartgates", r), "SmartGates", ["systems_information"], "Public discussion of airport kiosks."),
        D(blog("fieldwork-ethics", r), "Officer K", ["colleague", "associate"], "An anonymised interviewee."),
        D(blog("swim", r), "Border Security", ["employer", "official_information"], "A TV show, for a chapter."),
        D(blog("estimates", r), "tax office", ["employer", "work_location"], "Her partner's employer."),
    ],
}

# ---------------------------------------------------------------------------------------------------------
h = "fayeg"
HOME = (-37.96620, 145.17480)
TRUTH["drophelper"] = {
    "comment": "NEGATIVE CONTROL (low). An asylum-seeker volunteer: MITA visits, Border Force officers at the gate, "
               "Home Affairs letters, visa forms, 'the department' changing a form. None of it is her employer or "
               "official information. Her own exposures: home by two GPS garden photos, Tuesday drop-in times, a "
               "fellow volunteer, her son.",
    "subject": {"name": "Faye Gunasekera", "aliases": ["fayeg", "@fayeg"], "risk_band": "low", "rank": 12},
    "profiles": [{"path": "/social/@fayeg", "platform": "activitypub"}],
    "facts": [
        F("home_location", "Noble Park VIC", ["Noble Park"],
          [ap(h, 6603), media("tomatoes.jpg"), media("fence.jpg"), ap(h, 6605)], *HOME, 100),
        F("geotag", "-37.9662, 145.1748", ["-37.966"],
          [media("tomatoes.jpg"), ap(h, 6603), media("fence.jpg"), ap(h, 6605)], *HOME, 100),
        F("routine", "Tuesdays 10 till 2 at the drop-in, then the 3.10 train", ["Tuesdays 10 till 2", "3.10 train"],
          [ap(h, 6601)]),
        F("associate", "Moses Deng (fellow volunteer)", ["Moses Deng", "Moses"], [ap(h, 6602), ap(h, 6605)]),
        F("family", "Dilan (son)", ["Dilan"], [ap(h, 6606)]),
    ],
    "decoys": [
        D(ap(h, 6602), "Border Force officers at the gate", ["employer", "colleague"], "Officers she met on a visit."),
        D(ap(h, 6602), "MITA in Broadmeadows", ["work_location", "official_information"], "A detention centre she visits."),
        D(ap(h, 6601), "Home Affairs", ["employer"], "Letters she helps translate."),
        D(ap(h, 6604), "changed the form again", ["official_information", "systems_information"], "A public form."),
        D(ap(h, 6605), "border collie", ["employer"], "A neighbour's dog."),
        D(ap(h, 6606), "Perth", ["home_location"], "Where her son lives."),
    ],
}

# ---------------------------------------------------------------------------------------------------------
fb = "/community/members/dawn_spins/"
TRUTH["kingstonyarns"] = {
    "comment": "NEGATIVE CONTROL (low). A retired Customs officer's wife on a spinning forum: his retirement from "
               "Customs, his war story of a 1994 heroin bust, Customs House sandstone, a department store, Border "
               "Security on TV. She is not staff and he left long ago. Her own exposures: her suburb and Thursday "
               "circle, her husband by name, a phone number offered while lonely.",
    "subject": {"name": "Dawn Pettigrew", "aliases": ["dawn_spins"], "risk_band": "low", "rank": 13},
    "profiles": [{"path": fb, "platform": "html"}],
    "facts": [
        F("home_location", "Kingston TAS", ["Kingston"], [forum(fb), forum(fb, "915")]),
        F("routine", "Thursday spinning circle at the Kingston library, 1 till 3, every week",
          ["Thursday circle", "1 till 3"], [forum(fb, "881")]),
        F("family", "Ronald Pettigrew (husband)", ["Ronald Pettigrew", "Ron"],
          [forum(fb, "889"), forum(fb, "902"), forum(fb, "915"), forum(fb, "927")]),
        F("personal_contact", "02 5550 7316", ["02 5550 7316"], [forum(fb, "915")]),
        F("vulnerability", "Lonely since her husband went into respite care", ["terribly quiet", "love the company"],
          [forum(fb, "915")]),
    ],
    "decoys": [
        D(forum(fb, "889"), "retired from Customs", ["employer"], "Her husband's former job, long retired."),
        D(forum(fb, "889"), "heroin bust on the Hobart wharf", ["official_information", "work_location"],
          "A 1994 dinner-party story, not current official information."),
        D(forum(fb, "902"), "Customs House", ["work_location", "employer"], "A joke about a dye colour."),
        D(forum(fb, "927"), "department store", ["employer"], "A shop."),
        D(forum(fb, "927"), "Border Security", ["employer", "official_information"], "A TV show."),
        D(forum(fb, "927"), "Huonville", ["home_location"], "A wool shop's town."),
        D(forum(fb, "915"), "respite care", ["work_location"], "Where her husband is staying."),
    ],
}


def _q(v) -> str:
    return json.dumps(v, ensure_ascii=False)


def render(name: str, t: dict) -> str:
    out = [f"# Ground truth for held-out set 37 persona {name!r} (FICTIONAL). Written blind; see tests/heldout/README.md.",
           "# Generated by tests/heldout/set37/_truth.py: edit there and rerun.", "#"]
    words, line = t["comment"].split(), "#"
    for w in words:
        if len(line) + len(w) + 1 > 110:
            out.append(line)
            line = "#"
        line += " " + w
    out += [line, "", "[subject]"]
    s = t["subject"]
    out += [f"name = {_q(s['name'])}", f"aliases = {_q(s['aliases'])}", 'organisation = "dibp"',
            f"risk_band = {_q(s['risk_band'])}", f"rank = {s['rank']}", ""]
    for p in t["profiles"]:
        out += ["[[profiles]]", f"path = {_q(p['path'])}", f"platform = {_q(p['platform'])}", ""]
    for f in t["facts"]:
        out += ["[[facts]]", f"category = {_q(f['category'])}", f"value = {_q(f['value'])}", f"keys = {_q(f['keys'])}",
                f"urls = {_q(f['urls'])}"]
        if "lat" in f:
            out += [f"lat = {f['lat']}", f"lon = {f['lon']}"]
            if "radius_m" in f:
                out.append(f"radius_m = {f['radius_m']}")
        out.append("")
    for d in t["decoys"]:
        out += ["[[decoys]]", f"url = {_q(d['url'])}", f"phrase = {_q(d['phrase'])}",
                f"not_categories = {_q(d['not_categories'])}", f"why = {_q(d['why'])}", ""]
    return "\n".join(out)


if __name__ == "__main__":
    from collections import Counter
    counts = Counter()
    for name, t in TRUTH.items():
        (HERE / name / "persona.toml").write_text(render(name, t), encoding="utf-8")
        counts.update(f["category"] for f in t["facts"])
        print(f"{name}: {len(t['facts'])} facts, {len(t['decoys'])} decoys")
    print(sum(counts.values()), dict(sorted(counts.items())))
