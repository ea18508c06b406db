"""Danielle Ferris (FICTIONAL): NEGATIVE CONTROL. An Australia Post night sorter at the Chullora parcel facility, keeps chooks.

Parcels she sorts have already been through customs x-ray before they reach her; she mentions
Border Force, seizures and a system outage, none of it as staff. A backyard-chooks forum (plain
thread pages). Lives in Greenacre. Every name, number and address is invented.
"""
NAME = "Danielle Ferris"

FORUM = {
    "site": "Backyard Chooks Australia",
    "user": "DaniFerris",
    "path": "/forum/u/DaniFerris/",
    "about": ["Dani. Four girls (Pavlova, Beryl, Nugget and Mrs Cluck), Greenacre, Sydney. Night sorter at Australia Post."],
    "posts": [
        ("8801", "2026-02-12 10:30", "+11:00", "Chooks and night shift?",
         ["Anyone else work nights and keep chooks? The girls are yelling at the door just as I'm "
          "trying to get to sleep. My son Liam does the afternoon feed before I wake up."],
         ),
        ("8806", "2026-02-26 11:05", "+11:00", "Egg incubator arrived (eventually)",
         ["The incubator I ordered from overseas finally turned up. It had a customs sticker on it saying "
          "it had been x-rayed, which is funny because I'm the one who sorts those parcels once the Border "
          "Force lot have finished with them. Never thought I'd be on the other end."],
         ),
        ("8812", "2026-03-12 10:45", "+11:00", "Quiet week at work, broody hen at home",
         ["The system was down at work on Tuesday so we hand-sorted till 4 am, then Mrs Cluck went broody. "
          "Some weeks. Also saw on the news they seized a load of something at the airport; glad none of "
          "my parcels ever have anything more exciting than incubators."],
         ),
        ("8818", "2026-03-26 12:00", "+11:00", "Fox proofing, urgent",
         ["Fox got next door's bantams. Anyone in western Sydney recommend someone to fox-proof a run? "
          "Call or text me on 0491 570 917."],
         ),
    ],
}
