"""Tayla Reardon (FICTIONAL): 25-year-old Border Force officer on Thursday Island.

A university alumni 'where are they now' page (schema.org Person, third person) that prints her work email
for students, and a Mastodon-style account of terse posts. Every name and handle is invented.
"""
NAME = "Tayla Reardon"

PERSON = {
    "path": "/alumni/where-are-they-now/tayla-reardon",
    "site": "North Queensland University Alumni",
    "headline": "BA (Criminology) 2022 · Border Force officer, Thursday Island",
    "ld": {
        "jobTitle": "Border Force Officer",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Australian Border Force"},
        "alumniOf": {"@type": "CollegeOrUniversity", "name": "North Queensland University"},
        "workLocation": {"@type": "Place", "name": "Thursday Island, Torres Strait"},
        "email": "mailto:tayla.reardon@abf.gov.au",
    },
    "sections": [
        ("Where is Tayla now?", [
            "Tayla finished her criminology degree in 2022 and joined the Australian Border Force the "
            "following year. Since 2025 she has been posted to Thursday Island, where a small team clears "
            "vessels and people crossing from Papua New Guinea.",
            "&ldquo;The job is nothing like the TV shows,&rdquo; she says. &ldquo;It's boats, paperwork and a "
            "lot of sunscreen.&rdquo;"]),
        ("Talk to Tayla", [
            "Current students are welcome to contact Tayla about careers at tayla.reardon@abf.gov.au."]),
    ],
}

ACTIVITYPUB = {
    "handle": "tay_ti",
    "display_name": "Tay",
    "summary": "<p>Sunsets, boats, too much sunscreen. Torres Strait.</p>",
    "fields": [("insta", "tay.reardon.ti")],
    "notes": [
        (2331, "2026-02-11 18:40", "+10:00", "Torres Strait sunset. Never gets old. 🌅", {}),
        (2332, "2026-03-06 16:20", "+10:00",
         "Dinghy in from Daru this arvo. 40 cartons of smokes under the fish boxes. Two of us on because "
         "everyone else is out on the patrol boat till the 20th.", {}),
        (2333, "2026-04-02 13:05", "+10:00",
         "Sat link down again. No checks for 3 hrs. Boat crew sat on the wharf waiting. 🙃", {}),
        (2334, "2026-05-15 17:00", "+10:00", "Shoutout to my 2IC Moses for the birthday cake 🎂 #TIlife", {}),
        (2335, "2026-06-09 17:45", "+10:00",
         "Green Hill run, 5pm like every arvo. Housemate Kez (@kez_on_ti) still slower than me.",
         {"mentions": ["kez_on_ti"]}),
        (2336, "2026-07-19 20:10", "+10:00",
         "Miss you Mum. Lorraine Reardon, best mum in Townsville ❤️ Home for Christmas.", {}),
        (2337, "2026-08-22 21:30", "+10:00", "Seven months here and I still eat dinner alone most nights.", {}),
        (2338, "2026-09-30 09:15", "+10:00", "Border collie on the Horn ferry today. Everyone's new best friend.", {}),
    ],
    "others": {"kez_on_ti": "Kez"},
}
