A = "{{BASE}}/social/@tobes_rides"
N = lambda n: f"{A}/{n}"
M = lambda f: f"{{{{BASE}}}}/media/{f}"
HOME = {"lat": -32.0712, "lon": 115.7668, "radius_m": 150}
SUBJECT = dict(name="Tobias Renshaw", aliases=["tobes_rides", "Tobes", "Tobias"], risk_band="high", rank=8)
PROFILES = [("/social/@tobes_rides", "activitypub")]
FACTS = [
    ("employer", "Australian Border Force", ["ABF"], [A]),
    ("work_location", "North Quay container terminal, Fremantle (exam shed)", ["North Quay", "exam shed"], [N(7101)]),
    ("routine", "05:20 ride to a 6am start, bike locked in the cage behind the exam shed", ["05:20", "6am start"], [N(7101)]),
    ("official_information", "24 e-bike batteries packed with meth from one container", ["24 e-bike batteries", "meth"], [N(7102)]),
    ("colleague", "Bec Hollis (sergeant)", ["Bec Hollis", "Sarge"], [N(7102)]),
    ("associate", "Doug Fennimore (riding mate)", ["Doug Fennimore", "dougie_rides"], [N(7103)]),
    ("home_location", "Beaconsfield, Fremantle WA", ["Beaconsfield", "verandah"], [N(7104), M("verandah-recovery.jpg"), M("garage-0510.jpg"), N(7101)], HOME),
    ("geotag", "Home photos with GPS (-32.0712, 115.7668)", ["verandah"], [M("garage-0510.jpg"), M("verandah-recovery.jpg"), N(7101), N(7104)], HOME),
    ("family", "Aimee (partner)", ["Aimee"], [N(7105)]),
    ("family", "Ned (son)", ["Ned"], [N(7106)]),
    ("vulnerability", "Bike on Afterpay, car on a payday loan", ["afterpay", "payday loan"], [N(7105)]),
    ("personal_contact", "Signal 0491 570 314", ["0491 570 314"], [A]),
]
DECOYS = [
    (N(7107), "border-line gale", ["employer"], "A weather joke."),
    (N(7103), "Rottnest ferry terminal", ["work_location"], "A public ride destination."),
]
