"""Dev rows for round 13's work locations in passing and routines without "every" (branch r13sites), in our own words
(never from held-out texts).

Work locations: a place said right beside the employer's name in a profile line, a signature or a page about the subject
("<agency> <Town>", "<agency>, <Town> seaport", "an <agency> officer at the Port of <Town>", "with <agency> out at
<suburb>", "down at the Port of <Town> with <agency>"); a site said short in a work post ("back at the wharf in <Town>",
"the office in the <City> CBD by 7", "on for the <City> flight at <code>", "plane days at the airport from 9", the
terminal). Routines: a weekday and a clock time with an activity or a place and no "every" ("<Day> badminton at 7:30 at
the <suburb> centre", "<Day> squash, 7pm at the <suburb> courts", "<Abbr> = darts at the <pub>, 8pm"), hours with a
span of days ("11pm till 7, Sunday to Wednesday"), the way in timed to the start ("wheels rolling 05:10 for the 6am
start"), a weekly habit beside a shift said as the exception ("unless I'm on nights"). Near misses: the org's news at a
place, a past job or a hometown beside the org, a relative's posting, a traveller; one-off events with a date,
"this/next", a final, a shop's hours, a TV slot, someone else's week. Rows get ids r13sNNN; build_devset.py (base index
5900).
"""
from __future__ import annotations

ROUND13_R13SITES_POSTS: list[tuple] = [
    # --- a place beside the employer's name: profile lines, signatures, third-person pages about the subject
    ("ap", "Senior officer, ABF Rockhampton. Opinions mine, typos also mine.", "employer=australian border force | work_location=rockhampton"),
    ("ap", "Border Force, Cairns seaport. Reef on my days off 🐠", "employer=australian border force | work_location=cairns seaport"),
    ("he", "— Alex M. | Australian Border Force Newcastle office | ext. on request",
     "employer=australian border force | work_location=newcastle office"),
    ("rss", "Meet our treasurer Alex Morgan, a Border Force officer at the Port of Gladstone who keeps our books in order.",
     "employer=australian border force | work_location=port of gladstone"),
    ("ap", "been with Border Force out at Eagle Farm nine years and still get lost in the car park",
     "employer=australian border force | work_location=eagle farm"),
    ("he", "Down at the Port of Geelong with Border Force these days, so yes I will look in your esky",
     "employer=australian border force | work_location=port of geelong"),
    ("ap", "Detector dog trainer for the ABF at the Bullsbrook centre. Ask me about spaniels.",
     "employer=australian border force | work_location=bullsbrook"),
    ("rss", "Alex Morgan spends weekdays with Border Force in Mackay and weekends on the Pioneer River in a kayak.",
     "employer=australian border force | work_location=mackay"),
    ("ap", "Home Affairs Darwin, compliance. Dog dad. Mango season is the best season.", "work_location=darwin"),
    ("he", "proud to be ABF Devonport, all four of us lol", "employer=australian border force | work_location=devonport"),
    ("ap", "me: Border Force at Welshpool, 2 kids, 1 cattle dog, 0 free time",
     "employer=australian border force | work_location=welshpool"),
    ("rss", "Q: where are you these days? A: with Border Force at Port Kembla, loving the sea air",
     "employer=australian border force | work_location=port kembla"),
    # --- a site said short in a work post
    ("ap", "back at the wharf in Eden after two weeks off, prawn boats everywhere", "work_location=eden wharf"),
    ("he", "parked under the office in the Hobart CBD by 7:10, first in again", "work_location=hobart cbd office"),
    ("ap", "on for the Auckland flight at MEL this morning, dogs flat out", "work_location=melbourne airport"),
    ("ap", "Plane days I'm at the airport from 9, every other day it's the office", "work_location=airport | routine=09:00"),
    ("he", "0415 alarm for earlies at the international terminal. So tired", "work_location=international terminal | routine=earlies"),
    # near misses: the org's news, a past job or home beside the org, a relative, a traveller
    ("ap", "Border Force seized 30kg of meth at Port Botany, says the news. Wild.", ""),
    ("ap", "Joined Border Force in 2016 after uni in Armidale, never looked back", "employer=australian border force"),
    ("ap", "My cousin is with Border Force in Broome, I just sell boats", ""),
    ("ap", "got pulled aside by Border Force at Perth airport coming home from Bali, bag full of sarongs", ""),
    ("ap", "Grew up in Bundaberg, now with Border Force and loving it", ""),
    ("ap", "Left Border Force and moved to Launceston. Best call I ever made.", ""),
    ("ap", "catching the Singapore flight from Tullamarine tonight, holiday mode on", ""),
    # --- routines: a weekday and a clock time with an activity or a place, no "every"
    ("ap", "Tuesday badminton at 7:30 at the Kingsgrove sports centre, then kebabs", "routine=tuesday 07:30 badminton"),
    ("ap", "Monday squash, 7pm at the Ashfield courts. Losing streak continues.", "routine=monday 19:00 squash"),
    ("he", "Wed = darts at the Royal, 8pm. Non-negotiable.", "routine=wednesday 20:00 darts"),
    ("rss", "Alex comes straight from an early shift to Thursday rehearsals (7pm, St Columba's hall) and never misses a cue.",
     "routine=thursday 19:00 rehearsals"),
    ("ap", "Saturday nippers at 8 at Coogee, I'm on the water safety roster", "routine=saturday 08:00 nippers"),
    ("ap", "sunday 9.30 bouldering at the Blochaus with my brother, forearms destroyed", "routine=sunday 09:30 bouldering"),
    ("he", "Book club night at the Leichhardt library, 6:30, every week unless I'm on nights",
     "routine=18:30 book club leichhardt"),
    ("ap", "11pm till 7, Sunday to Wednesday. Sleep is a rumour.", "routine=23:00 shifts"),
    ("ap", "05:10 wheels rolling for the 6am start, coffee in the cup holder", "routine=06:00 shift start"),
    ("rss", "Friday 6pm — dragon boat at the Lane Cove River, I'm on drum", "routine=friday 18:00 dragon boat"),
    # near misses: one-offs, a venue's hours, a TV slot, someone else's week
    ("ap", "Saturday's grand final at 3pm at the Parkes courts, come cheer!", ""),
    ("ap", "We went to Tuesday's trivia at 7 at the Royal on 3 March and came second", ""),
    ("ap", "The bakery is open Tuesday to Saturday 7am-2pm, closed Mondays.", ""),
    ("ap", "Gogglebox is on Wednesday at 7:30 on Ten, don't call me", ""),
    ("ap", "Next Thursday at 6pm is the AGM at the Bexley library", ""),
    ("ap", "Deb does her aqua class Monday 9am at the Ryde pool, she swears by it", ""),
    # --- a work post tagged with its town (appended)
    ("ap", "Boarding the bulk carriers again today #gladstone #portlife", "work_location=gladstone"),
    ("ap", "Container exams all morning, tobacco again #PortHedland", "work_location=port hedland"),
    ("ap", "sunset drinks with the girls #cairns", ""),
    ("ap", "Long weekend road trip! #Dubbo #Mudgee", ""),
]
