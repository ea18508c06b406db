"""Warren "Wazza" Pask (FICTIONAL): 52-year-old Border Force officer boarding coal ships at Abbot Point, Bowen.

A campdraft association's committee page about him in the third person (job and site, his work mobile for
entries, wife on the canteen, daughter in the juniors, monthly meeting, the arena director), and his own terse
ActivityPub posts that never name the agency: a berth with two officers, cigarettes taken off a cook, the
boarding tablet that won't sync, passed over again. Every name, number and club here is invented.
"""
NAME = "Warren Pask"

PERSON = {
    "path": "/committee/warren-pask",
    "site": "Bowen River Campdraft Association",
    "headline": "Secretary, Bowen River Campdraft Association",
    "ld": {
        "jobTitle": "Club secretary",
        "memberOf": {"@type": "SportsOrganization", "name": "Bowen River Campdraft Association"},
    },
    "sections": [
        ("Our secretary", [
            "Warren \"Wazza\" Pask has been our secretary since 2019. When he's not on a horse he's boarding coal "
            "ships out at Abbot Point for Border Force, so be patient if he takes a day to answer.",
            "Entries and nominations: ring or text Wazza on his work mobile 0491 570 147 between shifts.",
            "His wife Deb runs our canteen (best rissoles in the district) and their daughter Kayla Pask is riding "
            "in the junior draft this season."]),
        ("Meetings", [
            "The committee meets the first Monday of the month, 7pm, in the pavilion at the Bowen showgrounds. "
            "Arena director Mick Dunne chairs the draft day briefings."]),
    ],
}

ACTIVITYPUB = {
    "handle": "wazza_draft",
    "display_name": "Wazza",
    "summary": "<p>Horses, dogs, coal dust. Bowen.</p>",
    "notes": [
        (8801, "2026-02-16 19:30", "+10:00",
         "3 ships on the berth, 2 of us to board the lot. Cook off one of them tried to walk 40 cartons of durries "
         "down the gangway in a laundry bag. We took the lot. Home at 11.", {}),
        (8802, "2026-02-28 06:10", "+10:00",
         "Sunrise off our front verandah at Queens Beach with Deb. Worth getting up for.", {}),
        (8803, "2026-03-12 21:45", "+10:00",
         "Boarding tablet won't sync anywhere near the berth so we write it all on paper and key it in back at the "
         "office next day. Every. Single. Ship.", {}),
        (8804, "2026-03-30 20:15", "+10:00",
         "Missed the sup job for the third time. 25 years in and they give it to a kid from Brisbane who's never "
         "been on a ship. Might as well take the package and go droving.", {}),
        (8805, "2026-04-08 18:40", "+10:00",
         "Shout out to Leanne Cobb who did the night shift with me on that bulk carrier and didn't complain once. "
         "Leanne you're a champion.", {}),
        (8806, "2026-04-26 17:00", "+10:00",
         "Kayla second in the junior draft at Collinsville! Mick reckons she'll be open class in two years.", {}),
        (8807, "2026-05-09 20:30", "+10:00",
         "Watched Border Security with a beer. Nothing like that on our wharf, mate. Bluey (the cattle dog, not "
         "the cartoon) asleep on my boots.", {}),
    ],
}
