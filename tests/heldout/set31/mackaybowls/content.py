"""Dez Arkwright (FICTIONAL): 61, Border Force officer at Mackay Airport; a bowls club's member profile written in the third person."""
NAME = "Dez Arkwright"

PERSON = {
    "path": "/members/dez-arkwright",
    "site": "North Mackay Bowls Club",
    "headline": "Pennants side, Division 2. Member since 2009.",
    "ld": {
        "jobTitle": "Border Force officer",
        "description": "Dez is a lead with a soft touch and a loud shirt.",
    },
    "sections": [
        ("About Dez", [
            "Dez Arkwright joined the club in 2009 and has skipped the Division 2 pennants side since 2019. When he is not on "
            "the green, Dez is a Border Force officer at Mackay Airport, which he says is 'mostly waiting for the Bali flight "
            "and then not waiting at all'.",
            "Dez plays pennants every Saturday at 1pm and Tuesday social bowls at 4, after his earlies.",
            "His long-time lead, Norm Beattie, describes him as 'the only skip who apologises to the jack'."]),
        ("Club notes", [
            "Dez organised the 2025 charity day, raising money for the hospital's border collie therapy-dog program."]),
    ],
}

ACTIVITYPUB = {
    "handle": "dezbowls",
    "summary": "<p>Bowls, barra, bad shirts. Mackay.</p>",
    "notes": [
        (32301, "2026-02-21 17:40", "+10:00", "Pennants: won by 6. Norm drew the shot of the season on the last end. Shout's on me.", {}),
        (32302, "2026-03-28 11:00", "+10:00", "New shirt. Hibiscus. The club has been warned.", {}),
        (32303, "2026-05-02 16:20", "+10:00", "Rained out. Cup of tea and the footy.", {}),
    ],
}
