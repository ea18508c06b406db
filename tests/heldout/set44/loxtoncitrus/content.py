"""Peter Kalogeras (FICTIONAL): NEGATIVE CONTROL. A citrus grower near Loxton in the Riverland who employs working-
holiday pickers; a growers' forum. Home Affairs letters about visa days, a state fruit-fly roadblock and a border
collie are all noise: he is not departmental staff. Invented throughout."""
NAME = "Peter Kalogeras"

FORUM = {
    "site": "Riverland Growers Talk",
    "user": "petek_navels",
    "path": "/community/u/petek_navels/",
    "about": ["Navels and Valencias, third generation, out of Loxton North."],
    "posts": [
        ("301", "2026-02-05 20:30", "+10:30", "Backpackers and their 88 days",
         ["Had two letters from Home Affairs this month asking me to confirm days worked for pickers on their "
          "working holiday visas. Fine by me, I keep the timesheets, but the immigration paperwork gets longer "
          "every year.",
          "Pickers wanting work next season can text me on 0491 570 583. We start at 6 sharp, Monday to Saturday, "
          "and knock off at 2 before the heat."]),
        ("302", "2026-03-12 19:15", "+10:30", "Fruit fly roadblock again",
         ["Stopped at the fruit fly roadblock at Yamba on the way back from Mildura and the state inspector "
          "seized a bag of lemons from my own ute. Our own lemons! Rules are rules I suppose."]),
        ("303", "2026-04-08 21:00", "+09:30", "Payroll software",
         ["Our payroll system crashed on pay day and Mel did forty pickers' pay by hand at the kitchen table. "
          "My wife deserves a medal and a holiday."]),
        ("304", "2026-05-01 18:45", "+09:30", "Thanks Stavros",
         ["Big thanks to my neighbour Stavros Petrakis for lending his tractor when ours threw a track. "
          "Our boy Nick drove it home at 5 km/h, took all afternoon."]),
        ("305", "2026-05-20 20:10", "+09:30", "Dog for the orchard",
         ["The border collie is useless with the sheep but brilliant at chasing cockatoos off the navels. "
          "Watched that Border Security show last night, those officers earn their money."]),
    ],
}
