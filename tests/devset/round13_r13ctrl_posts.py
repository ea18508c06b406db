"""Dev rows for round 13's negative controls whose work sits BESIDE the Department (branch r13ctrl), in our own words.

The organisation seen from outside, acting or located beside the writer ("the ABF beagle working the cans two bays
down from us", "a Home Affairs boarding party on the next wharf while I surveyed a hull"), with the writer's own "our"
belonging to their own employer; work FOR the organisation as a client (a recruiter's placement, a contract
advertised, a tender bid, a supplier's order, an interpreter's booking); news of a seizure read in the paper, lost
people found by a rescue crew, a club's named safety day. Each row is judged alone (no profile): the other employer
stated on a profile is the persona's and the tests' (tests/personas/freight, tests/test_round13_r13ctrl.py). Staff
near misses that must stay staff: membership said in the first person, the Department's own line called "our line".
Ids r13cNNN at base index 5750; build_devset.py. Every person, firm and number is fictional.
"""
from __future__ import annotations

_ABF, _HA = "australian border force", "department of home affairs"

ROUND13_R13CTRL_POSTS: list[tuple] = [
    # --- the org acting, or beside the writer: a witness, a neighbour at work, a member of the public
    ("ap", "3am on the freight apron and ABF had their beagle working the cans two bays down from us. cutest thing all week", ""),
    ("ap", "a Home Affairs boarding party was on the next wharf while i did my hull survey. different job, same ladder", ""),
    ("he", "The Border Force cutter sat off our oyster lease all morning. The oysters did not care.", ""),
    ("ap", "Our depot shares a fence with the Border Force compound and their car park is always full by seven.", ""),
    ("he", "Watched the ABF team go through a reefer three rows down from my straddle carrier. Mad.", ""),
    ("ap", "You know when you're strapping the last pallet and the Border Force dog team rocks up next to your dolly? Yeah. Tuesday.", ""),
    ("ap", "border force blokes at the next counter were having a worse day than us lol", ""),
    ("he", "Me and the Home Affairs liaison sat through a three hour meeting about the new berth timetable. My brain.", ""),
    ("rss", "Club news: the flotilla towed a disabled cruiser home on Sunday while an ABF patrol boat stood by until she was on our line.", ""),
    ("ap", "proud of our crew: we flagged a dodgy crate and the Border Force mob took it from there", ""),
    ("he", "An ABF x-ray truck was parked beside our mail dock all week. My work brain is weirdly impressed by it.", ""),
    ("ap", "Q: do Border Force check the sheds at night? A: yep, they're in and out of the one next to ours most nights, nothing to do with us", ""),
    # --- work for the org as a client: recruiters, contractors, vendors, bidders, interpreters
    ("ap", "Placed a senior tester with a Home Affairs project team this week, third placement this quarter 🎉", ""),
    ("ap", "HIRING: 6 month Border Force contract, Belconnen, baseline clearance, day rate negotiable. DMs open", ""),
    ("he", "Our team places ICT contractors with federal agencies including Home Affairs and Defence.", ""),
    ("he", "Our bid for the Home Affairs visa platform tender went in at 4:59pm. Fingers crossed.", ""),
    ("ap", "Great lunch with the ABF procurement people today, lots of work in the pipeline for the new year", ""),
    ("rss", "We supply the boots and hi-vis for Border Force's regional crews and a big order came through today.", ""),
    ("ap", "looking for 2 x java devs for a home affairs gig, canberra based, must hold NV1. hmu", ""),
    ("he", "Congratulations to our consultant Priya on landing three placements with Border Force this month!", ""),
    ("ap", "Tender update: we've been shortlisted for the ABF body scanner maintenance contract.", ""),
    ("he", "Interpreting booking at the Home Affairs office in Parramatta this morning, four hours of Dari.", ""),
    # --- news read, people found, a club's named day (not the org's operations or seizures)
    ("ap", "Read in the paper that Border Force seized 200kg of ice at the airport last week. Wild.", ""),
    ("he", "Two kayakers overdue off the point. We found them at dusk on the rocks, cold but okay.", ""),
    ("ap", "Our club's Operation Lifejacket day at the ramp: 60 free checks done, thanks all!", ""),
    # --- staff near misses: membership in the first person stays staff
    ("ap", "I'm Border Force, and yes, our line in the arrivals hall was backed up an hour behind the Bali flight.",
     f"employer={_ABF}"),
    ("he", "Six years in ABF procurement now and tender season still breaks me.", f"employer={_ABF}"),
    ("ap", "I work for Home Affairs and even I had to queue at the passport counter on holiday lol", f"employer={_HA}"),
    # "my work self/brain" is the writer's own job, not membership of the org acting beside it
    ("he", "My work brain was weirdly impressed when the Border Force dog team pulled a bag off the carousel.", ""),
    ("ap", "ABF crew pulled a bag off the Bali flight at 5am. My shift ended at six and I slept till two.",
     f"employer={_ABF}"),
]
