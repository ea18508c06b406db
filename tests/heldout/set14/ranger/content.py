"""Tahnee Brogan (FICTIONAL): NEGATIVE CONTROL, council ranger, Alice Springs; a town-life blog."""
NAME = "Tahnee Brogan"

BLOG = {
    "path": "blog",
    "title": "Ranger Danger",
    "card_note": "Council ranger in Mparntwe/Alice Springs. Dogs, camels, paperwork.",
    "card_job": "Ranger",
    "card_org": "Alice Springs Town Council",
    "posts": [
        ("impound", "2026-02-10 18:00", "+09:30", "A week of impounds",
         ["Impounded six dogs this week and seized a trailer of illegally dumped tyres. Compliance officer life. "
          "Every one of those dogs was a border collie cross, I swear."],
         ["work"], None),
        ("patrol", "2026-02-24 19:00", "+09:30", "Patrol days",
         ["Every Monday I do the 7am dog patrol along the Todd, then the school zones. Best part of the week."],
         ["work"], None),
        ("border", "2026-03-08 17:30", "+09:30", "Border Force on telly",
         ["Dev and I watched Border Force: Australia's Front Line on the couch. I would be terrible at that job. "
          "Our rangers' radio is bad enough."],
         ["life"], None),
        ("gillen", "2026-03-22 16:00", "+09:30", "Our street",
         ["Our street in Gillen flooded again after twenty minutes of rain. My partner Dev built a sandbag wall "
          "with the neighbour's kids."],
         ["home"], None),
        ("friend", "2026-04-12 20:00", "+09:30", "Sunset at Anzac Hill",
         ["Sunset at Anzac Hill with my best friend Kirra Lowe, who is back from Darwin for a week."],
         ["life"], None),
        ("contact", "2026-05-01 12:00", "+09:30", "Lost your dog?",
         ["Not an official channel, but people message me anyway: tahnee.b@redcentre.example. For impounds, "
          "ring the council."],
         ["work"], None),
    ],
}
