B = "{{BASE}}/forum/u/vandal_cv/"
T = lambda n: f"{B}t/{n}/"
SUBJECT = dict(name="Corey Vandenberg", aliases=["vandal_cv", "Corey", "vandal.cv27"], risk_band="critical", rank=1)
PROFILES = [("/forum/u/vandal_cv/", "html")]
FACTS = [
    ("employer", "Australian Border Force", ["border force"], [T(1202)]),
    ("corporate_identifier", "corey.vandenberg@abf.gov.au", ["corey.vandenberg@abf.gov.au"], [B]),
    ("personal_contact", "Discord vandal.cv27", ["vandal.cv27"], [B]),
    ("routine", "4 on 4 off nights, 1800 to 0600", ["4 on 4 off", "1800 to 0600"], [T(1201)]),
    ("work_location", "Fisherman Islands, Port of Brisbane", ["fisho islands", "at the port"], [T(1201), T(1203)]),
    ("official_information", "18 bricks of cocaine in a reefer container's evaporator from Mexico", ["18 bricks", "evaporator", "reefer"], [T(1203)]),
    ("colleague", "Maurice Tuipulotu (team leader)", ["Maurice Tuipulotu", "Moz"], [T(1203), T(1204)]),
    ("systems_information", "ICS down 9 hours, holds on a whiteboard, backup laptop flat", ["ICS", "backup laptop"], [T(1204)]),
    ("vulnerability", "Skin-case gambling losses and a Cash Converters loan, asking for money", ["1.4k on skins", "cash converters loan", "lend a fella 200"], [T(1205)]),
    ("family", "Kayla (sister)", ["Kayla"], [T(1205), T(1206)]),
    ("home_location", "Lota QLD", ["Lota"], [T(1206)]),
    ("associate", "Lachlan Dibley (clan mate)", ["Lachlan Dibley", "Dibs"], [T(1206), T(1208)]),
]
DECOYS = [
    (T(1208), "Border Patrol", ["employer"], "A TV show."),
    (T(1208), "sniffer dog episode", ["official_information"], "A TV episode, not his work."),
]
