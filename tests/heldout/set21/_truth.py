"""Ground truth for held-out set 21, one table per persona; run to rewrite every persona.toml.

    .venv/bin/python tests/heldout/set21/_truth.py

Each fact is (category, value, keys, urls[, lat, lon[, radius_m]]); each decoy is (url, phrase, not_categories, why).
All people, handles, numbers, emails and addresses are invented.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B = "{{BASE}}"
ABF = "Australian Border Force"
HA = "Department of Home Affairs"


def ap(h, n=None):
    return f"{B}/social/@{h}" if n is None else f"{B}/social/@{h}/{n}"


def apid(h, n):
    return f"{B}/social/@{h}/statuses/{n}"


def post(slug):
    return f"{B}/blog/posts/{slug}/"


def media(f):
    return f"{B}/media/{f}"


FT = "/forum/u/mully_tips/"
ft = lambda t: f"{B}{FT}t/{t}/"  # noqa: E731
FC = "/forum/u/hq_gray/"
fc = lambda t: f"{B}{FC}t/{t}/"  # noqa: E731
CHURCH = f"{B}/newsletter/meet-samuel-ofori"
TRIVIA = f"{B}/teams/quizzly-bears/rhi"
PRONET = f"{B}/profile/geoffrey-lim"
ESCAPE = f"{B}/about/marcus-feeney"

RUN_HOME = (-31.7334, 115.7462)
WED_HOME = (-33.9262, 151.1912)
CAP_HOME = (-32.7423, 151.8684)
CLUB_HOME = (-31.6432, 115.7048)
XMAS_HOME = (-10.4335, 105.6792)

TRUTH = {
    "tipsforum": {
        "subject": {"name": "Craig Mulholland", "aliases": ["mully_tips", "Mully"], "risk_band": "critical", "rank": 1},
        "profiles": [(FT, "html")],
        "facts": [
            ("employer", ABF, ["Border Force", "abf.gov.au"], [ft(302), f"{B}{FT}"]),
            ("corporate_identifier", "craig.mulholland@abf.gov.au", ["craig.mulholland@abf.gov.au"], [f"{B}{FT}"]),
            ("work_location", "Kooragang berths, Port of Newcastle", ["Kooragang", "K4"], [ft(301), ft(302)]),
            ("routine", "4 on 4 off nights", ["4 on 4 off"], [ft(301)]),
            ("official_information", "38 bricks of cocaine taped in a sea chest of a bulk carrier at K4",
             ["38 bricks", "sea chest"], [ft(302)]),
            ("official_information", "two officers on a night shift with six ships in port", ["only 2 of us", "6 ships"],
             [ft(302)]),
            ("colleague", "Dazza Pratt (team leader)", ["Dazza Pratt", "Dazza"], [ft(302)]),
            ("systems_information", "ICS outage at 2am; backup laptop with no working password",
             ["ICS drops out", "backup laptop"], [ft(302)]),
            ("vulnerability", "multis losses of 2 grand and a maxed credit card hidden from his wife",
             ["multis", "credit card is at the limit"], [ft(303)]),
            ("family", "Shelley (wife)", ["Shelley"], [ft(303)]),
            ("personal_contact", "0491 570 318", ["0491 570 318"], [ft(304)]),
            ("associate", "Steve Robson (mate)", ["Steve Robson", "Robbo"], [ft(304)]),
            ("home_location", "Wallsend NSW", ["Wallsend"], [ft(305)]),
        ],
        "decoys": [
            (ft(306), "Border Security", ["employer", "official_information"], "A TV show watched at home."),
            (ft(305), "the Diggers", ["work_location"], "The local club where the tipping comp meets."),
        ],
    },
    "triviaxmas": {
        "subject": {"name": "Rhiannon Price", "aliases": ["Rhi", "rhi_on_the_rock", "@rhi_on_the_rock"],
                    "risk_band": "critical", "rank": 2},
        "profiles": [("/teams/quizzly-bears/rhi", "html"), ("/social/@rhi_on_the_rock", "activitypub")],
        "facts": [
            ("employer", ABF, ["Border Force"], [TRIVIA]),
            ("work_location", "Christmas Island immigration detention centre", ["detention centre", "compound"],
             [TRIVIA, ap("rhi_on_the_rock", 7102)]),
            ("colleague", "Tane Walker (fellow officer)", ["Tane Walker", "Tane"], [TRIVIA]),
            ("routine", "12-hour days 0700-1900, 4 on 3 off, bus from Poon Saan at 0615",
             ["0700-1900", "4 on 3 off", "0615"], [ap("rhi_on_the_rock", 7101)]),
            ("routine", "Wednesday 7:30 trivia at the Golf Club", ["Wednesday 7:30"], [TRIVIA]),
            ("home_location", "Poon Saan, Christmas Island", ["Poon Saan", "Home sweet unit"],
             [TRIVIA, ap("rhi_on_the_rock", 7101), apid("rhi_on_the_rock", 7105)], *XMAS_HOME, 200),
            ("geotag", "place-tagged post at her unit", ["Home sweet unit", "-10.4335"],
             [ap("rhi_on_the_rock", 7105), apid("rhi_on_the_rock", 7105)], *XMAS_HOME, 150),
            ("official_information", "54 detainees, 2 on hunger strike, 11 officers a shift until the charter",
             ["54 detainees", "hunger strike", "11 officers a shift"], [ap("rhi_on_the_rock", 7102)]),
            ("systems_information", "compound CCTV down three days, paper head counts", ["CCTV"],
             [ap("rhi_on_the_rock", 7103)]),
            ("vulnerability", "lonely and drinking every night", ["Lonely as hell", "Wine o'clock"],
             [ap("rhi_on_the_rock", 7104)]),
            ("family", "Carol (mother)", ["Carol"], [ap("rhi_on_the_rock", 7105)]),
            ("personal_contact", "WhatsApp 0491 570 227", ["0491 570 227"], [ap("rhi_on_the_rock")]),
        ],
        "decoys": [
            (ap("rhi_on_the_rock", 7106), "border collie", ["employer", "associate"], "A trivia answer about a dog breed."),
            (TRIVIA, "Golf Club", ["work_location"], "The trivia venue, not her work site."),
        ],
    },
    "churchdarwin": {
        "subject": {"name": "Samuel Ofori", "aliases": ["Sam", "sam_ofori", "@sam_ofori"], "risk_band": "critical",
                    "rank": 3},
        "profiles": [("/newsletter/meet-samuel-ofori", "html"), ("/social/@sam_ofori", "activitypub")],
        "facts": [
            ("employer", ABF, ["Australian Border Force", "Border Force"], [CHURCH]),
            ("work_location", "Fort Hill Wharf, Darwin (patrol boats)", ["Fort Hill Wharf"], [CHURCH]),
            ("home_location", "Leanyer NT", ["Leanyer"], [CHURCH]),
            ("family", "Abena (wife)", ["Abena"], [CHURCH]),
            ("family", "Ama (daughter)", ["Ama is in Year 4", "Ama", "Leanyer Primary"], [CHURCH]),
            ("family", "Kofi (son)", ["Kofi"], [CHURCH]),
            ("associate", "Peter Mwangi (fishing partner)", ["Peter Mwangi", "Peter"], [CHURCH]),
            ("routine", "choir practice every Thursday 7pm at St Jude's, Malak", ["every Thursday at 7pm"], [CHURCH]),
            ("official_contact", "0491 570 644 (work mobile)", ["0491 570 644"], [CHURCH]),
            ("official_information", "4 boats apprehended off the Wessels, 38 crew handed over",
             ["4 boats apprehended", "38 crew"], [ap("sam_ofori", 6101)]),
            ("colleague", "Jono Birch (skipper)", ["Jono Birch", "Jono"], [ap("sam_ofori", 6102)]),
            ("official_information", "next patrol Tuesday week; only 2 boats crewed for the Top End until August",
             ["Only 2 boats crewed", "Next patrol leaves"], [ap("sam_ofori", 6103)]),
            ("systems_information", "patrol boat radar dead a fortnight; old plotter and handheld GPS",
             ["Radar on ours", "old plotter"], [ap("sam_ofori", 6105)]),
        ],
        "decoys": [
            (ap("sam_ofori", 6106), "Border Security", ["employer", "official_information"], "A TV show."),
            (CHURCH, "Kumasi", ["home_location"], "Where he came from in 2004, not where he lives."),
        ],
    },
    "secondperson": {
        "subject": {"name": "Leilani Vaughan", "aliases": ["Leilani"], "risk_band": "high", "rank": 4},
        "profiles": [("/blog/", "html")],
        "facts": [
            ("employer", HA, ["Home Affairs"], [post("platform-two"), post("the-queue")]),
            ("work_location", "Home Affairs office, Parramatta (level 7)", ["Home Affairs office on level 7", "level 7", "Parramatta"],
             [post("platform-two")]),
            ("routine", "7:14 train from Wentworthville to Parramatta every weekday", ["7:14", "7:12"],
             [post("platform-two")]),
            ("home_location", "Wentworthville NSW", ["Wentworthville"], [post("platform-two")]),
            ("official_information", "212 partner visa applications allocated, a target of 40 finalised a week, "
             "refusals as the quickest finalisation", ["212 partner visa", "forty finalised"], [post("the-queue")]),
            ("colleague", "Marguerite (team leader)", ["Marguerite"], [post("the-queue")]),
            ("systems_information", "ICSE freezes daily during syncs; password on a post-it under the keyboard",
             ["ICSE", "post-it"], [post("the-freeze")]),
            ("family", "Maya (daughter)", ["Maya"], [post("saturdays")]),
            ("routine", "Saturday 8am netball at the Merrylands courts", ["8am Saturday", "Merrylands courts"],
             [post("saturdays")]),
            ("vulnerability", "separated eleven months; rent rise and groceries on Afterpay",
             ["Afterpay", "since he moved out"], [post("saturdays")]),
            ("associate", "Renee Kaur (best friend)", ["Renee Kaur", "Renee"], [post("brunch")]),
            ("personal_contact", "leilani.vaughan@inbox.example", ["leilani.vaughan@inbox.example"], [f"{B}/blog/"]),
        ],
        "decoys": [
            (post("sale"), "the department store", ["employer"], "A shop, not the Department."),
        ],
    },
    "runningdiary": {
        "subject": {"name": "Dianne Kowalczyk", "aliases": ["Di"], "risk_band": "high", "rank": 5},
        "profiles": [("/blog/", "html")],
        "facts": [
            ("employer", ABF, ["Border Force"], [post("night-legs")]),
            ("corporate_identifier", "dianne.kowalczyk@abf.gov.au", ["dianne.kowalczyk@abf.gov.au"],
             [f"{B}/blog/feed.xml"]),
            ("work_location", "Perth Airport T1 arrivals hall", ["T1", "arrivals hall"], [post("night-legs")]),
            ("official_information", "three of nine officers off sick; primary line run with six for three arrivals",
             ["three of my nine", "primary line with six"], [post("night-legs")]),
            ("systems_information", "SmartGates down two hours after a vendor patch at 2am", ["SmartGates"],
             [post("night-legs")]),
            ("routine", "Sunday 5:30am long run from the Joondalup foreshore", ["5:30am start like every Sunday",
             "every Sunday"], [post("sunday-long")]),
            ("routine", "Tuesday 6pm intervals at Arena Joondalup", ["Tuesday 6pm"], [post("intervals")]),
            ("family", "Greg (husband)", ["Greg", "Hubby Greg"], [post("sunday-long"), post("ice-bath")]),
            ("associate", "Meg Farrant (running friend)", ["Meg Farrant", "Meg"], [post("intervals")]),
            ("home_location", "Currambine WA", ["Currambine", "Backyard"],
             [post("sunday-long"), post("ice-bath"), f"{B}/blog/feed.xml"], *RUN_HOME, 150),
            ("geotag", "georss point at home", ["-31.7334 115.7462"],
             [f"{B}/blog/feed.xml", post("ice-bath"), post("boston-dream")], *RUN_HOME, 150),
            ("vulnerability", "credit card debt at 22% after a reno and Boston", ["credit card", "22% interest"],
             [post("boston-dream")]),
        ],
        "decoys": [
            (post("shoes"), "border collie", ["employer", "associate"], "Her dog's breed."),
        ],
    },
    "weddingdiary": {
        "subject": {"name": "Bianca Sorensen", "aliases": ["bianca_says_yes", "@bianca_says_yes"],
                    "risk_band": "high", "rank": 6},
        "profiles": [("/social/@bianca_says_yes", "activitypub")],
        "facts": [
            ("employer", ABF, ["Border Force"], [ap("bianca_says_yes")]),
            ("home_location", "Mascot NSW", ["Mascot", "balcony"],
             [ap("bianca_says_yes"), media("balcony-sunset.jpg"), ap("bianca_says_yes", 2106)], *WED_HOME, 150),
            ("geotag", "balcony photo with GPS at home", ["balcony"],
             [media("balcony-sunset.jpg"), ap("bianca_says_yes", 2106)], *WED_HOME, 150),
            ("family", "Tom Haddad (fiancé)", ["Tom Haddad", "Tom"], [ap("bianca_says_yes", 2101)]),
            ("vulnerability", "$9,400 venue deposit on the credit card and the dress on Afterpay",
             ["credit card", "Afterpay"], [ap("bianca_says_yes", 2102)]),
            ("official_information", "2 kg of meth in a suitcase's false bottom off the Manila flight",
             ["2 kg of meth", "false bottom"], [ap("bianca_says_yes", 2103)]),
            ("work_location", "Sydney Airport T1", ["T1"], [ap("bianca_says_yes", 2103)]),
            ("colleague", "Phil Okafor (sergeant)", ["Phil Okafor"], [ap("bianca_says_yes", 2103)]),
            ("associate", "Kayla Moretti (best friend)", ["Kayla Moretti", "Kayla"], [ap("bianca_says_yes", 2104)]),
            ("routine", "Thursday 5:30 dress fittings in Newtown after 0500 earlies",
             ["every Thursday 5:30", "0500 starts"], [ap("bianca_says_yes", 2105)]),
        ],
        "decoys": [
            (ap("bianca_says_yes", 2107), "Bluey", ["official_information"], "A children's TV show."),
            (ap("bianca_says_yes", 2101), "Kurnell", ["home_location"], "Where he proposed, not home."),
        ],
    },
    "clubcaptain": {
        "subject": {"name": "Nathan Edwards", "aliases": ["butler_cc_skip", "@butler_cc_skip", "Skip"],
                    "risk_band": "high", "rank": 7},
        "profiles": [("/social/@butler_cc_skip", "activitypub")],
        "facts": [
            ("employer", ABF, ["Border Force"], [ap("butler_cc_skip")]),
            ("work_location", "Perth Airport air cargo sheds", ["airport freight sheds", "air cargo shed"],
             [ap("butler_cc_skip", 1201), ap("butler_cc_skip", 1203)]),
            ("routine", "training Tuesdays and Thursdays 5:30 at the Butler nets, straight from day shift",
             ["Tuesdays and Thursdays 5:30"], [ap("butler_cc_skip", 1201)]),
            ("home_location", "Butler WA", ["down the road from me", "Butler", "Home"],
             [ap("butler_cc_skip", 1201), apid("butler_cc_skip", 1206)], *CLUB_HOME, 200),
            ("geotag", "place-tagged post at home", ["Home", "-31.6432"],
             [ap("butler_cc_skip", 1206), apid("butler_cc_skip", 1206)], *CLUB_HOME, 150),
            ("associate", "Dilshan Perera (vice-captain)", ["Dilshan", "Dilly", "Perera"], [ap("butler_cc_skip", 1202)]),
            ("official_information", "9 kg of steroids in kitchen appliances at the air cargo shed, two officers on",
             ["9 kg of steroids", "2 of us on"], [ap("butler_cc_skip", 1203)]),
            ("systems_information", "cargo x-ray half-blind since a new software install",
             ["x-ray's been half-blind", "new software"], [ap("butler_cc_skip", 1203)]),
            ("family", "Isla (daughter)", ["Isla", "Miss Isla"], [ap("butler_cc_skip", 1204)]),
            ("family", "Aisha (partner)", ["Aisha"], [ap("butler_cc_skip", 1204), ap("butler_cc_skip", 1205)]),
            ("vulnerability", "pokies losses hidden from his partner", ["pokies"], [ap("butler_cc_skip", 1205)]),
        ],
        "decoys": [
            (ap("butler_cc_skip", 1205), "the tavern", ["work_location"], "A pub after presentation night."),
        ],
    },
    "carresto": {
        "subject": {"name": "Graham Tregear", "aliases": ["hq_gray", "Gray"], "risk_band": "high", "rank": 8},
        "profiles": [(FC, "html")],
        "facts": [
            ("employer", ABF, ["Border Force", "Customs"], [fc(882)]),
            ("work_location", "Macquarie Wharf, Hobart", ["Macquarie Wharf"], [fc(881)]),
            ("routine", "4 on 4 off, earlies 0600 to 1800", ["4 on 4 off", "0600 to 1800"], [fc(881)]),
            ("vulnerability", "passed over for superintendent three times; grudge", ["knocked back", "Stuff em"],
             [fc(882)]),
            ("official_information", "4 officers for 3 cruise ships a week; 600 cartons of cigarettes in a ballast void",
             ["600 cartons", "4 officers"], [fc(883)]),
            ("official_contact", "02 5550 3172 (wharf office line)", ["02 5550 3172"], [fc(884)]),
            ("associate", "Noel Banfield (mate)", ["Noel Banfield", "Noel"], [fc(885)]),
            ("family", "Jan (wife)", ["Jan"], [fc(885), fc(886)]),
            ("home_location", "Howrah TAS", ["Howrah"], [f"{B}{FC}", fc(886)]),
        ],
        "decoys": [
            (fc(887), "customs house plates", ["employer", "work_location"], "Old number plates on a mate's car."),
            (fc(887), "Bellerive Quay", ["work_location"], "Where he saw a car."),
        ],
    },
    "formalmascot": {
        "subject": {"name": "Geoffrey Lim", "aliases": ["glim", "@glim"], "risk_band": "moderate", "rank": 9},
        "profiles": [("/profile/geoffrey-lim", "html"), ("/social/@glim", "activitypub")],
        "facts": [
            ("employer", ABF, ["Australian Border Force", "Border Force"], [PRONET]),
            ("official_contact", "geoffrey.lim@abf.gov.au, +61 2 5550 6120", ["geoffrey.lim@abf.gov.au",
             "+61 2 5550 6120", "02 5550 6120"], [PRONET]),
            ("corporate_identifier", "geoffrey.lim@abf.gov.au", ["geoffrey.lim@abf.gov.au"], [ap("glim")]),
            ("work_location", "Mascot international cargo terminal", ["Mascot international cargo terminal",
             "Mascot cargo terminal"], [PRONET]),
            ("official_information", "night shift at the cargo terminal cut from 14 to 9 officers, single-operator CT x-ray",
             ["14 to 9", "single-operator"], [PRONET]),
            ("colleague", "Ruth Ambrose (deputy)", ["Ruth Ambrose"], [PRONET]),
            ("routine", "the 6:10 train from Hurstville", ["6:10 from Hurstville"], [ap("glim", 9101)]),
            ("home_location", "Hurstville NSW", ["Hurstville"], [ap("glim", 9101)]),
            ("family", "Mei-Ling (wife)", ["Mei-Ling"], [ap("glim", 9102)]),
        ],
        "decoys": [
            (ap("glim", 9104), "border of box hedging", ["employer"], "A garden border."),
        ],
    },
    "captions": {
        "subject": {"name": "Lachlan Petrie", "aliases": ["Lachy", "lachy_p", "@lachy_p"], "risk_band": "moderate",
                    "rank": 10},
        "profiles": [("/social/@lachy_p", "activitypub")],
        "facts": [
            ("employer", ABF, ["ABF"], [ap("lachy_p")]),
            ("work_location", "Newcastle Airport, Williamtown", ["Williamtown"], [ap("lachy_p", 8101)]),
            ("routine", "earlies from 0430 on international flight days", ["Earlies 0430"], [ap("lachy_p", 8101)]),
            ("official_information", "two officers on the desk for 170 passengers off the Auckland flight",
             ["2 of us on the desk", "170 off the Auckland"], [ap("lachy_p", 8102)]),
            ("home_location", "Medowie NSW (home shown by photos)", ["Home"],
             [media("arvo.jpg"), ap("lachy_p", 8103), media("frost.jpg"), ap("lachy_p", 8106)], *CAP_HOME, 150),
            ("geotag", "photos with GPS at home", ["Home"],
             [media("arvo.jpg"), ap("lachy_p", 8103), media("frost.jpg"), ap("lachy_p", 8106)], *CAP_HOME, 150),
            ("associate", "Ryan Bungate (mate)", ["Ryan Bungate", "bungy_ryan"], [ap("lachy_p", 8104)]),
            ("family", "Jess (sister)", ["Jess"], [ap("lachy_p", 8105)]),
            ("personal_contact", "Snapchat lachy.p26", ["lachy.p26"], [ap("lachy_p")]),
        ],
        "decoys": [
            (ap("lachy_p", 8107), "Knights", ["associate"], "A football team."),
        ],
    },
    "catering": {
        "subject": {"name": "Donna Pavlich", "aliases": ["Donna"], "risk_band": "low", "rank": 11},
        "profiles": [("/blog/", "html")],
        "facts": [
            ("home_location", "Wanneroo WA", ["Wanneroo"], [f"{B}/blog/", post("sunday")]),
            ("family", "Ivan (husband)", ["Ivan"], [post("sunday")]),
            ("associate", "Marg Tully (neighbour)", ["Marg Tully", "Marg"], [post("sunday")]),
            ("personal_contact", "donna.pavlich@mailbox.example", ["donna.pavlich@mailbox.example"], [f"{B}/blog/"]),
        ],
        "decoys": [
            (post("ramadan-menus"), "immigration detention centre", ["employer", "work_location"],
             "Her private employer's catering contract site; she is not departmental staff."),
            (post("the-gate"), "Border Force officers at the gate", ["employer", "colleague"],
             "Officers she passes with deliveries."),
            (post("contract"), "contract with the department", ["employer", "official_information"],
             "Her firm's contract, a commercial tender."),
            (post("contract"), "security clearance records", ["systems_information", "corporate_identifier"],
             "Her firm's tender paperwork."),
            (post("news"), "Border Force seizure", ["official_information"], "A news story."),
            (f"{B}/blog/", "Catering Manager", ["employer"], "Her job at a private caterer."),
        ],
    },
    "craneop": {
        "subject": {"name": "Tevita Fifita", "aliases": ["tevita_cranes", "@tevita_cranes"], "risk_band": "low",
                    "rank": 12},
        "profiles": [("/social/@tevita_cranes", "activitypub")],
        "facts": [
            ("home_location", "Matraville NSW", ["Matraville"], [ap("tevita_cranes")]),
            ("family", "Sione (son)", ["Sione"], [ap("tevita_cranes", 3103)]),
            ("family", "Sami Lolohea (cousin)", ["Sami Lolohea", "Sami"], [ap("tevita_cranes", 3105)]),
            ("routine", "Harbourline roster: 3 nights, 2 days, 3 off", ["3 nights, 2 days, 3 off"],
             [ap("tevita_cranes", 3104)]),
        ],
        "decoys": [
            (ap("tevita_cranes", 3101), "Border Force x-ray truck", ["employer", "official_information",
             "systems_information"], "A truck he watched from his crane."),
            (ap("tevita_cranes", 3102), "customs hold", ["official_information"], "A box held, seen by the stevedore."),
            (ap("tevita_cranes"), "Port Botany", ["work_location"], "His private stevedore's terminal."),
            (ap("tevita_cranes", 3106), "the department of anything", ["employer"], "A union-meeting quip."),
            (ap("tevita_cranes", 3104), "Harbourline roster", ["employer", "official_information"],
             "His private employer's roster."),
        ],
    },
    "escaperoom": {
        "subject": {"name": "Marcus Feeney", "aliases": ["contraband_marcus", "@contraband_marcus"],
                    "risk_band": "low", "rank": 13},
        "profiles": [("/about/marcus-feeney", "html"), ("/social/@contraband_marcus", "activitypub")],
        "facts": [
            ("personal_contact", "0491 570 903", ["0491 570 903", "+61 491 570 903"], [ESCAPE]),
            ("associate", "Sasha Lindqvist (business partner)", ["Sasha Lindqvist", "Sasha"], [ESCAPE]),
            ("family", "Lou (partner)", ["Lou"], [ap("contraband_marcus", 4103)]),
        ],
        "decoys": [
            (ESCAPE, "customs officer uniform", ["employer"], "A replica costume for players."),
            (ESCAPE, "Operation Tidewater", ["official_information"], "A game's name."),
            (ap("contraband_marcus", 4101), "Border Force officer", ["employer", "colleague"], "A customer."),
            (ap("contraband_marcus", 4102), "luggage x-ray prop", ["systems_information"], "A prop."),
            (ap("contraband_marcus", 4104), "Border Security", ["employer", "official_information"], "A TV show."),
            (ap("contraband_marcus", 4101), "seizure room", ["official_information"], "A room in his game."),
        ],
    },
}


def q(v) -> str:
    return json.dumps(v, ensure_ascii=False)


def render(name: str, t: dict) -> str:
    s = t["subject"]
    out = [f"# Ground truth for held-out set 21 persona {name!r} (FICTIONAL). Written by tests/heldout/set21/_truth.py.",
           "", "[subject]", f"name = {q(s['name'])}", f"aliases = {q(s['aliases'])}", 'organisation = "dibp"',
           f"risk_band = {q(s['risk_band'])}", f"rank = {s['rank']}", ""]
    for path, platform in t["profiles"]:
        out += ["[[profiles]]", f"path = {q(path)}", f"platform = {q(platform)}", ""]
    for f in t["facts"]:
        cat, value, keys, urls, *geo = f
        out += ["[[facts]]", f"category = {q(cat)}", f"value = {q(value)}", f"keys = {q(keys)}", f"urls = {q(urls)}"]
        if geo:
            out += [f"lat = {geo[0]}", f"lon = {geo[1]}"] + ([f"radius_m = {geo[2]}"] if len(geo) > 2 else [])
        out.append("")
    for url, phrase, cats, why in t.get("decoys", []):
        out += ["[[decoys]]", f"url = {q(url)}", f"phrase = {q(phrase)}", f"not_categories = {q(cats)}",
                f"why = {q(why)}", ""]
    return "\n".join(out)


def main() -> None:
    for name, t in TRUTH.items():
        (HERE / name / "persona.toml").write_text(render(name, t), encoding="utf-8")


if __name__ == "__main__":
    main()
