"""Kevin Sutcliffe (FICTIONAL), a NEGATIVE CONTROL: 72, retired from the old Customs Service in 2009; Rosebud.

A men's shed forum (plain thread pages): war stories from the 1980s and 90s, "Border Force these days",
the old computer system, a customs launch. He is not staff. Every name, handle and number is invented.
"""
NAME = "Kevin Sutcliffe"

FORUM = {
    "site": "Peninsula Men's Shed Forum",
    "user": "kev_sutty",
    "path": "/forum/u/kev_sutty/",
    "about": ["Retired. Woodwork, clocks, grandchildren, in that order some weeks. Rosebud."],
    "posts": [
        ("1201", "2026-02-10 10:30", "+11:00", "Tuesday mornings",
         ["Reminder the shed is open Tuesday 9am till noon and I'll have the urn on from 8.45 as usual. Lenny "
          "Doherty's bringing his lathe chisels if anyone wants a go."]),
        ("1208", "2026-03-03 15:15", "+11:00", "War stories thread (keep it clean)",
         ["Since someone asked: I retired from Customs in 2009 after thirty-one years, most of it at Station Pier "
          "and on the old Customs launch out of Williamstown. Best seizure I ever saw was a yacht with hash in the "
          "keel in 1987. It's all Border Force these days and they've got better toys than we ever did.",
          "Our computer system then was a green screen that took four minutes to look up a ship. I hear they still "
          "complain about theirs, so some things never change."]),
        ("1215", "2026-04-15 19:00", "+10:00", "Clock for the raffle",
         ["Finished the mantel clock for the raffle. Maureen says it's the best one yet, but she says that every "
          "year, which is why I married her.",
          "Anyone wanting tickets ring me on 0491 570 177."]),
        ("1222", "2026-05-20 11:40", "+10:00", "Border Security repeats",
         ["My grandson keeps making me watch Border Security and asking if I did that. Son, in my day we did it "
          "with a torch and a clipboard."]),
    ],
}
