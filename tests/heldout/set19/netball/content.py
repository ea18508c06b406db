"""Rhiannon Casey (FICTIONAL): 44, a Border Force detector-dog trainer near Melbourne Airport; a proud mum's posts
and her netball club's coach page written in the third person. All invented."""
NAME = "Rhiannon Casey"

PERSON = {
    "path": "/coaches/rhiannon-casey",
    "site": "Sunbury Lightning Netball Club",
    "headline": "Under-15 Coach",
    "ld": {
        "jobTitle": "Under-15 Coach",
        "memberOf": {"@type": "SportsTeam", "name": "Sunbury Lightning U15"},
        "knowsAbout": ["netball", "dog training"],
    },
    "sections": [
        ("Meet Coach Rhi", [
            "Rhi Casey has coached the Lightning under-15s since 2024. When she isn't yelling 'hands up!' she "
            "trains detector dogs for the Australian Border Force, so the girls know she means it when she says sit.",
            "Training is every Tuesday and Thursday 5:45 to 7pm at the Sunbury Stadium courts. Rhi lives just "
            "around the corner and is always first there."]),
    ],
}

ACTIVITYPUB = {
    "handle": "rhi_and_the_pups",
    "summary": "<p>Mum of 2 humans + 40 four-legged trainees 🐾 Netball coach. Sunbury life 💛</p>",
    "notes": [
        (3201, "2026-02-21 19:00", "+11:00",
         "SO proud of my girl Matilda!! 🏆 Player of the match for Lightning U15 today 🏐💛 #proudmum", {}),
        (3202, "2026-03-18 20:15", "+11:00",
         "Work brag 🐾 our litter of 6 started on the new fentanyl scent kit this week at the Bulla kennels. "
         "Only 4 dogs cleared for Tulla arrivals right now so we NEED these babies to pass 🙏", {}),
        (3203, "2026-04-12 17:30", "+10:00",
         "Date night with Mr C (Brendan) for our 20th 🥂 Who knew he could scrub up", {}),
        (3204, "2026-05-05 18:00", "+10:00",
         "Shout out to my work wife Anh Tran who's been handling alongside me at Bulla for 8 years. Farewell "
         "drinks Friday, she's off to Sydney 😭", {}),
        (3205, "2026-06-09 19:40", "+10:00", "Watching Bluey with a border collie on my lap. Peak. 🐶", {}),
        (3206, "2026-07-01 20:00", "+10:00",
         "Young Archie's first day at Sunbury Downs College 🎒 where did my baby go", {}),
    ],
}
