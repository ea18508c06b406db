"""Kayden Rossi (FICTIONAL): 22, ABF officer at Perth Airport, a gym-and-supplements poster in Joondalup.

A Mastodon-style account with photos (EXIF GPS: the garage gym at home). Everything invented.
"""
import sys

_p = sys.modules["_demo_make_photos"]
Photo, _near = _p.Photo, _p._near

NAME = "Kayden Rossi"
HOME = (-31.74460, 115.76320)       # a residential street in Joondalup (rounded)

ACTIVITYPUB = {
    "handle": "kaydengains",
    "display_name": "Kayden 💪",
    "summary": "<p>22 | lifting | Joondalup | coffee &gt; sleep | no excuses</p>",
    "fields": [["Snap", "kaydengains_"], ["PB", "bench 140 / squat 200"]],
    "notes": [
        (7001, "2026-02-03 04:20", "+08:00",
         "4:15 alarm, gym at 4:30, on the line at T1 by 6. Repeat. Discipline > motivation #grind #5amclub", {}),
        (7002, "2026-02-14 19:05", "+08:00",
         "Uniform on, ABF life 💪 six months in and still love it. Perth Airport international, come through and say "
         "hi (don't bring fruit) #borderforce", {}),
        (7003, "2026-02-27 20:30", "+08:00",
         "Fun fact: the amount of \"protein powder\" we open at the airport that is NOT protein powder 😂 pulled 2 "
         "kilos of something white out of three tubs on Tuesday. Bloke said it was creatine. Mate. #notcreatine", {}),
        (7004, "2026-03-09 18:10", "+08:00",
         "Leg day with Benno from work, he's on the same roster as me so no excuses for either of us 🦵🔥", {}),
        (7005, "2026-03-21 08:00", "+08:00",
         "Massive thanks to my coach Tayla Brindle for the new program, she's a machine. Comp prep starts Monday 🏆",
         {"mentions": []}),
        (7006, "2026-04-02 21:45", "+08:00",
         "Week 6 of the cycle. Test plus a little tren, bloods next week. Don't @ me, everyone at the gym is on "
         "something.", {}),
        (7007, "2026-04-18 17:30", "+08:00",
         "Garage gym finally finished 🙌 rubber floor, rack, the lot.",
         {"images": [("garage-gym.jpg", "home garage gym with a squat rack")]}),
        (7008, "2026-05-04 22:10", "+08:00",
         "Afterpay on four things, Zip maxed, supps bill is more than my rent. Payday can't come fast enough 💀", {}),
        (7009, "2026-05-11 16:40", "+08:00",
         "Proud of my little sis Jess, she got into nursing at ECU!! Smartest one in the family 🎓", {}),
        (7010, "2026-05-24 07:15", "+08:00",
         "Sunday recovery swim at Mullaloo, water was 19 degrees. Border collie stole my towel. 10/10", {}),
    ],
}

PHOTOS = [
    Photo("garage-gym.jpg", *_near(HOME, 4, -6), 35.0, "2026:04:18 17:12:04", "+08:00",
          "home garage gym", (80, 80, 80), model="iPhone 15"),
]
