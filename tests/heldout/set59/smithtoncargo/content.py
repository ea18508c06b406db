"""Ben Tasker (FICTIONAL): Border Force cargo officer at Bell Bay, home in Smithton; a car restoration forum.

Plain forum thread pages. Every name, handle and place point is invented.
"""
NAME = "Ben Tasker"

FORUM = {
    "site": "Tassie Resto Garage",
    "user": "bent_hq",
    "path": "/forum/u/bent_hq/",
    "about": ["HQ Holden, slow progress. Far north-west."],
    "posts": [
        ("401", "2026-02-14 20:10", "+11:00", "HQ floor pan: patch or replace?",
         ["Back in Smithton for the weekend and finally got under the HQ. Floor pan's lace. Patch or replace? "
          "Dad (Ron) says replace, Ron's never patched anything in his life."]),
        ("402", "2026-03-09 19:30", "+11:00", "Anyone between Smithton and George Town with a media blaster?",
         ["I'm home Friday nights, back on the Bass Highway at 5am Monday, so weekends only. Work's at Bell Bay with "
          "Border Force, cargo and ships, so I'm in George Town all week. Lachlan Murch has a compressor but no blaster."]),
        ("403", "2026-04-12 21:00", "+11:00", "Slow progress again",
         ["Not much done. Kim moved out last month and took the good socket set with her. House is quiet. "
          "Lachie came round and we just drank instead of working on the car."]),
        ("404", "2026-05-17 18:45", "+11:00", "Work story for the rust haters",
         ["Had a log ship in at Bell Bay last week, we found two containers of undeclared engine parts behind the "
          "timber, rusted worse than my HQ. Nobody's claiming them, funny that."]),
        ("405", "2026-06-21 17:00", "+11:00", "Border collie ate my gasket",
         ["Mate's border collie ate a cork gasket. Vet bill more than the gasket. Tassie life."]),
    ],
}
