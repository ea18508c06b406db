"""Natalie Okoro (FICTIONAL): a running club's committee page, Boyne Island near Gladstone.

A schema.org Person page in her own words as club secretary: her day job at the Home Affairs
office in Gladstone, the club runs, her family and, "if it's urgent", her work address. Every name, club and address is invented.
"""
NAME = "Natalie Okoro"

PERSON = {
    "path": "/committee/natalie-okoro",
    "site": "Gladstone Harbour Runners",
    "headline": "Club Secretary",
    "ld": {
        "jobTitle": "Club Secretary",
        "memberOf": {"@type": "SportsOrganization", "name": "Gladstone Harbour Runners"},
        "address": {"@type": "PostalAddress", "addressLocality": "Boyne Island", "addressRegion": "QLD"},
    },
    "sections": [
        ("About me", [
            "I've been secretary since 2024 and running since my twins were born, which was the only way to get "
            "an hour to myself. By day I'm a client service officer with the Department of Home Affairs at the "
            "Gladstone office on Goondoon Street; by dawn I'm on the foreshore.",
            "My husband Emeka does the sausage sizzle at every parkrun anniversary, and our daughter has "
            "started beating me over 5 km, which I'm told is normal at eleven."]),
        ("Club runs", [
            "Sunday 6am group run from the Boyne Island foreshore car park, all paces. Wednesday 5:30pm track "
            "session at the Tannum Sands oval. I'm at both unless I'm sick."]),
        ("Contact", [
            "Club questions go through the contact form on the home page. If it's urgent during the week you can reach me at "
            "work on natalie.okoro@homeaffairs.gov.au and I'll get back to you at lunch."]),
    ],
}

ACTIVITYPUB = {
    "handle": "natruns",
    "summary": "<p>Slow runner, fast talker. Club secretary. Tea over coffee.</p>",
    "notes": [
        (1001, "2026-03-01 08:10", "+10:00",
         "Sunday 6am group run was fifteen strong this morning. Humidity 94%. Nobody talked after the 4 km mark.", {}),
        (1002, "2026-04-11 09:30", "+10:00",
         "New parkrun PB: 26:02. The border collie that runs with its owner still beat me by a minute.", {}),
        (1003, "2026-06-17 19:45", "+10:00",
         "Hill repeats tonight. Never again. See you all next week.", {}),
        (1004, "2026-08-05 20:20", "+10:00",
         "Half marathon training plan is on the fridge. The fridge is judging me.", {}),
    ],
}
