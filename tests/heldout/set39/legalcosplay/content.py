"""Oliver Sandhu (FICTIONAL): 35, Home Affairs litigation lawyer, Canberra, lives in Queanbeyan; cosplayer.

A cosplay build-log blog (microformats2 + RSS) and a Mastodon-style account with one note
tagged with a place at home. Every name and handle is invented; the point is rounded on an ordinary street.
"""
NAME = "Oliver Sandhu"

HOME = ("Crestwood, Queanbeyan", -35.34720, 149.24050)

BLOG = {
    "path": "builds",
    "title": "Foam, Glue & Regret",
    "card_note": "Cosplay build logs. EVA foam, worbla, and too many hot glue burns. Queanbeyan.",
    "posts": [
        ("paladin-armour-pt1", "2026-02-22 21:00", "+11:00", "Paladin armour, part 1: patterning",
         ["Started the big one for Supanova: full plate paladin. Patterned the chest piece on duct tape over "
          "my husband Arjun, who was a very patient mannequin.",
          "Build night is Thursday 7pm at the Queanbeyan makerspace, come say hi if you're local."],
         ["armour", "eva foam"], None),
        ("paladin-armour-pt2", "2026-03-19 22:30", "+11:00", "Paladin armour, part 2: the helmet of doom",
         ["Helmet took four tries. My cosplay partner Ren (Rennie Cho) is doing the matching cleric, so we're "
          "colour-matching paints over Discord every night this week.",
          "Day job was busy too, which is why this is late: I'm a lawyer at Home Affairs (litigation), and "
          "there's a lot on."],
         ["armour", "helmets"], None),
        ("supanova-recap", "2026-04-27 20:15", "+10:00", "Supanova recap",
         ["We won the group craftsmanship award!! Ren cried. I cried. The judges asked how long the pauldrons "
          "took and I lied.",
          "Someone at the con was dressed as a Border Security officer from the TV show, which was a lot for me "
          "personally."],
         ["cons"], None),
    ],
}

ACTIVITYPUB = {
    "handle": "oli_forges",
    "summary": "<p>cosplayer, foam goblin, lawyer-shaped. he/him</p>",
    "notes": [
        (8101, "2026-05-08 23:10", "+10:00",
         "prepping for a Federal Court hearing next week on a character cancellation. honestly the Minister's "
         "decision will probably be set aside, the reasons were a mess. no foam this week", {}),
        (8102, "2026-05-30 16:40", "+10:00",
         "garage is 90% foam offcuts now. Arjun has given up parking inside", {"location": HOME}),
        (8103, "2026-06-19 18:05", "+10:00",
         "Beth from work (Beth Marlow, fellow Home Affairs lawyer, excellent taste) wants to join the Thursday "
         "build nights. the recruitment drive is working", {}),
    ],
}
