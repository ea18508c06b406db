"""Dev rows for round 10's work classes (branch r10work), in our own words (never from held-out texts).

Negative controls first: a writer's bio that lists the agency among the subjects it covers (a beat, said as a list
of topics, with a media job elsewhere on the profile or coverage said outright); someone else in the agency's
uniform, and the agency's photo or visa rules met by a business; a story, programme or article about the agency
talked over by a tutor or a club. Then the subject's own official address as evidence of the employer (a forum
registration said loosely, an account's "work" field), a staff or employee number of any shape, a church or club
page that offers its listed number for the group (personal) beside one that calls it the work mobile (official),
former names of the agency on one page. Work sites said tersely or by their kind ("<Kind> office, 0600."), a
terminal by number with a clock time, a lower-case street office, the mail gateway or air cargo by suburb; near
misses: a bare city in a terse bio, a charter's or escort's destination, half the team sent away for a fortnight.
Rows get ids r10wNNN (posts) and r10wpNNN (profiles); build_devset.py.
"""
from __future__ import annotations

_ABF, _HA = "australian border force", "department of home affairs"

ROUND10_R10WORK_POSTS: list[tuple] = [
    # --- negative controls: someone else's uniform, the agency's rules met by a business, a story about the agency
    ("he", "Bloke came in at closing still wearing his Border Force uniform, wanted a cake for his daughter's 18th.", ""),
    ("ap", "had a lady in her ABF uniform grab two flat whites on her way through this morning, lovely to see", ""),
    ("rss", "Every visa photo we print gets checked against the Home Affairs photo requirements, so no glasses and no smiles.", ""),
    ("ap", "Our studio meets the Home Affairs specifications for citizenship photos: plain backdrop, neutral face, even light.", ""),
    ("he", "One of our regulars wears the Border Force badge on his cap and orders the same pie every Friday.", ""),
    ("ap", "Heaps of questions after the radio story on Home Affairs and the visa backlog. I'll pop some links in the group chat.", ""),
    ("he", "A few of the adult learners asked about the news piece on Border Force and the yacht. I've volunteered at the "
           "library since 2016 and we'll read it together on Tuesday.", ""),
    ("ap", "covering border force + home affairs estimates all week, send coffee and patience", ""),
    # --- staff or employee numbers of any shape; near misses a student ID and an order number
    ("ap", "new lanyard 🪪 employee no. 4410932 and a photo that looks like a mugshot #firstweek", "corporate_identifier=userid:4410932"),
    ("he", "finally got my staff number: 00418827. officially a public servant lol", "corporate_identifier=userid:00418827"),
    ("ap", "student ID 2231987 came in the mail, uni starts monday", ""),
    ("ap", "order number 88123411 still hasn't shipped, third email to them", ""),
    # --- the subject's own official address given in a post
    ("ap", "reg'd on here with alex.morgan@homeaffairs.gov.au on my lunch break, probably shouldn't have",
     f"corporate_identifier=contact:alex.morgan@homeaffairs.gov.au | employer={_HA}"),
    # --- work sites said tersely or by their kind
    ("ap", "Port office, 0600. Earlies all week.", "work_location=port office | routine=earlies"),
    ("ap", "out of T2 at 3:10 after a double, feet are gone", "work_location=t2"),
    ("he", "aircon is dead at the pirie st office again, whole floor in jumpers", "work_location=pirie st"),
    ("ap", "Can't say much about what we do at the mail gateway in Clyde but it's never boring.",
     "work_location=clyde mail gateway"),
    ("he", "Alex works at the air cargo terminal in Mascot, so Saturday camps are hard to get to.",
     "work_location=mascot air cargo terminal"),
    # --- near misses: an operation's destination, a short deployment of the team
    ("ap", "All hands next Tuesday for the transfer charter to Nauru, pack for heat", "official_information=operations"),
    ("ap", "half the team gets sent down to Portland for a fortnight every winter, dodged it this year", ""),
]

ROUND10_R10WORK_PROFILES: list[tuple] = [
    # --- negative controls: a writer's beat listed in a bio
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm",
                  "summary": "Canberra press gallery. Writing on Home Affairs, defence and the budget. Tips welcome.",
                  "attachment": []}, ""),
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm",
                  "summary": "Senior correspondent | Border Force, visas, refugees, aviation | ex-regional radio",
                  "attachment": []}, ""),
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm", "summary": "Home Affairs. Cyber. Ports. Opinions my own.",
                  "attachment": [{"name": "Job", "value": "Politics reporter"}]}, ""),
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm",
                  "summary": "Freelance. Interested in: Border Force, migration law, maritime history, dogs.", "attachment": []}, ""),
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm", "summary": "Radio producer.",
                  "attachment": [{"name": "Beats", "value": "Home Affairs, immigration, national security"}]}, ""),
    # --- staff bios stay employment (topics beside a job title, a terse bio)
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm",
                  "summary": "Policy officer, Home Affairs. Migration, visas, national security. Opinions mine.", "attachment": []},
     f"employer={_HA}"),
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm", "summary": "ABF. Runner. Coffee. Darwin.", "attachment": []},
     f"employer={_ABF}"),
    # --- the subject's own official address in an account's field: the employer
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm", "summary": "Nights. Coffee. Dog.",
                  "attachment": [{"name": "work", "value": "a.morgan@abf.gov.au"}]},
     f"corporate_identifier=contact:a.morgan@abf.gov.au | employer={_ABF} | routine=nights"),
    # --- a church page offers the listed mobile for its study group: personal; a scout page calls it the work mobile
    ("jsonld", {"name": "Alex Morgan", "worksFor": {"@type": "Organization", "name": "Australian Border Force"},
                "telephone": "0491 570 261",
                "description": "Alex leads our Thursday night bible study. New faces always welcome: contact Alex on 0491 570 261."},
     f"employer={_ABF} | personal_contact=contact:+61491570261"),
    ("jsonld", {"name": "Alex Morgan", "worksFor": {"@type": "Organization", "name": "Australian Border Force"},
                "telephone": "0491 570 262",
                "description": "Alex is our Joey scout leader. The number listed is his work mobile, so business hours only please."},
     f"employer={_ABF} | official_contact=contact:+61491570262"),
    # --- a former name of the agency on the same page as its later name: one employer
    ("jsonld", {"name": "Alex Morgan", "jobTitle": "Assistant Secretary",
                "worksFor": {"@type": "Organization", "name": "Department of Home Affairs"},
                "description": "Alex joined the Department of Immigration and Border Protection in 2009 as a graduate."},
     f"employer={_HA}"),
]
