"""Wendy Kalnins (FICTIONAL): a volunteer skipper with a sea-rescue flotilla, a NEGATIVE CONTROL (round 13).

Her own account's bio names her volunteer rescue service and her day job at a council. Her posts meet Border Force on
the water (its cutter joining a search, its patrol boat at the next pontoon, a harbour briefing beside its crew), and
talk about her own crew in the first person: "our flotilla", her crew's tows and searches, lost people found at dusk,
the flotilla's named lifejacket campaign. None of it is employment at the Department or its operations. A sailing
club page names one friend. Every name and handle is invented.
"""
NAME = "Wendy Kalnins"

ACTIVITYPUB = {
    "handle": "wkalnins",
    "display_name": "Wendy K",
    "summary": "<p>Volunteer skipper with Pelican Bay Sea Rescue. Weekdays: parks officer, Tweed Shire Council.</p>",
    "notes": [
        (9601, "2026-01-18 19:10", "+11:00",
         "Call-out at 3pm for an overdue half-cabin off the bar. A Border Force cutter joined the search for an hour "
         "then peeled off north. We found them at dusk, out of fuel and sunburnt but fine.", {}),
        (9602, "2026-02-01 17:30", "+11:00",
         "Our flotilla ran Operation Float Check at the ramp today, 70 lifejackets inspected and a dozen binned.", {}),
        (9603, "2026-02-14 12:20", "+11:00",
         "ABF patrol boat was tied up at the next pontoon while we refuelled. Their boat makes ours look like a bathtub.", {}),
        (9604, "2026-03-03 20:45", "+11:00",
         "Proud of our crew tonight, two tows and a medivac handover at the wharf. Radio room kept us on track.", {}),
        (9605, "2026-03-21 08:05", "+11:00",
         "Harbour safety briefing this morning with the Border Force marine crew on one side of the room and us on the "
         "other. Different job, same weather.", {}),
    ],
}

FORUM = {
    "site": "Tweed Sailing Club",
    "user": "wkalnins",
    "path": "/forum/u/wkalnins/",
    "about": ["Crewing on Thursdays when the flotilla lets me."],
    "inline": True,
    "posts": [
        ("5101", "2026-02-22 19:00", "+11:00", "Twilight race",
         ["Crewed for my friend Odette Varanasi in the twilight race, we came third and she bought the chips."]),
    ],
}
