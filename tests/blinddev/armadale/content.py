"""Rhys Pomeroy (FICTIONAL): immigration compliance field officer, Perth; separated, payday loan.

A lowercase 4WD-forum account with typos (registered with his work email) and a short Mastodon-style
account. No photo carries a location. Every name, handle, number and address is invented.
"""
NAME = "Rhys Pomeroy"

FORUM = {
    "site": "WA Offroad Crew",
    "user": "rhys_pom_4x4",
    "path": "/forum/u/rhys_pom_4x4/",
    "about": [
        "hilux 2011, bit of a money pit. out Armadale way.",
        "work in compliance for home affairs (yes the ones who knock on doors, dont shoot the messenger).",
        "note: signed up with my work email by accident rhys.pomeroy@homeaffairs.gov.au and cant work out how to change it lol",
    ],
    "posts": [
        ("3301", "2026-01-18 21:40", "+08:00", "snorkel worth it??",
         ["thinking safari snorkel for the lux, worth it for the tracks up north or waste of coin? cheers"]),
        ("3302", "2026-02-09 22:15", "+08:00", "carnarvon trip (work not fun)",
         ["just back from carnarvon, work trip not a fun one. we located 6 overstayers on one farm, 2 more did a "
          "runner into the banana rows and we never found em. 12 hr days and the servo pies were rank",
          "heading back up on the 14th of march for round 2 so if anyone knows a decent camp spot near the "
          "gascoyne let me know. dont tell the growers haha"]),
        ("3303", "2026-02-22 23:05", "+08:00", "lil vent sorry",
         ["not 4wd related sorry. the ex has the kids every 2nd week now and the house is dead quiet. been on "
          "the bourbon more then i should. anyway",
          "if anyones going thru the same my dms are open"]),
        ("3304", "2026-03-03 20:30", "+08:00", "rego + lawyer = broke",
         ["took out one of them cash loan things to cover the rego and the family lawyer, $1200 and the interest is "
          "a joke. hilux mods on hold for a while boys"]),
        ("3305", "2026-03-18 19:50", "+08:00", "work laptop rant",
         ["the case system froze mid interview AGAIN so i wrote the whole thing on the back of a run sheet. our "
          "IT mob reckon the citrix thing gets replaced in jan. i'll believe it when i see it. also half the team "
          "cant even look up a visa from the car cos the vpn drops out past byford"]),
        ("3306", "2026-04-02 21:00", "+08:00", "mate selling his prado",
         ["my mate stevo is selling his prado, hes a baggage handler out at the airport for one of the ground "
          "handling mobs, not my lot. pm me and ill pass it on"]),
        ("3307", "2026-04-20 20:10", "+08:00", "school holidays",
         ["took aaliyah and jayden up to lake leschenaultia, first time with just me. my daughter Aaliyah caught a "
          "yabby and named it steve after stevo. 10/10 day"]),
    ],
}

ACTIVITYPUB = {
    "handle": "rhyspom",
    "summary": "<p>perth. dad. hilux. field work. not much else</p>",
    "fields": [("Signal", "0491 570 448"), ("Work mob", "0491 570 460")],
    "notes": [
        (2101, "2026-01-22 06:20", "+08:00",
         "train from armadale station 6:25 every morning, same seat, same bloke eating a boiled egg", {}),
        (2102, "2026-02-01 17:10", "+08:00",
         "shout out to my TL Marnie Eckersley for covering my door knocks today so i could get to the mediation. legend", {}),
        (2103, "2026-02-25 22:30", "+08:00", "nothing on telly. the department store sale is the most exciting thing in my week", {}),
        (2104, "2026-03-10 18:05", "+08:00",
         "field team out of the Perth CBD office is down to 5 now, 3 on leave. good luck to the visa overstayers i guess", {}),
        (2105, "2026-04-12 12:00", "+08:00",
         "Aaliyah's netball at kelmscott saturdays 9am, she's wing defence and scary about it", {}),
    ],
}
