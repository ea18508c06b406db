A = "{{BASE}}/social/@kira_mh"
N = lambda n: f"{A}/{n}"
HOME = {"lat": -27.4431, "lon": 153.1645, "radius_m": 150}
SUBJECT = dict(name="Shakira Moana-Hills", aliases=["kira_mh", "Kira", "Shakira"], risk_band="moderate", rank=10)
PROFILES = [("/social/@kira_mh", "activitypub")]
FACTS = [
    ("employer", "Australian Border Force", ["ABF officer", "#ABF"], [N(9101)]),
    ("corporate_identifier", "shakira.moana-hills@abf.gov.au (profile field)", ["shakira.moana-hills@abf.gov.au"], [A]),
    ("personal_contact", "Snapchat kira.mh02", ["kira.mh02"], [A]),
    ("routine", "0430 alarm for earlies", ["0430", "earlies"], [N(9102)]),
    ("work_location", "Brisbane Airport international terminal", ["international terminal"], [N(9102)]),
    ("official_information", "Two officers on the desk for simultaneous Fiji and Auckland arrivals", ["two of us on the desk"], [N(9103)]),
    ("colleague", "Mr Faleolo (supervisor)", ["Faleolo"], [N(9103)]),
    ("home_location", "Wynnum, Brisbane QLD", ["Wynnum", "home sweet home"], [N(9104), f"{A}/statuses/9104"], HOME),
    ("geotag", "Place-tagged post at home (-27.4431, 153.1645)", ["Wynnum", "-27.4431"], [N(9104), f"{A}/statuses/9104"], HOME),
    ("associate", "Kiara Moffat (best friend)", ["Kiara Moffat", "kiki_m"], [N(9105)]),
]
DECOYS = [
    (N(9106), "Border Security", ["employer", "official_information"], "A TV show."),
]
