"""Ground truth for held-out set 40, written by hand as tables; run to rewrite every persona.toml.

    .venv/bin/python tests/heldout/set40/_truth.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B = "{{BASE}}"
TRUTH: dict[str, dict] = {}


def F(cat, value, keys, urls, lat=None, lon=None, radius=None):
    f = {"category": cat, "value": value, "keys": list(keys), "urls": [B + u for u in urls]}
    if lat is not None:
        f["lat"], f["lon"] = lat, lon
        if radius:
            f["radius_m"] = radius
    return f


def D(url, phrase, cats, why):
    return {"url": B + url, "phrase": phrase, "not_categories": list(cats), "why": why}


def person(name, subject, aliases, band, rank, profiles, facts, decoys, note):
    TRUTH[name] = {"subject": subject, "aliases": aliases, "band": band, "rank": rank,
                   "profiles": profiles, "facts": facts, "decoys": decoys, "note": note}


def q(v):
    return json.dumps(v, ensure_ascii=False)


def write(name, t):
    out = [f"# Ground truth for set 40 persona {name!r} (FICTIONAL). Written blind; see tests/heldout/README.md.",
           *[f"# {line}" for line in t["note"].split("\n")], "",
           "[subject]", f"name = {q(t['subject'])}", f"aliases = {q(t['aliases'])}", 'organisation = "dibp"',
           f"risk_band = {q(t['band'])}", f"rank = {t['rank']}", ""]
    for path, platform in t["profiles"]:
        out += ["[[profiles]]", f"path = {q(path)}", f"platform = {q(platform)}", ""]
    for f in t["facts"]:
        out += ["[[facts]]", f"category = {q(f['category'])}", f"value = {q(f['value'])}",
                f"keys = {q(f['keys'])}", f"urls = {q(f['urls'])}"]
        if "lat" in f:
            out += [f"lat = {f['lat']}", f"lon = {f['lon']}"]
            if "radius_m" in f:
                out.append(f"radius_m = {f['radius_m']}")
        out.append("")
    for d in t["decoys"]:
        out += ["[[decoys]]", f"url = {q(d['url'])}", f"phrase = {q(d['phrase'])}",
                f"not_categories = {q(d['not_categories'])}", f"why = {q(d['why'])}", ""]
    (HERE / name / "persona.toml").write_text("\n".join(out), encoding="utf-8")


# --- bowlsdes ---------------------------------------------------------------------------------------
_b, _f = "/bowls/posts/", "/forum/u/desh_skip/"
person("bowlsdes", "Des Halloran", ["desh_skip", "Des"], "critical", 1,
       [("/bowls/", "html"), ("/forum/u/desh_skip/", "html")], [
    F("employer", "Australian Border Force", ["Border Force"], [_b + "hello-from-des/", _b + "winter-ramble/"]),
    F("work_location", "Bendigo office", ["Bendigo office"], [_b + "hello-from-des/"]),
    F("home_location", "Strathfieldsaye VIC", ["Strathfieldsaye"], [_b + "hello-from-des/", "/bowls/"]),
    F("routine", "Tuesday pennant practice 1pm, Thursday nights on the bar from 6; field jobs Mondays and Wednesdays, "
      "on the road by 4am", ["Tuesdays is pennant practice", "Thursday nights", "on the road by 4am",
      "Mondays and Wednesdays"], [_b + "pennant-and-the-draw/", _f + "t/5102/"]),
    F("family", "Noreen (wife)", ["Noreen", "the wife", "the missus"], [_b + "hello-from-des/", _b + "winter-ramble/"]),
    F("colleague", "Gary McAlister (offsider)", ["Gary McAlister", "Macca"], [_b + "a-quiet-month-for-me/"]),
    F("associate", "Sid Ferris (bowls lead)", ["Sid Ferris", "Sid"], [_b + "pennant-and-the-draw/"]),
    F("personal_contact", "0491 570 118; deshalloran@strathmail.example",
      ["0491 570 118", "deshalloran@strathmail.example"], [_b + "pennant-and-the-draw/"]),
    F("official_contact", "des.halloran@abf.gov.au", ["des.halloran@abf.gov.au"], [_b + "sponsors-please/"]),
    F("corporate_identifier", "des.halloran@abf.gov.au", ["des.halloran@abf.gov.au"], [_f]),
    F("official_information", "Robinvale farm operation: 14 overstayers located, labour hire, a tip-off",
      ["Robinvale", "14 people located", "tipped off"], [_b + "a-quiet-month-for-me/"]),
    F("systems_information", "FOCUS field handheld with no signal; passport numbers read to the Canberra duty line",
      ["FOCUS", "duty line"], [_b + "sponsors-please/"]),
    F("vulnerability", "gambling losses and card debt hidden from his wife",
      ["Down $2,300", "the punt", "18k on the cards", "doesn't see the statement"], [_f + "t/5101/", _f + "t/5103/"]),
    F("vulnerability", "passed over for team leader three times; grievance",
      ["missed out on the team leader job", "that's what you get"], [_b + "winter-ramble/"]),
], [
    D(_b + "sponsors-please/", "Myer department store", ["employer", "work_location"], "A shop that gave a raffle voucher."),
    D(_b + "pennant-and-the-draw/", "border collie", ["employer"], "A bowls mate's dog."),
    D(_b + "hello-from-des/", "Epsom club", ["work_location", "employer"], "A rival bowls club."),
    D(_b + "hello-from-des/", "from Eaglehawk", ["home_location"], "Where they lived before 2011."),
], "Critical: names Border Force and the Bendigo office in a public column, a raid with a tip-off, a failing field\n"
   "system, his work email twice (contact and forum registration), gambling debt hidden from his wife, a grievance.")


# --- mailgran ---------------------------------------------------------------------------------------
_a = "/social/@nannamarg/"
_HOME2 = (-33.80100, 150.94400)
person("mailgran", "Marg Pettigrew", ["nannamarg", "Marg P"], "critical", 2,
       [("/social/@nannamarg", "activitypub")], [
    F("employer", "Australian Border Force", ["Border Force"], [_a + "7002"]),
    F("work_location", "mail centre, Rydalmere", ["mail centre at Rydalmere", "Rydalmere"], [_a + "7002"]),
    F("routine", "6 till 2:30, Monday to Friday, at the mail centre", ["6 till 2:30", "6am start"], [_a + "7002"]),
    F("home_location", "Girraween NSW", ["Girraween"], [_a + "7008", _a + "7001", _a + "7009",
                                                        "/media/clam-pool.jpg", "/media/jacarandas.jpg"], *_HOME2, 150),
    F("geotag", "GPS in backyard and street photos, Girraween", ["Girraween"],
      ["/media/clam-pool.jpg", _a + "7001", "/media/jacarandas.jpg", _a + "7009"], *_HOME2, 150),
    F("family", "Mia, Jayden, Charlie and Rosie (grandchildren)", ["Mia", "Jayden", "Charlie", "Rosie"], [_a + "7001", _a + "7006"]),
    F("family", "Ken (husband)", ["Ken", "Pop"], [_a + "7006", _a + "7009", _a + "7007"]),
    F("colleague", "Deb Stanton (fellow handler)", ["Deb Stanton", "Deb"], [_a + "7004"]),
    F("official_information", "mail-centre seizure: 4 kg of meth in ceramic frogs, pill presses in a treadmill",
      ["4 kilos of meth", "pill presses", "ceramic frogs"], [_a + "7003"]),
    F("systems_information", "mail-centre x-ray down three days; link to the Canberra system drops in rain",
      ["x-ray at work went down", "old system in Canberra"], [_a + "7005"]),
    F("vulnerability", "re-mortgaged to cover a son's failing business; not sleeping",
      ["re-mortgage", "paying the house off, not on"], [_a + "7007"]),
    F("personal_contact", "0491 570 243", ["0491 570 243"], [_a + "7008"]),
], [
    D(_a + "7006", "Border Security", ["employer", "official_information"], "A TV show."),
    D(_a + "7006", "border collie", ["employer"], "A plush toy."),
    D(_a + "7002", "overnight flights", ["work_location"], "Where parcels come from, not a site."),
    D("/social/@nannamarg", "Labrador tragic", ["employer"], "A hobby, not the dog unit."),
], "Critical: Border Force dog handler at a named mail centre with shift hours, a seizure and an x-ray outage,\n"
   "home shown by GPS photos and a for-sale post, grandchildren by name, a re-mortgage under strain.")


# --- capeblue ---------------------------------------------------------------------------------------
_l, _a = "/lap/posts/", "/social/@bluedunstan/"
_HOME3 = (-25.29300, 152.90400)
person("capeblue", "Kevin Dunstan", ["Blue", "Blue D", "bluedunstan"], "high", 3,
       [("/lap/", "html"), ("/social/@bluedunstan", "activitypub")], [
    F("employer", "Australian Border Force (Marine Unit)", ["Border Force", "Cape class"], [_l + "why-the-instalments/"]),
    F("work_location", "Cairns (patrol boat home port)", ["out of Cairns", "Cairns"], [_l + "why-the-instalments/", _a + "8001"]),
    F("home_location", "Urangan, Hervey Bay QLD", ["Urangan", "Hervey Bay"],
      [_l + "home-between-hitches/", "/lap/", "/lap/feed.xml"], *_HOME3, 150),
    F("geotag", "georss point on a post, Urangan", ["Urangan"], [_l + "home-between-hitches/", "/lap/feed.xml"], *_HOME3, 150),
    F("routine", "28 on 28 off; fly out Tuesday, house empty while they travel",
      ["twenty eight off", "on the Tuesday morning flight", "the house is empty", "Crew change Tuesday"],
      [_l + "the-routine/", _l + "why-the-instalments/", _a + "8001"]),
    F("family", "Lorraine (wife)", ["Lorraine", "the boss", "the missus"], [_l + "home-between-hitches/", _a + "8003"]),
    F("family", "Ava and Harrison (grandchildren)", ["Ava", "Harrison"], [_l + "grandkids-at-the-lake/"]),
    F("associate", "Pete Morrow (neighbour with a key)", ["Pete Morrow", "Pete"], [_l + "the-routine/"]),
    F("colleague", "Marty Keogh (coxswain)", ["Marty Keogh"], [_a + "8002"]),
    F("official_information", "two Indonesian fishing boats off the Wessels, 600 kg trepang, hulls burnt at Gove",
      ["trepang", "Wessels", "hulls got burnt"], [_l + "why-the-instalments/"]),
    F("systems_information", "patrol boat surveillance radar and Coastwatch feed dropping north of Cape Grenville",
      ["surveillance radar", "Coastwatch feed", "same patch"], [_l + "a-moan-about-radar/"]),
    F("vulnerability", "wife left for her sister's; low", ["gone to her sister's", "Bit flat"], [_a + "8003"]),
], [
    D(_a + "8005", "border collie", ["employer"], "A caravan-park dog."),
    D(_l + "grandkids-at-the-lake/", "Lake Monduran", ["work_location", "home_location"], "A holiday spot."),
    D(_a + "8003", "Maryborough", ["home_location"], "Her sister's town, not his home."),
], "High: Border Force patrol-boat crew named with its port, 28/28 swings with the house empty and a neighbour's\n"
   "key, georss at home, an operation and a radar fault, wife gone to her sister's.")


# --- oldcustomshand ---------------------------------------------------------------------------------
_w, _p = "/wharf/posts/", "/probus/speakers/graham-whitlock"
_posts4 = [_w + s + "/" for s in ("about-this-blog", "honey-that-wasnt", "two-sets-of-books", "the-652",
                                  "retirement-sums", "old-mates")]
person("oldcustomshand", "Graham Whitlock", ["Graham"], "high", 4,
       [("/wharf/", "html"), (_p, "html")], [
    F("employer", "Australian Border Force", ["Border Force"], [_w + "about-this-blog/", _p]),
    F("work_location", "La Trobe St office, Melbourne", ["La Trobe St office"], [_w + "about-this-blog/"]),
    F("home_location", "Hoppers Crossing VIC", ["Hoppers Crossing"], ["/wharf/", _w + "the-652/"]),
    F("routine", "the 6:52 from Hoppers Crossing, home on the 5:10; wife meets him Tuesdays and Thursdays",
      ["6:52", "5:10"], [_w + "the-652/"]),
    F("family", "Jan (wife)", ["Jan", "the missus"], [_w + "about-this-blog/", _w + "the-652/", _w + "retirement-sums/"]),
    F("colleague", "Sue Dempsey (team manager)", ["Sue Dempsey"], [_w + "retirement-sums/"]),
    F("associate", "Clive Barnes (fishing mate)", ["Clive Barnes", "Clive"], [_w + "old-mates/"]),
    F("official_information", "origin-fraud case: relabelled honey, $2.1 million duty, Federal Court in February",
      ["manuka", "Origin fraud", "Federal Court"], [_w + "honey-that-wasnt/"]),
    F("systems_information", "ICS cannot flag value drops; a saved query run by hand each Monday",
      ["Integrated Cargo System", "ICS", "runs the report by hand"], [_w + "two-sets-of-books/"]),
    F("vulnerability", "super lost on a property deal, hidden from his wife",
      ["super took more of a hit", "than I let on"], [_w + "retirement-sums/"]),
    F("corporate_identifier", "graham.whitlock@abf.gov.au (blog feed author)", ["graham.whitlock@abf.gov.au"],
      ["/wharf/feed.xml", *_posts4]),
    F("official_contact", "0491 570 455 (work mobile)", ["0491 570 455"], [_p]),
], [
    D(_w + "about-this-blog/", "Swanson Dock", ["work_location"], "Where he started in 1991, not where he works now."),
    D(_w + "old-mates/", "angling club", ["employer"], "A fishing club."),
    D(_p, "Werribee Probus Club", ["employer", "work_location"], "The club hosting the talk."),
], "High: names Border Force and his office, a live origin-fraud case headed to court, how the cargo system\n"
   "misses undervaluation, his commute, a hidden money loss; official email as feed author, a work mobile.")


# --- toodyay ----------------------------------------------------------------------------------------
_c, _a = "/parish/council/lorna-fitzsimmons", "/social/@lornaf/"
_HOME5 = (-31.55300, 116.46500)
person("toodyay", "Lorna Fitzsimmons", ["lornaf", "Lorna F"], "high", 5,
       [(_c, "html"), ("/social/@lornaf", "activitypub")], [
    F("employer", "Australian Border Force", ["Border Force"], [_c, _a + "9005"]),
    F("work_location", "Yongah Hill immigration detention centre, Northam", ["Yongah Hill", "Northam"], [_c]),
    F("home_location", "Toodyay WA", ["Toodyay"], [_c, _a + "9001", "/social/@lornaf/statuses/9001"], *_HOME5, 300),
    F("geotag", "place-tagged note at home, Toodyay", ["Toodyay"], [_a + "9001", "/social/@lornaf/statuses/9001"],
      *_HOME5, 150),
    F("routine", "four on four off 6 till 6; choir Wednesdays 7pm; Saturday markets; 8am service on weekends off",
      ["Four on four off", "6 till 6", "choir Wednesdays at 7", "8am service"], [_a + "9002", _c]),
    F("official_information", "rooftop protest for eleven hours, response team from Perth, four officers for 120",
      ["up on the roof", "Four of us on the compound", "response team"], [_a + "9003"]),
    F("systems_information", "compound cameras failing; door swipe cards fail open on power flickers",
      ["swipe cards", "fail open", "cameras in the new compound"], [_a + "9004"]),
    F("colleague", "Jim Pardoe (retiring co-worker)", ["Jim Pardoe", "Jim"], [_a + "9005"]),
    F("family", "Trevor (husband)", ["Trevor"], [_c, _a + "9008"]),
    F("vulnerability", "rostered on every Christmas, strain at home, low", ["what the point of it all is",
      "stopped asking when I'll be home"], [_a + "9008"]),
], [
    D(_a + "9009", "Border Security", ["employer", "official_information"], "A TV show."),
    D(_a + "9009", "Perth airport", ["work_location"], "A TV episode's setting."),
    D(_c, "Moondyne Festival", ["routine", "work_location"], "A yearly town festival."),
], "High: Border Force at a named detention centre on a public parish page, her roster, a roof protest and\n"
   "staffing, doors that fail open, home tagged on a note, granddaughter's school, strain at home.")


# --- trainshed --------------------------------------------------------------------------------------
_t = "/forum/u/ianf_ho/"
person("trainshed", "Ian Foulkes", ["ianf_HO"], "high", 6, [(_t, "html")], [
    F("employer", "Department of Home Affairs", ["Home Affairs"], [_t + "t/6102/", _t]),
    F("work_location", "Brindabella Park", ["Brindabella Park"], [_t + "t/6103/"]),
    F("home_location", "Murrumbateman NSW", ["Murrumbateman"], [_t, _t + "t/6101/", _t + "t/6104/"]),
    F("routine", "drives in at 6:30 weekdays; Thursday 7pm running night at Yass",
      ["6:30 Monday to Friday", "Every Thursday night 7pm"], [_t + "t/6103/"]),
    F("family", "Carol (wife)", ["Carol"], [_t + "t/6101/", _t + "t/6105/"]),
    F("colleague", "Rohan Mistry (mainframe team)", ["Rohan Mistry", "Rohan"], [_t + "t/6106/"]),
    F("associate", "Doug Penney (railway club)", ["Doug Penney", "Doug"], [_t + "t/6106/"]),
    F("personal_contact", "0491 570 512; ianfoulkes@railmail.example", ["0491 570 512", "ianfoulkes@railmail.example"],
      [_t + "t/6104/"]),
    F("corporate_identifier", "ian.foulkes@homeaffairs.gov.au (forum registration)", ["ian.foulkes@homeaffairs.gov.au"], [_t]),
    F("systems_information", "the 'Dinosaur' passenger-movement mainframe: outage of the kiosk alerts feed, three "
      "people who understand it, admin login on a laminated card",
      ["the Dinosaur", "alerts feed", "laminated card", "job scheduler"], [_t + "t/6102/"]),
    F("official_information", "replacement system $300 million over budget and pushed to 2029",
      ["blown its budget", "2029"], [_t + "t/6105/"]),
    F("vulnerability", "redundancy refused; bitter, 'a hostage'", ["a hostage", "Bitter about it", "knocked back"],
      [_t + "t/6105/"]),
], [
    D(_t + "t/6101/", "Goulburn branch", ["work_location"], "A model railway layout."),
    D(_t + "t/6103/", "Yass showground", ["work_location", "home_location"], "An exhibition venue."),
    D(_t + "t/6106/", "Yass club", ["employer"], "A model railway club."),
], "High: Home Affairs named with its site, the legacy passenger system's outage, single points of failure and\n"
   "a shared admin login, the replacement's overrun, a bitter refused redundancy, forum joined with work email.")


# --- darwindog --------------------------------------------------------------------------------------
_r = "/forum/u/barra_ron/"
_HOME7 = (-12.49700, 131.04700)
person("darwindog", "Ron Barkla", ["barra_ron", "Ron"], "high", 7, [(_r, "html")], [
    F("employer", "Australian Border Force", ["Border Force"], [_r + "t/7202/"]),
    F("work_location", "East Arm wharf, Darwin", ["East Arm"], [_r + "t/7202/", _r + "t/7203/"]),
    F("routine", "7 till 3:30 weekdays; Saturday mornings out of Hidden Valley ramp",
      ["7 till 3:30", "Saturday mornings", "Hidden Valley ramp"], [_r + "t/7202/"]),
    F("home_location", "Howard Springs NT", ["Howard Springs"], [_r, _r + "t/7204/", "/media/boat-slab.jpg"], *_HOME7, 150),
    F("geotag", "GPS in a backyard photo, Howard Springs", ["Howard Springs"], ["/media/boat-slab.jpg", _r + "t/7204/"],
      *_HOME7, 150),
    F("family", "Debbie (wife)", ["Debbie", "the missus"], [_r + "t/7205/", _r + "t/7202/"]),
    F("colleague", "Tony Kiriakou (offsider in the dog unit)", ["Tony Kiriakou", "Tony"], [_r + "t/7206/"]),
    F("associate", "Greg Lowe (fishing mate)", ["Greg Lowe", "Stumpy"], [_r + "t/7206/"]),
    F("official_information", "30 kg cocaine in a reefer bulkhead from Panama",
      ["30 kilos of cocaine", "reefer", "bulkhead"], [_r + "t/7203/"]),
    F("vulnerability", "half pay, maxed card, a boat loan hidden from his wife",
      ["half pay", "maxed", "doesn't know about"], [_r + "t/7205/"]),
    F("personal_contact", "0491 570 628", ["0491 570 628"], [_r + "t/7205/"]),
], [
    D(_r + "t/7203/", "Jess (the dog, not the daughter)", ["family"], "A detector dog, not a relative."),
    D(_r + "t/7201/", "Shoal Bay", ["home_location", "work_location"], "A fishing spot."),
    D(_r + "t/7206/", "Bynoe", ["home_location"], "A fishing spot."),
], "High: Border Force dog team at a named wharf with hours, a big seizure told as a yarn, home by\n"
   "GPS photo, wife kept in the dark about a loan on half pay, a colleague and a mate by name.")


# --- sorellpart -------------------------------------------------------------------------------------
_c, _a = "/choir/altos/val-kingsley", "/social/@valk/"
person("sorellpart", "Val Kingsley", ["valk", "Val K"], "moderate", 8,
       [(_c, "html"), ("/social/@valk", "activitypub")], [
    F("employer", "Australian Border Force", ["Border Force"], [_c]),
    F("work_location", "Hobart Airport", ["Hobart Airport"], [_c]),
    F("home_location", "Sorell TAS", ["Sorell"], [_c]),
    F("family", "Geoff (husband)", ["Geoff"], [_c, _a + "9505"]),
    F("official_contact", "02 5550 6120 (work line)", ["02 5550 6120"], [_c]),
    F("routine", "5am Monday and Friday for the Auckland arrival, out the door 4:15; Thursday choir 7:30",
      ["out the door by 4:15", "Monday and Friday", "Thursday practice"], [_a + "9501", _c]),
    F("official_information", "two officers on primary for a full A320, passports by hand",
      ["Only two of us on the primary line", "passports by hand"], [_a + "9502"]),
    F("systems_information", "the eGate down again", ["eGate was down"], [_a + "9502"]),
    F("geotag", "place-tagged note at Midway Point causeway", ["Midway Point"], [_a + "9504", "/social/@valk/statuses/9504"],
      -42.80200, 147.53100, 150),
], [
    D(_a + "9505", "Border Security", ["employer", "official_information"], "A TV show."),
    D(_a + "9505", "border collie", ["employer"], "A neighbour's dog."),
    D(_a + "9504", "causeway", ["home_location", "work_location"], "A walk, not home or work."),
], "Moderate: a choir page names her employer, airport, suburb, husband and work line; she posts her early\n"
   "flight days, a staffing pinch and a kiosk outage. No money trouble or grievance.")


# --- mountbarker ------------------------------------------------------------------------------------
_k = "/kitchen/posts/"
person("mountbarker", "Heather Quill", ["Nanna Heather"], "moderate", 9, [("/kitchen/", "html")], [
    F("employer", "Department of Home Affairs", ["Home Affairs"], [_k + "lemon-slice-for-the-office/"]),
    F("work_location", "Grenfell St office, Adelaide", ["Grenfell St office"], [_k + "lemon-slice-for-the-office/"]),
    F("home_location", "Mount Barker SA", ["Mount Barker"], [_k + "bus-day-soup/", "/kitchen/"]),
    F("routine", "7:05 bus from Mount Barker Monday to Thursday, home on the 5:20, Fridays at home",
      ["7:05 bus", "5:20", "Fridays I work from home"], [_k + "bus-day-soup/"]),
    F("family", "Isla and Oscar (grandchildren)", ["Isla", "Oscar"], [_k + "scones-for-isla-and-oscar/"]),
    F("associate", "Marj Tilley (neighbour)", ["Marj Tilley", "Marj"], [_k + "quiet-house-casserole/"]),
    F("official_information", "9,000 skilled visa applications on hand; regional ones first, others left to sit",
      ["9,000", "regional ones first"], [_k + "busy-season-biscuits/"]),
    F("systems_information", "case system logs out every 20 minutes and loses notes; notes kept in Word on a shared drive",
      ["case system", "shared drive"], [_k + "busy-season-biscuits/"]),
    F("vulnerability", "recently widowed, isolated", ["cooking for one", "talk to the cat"], [_k + "quiet-house-casserole/"]),
], [
    D(_k + "lemon-slice-for-the-office/", "bottled stuff", ["systems_information"], "Lemon juice."),
    D(_k + "quiet-house-casserole/", "the pictures", ["routine"], "A cinema outing without time or place."),
    D("/kitchen/", "Adelaide Hills", ["work_location"], "A region in a bio."),
], "Moderate: a recipe blog naming Home Affairs and her office, her bus times, a backlog instruction and a\n"
   "case system's fault; recently widowed, a neighbour by name. No contact details, no photos.")


# --- unanderra --------------------------------------------------------------------------------------
_a = "/social/@patsveggies/"
person("unanderra", "Pat Sorensen", ["patsveggies", "Pat S"], "moderate", 10, [("/social/@patsveggies", "activitypub")], [
    F("employer", "Australian Border Force", ["Border Force"], [_a + "3102"]),
    F("corporate_identifier", "pat.sorensen@abf.gov.au (profile field)", ["pat.sorensen@abf.gov.au"], ["/social/@patsveggies"]),
    F("work_location", "Port Kembla", ["Port Kembla"], [_a + "3102"]),
    F("home_location", "Unanderra NSW", ["Unanderra"], [_a + "3105", "/social/@patsveggies"]),
    F("routine", "Saturday 8am at the Unanderra community garden", ["Saturday 8am"], [_a + "3101"]),
    F("family", "Helen (wife)", ["Helen"], [_a + "3103"]),
    F("associate", "Norm Castellano (garden club)", ["Norm Castellano", "Norm"], [_a + "3104"]),
    F("official_information", "boarded a bulk carrier at Port Kembla, 22 crew", ["bulk carrier", "22 crew"], [_a + "3102"]),
], [
    D(_a + "3106", "Planting the border", ["employer", "official_information"], "A garden bed."),
    D(_a + "3101", "hi-vis", ["employer"], "A scarecrow's vest."),
    D(_a + "3104", "garden club", ["employer"], "A hobby club."),
], "Moderate: employer and port named once, work email as a profile field, suburb, garden routine, wife, a mate.\n"
   "One routine boarding told, no money trouble.")


# --- oceangrovebroker (control) ---------------------------------------------------------------------
_c, _a = "/team/kerry-madden", "/social/@kerrym/"
person("oceangrovebroker", "Kerry Madden", ["kerrym", "Kerry M"], "low", 11,
       [(_c, "html"), ("/social/@kerrym", "activitypub")], [
    F("home_location", "Ocean Grove VIC", ["Ocean Grove"], [_a + "2104", _a + "2105", "/social/@kerrym"]),
    F("routine", "Saturday surf patrol at Ocean Grove SLSC, 1 till 5", ["Saturday patrol", "1 till 5"], [_a + "2101"]),
    F("family", "Stu (husband)", ["Stu"], [_a + "2104"]),
    F("associate", "Jo Pratt (surf club friend)", ["Jo Pratt", "Jo"], [_a + "2106"]),
    F("personal_contact", "0491 570 731", ["0491 570 731"], [_a + "2105"]),
], [
    D(_a + "2102", "held by Border Force", ["employer", "official_information"], "A client's container, a broker's view."),
    D(_a + "2103", "Integrated Cargo System", ["systems_information", "employer"], "A system she lodges into as a private broker."),
    D(_a + "2107", "Home Affairs guidance", ["employer", "official_information"], "Public guidance she read."),
    D(_c, "Border Force", ["employer", "colleague"], "Her private firm deals with the agency."),
    D(_c, "enquiries@bellarinefreight.example", ["official_contact", "corporate_identifier"], "A private firm's inbox."),
    D(_c, "Swanson Dock", ["work_location"], "A past private job."),
], "Low (control): a private customs broker; the agency, the cargo system and held containers are her clients'\n"
   "business. Only her own suburb, surf patrol, husband, a friend and a phone are exposed.")


# --- gympielabs (control) ---------------------------------------------------------------------------
_a = "/social/@darcylabs/"
_HOME12 = (-26.20500, 152.64800)
person("gympielabs", "Wendy Darcy", ["darcylabs", "Darcy Labradors"], "low", 12, [("/social/@darcylabs", "activitypub")], [
    F("home_location", "Gympie QLD (southside street)", ["Gympie"],
      ["/social/@darcylabs", "/media/puppy-yard.jpg", _a + "1101", "/media/pups-on-the-lawn.jpg", _a + "1105"],
      *_HOME12, 150),
    F("geotag", "GPS in two puppy-yard photos at home", ["Gympie"],
      ["/media/puppy-yard.jpg", _a + "1101", "/media/pups-on-the-lawn.jpg", _a + "1105"], *_HOME12, 150),
    F("routine", "puppy visits Sundays 10 till 12", ["Sundays 10 till 12"], [_a + "1101"]),
    F("family", "Kate (daughter)", ["Kate"], [_a + "1103"]),
    F("personal_contact", "0491 570 802", ["0491 570 802"], [_a + "1105"]),
], [
    D(_a + "1102", "working with Border Force", ["employer", "colleague"], "A dog she bred, not her."),
    D(_a + "1102", "Her handler", ["colleague"], "The buyer's officer, not a colleague."),
    D(_a + "1101", "detector dog program", ["employer", "official_information"], "Where her pups may go."),
    D(_a + "1104", "border collies", ["employer"], "A breed."),
    D("/social/@darcylabs", "Working lines", ["employer", "work_location"], "A breeding term."),
], "Low (control): a breeder whose pups go to detection work; home shown by GPS photos, Sunday visiting hours,\n"
   "daughter and phone. Nothing the organisation owns.")


# --- maitlandtutor (control) ------------------------------------------------------------------------
_n = "/newsletter/posts/"
person("maitlandtutor", "Bernard Oakes", ["Bernard"], "low", 13, [("/newsletter/", "html")], [
    F("home_location", "East Maitland NSW", ["East Maitland"], [_n + "border-force-on-the-news/"]),
    F("routine", "Tuesdays 10am English class in the church hall", ["10 o'clock in the church hall", "every Tuesday"],
      [_n + "welcome-table-begins/"]),
    F("family", "Rosemary (wife)", ["Rosemary"], [_n + "welcome-table-begins/"]),
    F("associate", "Faye Lindqvist (fellow volunteer)", ["Faye Lindqvist", "Faye"], [_n + "a-visit-to-villawood/"]),
    F("personal_contact", "bernard.oakes@hunterpost.example", ["bernard.oakes@hunterpost.example"],
      [_n + "border-force-on-the-news/"]),
], [
    D(_n + "letters-from-canberra/", "letters from Home Affairs", ["employer", "official_information"], "Learners' mail."),
    D(_n + "letters-from-canberra/", "case officer", ["colleague"], "A term explained in class."),
    D(_n + "a-visit-to-villawood/", "Villawood detention centre", ["work_location", "official_information"],
      "A visit as a friend."),
    D(_n + "border-force-on-the-news/", "Border Force story on the news", ["employer", "official_information"], "News."),
    D(_n + "welcome-table-begins/", "public school", ["employer", "work_location"], "A past teaching job."),
], "Low (control): a retired teacher who volunteers with refugees; Home Affairs, visas, detention and Border\n"
   "Force are his learners' business. His suburb, class time, wife, a fellow volunteer and email are exposed.")


if __name__ == "__main__":
    for name, t in TRUTH.items():
        write(name, t)
        print(name, len(t["facts"]), "facts", len(t["decoys"]), "decoys")
