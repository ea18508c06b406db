A = "{{BASE}}/social/@bren_okr"
N = lambda n: f"{A}/{n}"
SUBJECT = dict(name="Brendan Okafor-Ruiz", aliases=["bren_okr", "Bren"], risk_band="low", rank=11)
PROFILES = [("/social/@bren_okr", "activitypub")]
FACTS = [
    ("home_location", "Ngunnawal ACT", ["Ngunnawal"], [N(1104)]),
    ("family", "Isla (daughter)", ["Isla"], [N(1104)]),
    ("routine", "Wednesday futsal at 6, Gungahlin leisure centre", ["wednesday futsal at 6"], [N(1103)]),
]
DECOYS = [
    (N(1102), "The department says", ["employer", "systems_information"], "The Tax Office, not the Department."),
    (N(1102), "case system went down", ["systems_information"], "Another agency's system."),
    (N(1103), "My EL1", ["colleague"], "A Tax Office manager."),
    (N(1101), "Working in the APS", ["employer"], "The policy allows saying you work for the APS; he is at the ATO."),
    (N(1105), "Border Force doco", ["employer", "official_information"], "A TV documentary."),
    (N(1106), "going on an operation to a car yard", ["official_information", "work_location"], "A tax audit visit, not a Department operation."),
]
