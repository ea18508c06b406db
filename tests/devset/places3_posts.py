"""Dev rows for round 3's places and employment failure classes, in our own words (never from held-out texts).

Home stated the way people actually say it: a for-sale or giveaway post's pick-up
suburb, a commute that starts at home. Work locations named the way staff name
them: airport codes and terminal nicknames, mail centre and island shorthand, "the
<suburb> office" at a farewell, a range day, a data hall, a compound inside a
detention centre, "<N> years on <island> for the <org>". Employment shown by a
grievance ("<org> management ... our officers", "anyone else at <org> ...") and the
department named without "Department of". Each class has near-miss decoys: someone
else's posting, a truckie whose boxes the org x-rays, a private screener, a TV recap,
a pick-up that is an errand. Appended by build_devset.py after every older row, so ids stay put.
"""
from __future__ import annotations

PLACES3_POSTS: list[tuple] = [
    # --- home: the pick-up suburb of a for-sale or giveaway post
    ("ap", "Baby capsule, never crashed, expiry 2028. $80 firm, pick up Lalor, msg me 0413 555 207",
     "home_location=place:lalor vic | personal_contact=contact:+61413555207"),
    ("he", "FREE: two bags of pavers left over from the reno. Epping pickup only, first in best dressed 🙏",
     "home_location=place:epping"),
    ("rss", "Selling my road bike, 54cm frame, good nick, $450 ono. Collect from Bundoora after 5.",
     "home_location=place:bundoora"),
    ("ap", "Kids bunk bed going cheap, $120. Reservoir pick up, you dismantle 😅", "home_location=place:reservoir"),
    # --- home: a commute that starts at home
    ("he", "Weekdays the alarm goes at 5.20, I leave home in Craigieburn by 6 and I'm still late half the time.",
     "home_location=place:craigieburn | routine=weekday 05:20 craigieburn"),
    ("ap", "My morning commute from Mernda is 75 minutes if the trains behave, which they don't.",
     "home_location=place:mernda"),
    ("rss", "Commuting in from Werribee every day has taught me every pothole on the Princes Freeway.",
     "home_location=place:werribee vic | routine=daily commute werribee"),
    # home decoys: errands, someone else's pick-up, a trip that starts from a hotel
    ("ap", "Have to pick up my sister in Epping after her shift, then dinner.", ""),
    ("he", "Grabbed a pizza and picked up the dry cleaning in Bundoora on the way back.", ""),
    ("rss", "Selling raffle tickets for the school fete, $2 each, prizes include a pick up truck ride for the kids!", ""),
    # --- work location: airport codes and terminal nicknames in a bio or a post
    ("ap", "ADL arrivals hall at 4am is a vibe. Another early with the ABF crew, two flights in already.",
     "work_location=adelaide airport | employer=australian border force"),
    ("he", "Cairns international terminal life: humidity, mozzies and a 747 full of jetlag. Proud Border Force officer.",
     "work_location=cairns airport | employer=australian border force"),
    # --- work location: mail centre shorthand and nickname
    ("rss", "Been at the mail centre out at Clyde for five years now with Border Force, the x-ray never sleeps.",
     "work_location=sydney gateway facility (international mail centre) | employer=australian border force"),
    ("ap", "Double shift at the Gateway tonight, three parcels of pills before dinner break. #ABF",
     "work_location=sydney gateway facility (international mail centre) | employer=australian border force"),
    # --- work location: island postings and "<N> years on <island> for the <org>"
    ("he", "Got posted to TI for 12 months with Border Force, anyone know if the fishing's any good?",
     "work_location=thursday island | employer=australian border force"),
    ("rss", "Seven years on Norfolk Island for Australian Border Force and I still can't get used to the cows on the road.",
     "work_location=norfolk island | employer=australian border force"),
    # --- work location: "the <suburb> office" at a farewell; a range day; a data hall; a compound
    ("ap", "Cake, speeches and a few tears: our manager Deb retires Friday and the Belconnen office won't feel right without her. ABF lifer.",
     "work_location=dibp national office, belconnen | employer=australian border force | colleague=deb"),
    ("he", "Quarterly quals at the Holsworthy range this arvo with the ABF team, grouping was rubbish, blame the wind 🎯",
     "work_location=holsworthy range | employer=australian border force"),
    ("rss", "Patching servers in the Hume data hall till 2am for Border Force, the aircon in there could freeze a penguin.",
     "work_location=hume data hall | employer=australian border force"),
    ("ap", "Three on, three off at Yongah Hill with the Border Force crew, this rotation I'm on nights in Avon compound.",
     "work_location=yongah hill immigration detention centre | work_location=avon compound | employer=australian border force | routine=nights"),
    # work location decoys: other people's postings, a truckie, a private screener, a TV recap, a bridge
    ("he", "Passing out parade today! 14 of my trainees off to Brisbane Airport and 9 to Perth Airport, so proud of this lot.", ""),
    ("rss", "Lost half a day at the Port of Brisbane, Customs pulled my load for the x-ray again. Not their fault, just the system.", ""),
    ("ap", "Long one at Melbourne Airport today, a couple of Border Force officers came through my screening lane with a beagle.", ""),
    ("he", "Retirement means daytime telly: watched Border Security reruns, the ABF officers at Sydney Airport found a python in a suitcase.", ""),
    ("rss", "Stuck on the Gateway Bridge for forty minutes this morning, the whole of Brisbane was late for work.", ""),
    # --- employer: the department named without "Department of", and grievances from inside
    ("ap", "First week in the grad program at Immigration and Border Protection, my head is full of acronyms.",
     "employer=department of immigration and border protection"),
    ("he", "Border Force management still can't get a roster out on time and our officers wear the overtime. Again.",
     "employer=australian border force"),
    ("rss", "Is anyone else at ABF still waiting on the remote locality allowance? Payroll keeps saying next cycle.",
     "employer=australian border force"),
    ("ap", "Customs management couldn't find us replacement body armour before the audit, so our crew borrowed it from Melbourne.",
     "employer=australian customs and border protection service"),
    # employer decoys: an outsider's grievance, news, another club
    ("he", "Anyone else at the bowls club get charged twice for the membership fee?", ""),
    ("rss", "Saw on the news that Border Force management wants more sniffer dogs at the ports. Good idea.", ""),
    # more outsiders: a traveller at the counter, a TV recap over two sentences; and staff sent somewhere
    ("ap", "The Customs officer at the counter was lovely, sorted my duty-free question in a minute.", ""),
    ("he", "Binge night with Border Security. Those ABF officers at Perth Airport are legends, a python in a teapot!", ""),
    ("ap", "ABF sent me to Port Hedland for three months, pack the fly net.", "work_location=port hedland | employer=australian border force"),
    ("rss", "Kewdale office farewell for our director tonight, 22 years with Border Force, the place won't be the same.",
     "work_location=kewdale office | employer=australian border force"),
]
