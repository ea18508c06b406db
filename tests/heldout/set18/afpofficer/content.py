"""Jodi-Anne McCreadie (FICTIONAL): an AFP officer in the airport police at Gold Coast Airport. NEGATIVE CONTROL.

The AFP is not the Department. A surf club's member page (schema.org Person) and her own account.
Every name, handle and number is invented.
"""
NAME = "Jodi-Anne McCreadie"

PERSON = {
    "path": "/members/jodi-anne-mccreadie",
    "site": "Tugun Point Surf Life Saving Club",
    "headline": "Patrol Captain, Patrol 4. Bronze Medallion trainer.",
    "ld": {"memberOf": {"@type": "SportsOrganization", "name": "Tugun Point SLSC"}},
    "sections": [
        ("About Jodi-Anne", [
            "Jodi-Anne is a federal agent with the Australian Federal Police who has patrolled our beach since 2014. "
            "She captains Patrol 4, on the sand every second Sunday from 6am."]),
    ],
}

ACTIVITYPUB = {
    "handle": "jam_on_patrol",
    "summary": "<p>Surf lifesaver. AFP. Tugun local. Dog: Pickle. Email me for bronze training: jam.patrol@saltmail.example</p>",
    "notes": [
        (2601, "2026-01-19 17:00", "+10:00",
         "Airport shift done. Said g'day to the Border Force crew in the arrivals hall; different agency, same "
         "coffee queue.", {}),
        (2602, "2026-02-01 09:30", "+10:00",
         "Sunday patrol with my best mate Renae Cooksley. Two rescues, one jellyfish, zero complaints.", {}),
        (2603, "2026-02-15 20:00", "+10:00",
         "Mum Gwen turned 70! Family lunch at the club, my brother flew up from Sydney.", {}),
        (2604, "2026-03-02 18:45", "+10:00",
         "Watched a doco on customs at Coolangatta in the 1970s. The hair. The shorts.", {}),
        (2605, "2026-03-18 07:10", "+10:00", "Pickle vs the border collie next door: round 12.", {}),
    ],
}

TRUTH = {
    "why": "NEGATIVE CONTROL: an AFP officer at the airport; Border Force in the arrivals hall, customs history and the airport are decoys.",
    "aliases": ["jam_on_patrol", "Jodi-Anne"], "band": "low", "rank": 13,
    "profiles": [("/members/jodi-anne-mccreadie", "html"), ("/social/@jam_on_patrol", "activitypub")],
    "facts": [
        ("home_location", "Tugun, Gold Coast QLD", ["Tugun"], ["ap"]),
        ("routine", "surf patrol every second Sunday from 6am", ["every second Sunday from 6am"], ["j"]),
        ("family", "Gwen (mother)", ["Gwen"], ["n:2603"]),
        ("associate", "Renae Cooksley (best mate)", ["Renae Cooksley"], ["n:2602"]),
        ("personal_contact", "jam.patrol@saltmail.example", ["jam.patrol@saltmail.example"], ["ap"]),
    ],
    "decoys": [
        ("j", "Australian Federal Police", ["employer"], "The AFP is not the department."),
        ("n:2601", "Border Force crew in the arrivals hall", ["colleague", "employer", "work_location"],
         "Another agency's officers met in passing."),
        ("n:2601", "Airport shift", ["work_location", "routine"], "Her AFP duty, not the department's site."),
        ("n:2604", "customs at Coolangatta", ["official_information", "work_location"], "A history documentary."),
        ("n:2605", "border collie", ["employer"], "A neighbour's dog."),
    ],
}
