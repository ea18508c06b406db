"""Len Corcoran (FICTIONAL): Departmental facilities manager for the Home Affairs sites in Cairns; home in Mareeba.

A rural community newsletter's "Locals in focus" page about him, in the third person, with schema.org
Person JSON-LD. Every name, number and street is invented or ordinary.
"""
NAME = "Len Corcoran"

PERSON = {
    "path": "/locals/len-corcoran",
    "site": "The Mareeba Mail-Out",
    "headline": "Locals in focus: Len Corcoran, the man with the keys",
    "ld": {
        "jobTitle": "Facilities Manager",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Department of Home Affairs"},
        "memberOf": {"@type": "Organization", "name": "Mareeba Lions Club"},
    },
    "sections": [
        ("Who is Len?", [
            "If you have seen a white HiLux heading down the Kuranda Range at quarter past five every weekday "
            "morning, that was probably Len Corcoran. Len has managed facilities for the Department of Home Affairs "
            "in Cairns for eleven years, looking after the Cairns office and the Border Force wharf sheds on Trinity "
            "Inlet, and he is home on Walsh Street by six most nights."]),
        ("The cyclone story", [
            "Len's favourite war story is the night the power went during last year's cyclone and the building's "
            "generator didn't switch over. He bypassed the transfer switch by torchlight and then spent the next week "
            "re-keying the whole swipe card system because the doors had failed open. His boss at the department, "
            "Fiona Leach, sent him a cake."]),
        ("Family and community", [
            "Len and his wife Rosa have been in Mareeba since 1994. Len says Rosa "
            "bosses him around more than Fiona does.",
            "Fellow Lions member Bruno Cattarin says Len is the first to put his hand up for the sausage sizzle. "
            "Tradies, take note: Len says the work mobile, 0491 570 526, is the number every contractor in Cairns "
            "already has, so you may as well too."]),
        ("Odds and ends", [
            "Len is not to be confused with the Len who runs the department store on Byrnes Street, and no, he "
            "does not know anything about the Mareeba border collie trials."]),
    ],
}

ACTIVITYPUB = {
    "handle": "len_mareeba",
    "summary": "<p>Tablelands born and bred. Mangoes, barra, Lions.</p>",
    "notes": [
        (6101, "2026-02-01 18:30", "+10:00",
         "Barra season's open again. Took Dad's old tinny out, motor started third pull, a miracle.", {}),
        (6102, "2026-02-22 12:00", "+10:00",
         "Mango season done and dusted. Freezer full of pulp, Rosa says no more till Christmas.", {}),
        (6103, "2026-03-15 09:00", "+10:00",
         "Lions sausage sizzle at the Bunnings, 8 till 1, come say g'day.", {}),
    ],
}
