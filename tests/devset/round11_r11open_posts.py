"""Dev rows for round 11's open categories (branch r11open), in our own words (never from held-out texts).

Official information, systems information and vulnerability told the way people actually post: lowercase vents,
boasts and jokes, terse captions, ALL CAPS, forum Q&A, LinkedIn prose, a club bio by nickname, Taglish where only
the English nouns carry the meaning. Official information: a site's head count and roster changes; a restructure or
an outsourcing not yet public with its job count; finds, turn-backs, rates of checks, watchlists, targets, a
backlog. Systems: a work system failing and what was lost, kit that hangs on a schedule, shared or stale
passwords and accounts, an old platform behind on patches. Vulnerability: buy-now-pay-later juggled to payday,
a game's loot cases, an acting job given away again, a countdown to leaving with a grudge, drinking alone, let go
after decades, a quiet house, only work contacts to talk to, counselling and burning out, a partner gone,
painkillers with the grog. Near misses: a tourist's and a traveller's observations, a school's and a shop's
staffing, a game's servers, a pay packet that does not stretch (money, not a grievance), a rent appraisal, a
promotion won, a skin offered for sale with no loss.
Rows get ids r11oNNN (build_devset.py).
"""
from __future__ import annotations

ROUND11_R11OPEN_POSTS: list[tuple] = [
    # --- a. staffing and rosters at a site
    ("ap", "three of us left in the mail exams team for the xmas rush and no backfill coming", "official_information=workforce"),
    ("he", "Only two on the overnight at the seaport all week, nobody to relieve us for a meal break.", "official_information=workforce"),
    ("ap", "we've got 5 staff covering both terminals on sundays now lol what could go wrong", "official_information=workforce"),
    ("ap", "ALL SIX OF US GETTING MOVED TO EARLIES AT THE CARGO DEPOT FROM MONDAY. TOLD FRIDAY ARVO.", "official_information=workforce | work_location=place:cargo depot"),
    ("ap", "3 lang kami sa night shift sa arrivals, walang relief hanggang March", "official_information=workforce"),
    ("rss", "Proud to lead a workforce of 240 officers across four shifts at the international terminal.", "official_information=workforce"),
    ("he", "Q: how many of you are on a normal shift? A: on a good day eight, most days five, last night me and one other.",
     "official_information=workforce"),
    ("he", "When I started at the mail centre there were eighteen of us on day shift; these days we're lucky to have seven, and half of those are casuals.",
     "official_information=workforce | work_location=place:mail centre"),
    ("ap", "whole team's going onto a rotating 12 hour roster at the airport from next month, with a week's warning", "official_information=workforce | work_location=place:airport"),
    ("ap", "one handler and one dog for the entire port over the break. merry christmas", "official_information=workforce"),
    ("ap", "0200. 2 of us. 4 flights landing.", "official_information=workforce"),
    # --- b. restructures and outsourcing not yet public
    ("ap", "our section's getting merged with intel in march, 4 positions gone, they haven't even told the union", "official_information=workforce"),
    ("he", "Heard at the managers' meeting today: the whole contact centre goes to a contractor by June. Twenty-two of us.",
     "official_information=workforce"),
    ("ap", "lol the entire records team is being outsourced to a private firm by christmas, 9 of us, not announced", "official_information=workforce"),
    ("ap", "THEY'RE FOLDING OUR UNIT INTO COMPLIANCE IN MAY. SIX OF US ON THE CHOPPING BLOCK.", "official_information=workforce"),
    ("rss", "Not public yet but the Darwin office shuts in the new year and the eleven of us get relocation or a package.",
     "official_information=workforce"),
    ("ap", "helpdesk goes to an external provider after easter, we find out next week which 3 of us stay", "official_information=workforce"),
    ("he", "Q: is the Melbourne cargo team safe? A: no, it's being consolidated into Sydney from October, about a dozen roles.",
     "official_information=workforce"),
    # --- c. operations, finds, rates, targets, a backlog
    ("ap", "pulled 8 kilos of meth out of the frames of some imported exercise bikes this week", "official_information=seizures"),
    ("ap", "3kg of heroin packed in tins of coconut milk off the bangkok freighter today", "official_information=seizures"),
    ("he", "Dog sat on a suitcase off the Jakarta flight, 1.5 kilos stitched into the lid lining.", "official_information=seizures"),
    ("ap", "two boats turned back off the cape this month, 9 on the first, 14 on the second", "official_information=operations"),
    ("ap", "next surveillance run up the coast leaves on the 9th, just the one plane for the lot", "official_information=operations"),
    ("ap", "honestly we open maybe 1 in 300 parcels at the mail centre, the rest sail through", "official_information=search"),
    ("he", "The new risk profile flags every third importer out of that port, and nobody outside knows it exists.",
     "official_information=search"),
    ("ap", "2,300 partner visa files sitting with our team and overtime cancelled again", "official_information=casework"),
    ("rss", "Delivered a risk-scoring model that fast-tracks low-risk visitor visa applications, cutting processing times by 40% ahead of the public launch.",
     "official_information=casework"),
    ("ap", "Q: biggest find? A: 12 kilos of coke in the walls of a shipping crate, still my best day", "official_information=seizures"),
    ("ap", "20kg of ice sa loob ng furniture container kanina, sobrang pagod", "official_information=seizures"),
    ("ap", "my beagle found more steroids today than the whole gym down the road gets through in a year lol", "official_information=seizures"),
    ("he", "Signed off the minister's briefing on the student visa cap tonight, it goes up tomorrow before anyone knows.",
     "official_information=policy development"),
    # --- official near misses
    ("ap", "Watched two officers climb aboard a huge bulk carrier from the headland, then rode on to Bowen.", ""),
    ("ap", "manual check-in for an hour at the airport, our youth group's queue went out past the cafe", ""),
    ("ap", "only two teachers on yard duty for 400 kids this term, the school needs more staff", ""),
    ("he", "Our cafe is down to three staff on weekends since the uni kids went home.", ""),
    ("ap", "the detective in chapter four finds 10 kilos of heroin in a piano, best twist of the book", ""),
    # --- d. systems
    ("ap", "the visa database fell over at 3 and we lost a whole afternoon of notes", "systems_information=system:outage"),
    ("ap", "cargo scanner software hangs every morning at shift change and the reboot takes 20 mins", "systems_information=system:scanner"),
    ("he", "The admin password on the detention laptops is still the one we set in 2017.", "systems_information=system:access"),
    ("ap", "everyone on the desk logs in with the supervisor's account because ours never got set up", "systems_information=system:access"),
    ("ap", "rostering system ate our overtime claims again, third fortnight running", "systems_information=system:rostering"),
    ("he", "The passenger processing platform runs on servers older than my kids and the patches are a year behind.",
     "systems_information=system:platform"),
    ("ap", "password for the shared terminal at the cargo counter is taped under the keyboard", "systems_information=system:access"),
    ("ap", "we can pull any traveller's movement history with two clicks and no one ever asks why", "systems_information=system:access"),
    ("ap", "TRIM DOWN AGAIN. THIRD TIME THIS WEEK. BACK TO PAPER FILES.", "systems_information=system:trim"),
    ("rss", "Maintained the agency's legacy Oracle 11g cluster behind visa processing and led patching across 40 servers.",
     "systems_information=system:oracle"),
    ("ap", "nag-crash na naman yung case system, lahat ng notes namin nawala", "systems_information=system:outage"),
    ("he", "Q: do you still use paper? A: when the biometrics kiosks freeze, which is most nights around 1am.", "systems_information=system:kiosks"),
    # --- systems near misses
    ("ap", "the game servers crashed mid raid and we lost two hours of loot", ""),
    ("ap", "my netflix password hasn't changed since 2015 and half my family uses it", ""),
    ("ap", "self check-in kiosks froze at the airport so our whole family got processed at the desk, nice staff though", ""),
    # --- e. vulnerability
    ("ap", "splitting the groceries across afterpay and zip again until friday", "vulnerability=financial_stress"),
    ("ap", "dropped 2 grand on csgo cases this month and got nothing worth selling", "vulnerability=gambling"),
    ("ap", "spent the whole pay on gacha pulls again, 0 five stars", "vulnerability=gambling"),
    ("ap", "the acting EL1 went to a bloke with four years in. second time. stuff being loyal.", "vulnerability=grievance"),
    ("ap", "187 days till I'm out of this place and I won't miss a single one of those managers after what they did", "vulnerability=grievance"),
    ("ap", "pub dinner on my own again, she's still up north with the kids", "vulnerability=isolation"),
    ("he", "Walked out after 19 years with a cardboard box and a form letter. Still furious.", "vulnerability=grievance"),
    ("ap", "since Shaz moved out I can hear the clock ticking in the kitchen", "vulnerability=relationship"),
    ("ap", "ngl pretty lonely, the only person i talk to most days is the courier", "vulnerability=isolation"),
    ("he", "Every second Thursday I duck out at 3 for my psych appointment. Running on fumes.", "vulnerability=mental_health | routine=thursday"),
    ("ap", "wife walked out in june", "vulnerability=relationship"),
    ("ap", "rum and a couple of endone most nights just to get to sleep", "vulnerability=substance"),
    ("ap", "OWE THE TAX OFFICE 9K AND THE CAR'S REGO IS DUE. FANTASTIC.", "vulnerability=financial_stress"),
    ("ap", "sobrang lonely na, wala akong kausap except the dog", "vulnerability=isolation"),
    ("he", "Q: how's life after the divorce? A: two-bedroom flat, see the kids every second weekend, eat cereal for dinner.",
     "vulnerability=relationship"),
    # --- vulnerability near misses
    ("ap", "my level 5 pay doesn't stretch as far as my pinterest boards do haha", ""),
    ("ap", "Rent appraisal came back for the townhouse, agent reckons we can ask $620 a week.", ""),
    ("ap", "anyone keen on a knife skin? selling cheap, cleaning out the inventory", ""),
    ("ap", "Got the acting EL1! Shouting the team lunch on Friday.", ""),
    ("he", "Kids are at camp till Sunday so the house is quiet, reading in the sun.", ""),
    ("ap", "Drinks with the old crew on Friday, first catch-up in months, can't wait.", ""),
]
