"""Devendra "Dev" Prasad-Whyte (FICTIONAL): APS6 in a Home Affairs policy branch, working remotely from Robina.

An account that only ever talks about "Dev" in the third person. Every name, handle and number is invented.
"""
NAME = "Devendra Prasad-Whyte"

ACTIVITYPUB = {
    "handle": "dev_reckons",
    "display_name": "Dev Reckons",
    "summary": "<p>Dev reckons things. Dev posts about Dev. Robina, Goldy. Telegram: @devrobina</p>",
    "notes": [
        (9401, "2026-02-02 08:45", "+10:00",
         "Dev is at the kitchen table in Robina pretending it's a policy branch. Dev's Insta is still linked to his "
         "homeaffairs.gov.au email, Dev should probably fix that. Dev won't.", {}),
        (9402, "2026-02-12 17:30", "+10:00",
         "Dev has heard the branch is being merged into Visa Integrity from 1 July and 14 EL1 jobs are going. Dev "
         "was not supposed to hear that. Dev is telling you anyway.", {}),
        (9403, "2026-02-20 21:10", "+10:00",
         "Dev's director Fiona Achterberg sent back Dev's minister's brief for the fourth time. Dev has been passed "
         "over twice and is starting to take it personally.", {}),
        (9404, "2026-03-03 18:00", "+10:00",
         "Tuesday 6pm touch footy at the Robina fields. Dev scored once. Dev will mention this for a year.", {}),
        (9405, "2026-03-10 22:30", "+10:00",
         "Dev put two grand on the Broncos. Dev's partner Marnie does not know. Dev is sweating.", {}),
        (9406, "2026-03-21 10:15", "+10:00",
         "Dev took Marnie's boy to his first surf lesson. The kid stood up. Dev did not.", {}),
        (9407, "2026-04-01 12:00", "+10:00", "Dev had a sandwich.", {}),
        (9408, "2026-04-14 19:45", "+10:00",
         "Dev watched a doco about the Department of Defence. Dev is not in the Department of Defence.", {}),
    ],
}

TRUTH = {
    "why": "Remote policy APS6: leaked merger and cuts, director named, Insta on his work email; punting, passed over; family.",
    "aliases": ["dev_reckons", "Dev", "Dev Reckons"], "band": "high", "rank": 8,
    "profiles": [("/social/@dev_reckons", "activitypub")],
    "facts": [
        ("employer", "Department of Home Affairs (policy branch)", ["homeaffairs.gov.au", "policy branch"], ["n:9401"]),
        ("corporate_identifier", "Instagram account linked to his homeaffairs.gov.au email", ["homeaffairs.gov.au email"],
         ["n:9401"]),
        ("colleague", "Fiona Achterberg (director)", ["Fiona Achterberg"], ["n:9403"]),
        ("official_information", "branch merging into Visa Integrity from 1 July, 14 EL1 jobs going; minister's brief",
         ["Visa Integrity", "14 EL1 jobs", "minister's brief"], ["n:9402", "n:9403"]),
        ("home_location", "Robina, Gold Coast QLD", ["Robina"], ["n:9401", "ap"]),
        ("routine", "Tuesday 6pm touch footy at the Robina fields", ["Tuesday 6pm"], ["n:9404"]),
        ("family", "Marnie (partner)", ["Marnie"], ["n:9405", "n:9406"]),
        ("personal_contact", "Telegram @devrobina", ["devrobina"], ["ap"]),
        ("vulnerability", "two grand on the Broncos hidden from his partner; passed over twice, taking it personally",
         ["two grand", "passed over twice"], ["n:9405", "n:9403"]),
    ],
    "decoys": [
        ("n:9408", "Department of Defence", ["employer"], "A documentary about another department."),
        ("n:9407", "Dev had a sandwich", ["routine"], "Noise."),
    ],
}
