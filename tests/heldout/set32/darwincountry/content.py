"""Shay Moloney (FICTIONAL): passport officer at Darwin Airport; runs a country-music fan page (an
"about the admin" page with schema.org Person) and a personal account with a place-tagged note at home.
Every name, handle, number and address is invented."""
NAME = "Shay Moloney"

PERSON = {
    "path": "/callie-fans/admin",
    "site": "Callie Rourke Fans Down Under",
    "headline": "Admin, Callie Rourke Fans Down Under (unofficial)",
    "ld": {
        "jobTitle": "Page admin",
        "email": "mailto:shay.twang@rourkefans.example",
        "knowsAbout": ["country music", "line dancing", "Tamworth"],
        "homeLocation": {"@type": "Place", "name": "Darwin NT"},
    },
    "sections": [
        ("About the admin", [
            "Shay has followed Callie since the first EP. She runs the page between shifts as a passport officer "
            "with ABF at Darwin Airport, so replies come at odd hours.",
            "Her nan got her into country on the station wireless. Co-admin is Tamsin Ward (@tamsin_twang).",
            "Email the page: shay.twang@rourkefans.example"]),
        ("Meet-ups", [
            "Line dancing every Wednesday, 7pm at the Marrara community hall. Shay's there unless she's on nights."]),
    ],
}

ACTIVITYPUB = {
    "handle": "shaytwang",
    "summary": "<p>country music, cold ones, odd hours. the uniform everyone pretends not to see. Darwin.</p>",
    "notes": [
        (6601, "2026-02-12 07:05", "+09:30", "Home from nights, porch beer at sunrise, Callie on the speaker. Karama, you beauty.",
         {"location": ("Home", -12.4028, 130.9172)}),
        (6602, "2026-02-26 03:20", "+09:30",
         "Bali flight at 0200 and three of us on primary. One bloke had 30 grand in cash in his boots. Boots!", {}),
        (6603, "2026-03-11 02:40", "+09:30",
         "SmartGates down again so every single passport through the old readers by hand. It is 2026.", {}),
        (6604, "2026-03-25 21:10", "+09:30", "Nights this week, 2200 to 0630. Tell Callie to tour the NT in daylight hours.", {}),
        (6605, "2026-04-08 19:30", "+09:30",
         "$2,300 on Afterpay for Tamworth and I have no idea how I'm paying it off. Worth it? Ask me in July.", {}),
        (6607, "2026-05-06 11:00", "+09:30", "Watching Airport 24/7 reruns on my day off like a tragic.", {}),
    ],
}
