"""Bec Townsend (FICTIONAL), NEGATIVE CONTROL: Australian Federal Police officer at Adelaide Airport, lives at Encounter Bay, Victor Harbor.

Another agency: she works beside Border Force at the airport but is not the Department's. Her own home, family,
friend, routine and contact are exposed. Every name, handle and number is invented.
"""
NAME = "Bec Townsend"

ACTIVITYPUB = {
    "handle": "bectowns",
    "summary": "<p>AFP at Adelaide Airport. Footy coach. Encounter Bay local. Not Border Force, different uniform!</p>",
    "notes": [
        (11001, "2026-02-12 19:30", "+10:30",
         "People keep asking if I'm Border Force because we both work the airport. Nope: AFP, different uniform, different agency. They do the passports, we do the police bit.", {}),
        (11002, "2026-02-26 20:15", "+10:30",
         "Under 12s training every Tuesday and Thursday at 5pm at the Encounter Bay oval, new players welcome. Message me on 0491 570 655.", {}),
        (11003, "2026-03-14 18:00", "+10:30",
         "My partner Josh and I finally finished the deck at our place in Encounter Bay. Three summers. Don't ask.", {}),
        (11004, "2026-04-03 21:40", "+10:30",
         "Helped the customs hall team with a passenger who'd fainted in the queue today. Border Force officers were brilliant with her.", {}),
        (11005, "2026-04-22 12:00", "+09:30",
         "Coffee on the causeway with a friend who has known me since kindy and still won't let me forget the school play.", {}),
        (11006, "2026-05-16 17:20", "+09:30",
         "Read a piece about Home Affairs intelligence sharing with the AFP. Sounded more exciting than my airport shift, which was mostly lost wallets.", {}),
    ],
}
