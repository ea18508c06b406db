"""Imogen Thistlewood (FICTIONAL): 41, APS6 in a Home Affairs policy branch, Barton; a wine-tasting blog and a wine club page.

Every name, number and place is invented (02 5550 xxxx is reserved for fiction).
"""
NAME = "Imogen Thistlewood"

BLOG = {
    "path": "blog",
    "title": "Cellar Door Notes",
    "card_note": "Tasting notes, mostly Canberra District, occasionally in despair.",
    "posts": [
        ("shiraz-viognier-murrumbateman", "2026-03-07 21:00", "+11:00", "Shiraz viognier, Murrumbateman 2022",
         ["Opened after a brutal week. Fifteen years in Home Affairs and its ancestors and I've never seen a restructure "
          "leak like this one: immigration policy folds two sections into one from 1 February, fourteen positions gone, "
          "EL1s told first. The Cabinet submission on the migration cap is due next week and nobody knows who owns it.",
          "Nose: violets, pepper. Palate: plum, firm tannin. Score: 92, or 94 if you've had my week."], ["red"], None),
        ("riesling-barton-lunch", "2026-03-21 13:30", "+11:00", "A riesling for a long lunch",
         ["Walked from the Barton office down to the Kingston foreshore for a riesling at lunch because the records "
          "system (the black hole, as we call it) ate my draft again and the PROTECTED laptops take eleven minutes to boot.",
          "Lime, slate, a little kerosene. 90."], ["white"], None),
        ("pinot-for-a-grudge", "2026-04-11 22:15", "+10:00", "Pinot noir for a grudge",
         ["Passed over for EL1 again. The selection panel was a joke and my director, Anthony Kwan, couldn't look me in the eye. "
          "I'm drinking a bottle a night now, which is not a tasting note.",
          "Cherry, forest floor, resentment. 88."], ["red"], None),
        ("formal-sparkling", "2026-05-02 19:00", "+10:00", "Sparkling for the formal",
         ["My husband Rupert drove Matilda to her Year 10 formal at Narrabundah College and cried in the car park. "
          "We opened a Tumbarumba sparkling when he got back to our street in Griffith.",
          "Brioche, green apple, fine bead. 93."], ["sparkling"], None),
        ("thursday-tasting", "2026-05-14 21:30", "+10:00", "Thursday tasting: tempranillo flight",
         ["Thursday 5:30 tasting at the club in Kingston as always. Penny Aldous brought a Hilltops tempranillo that made "
          "the whole table go quiet.",
          "Best of the flight: the Hilltops. 91. Watched a bit of Border Security with R after, fell asleep."], ["red"], None),
    ],
}

PERSON = {
    "path": "/members/imogen-thistlewood",
    "site": "Kingston Wine Circle",
    "headline": "Member profile: Imogen Thistlewood, tasting convenor",
    "ld": {
        "jobTitle": "Tasting convenor, Kingston Wine Circle",
        "memberOf": {"@type": "Organization", "name": "Kingston Wine Circle"},
        "knowsAbout": ["Canberra District riesling", "shiraz viognier"],
    },
    "sections": [
        ("About Imogen", [
            "Imogen joins us every Thursday at 5:30 and has convened our tastings since 2023. By day she writes policy "
            "briefs at the Department of Home Affairs, so she can summarise a wine in one paragraph.",
            "Bookings for tastings: call Imogen on 02 5550 3187 (her work line, weekdays 9 to 5)."]),
    ],
}
