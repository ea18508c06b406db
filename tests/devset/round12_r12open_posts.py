"""Dev rows for round 12's open categories (branch r12open), in our own words (never from held-out texts).

Official information told in passing: an operation or a change still to come with its date, count or place (in a
dating profile, a bullet list, LinkedIn prose, a lowercase vent, a club newsletter); a site's staffing told as a
complaint or a boast (dogs, boats, officers, a lone officer somewhere remote), a boarding or a tow told as a yarn.
Systems in passing: work kit that broke, lost or slowed the work (a vendor's update, a patch, a link down, cameras
dead, an app that will not sync), a list of what the writer will not miss, lookups anyone can make. Two-sentence
posts where each category lives in its own sentence. Vulnerability in slang: pay-later and credit cards groaning,
drinking by the bottle or the keg, a body waiting for surgery, lonely at a remote posting. Near misses: a review's
stars, an adviser's offer of help to students, a chat with a stranger, a job described with no detail of the
system, a news story retold, a long career passed over (a grievance, not an operation).
Rows get ids r12oNNN (build_devset.py).
"""
from __future__ import annotations

ROUND12_R12OPEN_POSTS: list[tuple] = [
    # --- a. official: upcoming or internal, any register
    ("ap", "About me: big on bushwalks and a good roast. Heads up, I'll be slow replying next month, we're going through "
           "the farm hostels out past the river flats looking for people who've overstayed their visas.",
     "official_information=operations"),
    ("ap", "early one tmrw. warrants on 5 houses across the eastern suburbs, briefing at 4:30", "official_information=operations"),
    ("ap", "next patrol heads out on the 3rd, only the one cutter because the other's stuck in dry dock", "official_information=operations"),
    ("he", "Word is the compliance section gets rolled into the regional hub from October and nine APS5 spots disappear.",
     "official_information=workforce"),
    ("he", "This week:\n- finish the cabinet submission on the skilled visa threshold\n- threshold drops to $68k, not public till the budget\n- gym x3",
     "official_information=policy development"),
    ("rss", "From February our cargo inspection area moves to a hub model, consolidating four sheds into one with 30 fewer inspection staff.",
     "official_information=workforce"),
    ("ap", "queue is sitting at like 27k partner apps rn, we got told clear the onshore ones first and leave offshore til after easter",
     "official_information=casework"),
    ("ap", "Q: when's the next big job? A: the 22nd, three vessels, dawn start at the marina", "official_information=operations"),
    ("ap", "can't make trivia thursday, we're hitting five warehouses in the industrial estate at first light",
     "official_information=operations"),
    ("ap", "new secondary screening rules for cruise passengers kick in on 1 December and nobody outside the branch knows yet",
     "official_information=policy development"),
    ("he", "Our treasurer Dee is off the radar for a bit: she's running a visa compliance sweep across the northern orchards from next week.",
     "official_information=operations"),
    ("ap", "two charter flights for removals locked in for the 9th, 40 seats, keep it off socials", "official_information=detentions"),
    ("ap", "from july the mail exams go down to one shift a day and the afternoon crew gets split across the airports",
     "official_information=workforce"),
    ("he", "Dating profile, the honest version: I work odd hours, and the next six weeks are a write-off because we're doing "
           "door knocks on labour hire houses for workers with expired visas.", "official_information=operations"),
    # --- b. official: staffing and operations told as a complaint or a boast
    ("ap", "three of us covering the whole cargo hall since the cuts, and one of those is on long service", "official_information=workforce"),
    ("ap", "just two dogs for the entire mail centre till the new ones finish their course #stretched", "official_information=workforce"),
    ("ap", "fentanyl scent training started this week, only 3 dogs signed off for international so far", "official_information=workforce"),
    ("ap", "five of us on primary with three wide-bodies landing inside twenty minutes. cool cool cool", "official_information=workforce"),
    ("ap", "only officer on the island for the next three weeks, send snacks", "official_information=workforce"),
    ("ap", "grabbed a longliner 40nm off the reef with a tonne and a half of sea cucumber aboard and dragged her into port",
     "official_information=operations"),
    ("he", "Boarded two foreign fishing boats inside the zone off the atoll today; both crews taken back to base for processing.",
     "official_information=operations"),
    ("ap", "Nine boarding officers for the whole river since the restructure, and two of them are on secondment.",
     "official_information=workforce"),
    ("ap", "one x-ray operator a shift at the depot now, used to be three", "official_information=workforce"),
    ("ap", "me and a grad holding the fort on departures for the school hols lol", "official_information=workforce"),
    ("ap", "the only handler north of the range for a month while Jess is on leave", "official_information=workforce"),
    ("ap", "Whole north coast covered by one patrol boat this month #allhandsondeck", "official_information=workforce"),
    ("ap", "caught a tinny full of undersized crayfish off the point and towed the lot back to the ramp", "official_information=operations"),
    # --- official near misses
    ("ap", "only two baristas on for the Saturday rush and a line out the door", ""),
    ("ap", "Lifeguards are down to three for the whole beach this summer, swim between the flags.", ""),
    ("ap", "Read that customs found 50 kilos of coke in a banana shipment, wild", ""),
    ("ap", "next footy trip leaves on the 14th, two buses, the other's getting serviced", ""),
    # --- c. systems in passing
    ("ap", "the incident logging app on our work tablets wiped two months of entries after the vendor pushed an update",
     "systems_information=system:app"),
    ("ap", "image viewer on the baggage x-ray kept crashing all night after IT rolled out a windows update",
     "systems_information=system:x-ray"),
    ("he", "Things I won't miss when I leave:\n- the SECRET laptop that needs 20 minutes to start\n- my RSA token\n"
           "- the records system that loses attachments\n- logging in as my manager because mine never worked",
     "systems_information=system:laptop"),
    ("ap", "bag x-ray at the regional depot was down the whole shift", "systems_information=system:x-ray"),
    ("ap", "satellite link at the outpost dropped out again so we phone the city office to run every passenger against the list",
     "systems_information=system:link"),
    ("ap", "honestly I can pull up anyone's visa history from my desk at work, no one checks", "systems_information=system:access"),
    ("ap", "the lodgement site's database went down at 11 and took the whole queue with it", "systems_information=system:database"),
    ("ap", "container scanner's been useless since the new software went on", "systems_information=system:scanner"),
    ("ap", "cameras in the detention yard have been dead four days", "systems_information=system:cameras"),
    ("ap", "inspection app on the rugged tablets wouldn't sync all shift, wrote it all on paper", "systems_information=system:app"),
    ("ap", "the eGates at the international end reject every third passport since the last patch", "systems_information=system:egates"),
    ("ap", "work email drops anything over 10mb so we put case files on usb sticks", "systems_information=system:usb"),
    ("ap", "radios on the boat have been cutting out for a month and the replacement's on back order", "systems_information=system:radios"),
    ("ap", "clearance terminal at gate 4 took 40 mins to boot this morning. again.", "systems_information=system:terminal"),
    # --- systems near misses
    ("ap", "By day I look after the servers behind an online tax portal; by night, sourdough.", ""),
    ("ap", "My laptop takes ten minutes to boot since the update, time for a new one", ""),
    ("ap", "the self-serve checkouts at the supermarket were down so we queued for ages", ""),
    # --- d. each category in its own sentence
    ("ap", "Cameras in the holding rooms have been out since Tuesday. Doing welfare checks on clipboards every half hour like it's the eighties.",
     "systems_information=system:cameras"),
    ("ap", "The baggage x-ray at the ferry terminal died at lunch. Every bag hand-searched for four hours with two of us on.",
     "systems_information=system:x-ray | official_information=workforce"),
    ("ap", "Rostering app lost the whole week's swaps again. Three of us left on nights for the entire wharf.",
     "systems_information=system:rostering | official_information=workforce"),
    ("ap", "Radar on the patrol boat has been playing up since the refit. Two boardings this week anyway, both fishing vessels inside the line.",
     "systems_information=system:radar | official_information=operations"),
    # --- e. vulnerability in passing or slang
    ("ap", "phone upgrade and the holiday both on zip. broke till tax time.", "vulnerability=financial_stress"),
    ("ap", "afterpay'd the whole outlet sale again lol next month's me can deal with it", "vulnerability=financial_stress"),
    ("ap", "drinking way too much lately, most nights it's a bottle of red, and mum's funeral is still sitting on the card, nine grand",
     "vulnerability=substance"),
    ("ap", "getting through a slab every couple of days by myself at the moment", "vulnerability=substance"),
    ("ap", "knee's gone, on the public list for a replacement and living on painkillers till then", "vulnerability=mental_health"),
    ("ap", "credit card's screaming after the bathroom reno, 21.99% on the lot", "vulnerability=financial_stress"),
    ("ap", "lonely as anything out at the station some nights, beer o'clock starts at lunch", "vulnerability=isolation"),
    ("ap", "buy now cry later: the bikes, the couch and the telly all on afterpay", "vulnerability=financial_stress"),
    ("ap", "two years at this posting and still nobody to have a beer with, just me and the telly", "vulnerability=isolation"),
    ("ap", "cooked financially till easter after the rego and the dentist", "vulnerability=financial_stress"),
    ("ap", "half a bottle of rum to get to sleep most nights now, not proud of it", "vulnerability=substance"),
    ("ap", "minimum repayments on three cards and the mortgage went up again", "vulnerability=financial_stress"),
    # --- f. near misses
    ("ap", "Stars out of 10. Nobody pays me for these reviews.", ""),
    ("he", "If the Department writes to you about your student visa, come and see us at the advice centre before you reply.", ""),
    ("ap", "Told the woman at the florist far more than I should have about Nan. She was lovely.", ""),
    ("ap", "Saw on the news the feds found 30 kilos of meth in a tractor shipment, crazy", ""),
    ("ap", "28 years on the wharves and they hand the supervisor job to a kid who's never seen a container", "vulnerability=grievance"),
]
