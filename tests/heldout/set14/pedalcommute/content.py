"""Jasper Okonkwo-Reid (FICTIONAL): Border Force officer, Sydney Airport T1, 31; a cycling commuters' forum, thread pages."""
NAME = "Jasper Okonkwo-Reid"

FORUM = {
    "site": "Westside Bike Commuters",
    "user": "jasp_rides",
    "path": "/members/jasp_rides/",
    "about": ["Parra to the airport and back, most days. Steel frame, mudguards, opinions."],
    "posts": [
        ("88", "2026-02-19 21:00", "+11:00", "Parra to Mascot route?",
         ["I ride from Parramatta to T1 for a 5am start, out the door at 3:40, M4 cycleway then the Cooks River path. "
          "Leave the bike in the staff cage at the international terminal. Anyone know a better line past Tempe?"]),
        ("91", "2026-03-07 19:30", "+11:00", "Group ride Saturday",
         ["Riding the Saturday loop with my housemate Tomasz Wierzbicki again, 7am from Parramatta Park. Come along."]),
        ("95", "2026-03-26 22:10", "+11:00", "vent, not bike related",
         ["Sorry, off topic. Found out today they are moving our whole Border Force team to nights in the arrivals "
          "hall from April with a week's notice, and the acting 6 went to someone with half my time in. Twice now. "
          "I am done being nice about it."]),
        ("99", "2026-04-20 18:00", "+10:00", "Chain wax vs oil",
         ["Wax. Fight me."]),
        ("102", "2026-05-11 20:30", "+10:00", "Border Ranges ride",
         ["Anyone done the Border Ranges loop up north? Planning a trip in spring."]),
    ],
}
