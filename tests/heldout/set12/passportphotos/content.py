"""Dimitra Kallis (FICTIONAL): owner of a passport and visa photo studio in Adelaide; a NEGATIVE CONTROL.

She talks all day about government photo rules, visas, citizenship and passports for her customers.
Nothing makes her staff of the department. Every name, number and business is invented.
"""
NAME = "Dimitra Kallis"

PERSON = {
    "path": "/about/dimitra",
    "site": "Parade Passport Photos",
    "headline": "Owner and photographer, Parade Passport Photos, Norwood",
    "ld": {
        "jobTitle": "Owner and Photographer",
        "worksFor": {"@type": "LocalBusiness", "name": "Parade Passport Photos"},
        "email": "mailto:dimitra@paradephotos.example",
        "telephone": "0491 570 915",
    },
    "sections": [
        ("About", [
            "Dimitra has taken passport, visa and citizenship photos on The Parade for eighteen years. Every photo is "
            "checked against the Home Affairs photo requirements for visa applications and the passport office's "
            "rules, so it is right the first time.",
            "She and her family live upstairs above the studio in Norwood; her son Nick helps out on Saturdays.",
        ]),
        ("Contact", [
            "Email dimitra@paradephotos.example or call 0491 570 915.",
        ]),
    ],
}

ACTIVITYPUB = {
    "handle": "paradephotos",
    "summary": "<p>Passport and visa photos, Norwood. Greek coffee always on.</p>",
    "notes": [
        (4401, "2026-02-13 17:00", "+10:30",
         "Twelve visa photos today for one family, all for the same application. The Department's new background "
         "rule caught three of them out at their last studio. Not here!", {}),
        (4402, "2026-03-10 12:30", "+10:30",
         "A customer came in still in her Border Force uniform for a passport renewal. Smiled for exactly zero "
         "seconds, as required.", {}),
        (4403, "2026-04-16 18:45", "+09:30",
         "Congratulations to the Nguyen family on their citizenship ceremony at the council! Proud to have done "
         "the photos.", {}),
        (4404, "2026-05-07 13:20", "+09:30",
         "Lunch with Effie Manolis, who caters half the ceremonies in Adelaide. We talked about nothing but grandchildren.", {}),
        (4405, "2026-06-11 10:00", "+09:30",
         "Closed Monday. The department store next door has a sale so parking will be chaos anyway.", {}),
    ],
}
