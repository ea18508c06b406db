"""Dani Okafor (FICTIONAL): Border Force officer seconded to a police organised-crime task force, lives at Bongaree, Bribie Island.

Her box's "member spotlight" page (schema.org Person, third person) and her own Mastodon-style account. Every name,
handle and number is invented.
"""
NAME = "Dani Okafor"

PERSON = {
    "path": "/members/dani-okafor",
    "site": "Island Strength Co. - Member Spotlight",
    "headline": "Member of the Month, March",
    "ld": {
        "jobTitle": "Border Force Officer",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Australian Border Force"},
        "homeLocation": {"@type": "Place", "name": "Bongaree, Bribie Island"},
    },
    "sections": [
        ("Meet Dani", [
            "Dani has been training with us since 2023. When she isn't chasing bad guys on secondment to the police organised crime task force in Brisbane, you'll find her at the 5:30am class every Monday, Wednesday and Friday, usually first through the door.",
            "Her partner Kemi joins her for Saturday's partner WOD, and her training buddy Lou Barker is the reason she finally got a muscle-up.",
            "Dani runs our Sunday beach run club from Woorim. Keen? Text her on 0491 570 486."]),
        ("Favourite movement", ["Thrusters. Nobody else's favourite, ever."]),
    ],
}

ACTIVITYPUB = {
    "handle": "danio",
    "summary": "<p>Border Force. On loan to the cops for now. Bribie girl. Lifts heavy things.</p>",
    "notes": [
        (5001, "2026-02-18 14:00", "+10:00",
         "Warrants at 5am on the Gold Coast. 14 kilos of coke out of a shipping container, three arrested, and the task force has been on this crew for eleven months. Can't say more. Massive day.", {}),
        (5002, "2026-03-03 12:10", "+10:00",
         "Our task force room at Roma Street has no windows and the aircon should be charged with something.", {}),
        (5003, "2026-03-17 19:30", "+10:00",
         "The police laptops can't open anything from our ABF side, so I carry two laptops and a USB stick that IT would have my head for.", {}),
        (5004, "2026-04-05 20:45", "+10:00",
         "Sick of being the token fed. Six months of overtime unpaid: ABF says it's the task force's problem, the task force says it's ABF's. Seriously looking at jobs elsewhere.", {}),
        (5005, "2026-04-26 09:00", "+10:00",
         "Watched Border Security with Kemi last night and she asked if my job is like that. Ha. No.", {}),
        (5006, "2026-05-09 16:20", "+10:00",
         "The department store in Morayfield has kettlebells on sale, go go go", {}),
    ],
}
