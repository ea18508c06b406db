"""Graham "Gus" Ostrowski (FICTIONAL): 56, Border Force officer at a container examination facility,
Dandenong South; a Holden restoration forum. Every name, number and place detail is invented.
"""
NAME = "Graham Ostrowski"

FORUM = {
    "site": "Kingswood Owners Club Forum",
    "user": "HQ_Gus",
    "path": "/club/members/HQ_Gus/",
    "about": [
        "HQ Kingswood 1973, sedan, Bahama Blue, third resto. Berwick, south east Melb. "
        "Been with Customs 31 yrs (Border Force now, dont get me started)."],
    "posts": [
        ("412", "2026-02-14 20:10", "+11:00", "Diff finally in",
         ["Got the 10 bolt in last nite. Took a sickie from the CEF at Dandenong South to do it, "
          "nobody noticed since the big container x-ray has been down three weeks waiting on the vendor's "
          "engineer from Sydney. Were doing full unpacks by hand in the meantime, the young ones love that."]),
        ("415", "2026-03-06 19:45", "+11:00", "Paint shop recommendation",
         ["Anyone know a paint shop near Berwick that wont rip me off? Nev Petrakis from the club did my wiring "
          "last year, top bloke, if you read this Nev the beers are on me."]),
        ("421", "2026-03-28 21:30", "+11:00", "Off topic - work",
         ["Off topic but made me laugh. We pulled 40 kilos of ephedrine out of the walls of a 40 foot of floor "
          "tiles last month. Papers said 'border officials'. They didnt say it was my shift or that it was a "
          "tip off from the wharf."]),
        ("428", "2026-04-19 18:20", "+10:00", "Shed hours",
         ["For those asking when to drop parts round: Im on earlies 6 til 2.30 Mon to Fri, so Im in the shed "
          "every arvo from 4. Ring 0491 570 388, dont bother with the PMs, I never check em."]),
        ("433", "2026-05-10 20:00", "+10:00", "Grandson's first drive",
         ["Grandson Mason had his first go behind the wheel of the HQ today (in the driveway, calm down). "
          "The missus Lorraine nearly had kittens."]),
        ("437", "2026-06-01 22:05", "+10:00", "Rant",
         ["Knocked back for the 5 AGAIN. 31 years and they give it to a kid from Canberra who's never opened "
          "a container. My supervisor, Inspector Hollis, says keep my head down. Done caring about that place."]),
        ("441", "2026-06-22 21:40", "+10:00", "Costs",
         ["Put the diesel and the new radiator on the Latitude card again, thats 9 grand on it now. "
          "Lorraine doesnt know. Dont tell her if you see her at the show lol"]),
        ("445", "2026-07-12 19:00", "+10:00", "Border Run 2026",
         ["Whos in for the Border Run to Albury in September? Also saw a Customs HQ Premier at the auction, "
          "the old Customs Department colour scheme, someones restoring it as a tribute."]),
        ("448", "2026-08-02 18:30", "+10:00", "Carby",
         ["Rebuilt the Stromberg. Runs sweet."]),
    ],
}
