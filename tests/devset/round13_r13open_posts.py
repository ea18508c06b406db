"""Dev rows for round 13's open categories (branch r13open), in our own words (never from held-out texts).

Systems told casually: field kit that cannot reach a lookup (and the phone workaround), a records system that eats
drafts when idle, cameras out and an incident log that will not save, security markings and a network reachable only
from the office, read-only shares, login waits. Official information: a policy change with its threshold before its
announcement, a site's staffing short for a big job, a class of dogs or recruits and where they will be posted.
Vulnerability: a redundancy offer resented, a retirement shortfall with sleepless nights, long service with no
farewell, a promotion to someone younger, drugs bought off someone informally, pay-later tallies, a quiet house
with no one outside work, a separation told by the weekends with a child. Near misses (decoys): irony about an
outage, a manager's mood, a small loan between friends, a bad mood, a ham radio log, a game raid, a lost item found,
a shop's phone hours.
Rows get ids r13oNNN (build_devset.py).
"""
from __future__ import annotations

ROUND13_R13OPEN_POSTS: list[tuple] = [
    # --- a. systems told casually
    ("ap", "the ipads in the vans still can't get onto the passport check out past the ranges, so I call base and read "
           "every number out loud", "systems_information=system:ipads"),
    ("ap", "records system timed out on me mid-statement AGAIN. 25 min idle and the whole draft vanished. running on tech "
           "from when I was at school", "systems_information=system:records system"),
    ("he", "Back gate cameras out since Saturday, and the incident register won't let you save anything after 10pm.",
     "systems_information=system:cameras"),
    ("ap", "every brief we write is OFFICIAL: Sensitive and the laptops only talk to the network when you're in the building",
     "systems_information=system:network"),
    ("he", "Things nobody tells you in induction:\n- the case system has no autosave\n- it logs you out after 15 minutes\n"
           "- you will lose an afternoon's notes at least once", "systems_information=system:case system"),
    ("ap", "handheld scanners at the depot drop the wifi every time a truck goes past, so we scribble consignment numbers "
           "on our gloves", "systems_information=system:scanners"),
    ("rss", "A week with the team drive stuck on read-only since the migration. We've been emailing drafts to ourselves.",
     "systems_information=system:drive"),
    ("ap", "4 weeks and the new guy still has no login to the alert database, he's been running checks on my account",
     "systems_information=system:access"),
    ("ap", "you know it's a good shift when the e-gates reboot themselves twice before lunch and the queue hits the duty free",
     "systems_information=system:egates"),
    ("he", "PSA for the new recruits: PROTECTED material stays on the red machines in the secure room, and the red machines "
           "have no internet at all", "systems_information=system:secure machines"),
    # systems near misses
    ("ap", "IT calls it a 'minor disruption'. My whole afternoon would like a word.", ""),
    ("ap", "Mostly net check-ins and signal reports on the repeater this week, 2m was quiet.", ""),
    ("he", "the kids' school app logs you out every ten minutes, I've given up on it", ""),
    ("ap", "the gym's booking app ate my reservation again, had to do my session at lunch", ""),
    # --- b. official information told casually
    ("he", "Off the record: the new sponsor audit kicks in from the first of the month, anyone with more than a quarter "
           "of their nominations refused gets a visit. Nothing's been announced.", "official_information=policy development"),
    ("ap", "three of us to process a whole cruise ship this morning because half the shift rang in sick",
     "official_information=workforce"),
    ("ap", "our new lot of detector dogs graduate on the 20th, six go to the international terminal and two to the "
           "parcel hub before the Christmas rush", "official_information=workforce"),
    ("rss", "Staff update: from next month the overnight desk at the seaport runs with one officer instead of three.",
     "official_information=workforce"),
    ("ap", "minimum salary for the skilled stream goes up to 78k from July, we got the guidance today, not public yet",
     "official_information=policy development"),
    ("he", "Club bio: Tess is our club treasurer and spends her weekdays training the next class of drug dogs; the eight "
           "in this class finish in March and head to the mail centre.", "official_information=workforce"),
    ("ap", "two officers for a car carrier with 4,000 vehicles on it. two.", "official_information=workforce"),
    # official near misses
    ("ap", "cant do the raid sat night, in-laws visiting", ""),
    ("ap", "lost my sunnies at the beach and found them in about five minutes, under the towel the whole time", ""),
    ("he", "Our puppy preschool class graduates on the 20th, seven pups and seven very proud owners", ""),
    ("ap", "the shop phone line's only staffed weekdays, email otherwise", ""),
    # --- c. vulnerability told casually
    ("ap", "got offered a voluntary redundancy after 21 years today. what a joke. I'm fine. totally fine. (I'm not fine)",
     "vulnerability=grievance"),
    ("he", "ran the numbers for retirement tonight: roughly 150k short. this is why I don't sleep",
     "vulnerability=financial_stress"),
    ("ap", "34 years with the department and not one person has asked what I want for a send-off",
     "vulnerability=grievance"),
    ("ap", "senior role went to a woman I trained five years ago. fourteen years younger than me. cool cool",
     "vulnerability=grievance"),
    ("ap", "sorted myself out with some gear off a guy at the boxing gym, cash, no paperwork", "vulnerability=substance"),
    ("ap", "Afterpay 3 | Zip 2 | Me 0 #skint", "vulnerability=financial_stress"),
    ("ap", "just 11 months of afterpay left on the bed and now the car needs a clutch", "vulnerability=financial_stress"),
    ("he", "It's very quiet at home these days. I don't really talk to anyone who isn't from work.",
     "vulnerability=isolation"),
    ("ap", "she's in Wagga with her new partner now and I get our daughter every second weekend", "vulnerability=relationship"),
    # vulnerability near misses
    ("ap", "My supervisor has stopped pretending the new rollout is going well", ""),
    ("ap", "can someone lend me a fiver for the sausage sizzle, left my card at home", ""),
    ("he", "ask me about the renovation next month when I'm less cranky", ""),
    ("ap", "passed over for the first XI again, coach says next week", ""),
]
