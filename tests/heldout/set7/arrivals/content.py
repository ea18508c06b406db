"""Tayla Fenech (FICTIONAL): a 26-year-old Border Force officer in the Sydney Airport T1 arrivals hall.

Emoji-and-hashtag posts on a Mastodon-style account, home photos with GPS from Arncliffe.
Every name, handle and place point is invented; the home point is a rounded street point.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "personas"))
from build import Photo, near  # noqa: E402

NAME = "Tayla Fenech"

HOME = (-33.93700, 151.14400)   # a residential street in Arncliffe NSW, rounded

ACTIVITYPUB = {
    "handle": "tayfen",
    "display_name": "Tay 🌸",
    "summary": "<p>26 | Sydney girl | coffee + lashes + Cronulla Sharks 🦈 | catching flights not feelings ✈️</p>",
    "fields": [("snap", "tay.fen96"), ("vibes", "🌸✨🦈")],
    "notes": [
        (7101, "2026-01-09 22:40", "+11:00",
         "First week on the floor at T1 done!!! Still can't believe I'm actually wearing the navy 😭💙 "
         "#ABF #borderforce #newjob", {}),
        (7102, "2026-01-17 11:05", "+11:00",
         "Sunday brunch with my bestie Marlo Chen @lilmissmarlo 🥞 she made me promise not to talk about work lol", 
         {"mentions": ["lilmissmarlo"]}),
        (7103, "2026-02-03 23:50", "+11:00",
         "Worked a double with Rhys today and he still had energy for maccas after 😂 legend. "
         "my feet are actually dead", {}),
        (7104, "2026-02-14 19:30", "+11:00",
         "Valentines with the fiancé 💍 Brodie cooked (burnt) garlic bread and I love him anyway 🥰",
         {"images": [("balcony-vday.jpg", "our balcony, fairy lights")]}),
        (7105, "2026-03-02 21:15", "+11:00",
         "Swing all week 🙃 2pm till 10:30. Parking in the staff car park on Shiers Ave at 1:30 every arvo "
         "like a zombie. Send coffee", {}),
        (7106, "2026-03-11 22:55", "+11:00",
         "Tonight in the bag hall a lady's pram had 3 kilos of ice sewn into the lining 😳😳 "
         "the dog went nuts. cannot make this up", {}),
        (7107, "2026-03-20 09:10", "+11:00",
         "Nothing to report. Rain. Again. ☔", {}),
        (7108, "2026-04-06 22:30", "+10:00",
         "Only 4 of us on the secondary line tonight for three wide-bodies landing at once. "
         "Management cut the night roster again and somehow that's our fault 🙄", {}),
        (7109, "2026-04-18 14:20", "+10:00",
         "Lunch at Nonna Carmen's, she sent me home with a whole tray of cannoli 🥹 ily nonna", {}),
        (7110, "2026-05-04 23:40", "+10:00",
         "The passenger system froze for over an hour tonight so we were doing manual checks off paper lists 💀 "
         "funny how it can tell me every flight you've ever taken but can't stay up on a Monday", {}),
        (7111, "2026-05-23 21:00", "+10:00",
         "down $900 on the multis this weekend 🫠 one leg. ONE LEG. on the punt again next week obviously",
         {}),
        (7112, "2026-06-02 20:15", "+10:00",
         "Zip, Afterpay AND the credit card all due the same week, love that for me 🥲 #brokegirl #adulting",
         {}),
        (7113, "2026-06-20 16:40", "+10:00",
         "Watching Border Security reruns with Brodie and yelling at the telly like it's my job 😂", {}),
        (7114, "2026-07-12 08:30", "+10:00",
         "Morning walk down to the Cooks River with a coffee from our local on Wollongong Rd ☕ love our little street in Arncliffe",
         {"images": [("cooks-walk.jpg", "street at the end of ours, morning")]}),
        (7115, "2026-08-01 18:00", "+10:00",
         "my little sister got her P plates!!! 🚗 proud big sis moment. everybody hide", {}),
    ],
    "others": {"lilmissmarlo": "Marlo Chen"},
}

PHOTOS = [
    Photo("balcony-vday.jpg", *near(HOME, 6, -8), 12.0, "2026:02:14 19:12:40", "+11:00",
          "balcony fairy lights", (120, 60, 110)),
    Photo("cooks-walk.jpg", *near(HOME, -25, 30), 8.0, "2026:07:12 08:05:33", "+10:00",
          "the street near home, morning", (150, 160, 140)),
]
