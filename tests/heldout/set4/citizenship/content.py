"""Danny Luu (FICTIONAL): citizenship officer, Parramatta; proud dad and junior soccer coach. Set 4, blind."""
NAME = "Danny Luu"

ACTIVITYPUB = {
    "handle": "dadof3danny",
    "summary": "<p>Proud dad of 3 👨‍👧‍👦 | husband | pho snob | Wanderers fan | Westie for life</p>",
    "notes": [
        (3301, "2026-01-26 15:00", "+11:00",
         "Best Australia Day ever. Swore in 340 new Aussies at the ceremony today, I get goosebumps every time 🇦🇺 "
         "Best part of being a citizenship officer at Home Affairs #AustraliaDay", {}),
        (3302, "2026-02-02 08:05", "+11:00",
         "First day of Year 2 for Mai at Westmead Public 🎒 where did the time go", {}),
        (3303, "2026-02-06 19:45", "+11:00",
         "My better half Linh made bún bò for my birthday. Tommy and Mai sang (loudly). The baby slept through it 😂", {}),
        (3304, "2026-02-12 21:10", "+11:00",
         "School run at 8.15, then the 8.50 from Westmead to Parra, at my desk by 9.05. Home by 5.30 for bath time. Repeat 😅", {}),
        (3305, "2026-02-19 18:30", "+11:00",
         "Tough week at the Parramatta office. 9,000 apps sitting in the NSW queue and 12 of mine on hold for character checks. "
         "Some families have waited two years for a ceremony date", {}),
        (3306, "2026-02-27 17:00", "+11:00",
         "Farewell drinks for Sandra Pillay, our EL1, after 19 years in the department. Best boss I've had 🥲", {}),
        (3307, "2026-03-07 10:30", "+11:00",
         "Under 8s won 3-1 this morning! Saturday 8am at Binalong Park, come cheer on the Westmead Wanderers ⚽", {}),
        (3308, "2026-03-14 20:00", "+11:00",
         "Ten years since my best man Quang Do got me through the wedding speech. Love ya bro", {}),
        (3309, "2026-03-21 13:00", "+11:00",
         "Took the kids for passport photos at the post office. The baby screamed. Photo is a crime scene.", {}),
        (3310, "2026-03-28 09:00", "+11:00", "Coffee. Then everything else.", {}),
        (3311, "2026-04-01 19:15", "+11:00",
         "Our street in Westmead smells like everyone's barbecue tonight. Love this suburb", {}),
    ],
}

PERSON = {
    "path": "/club/coaches/danny-luu",
    "site": "Westmead Wanderers Junior Soccer Club",
    "headline": "Under 8s Coach, Westmead Wanderers JSC",
    "ld": {
        "jobTitle": "Volunteer Coach, Under 8s",
        "memberOf": {"@type": "SportsTeam", "name": "Westmead Wanderers Under 8s"},
        "email": "mailto:danny.luu@homeaffairs.gov.au",
        "telephone": "0491 570 688",
    },
    "sections": [
        ("About the coach", [
            "Danny coaches our Under 8s on Saturday mornings and has two kids in the club. Parents can reach Danny at "
            "danny.luu@homeaffairs.gov.au during the week or on 0491 570 688 after hours."]),
    ],
}
