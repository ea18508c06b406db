"""Callum Reddy (FICTIONAL), NEGATIVE CONTROL: marine pilot at the port of Devonport, living in East Devonport;
a mariners' forum. Border Force boardings, quarantine and customs clearance are other people's jobs he sees.
Everything invented.
"""
NAME = "Callum Reddy"

FORUM = {
    "site": "Bass Strait Mariners Forum",
    "user": "mersey_pilot",
    "path": "/forum/members/mersey_pilot/",
    "about": ["Marine pilot on the Mersey. East Devonport. Ex-deep sea."],
    "posts": [
        ("551", "2026-04-16 21:00", "+10:00", "Tight turn at the swing basin",
         ["Brought a bulk carrier in on the top of the tide last night, ten metres to spare at the swing basin. "
          "Border Force officers boarded after we were alongside for the customs clearance, quick and polite as always.",
          "Then biosecurity did their thing with the hold and I went home to bed."]),
        ("552", "2026-05-10 18:30", "+10:00", "Pilot ladders, again",
         ["Third dodgy pilot ladder this month. Reporting them all to AMSA. My wife Siobhan says I should frame the "
          "worst one for the hallway."]),
        ("553", "2026-06-02 20:45", "+10:00", "Quarantine anchorage question",
         ["Anyone know why the quarantine anchorage moved? Not our call, the ship agent just told us.",
          "Had a coffee on the Spirit of Tasmania terminal balcony waiting for the launch with Rob Tasker, the best "
          "launch master on the coast."]),
        ("554", "2026-06-20 19:10", "+10:00", "Selling: handheld VHF",
         ["Icom handheld VHF, floats, works fine. $120. Text 0491 570 533."]),
    ],
}
