"""Craig Pettigrew (FICTIONAL): a cargo intervention officer on the container examination line at
Swanson Dock, Port of Melbourne; passed over, three payday loans, venting.

A plain car-club forum (lowercase venting, typos, no capitals) and a Mastodon-style account about his
VL Commodore. No photos. Every name, handle, number and email is invented.
"""
NAME = "Craig Pettigrew"

FORUM = {
    "site": "VL Turbo Owners Club Forum",
    "user": "vlboosted",
    "path": "/forum/u/vlboosted/",
    "about": ["86 VL turbo, 5 speed, slowly going broke. west side melb."],
    "posts": [
        ("3301", "2026-02-03 22:40", "+11:00", "anyone else hate there job",
         ["12 yrs in customs, now border force, and im still an APS4 on the container exam line at swanson dock. "
          "got passed over for the 5 AGAIN. job went to some kid from canberra with a degree who's never opened a box in his life.",
          "management can get stuffed honestly. they dont care about the blokes who actually do the work"]),
        ("3302", "2026-02-17 23:55", "+11:00", "consolidating loans??",
         ["bit off topic but has anyone consolidated payday loans. got 3 on the go rn to cover the mortgage and the "
          "turbo rebuild and the fees are eating me alive. bank said no to a personal loan.",
          "not after a lecture lol just whats worked for yas"]),
        ("3303", "2026-03-09 21:15", "+11:00", "big week at work (cant say much)",
         ["we pulled 340 kg of meth outta a shipment of ceramic tiles this week, hidden in the pallet bases. "
          "sat on it 2 days before the AFP done there bit and it hit the news. "
          "x-ray picked the density in the bases first go, the tiles themselves were clean",
          "anyway thats why i missed the cruise sorry boys"]),
        ("3304", "2026-03-24 20:30", "+11:00", "computers lol",
         ["ICS went down AGAIN thurs for 6 hrs, couldnt release a single container, everything on paper like its 1995. "
          "and the new x-ray software keeps logging us out every 20 min. whoever bought that system should be sacked"]),
        ("3305", "2026-04-14 19:45", "+10:00", "night shift staffing is a joke",
         ["only 4 of us on nights at the exam facility this month cos of the cuts, and 2 of them are x-ray operators so "
          "basically 2 blokes to tip a whole container. anything dodgy coming in after midnight is getting a free pass mate"]),
        ("3306", "2026-05-02 18:00", "+10:00", "for sale: turbo manifold",
         ["genuine manifold, no cracks, $350. email me vlboosted@fastmail.example dont PM i never check it"]),
    ],
}

ACTIVITYPUB = {
    "handle": "crpettigrew",
    "summary": "<p>VL turbo tragic. Bombers. Altona Meadows. Nights this fortnight so dont expect replies before 3pm</p>",
    "notes": [
        (8201, "2026-02-08 14:10", "+11:00",
         "Sunday cruise down the Great Ocean Road with @deano_vl and the boys. Deano's VL overheated at Lorne, again 😂",
         {"mentions": ["deano_vl"]}),
        (8202, "2026-02-21 17:30", "+11:00",
         "Farewell drinks for Robbo tonight, Rob Sayers, 30 years on the wharf. Best container examiner I ever worked with. "
         "Legend", {}),
        (8203, "2026-03-01 09:20", "+11:00",
         "Cruise night at the Altona Meadows Maccas car park, 8pm. Bring your own chairs", {}),
        (8204, "2026-03-15 12:00", "+11:00",
         "Leanne and I 15 yrs married today. She's put up with this car longer than she's put up with me", {}),
        (8205, "2026-04-11 15:00", "+10:00",
         "On nights, 7pm to 7am, Mon to Thurs this fortnight. Sleep is a myth", {}),
        (8206, "2026-04-18 20:45", "+10:00", "Bombers lost again. No comment.", {}),
        (8207, "2026-04-26 11:10", "+10:00",
         "Watched that Border Security show with the missus. They make the wharf look way more exciting than it is lol", {}),
    ],
    "others": {"deano_vl": "Dean Castellano"},
}
