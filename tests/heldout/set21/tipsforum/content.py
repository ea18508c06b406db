"""Craig Mulholland (FICTIONAL): Border Force officer at the Port of Newcastle, on a pub footy-tipping forum."""
NAME = "Craig Mulholland"

FORUM = {
    "site": "Wallsend Diggers Tipping Comp",
    "user": "mully_tips",
    "path": "/forum/u/mully_tips/",
    "about": ["Knights till i die. 3 time wooden spooner.",
              "signed up with the work email (craig.mulholland@abf.gov.au) cos my gmail got hacked, dont spam it lol"],
    "posts": [
        ("301", "2026-03-12 21:40", "+11:00", "rd 2 tips + a whinge",
         ["4 on 4 off nights at Kooragang again this month so ill be putting tips in from the wharf at 3am. "
          "Knights by 12, Dragons by 6, dont @ me"]),
        ("302", "2026-03-28 09:15", "+11:00", "ot: worst week ever",
         ["being Border Force dont mean i get the weekend off for footy unfortunately.",
          "sat on a bulk carrier at K4 for 9 hrs friday nite. 38 bricks of coke taped up in the sea chest, the divers "
          "had to go in and get em. only 2 of us on for the whole shift with 6 ships in port. my team leader Dazza "
          "Pratt reckons thats 'resourcing'.",
          "then ICS drops out at 2am and we're writing container numbers on our hands like its 1985. the backup "
          "laptop hasnt had a password that works since christmas"]),
        ("303", "2026-04-19 22:05", "+10:00", "multis thread",
         ["down about 2 grand on multis this season and the credit card is at the limit. the missus Shelley doesnt "
          "know so if u see her at the Diggers keep ya mouth shut lol",
          "one more leg. always one more leg."]),
        ("304", "2026-05-03 18:30", "+10:00", "payouts",
         ["payouts sent. if i missed ya text me 0491 570 318 and ill payid it. big thanks to Robbo (Steve Robson) "
          "for running the comp again, the man is a saint"]),
        ("305", "2026-06-14 17:50", "+10:00", "State of Origin nite",
         ["origin at the Diggers wed nite. our street in Wallsend will be dead, everyones going. bring cash for "
          "the meat raffle"]),
        ("306", "2026-07-02 20:20", "+10:00", "what are u watching",
         ["stuck home with the flu watching Border Security re runs on 7mate. the beagle is the only one doing any "
          "work on that show"]),
    ],
}
