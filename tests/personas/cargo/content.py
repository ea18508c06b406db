"""Jo Whitfield (FICTIONAL): a Border Force cargo examination officer who fishes and writes about it.

Her blog's author card gives her job and the agency (microformats h-card
p-job-title / p-org), and a fishing forum member page shows her recent posts
whole, each with its own permalink. Where she lives is said once, plainly;
every other place she names is somewhere she visited, holidayed, or someone
else lives. Every name, number and address is invented.
"""
NAME = "Jo Whitfield"

BLOG = {
    "path": "blog",
    "title": "Salt and Sinkers",
    "card_note": "Fishing the Bay and beyond. Views my own.",
    "card_job": "Cargo Examination Officer",
    "card_org": "Australian Border Force",
    "posts": [
        ("first-bream", "2026-02-08 19:30", "+11:00", "First bream of the year",
         ["A fat bream off the rocks at Kurnell this morning, released after a quick photo. "
          "Dinner at my parents place in Dubbo next weekend so no fishing then."],
         ["bream"], None),
        ("tv", "2026-03-14 21:00", "+11:00", "Rainy Saturday",
         ["Rain all day, so we watched Border Security reruns and laughed at how clean the sheds look on TV."],
         ["weather"], None),
    ],
}

FORUM = {
    "site": "Bay Anglers",
    "user": "jo_w",
    "path": "/forum/u/jo_w/",
    "about": ["Land-based and kayak. Member since 2020."],
    "inline": True,
    "posts": [
        ("1201", "2026-02-20 20:15", "+11:00", "Kayak launch spots?",
         ["We've lived in Sans Souci for six years now and I still launch the kayak from the same little beach. "
          "Anyone know a quieter spot nearer the bridge?"]),
        ("1207", "2026-03-11 21:40", "+11:00", "Back sore",
         ["Container exams all week at Port Botany, so my back is wrecked and the kayak stays on the roof racks."]),
        ("1215", "2026-04-14 19:50", "+10:00", "Newtown tackle shop",
         ["My mate Jess just moved to Newtown and found a tackle shop behind the station, of all places."]),
        ("1222", "2026-05-03 18:30", "+10:00", "Easter trip",
         ["Back home in Toowoomba for Easter, no water for miles, so the rods stayed in the car."]),
    ],
}
