"""Sharon Pettit (FICTIONAL): executive assistant to a Border Force regional commander, Darwin, 51.

Lowercase venting with typos on a quilting forum's off-topic board. Signed up with her work email.
Every name, handle, number and address is invented.
"""
NAME = "Sharon Pettit"

FORUM = {
    "site": "Top End Quilters Circle",
    "user": "shazzaquilts",
    "path": "/forum/u/shazzaquilts/",
    "about": ["Shaz. Nightcliff. Quilter since 1998, mostly scrappy stuff and baby quilts for the grandies.",
              "(signed up with my work email sharon.pettit@abf.gov.au coz my home one was playing up, "
              "personal is shaz.pettit@bigpond.example if u want to swap fabric)"],
    "posts": [
        ("4410", "2026-02-03 20:20", "+09:30", "off topic - work vent sorry",
         ["sorry ladies need to vent. im the EA for the regional commander at border force up here and honestly "
          "some days i feel like a glorified doormat. 14 yrs i have been holding this office together and not one "
          "thankyou."]),
        ("4431", "2026-02-17 21:05", "+09:30", "re: whos going to the Parap stall",
         ["ill be there every saturday from 8 at Parap markets like always, the blue table near the laksa stall. "
          "come say hi"]),
        ("4455", "2026-03-06 22:40", "+09:30", "off topic - the boss",
         ["Commander Ashby has me booking the ministers visit for the 14th of april, the whole thing, the boat "
          "out to the patrol vessel, the airport walkthrough, where they eat. if it leaks its on me lol. "
          "he doesnt even say good morning"]),
        ("4478", "2026-03-22 19:15", "+09:30", "grandies quilt finished!!",
         ["finished the quilt for Ruby's first birthday, shes my daughter Tanya's bub. pics when i can work out "
          "how to upload on here"]),
        ("4502", "2026-04-10 23:30", "+09:30", "off topic - not sleeping",
         ["had a bad night at the Skycity pokies again. 600 gone. i know i know. took another cash advance on "
          "the card to cover rent, dont tell Tanya"]),
        ("4520", "2026-04-28 20:45", "+09:30", "off topic - restructure",
         ["not supposed to say but northern command is being merged with the Cairns mob from july, 12 positions "
          "going up here and mine could be one of them. been typing up the papers myself. the letters arent out "
          "yet"]),
        ("4544", "2026-05-19 21:00", "+09:30", "off topic - computers",
         ["they moved us onto a new diary and records system and it keeps losing the commanders calendar. i keep "
          "all the logins for the office on a spreadsheet on my desktop just so we can get in when it locks people "
          "out. the IT help desk in canberra takes 3 days to answer"]),
        ("4561", "2026-06-02 19:40", "+09:30", "binding tips?",
         ["anyone got tips for mitred corners on binding? mine always look like a dogs breakfast"]),
        ("4589", "2026-06-20 20:10", "+09:30", "re: the department store sale",
         ["the department store in Casuarina has fat quarters half price this wknd, go go go"]),
        ("4603", "2026-07-08 21:30", "+09:30", "off topic - lonely",
         ["since my hubby passed its just me and the cat in the unit in Nightcliff. the quilting keeps me sane. "
          "thanks for being my people"]),
    ],
}
