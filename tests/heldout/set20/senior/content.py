"""Desmond Varga (FICTIONAL): a 61-year-old investigator writing his own formal bio on the way out the door.

A schema.org Person page (a professional-profile style bio) and a Mastodon-style account
whose profile field carries his work address. Every name and number is invented.
"""
NAME = "Desmond Varga"

PERSON = {
    "path": "/profile/desmond-varga",
    "site": "Desmond Varga: Profile",
    "headline": "Senior Investigator, Australian Border Force (retiring 2026)",
    "ld": {
        "jobTitle": "Senior Investigator",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Australian Border Force"},
        "telephone": "02 5550 7714",
        "workLocation": {"@type": "Place", "name": "ABF Wollongong office"},
    },
    "sections": [
        ("Summary", [
            "Desmond Varga is a Senior Investigator with thirty-four years in Customs and the Australian Border Force, "
            "based at the Wollongong office. Desk: 02 5550 7714.",
            "He led the 2024 investigation that took down a tobacco syndicate moving 40 tonnes of loose-leaf through "
            "Port Kembla hidden inside steel coils.",
            "From July he hands his caseload to his offsider, Rebecca Hollins (Bec Hollins to everyone)."]),
        ("Outside work", [
            "Grandfather to Ollie and Ivy. Lives in Thirroul, where he walks the escarpment most mornings."]),
    ],
}

ACTIVITYPUB = {
    "handle": "dvarga",
    "summary": "<p>Third person bio elsewhere. Here: grandkids, golf, grumbling.</p>",
    "fields": [("Email", "desmond.varga@abf.gov.au")],
    "notes": [
        (9101, "2026-02-08 17:00", "+11:00", "The grandkids built a cubby in the garden. Ollie has declared it a republic.", {}),
        (9102, "2026-03-12 20:30", "+11:00",
         "Super was smashed in the 2022 crash and the voluntary redundancy offer was an insult after 34 years. Bitter? A little.", {}),
        (9103, "2026-04-26 12:00", "+10:00", "Border Security re-runs on a Sunday. I shout at the telly like my father did.", {}),
        (9104, "2026-05-30 18:30", "+10:00", "Golf at Thirroul: bogey, bogey, par, lost ball in the creek.", {}),
    ],
}
