"""Dev rows for round 5's official-information class, in our own words (never from held-out texts).

Operations and staffing told in advance or in numbers: a roster counted in heads, an escort ratio on a
removal flight, staffing cut from N to M a shift, a queue of cases, a framework going to the Minister,
leave cancelled for a job. Near misses: the same numbers about a party, a shop, a club, a rental, a tax return.
Appended by build_devset.py after every older row, so ids stay put.
"""
from __future__ import annotations

ROUND5_POSTS: list[tuple] = [
    ("ap", "RDOs frozen till the end of the month for the surge op on the fishing fleet up north, cheers management",
     "official_information=operations"),
    ("he", "Removal flight to Port Moresby Wednesday arvo, 12 on the list and three officers per detainee.",
     "official_information=operations"),
    # round 9: a site's head count on nights next week is its roster, not the writer's routine (the lead's review of
    # held-out misses: such lines were routine false positives), so this row no longer carries routine=nights
    ("rss", "Four of us on nights for the whole terminal next week, two jumbos and a 787 on the board, good luck to us.",
     "official_information=operations"),
    ("ap", "rostering just told us the counter goes from 16 down to 10 a shift from October 🙃",
     "official_information=workforce"),
    ("he", "1,800 partner visa files on hand in our unit and nine of mine parked on health checks since winter.",
     "official_information=casework"),
    ("rss", "The revised cancellation guidelines head to the Minister in October, and the character criteria are tightening after that.",
     "official_information=policy development"),
    # --- near misses: numbers, queues and rosters outside the job
    ("ap", "Four of us on the couch for the grand final, snags on, phones off.", ""),
    ("he", "The bakery roster went from 9 to 6 a day and the queue is out the door every morning.", ""),
    ("rss", "Our choir numbers went from 30 to 18 since covid, new voices welcome!", ""),
    ("ap", "My passport renewal is stuck pending identity checks, flying in three weeks, send help", ""),
    ("he", "Thirty applications in for the one sharehouse room, the market is cooked.", ""),
    # --- routine: a junior side's fixture on a named day at a time; days listed with spaces
    ("ap", "Saturday 9am Under 11s soccer at Waverley Oval, I'm running the canteen this week ⚽",
     "routine=saturday 09:00 waverley oval"),
    ("he", "Rowing at the boatshed 5.15am Mon Wed Fri, then straight to work.", "routine=monday wednesday friday 05:15"),
    ("rss", "Saw the U15s grand final on Sunday and the whole town turned up.", ""),
    # --- vulnerability: a partner gone with the children for good, awake and into another bottle, a line in a spreadsheet
    ("ap", "she's taken the kids up to her sister's in Cairns for good. too quiet here now", "vulnerability=relationship"),
    ("he", "Lying awake at 2 with the third bottle open, this week has flattened me.", "vulnerability=substance"),
    ("rss", "After nineteen years I'm just another row on a cost-cutting spreadsheet.", "vulnerability=grievance"),
    ("ap", "He took the kids to Luna Park for the day, I got the whole couch 😌", ""),
    # --- home: "our block in <suburb>"; an office block is not home
    ("he", "Power's been out on our block in Footscray since lunch, fridge is getting warm", "home_location=place:footscray vic"),
    ("rss", "Fire drill in our office block in Chatswood and everyone stood in the rain for an hour.", ""),
]
