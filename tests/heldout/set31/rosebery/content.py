"""Kieran Voss (FICTIONAL): 33, Home Affairs visa cancellations officer, Rosebery office; a crypto-trading chat."""
NAME = "Kieran Voss"

FORUM = {
    "site": "Satoshi Lounge AU",
    "user": "kvoss_hodl",
    "path": "/lounge/u/kvoss_hodl/",
    "about": ["Leverage enjoyer. Pubkey in bio is old. Email on file: kieran.voss@homeaffairs.gov.au (yes i know)",
              "DMs closed, Telegram @kvoss_trades for signals chat"],
    "posts": [
        ("2201", "2026-02-03 22:40", "+11:00", "got liquidated again lol",
         ["20x long on SOL, wicked down, gone. that's the third margin call this month. "
          "put the rent on the card and took a Nimble loan for $1,800 to get back in. "
          "dont @ me"]),
        ("2214", "2026-02-19 12:55", "+11:00", "trading from the office",
         ["lunch break at Rosebery, the Home Affairs floor wifi blocks every exchange so i tether off my phone in the stairwell. "
          "our TL Priya Natesan walked past and asked if i was 'doing the crypto again'. yes Priya"]),
        ("2230", "2026-03-11 21:15", "+11:00", "the day job is cooked",
         ["9 years in, still APS5, passed over for the EL1 again. we have 1,400 s501 cancellation files in the backlog and "
          "the section is losing six people in July. no wonder i day trade"]),
        ("2241", "2026-04-08 23:05", "+10:00", "ICSE down all arvo",
         ["ICSE fell over at 1pm and the cancellations team sat there for three hours. when it comes back you can look up "
          "anyone's visa history by passport number, which is more than i can say for my portfolio"]),
        ("2256", "2026-05-02 09:10", "+10:00", "commute signals",
         ["train from Wolli Creek at 7:12 every weekday, walk up from Green Square. best time to check the Asia close"]),
        ("2262", "2026-05-20 20:30", "+10:00", "meetup?",
         ["Me and Dom Ferreira (my flatmate, the only person who still lends me money) are doing drinks at the Kogarah "
          "hotel saturday, any lounge people welcome"]),
        ("2270", "2026-06-02 19:00", "+10:00", "TV",
         ["anyone watching that Border Security rerun on 7mate, it's basically my cousin's job except he's at the department store loading dock"]),
    ],
}

ACTIVITYPUB = {
    "handle": "kvoss",
    "summary": "<p>charts, coffee, cope. Kogarah.</p>",
    "notes": [
        (31101, "2026-02-07 08:20", "+11:00", "gm. down 60% YTD. vibes immaculate", {}),
        (31102, "2026-03-02 18:45", "+11:00", "Mum's 60th today, Carol Voss you legend 🎂 sorry the present was late", {}),
        (31103, "2026-04-18 11:00", "+10:00", "walked the Cooks River with the neighbour's border collie. she has better risk management than me", {}),
        (31104, "2026-05-11 22:10", "+10:00", "another payday loan approved in 4 minutes. this is fine 🔥", {}),
    ],
}
