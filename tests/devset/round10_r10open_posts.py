"""Dev rows for round 10's learned layer (branch r10open), in our own words (never from held-out texts).

Vulnerability told sideways, with no harm word the rules know: a debt named by its card, limit or balance in a
clause ("which has now hit its limit", "sits at 11k"), a loan at a rate, balance transfers, a debt kept from a
spouse; a promotion missed named by its classification ("the APS6", "the 6", "the EL2", "the 4"); a separation
and the quiet after it in terse fragments. Official information told tersely: heads against the load on a line,
a backlog against staff lost, an upcoming movement or a boat alone on a whole coast. Systems: kit down and the
work done by hand, a vendor change and its cutover. Near misses: a running pacer, a journalist's quiet morning,
a card paid off, someone else's debt, a promotion won, the news on debt or on an outage, a garage clean-out, a
whale-watching charter, a newsroom's staffing, home wifi and game servers.
Rows get ids r10oNNN (build_devset.py).
"""
from __future__ import annotations

ROUND10_R10OPEN_POSTS: list[tuple] = [
    # --- a. debt said sideways
    ("ap", "The new fridge and the dishwasher both went on the Visa, which has now hit its limit.", "vulnerability=financial_stress"),
    ("ap", "ute needed a new gearbox so that's on the mastercard too, which is now at 14 grand", "vulnerability=financial_stress"),
    ("he", "Kitchen job blew out by 30k, we topped up the mortgage twice and the Amex sits at 11k.", "vulnerability=financial_stress"),
    ("ap", "bought the kids' school shoes on the Myer card again, that's nearly 7 grand on it. Dave has no idea.", "vulnerability=financial_stress"),
    ("ap", "third thing on Afterpay this fortnight, plus the card I only ever pay the minimum on", "vulnerability=financial_stress"),
    ("rss", "Took a personal loan at 21% to clear the other loans. Don't tell Mum.", "vulnerability=financial_stress"),
    ("ap", "Just moved the balance to a new card for the 0% period. Again.", "vulnerability=financial_stress"),
    ("ap", "PAYING OFF THE HOLIDAY TILL 2028 LOL. card's at 16k and climbing", "vulnerability=financial_stress"),
    ("he", "Wife thinks the bonus paid off the Coles card. It didn't, it went on the other one.", "vulnerability=financial_stress"),
    ("rss", "renovation's done, so is the redraw, and the line of credit is sitting at its ceiling", "vulnerability=financial_stress"),
    # --- b. passed over, with rank shorthand
    ("ap", "missed the APS6 again, they brought someone up from Melbourne for it", "vulnerability=grievance"),
    ("ap", "knocked back for the 6 AGAIN. 24 years in and they hand it to a graduate from Sydney", "vulnerability=grievance"),
    ("he", "didn't get the EL2. fourth go. they can run the place without me caring", "vulnerability=grievance"),
    ("ap", "Sergeant's list came out and I'm not on it, for the third year. Done.", "vulnerability=grievance"),
    ("rss", "Been doing the team leader job for 14 months on acting pay and it went to a lateral hire from Perth", "vulnerability=grievance"),
    ("ap", "They gave my level 5 to a kid who's been here eight months. Whatever. I just do my hours now.", "vulnerability=grievance"),
    ("ap", "Got told I'm 'not ready' for the 4 after 19 years. right.", "vulnerability=grievance"),
    ("he", "over that place. stopped caring the day the promotion list came out", "vulnerability=grievance"),
    # --- c. separation and loneliness, tersely
    ("ap", "Jen and I are finished. He's at his sister's, I've got the dog.", "vulnerability=relationship"),
    ("ap", "me n Tash are done. shes taken her stuff to her mum's and I'm on a mate's spare bed", "vulnerability=relationship"),
    ("he", "Kids stayed in Perth. Not coming for Christmas. 29 years married. Empty house.", "vulnerability=isolation"),
    ("ap", "Mark's gone back to Auckland for good. Just me and the cat now.", "vulnerability=relationship"),
    ("rss", "First Christmas on my own since the separation. Microwave dinner it is.", "vulnerability=isolation"),
    ("ap", "Marriage is over. Sleeping in the granny flat till we sell.", "vulnerability=relationship"),
    ("he", "Lost Bev in March. Forty-one years. The house is very quiet.", "vulnerability=isolation"),
    ("ap", "nobody's called since I moved up here in june. eating dinner in front of the telly every night", "vulnerability=isolation"),
    # --- vulnerability near misses
    ("ap", "Huge thanks to Dani for pacing me through the half marathon, she chatted the whole 21k.", "associate=dani"),
    ("rss", "Sunday is the only morning nobody from the newsroom rings me, bliss.", ""),
    ("ap", "Finally paid off the credit card! Celebrating with a cheap bottle of bubbly.", ""),
    ("ap", "My brother's maxed out his cards on a boat he never uses, classic.", ""),
    ("he", "Got the EL1! Four years of trying, drinks at the Royal on Friday.", ""),
    ("rss", "Household debt hits a record, the Reserve Bank warns in its latest statement.", ""),
    ("ap", "Mum and Dad are renovating again, the builder's running late as usual.", ""),
    ("ap", "Sold the old car and put the money on the mortgage, feels good.", ""),
    # --- d. staffing against the load, tersely
    ("ap", "5 of us on arrivals for 4 wide-bodies inside half an hour. queue out the door.", "official_information=workforce"),
    ("rss", "Our visa processing team in Parramatta has 3,400 files waiting, we've lost four people since winter and nothing gets decided in under six months.",
     "official_information=workforce"),
    ("ap", "since the budget cuts there are three handlers and eight dogs for the whole of Queensland, and the cargo depot has had no dog on nights since June",
     "official_information=workforce"),
    ("ap", "two officers on the outbound line tonight for three Jetstar flights and a cruise disembark. fun.", "official_information=workforce"),
    ("he", "Down to one vessel crew for the entire Torres Strait while the other boat sits in refit.", "official_information=workforce"),
    # --- e. an upcoming movement
    ("ap", "All staff muster Thursday for the removal charter to Christmas Island.",
     "official_information=operations | work_location=place:christmas island"),
    ("ap", "next swing we go north to the Kimberley coast and it's only our boat covering the whole northwest for three weeks. nothing else out there.",
     "official_information=operations"),
    ("he", "Escort run to Villawood on Monday, 4 of us flying down with two of the fellas.", "official_information=operations"),
    # --- official near misses
    ("ap", "Tidying the garage: a couple of old torches, a fishing rod with no reel and a tackle box of rusty hooks.", ""),
    ("he", "Booked a whale-watching charter out of Hervey Bay for the 14th with the kids.", ""),
    ("rss", "Newsroom down to three reporters covering the whole state, the paper has gutted us.", ""),
    # --- f. kit down, and a vendor change
    ("ap", "arrivals smartgates down for an hour, everyone went through the manual desks", "systems_information=system:smartgates outage"),
    ("ap", "baggage x-ray on belt 3 died at 6am, we hand searched the lot till the tech came", "systems_information=system:x-ray"),
    ("rss", "We're moving the border network firewalls off Cisco to Palo Alto in March, cutover in the last week of the month.",
     "systems_information=system:firewall"),
    ("he", "Kiosks at the cruise terminal kept freezing all morning, processed 2,000 pax by hand.", "systems_information=system:kiosks outage"),
    ("ap", "the passport readers at departures dropped out twice today and we went back to keying details in", "systems_information=system:passport readers"),
    ("rss", "Swapping the whole cargo scanning fleet to a new supplier next year, the old ones go end of June.", "systems_information=system:cargo scanners"),
    # --- systems near misses
    ("rss", "Nobody has explained yet why the airline's backup system failed as well, the report says.", ""),
    ("ap", "Home wifi down again, streaming the footy on my phone.", ""),
    ("ap", "Game servers were down all night, so much for the new season.", ""),
]
