"""Tom Rasmussen (FICTIONAL): ABF officer clearing yachts at the Port of Bundaberg, living in Hervey Bay.

A sailing club's crew-register page (schema.org Person) and a quiet Mastodon-style account. Everything invented,
including the club.
"""
NAME = "Tom Rasmussen"

PERSON = {
    "path": "/crew/tom-rasmussen",
    "site": "Hervey Bay Twilight Sailing: Crew Register",
    "headline": "Crew register: Tom Rasmussen, bowman / trimmer, available Wednesdays",
    "ld": {
        "jobTitle": "Border Force Officer",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Australian Border Force"},
        "address": {"@type": "PostalAddress", "addressLocality": "Torquay", "addressRegion": "QLD"},
        "description": "Keen crew, 10 years' racing. Can do bow or trim.",
    },
    "sections": [
        ("About me", [
            "Lived in Torquay for six years. I work for Border Force down at the Port of Bundaberg, mostly clearing "
            "yachts coming in from New Caledonia and Vanuatu, so I know my way around a boat.",
            "Yachties arriving from overseas who want to check what to declare before they sail can email me at "
            "tom.rasmussen@abf.gov.au and I'll point them the right way."]),
        ("Availability", ["Every Wednesday twilight race, 5:30pm start off the Urangan marina. Most Sunday "
                          "afternoons if the roster allows."]),
    ],
}

ACTIVITYPUB = {
    "handle": "tomras",
    "summary": "<p>Bow monkey. Hervey Bay.</p>",
    "notes": [
        (4401, "2026-03-14 18:00", "+10:00",
         "Four yachts in from Noumea at Burnett Heads today. One skipper with three passports in three names in his "
         "nav table. Long afternoon.", {}),
        (4402, "2026-04-01 19:30", "+10:00",
         "Won the Wednesday race on Anne Fortescue's boat. Anne has sailed these waters for 40 years and still "
         "yells at me about the spinnaker pole.", {}),
        (4403, "2026-04-19 12:00", "+10:00",
         "Freya's first sail with her old man. Daughter seasick, dad thrilled. She wants to try again.", {}),
        (4404, "2026-05-06 21:00", "+10:00", "Watched Border Security with a beer. Unrealistic. Nobody's that tidy.", {}),
    ],
}
