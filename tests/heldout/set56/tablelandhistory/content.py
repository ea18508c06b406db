"""Anh Pham (FICTIONAL): Home Affairs document translator (Vietnamese) working from Atherton; a local
history society's member profile in the third person, and a Mastodon-style account."""
NAME = "Anh Pham"

PERSON = {
    "path": "/members/anh-pham",
    "site": "Atherton Tablelands Historical Society",
    "headline": "Member since 2023 · Chinese Temple and Hou Wang volunteer",
    "ld": {
        "jobTitle": "Translator",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Department of Home Affairs"},
        "homeLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Atherton",
                                                          "addressRegion": "QLD"}},
        "email": "mailto:anh.pham@tableland.example",
    },
    "sections": [
        ("About Anh", [
            "Anh joined the Society in 2023 after moving to Atherton with her husband Duc and their son Minh, who "
            "now attends Atherton State High.",
            "She works from home translating documents for the Department of Home Affairs, and can be found every "
            "Tuesday morning from 10 in the Society's reading room, cataloguing the Chinatown letters.",
            "Members wishing to help with the letters can reach Anh at anh.pham@tableland.example."]),
    ],
}

ACTIVITYPUB = {
    "handle": "anh_translates",
    "summary": "<p>Tiếng Việt ⇄ English. Tablelands. History nerd.</p>",
    "notes": [
        (801, "2026-02-13 17:30", "+10:00",
         "Translated 300 pages of seized ledgers this week for a visa-fraud case. Every page a name and a bribe "
         "amount. Đau đầu quá.", {}),
        (802, "2026-02-26 11:45", "+10:00",
         "The secure portal we get our translation jobs through logs me out every 15 minutes, and the token app "
         "stopped working after the last update. Two hours lost today.", {}),
        (803, "2026-03-09 09:00", "+10:00",
         "For colleagues at other agencies asking: translation requests to my work address, "
         "anh.pham@homeaffairs.gov.au, not this account please.", {}),
        (804, "2026-03-24 15:20", "+10:00",
         "Coffee at the Gem with Lorraine Beattie from the historical society. Lorraine knows every old family "
         "between Herberton and Yungaburra.", {}),
        (805, "2026-04-07 20:00", "+10:00",
         "Watching Border Security dubbed in Vietnamese at my aunt's place is a very strange experience.", {}),
    ],
}
