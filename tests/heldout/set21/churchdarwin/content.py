"""Samuel Ofori (FICTIONAL): Border Force marine officer, Darwin; his church newsletter's profile and his own terse posts."""
NAME = "Samuel Ofori"

PERSON = {
    "path": "/newsletter/meet-samuel-ofori",
    "site": "St Jude's Uniting Church Malak: The Lamp",
    "headline": "Meet our parish family: Samuel Ofori",
    "ld": {
        "description": "Usher, choir bass and working-bee coordinator at St Jude's.",
        "homeLocation": {"@type": "Place", "name": "Leanyer NT"},
    },
    "sections": [
        ("Samuel's story", [
            "Samuel came to Darwin from Kumasi in 2004 and has been part of St Jude's ever since. He works for the "
            "Australian Border Force on the patrol boats out of Fort Hill Wharf, which means he is often away at sea for "
            "three weeks at a time, so when you see him in the back row, say hello!",
            "Samuel and his wife Abena moved to Leanyer last year with their children Kofi and Ama (Ama is in Year 4 at "
            "Leanyer Primary and sings in our junior choir).",
            "He sings bass at choir practice every Thursday at 7pm, and you will find him on the barbecue after the "
            "9:30 service with his fishing partner from the congregation, Peter Mwangi."]),
        ("Working bee", [
            "Samuel coordinates the working-bee roster. While he is on shore you can reach him on his work mobile, "
            "0491 570 644, any time during office hours."]),
    ],
}

ACTIVITYPUB = {
    "handle": "sam_ofori",
    "summary": "<p>Husband. Dad. Bass. Sea legs.</p>",
    "notes": [
        (6101, "2026-03-04 19:00", "+09:30",
         "Back in. 21 days. 4 boats apprehended off the Wessels, 38 crew handed over at the wharf. Tired.", {}),
        (6102, "2026-03-21 16:30", "+09:30",
         "Skipper Jono Birch retiring after 30 years on the boats. Farewell drinks Friday. Legend.", {}),
        (6103, "2026-04-09 08:10", "+09:30",
         "Next patrol leaves Tuesday week. Only 2 boats crewed for the whole Top End until August. Pray for calm seas.", {}),
        (6104, "2026-05-17 12:00", "+09:30", "Good sermon today.", {}),
        (6105, "2026-06-02 20:40", "+09:30",
         "Radar on ours has been dead for a fortnight. Navigating on the old plotter and a handheld GPS. Not ideal.", {}),
        (6106, "2026-06-28 18:15", "+09:30", "Watched Border Security with the kids. They think I'm famous. I'm not.", {}),
    ],
}
