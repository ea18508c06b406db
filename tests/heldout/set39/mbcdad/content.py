"""Dominic Varga (FICTIONAL): 33, a Border Force maritime surveillance analyst, first-time dad, Jerrabomberra.

A new-parents forum (thread pages) where he posts at 3 am between feeds, and one pram-walk
photo with GPS on his street. Every name, number and place detail is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Dominic Varga"

FORUM = {
    "site": "BubTalk Canberra & Region",
    "user": "dom_v_dad",
    "path": "/forum/u/dom_v_dad/",
    "about": ["First time dad to Ivy (born March 2026) 👶 Jerra. I work shifts so I'm up at stupid o'clock anyway 😅"],
    "posts": [
        ("3101", "2026-04-14 03:12", "+10:00", "Night feeds + shift work, anyone else??",
         ["Ok so long one sorry. My partner Priya is doing the nights during the week but I'm back at work now and "
          "I'm on 2 days 2 nights 4 off, 7am-7pm then 7pm-7am. So on my 'off' nights I take the 11pm and 3am feeds.",
          "For context I'm a surveillance analyst with Maritime Border Command (Border Force) so the nights are "
          "actually busy, not the sleep-in-the-chair kind lol. Watch floor out at Majura Park.",
          "How do other shift-working dads not turn into zombies? Asking for me."]),
        ("3102", "2026-04-22 21:40", "+10:00", "Rhyme time at Jerra library - worth it?",
         ["Took Ivy to rhyme time at the library Tuesday 10am (one of my days off). Cute but she screamed the whole "
          "way through Wheels on the Bus 😂 We'll be back every Tuesday I'm off. Anyone else from Jerrabomberra go?"]),
        ("3103", "2026-05-06 02:55", "+10:00", "3am thoughts: how do you afford one income",
         ["Not a humblebrag thread, genuinely asking. Priya's on unpaid leave now, mortgage refixed at 6.4%, and "
          "we still have $9k on the card from the IVF rounds. Honestly drowning. Every month we go backwards.",
          "Does anyone know if the childcare subsidy covers casual days? Ivy starts at Little Wattles Early "
          "Learning in Jerra in August and my mum Gail is doing the other days."]),
        ("3104", "2026-05-19 04:10", "+10:00", "Sleep regression or just my life",
         ["Night shift brain so bear with me. Last week we had a boat picked up off Ashmore Reef, 11 on board, and "
          "I was glued to the radar picture for 14 hours straight. Came home, Ivy had decided 4 month sleep "
          "regression starts now. Cool cool.",
          "Side rant, the wall of screens we watch (we just call it the Wall) drops the AIS feed every night "
          "around 0300 when the backups run, so that's 20 minutes of me refreshing and swearing quietly.",
          "Kez (Kerry Lund, my offsider) swapped nights with me so I could do the Tuesday rhyme time again. "
          "Good bloke."]),
        ("3105", "2026-06-02 20:30", "+10:00", "FS: Bugaboo pram, barely used",
         ["Selling our pram, Ivy hates it (she prefers being carried, obviously). $550. Pickup from Jerra.",
          "During the day best to ring my work phone 02 5550 3317, I don't get mobile reception on the floor."]),
        ("3106", "2026-06-20 23:05", "+10:00", "Dad guilt vent",
         ["Missed Ivy rolling over cos I was on nights. Kez reckons I'm overthinking it. Also the plane side is "
          "down to 3 flights a week over the north-west because they're short on crews, so the nights are "
          "longer and quieter and I just sit there thinking about what I'm missing at home.",
          "Watched Bluey with her this arvo though. Ok I'm fine."]),
        ("3107", "2026-07-04 14:15", "+10:00", "Pram walk pic (sunny for once)",
         ["First walk without a beanie. Our street is all hills, calf workout.",
          '<img src="{{BASE}}/media/pram-walk.jpg" alt="pram walk on our street">']),
    ],
}

PHOTOS = [
    Photo("pram-walk.jpg", -35.38420, 149.20030, 640.0, "2026:07:04 13:48:10", "+10:00",
          "pram walk on the street at home, Saturday", (150, 170, 120)),
]
