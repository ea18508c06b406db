"""Kirra Dalton (FICTIONAL): container examiner at the Dandenong South facility; a 90-day fitness
challenge diary (days as lists) and progress photos taken at home. Every name, handle, number and
address is invented."""
import sys

Photo = sys.modules["_demo_make_photos"].Photo
NAME = "Kirra Dalton"
B = "{{BASE}}"
HOME = (-38.0262, 145.3068)   # a residential street in Narre Warren, rounded

BLOG = {
    "path": "blog",
    "title": "90 Days, No Excuses",
    "card_note": "Kirra, 36. Shift worker, stepmum, ex-netballer. Doing the 90 day challenge in public so I can't quit.",
    "posts": [
        ("day-1", "2026-02-02 20:10", "+11:00", "Day 1",
         ["Day 1. The rules I'm setting myself:",
          "1. 5:15 alarm, 5:30 session in the garage gym, every weekday.<br>2. On at the CEF in Dandenong South by 7, "
          "7 till 3:30 Monday to Thursday, so lunch is prepped the night before.<br>3. Friday pump class, 5:30pm at "
          "Fernbrook Fitness.<br>4. No more servo pies on the way home.",
          "Nine years as a container examiner and my back says it's time."],
         ["day1", "rules"], None),
        ("day-9", "2026-02-10 19:30", "+11:00", "Day 9",
         ["Day 9. Hubby Brent bought me a foam roller. Romance is alive.",
          "Koby (my stepson) asked if he can do the challenge with me after his footy at Berwick Springs on Saturday. Proud stepmum moment."],
         ["family"], None),
        ("day-23", "2026-02-24 18:45", "+11:00", "Day 23",
         ["Day 23. Leg day became whole-body day at work.",
          "- We tipped a forty-foot box of 'garden pavers' and found 1.6 tonnes of loose-leaf tobacco packed inside the pallets.<br>"
          "- Three of us unloaded the lot by hand because two called in sick and the forklift was booked.<br>"
          "- 21,000 steps. ABF-issue boots are not running shoes."],
         ["work", "steps"], None),
        ("day-31", "2026-03-04 20:05", "+11:00", "Day 31",
         ["Day 31. Gym buddy report: Sione Havili, who is 2IC on my team at work, did the 5am session with me "
          "and threw up in the garden. Respect."],
         ["buddies"], None),
        ("day-47", "2026-03-20 21:40", "+11:00", "Day 47",
         ["Day 47. Honest post. The challenge fee, the supplements, the rower and the new squat rack all went on the "
          "credit card. It's at $7,200 now and Mr D doesn't know. I'll sort it. Probably.",
          "Accountability buddies, text me: 0491 570 318."],
         ["honest"], None),
        ("day-60", "2026-04-04 07:15", "+11:00", "Day 60",
         ["Day 60. Ran the block around home in Narre Warren twice before the sun came up. Magpies 0, Kirra 1."],
         ["running"], None),
    ],
}

ACTIVITYPUB = {
    "handle": "kirra90",
    "summary": "<p>90 day challenge 💪 Narre Warren. Stepmum. Shift worker.</p>",
    "notes": [
        (8201, "2026-02-03 05:41", "+11:00", "Day 2 garage session done before the sun. #90days",
         {"images": [("garage-day2.jpg", "garage gym, before dawn")]}),
        (8202, "2026-02-28 06:02", "+11:00", "Day 27 progress pic. Don't look at the laundry basket. #90days",
         {"images": [("progress-27.jpg", "mirror selfie in the hallway")]}),
        (8203, "2026-03-29 17:30", "+11:00", "Watched that Border Security rerun with a protein shake. Peak Saturday.", {}),
        (8204, "2026-04-12 10:20", "+10:00", "Day 69. Backyard sprints. The dog thinks this is a game. #90days",
         {"images": [("backyard-sprints.jpg", "backyard with the dog")]}),
    ],
}

PHOTOS = [
    Photo("garage-day2.jpg", -38.02615, 145.30672, 60.0, "2026:02:03 05:38:10", "+11:00",
          "garage gym at home, before dawn", (50, 50, 60)),
    Photo("progress-27.jpg", -38.02625, 145.30688, 60.0, "2026:02:28 05:58:40", "+11:00",
          "hallway mirror at home", (120, 100, 90)),
    Photo("backyard-sprints.jpg", -38.02630, 145.30660, 60.0, "2026:04:12 10:15:05", "+10:00",
          "backyard at home, Sunday", (90, 150, 70)),
]
