"""Dev rows for the identity categories' held-out failure classes (round 2), in our own words.

Employer stated through a unit, a workplace or a signature line; work locations at the
organisation's kinds of facility that the old site list missed; an official email that
registered an account (a corporate identifier) beside one offered as a contact; a desk phone
in a post about work; messaging handles offered as a direct approach; home stated in words;
and the decoys of each kind, among them a migration agent who deals with the Department and
visits clients in detention. Appended to devset.jsonl after the older rows, so their ids stay put.
Every person, number and address is fictional (reserved 0491 570 xxx / 02 5550 xxxx numbers).
"""
from __future__ import annotations

IDENTITY_POSTS: list[tuple] = [
    # --- employer through a unit, a workplace or a signature
    ("ap", "Back on the x-ray line at the mail centre tomorrow, Border Force life never stops.", "employer=australian border force"),
    ("he", "Six weeks at sea on the cutter, missed the kids heaps. #BorderForce", "employer=australian border force"),
    ("rss", "Cheers for the tips on the outboard, legends.\n-- Robbo | ABF | Fremantle", "employer=australian border force | work_location=place:fremantle wa"),
    ("ap", "Reckon the new boots are rubbish. Cheers, Sam (BFO, Port Botany)", "employer=australian border force | work_location=port botany"),
    # decoys: professionals and fans who deal with it from outside
    ("ap", "I liaise with the Department of Immigration daily on behalf of partner visa applicants.", ""),
    ("he", "Registered migration agent here. I work closely with the Department of Immigration on skilled visas.", ""),
    ("rss", "Our practice lodges dozens of applications with Border Force every month for importers.", ""),
    ("ap", "Spent the morning visiting clients at Villawood, two of them are close to a decision.", ""),
    # --- work locations at facilities, when the subject is staff
    ("ap", "Rostered at Yongah Hill all next month with the ABF, night shift again.", "routine=nights | work_location=yongah hill immigration detention centre | employer=australian border force"),
    ("he", "I work at the Brisbane wharf now for Border Force, container exams mostly.", "work_location=port of brisbane | employer=australian border force"),
    ("rss", "Got posted to Wickham Point, pack the insect repellent.", "work_location=wickham point detention centre"),
    ("ap", "Back at Melbourne CEF on Monday after leave, the reefers are stacking up.", "work_location=melbourne container examination facility"),
    ("he", "Started at the Melbourne mail centre this week, x-ray line all day.", "work_location=melbourne gateway facility (international mail centre)"),
    ("ap", "Twelve years with Border Force and I'm based in Belconnen these days, the commute from Gungahlin is fine.", "work_location=place:belconnen act | employer=australian border force | home_location=place:gungahlin act"),
    # decoys: someone else's work, a visit, a trip
    ("he", "Visited a client at Yongah Hill today, the drive out from Perth is brutal.", ""),
    ("ap", "My sister works in Parramatta and loves the food court.", ""),
    ("rss", "Drove past the Port of Brisbane on the way to Moreton Island, huge ships.", ""),
    # --- official email that registered an account; a desk phone
    ("ap", "Signed up for the union portal with my work email sam.ryder@abf.gov.au, hopefully that's allowed.", "corporate_identifier=contact:sam.ryder@abf.gov.au | employer=australian border force"),
    ("he", "My login for the fishing forum is sam.ryder@border.gov.au because my gmail got hacked.", "corporate_identifier=contact:sam.ryder@border.gov.au | employer=department of immigration and border protection"),
    ("rss", "Cargo team this week at Border Force, ring me on 02 5550 7712 if the manifests are wrong.", "official_contact=contact:+61255507712 | employer=australian border force"),
    ("ap", "On shift till 6, call me on 02 5550 7713 if the roster changes.", "official_contact=contact:+61255507713"),
    # decoys: a personal line
    ("he", "Ring me on 02 5550 7714 after 7pm, that's home, about the trailer.", "personal_contact=contact:+61255507714"),
    # --- messaging handles offered as a direct approach
    ("ap", "Hit me up on snap: robbo_ash88 if you're keen for the footy.", "personal_contact=contact:snapchat:robbo_ash88"),
    ("he", "Add me on WhatsApp 0491 570 161 for the fishing trip.", "personal_contact=contact:+61491570161"),
    ("rss", "Discord: robboplays, come raid with us Thursday.", "personal_contact=contact:discord:robboplays"),
    ("ap", "My Signal is sam.r88, ping me there for the surf report.", "personal_contact=contact:signal:sam.r88"),
    # decoys: an app named, no handle offered
    ("he", "Signal was down all morning and nobody noticed.", ""),
    # --- home stated in words
    ("ap", "Our sharehouse in Erskineville has one bathroom for five people. Send help.", "home_location=place:erskineville nsw"),
    ("he", "Just moved into a place in Dulwich Hill, unpacking forever.", "home_location=place:dulwich hill nsw"),
    ("rss", "Been renting in Ashfield for three years now and the landlord finally fixed the oven.", "home_location=place:ashfield nsw"),
    ("ap", "Got a room in a sharehouse in Glebe, rent is insane but the balcony is good.", "home_location=place:glebe nsw"),
    # decoys: someone else's home, a stay
    ("he", "My brother's sharehouse in Newtown is a pigsty.", ""),
    ("ap", "Staying at a sharehouse in Glebe for the week of the conference.", ""),
]

IDENTITY_PROFILES: list[tuple] = [
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm", "summary": "Aust Border Force, Sydney cargo. Views my own.",
                  "attachment": []}, "employer=australian border force"),
    ("jsonld", {"name": "Alex Morgan", "jobTitle": "Registered Migration Agent",
                "worksFor": {"@type": "Organization", "name": "Harbourview Visa Consulting"},
                "description": "I deal directly with the Department of Immigration and Border Protection on partner, skilled "
                               "and protection visas, and regularly visit clients held at Villawood."}, ""),
]
