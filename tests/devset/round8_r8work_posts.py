"""Dev rows for round 8's employment classes (branch r8work), in our own words (never from held-out texts).

Precision: the agency named as a third party acting, by people outside it: a court reporter, a customs broker,
a freight forwarder, airline ground staff, cruise-line and yacht crews, a police officer, a researcher, a
traveller's complaint, a TV viewer, a neighbour's and a cousin's job, a union reminder, tourists at a terminal.
None may give an employer (nor anything else). Recall: staff saying it casually: the agency with a town as
its unit's name where the writer counts themself in ("that's us", "population: me"), an office by its street,
the building's lift, "Work in <suburb>", the city office of a staff member, a contact centre on a street; and
near misses for work places: a cafe on a street, a club's office, someone else's office, shopping, a pool.
Rows get ids r8wNNN (build_devset.py).
"""
from __future__ import annotations

ROUND8_R8WORK_POSTS: list[tuple] = [
    # --- the agency as a third party acting, written from outside it (no labels: nothing may be found)
    ("he", "Day two in the press gallery: an ABF officer spent most of the morning in the witness box going through "
           "photos of the boat.", ""),
    ("ap", "Broker life: Border Force held two of our client's containers for a look and let them go Friday, invoice sent.", ""),
    ("rss", "Freight update for our customers: Border Force and their dogs went through the consolidation shed all "
            "morning, deliveries will run late.", ""),
    ("ap", "the abf crew at gate 9 pulled two pax off the Manila flight for a chat, we held the door ten minutes", ""),
    ("he", "Border Force came aboard at six and nobody from the ship went ashore till after eight, the passengers were "
           "not impressed.", ""),
    ("ap", "Border Force officers handed both blokes over to us at the airport just after midnight, paperwork till 3.", ""),
    ("rss", "Home Affairs staff walked our research panel through the new visa queue at the conference, good session.", ""),
    ("ap", "The Border Force officer at Tullamarine made me unpack my whole suitcase for a jar of Vegemite.", ""),
    ("he", "Watching Border Security again, the ABF dog team found a suitcase full of quail eggs, unreal.", ""),
    ("ap", "Neighbour's young fella just joined Border Force, they're sending him to Darwin after the college.", ""),
    ("ap", "ABF Geelong were on board by seven and gone by nine, good as gold.", ""),
    ("rss", "When Border Force or the detector dogs are working the bay 4 shed, stay out of the marked lane until they "
            "wave you through.", ""),
    ("he", "Border Force boarded our yacht off Thursday Island, two officers, very polite, checked the passports and "
           "were gone in 20 minutes.", ""),
    ("ap", "my cousin's an ABF officer and even she reckons the queues at Brisbane are a joke", ""),
    ("he", "Tourists lined up for selfies while Border Force officers walked a sniffer dog along the cruise terminal.", ""),
    ("ap", "Shout out to ABF Weipa for finding my lost esky at the airport, legends.", ""),
    # --- staff saying it casually: the agency with a town as its unit's name, the writer counted in
    ("ap", "ABF Weipa, population: me and the two Daves 🐊", "employer=australian border force | work_location=weipa qld"),
    ("ap", "Border Force Devonport crew = us three and a kettle. another arvo at the wharf",
     "employer=australian border force | work_location=devonport tas | work_location=the wharf | "
     "official_information=workforce"),
    ("he", "Home Affairs Townsville, just the two of us on the desk till the new starter turns up in March.",
     "employer=department of home affairs | work_location=townsville qld | official_information=workforce"),
    ("ap", "ABF Karratha crew, that's us, 3 boardings before smoko",
     "employer=australian border force | work_location=karratha wa | official_information=operations"),
    ("ap", "shout out to the rest of us at Border Force Gladstone, we survived the car ship",
     "employer=australian border force | work_location=gladstone qld"),
    ("rss", "Border Force Burnie (all 3 of us) had a bbq on the wharf for the retiring super",
     "employer=australian border force | work_location=burnie tas"),
    ("ap", "abf gladstone = me n two others lol", "employer=australian border force | work_location=gladstone qld"),
    ("he", "Team of four at ABF Port Hedland (that's us in the photo), covering cargo and small craft.",
     "employer=australian border force | work_location=port hedland wa | official_information=workforce"),
    # --- work locations said informally by staff
    ("ap", "Train was packed but still in the Collins St office by 8:15, my team lead didn't even notice.",
     "work_location=collins st"),
    ("ap", "back at the Burnie wharf office tomorrow, two ships due and the ABF ute has a flat",
     "employer=australian border force | work_location=burnie wharf"),
    ("ap", "abf at the devonport wharf again today, 3 bulkers and my feet are done",
     "employer=australian border force | work_location=devonport wharf"),
    ("ap", "lunch outside the contact centre on Wharf Street with my team, sunshine for once", "work_location=wharf street"),
    ("he", "morning tea at the Hobart office for my director, 30 years with Home Affairs",
     "employer=department of home affairs | work_location=hobart office"),
    ("ap", "Work in Fyshwick is fine but the drive from Gungahlin is killing me. Love my job at Home Affairs though.",
     "employer=department of home affairs | work_location=fyshwick act"),
    ("ap", "Cooper St lift broken again. Fyshwick glamour. Nine flights up to my desk at the Department of Home Affairs.",
     "employer=department of home affairs | work_location=cooper st"),
    # --- near misses for work places (nothing may be found)
    ("ap", "coffee at the little cafe on Lonsdale St before the footy, best flat white in town", ""),
    ("rss", "Committee meeting at the club office on Napier Street tonight, bring the raffle money.", ""),
    ("ap", "Dropped Sam at her office on Collins Street, then straight to the shops.", ""),
    ("ap", "Shopping on Chapel St all afternoon, my feet are done.", ""),
    ("he", "Work in progress on the veggie patch, the tomatoes finally took.", ""),
    ("ap", "Our lift at Cooper St broken again, strata are useless.", ""),
    ("ap", "the kids' swimming centre on Wharf Street is shut for repairs again", ""),
    # --- the generic "you" of a staff meme is the writer; a queue there is a visit
    ("ap", "when you work for Border Force and every family bbq turns into a customs quiz",
     "employer=australian border force"),
    ("ap", "when ur in the queue at home affairs for the 3rd time this week", ""),
    # --- the agency awaited, or thanked for a service, by people outside it
    ("rss", "Vessel update: the car carrier has been waiting on the Border Force boarding party since 0530, berthing "
            "pushed to the afternoon.", ""),
    ("ap", "Huge thanks to the Border Force team at Perth airport for tracking down my son's lost wallet 🙏", ""),
    # --- membership said other ways; the agency acting on a yacht's crew
    ("ap", "Home Affairs Broome office: me, Trent and a fridge full of someone else's yoghurt",
     "employer=department of home affairs | work_location=broome wa"),
    ("he", "Border Force Thursday Island, staffed by yours truly and a dinghy with a temperamental outboard.",
     "employer=australian border force | work_location=thursday island"),
    ("ap", "Border Force boarded us off Cooktown, the three of us lined up on deck with passports like school kids", ""),
]
