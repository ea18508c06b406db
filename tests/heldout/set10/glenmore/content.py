"""Wayne Macready (FICTIONAL): Home Affairs ICT field technician, western Sydney, 49; homebrew forum.

Lowercase forum chat with typos, joined with his work email. Every name, handle, number and address is
invented.
"""
NAME = "Wayne Macready"

FORUM = {
    "site": "Aussie Home Brewers Forum",
    "user": "wazza_brews",
    "path": "/forum/u/wazza_brews/",
    "about": ["Brewing since 2009. All grain, 3 vessel, keezer in the garage. Glenmore Park NSW.",
              "account email: wayne.macready@homeaffairs.gov.au (the work one, dont judge)"],
    "posts": [
        ("8810", "2026-01-24 19:30", "+11:00", "first NEIPA - cloudy as",
         ["put down my first NEIPA last nite. 1.062 OG. the missus Karen reckons the garage smells like a "
          "brewery, which it is, so"]),
        ("8834", "2026-02-11 21:15", "+11:00", "re: what do u all do for work",
         ["im a desktop tech for home affairs, field support. i do the rounds between the parramatta office and "
          "the border force rooms at the airport, T1 mostly. fixing printers and swapping laptops for officers "
          "who spill coffee on them lol"]),
        ("8851", "2026-02-27 20:40", "+11:00", "re: work rant thread",
         ["we are rolling the new windows image out to every laptop in the region over the next 6 weeks and the "
          "VPN client keeps breaking the smartcard login. half the airport couldnt log in on monday. also the "
          "local admin password on all the old builds is the same one since 2019, we all know it"]),
        ("8868", "2026-03-14 16:05", "+11:00", "brew day with robbo",
         ["brew day at my place with Robbo (Steve Robson, the bloke who got me into this) - doing a big "
          "imperial stout for winter. sat arvo, keezer in the garage, snags on"]),
        ("8890", "2026-04-02 22:30", "+11:00", "re: work rant thread",
         ["got told today the field support contract is going to the outsourcer in august and us APS techs get "
          "'redeployed'. 40 of us in NSW. nobody's been told officially, i saw the slide deck on the share"]),
        ("8912", "2026-04-19 21:50", "+11:00", "keg king vs kegland",
         ["anyone compared the two regs? mine's leaking co2 again"]),
        ("8935", "2026-05-06 23:10", "+10:00", "re: how much do u drink",
         ["honestly more than i should. i test every batch, thats a few pints a night, and since the redeployment "
          "news its more like a few pints plus. my son Dylan said something at dinner and it stung"]),
        ("8951", "2026-05-24 18:00", "+10:00", "club comp",
         ["entering the stout in the Penrith Valley brew club comp, judging 6th june"]),
        ("8970", "2026-06-11 20:20", "+10:00", "re: daily routine thread",
         ["my day: out of Glenmore Park at 6:10, M4 to parramatta, in by 7, then whichever site has a broken "
          "printer. gym at the leisure centre 5:30pm mon wed fri. brew on weekends"]),
    ],
}
