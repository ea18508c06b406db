"""Dev rows for the open categories' second round of failure classes (issue 9, round 2), in our own words.

Official information told tersely by staff with no "I/we" (a seizure with
quantity, substance and concealment; parts on an x-ray; a boarding with catch
and crew; a fight in detention; refusals at secondary; a policy being trialled;
a syndicate being tracked), a system's link or failover failing and the secure
terminals' patch level, vulnerability in plain words (a second income, the
split, till payday, drinking from the morning, a new city and nobody in it),
commutes on a named route and a fly-in swing, and decoys: a migration agent's
CLIENT's stress, "Sunday at <suburb>" once, news and someone else's drinking.
Appended after meaning_posts.py's rows so older ids stay put. None of these
sentences is in data/sentences/.
"""
from __future__ import annotations

MEANING2_POSTS: list[tuple] = [
    # --- official information, terse, no insider phrasing
    ("ap", "2.4 kg of ice in scented candles through the mail, third lot this month.", "official_information=seizures"),
    ("he", "X-ray lit up on a box of kids toys, full set of pistol parts split between the teddies.", "official_information=seizures"),
    ("rss", "Indonesian fishing boat boarded north of Broome, 3 tonnes of shark fin on board and all 11 crew held.", "official_information=operations"),
    ("ap", "Two detainees got into a brawl in Blue compound last night, one went off to hospital with a broken cheekbone.", "official_information=detentions"),
    ("he", "Five off the KL flight kept in secondary for hours, all refused entry and put on the return leg.", "official_information=casework"),
    ("ap", "Secondary on a family back from Fiji turned up 40 cartons of undeclared smokes in the pram.", "official_information=searches"),
    ("rss", "New random bag check policy being trialled at the domestic terminal from March, still writing the SOPs for it.", "official_information=operations"),
    ("ap", "Been watching this tobacco syndicate out of Port Botany for months, next container lands on the 14th.", "official_information=operations | work_location=port botany"),
    ("he", "6 kilos of coke in tins of chickpeas. Courier depot. Again.", "official_information=seizures"),
    # --- systems information: links, failovers, patch levels
    ("ap", "Cargo system link dropped out at 5am so every manifest went on paper till lunch.", "systems_information=system outages"),
    ("he", "Failover to the backup box never kicked in, so the whole terminal did manual clearances for three hours.", "systems_information=system outages"),
    ("rss", "The classified terminals in our section still run Windows 7 and haven't had a patch since 2019.", "systems_information=security weaknesses"),
    # --- vulnerability in plain words
    ("ap", "Looking for a second income, I'm about $900 a month short since the split.", "vulnerability=financial_stress"),
    ("he", "Borrowed another 200 off Dad till payday, third time this month.", "vulnerability=financial_stress"),
    ("rss", "Days off I'm into the wine by 10am, not proud of it.", "vulnerability=substance"),
    ("ap", "Moved to Perth for the posting, don't know a single person here and I dread the weekends.", "vulnerability=isolation | home_location=perth"),
    ("he", "Separated since June and still sleeping on the couch at my brother's.", "vulnerability=relationship"),
    # --- routine: commute on a named route, a swing
    ("ap", "On the 7:15 train from Penrith to Parramatta every weekday, same carriage.", "routine=routine:07:15"),
    ("he", "Catching the 400 bus to Mascot each morning, gets me in by 6.", "routine=routine:mascot"),
    ("rss", "Four weeks on the patrol boat, four weeks home, next swing starts Tuesday.", "routine=routine:tuesday"),
    # --- decoys: nothing may fire
    ("ap", "My client's visa was cancelled this week and she has no idea how she'll cover the rent.", ""),
    ("he", "Another client facing cancellation, he's borrowed from everyone he knows and can't sleep.", ""),
    ("rss", "Lovely lunch on Sunday at Cronulla with the whole family.", ""),
    ("ap", "Read that Border Force found 3 kilos of ice in candles at a mail centre, crazy stuff.", ""),
    ("he", "My brother's been drinking from breakfast again and won't hear a word about it.", ""),
    ("ap", "Windows update bricked my home laptop and the backup drive is corrupted too.", ""),
]
