"""Cheryl Duggan (FICTIONAL), NEGATIVE CONTROL: superfan of a border-security TV show, West Dubbo.

She talks about customs officers, sniffer dogs and seizures on TV all the time; she has never worked for
the Department. Every name and number is invented.
"""
NAME = "Cheryl Duggan"

ACTIVITYPUB = {
    "handle": "cheryl_bsfan",
    "summary": "<p>Border Security superfan since episode one. West Dubbo. Fan club secretary: bsfans.dubbo@clubmail.example</p>",
    "notes": [
        (1301, "2026-02-11 20:30", "+11:00",
         "Tonight's Border Security: the customs officers at Sydney Airport found 4kg of heroin in a suitcase lining. "
         "Officer Jess is my favourite, she never raises her voice.", {}),
        (1302, "2026-03-04 21:00", "+11:00",
         "Les says I know more about sniffer dogs than the dogs do. My husband is not wrong. Our border collie Molly "
         "has been trained to find the TV remote.", {}),
        (1303, "2026-03-26 10:40", "+11:00",
         "Thursday bingo at 10 at the West Dubbo bowlo with Marlene Fitzsimmons, then home for the repeats. "
         "Marlene has never seen an episode and I am working on her.", {}),
        (1304, "2026-04-22 19:15", "+10:00",
         "New season confirmed! They've seized more fake handbags than I've had hot dinners.", {}),
        (1305, "2026-05-13 20:45", "+10:00",
         "Fan club meeting next Wednesday, email bsfans.dubbo@clubmail.example if you want to come. Bring a plate.", {}),
    ],
}
