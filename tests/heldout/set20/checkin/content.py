"""Brianna Stathis (FICTIONAL): an airline customer-service agent at Adelaide's airport. NEGATIVE CONTROL.

She checks passports at the check-in desk for her airline, watches Border Force officers
walk past, and complains about the immigration queue; none of it makes her staff.
A plain forum for aviation ground staff. Every name and number is invented.
"""
NAME = "Brianna Stathis"

FORUM = {
    "site": "Ground Crew Lounge",
    "user": "bri_at_checkin",
    "path": "/forum/u/bri_at_checkin/",
    "about": ["Customer service agent for a regional airline, Adelaide. 9 years at the desk."],
    "posts": [
        ("881", "2026-02-09 20:00", "+10:30", "passport checks at the desk",
         ["we have to check every passport at check-in for international, and people still turn up with an expired "
          "one. then they blame me, not the airline, not the govt. me."]),
        ("882", "2026-03-01 18:30", "+10:30", "the immigration queue",
         ["had a pax miss her connection because the immigration queue at Adelaide Airport took an hour. "
          "Border Force officers walked past our desk twice looking very calm about it"]),
        ("883", "2026-03-21 21:15", "+10:30", "SmartGates down",
         ["news said the SmartGates were down nationwide this arvo. glad that's not my problem for once"]),
        ("884", "2026-04-14 19:00", "+09:30", "my shifts",
         ["I start at 4am three days a week, check-in opens at 4:30 for the first Sydney flight. my sister Toula "
          "does my school pickups those days, legend"]),
        ("885", "2026-05-05 20:40", "+09:30", "uniform swap",
         ["anyone got a size 10 jacket spare? msg me or 0491 570 519. also the department store near the airport "
          "has a sale on black pants"]),
    ],
}
