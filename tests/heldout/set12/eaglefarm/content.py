"""Grant Whitlock (FICTIONAL): Border Force officer, international air cargo at Eagle Farm, Brisbane, 47.

His scout group's "meet our leaders" page (third person, with his work mobile as the Cub contact) and
his own short posts. Every name, number and group is invented.
"""
NAME = "Grant Whitlock"

PERSON = {
    "path": "/leaders/grant-whitlock",
    "site": "1st Ascot Scout Group",
    "headline": "Cub Scout Leader (\"Akela\"), 1st Ascot Scout Group",
    "ld": {
        "jobTitle": "Cub Scout Leader",
        "telephone": "0491 570 588",
        "homeLocation": {"@type": "Place", "name": "Hendra, Brisbane"},
        "memberOf": {"@type": "Organization", "name": "1st Ascot Scout Group"},
    },
    "sections": [
        ("About Grant", [
            "Grant has been Akela for the Cub pack for six years. He lives just up the road in Hendra, and by day "
            "he's a Border Force officer with the international air cargo team at Eagle Farm, which explains the "
            "excellent knots.",
            "His wife Kate is our Group Leader, and their son Archie moved up to Scouts this year.",
            "Cubs meet Tuesdays 6:30 to 8pm at the Ascot scout hall. Grant works a swing shift and comes straight "
            "from work on Tuesdays, so if he is a few minutes late, start the games without him.",
            "Fellow leader Dean Cho, who also works with Grant at Border Force, runs our hiking badge.",
        ]),
        ("Contact", [
            "Phone Grant on 0491 570 588 (this is his work mobile, best before 2pm).",
        ]),
    ],
}

ACTIVITYPUB = {
    "handle": "akela_grant",
    "summary": "<p>Scouts, sausage sizzles, swing shifts.</p>",
    "notes": [
        (9101, "2026-03-03 20:30", "+10:00", "Cubs did knots tonight. Nobody tied anyone to anything. Win.", {}),
        (9102, "2026-03-19 23:50", "+10:00",
         "3 of us on the x-ray for 40 ULDs overnight. Backlog to Thursday. Coffee.", {}),
        (9103, "2026-04-11 15:00", "+10:00",
         "Camp at the Scouts' bush site this weekend. Border patrol duty = keeping Cubs inside the campsite rope.", {}),
        (9104, "2026-05-02 12:00", "+10:00", "Jamboree fundraiser raised $1,200. Thanks all.", {}),
    ],
}
