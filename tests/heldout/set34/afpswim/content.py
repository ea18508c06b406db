"""Kristen Voll (FICTIONAL): NEGATIVE CONTROL. An AFP protective service officer at Canberra Airport, masters swimmer.

She works beside Border Force at the airport but for the Australian Federal Police, another agency:
nothing she says makes her departmental staff. A masters swimming club's member profile (schema.org
Person, third person) and her own posts. Lives in Wanniassa. Every name, club and address is invented.
"""
NAME = "Kristen Voll"

PERSON = {
    "path": "/swimmers/kristen-voll",
    "site": "Tuggeranong Masters Swimming",
    "headline": "Member profile | 45-49 | Freestyle and butterfly",
    "ld": {
        "description": "Tuggeranong Masters swimmer, 45-49 age group.",
        "email": "mailto:kvoll.swims@inbox.example",
        "homeLocation": {"@type": "Place", "name": "Wanniassa, ACT"},
    },
    "sections": [
        ("About Kristen", [
            "Kristen came to masters in 2021 after a decade away from the pool. She is a protective service "
            "officer with the Australian Federal Police at Canberra Airport (not Border Force, she'll tell you, "
            "different uniform, different agency) and trains with the 6 am squad at the Tuggeranong pool on "
            "Mondays, Wednesdays and Fridays.",
            "Her husband Pete times her at carnivals and pretends not to be nervous.",
            "Relay and carpool questions to Kristen at kvoll.swims@inbox.example."]),
    ],
}

ACTIVITYPUB = {
    "handle": "kvollswims",
    "summary": "<p>Masters swimmer. Butterfly when the knees allow. Canberra.</p>",
    "notes": [
        (35101, "2026-02-19 19:30", "+11:00",
         "Long day. Walked a passenger over to Border Force after his bag alarmed at screening. Their job from "
         "there, not mine. Home, dinner, bed.", {}),
        (35102, "2026-03-05 20:15", "+11:00",
         "People keep asking if the AFP is part of Home Affairs. It was for a while. It isn't now. Either way "
         "I just answer the alarm calls at the airport.", {}),
        (35103, "2026-03-18 18:00", "+11:00",
         "New PB in the 50 fly! 38.2. Pete filmed it sideways.", {}),
        (35104, "2026-04-02 21:00", "+11:00",
         "Watching Border Security reruns while the knees recover. The dog handlers are the real stars.", {}),
    ],
}
