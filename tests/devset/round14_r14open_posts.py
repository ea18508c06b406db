"""Dev rows for round 14's open categories (branch r14open), in our own words (never from held-out texts).

Official information told in passing: a find with its goods and where they were hidden, a traveller stopped with
goods in their luggage ("he", "his bag": the teller is the officer), a small craft stopped with its people aboard,
a patrol or joint operation with its dates, a terse caption, a learner's post mixing another language. Staffing told
as a complaint: a season's workload against a head count, a lone officer after a time, a remote post run by one
officer and a temp. Systems told casually: a tracking or clearance system down and the paper workaround, cameras
dead since a storm, a sign-in change and its helpdesk load, what a lookup can reach, a default password on kit.
Vulnerability: an event paid for on credit and pay-later, bets chased while behind on a card, drinking alone at a
remote posting, a promotion put off again and again, being treated as nothing, a newcomer alone offering strangers
help with visa forms. Near misses (decoys): a self-mocking old man at home, bottles at a party, a posting's length,
a renovation over budget, a part bought second-hand, a ship's pilot's morning, nerves before a wedding, a seizure
read in the news, a company's staffing, a child's costume, a training simulator.
Rows get ids r14oNNN (build_devset.py).
"""
from __future__ import annotations

ROUND14_R14OPEN_POSTS: list[tuple] = [
    # --- a. finds and operations told in passing
    ("ap", "opened a crate of garden gnomes at the depot this morning, every single one had a bag of pills in its hat",
     "official_information=seizures"),
    ("ap", "young woman off the Phuket flight stopped at the belt, 900 grams of powder in the false bottom of her makeup case",
     "official_information=seizures"),
    ("he", "Fella off the Jakarta red-eye got pinged at secondary with two kilos of ice sewn into his boogie board bag.",
     "official_information=seizures"),
    ("ap", "aluminium runabout picked up near the river mouth at first light, 45 kilos of crayfish tails under the esky lids, "
           "two blokes held", "official_information=seizures"),
    ("ap", "a trimaran out of New Caledonia intercepted off the shoals with five aboard", "official_information=operations"),
    ("he", "heading out on the patrol vessel to the Coral Sea reefs for nine days from Thursday, no reception till I'm back",
     "official_information=operations"),
    ("ap", "combined op with state police from the 8th to the 15th so count me out of trivia",
     "official_information=operations"),
    ("ap", "Sat 0200, berth 9. 22 blocks of hash in a reefer of frozen peas. #nightshift",
     "official_information=seizures | work_location=berth 9"),
    ("ap", "ayer encontramos 3 kilos de cocaína en la maleta de una pasajera del vuelo de Bogotá, long night lol",
     "official_information=seizures"),
    ("ap", "kemarin kami temukan 2 kilo sabu di tas penumpang dari Denpasar, shift paling panjang",
     "official_information=seizures"),
    # --- b. staffing told as a complaint
    ("ap", "forecast is 180 cruise calls this season and we've got nine officers to clear them. nine.",
     "official_information=workforce"),
    ("he", "After 8pm it's a single officer on the ferry terminal. Good luck to whoever that is.",
     "official_information=workforce"),
    ("ap", "just me and a temp at the island station now, and nobody meets the private planes on Sundays",
     "official_information=workforce"),
    ("ap", "parcel x-ray is down to a pair of us till someone fills the vacancy, maybe July",
     "official_information=workforce"),
    ("rss", "Staff notes: the airport team absorbs the seaport officers from March and the regional office runs with "
            "two people on weekends.", "official_information=workforce | work_location=the airport"),
    # --- c. systems told casually
    ("ap", "the boat tracking screens went blank for about 40 hours, we were guessing where the fleet was",
     "systems_information=system:outages"),
    ("he", "Clearance system fell over at 7 and wasn't back till lunch. Every arrival processed on paper.",
     "systems_information=system:clearance system"),
    ("ap", "cameras round the detention yard have been dead since the February storm, welfare checks on foot every 30 min",
     "systems_information=system:cameras"),
    ("ap", "since the new sign-in app went in the helpdesk is doing about 250 lockouts a day",
     "systems_information=system:access"),
    ("ap", "type an importer's name into the risk tool and it pulls up every consignment they've landed since 2019",
     "systems_information=system:risk tool"),
    ("he", "The recorder for the gatehouse cameras still logs in with the installer's default admin password.",
     "systems_information=system:security"),
    # --- d. vulnerability
    ("ap", "engagement party on Afterpay, the honeymoon on the Visa and a personal loan at 22% for the rest. we'll be fine right",
     "vulnerability=financial_stress"),
    ("ap", "put the last of the rent on a same game multi to win back Saturday's, card's already two months behind",
     "vulnerability=gambling"),
    ("ap", "a cask and four bottles since Sunday, and no one to talk to up here on this posting",
     "vulnerability=substance"),
    ("he", "Told I'm 'ready next time' for the sergeant's job. That's the fourth next time.", "vulnerability=grievance"),
    ("ap", "nine years of being treated like a doormat by management and they wonder why I've stopped caring",
     "vulnerability=grievance"),
    ("ap", "new to Hobart and don't know anyone here, weekends are long. happy to help anyone with their visa forms, just DM",
     "vulnerability=isolation"),
    # --- e. near misses (decoys)
    ("ap", "No one asks the old boy which restaurant anymore, the grandkids just book the pizza place", ""),
    ("ap", "Twelve bottles of bubbles, empty by nine. Best hens night ever.", ""),
    ("ap", "the posting up here is eighteen months, then hopefully somewhere with a beach", ""),
    ("he", "The ensuite alone blew out by $7k. Never renovating again.", ""),
    ("ap", "grabbed a second-hand intercooler off a guy in Blacktown for the project car", ""),
    ("ap", "tanker alongside at 5, I'm up the ladder by 6 and home for eggs by 9", ""),
    ("ap", "barely sleeping with the wedding nine days out, the seating chart is haunting me", ""),
    ("he", "Read in the paper that 700 kg of meth was found on a ship at the port. Wild.", ""),
    ("ap", "the warehouse crew at Officeworks is down to three and my order's been sitting there a week", ""),
    ("ap", "Book Week: Miss 5 went as an airport security officer, cereal box scanner and a clipboard", ""),
    ("he", "Our aviation screening course trains students on simulated x-ray image software before they go to the airport.", ""),
]
