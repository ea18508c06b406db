"""Bree Santoro (FICTIONAL): 24-year-old Border Force officer, Perth Airport international terminal.

Emoji-and-hashtag posts; her money trouble is told only in slang. One photo with GPS at home.
Every name, handle, email and address is invented; the home point is rounded on a public street.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Bree Santoro"
HOME = (-31.84130, 115.83560)

ACTIVITYPUB = {
    "handle": "breesantoro_",
    "display_name": "bree ✨",
    "summary": "<p>24 | perth girlie | lashes, pilates, naps | views my own lol</p>",
    "others": {"jessmcgann_": "Jess"},
    "notes": [
        (7101, "2026-01-14 21:10", "+08:00",
         "first week on the smartgates done 🛂✈️ cant believe im actually in the uniform #ABF #BorderForce #proud", {}),
        (7102, "2026-01-28 13:30", "+08:00",
         "uniform on, T1 international arrivals here we go ✈️ #perthairport", {}),
        (7103, "2026-02-06 23:40", "+08:00",
         "swing all week 1400-2230 😴 park in the staff lot past the long term and pray the shuttle comes", {}),
        (7104, "2026-02-19 08:00", "+08:00", "pilates then brunch then nap. elite sunday", {}),
        (7105, "2026-03-03 00:20", "+08:00",
         "secondary had a lady w 2kg of ice sewn into the lining of a kids suitcase tonight 😳 and only 3 of us on "
         "the line for the singapore flight lol", {}),
        (7106, "2026-03-15 22:15", "+08:00",
         "passenger system down 3 hrs so we did EVERYTHING by hand 🙃 had to use my TL's login bc mine got locked", {}),
        (7107, "2026-04-01 19:45", "+08:00",
         "farewell drinks for Priya Nand tonight 🥂😭 best TL ever, melbourne airport doesnt deserve her", {}),
        (7108, "2026-04-18 11:05", "+08:00",
         "bestie @jessmcgann_ and me at the wanneroo markets 💕 she works at the airport too (the coffee cart lol)",
         {"mentions": ["jessmcgann_"]}),
        (7109, "2026-05-02 20:30", "+08:00",
         "down bad 💸 rent late again, in the red on literally everything, 2 min noodles til payday and the bank "
         "of mum n dad is closed 😭 #brokegirl", {}),
        (7110, "2026-05-20 18:00", "+08:00", "my man Kyle cooked tonight and it was actually edible 🥹❤️", {}),
        (7111, "2026-06-08 08:40", "+08:00",
         "iced latte on the balcony, our street in Girrawheen is so quiet on a RDO ☕",
         {"images": [("balcony.jpg", "iced latte on the balcony")]}),
        (7112, "2026-06-30 16:20", "+08:00",
         "doing lashes from home again! email bree.lashes@postbox.example to book x", {}),
        (7113, "2026-07-12 15:00", "+08:00",
         "the department store sale was a trap and i fell in 🛍️", {}),
        (7114, "2026-07-26 10:10", "+08:00",
         "a border collie at the dog park stole my scrunchie 😂", {}),
    ],
}

PHOTOS = [
    Photo("balcony.jpg", HOME[0] + 0.00005, HOME[1] - 0.00004, 40.0, "2026:06:08 08:31:20", "+08:00",
          "iced latte on the balcony", (200, 170, 140), "Apple", "iPhone 15"),
]
