"""Dev rows for round 7's open classes (branch r7open), in our own words (never from held-out texts).

Official information the way staff let it slip: a centre's head count and what it lacks, a stand-off in a
named block and how long it ran, a removal charter's numbers and date; an office shutting and teams flown in;
sightings off a reef and a boat sent out, patrol flights cut; a tariff change and its rate, an importer
audited; a thin roster, a file target, what an applicant said; an appeal the agency expects to lose; a blitz
on the next car ships. Systems: a terse outage, a move of passenger data to a cloud platform. Vulnerability:
bereaved and alone, a grievance over cuts or a young boss, crypto losses, drinking alone after shifts, a car
loan and a card at its limit. Routine: a weekly game at a named venue with a 24-hour time, a gym before work,
a weekend fishing spot. Near misses for each: the same words about a home router, a trip, a TV show, a happy
windfall, a council, a social glass of wine.
Rows get ids r7oNNN (build_devset.py).
"""
from __future__ import annotations

ROUND7_R7OPEN_POSTS: list[tuple] = [
    # --- official information: detention facts
    ("ap", "centre's sitting on 178 fellas at the mo and we've got exactly one sick bay. do the maths",
     "official_information=detentions"),
    ("he", "Yellow block stand-off went eleven hours yesterday, two of them up on the laundry roof the whole time.",
     "official_information=detentions"),
    ("rss", "Removal charter booked for the 3rd of March, 27 going and about 60 of us escorting.",
     "official_information=detentions"),
    # --- leaked restructures
    ("ap", "Hearing the Cairns office shuts at Christmas and they'll just send blow-in teams up from Brisbane when needed.",
     "official_information=workforce"),
    ("he", "18 roles in compliance getting axed, the list goes out next Wednesday apparently 😬",
     "official_information=workforce"),
    # --- surveillance
    ("rss", "Couple of longliners loitering off Scott Reef again, the cutter leaves Darwin on Friday to move them on.",
     "official_information=operations"),
    ("ap", "surveillance runs over the top end go from three a day to just the one after July. good luck everyone",
     "official_information=operations"),
    # --- trade
    ("he", "Heads up for anyone in ceramics: the tiles get moved to a new tariff line in February, duty jumps to 7%, guidance out in January.",
     "official_information=policy development"),
    ("rss", "We've got a bike parts importer in Auburn under review for low-balling invoices, site visit pencilled for the 12th.",
     "official_information=casework"),
    # --- staffing, caseload, interview
    ("ap", "three of us on the whole arrivals hall after midnight now they've trimmed the roster lol",
     "official_information=workforce"),
    ("he", "Sitting at 210 cases and the target is 120 by the end of the financial year. Today's interviewee swore he'd never left his village, then named three ports.",
     "official_information=casework"),
    # --- litigation
    ("rss", "Our appeal against the tribunal's reinstatement of that cancelled visa is in the Federal Court in May, and between us the second argument is dead in the water.",
     "official_information=courts"),
    # --- operations
    ("ap", "Next couple of ro-ro ships out of Japan are getting smashed, every single car stripped back to the chassis.",
     "official_information=operations"),
    # --- systems
    ("he", "Portal dead. Scanners dead. Great start.", "systems_information=system outages"),
    ("rss", "Leading our move of the arrivals data from on-prem SQL Server to a cloud data lake, go-live over the Anzac Day weekend, analysts will be able to search every incoming passenger card.",
     "systems_information=internal systems"),
    # --- vulnerability
    ("ap", "Two years since Len died. Place echoes now. I've started talking back to the TV.",
     "vulnerability=isolation"),
    ("he", "feeling like they'll pay me out in the next spill, and honestly the more i think about it the more it burns after 19 years",
     "vulnerability=grievance"),
    ("rss", "Our new team lead was in primary school when I did my first shift and he's already put me on a warning. What a circus.",
     "vulnerability=grievance"),
    ("ap", "down 55% on my alts since march, don't tell the wife", "vulnerability=financial_stress"),
    ("he", "Finished four nights, home by 8, half a bottle of scotch gone by noon, nobody here to say anything.",
     "vulnerability=substance"),
    ("rss", "The Hilux repayments are killing me, 75k loan on it and the Mastercard hit its limit last week.",
     "vulnerability=loan"),
    ("ap", "Knocked back for the acting manager spot for a guy with half my years. If a better offer came along I'd go tomorrow.",
     "vulnerability=grievance"),
    # --- routine
    ("he", "every thu 1915 futsal at Lidcombe, been the same crew for years", "routine=thursday 19:15"),
    ("rss", "Weekdays it's the 5:20 session at the gym on Parramatta Road, then a 7:30 start at work.", "routine=weekday 05:20"),
    ("ap", "saturdays you'll find me chasing bream off the Woy Woy jetty", "routine=saturday"),
    # --- near misses
    ("he", "Our home wifi went down again, third Telstra outage this month, the kids are feral.", ""),
    ("rss", "Back Saturday from Hobart after a lovely long weekend away.", ""),
    ("ap", "Binge-watched a prison drama where the inmates take over the roof, couldn't stop.", ""),
    ("he", "Cashed out my bitcoin and cleared the car loan, feels amazing to be debt free!", ""),
    ("rss", "Dad's been on his own since Mum passed but he's flat out with bowls and the Men's Shed.", ""),
    ("ap", "Council is closing the Kogarah library for six months while they renovate.", ""),
    ("he", "A glass of red with the neighbours on Friday arvo is the best part of the week.", ""),
    ("rss", "The minister's press conference about the new tariff was all over the news tonight.", ""),
]
