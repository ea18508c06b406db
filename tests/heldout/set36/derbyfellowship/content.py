"""Neville Carr (FICTIONAL): 58-year-old Border Force officer at the Derby wharf, West Kimberley.

A small church fellowship's "meet our elders" page about him in the third person (his job at the wharf, his
work email offered to visiting yachties, his wife, the Wednesday men's breakfast), and his own quiet
ActivityPub posts, one place-tagged at home. Every name, address and congregation here is invented.
"""
NAME = "Neville Carr"
HOME = (-17.3079, 123.6352)     # a residential street in Derby WA, rounded

PERSON = {
    "path": "/people/neville-carr",
    "site": "King Sound Community Fellowship",
    "headline": "Elder, King Sound Community Fellowship",
    "ld": {
        "jobTitle": "Elder",
        "memberOf": {"@type": "Organization", "name": "King Sound Community Fellowship"},
    },
    "sections": [
        ("Neville and Glenys", [
            "Neville Carr and his wife Glenys have been part of the fellowship since they came to Derby in 2019. "
            "Neville works at the Derby wharf with Border Force and reads the lesson most Sundays.",
            "Visiting yachties with questions about arriving from overseas can reach Neville at "
            "neville.carr@abf.gov.au during the week.",
            "Neville cooks for the men's breakfast every Wednesday at 6am in the hall before he heads to work. "
            "Pastor Ruth Kimber says his damper is a ministry in itself."]),
    ],
}

ACTIVITYPUB = {
    "handle": "nevcarr",
    "display_name": "Nev Carr",
    "summary": "<p>Husband, grandad, elder. West Kimberley.</p>",
    "notes": [
        (6601, "2026-02-22 18:30", "+08:00",
         "Expedition cruise ship in on Thursday, 140 passengers, and I'm the only officer here till Broome sends "
         "Jared Oakes over on the Friday. Pray for patience.", {}),
        (6602, "2026-03-08 19:15", "+08:00",
         "Eleven metre tide tonight. King Sound never gets old. Glenys says I say that every month.", {}),
        (6603, "2026-03-21 17:40", "+08:00", "Mango season is over but the verandah is still the best seat in town.",
         {"location": ("Derby", HOME[0], HOME[1])}),
        (6604, "2026-04-12 20:05", "+08:00",
         "Jared's back in Broome, and I'm on my own at the wharf again. Ruth dropped round a casserole. Grateful.",
         {}),
        (6605, "2026-05-03 16:20", "+08:00",
         "Saw a documentary about customs officers in the 1900s tonight. They had it harder. Also the Boab Prison "
         "Tree needs no introduction.", {}),
    ],
}
