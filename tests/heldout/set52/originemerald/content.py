"""Brodie Kaczmarek (FICTIONAL): ABF trade-enforcement investigator working remotely from Emerald (QLD),
attached to the Brisbane office; a running-commentary footy account. Everything is invented.
"""
NAME = "Brodie Kaczmarek"
HOME = (-23.52630, 148.15870)

ACTIVITYPUB = {
    "handle": "brodiek_emd",
    "summary": "<p>Maroons tragic. Emerald. Trade investigator with Border Force, rarely in Brisbane, thank god.</p>",
    "notes": [
        (7201, "2026-05-27 19:48", "+10:00",
         "Backyard beers before kickoff. Esky full. Kayla has banned me from yelling at the telly. We'll see.",
         {"location": ("Home", HOME[0], HOME[1])}),
        (7202, "2026-05-27 20:09", "+10:00",
         "TRY!!! 4 minutes in and the Blues are already cooked. QUEENSLANDER", {}),
        (7203, "2026-05-27 20:31", "+10:00",
         "Origin night with the missus Kayla and the boys. Hudson (8) knows more rules than the "
         "touch judge. His little brother is eating the chips.", {}),
        (7204, "2026-05-27 20:52", "+10:00",
         "Half time. Better half than my week: nine containers of aluminium extrusions declared as Malaysian to dodge "
         "dumping duty, Chinese as the Great Wall. Brief goes to the CDPP Friday. Go you good things.", {}),
        (7205, "2026-05-27 21:14", "+10:00",
         "My boss Sandra Nguyen-Lowe just rang me. In the second half. Of Origin. Sandra, mate.", {}),
        (7206, "2026-05-27 21:40", "+10:00",
         "FULL TIME. 22-10. Lost $800 on the Broncos multi on Saturday but who cares tonight. (Kayla doesn't know "
         "about the 800. Don't tell Kayla.)", {}),
        (7207, "2026-06-02 08:15", "+10:00",
         "ICS down again, third time this month. That's the cargo system for the non-nerds. Can't pull a single entry, "
         "and the laptop they give us out here runs on a 4G dongle taped to the window.", {}),
        (7208, "2026-06-08 05:40", "+10:00",
         "Monday 6am QantasLink to Brisbane, three days at the Brisbane office, home Wednesday night. Wednesday touch at "
         "the Emerald showgrounds 6pm is the only reason I'm coming back early.", {}),
        (7209, "2026-06-17 21:30", "+10:00",
         "Game 2 tipping comp: my mate Toby Reinhardt, worst tipster in the Central Highlands, picked the Blues. Blocked.", {}),
        (7210, "2026-06-24 19:55", "+10:00",
         "Kayla bought me a border collie jersey for the dog. The dog hates it. The dog is right.", {}),
    ],
}
