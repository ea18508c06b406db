"""Dev rows for round 6's open classes (branch r6open), in our own words (never from held-out texts).

Official information told the way staff chat: heads on a named site in the coming days, a boat and crew taken
and what happens to the boat, a patrol's dates, a backlog after an outage, a caseload and a hearing, a unit
merged or cut, what makes a traveller stand out. Systems: readers down and documents keyed by hand, what a
lookup shows about a traveller. Vulnerability in forum voices: passed over and giving up on the job, drinking
alone far from anyone, party slang, a business's supplier debt, loot-box spending, open to an offer. Routine:
a swing with a rostered day off, island transport days. Near misses for each: the same words about a cafe,
a fishing trip, a game, a TV plot, a club's hours, a reflection on oneself.
Rows get ids r6oNNN (build_devset.py) so other round 6 modules' ids never collide with these.
"""
from __future__ import annotations

ROUND6_R6OPEN_POSTS: list[tuple] = [
    # --- official information: staffing at a named site soon
    ("ap", "heads up: me n one other on the Port Adelaide cargo shed all of next week, so expect delays lol",
     "official_information=workforce"),
    ("he", "From Monday the Perth arrivals floor runs with five of us a shift until the new intake lands.",
     "official_information=workforce"),
    # --- an interception in slang, boats and what happens to them
    ("rss", "Scooped up a couple of Indo boats near the Rowley Shoals, 17 fishos aboard, hulls get burnt at the wharf next week.",
     "official_information=seizures"),
    # --- a patrol window
    ("ap", "gone bush for work: out on the patrol vessel from the 11th, back around the 24th, don't call 🚢",
     "official_information=operations"),
    # --- backlog after an outage; casework and a hearing; a unit merged or cut
    ("he", "After the outage we opened the phones to 140 people in the queue and three of us answering.",
     "official_information=operations"),
    ("rss", "Caseload's at 58 this quarter and my worst file goes to the tribunal on the 3rd, not much evidence in it either.",
     "official_information=courts"),
    ("ap", "our targeting team gets rolled into the national branch after Easter, six spots disappearing",
     "official_information=workforce"),
    # --- targeting indicators
    ("he", "Three things that get a passenger a second look from us: a fare paid by a stranger, a booking the night before and one huge bag.",
     "official_information=searches"),
    # --- systems: readers down, keyed by hand; what a lookup shows
    ("rss", "the passport scanners on the primary line fell over and we were keying every document by hand for 25 minutes",
     "systems_information=equipment and its faults"),
    ("ap", "type a surname into our system and you get their trips, who paid, who sat next to them and how many bags went under",
     "systems_information=internal systems"),
    # --- vulnerability
    ("he", "twenty years in and the acting job went to some fresh kid. stuff it, no more extra hours from me",
     "vulnerability=grievance"),
    ("rss", "Third knockback for promotion this year. Honestly if somebody offered better money I'd hear them out.",
     "vulnerability=grievance"),
    ("ap", "since we split it's a box of beer every other night and i don't know one person in this town",
     "vulnerability=isolation"),
    ("he", "had a few eccies at the doof on saturday and a bit of molly on sunday, brain is mush",
     "vulnerability=substance"),
    ("rss", "The shop owes our supplier nineteen grand and the credit card is covering wages, not sure how long we last.",
     "vulnerability=financial_stress"),
    ("ap", "another $450 on skin cases this month chasing a gold knife, down like 2k since august",
     "vulnerability=gambling"),
    # --- routine: a swing with an RDO, island transport days
    ("he", "Current roster: 1330 to 2200, four on then an RDO, repeat forever.", "routine=routine:13:30"),
    ("rss", "barge comes in mon and thu so I'm down at the landing 7 till 12 those days", "routine=monday thursday"),
    # --- near misses
    ("ap", "me n one other on the cafe floor all next week while the boss is away, pray for us", ""),
    ("he", "Out on the tinny from the 11th for a week of fishing up the Kimberley, no phone reception.", ""),
    ("rss", "I keep telling myself that every setback is a lesson in disguise.", ""),
    ("ap", "that series where the cop gets overlooked for sergeant and takes the bribe is so good", ""),
    ("he", "Opened the free weekly drop in the game and got a skin I actually like.", ""),
    ("rss", "Paid our supplier in full today and the shop is finally ahead, great feeling.", ""),
    ("ap", "our pub does trivia mon and thu 7 till 9, all welcome", ""),
    ("he", "The bank app went down and there were 40 people waiting at the branch when it came back.", ""),
]
