PG = "{{BASE}}/people/anjali-mehrotra"
A = "{{BASE}}/social/@anjali_m"
N = lambda n: f"{A}/{n}"
SUBJECT = dict(name="Anjali Mehrotra", aliases=["anjali_m", "Anjali"], risk_band="moderate", rank=9)
PROFILES = [("/people/anjali-mehrotra", "html"), ("/social/@anjali_m", "activitypub")]
FACTS = [
    ("employer", "Department of Home Affairs (skilled migration policy)", ["Home Affairs"], [PG]),
    ("official_contact", "anjali.mehrotra@homeaffairs.gov.au, 02 5550 4418", ["anjali.mehrotra@homeaffairs.gov.au", "+61 2 5550 4418"], [PG]),
    ("routine", "Light rail from Franklin 7:40, bus Civic to Belconnen, weekdays; Saturday parkrun at Gungahlin", ["7:40", "saturday parkrun"], [N(8101), N(8104)]),
    ("home_location", "Franklin (Gungahlin) ACT", ["Franklin"], [N(8101)]),
    ("work_location", "Home Affairs Belconnen office", ["Belconnen"], [N(8101)]),
    ("official_information", "Talent stream cap to drop to 8,000 before announcement", ["8,000", "until the minister does"], [N(8102)]),
    ("systems_information", "PROTECTED laptop fails over VPN after a change", ["protected laptop", "vpn"], [N(8103)]),
    ("colleague", "Tomasz (EL1)", ["Tomasz"], [N(8103)]),
    ("family", "Rohan (husband)", ["Rohan"], [N(8104)]),
]
DECOYS = [
    (N(8106), "The Border", ["employer"], "A novel for book club."),
    (N(8104), "parkrun at Gungahlin", ["work_location"], "A public run."),
]
