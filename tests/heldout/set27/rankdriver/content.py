"""Deepak Malhotra (FICTIONAL), NEGATIVE CONTROL: a taxi driver who works the rank at Gold Coast Airport."""
NAME = "Deepak Malhotra"

FORUM = {
    "site": "Cabbies Australia",
    "user": "DeepakGC_cab",
    "path": "/board/u/DeepakGC_cab/",
    "about": ["Taxi owner-driver, Gold Coast. 14 years on the rank. Tweed Heads South."],
    "posts": [
        ("901", "2026-02-13 23:10", "+10:00", "airport rank wait times",
         ["Two hours on the airport rank tonight for one fare to Burleigh. The Auckland flight was late because "
          "Border Force held a few passengers, so the whole rank just sat there."]),
        ("902", "2026-03-08 10:40", "+10:00", "meter upgrade",
         ["The new meter system went down for the whole fleet on Friday night. Cash only for three hours. "
          "The operator says it's a software upgrade. I say it's rubbish."]),
        ("903", "2026-03-26 21:00", "+10:00", "the regulars",
         ["Some regulars I know by now: a couple of the customs officers finishing late shifts, the cleaners, "
          "the airline crews. Good people, mostly tip."]),
        ("904", "2026-04-19 19:30", "+10:00", "family news",
         ["My son Arjun got into engineering at Griffith. First in the family at uni. Proud dad."]),
        ("905", "2026-05-10 14:00", "+10:00", "roster at the rank",
         ["Airport rank roster for owner-drivers changes in June: earlies 4am to 2pm, lates 2pm to midnight. "
          "I'm on lates Tuesday to Saturday."]),
    ],
}
