"""Dev rows for the open categories' failure classes (issue 9, "What was missed"), in our own words.

Official information told casually (a seizure with its quantity, route and
concealment; what happens in a search; a haul), internal systems named
informally and their outages, vulnerability in slang, routines stated
indirectly, and decoys of each kind that must produce nothing. Appended to
devset.jsonl by build_devset.py after the older rows, so their ids stay put.
None of these sentences is in data/sentences/ (the learned component's corpus).
"""
from __future__ import annotations

MEANING_POSTS: list[tuple] = [
    # --- official information, told casually
    ("ap", "Cracked a pallet of frozen prawns from Vietnam this arvo and found 8 kilos of heroin in the ice blocks.", "official_information=seizures"),
    ("he", "Bloke off the Manila flight had two kilos of ice taped under his singlet, he was sweating buckets.", "official_information=seizures"),
    ("rss", "Good haul today: a whole sea container of fake Nikes and 40 cartons of chop chop behind a false wall.", "official_information=seizures"),
    ("ap", "Steroids again in the body lotion bottles, same sender in Thailand as last month.", "official_information=seizures"),
    ("he", "When a bag gets flagged we empty it onto the bench, swab the zips and go through every pocket while they watch.", "official_information=searches"),
    ("ap", "Secondary was flat out, pulled apart six suitcases and a guitar case before lunch.", "official_information=searches"),
    ("rss", "Walked a detainee to his deportation flight this morning, he didn't say a word the whole way.", "official_information=detentions"),
    ("ap", "Off to the District Court Thursday to testify on last year's cocaine import, hope the defence go easy.", "official_information=courts"),
    ("he", "Knocked back four people at the primary line today, all of them had the same dodgy job offer letter.", "official_information=casework"),
    # --- systems information, named informally, and outages
    ("ap", "The passport lookup thing died at 6am and we processed the Singapore flight by hand, nightmare shift.", "systems_information=system outages"),
    ("he", "Work computers still take ten minutes to boot and the alert check times out half the time.", "systems_information=internal systems"),
    ("rss", "Half my team shares the same login for the cargo database because nobody will pay for more seats.", "systems_information=passwords and access"),
    ("ap", "The bag scanner in hall B has been dead for three weeks so everything gets funnelled through one lane.", "systems_information=equipment and its faults"),
    # --- vulnerability in slang
    ("ap", "Absolute shocker on the punt this weekend, down four grand and the rent's due Tuesday.", "vulnerability=gambling"),
    ("he", "Put the credit card bill on another credit card, that's how we roll now.", "vulnerability=financial_stress"),
    ("rss", "Missed out on the promotion again, they gave it to a bloke who's been here five minutes.", "vulnerability=grievance"),
    ("ap", "First Christmas since she left, just me and a microwave dinner.", "vulnerability=relationship"),
    ("he", "Honestly can't remember the last time anyone asked how I was going, it's just work and an empty flat.", "vulnerability=isolation"),
    ("ap", "Needed a few schooners before I could face the night shift again, not great.", "vulnerability=substance | routine=nights"),
    # --- routines stated indirectly
    ("ap", "Alarm goes at 4:10 so I can do an hour at the pool before my 6 o'clock start, five days a week.", "routine=pool"),
    ("he", "Thursdays are always trivia at the Lord Nelson, we've held the same table for three years.", "routine=thursday"),
    ("rss", "Doing the 0500 to 1330 stretch out at the cargo sheds all month.", "routine=routine:05:00"),
    ("ap", "Leave home at quarter to six every weekday and I'm on the 6:02 from Sutherland.", "routine=routine:06:02 | home_location=place:sutherland nsw"),
    # --- decoys: nothing may fire
    ("ap", "Our border collie Pip found a half eaten meat pie in the park and would not give it up.", ""),
    ("he", "Watched Border Security last night and the bloke with the undeclared sausages was a legend.", ""),
    ("rss", "My client's partner visa finally came through after two years, a good day in practice.", ""),
    ("ap", "The paper says police found a tonne of cocaine on a yacht off the Gold Coast, wild.", ""),
    ("he", "Laptop died in the middle of my assignment and the library computers are always taken.", ""),
    ("ap", "New crime novel is great, the smuggler hides diamonds inside a teddy bear.", ""),
    ("rss", "Spin the wheel with our bookie app and grab a bonus bet, 18+ only.", ""),
    ("ap", "My cousin is up to his eyeballs in loans and won't talk to anyone about it.", ""),
    ("he", "Saw a great documentary about loneliness in big cities.", ""),
    ("ap", "Power went out across the whole suburb in the storm, we played cards by candlelight.", ""),
]
